"""The local engine: every core of one machine, streaming, resumable.

Three parts, so memory stays flat however large the corpus:

- a reader thread walks the shards in order and puts ``(shard, record)`` pairs on
  a bounded queue (WARC parsing and polite fetching happen here, off the main
  thread), skipping finished shards and documents the ledger already has;
- the main thread packs records into chunks and keeps at most ``2 x workers``
  chunks in flight in a process pool whose workers each load the pipeline once
  (:func:`~newsprism.batch.worker.init_worker`);
- results go to the :class:`~newsprism.batch.commit.Committer`, which writes the
  sink and checkpoints in one step.

A worker that dies (killed by the OOM killer, a crash in a C extension) breaks
the pool: the pool is rebuilt and the documents that were in flight are retried
one at a time, alone in the pool, so a document that kills its worker is known
for certain, recorded as a failure (``worker-crashed``), and the batch goes on.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, TypeVar

from newsprism.batch.commit import BatchReport, Committer
from newsprism.batch.shards import Shard
from newsprism.batch.worker import Analyzer, Result, analyze_chunk, failure, init_worker
from newsprism.config import Settings
from newsprism.ingest.records import Record
from newsprism.ingest.urls import FetchPolicy

__all__ = ["ShardEnd", "run_local"]

Chunk = list[tuple[str, Record]]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ShardEnd:
    """The reader's word that a shard has yielded all ``count`` of its records for this run."""

    shard: str
    count: int


_DONE = object()


def read_shards(
    shards: Sequence[Shard],
    out: queue.Queue[object],
    *,
    settings: Settings,
    finished: set[str],
    skip: object,
    policy: FetchPolicy | None,
    stop: threading.Event,
    on_skip_shard: Callable[[Shard], None],
) -> None:
    """The reader thread's loop; an error reading a shard ends that shard, never the batch."""
    try:
        for shard in shards:
            if shard.id in finished:
                on_skip_shard(shard)
                continue
            count = 0
            try:
                for record in shard.records(settings=settings, skip=skip, policy=policy):  # type: ignore[arg-type]
                    out.put((shard.id, record))
                    count += 1
                    if stop.is_set():
                        return
            except Exception as e:  # noqa: BLE001 - a shard that cannot be read is one failure
                from newsprism.errors import InputError

                error = e if isinstance(e, InputError) else InputError(f"{type(e).__name__}: {e}", source=shard.id)
                out.put((shard.id, Record(key=f"shard:{shard.id}", source=shard.location, error=error)))
                count += 1
            out.put(ShardEnd(shard.id, count))
    finally:
        out.put(_DONE)


class _InlineExecutor(Executor):
    """``workers=0``: analyse in this process (no pickling); for debugging and tiny runs."""

    def __init__(self, settings: Settings) -> None:
        self._analyzer = Analyzer(settings)

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(self._analyzer(args[0]))  # type: ignore[arg-type]
        except BaseException as e:  # noqa: BLE001 - delivered through the future like a pool would
            future.set_exception(e)
        return future


def _new_pool(workers: int, settings: Settings) -> Executor:
    if workers == 0:
        return _InlineExecutor(settings)
    # spawn, not fork: the parent runs threads (reader, progress) and forking those is unsafe.
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=init_worker, initargs=(settings,))


