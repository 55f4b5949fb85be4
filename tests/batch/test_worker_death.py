"""A worker process killed under the local engine: the pool is rebuilt and no document is lost."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from newsprism.batch.commit import Committer
from newsprism.batch.ledger import Ledger
from newsprism.batch.local import _Run
from newsprism.batch.sinks import JsonlSink
from newsprism.config import Settings
from newsprism.ingest.records import Record
from newsprism.model import RawDocument

pytestmark = pytest.mark.slow


def _record(n: int, page: bytes) -> Record:
    return Record(key=f"doc:{n}", source=f"doc {n}", raw=RawDocument(source=f"doc {n}", data=page))


def _worker_pids(run: _Run) -> list[int]:
    # ProcessPoolExecutor keeps its processes in a private dict; a test may look.
    return list(getattr(run.pool, "_processes", None) or {})


def _drain(run: _Run, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while run.inflight or run.suspects or run.chunk:
        assert time.monotonic() < deadline, "the run did not finish"
        run.send_partial(reading=False)
        run.send_suspect()
        run.collect()


def test_killed_workers_are_replaced_and_their_documents_redone(
    tmp_path: Path, make_page: Callable[[int], bytes]
) -> None:
    ledger = Ledger(tmp_path / "ckpt.sqlite")
    committer = Committer(ledger, JsonlSink(tmp_path), commit_every=1)
    run = _Run(committer, settings=Settings.from_env(), workers=1, chunk_size=2, chunk_wait=0.0)
    try:
        run.take("s", _record(0, make_page(0)))
        _drain(run)  # the worker has loaded its pipeline and done one document
        assert committer.report.articles == 1

        # Killed while idle: the next submit finds the pool broken.
        os.kill(_worker_pids(run)[0], signal.SIGKILL)
        time.sleep(0.5)
        run.take("s", _record(1, make_page(1)))
        run.take("s", _record(2, make_page(2)))
        _drain(run)

        # Killed while busy: the documents in flight are retried one at a time.
        run.take("s", _record(3, make_page(3)))
        run.take("s", _record(4, make_page(4)))
        assert run.inflight
        os.kill(_worker_pids(run)[0], signal.SIGKILL)
        _drain(run)
    finally:
        run.shutdown()
        committer.close()
        ledger.close()
    assert committer.report.articles == 5
    assert committer.report.failures == 0
    assert ledger.path.exists()
