"""``newsprism analyze`` and ``newsprism extract``: one or many inputs to reports or JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Annotated

import typer

from newsprism.cli.common import OutputFormat, fail, guarded, report_error
from newsprism.config import Settings
from newsprism.errors import InputError, NewsprismError
from newsprism.jsonformat import article_to_dict

SOURCES_HELP = "Files (.html, .htm, .html.gz, .txt), '-' for stdin, or http(s) URLs."

Sources = Annotated[list[str], typer.Argument(help=SOURCES_HELP, show_default=False)]
JsonFlag = Annotated[bool, typer.Option("--json", help="One JSON document (newsprism.article/1).")]
JsonlFlag = Annotated[bool, typer.Option("--jsonl", help="One JSON document per line, one per input.")]
ModelOption = Annotated[
    str | None, typer.Option("--model", help="spaCy pipeline to load (default: en_core_web_sm).")
]


def _mode(json_flag: bool, jsonl_flag: bool, n_sources: int) -> OutputFormat:
    if json_flag and jsonl_flag:
        fail(InputError("use --json or --jsonl, not both", source="options"))
    if json_flag and n_sources > 1:
        fail(InputError("--json takes one input; use --jsonl for many", source="options"))
    if jsonl_flag:
        return OutputFormat.jsonl
    if json_flag:
        return OutputFormat.json
    return OutputFormat.report


def _emit(outcomes: Iterator[tuple[str, object, NewsprismError | None]], mode: OutputFormat) -> None:
    from newsprism.cli.report import print_report
    from newsprism.model import Article

    worst = 0
    for _source, article, error in outcomes:
        if error is not None:
            report_error(error)
            worst = worst or error.exit_code
            continue
        assert isinstance(article, Article)  # narrow for mypy: no error means an article
        if mode is OutputFormat.report:
            print_report(article)
        else:
            indent = 2 if mode is OutputFormat.json else None
            sys.stdout.write(json.dumps(article_to_dict(article), ensure_ascii=False, indent=indent) + "\n")
            sys.stdout.flush()
    if worst:
        raise SystemExit(worst)


def analyze(
    sources: Sources,
    json_out: JsonFlag = False,
    jsonl_out: JsonlFlag = False,
    model: ModelOption = None,
    format_: Annotated[
        str | None,
        typer.Option("--format", help="'plover': the events as PLOVER JSON records, one per line (#5)."),
    ] = None,
) -> None:
    """Analyse articles: actors, quotes, events and framing, with every fact's span.

    Examples:

      newsprism analyze story.html

      newsprism analyze --format plover story.html > events.jsonl

      newsprism analyze --json https://example.org/news/story

      newsprism analyze --jsonl pages/*.html.gz > accounts.jsonl
    """
    from newsprism.api import analyze_many
    from newsprism.pipeline import Pipeline

    if format_ not in (None, "plover"):
        fail(InputError(f"unknown --format {format_!r}; known: plover", source="options"))
    mode = _mode(json_out, jsonl_out, len(sources))
    settings = Settings.from_env(model=model)
    pipeline = guarded(lambda: Pipeline.from_settings(settings))
    outcomes = analyze_many(sources, settings=settings, pipeline=pipeline)
    if format_ == "plover":
        _emit_plover((o.source, o.article, o.error) for o in outcomes)
        return
    _emit(((o.source, o.article, o.error) for o in outcomes), mode)


def _emit_plover(outcomes: Iterator[tuple[str, object, NewsprismError | None]]) -> None:
    """PLOVER records (JSON lines), one per event of every input; errors as for ``_emit``."""
    from newsprism.analyze.events.plover import article_to_plover
    from newsprism.model import Article

    worst = 0
    for _source, article, error in outcomes:
        if error is not None:
            report_error(error)
            worst = worst or error.exit_code
            continue
        assert isinstance(article, Article)  # narrow for mypy: no error means an article
        for record in article_to_plover(article):
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    if worst:
        raise SystemExit(worst)


def extract(
    sources: Sources,
    json_out: JsonFlag = False,
    jsonl_out: JsonlFlag = False,
) -> None:
    """Extract clean text and metadata only (no language analysis): fast.

    Examples:

      newsprism extract --json story.html

      newsprism extract --jsonl pages/*.html.gz | jq .title
    """
    from newsprism.api import extract_many

    mode = _mode(json_out, jsonl_out, len(sources))
    settings = Settings.from_env()
    _emit(((o.source, o.article, o.error) for o in extract_many(sources, settings=settings)), mode)


def register(app: typer.Typer) -> None:
    app.command()(analyze)
    app.command()(extract)
