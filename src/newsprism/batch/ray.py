"""The Ray engine: the same stages on a Ray cluster, through Ray Data.

Imported only when ``--engine ray`` is asked for; the rest of newsprism never
imports Ray (``pip install 'newsprism[ray]'``). The dataset is::

    shards  --map_batches(read)-->  records  --map_batches(Analyzer actors)-->  results  --> driver

- one row per shard; a read task on a worker streams the shard's records (so the
  archives must be readable where the workers run: a shared file system, or
  URLs), ending with one marker row per shard that carries its record count;
- ``map_batches`` with an ``ActorPoolStrategy``: each actor holds one loaded
  :class:`~newsprism.batch.worker.Analyzer` (spaCy loads once per actor);
- the driver streams results (``iter_rows``) into the same
  :class:`~newsprism.batch.commit.Committer` as the local engine, so the store,
  Parquet shards, the checkpoint and exactly-once behave the same.

Finished shards are not read again. Inside a shard that a crashed run left
half-done, the workers cannot see the driver's checkpoint, so its documents are
analysed again and the driver drops the ones already committed.

``RAY_ADDRESS`` (or ``address=``) points at an existing cluster; without it Ray
starts a local one.
"""

from __future__ import annotations

import logging
import pickle
import time
import warnings
from collections.abc import Iterator, Sequence
from typing import Any

import ray
from ray.data import ActorPoolStrategy, DataContext

from newsprism.batch.commit import BatchReport, Committer
from newsprism.batch.shards import Shard
from newsprism.batch.worker import Analyzer, Result
from newsprism.config import Settings
from newsprism.errors import InputError
from newsprism.ingest.records import Record
from newsprism.ingest.urls import FetchPolicy

__all__ = ["run_ray"]

Batch = dict[str, list[Any]]


def _empty() -> Batch:
    return {"shard": [], "payload": [], "end": []}


def read_shards(batch: dict[str, Any], *, settings: Settings, policy: FetchPolicy | None,
                rows_per_batch: int) -> Iterator[Batch]:
    """Ray read step: each shard's records as pickled rows, then its end marker."""
    for blob in batch["shard"]:
        shard: Shard = pickle.loads(blob)
        out, count = _empty(), 0
        try:
            for record in shard.records(settings=settings, policy=policy):
                out["shard"].append(shard.id)
                out["payload"].append(pickle.dumps(record))
                out["end"].append(-1)
                count += 1
                if len(out["payload"]) >= rows_per_batch:
                    yield out
                    out = _empty()
        except Exception as e:  # noqa: BLE001 - a shard that cannot be read is one failure
            error = InputError(f"{type(e).__name__}: {e}", source=shard.id)
            out["shard"].append(shard.id)
            out["payload"].append(pickle.dumps(Record(key=f"shard:{shard.id}", source=shard.location, error=error)))
            out["end"].append(-1)
            count += 1
        out["shard"].append(shard.id)
        out["payload"].append(b"")
        out["end"].append(count)
        yield out


class RayAnalyzer:
    """An actor of the pool: one loaded pipeline, many batches."""

    def __init__(self, settings: Settings) -> None:
        logging.getLogger("newsprism").setLevel(logging.WARNING)
        self.analyzer = Analyzer(settings)

    def __call__(self, batch: dict[str, Any]) -> Batch:
        chunk: list[tuple[str, Record]] = []
        out: Batch = {"shard": [], "key": [], "source": [], "article": [], "code": [], "message": [], "end": []}
        for shard, payload, end in zip(batch["shard"], batch["payload"], batch["end"], strict=True):
            if int(end) >= 0:
                _append(out, shard=str(shard), end=int(end))
            else:
                chunk.append((str(shard), pickle.loads(payload)))
        for result in self.analyzer(chunk):
            article = b"" if result.article is None else pickle.dumps(result.article)
            _append(out, shard=result.shard, key=result.key, source=result.source, article=article,
                    code=result.code, message=result.message)
        return out


def _append(out: Batch, *, shard: str, key: str = "", source: str = "", article: bytes = b"",
            code: str = "", message: str = "", end: int = -1) -> None:
    for name, value in (("shard", shard), ("key", key), ("source", source), ("article", article),
                        ("code", code), ("message", message), ("end", end)):
        out[name].append(value)


def run_ray(
    shards: Sequence[Shard],
    committer: Committer,
    *,
    settings: Settings,
    workers: int,
    chunk_size: int = 16,
    policy: FetchPolicy | None = None,
    address: str | None = None,
) -> BatchReport:
    """Analyse the unfinished shards on Ray with ``workers`` actors; results committed by this driver."""
    started = time.monotonic()
    finished = committer.ledger.finished_shards()
    todo = [s for s in shards if s.id not in finished]
    committer.report.shards_skipped += len(shards) - len(todo)
    if not todo:
        return committer.report
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(address=address, logging_level=logging.WARNING, log_to_driver=False,
                 include_dashboard=False, configure_logging=False)
    context = DataContext.get_current()
    saved = (context.enable_progress_bars, context.target_max_block_size)
    context.enable_progress_bars = False
    # Small blocks: Ray packs a read task's output into blocks of up to 128 MB, and one
    # block goes to one actor; a block of a few chunks keeps every actor busy.
    context.target_max_block_size = 2 * 1024 * 1024
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    with warnings.catch_warnings():
        # Ray warns at planning time that one shard is one input block; the read step
        # splits it into many blocks while running, so every actor does get work.
        warnings.filterwarnings("ignore", message="The minimum number of concurrent actors", category=UserWarning)
        try:
            _execute(todo, committer, settings=settings, workers=workers, chunk_size=chunk_size, policy=policy)
        finally:
            context.enable_progress_bars, context.target_max_block_size = saved
            if started_here:
                ray.shutdown()
    committer.report.seconds += time.monotonic() - started
    return committer.report


def _execute(todo: Sequence[Shard], committer: Committer, *, settings: Settings, workers: int, chunk_size: int,
             policy: FetchPolicy | None) -> None:
    dataset: Any = ray.data.from_items([{"shard": pickle.dumps(s)} for s in todo], override_num_blocks=len(todo))
    # Reading asks for no CPU of its own, so Ray neither fuses it into the actors (one
    # big archive must feed every actor) nor waits for a CPU the actors hold.
    dataset = dataset.map_batches(read_shards, batch_size=1, num_cpus=0, fn_kwargs={  # type: ignore[arg-type]
        "settings": settings, "policy": policy, "rows_per_batch": chunk_size})
    dataset = dataset.map_batches(RayAnalyzer, batch_size=chunk_size, compute=ActorPoolStrategy(size=workers),
                                  fn_constructor_kwargs={"settings": settings})
    for row in dataset.iter_rows():
        shard = str(row["shard"])
        if int(row["end"]) >= 0:
            committer.end_shard(shard, int(row["end"]))
            continue
        blob = row["article"]
        article = pickle.loads(blob) if blob else None
        committer.add(Result(str(row["key"]), shard, str(row["source"]), article=article,
                             code=str(row["code"]), message=str(row["message"])))
    committer.commit()
