"""``newsprism analyze`` and ``newsprism extract``: one or many inputs to reports or JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from typing import Annotated

import typer

from newsprism.api import Outcome
from newsprism.cli.common import OutputFormat, fail, guarded, report_error
from newsprism.config import Settings
from newsprism.errors import InputError
from newsprism.jsonformat import article_to_dict
from newsprism.model import Article

SOURCES_HELP = "Files (.html, .htm, .html.gz, .txt), '-' for stdin, or http(s) URLs."

Sources = Annotated[list[str], typer.Argument(help=SOURCES_HELP, show_default=False)]
JsonFlag = Annotated[bool, typer.Option("--json", help="One JSON document (newsprism.article/1).")]
JsonlFlag = Annotated[bool, typer.Option("--jsonl", help="One JSON document per line, one per input.")]
ModelOption = Annotated[
    str | None, typer.Option("--model", help="spaCy pipeline to load (default: en_core_web_sm).")
]
FormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        help="report (default), json, jsonl, or plover: the events as PLOVER JSON records, one per line.",
    ),
]

Writer = Callable[[Article], None]


def _format(json_flag: bool, jsonl_flag: bool, chosen: OutputFormat | None, n_sources: int) -> OutputFormat:
    """--json and --jsonl are shortcuts for --format; one way to say it per call."""
    flags = [f for f, on in ((OutputFormat.json, json_flag), (OutputFormat.jsonl, jsonl_flag)) if on]
    if chosen is not None:
        flags.append(chosen)
    if len(set(flags)) > 1:
        fail(InputError(f"choose one output format, not {' and '.join(f.value for f in flags)}", source="options"))
    mode = flags[0] if flags else OutputFormat.report
    if mode is OutputFormat.json and n_sources > 1:
        fail(InputError("--json takes one input; use --jsonl for many", source="options"))
    return mode


def _writer(mode: OutputFormat) -> Writer:
    def write_json(article: Article) -> None:
        indent = 2 if mode is OutputFormat.json else None
        sys.stdout.write(json.dumps(article_to_dict(article), ensure_ascii=False, indent=indent) + "\n")

    def write_plover(article: Article) -> None:
        from newsprism.analyze.events.plover import article_to_plover

        for record in article_to_plover(article):
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")

    if mode is OutputFormat.report:
        from newsprism.cli.report import print_report

        return print_report
    return write_plover if mode is OutputFormat.plover else write_json


def _emit(outcomes: Iterable[Outcome], write: Writer) -> None:
    """Write each article as it comes; a bad input is one line on stderr and the rest go on.

    The exit status is the first failure's, so a script sees that something was skipped.
    """
    worst = 0
    for outcome in outcomes:
        if outcome.error is not None:
            report_error(outcome.error)
            worst = worst or outcome.error.exit_code
        elif outcome.article is not None:
            write(outcome.article)
            sys.stdout.flush()
    if worst:
        raise SystemExit(worst)


def analyze(
    sources: Sources,
    json_out: JsonFlag = False,
    jsonl_out: JsonlFlag = False,
    output: FormatOption = None,
    model: ModelOption = None,
) -> None:
    """Analyse articles: actors, quotes, events and framing, with every fact's span.

    Examples:

      newsprism analyze story.html

      newsprism analyze --json https://example.org/news/story

      newsprism analyze --jsonl pages/*.html.gz > accounts.jsonl

      newsprism analyze --format plover story.html > events.jsonl
    """
    from newsprism.api import analyze_many
    from newsprism.pipeline import Pipeline

    mode = _format(json_out, jsonl_out, output, len(sources))
    settings = Settings.from_env(model=model)
    pipeline = guarded(lambda: Pipeline.from_settings(settings))
    _emit(analyze_many(sources, settings=settings, pipeline=pipeline), _writer(mode))


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

    mode = _format(json_out, jsonl_out, None, len(sources))
    _emit(extract_many(sources, settings=Settings.from_env()), _writer(mode))


def register(app: typer.Typer) -> None:
    app.command()(analyze)
    app.command()(extract)
