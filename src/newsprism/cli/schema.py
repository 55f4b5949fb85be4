"""``newsprism schema``: print the JSON Schema of the output format."""

from __future__ import annotations

import json

import typer

from newsprism.jsonformat import json_schema


def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the output format, newsprism.article/1.

    Example: newsprism schema > article.schema.json
    """
    typer.echo(json.dumps(json_schema(), indent=2))


def register(app: typer.Typer) -> None:
    app.command()(schema)
