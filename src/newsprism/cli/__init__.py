"""The ``newsprism`` command: verb subcommands, each a thin skin over one library call."""

from __future__ import annotations

import typer

from newsprism.cli import actors as _actors
from newsprism.cli import analyze as _analyze
from newsprism.cli import batch as _batch
from newsprism.cli import schema as _schema
from newsprism.cli import store as _store

app = typer.Typer(
    name="newsprism",
    help="Political news articles as sourced accounts: actors, quotes, events and framing.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
_analyze.register(app)
_batch.register(app)
_actors.register(app)
_schema.register(app)
_store.register(app)


def main() -> None:
    app()


__all__ = ["app", "main"]
