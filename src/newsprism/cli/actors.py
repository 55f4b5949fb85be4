"""``newsprism actors show | add | merge``: the actor knowledge base from the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from newsprism.cli.common import guarded

actors_app = typer.Typer(
    name="actors",
    help="The actor knowledge base: look up, add and merge actors (a user KB over the shipped one).",
    no_args_is_help=True,
)

KbOption = Annotated[
    Path | None,
    typer.Option("--kb", help="User KB file (JSON); default: actors.json in the user data dir."),
]


def _path(kb: Path | None) -> Path:
    from newsprism.analyze.actors.kb import default_user_kb_path

    return kb or default_user_kb_path()


@actors_app.command("show")
def show(
    query: Annotated[str, typer.Argument(help="An actor id (state:KEN) or any name or alias.")],
    kb: KbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines, one actor per line.")] = False,
    db: Annotated[
        str | None, typer.Option("--db", help="Show the actor in this store: quotes, events, labels per outlet.")
    ] = None,
) -> None:
    """Show the actors a name or id points at, with aliases, country, sectors and roles.

    Examples:

      newsprism actors show Nairobi

      newsprism actors show state:USA --json

      newsprism actors show "foreign minister" --db news.db
    """
    if db is not None:
        from newsprism.cli.store import show_actor_in_store

        return show_actor_in_store(query, db=db, as_json=as_json)
    from newsprism.analyze.actors.userkb import find_actors, open_kb

    found = guarded(lambda: find_actors(query, kb=open_kb(_path(kb))))
    if not found:
        sys.stderr.write(f"newsprism: no actor named {query!r}\n")
        raise SystemExit(1)
    for actor in found:
        if as_json:
            sys.stdout.write(json.dumps(actor.to_dict(), ensure_ascii=False) + "\n")
            continue
        sys.stdout.write(
            f"{actor.id}\t{actor.name}\t{actor.type}\tcountry={actor.country or '-'}\t"
            f"sectors={','.join(actor.sectors) or '-'}\n"
        )
        if actor.aliases:
            sys.stdout.write(f"  aliases: {'; '.join(actor.aliases[:20])}\n")
        for role in actor.roles:
            sys.stdout.write(f"  role: {role.title} ({role.country or '-'}) {role.start}..{role.end or ''}\n")


@actors_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Canonical name.")],
    type_: Annotated[str, typer.Option("--type", help="person, organization, state, group or location.")] = "person",
    alias: Annotated[list[str] | None, typer.Option("--alias", help="Another name (repeatable).")] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO 3166 alpha-3 code, e.g. KEN.")] = None,
    sector: Annotated[list[str] | None, typer.Option("--sector", help="PLOVER sector, e.g. GOV (repeatable).")] = None,
    role: Annotated[
        list[str] | None, typer.Option("--role", help="TITLE@START[..END], e.g. 'President@2013-08-03'.")
    ] = None,
    actor_id: Annotated[str | None, typer.Option("--id", help="Actor id (default user:<name>).")] = None,
    kb: KbOption = None,
) -> None:
    """Add an actor (or more names and roles to one) in the user KB; prints its id.

    Examples:

      newsprism actors add "Maria Ortega" --role "EU trade chief@2019-12-01..2024-11-30"

      newsprism actors add "Example Party" --type organization --alias EXP --country FRA --kb my.json
    """
    from newsprism.analyze.actors.userkb import add_actor, parse_role

    def run() -> str:
        roles = [parse_role(r) for r in role or []]
        return add_actor(
            _path(kb),
            name=name,
            type_=type_,
            aliases=list(alias or []),
            country=country,
            sectors=list(sector or []),
            roles=roles,
            actor_id=actor_id,
        )

    new_id = guarded(run)
    sys.stdout.write(new_id + "\n")
    from newsprism.analyze.actors.userkb import open_kb

    others = [a.id for a in open_kb(_path(kb)).by_alias(name) if a.id != new_id]
    if others:
        sys.stderr.write(
            f"newsprism: note: {name!r} also names {', '.join(others)}; "
            f"'newsprism actors merge {new_id} <id>' if they are one actor\n"
        )


@actors_app.command("merge")
def merge(
    source: Annotated[str, typer.Argument(help="The id to merge away.")],
    target: Annotated[str, typer.Argument(help="The id it is.")],
    kb: KbOption = None,
) -> None:
    """Record that two actor ids are one actor (the first resolves to the second from now on).

    Example:

      newsprism actors merge user:the-eu phx:int:european-union
    """
    from newsprism.analyze.actors.userkb import merge_actors, open_kb

    path = _path(kb)
    guarded(lambda: merge_actors(path, source, target, kb=open_kb(path)))
    sys.stdout.write(f"{source} -> {target}\n")


def register(app: typer.Typer) -> None:
    app.add_typer(actors_app, name="actors")
