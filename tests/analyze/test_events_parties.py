"""Actors and recipients the way PLOVER's coders mark them (issue #5): noun-phrase tails,
recipients inside complements and object phrases, polities as parties. Invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_helpers import first, texts

from newsprism.model import Article

pytestmark = pytest.mark.slow

Analyze = Callable[[str], Article]


def test_demand_recipient_is_the_subject_of_the_demanded_clause(analyze_text: Analyze) -> None:
    event = first(analyze_text("The United States demanded that the Sudanese government end curbs on the press."),
                  "REQUEST")
    assert texts(event, "actors") == ["United States"]
    assert texts(event, "recipients") == ["Sudanese government"]


def test_polity_where_it_is_done_is_the_recipient(analyze_text: Analyze) -> None:
    event = first(analyze_text("Serbia lifted a night curfew in Montenegro."), "CONCEDE")
    assert texts(event, "recipients") == ["Montenegro"]
    assert event.location is not None and event.location.span.text == "Montenegro"


def test_passive_without_agent_takes_the_polity_as_actor(analyze_text: Analyze) -> None:
    event = first(analyze_text("A missionary was arrested in Lebanon."), "COERCE")
    assert texts(event, "actors") == ["Lebanon"]
    assert texts(event, "recipients") == ["missionary"]


def test_passive_with_agent_keeps_the_agent(analyze_text: Analyze) -> None:
    event = first(analyze_text("A missionary was arrested by police in Lebanon."), "COERCE")
    assert [t.split()[0] for t in texts(event, "actors")] == ["police"]


def test_recipient_inside_the_object_phrase(analyze_text: Analyze) -> None:
    event = first(analyze_text("Berlin rejected recent calls by Belarus's rulers for economic aid."), "REJECT")
    assert texts(event, "recipients") == ["Belarus's rulers"]


def test_recipient_of_a_purpose_clause(analyze_text: Analyze) -> None:
    event = first(analyze_text("Egyptian police opened fire to disperse demonstrators on Monday."), "ASSAULT")
    assert texts(event, "recipients") == ["demonstrators"]


def test_party_keeps_apposition_and_of_phrase(analyze_text: Analyze) -> None:
    article = analyze_text("Kenzo Oshima, the relief coordinator, accused the leaders of the rebel army of looting.")
    event = first(article, "ACCUSE")
    assert texts(event, "actors") == ["Kenzo Oshima, the relief coordinator"]
    assert texts(event, "recipients") == ["leaders of the rebel army"]


def test_party_stops_before_a_relative_clause(analyze_text: Analyze) -> None:
    event = first(analyze_text("Troops attacked the villagers who had fled."), "ASSAULT")
    assert texts(event, "recipients") == ["villagers"]


def test_possessive_pronoun_of_an_event_noun_is_the_clause_subject(analyze_text: Analyze) -> None:
    event = first(analyze_text("The committee has completed its investigation into the allegation."), "ACCUSE")
    assert texts(event, "actors") == ["committee"]


def test_a_noun_restating_its_verb_is_not_a_second_event(analyze_text: Analyze) -> None:
    article = analyze_text("The rebel group insisted on its demands.")
    assert [(e.type, e.trigger.text) for e in article.events] == [("REQUEST", "insisted")]
