"""The seed article's actors: each one actor, with its aliases and roles."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsprism
from newsprism.analyze.actors import ActorsStage
from newsprism.analyze.entities import EntityMentions
from newsprism.extract.text import extract_text
from newsprism.model import Article, Entity

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed(seed_path: Path, pipeline: newsprism.Pipeline) -> Article:
    local = newsprism.Pipeline([EntityMentions(), ActorsStage()], nlp=pipeline.nlp)
    return local.analyze(extract_text(seed_path.read_text("utf-8"), source=str(seed_path)))


def one(article: Article, alias: str) -> Entity:
    hits = [e for e in article.entities if alias in (e.name, *e.aliases)]
    assert len(hits) == 1, (alias, [(e.name, e.aliases) for e in article.entities])
    return hits[0]


@pytest.mark.parametrize(
    ("alias", "also"),
    [
        ("Ali Khamenei", {"Khamenei"}),
        ("Rouhani", set()),
        ("Federica Mogherini", set()),
        ("Assembly of Experts", set()),
        ("MOIS", {"Ministry of Intelligence and Security"}),
        ("PMOI", {"MEK", "People’s Mojahedin Organization of Iran"}),
        ("EU", set()),
        ("U.S.", set()),
        ("JCPOA", {"JCPA", "Joint Comprehensive Plan of Action"}),
    ],
)
def test_seed_actor_is_one_actor_with_aliases(seed: Article, alias: str, also: set[str]) -> None:
    entity = one(seed, alias)
    assert also <= {entity.name, *entity.aliases}


def test_seed_roles(seed: Article) -> None:
    assert any(r.title == "Supreme Leader" for r in one(seed, "Ali Khamenei").roles)
    assert any(r.title == "EU foreign policy chief" for r in one(seed, "Federica Mogherini").roles)


def test_seed_links_and_groups(seed: Article) -> None:
    assert one(seed, "U.S.").kb_id == "state:USA"
    assert one(seed, "Iranian").kb_id == "state:IRN"
    assert one(seed, "Rouhani").type == "person"
    groups = {e.name: e for e in seed.entities if e.type == "group"}
    assert "COP" in groups["security forces"].sectors
    assert not [e for e in seed.entities if e.name in {"Supreme", "supreme leader"}]
    ids = [e.id for e in seed.entities]
    assert ids == [f"e{i}" for i in range(1, len(ids) + 1)]


def test_seed_json_validates(seed: Article, validate: object) -> None:
    from newsprism.jsonformat import article_to_dict

    validate(article_to_dict(seed))  # type: ignore[operator]
