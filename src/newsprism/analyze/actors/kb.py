"""The actor knowledge base: actors with aliases, country, sectors and date-bounded roles.

The shipped KB lives in ``newsprism/data/actors/`` as JSON-lines files, one per
licence (``scripts/build_actor_kb.py`` builds them from the Phoenix dictionaries,
CountryInfo and world-countries; ``manifest.json`` gives version, sources and licences).
A record with the same ``id`` in several files is one actor: a state's names come from
world-countries (ODbL) and its capital and leaders from CountryInfo (CC BY-SA), and
each file keeps its own licence, so the records are merged only in memory.

A *user KB* (JSON, written by ``newsprism actors add/merge``) is layered on top: its
actors are added, and its ``merges`` map one actor id onto another.

Role dates: ``start`` is the earliest date the source attests the actor in the role
(CountryInfo's ``<d`` terms are attested from the start of its 2003 source, not begun
then); ``end`` is ``None`` while the source says the role is held.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from newsprism.analyze.actors.names import normalize_name

__all__ = ["KB_DIR", "KBActor", "KBRole", "KnowledgeBase", "default_user_kb_path", "load_kb"]

KB_DIR = "data/actors"


@dataclass(frozen=True, kw_only=True, slots=True)
class KBRole:
    """A title an actor held: ``Prime Minister`` of ``KEN`` from ``2008-04-17``."""

    title: str
    start: str
    end: str | None = None
    country: str | None = None
    source: str = ""
    #: for a role with no end: the last day its source speaks for (the shipped sources stop
    #: in 2014, and a president "in office" then is no evidence for 2020); ``None``: no limit.
    attested_until: str | None = None

    def holds_on(self, date: str | None) -> bool:
        """Whether the role is known to be held on ``date`` (ISO, any precision).

        ``None`` means *now*. An open role is held only up to its ``attested_until``: past
        it the KB does not know, and a title lookup must not name a stale holder.
        """
        if not self.may_hold_on(date):
            return False
        if self.end is None and self.attested_until is not None:
            return date is not None and date <= self.attested_until[: len(date)]
        return True

    def may_hold_on(self, date: str | None) -> bool:
        """Whether the role had begun by ``date`` and had not ended (ignoring staleness):
        enough to prefer one namesake over another, never enough to name a holder."""
        if date is None:
            return self.end is None
        return self.start[: len(date)] <= date and (self.end is None or date <= self.end[: len(date)])

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "country": self.country,
            "source": self.source,
            "attested_until": self.attested_until,
        }


@dataclass(kw_only=True, slots=True)
class KBActor:
    """One actor of the KB. Mutable only while the KB is being loaded."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    roles: list[KBRole] = field(default_factory=list)
    #: ``alias kind`` -> aliases: ``demonym`` and ``capital`` for states.
    kinds: dict[str, list[str]] = field(default_factory=dict)
    sources: list[dict[str, str]] = field(default_factory=list)

    def absorb(self, record: dict[str, Any]) -> None:
        """Add another record's names, sectors, roles and source (same id, other file)."""
        seen = {self.name, *self.aliases}
        for alias in [record.get("name", ""), *record.get("aliases", [])]:
            if alias and alias not in seen:
                self.aliases.append(alias)
                seen.add(alias)
        self.country = self.country or record.get("country")
        self.sectors.extend(s for s in record.get("sectors", []) if s not in self.sectors)
        self.roles.extend(KBRole(**role) for role in record.get("roles", []))
        for kind, names in record.get("kinds", {}).items():
            self.kinds.setdefault(kind, []).extend(n for n in names if n not in self.kinds.get(kind, []))
        if "source" in record:
            self.sources.append({"source": record["source"], "licence": record.get("licence", "")})

    def names(self) -> list[str]:
        return [self.name, *self.aliases]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": self.aliases,
            "country": self.country,
            "sectors": self.sectors,
            "roles": [role.to_dict() for role in self.roles],
            "kinds": self.kinds,
            "sources": self.sources,
        }


