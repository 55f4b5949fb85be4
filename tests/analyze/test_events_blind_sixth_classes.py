"""Error classes the sixth blind batch showed (issue #5, E30; ``events/readings.py``,
``events/nonacts.py``, ``events/recipients.py``, ``event_arguments_en.json``): each class on an
invented sentence, plus what it must leave alone. None of the batch's sentences is used here."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_helpers import first, texts, type_names

from newsprism.model import Article

pytestmark = pytest.mark.slow

Analyze = Callable[[str], Article]


def test_halting_sales_to_a_state_is_a_sanction(analyze_text: Analyze) -> None:
    article = analyze_text("The government of Tarvia halted all weapons sales to Valmora last week.")
    event = first(article, "SANCTION")
    assert texts(event, "recipients") == ["Valmora"]
    assert "REJECT" not in type_names(article)


def test_halting_a_sale_to_a_private_buyer_stays_a_thwarting(analyze_text: Analyze) -> None:
    article = analyze_text("A judge halted the sale of the stadium to a private developer.")
    assert "REJECT" in type_names(article) and "SANCTION" not in type_names(article)


def test_refusing_food_is_a_hunger_strike(analyze_text: Analyze) -> None:
    article = analyze_text("Two detained activists have refused food for a week in protest at their detention.")
    assert first(article, "PROTEST").mode == "hunger"
    assert "REJECT" not in type_names(article)


def test_shuttle_diplomacy_is_a_mediation(analyze_text: Analyze) -> None:
    event = first(analyze_text("A regional envoy began shuttle diplomacy between the two warring factions."), "CONSULT")
    assert texts(event, "actors") == ["regional envoy"]


@pytest.mark.parametrize("text, kind, recipients", [
    # "seize on" (exploit) is no event; "seized ... on Sunday" is a seizure dated Sunday
    pytest.param("Coast guard officers seized a fishing trawler on Sunday.", "COERCE", ["fishing trawler"],
                 id="rule-date-after-verb-no-particle"),
    pytest.param("Militia fighters fought army troops near the river on Friday.", "ASSAULT", ["army troops"],
                 id="guard-fighting-a-party-assault"),
    pytest.param("The bishop praised the police's campaign against the gangs.", "SUPPORT", ["police"],
                 id="rule-praise-of-a-partys-campaign"),
    pytest.param("The union voiced support for the nurses' campaign against the health board.", "SUPPORT", ["nurses"],
                 id="rule-support-for-a-partys-campaign"),
    pytest.param("The mayor praised the rescue of the trapped miners.", "SUPPORT", ["trapped miners"],
                 id="guard-judged-act-no-possessor"),
    pytest.param("Prosecutors criticised the governor's son for his remarks.", "ACCUSE", ["governor's son"],
                 id="guard-relative-is-a-person"),
    # the parser hangs "with foreign investigators" on "bombing"; the capital is where the bombing was
    pytest.param("The police shared intelligence on the bombing in the capital with foreign investigators.",
                 "COOPERATE", ["foreign investigators"], id="rule-joint-act-partner-hung-on-topic"),
    pytest.param("Tarvia and Valmora signed a trade pact in Brask last week.", "SUPPORT", [],
                 id="rule-two-sides-sign-venue"),
    pytest.param("Tarvia signed a trade pact in Brask last week.", "SUPPORT", ["Brask"], id="guard-one-side-signs"),
])
def test_the_recipient_of_the_first_event_of_a_type(analyze_text: Analyze, text: str, kind: str,
                                                    recipients: list[str]) -> None:
    assert texts(first(analyze_text(text), kind), "recipients") == recipients


@pytest.mark.parametrize("text, kind", [
    pytest.param("The opposition seized on the minister's remarks.", "COERCE", id="guard-particle-with-object-blocks"),
    pytest.param("We are talking about hours of waiting at the gate.", "CONSULT",
                 id="guard-topic-preposition-with-length-of-time-blocks"),
    pytest.param("Customs officers formed a task force to fight fuel smuggling.", "ASSAULT",
                 id="rule-fighting-an-activity-no-assault"),
])
def test_no_event_of_the_type(analyze_text: Analyze, text: str, kind: str) -> None:
    assert kind not in type_names(analyze_text(text))
