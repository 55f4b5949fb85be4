"""Batch analysis of a corpus: many inputs, every core, resumable, exactly once.

::

    from newsprism.batch import run_batch
    report = run_batch(["cc-news.warc.gz", "https://example.org/sitemap.xml"],
                       db="news.db", out="corpus/", workers=2)

Inputs are planned as shards (:mod:`~newsprism.batch.shards`), analysed by an
engine (:mod:`~newsprism.batch.local`, or :mod:`~newsprism.batch.ray` on a Ray
cluster) with the same stage code as ``newsprism analyze``, and written to sinks
(:mod:`~newsprism.batch.sinks`: the store, Parquet tables, JSONL) under a
checkpoint (:mod:`~newsprism.batch.ledger`). Run the same command again after a
crash and it continues where the last commit left off.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from newsprism.batch.commit import BatchReport, Committer
from newsprism.batch.ledger import Ledger
from newsprism.batch.shards import Shard, plan_shards
from newsprism.batch.sinks import JsonlSink, MultiSink, ParquetSink, Sink
from newsprism.config import Settings
from newsprism.errors import ConfigError
from newsprism.ingest.urls import FetchPolicy

__all__ = ["BatchReport", "Engine", "JsonlSink", "ParquetSink", "Shard", "Sink", "checkpoint_path", "plan_shards",
           "run_batch"]

Engine = Literal["local", "ray"]
OutFormat = Literal["parquet", "jsonl"]


def checkpoint_path(*, db: str | None, out: str | os.PathLike[str] | None) -> Path:
    """Where a batch keeps its checkpoint: in ``out``, else beside a SQLite ``db``.

    ``out="corpus/"`` -> ``corpus/_checkpoint.sqlite``; ``db="news.db"`` ->
    ``news.db.checkpoint.sqlite``; a server database (``postgresql://...``) with no
    ``out`` needs an explicit path.
    """
    if out is not None:
        return Path(out) / "_checkpoint.sqlite"
    if db is not None and "://" not in db:
        return Path(db).expanduser().resolve().with_name(Path(db).name + ".checkpoint.sqlite")
    raise ConfigError("a batch into a server database needs --out or --checkpoint for its checkpoint",
                      source="--checkpoint")


def check_settings(settings: Settings) -> None:
    """Refuse a bad model or stage name here, in one line, not as a pool of workers dying at start."""
    import importlib.util

    from newsprism.analyze import STAGES
    from newsprism.analyze.language import resolve_model_name

    unknown = [name for name in settings.stages if name not in STAGES]
    if unknown:
        raise ConfigError(f"unknown stage {', '.join(unknown)}; known: {', '.join(sorted(STAGES))}", source="stages")
    model = resolve_model_name(settings.model)
    try:
        installed = Path(model).exists() or importlib.util.find_spec(model) is not None
    except (ImportError, ValueError):  # "a.b" whose "a" is not a package
        installed = False
    if not installed:
        raise ConfigError(f"no spaCy pipeline '{model}' is installed", source="model")


def open_sink(*, db: str | None, out: str | os.PathLike[str] | None, out_format: OutFormat,
              settings: Settings) -> Sink:
    sinks: list[tuple[str, Sink]] = []
    if db is not None:
        from newsprism.batch.store_sink import StoreSink

        sinks.append(("store", StoreSink(db, settings=settings)))
    if out is not None:
        sinks.append((out_format, ParquetSink(out) if out_format == "parquet" else JsonlSink(out)))
    if not sinks:
        raise ConfigError("a batch needs somewhere to write: --db, --out, or both", source="options")
    return MultiSink(sinks)


def run_batch(
    sources: Sequence[str],
    *,
    db: str | None = None,
    out: str | os.PathLike[str] | None = None,
    out_format: OutFormat = "parquet",
    engine: Engine = "local",
    workers: int | None = None,
    settings: Settings | None = None,
    checkpoint: str | os.PathLike[str] | None = None,
    chunk_size: int = 16,
    commit_every: int = 256,
    policy: FetchPolicy | None = None,
    progress: bool = False,
    sink: Sink | None = None,
) -> BatchReport:
    """Analyse every document of ``sources`` into the store (``db``) and/or files (``out``).

    ``workers``: processes (local) or actors (Ray), default one per core; ``0`` runs
    in this process. A rerun with the same outputs resumes: finished shards are not
    opened, done documents are not redone, and nothing is written twice.
    """
    settings = settings or Settings.from_env()
    workers = (os.cpu_count() or 1) if workers is None else workers
    check_settings(settings)
    shards = plan_shards(sources)
    ledger = Ledger(checkpoint or checkpoint_path(db=db, out=out))
    try:
        sink = sink or open_sink(db=db, out=out, out_format=out_format, settings=settings)
        return _run(shards, ledger, sink, engine=engine, workers=workers, settings=settings, chunk_size=chunk_size,
                    commit_every=commit_every, policy=policy, progress=progress)
    finally:
        ledger.close()


def _run(shards: Sequence[Shard], ledger: Ledger, sink: Sink, *, engine: Engine, workers: int, settings: Settings,
         chunk_size: int, commit_every: int, policy: FetchPolicy | None, progress: bool) -> BatchReport:
    from newsprism.batch.progress import BatchProgress

    finished = frozenset(ledger.finished_shards())
    already_done = ledger.done_in(s.id for s in shards if s.id not in finished)
    with BatchProgress(shards, enabled=progress, finished=finished, already_done=already_done) as bar:
        committer = Committer(ledger, sink, commit_every=commit_every, on_done=bar.advance)
        try:
            if engine == "ray":
                from newsprism.batch.ray import run_ray

                return run_ray(shards, committer, settings=settings, workers=max(workers, 1),
                               chunk_size=chunk_size, policy=policy)
            from newsprism.batch.local import run_local

            return run_local(shards, committer, settings=settings, workers=workers, chunk_size=chunk_size,
                             policy=policy)
        finally:
            committer.close()
