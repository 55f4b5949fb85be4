"""The seed article's events (issue #5), through the default pipeline.

The PLOVER accuracy gate lives with the other benchmarks' in tests/eval_floors.json ("events")."""

from __future__ import annotations

import pytest

from newsprism.model import Article

pytestmark = pytest.mark.slow


def test_seed_shootings_into_crowds_are_historical_and_the_authors(seed_article: Article) -> None:
    shootings = [e for e in seed_article.events if e.type == "ASSAULT" and e.mode == "firearms"]
    assert sorted(e.date.value for e in shootings if e.date) == ["2009", "2018"]
    assert all(e.time_relation == "historical" and e.asserted_by == "author" for e in shootings)
    assert all("crowd" in e.recipients[0].span.text for e in shootings)


def test_seed_criticism_of_the_president(seed_article: Article) -> None:
    criticism = [e for e in seed_article.events if e.type == "ACCUSE" and e.trigger.text == "picked on"]
    assert len(criticism) == 1
    assert criticism[0].actors[0].entity is not None and criticism[0].recipients


def test_seed_blame_is_the_leaders_claim(seed_article: Article) -> None:
    blame = [e for e in seed_article.events if e.type == "ACCUSE" and "blame" in e.trigger.text]
    assert len(blame) == 1
    assert blame[0].asserted_by in {q.id for q in seed_article.quotes}
    speaker = next(q for q in seed_article.quotes if q.id == blame[0].asserted_by).speaker
    assert speaker is not None and speaker.entity == blame[0].actors[0].entity
    assert "Organization" in blame[0].recipients[0].span.text


def test_seed_uprisings_in_cities(seed_article: Article) -> None:
    uprisings = [e for e in seed_article.events if e.type == "PROTEST" and e.trigger.text == "uprisings"]
    assert len(uprisings) == 1
    assert dict(uprisings[0].magnitude) == {"cities": 140}


def test_seed_caption_attack_is_coded_on_the_caption_as_a_historical_archive_photo(seed_article: Article) -> None:
    # Captions are not Article.text: their events live on the caption, with offsets into it.
    assert all(e.trigger.start < len(seed_article.text) for e in seed_article.events)
    caption = seed_article.captions[0]
    attacks = [e for e in caption.events if e.type == "ASSAULT"]
    assert len(attacks) == 1
    attack = attacks[0]
    assert caption.text[attack.trigger.start : attack.trigger.end] == attack.trigger.text == "attack"
    assert "security forces" in attack.actors[0].span.text and attack.actors[0].sector == "COP"
    assert attack.recipients[0].span.text == "protesters"
    assert attack.date is not None and attack.date.value == "2018-01"
    assert attack.time_relation == "historical" and attack.asserted_by == "author"
