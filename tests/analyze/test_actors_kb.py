"""The shipped actor knowledge base: lint, provenance, and a user KB on top."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from newsprism.analyze.actors.kb import KBRole, KnowledgeBase, load_kb, shipped_files
from newsprism.analyze.actors.link import Linker, provisional_key
from newsprism.analyze.actors.names import normalize_name


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb(None)


def _overlap(a: list[KBRole], b: list[KBRole]) -> bool:
    """Two actors' dates overlap unless both have dated roles that never meet."""
    if not a or not b:
        return True
    return any(x.start <= (y.end or "9999") and y.start <= (x.end or "9999") for x in a for y in b)


def test_no_alias_names_two_actors_of_one_country_at_one_time(kb: KnowledgeBase) -> None:
    index: dict[tuple[str | None, str], set[str]] = defaultdict(set)
    for actor in kb.actors.values():
        for name in actor.names():
            index[(actor.country, normalize_name(name))].add(actor.id)
    clashes = []
    for (country, alias), ids in index.items():
        actors = [kb.actors[i] for i in sorted(ids)]
        for i, a in enumerate(actors):
            for b in actors[i + 1 :]:
                if _overlap(a.roles, b.roles):
                    clashes.append((country, alias, a.id, b.id))
    assert not clashes, clashes[:10]


def test_every_role_has_a_start_date(kb: KnowledgeBase) -> None:
    missing = [(a.id, r.title) for a in kb.actors.values() for r in a.roles if not r.start]
    assert not missing, missing[:10]
    bad = [(a.id, r.start) for a in kb.actors.values() for r in a.roles if r.end and r.end < r.start]
    assert len(bad) < 50, bad[:10]  # the sources have a few reversed ranges; never many


def test_every_record_keeps_source_and_licence() -> None:
    root = shipped_files()[0].parent
    manifest = json.loads((root / "manifest.json").read_text("utf-8"))
    assert manifest["version"]
    licences = {entry["file"]: entry["licence"] for entry in manifest["files"]}
    assert licences["kb-world-countries.jsonl.gz"] == "ODbL 1.0"
    assert licences["kb-countryinfo.jsonl.gz"] == "CC BY-SA 3.0"
    assert (root / "SOURCES.md").is_file()
    import gzip

    for path in shipped_files():
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            first = json.loads(handle.readline())
        assert first["source"] and first["licence"] == licences[path.name]


def test_states_have_demonyms_and_capitals(kb: KnowledgeBase) -> None:
    assert [a.id for a in kb.by_kind("demonym", "Iranian")] == ["state:IRN"]
    assert [a.id for a in kb.by_kind("capital", "Tehran")] == ["state:IRN"]
    # CountryInfo's wrong iso3 codes (Israel "IL") are corrected from world-countries.
    assert [a.id for a in kb.by_alias("Israel") if a.type == "state"] == ["state:ISR"]


def test_phoenix_lumped_bodies_are_split(kb: KnowledgeBase) -> None:
    """Phoenix lists several councils as aliases of one parliament; identity must not."""
    ids = {a.id for name in ("Assembly of Experts", "Guardian Council") for a in kb.by_alias(name)}
    assert len(ids) == 2


def test_user_kb_adds_actors_and_dated_roles(tmp_path: Path) -> None:
    user = tmp_path / "actors.json"
    user.write_text(
        json.dumps(
            {
                "version": 1,
                "actors": [
                    {
                        "id": "user:a",
                        "name": "Anna Example",
                        "type": "person",
                        "roles": [{"title": "Widget Commissioner", "start": "2014-11-01", "end": "2019-11-30"}],
                    },
                    {
                        "id": "user:b",
                        "name": "Bruno Example",
                        "type": "person",
                        "roles": [{"title": "Widget Commissioner", "start": "2019-12-01"}],
                    },
                ],
                "merges": {},
            }
        )
    )
    kb = load_kb(str(user), shipped=False)
    assert [a.id for a, _ in kb.holders("Widget Commissioner", date="2019-05-01", country=None)] == ["user:a"]
    assert [a.id for a, _ in kb.holders("widget commissioner", date="2021-01-01", country=None)] == ["user:b"]


def test_merges_map_one_actor_onto_another() -> None:
    kb = KnowledgeBase(
        [
            {"id": "x:1", "name": "Alpha Org", "type": "organization"},
            {"id": "x:2", "name": "Alpha Organisation", "type": "organization"},
        ],
        merges={"x:2": "x:1"},
    )
    assert [a.id for a in kb.by_alias("Alpha Organisation")] == ["x:1"]


def test_ambiguous_name_links_to_nobody() -> None:
    kb = KnowledgeBase(
        [
            {"id": "x:1", "name": "Sam Jones", "type": "person", "country": "GBR"},
            {"id": "x:2", "name": "Sam Jones", "type": "person", "country": "USA"},
        ]
    )
    result = Linker(kb).link(names=["Sam Jones"], long_names=[], type_="person", date=None)
    assert result.actor is None
    result = Linker(kb).link(
        names=["Sam Jones"], long_names=[], type_="person", date=None, countries=frozenset({"USA"})
    )
    assert result.actor is not None and result.actor.id == "x:2"


def test_provisional_key_is_stable_and_folds_spelling() -> None:
    a = provisional_key("Federica Mogherini", "person", None)
    assert a == provisional_key("FEDERICA  MOGHERINI", "person", None)
    assert a.startswith("prov:") and len(a) == 21
    assert a != provisional_key("Federica Mogherini", "person", "ITA")
