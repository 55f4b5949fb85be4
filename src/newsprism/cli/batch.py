"""``newsprism batch``: a whole corpus into the store and/or Parquet, resumably."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from newsprism.cli.common import guarded, stderr
from newsprism.config import Settings

SOURCES_HELP = (
    "WARC/WARC.gz archives, .jsonl files, folders of pages, RSS/Atom feeds and sitemaps "
    "(URLs or local .xml), article files, or page URLs."
)


class _Choice:
    engines = ("local", "ray")
    formats = ("parquet", "jsonl")


def batch(
    sources: Annotated[list[str], typer.Argument(help=SOURCES_HELP, show_default=False)],
    db: Annotated[str | None, typer.Option("--db", help="Store to write: a SQLite path or postgresql:// URL.")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Folder for Parquet tables (or JSONL) and the checkpoint.")]
    = None,
    out_format: Annotated[str, typer.Option("--format", help="Files written to --out: parquet or jsonl.")] = "parquet",
    workers: Annotated[int | None, typer.Option("--workers", "-w", help="Worker processes (Ray: actors); "
                                                "default one per core; 0 = in this process.")] = None,
    engine: Annotated[str, typer.Option("--engine", help="local (process pool) or ray.")] = "local",
    checkpoint: Annotated[Path | None, typer.Option("--checkpoint", help="Checkpoint file (default: in --out, "
                                                    "else beside a SQLite --db).")] = None,
    chunk_size: Annotated[int, typer.Option("--chunk-size", help="Documents per task sent to a worker.")] = 16,
    commit_every: Annotated[int, typer.Option("--commit-every", help="Documents per checkpoint commit.")] = 256,
    delay: Annotated[float, typer.Option("--delay", help="Seconds between two requests to one host.")] = 1.0,
    ignore_robots: Annotated[bool, typer.Option("--ignore-robots", help="Do not read robots.txt.")] = False,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline to load.")] = None,
    progress: Annotated[bool | None, typer.Option("--progress/--no-progress", help="Progress bar (default: on "
                                                  "when stderr is a terminal).")] = None,
) -> None:
    """Analyse a corpus on every core, resumably: rerun the same command after a crash to continue.

    Examples:

      newsprism batch CC-NEWS-20240101.warc.gz --db news.db --workers 2

      newsprism batch https://example.org/sitemap.xml https://example.org/rss --out corpus/

      newsprism batch pages/ --db news.db --out corpus/ --engine ray

    Output: the store (--db), Parquet tables under --out (articles, entities, quotes,
    events, frames, failures; read with DuckDB: select * from 'corpus/articles/*.parquet'),
    or JSONL with --format jsonl. Bad documents are recorded as failures and skipped.
    """
    from newsprism.batch import run_batch
    from newsprism.errors import ConfigError
    from newsprism.ingest.urls import FetchPolicy

    if engine not in _Choice.engines:
        guarded(lambda: _raise(ConfigError(f"unknown engine '{engine}' (use local or ray)", source="--engine")))
    if out_format not in _Choice.formats:
        guarded(lambda: _raise(ConfigError(f"unknown format '{out_format}' (use parquet or jsonl)",
                                           source="--format")))
    if engine == "ray":
        import importlib.util

        if importlib.util.find_spec("ray") is None:
            guarded(lambda: _raise(ConfigError("the Ray engine needs Ray: pip install 'newsprism[ray]'",
                                               source="--engine")))
    settings = Settings.from_env(model=model)
    policy = FetchPolicy(delay=delay, obey_robots=not ignore_robots)
    show = sys.stderr.isatty() if progress is None else progress
    report = guarded(lambda: run_batch(
        sources, db=db, out=out, out_format=out_format, engine=engine, workers=workers,  # type: ignore[arg-type]
        settings=settings, checkpoint=checkpoint, chunk_size=chunk_size, commit_every=commit_every,
        policy=policy, progress=show,
    ))
    rate = report.documents / report.seconds if report.seconds else 0.0
    stderr.print(
        f"newsprism batch: {report.articles} articles, {report.failures} failures, "
        f"{report.duplicates} duplicates skipped, {report.shards_skipped} inputs already done "
        f"({rate:.1f} docs/s)"
    )
    for code, count in report.failed_codes.most_common():
        stderr.print(f"  failed: {code} x{count}")


def _raise(error: Exception) -> None:
    raise error


def register(app: typer.Typer) -> None:
    app.command()(batch)