class _Run:
    """One run's moving parts: the pool, the chunks in flight, the chunk being filled."""

    def __init__(self, committer: Committer, *, settings: Settings, workers: int, chunk_size: int,
                 chunk_wait: float) -> None:
        self.committer = committer
        self.settings = settings
        self.workers = workers
        self.chunk_size = chunk_size
        self.chunk_wait = chunk_wait
        self.slots = max(1, workers) * 2
        self.pool = _new_pool(workers, settings)
        self.inflight: dict[Future[list[Result]], tuple[Chunk, int]] = {}
        self.inflight_keys: set[str] = set()
        #: documents that were in flight when a worker died, retried one at a time.
        self.suspects: deque[tuple[str, Record]] = deque()
        self.chunk: Chunk = []
        self.chunk_started = time.monotonic()

    def take(self, shard_id: str, record: Record) -> None:
        committer = self.committer
        if record.key in self.inflight_keys or committer.is_done(record.key):
            committer.add_duplicate(shard_id)
        elif record.error is not None:
            committer.add(failure(record, shard_id, record.error))
        else:
            if not self.chunk:
                self.chunk_started = time.monotonic()
            self.chunk.append((shard_id, record))
            self.inflight_keys.add(record.key)
            if len(self.chunk) >= self.chunk_size:
                self.send()

    @property
    def busy(self) -> bool:
        """No new work while all slots are taken or suspects are being retried."""
        return len(self.inflight) >= self.slots or bool(self.suspects)

    def send(self, work: Chunk | None = None, attempt: int = 0) -> None:
        if work is None:
            work, self.chunk = self.chunk, []
        try:
            future: Future[list[Result]] = self.pool.submit(analyze_chunk, work)  # type: ignore[assignment]
        except BrokenProcessPool:
            # A worker died while idle (the OOM killer, say): the pool refuses new work.
            self.recover([(work, attempt)])
            return
        self.inflight[future] = (work, attempt)

    def send_suspect(self) -> None:
        # Alone in the pool, a document that kills its worker is known for certain.
        if self.suspects and not self.inflight:
            self.send([self.suspects.popleft()], 1)

    def send_partial(self, *, reading: bool) -> None:
        # A part-filled chunk goes out when the reader is slow (a crawl) or done.
        if self.chunk and not self.busy and (
            not reading or time.monotonic() - self.chunk_started >= self.chunk_wait
        ):
            self.send()

    def collect(self) -> None:
        if not self.inflight:
            return
        done, _ = wait(list(self.inflight), timeout=0.1, return_when=FIRST_COMPLETED)
        lost: list[tuple[Chunk, int]] = []
        for future in done:
            work, attempt = self.inflight.pop(future)
            try:
                results = future.result()
            except BrokenProcessPool:
                lost.append((work, attempt))
                continue
            for result in results:
                self.inflight_keys.discard(result.key)
                self.committer.add(result)
        if lost:
            self.recover(lost)

    def recover(self, lost: list[tuple[Chunk, int]]) -> None:
        """A worker died: every chunk in flight is lost. Rebuild the pool; retry them one by one."""
        lost.extend(self.inflight.values())
        self.inflight.clear()
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = _new_pool(self.workers, self.settings)
        for work, attempt in lost:
            if attempt == 0:
                self.suspects.extend(work)
                continue
            # A suspect runs alone: the worker died on this very document.
            shard_id, record = work[0]
            self.inflight_keys.discard(record.key)
            self.committer.add(Result(record.key, shard_id, record.source, code="worker-crashed",
                                      message="the worker process died while analysing this document"))

    def shutdown(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


def run_local(
    shards: Sequence[Shard],
    committer: Committer,
    *,
    settings: Settings,
    workers: int,
    chunk_size: int = 16,
    policy: FetchPolicy | None = None,
    chunk_wait: float = 0.5,
) -> BatchReport:
    """Process every unfinished shard; return when all are committed (on Ctrl-C, commit what is done)."""
    started = time.monotonic()
    ledger = committer.ledger
    run = _Run(committer, settings=settings, workers=workers, chunk_size=chunk_size, chunk_wait=chunk_wait)
    records: queue.Queue[object] = queue.Queue(maxsize=chunk_size * run.slots * 2)
    stop = threading.Event()

    def skipped(shard: Shard) -> None:
        committer.report.shards_skipped += 1

    reader = threading.Thread(
        target=read_shards, name="newsprism-reader", daemon=True,
        kwargs={"shards": shards, "out": records, "settings": settings, "finished": ledger.finished_shards(),
                "skip": ledger, "policy": policy, "stop": stop, "on_skip_shard": skipped},
    )
    reader.start()
    reading = True
    try:
        while reading or run.chunk or run.inflight or run.suspects:
            while reading and not run.busy:
                try:
                    item = records.get(timeout=0.05 if (run.chunk or run.inflight) else 0.5)
                except queue.Empty:
                    break
                if item is _DONE:
                    reading = False
                elif isinstance(item, ShardEnd):
                    committer.end_shard(item.shard, item.count)
                elif isinstance(item, tuple):
                    run.take(item[0], item[1])
            run.send_partial(reading=reading)
            run.send_suspect()
            run.collect()
            committer.maybe_commit()
        committer.commit()
    except BaseException:
        stop.set()
        # Commit what is finished: a Ctrl-C loses at most the chunks in flight.
        committer.commit()
        raise
    finally:
        stop.set()
        run.shutdown()
        _drain(records)
    committer.report.seconds += time.monotonic() - started
    return committer.report


def _drain(records: queue.Queue[object]) -> None:
    # Unblock a reader thread stuck on a full queue so it can see the stop flag and end.
    try:
        while True:
            records.get_nowait()
    except queue.Empty:
        pass
