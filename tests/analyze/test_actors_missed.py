"""Person names the NER model missed: recovered from the parse and the given-name list (#4)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from newsprism.analyze.actors.missed import missed_person_mentions
from newsprism.model import Article

pytestmark = pytest.mark.slow

Analyze = Callable[[str], Article]


def test_a_titled_name_the_tagger_missed_is_a_person_with_its_role(analyze_text: Analyze) -> None:
    article = analyze_text("\u201cGo out and vote for your mayor,\u201d Governor Ana Ruiz said on Sunday.")
    person = next(e for e in article.entities if e.name == "Ana Ruiz")
    assert person.type == "person"
    assert [r.title for r in person.roles] == ["Governor"]
    assert article.quotes[0].speaker is not None and article.quotes[0].speaker.entity == person.id


@pytest.mark.parametrize(
    "text",
    [
        "The Crew Dragon docked with the station on Sunday.",
        "Harbour Street was closed after the storm.",
        "Aid reached the city by boat, the Red Cross said.",
    ],
)
def test_things_and_places_are_not_taken_for_missed_people(analyze_text: Analyze, text: str) -> None:
    assert not [e for e in analyze_text(text).entities if e.type == "person"]


def test_a_name_run_stops_at_a_sentence_start() -> None:
    """A headline with no stop (*Governor Ana Ruiz*) before *Mara Vance spoke.*: two people, not one
    four-word name. The parse is given, so the boundary is exactly where the test puts it."""
    words = ["Governor", "Ana", "Ruiz", "Mara", "Vance", "spoke", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 5 + [False, False],
              tags=["NNP"] * 5 + ["VBD", "."], heads=[2, 2, 2, 4, 5, 5, 5],
              deps=["compound", "compound", "ROOT", "compound", "nsubj", "ROOT", "punct"])
    assert [m.text for m in missed_person_mentions(doc, [])] == ["Ana Ruiz", "Mara Vance"]
