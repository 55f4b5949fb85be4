"""The user's actor KB: actors a user adds, and merges of one actor into another.

One JSON document (``{"version": 1, "actors": [...], "merges": {from: into}}``) under the
user data dir (:func:`newsprism.analyze.actors.kb.default_user_kb_path`) or any path. It
is layered over the shipped KB by :func:`newsprism.analyze.actors.kb.load_kb`; records
use the shipped KB's shape, with ``source`` ``user`` and no licence claim.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from newsprism.analyze.actors.kb import KBActor, KnowledgeBase, load_kb, read_user_kb
from newsprism.analyze.actors.names import normalize_name
from newsprism.errors import InputError

__all__ = ["ACTOR_TYPES", "add_actor", "find_actors", "merge_actors", "parse_role"]

ACTOR_TYPES = ("person", "organization", "state", "group", "location")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def parse_role(text: str) -> dict[str, Any]:
    """``Chief Justice@2016-10-19`` or ``EU trade chief@2014-11-01..2019-11-30``."""
    title, _, dates = text.partition("@")
    start, _, end = dates.partition("..")
    if not title.strip() or not _DATE.match(start.strip()) or (end and not _DATE.match(end.strip())):
        raise InputError(
            f"role {text!r} is not TITLE@START or TITLE@START..END (dates YYYY[-MM[-DD]])", source="--role"
        )
    return {"title": title.strip(), "start": start.strip(), "end": end.strip() or None, "source": "user"}


def _write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    tmp.replace(path)  # atomic: a reader never sees half a file


def add_actor(
    path: Path,
    *,
    name: str,
    type_: str,
    aliases: list[str] | None = None,
    country: str | None = None,
    sectors: list[str] | None = None,
    roles: list[dict[str, Any]] | None = None,
    actor_id: str | None = None,
) -> str:
    """Add (or extend, when the id exists) an actor in the user KB; return its id."""
    if type_ not in ACTOR_TYPES:
        raise InputError(f"type must be one of {', '.join(ACTOR_TYPES)}", source="--type")
    if not normalize_name(name):
        raise InputError("the name is empty", source="NAME")
    actor_id = actor_id or "user:" + normalize_name(name).replace(" ", "-")
    data = read_user_kb(path)
    record = next((r for r in data["actors"] if r["id"] == actor_id), None)
    if record is None:
        record = {
            "id": actor_id,
            "name": name,
            "type": type_,
            "aliases": [],
            "country": None,
            "sectors": [],
            "roles": [],
            "source": "user",
            "licence": "",
        }
        data["actors"].append(record)
    record["aliases"] = sorted({*record["aliases"], *(aliases or [])} - {record["name"]})
    record["country"] = (country or record["country"] or None) and (country or record["country"]).upper()
    record["sectors"] = sorted({*record["sectors"], *(s.upper() for s in sectors or [])})
    record["roles"] += [r for r in roles or [] if r not in record["roles"]]
    _write(path, data)
    return actor_id


def merge_actors(path: Path, source_id: str, target_id: str, *, kb: KnowledgeBase) -> None:
    """Record that ``source_id`` is ``target_id`` (both must exist in the KB)."""
    for actor_id in (source_id, target_id):
        if kb.get(actor_id) is None:
            raise InputError(f"no actor with id {actor_id!r}", source="merge")
    source, target = kb.get(source_id), kb.get(target_id)
    if source is not None and target is not None and source.type != target.type:
        raise InputError(f"{source_id} is a {source.type} and {target_id} a {target.type}", source="merge")
    if kb.resolve_id(target_id) == kb.resolve_id(source_id):
        raise InputError(f"{source_id} and {target_id} are already one actor", source="merge")
    data = read_user_kb(path)
    data["merges"][source_id] = kb.resolve_id(target_id)
    _write(path, data)


def find_actors(query: str, *, kb: KnowledgeBase) -> list[KBActor]:
    """An id, or any name or alias of actors."""
    actor = kb.get(query)
    return [actor] if actor is not None else kb.by_alias(query)


def open_kb(path: Path) -> KnowledgeBase:
    """The shipped KB with the user KB at ``path``, read fresh (not the per-process cache)."""
    load_kb.cache_clear()
    return load_kb(str(path) if path.is_file() else None)