def default_user_kb_path() -> Path:
    """``<user data dir>/newsprism/actors.json`` (platformdirs: XDG on Linux)."""
    from platformdirs import user_data_path

    return user_data_path("newsprism", appauthor=False) / "actors.json"


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def shipped_manifest() -> dict[str, Any]:
    """``manifest.json`` of the shipped KB: version, files, ``roles_attested_until``."""
    manifest: dict[str, Any] = json.loads((_root() / "manifest.json").read_text("utf-8"))
    return manifest


def _root() -> Path:
    return Path(str(resources.files("newsprism"))) / KB_DIR


def shipped_files() -> list[Path]:
    """The shipped KB files, in manifest order (deterministic merging)."""
    return [_root() / entry["file"] for entry in shipped_manifest()["files"] if entry["kind"] == "actors"]


class KnowledgeBase:
    """Alias, title and country indexes over KB actors."""

    def __init__(self, records: Iterable[dict[str, Any]], *, merges: dict[str, str] | None = None) -> None:
        self.actors: dict[str, KBActor] = {}
        self.merges = dict(merges or {})
        for record in records:
            target = self.resolve_id(record["id"])
            actor = self.actors.get(target)
            if actor is None:
                actor = KBActor(id=target, name=record["name"], type=record["type"])
                self.actors[target] = actor
            actor.absorb(record)
        self._alias: dict[str, set[str]] = {}
        self._titles: dict[str, list[tuple[str, KBRole]]] = {}
        self._kind: dict[tuple[str, str], set[str]] = {}
        for actor in self.actors.values():
            self._index(actor)

    def _index(self, actor: KBActor) -> None:
        for name in actor.names():
            key = normalize_name(name)
            if key:
                self._alias.setdefault(key, set()).add(actor.id)
        for kind, names in actor.kinds.items():
            for name in names:
                self._kind.setdefault((kind, normalize_name(name)), set()).add(actor.id)
        for role in actor.roles:
            self._titles.setdefault(normalize_name(role.title), []).append((actor.id, role))

    def resolve_id(self, actor_id: str) -> str:
        seen = set()
        while actor_id in self.merges and actor_id not in seen:
            seen.add(actor_id)
            actor_id = self.merges[actor_id]
        return actor_id

    def get(self, actor_id: str) -> KBActor | None:
        return self.actors.get(self.resolve_id(actor_id))

    def by_alias(self, name: str) -> list[KBActor]:
        """Actors one of whose names folds to the same key as ``name``."""
        return [self.actors[i] for i in sorted(self._alias.get(normalize_name(name), ()))]

    def alias_keys(self) -> Iterable[str]:
        return self._alias.keys()

    def by_kind(self, kind: str, name: str) -> list[KBActor]:
        """States whose ``demonym`` or ``capital`` is ``name``."""
        return [self.actors[i] for i in sorted(self._kind.get((kind, normalize_name(name)), ()))]

    def holders(self, title: str, *, date: str | None, country: str | None) -> list[tuple[KBActor, KBRole]]:
        """Who held ``title`` (in ``country`` when given) on ``date``."""
        found = []
        for actor_id, role in self._titles.get(normalize_name(title), ()):
            if country is not None and role.country != country:
                continue
            if role.holds_on(date):
                found.append((self.actors[self.resolve_id(actor_id)], role))
        return found

    def titles(self) -> Iterable[str]:
        return self._titles.keys()


def read_user_kb(path: Path) -> dict[str, Any]:
    """The user KB document: ``{"version": 1, "actors": [...], "merges": {from: into}}``."""
    if not path.is_file():
        return {"version": 1, "actors": [], "merges": {}}
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    data.setdefault("actors", [])
    data.setdefault("merges", {})
    return data


@lru_cache(maxsize=4)
def load_kb(user_kb: str | None = None, *, shipped: bool = True) -> KnowledgeBase:
    """The shipped KB plus the user KB at ``user_kb`` (a path; loaded once per process)."""
    records: list[dict[str, Any]] = []
    if shipped:
        until = shipped_manifest().get("roles_attested_until")
        for path in shipped_files():
            for record in _read_jsonl(path):
                for role in record.get("roles", []):
                    if role.get("end") is None and until:
                        role.setdefault("attested_until", until)
                records.append(record)
    merges: dict[str, str] = {}
    if user_kb:
        user = read_user_kb(Path(user_kb))
        records.extend(user["actors"])
        merges.update(user["merges"])
    return KnowledgeBase(records, merges=merges)
