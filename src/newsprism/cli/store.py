"""``newsprism ingest | search | export | serve | demo``: the store from the command line."""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from newsprism.cli.common import fail, guarded
from newsprism.config import Settings
from newsprism.errors import ConfigError, InputError

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLite file or database URL (postgresql://...); default: the user data dir."),
]
_SHARED = Path(os.environ.get("NEWSPRISM_SHARED") or Path(__file__).resolve().parents[3].parent / "shared")


def _note(line: str) -> None:
    # Plain write, not rich: paths and titles may contain [brackets] rich would read as markup.
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def _open(db: str | None):  # type: ignore[no-untyped-def]
    from newsprism.store import Store

    return guarded(lambda: Store.open(db))


class _Tally:
    """A batch command's per-item lines (failures always, the rest unless quiet) and its summary line."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.counts: dict[str, int] = {}

    def add(self, status: str, name: str, code: str | None, reason: str | None) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1
        if status == "failed":
            sys.stderr.write(f"newsprism: error: {name}: {reason} [{code}]\n")
        elif not self.quiet:
            _note(f"{status:>9}  {name}")

    def finish(self, command: str, where: str, idle: str) -> None:
        """The summary line; exit 3 (bad input) when every item failed."""
        summary = ", ".join(f"{n} {status}" for status, n in sorted(self.counts.items())) or idle
        _note(f"{command}: {summary} -> {where}")
        if self.counts.get("failed") and len(self.counts) == 1:
            raise SystemExit(InputError.exit_code)


def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, .jsonl files or http(s) URLs.")],
    db: DbOption = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline to load.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary line.")] = False,
) -> None:
    """Analyse and store articles: idempotent, one transaction per article, failures recorded.

    Examples:

      newsprism ingest pages/ --db news.db

      newsprism ingest accounts.jsonl https://example.org/news/story
    """
    from newsprism.store import ingest as run_ingest

    store = _open(db)
    tally = _Tally(quiet)
    run_ingest(store, sources, settings=Settings.from_env(model=model),
               on_result=lambda r: tally.add(r.status, r.source, r.code, r.reason))
    tally.finish("ingest", store.display_url, "nothing to do")


def reanalyze(
    db: DbOption = None,
    every: Annotated[bool, typer.Option("--all", help="Every article, not only those analysed by other stages or "
                                                      "versions than today's.")] = False,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many articles in this run.")] = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline to load.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary line.")] = False,
) -> None:
    """Analyse stored articles again with today's stages, from their stored text: one transaction each.

    Only stale articles (analysed by other stage versions) unless --all. Extraction is not
    repeated; failures are recorded and the run goes on.

    Examples:

      newsprism reanalyze --db news.db

      newsprism reanalyze --db postgresql://localhost/news --all --limit 1000
    """
    from newsprism.pipeline import Pipeline
    from newsprism.store import reanalyze as run_reanalyze

    store = _open(db)
    tally = _Tally(quiet)
    pipeline = guarded(lambda: Pipeline.from_settings(Settings.from_env(model=model)))
    run_reanalyze(store, pipeline, every=every, limit=limit,
                  on_result=lambda r: tally.add(r.status, f"article {r.article_id}", "reanalysis-error", r.reason))
    tally.finish("reanalyze", store.display_url, "nothing to do: no stale article")


def search(
    query: Annotated[str, typer.Argument(help='Words; "quoted phrases" match exactly.')],
    speaker: Annotated[str | None, typer.Option("--speaker", help="Quotes whose speaker name contains this.")] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Only this actor (name or alias).")] = None,
    kind: Annotated[str, typer.Option("--kind", help="quotes, events or articles.")] = "articles",
    limit: Annotated[int, typer.Option("--limit", help="At most this many results.")] = 20,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON object per result.")] = False,
    db: DbOption = None,
) -> None:
    """Full-text search over articles, quotes or events.

    Examples:

      newsprism search sanctions --kind quotes --speaker "foreign minister"

      newsprism search "nuclear deal" --kind events --jsonl
    """
    from newsprism.store.queries import search as run_search

    if kind not in ("quotes", "events", "articles"):
        fail(InputError(f"--kind must be quotes, events or articles, not {kind!r}", source="options"))
    if speaker and kind != "quotes":
        kind = "quotes"
    store = _open(db)
    with store.read() as conn:
        result = run_search(conn, query, kind=kind, speaker=speaker, actor=actor, per_page=limit)  # type: ignore[arg-type]
    for item in result.items:
        if jsonl:
            sys.stdout.write(json.dumps(item, ensure_ascii=False, default=str) + "\n")
        elif kind == "quotes":
            sys.stdout.write(
                f"{item['speaker_name'] or '(unattributed)'}: “{item['text']}” — "
                f"{item['outlet'] or '?'}, {item['article_title'] or '?'} [article {item['article_pk']}]\n"
            )
        elif kind == "events":
            sys.stdout.write(
                f"{item['when'] or 'undated'}  {item['type']}  {item['summary']}  [article {item['article_pk']}]\n"
            )
        else:
            sys.stdout.write(
                f"{item['pk']:>6}  {item['published'] or '':10}  {item['outlet'] or '':20.20}  {item['title']}\n"
            )
    _note(f"{result.total} result(s){'' if result.total <= limit else f', first {limit} shown'}")


def export(
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv, parquet, graphml or plover.")] = "jsonl",
    table: Annotated[
        str, typer.Option(
            "--table", help="For csv/parquet: quotes, events, articles, actors, frames, labels or attributions."
        )
    ] = "quotes",
    output: Annotated[str, typer.Option("--output", "-o", help="File to write; '-' for stdout.")] = "-",
    db: DbOption = None,
) -> None:
    """Export the store: articles as JSON lines, tables as CSV/Parquet, the network as GraphML, events as PLOVER.

    Examples:

      newsprism export --format jsonl > articles.jsonl

      newsprism export --format parquet --table quotes -o quotes.parquet

      newsprism export --format graphml -o network.graphml

      newsprism export --format csv --table attributions -o verbs.csv
    """
    from newsprism.store.export import FORMATS, TABLES
    from newsprism.store.export import export as run_export

    if format not in FORMATS:
        fail(InputError(f"--format must be one of {', '.join(FORMATS)}", source="options"))
    if table not in TABLES:
        fail(InputError(f"--table must be one of {', '.join(TABLES)}", source="options"))
    if format == "parquet" and output == "-" and sys.stdout.isatty():
        fail(InputError("parquet is binary: give --output FILE", source="options"))
    csv.field_size_limit(10**9)
    store = _open(db)
    with store.read() as conn:
        if output == "-":
            count = run_export(conn, sys.stdout.buffer, format=format, table=table)  # type: ignore[arg-type]
            sys.stdout.buffer.flush()
        else:
            with open(output, "wb") as out:
                count = run_export(conn, out, format=format, table=table)  # type: ignore[arg-type]
    _note(f"exported {count} record(s) as {format}")


def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to bind; 127.0.0.1 keeps it on this machine.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8765,
    write_token: Annotated[
        str | None,
        typer.Option(
            "--write-token",
            envvar="NEWSPRISM_WRITE_TOKEN",
            help="Allow POST /api/articles with this bearer token (read-only without).",
        ),
    ] = None,
) -> None:
    """Serve the web UI and the JSON API (/docs) over the store.

    Examples:

      newsprism serve --db news.db

      newsprism serve --db postgresql://user@dbhost/news --port 8080
    """
    import uvicorn

    from newsprism.web import create_app

    store = _open(db)
    _note(f"newsprism: serving {store.display_url} on http://{host}:{port}/ (Ctrl-C stops)")
    uvicorn.run(create_app(store, write_token=write_token), host=host, port=port, log_level="warning")


def demo_sources() -> list[str]:
    """The seed, the shared benchmark pages and some Wikinews articles; else ``examples/``."""
    if _SHARED.is_dir():
        sources = [str(_SHARED / "seed"), str(_SHARED / "data" / "article-extraction-benchmark" / "html")]
        return sources
    examples = Path(__file__).resolve().parents[3] / "examples"
    if examples.is_dir():
        return [str(examples)]
    fail(ConfigError("no ../shared folder and no examples/ folder to build a demo from", source="demo"))


def _wikinews_jsonl(limit: int, folder: Path) -> Path | None:
    """Some Wikinews rows (CC BY 2.5) as raw-text JSON lines in ``folder``, for the demo to ingest."""
    source = _SHARED / "data" / "wikinews" / "wikinews_2019.csv"
    if not source.is_file() or limit <= 0:
        return None
    csv.field_size_limit(10**9)
    target = folder / f"wikinews-{limit}.jsonl"
    with source.open(encoding="utf-8", newline="") as handle, target.open("w", encoding="utf-8") as out:
        for i, row in enumerate(csv.DictReader(handle)):
            if i >= limit:
                break
            text = f"{row['title']}\n\n{row['text']}"
            out.write(json.dumps({"url": row["url"].replace("//wiki", "/wiki"), "text": text}) + "\n")
    return target


def demo(
    db: DbOption = None,
    wikinews: Annotated[int, typer.Option("--wikinews", help="How many Wikinews articles to add.")] = 40,
    no_serve: Annotated[bool, typer.Option("--no-serve", help="Ingest only; do not start the server.")] = False,
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8765,
) -> None:
    """Build a demo collection (seed + benchmark pages + Wikinews) in the store and serve it.

    Examples:

      newsprism demo

      newsprism demo --db demo.db --no-serve
    """
    from platformdirs import user_cache_dir

    sources = demo_sources()
    cache = Path(user_cache_dir("newsprism", appauthor=False))
    cache.mkdir(parents=True, exist_ok=True)
    extra = _wikinews_jsonl(wikinews, cache)
    if extra is not None:
        sources.append(str(extra))
    ingest(sources, db=db, model=None, quiet=True)
    if not no_serve:
        serve(db=db, host="127.0.0.1", port=port, write_token=None)


def show_actor_in_store(name: str, *, db: str | None, as_json: bool = False) -> None:
    """``newsprism actors show NAME --db ...``: the actor as the store knows it, across articles."""
    from newsprism.store.profiles import actor_profile
    from newsprism.store.queries import find_actors

    store = _open(db)
    with store.read() as conn:
        profiles = [p for a in find_actors(conn, name, limit=5) if (p := actor_profile(conn, int(a["pk"])))]
    if not profiles:
        sys.stderr.write(f"newsprism: no actor named {name!r} in {store.display_url}\n")
        raise SystemExit(1)
    for profile in profiles:
        if as_json:
            sys.stdout.write(json.dumps(profile, ensure_ascii=False, default=str) + "\n")
            continue
        actor = profile["actor"]
        out = [
            f"{actor['name']}\t{actor['type']}\t{actor['kb_id'] or '(not in the knowledge base)'}\t"
            f"{len(profile['articles'])} article(s)"
        ]
        if profile["roles"]:
            out.append(f"  roles: {'; '.join(profile['roles'])}")
        for outlet, entry in profile["by_outlet"].items():
            labels = "; ".join(f"{k} ×{n}" for part in ("names", "roles", "labels") for k, n in entry[part].items())
            quoted = "; ".join(f"“{k}” ×{n}" for k, n in entry["quoted_labels"].items())
            out.append(f"  {outlet}: {labels}" + (f" (in quotes: {quoted})" if quoted else ""))
            if entry["reporting"]:
                out.append(f"    reported with: {_reporting_mix(entry['reporting'], entry['evaluative_verbs'])}")
        for quote in profile["quotes"]:
            out.append(f"  quote: “{quote['text']}” — {quote['outlet'] or '?'}, article {quote['article_pk']}")
        for event in profile["events"]:
            out.append(f"  event: {event['when'] or 'undated'} {event['type']} {event['summary']}")
        sys.stdout.write("\n".join(out) + "\n")


def _reporting_mix(stances: dict[str, int], verbs: dict[str, int]) -> str:
    """``2 neutral, 1 evaluative (claim ×1)``: how an outlet's verbs introduced an actor's words."""
    mix = ", ".join(f"{stances.get(s, 0)} {s}" for s in ("neutral", "evaluative"))
    judging = "; ".join(f"{k} ×{n}" for k, n in sorted(verbs.items(), key=lambda kv: (-kv[1], kv[0])))
    return mix + (f" ({judging})" if judging else "")


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(reanalyze)
    app.command()(search)
    app.command()(export)
    app.command()(serve)
    app.command()(demo)
