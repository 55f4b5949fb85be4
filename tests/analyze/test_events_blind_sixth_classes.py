"""Error classes the sixth blind batch showed (issue #5, E30; ``events/readings.py``,
``events/nonacts.py``, ``events/recipients.py``, ``event_arguments_en.json``): each class on an
invented sentence, plus what it must leave alone. None of the batch's sentences is used here."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_helpers import first, texts

from newsprism.model import Article

pytestmark = pytest.mark.slow

Analyze = Callable[[str], Article]


def _types(article: Article) -> list[str]:
    return [e.type for e in article.events]


def test_a_date_after_the_verb_is_no_particle_of_another_sense(analyze_text: Analyze) -> None:
    # "seize on" (exploit) is no event; "seized ... on Sunday" is a seizure dated Sunday.
    event = first(analyze_text("Coast guard officers seized a fishing trawler on Sunday."), "COERCE")
    assert texts(event, "recipients") == ["fishing trawler"]


def test_a_particle_with_a_real_object_still_blocks(analyze_text: Analyze) -> None:
    assert "COERCE" not in _types(analyze_text("The opposition seized on the minister's remarks."))


def test_a_topic_preposition_with_a_length_of_time_still_blocks(analyze_text: Analyze) -> None:
    assert "CONSULT" not in _types(analyze_text("We are talking about hours of waiting at the gate."))


def test_halting_sales_to_a_state_is_a_sanction(analyze_text: Analyze) -> None:
    article = analyze_text("The government of Tarvia halted all weapons sales to Valmora last week.")
    event = first(article, "SANCTION")
    assert texts(event, "recipients") == ["Valmora"]
    assert "REJECT" not in _types(article)


def test_halting_a_sale_to_a_private_buyer_stays_a_thwarting(analyze_text: Analyze) -> None:
    article = analyze_text("A judge halted the sale of the stadium to a private developer.")
    assert "REJECT" in _types(article) and "SANCTION" not in _types(article)


def test_fighting_an_activity_is_no_assault(analyze_text: Analyze) -> None:
    assert "ASSAULT" not in _types(analyze_text("Customs officers formed a task force to fight fuel smuggling."))


def test_fighting_a_party_stays_an_assault(analyze_text: Analyze) -> None:
    event = first(analyze_text("Militia fighters fought army troops near the river on Friday."), "ASSAULT")
    assert texts(event, "recipients") == ["army troops"]


def test_praise_of_a_partys_campaign_is_done_to_that_party(analyze_text: Analyze) -> None:
    event = first(analyze_text("The bishop praised the police's campaign against the gangs."), "SUPPORT")
    assert texts(event, "recipients") == ["police"]


def test_support_for_a_partys_campaign_is_done_to_that_party(analyze_text: Analyze) -> None:
    event = first(analyze_text("The union voiced support for the nurses' campaign against the health board."),
                  "SUPPORT")
    assert texts(event, "recipients") == ["nurses"]


def test_a_judged_act_with_no_possessor_keeps_its_own_party(analyze_text: Analyze) -> None:
    event = first(analyze_text("The mayor praised the rescue of the trapped miners."), "SUPPORT")
    assert texts(event, "recipients") == ["trapped miners"]


def test_a_relative_is_a_person_not_the_possessors_conduct(analyze_text: Analyze) -> None:
    event = first(analyze_text("Prosecutors criticised the governor's son for his remarks."), "ACCUSE")
    assert texts(event, "recipients") == ["governor's son"]


def test_a_joint_acts_partner_hung_on_the_topic_is_the_recipient(analyze_text: Analyze) -> None:
    # The parser hangs "with foreign investigators" on "bombing"; the capital is where the bombing was.
    event = first(analyze_text("The police shared intelligence on the bombing in the capital with foreign "
                               "investigators."), "COOPERATE")
    assert texts(event, "recipients") == ["foreign investigators"]


def test_where_two_sides_sign_together_is_their_venue(analyze_text: Analyze) -> None:
    event = first(analyze_text("Tarvia and Valmora signed a trade pact in Brask last week."), "SUPPORT")
    assert texts(event, "recipients") == []


def test_where_one_side_signs_stays_as_it_was(analyze_text: Analyze) -> None:
    event = first(analyze_text("Tarvia signed a trade pact in Brask last week."), "SUPPORT")
    assert texts(event, "recipients") == ["Brask"]


def test_refusing_food_is_a_hunger_strike(analyze_text: Analyze) -> None:
    article = analyze_text("Two detained activists have refused food for a week in protest at their detention.")
    assert first(article, "PROTEST").mode == "hunger"
    assert "REJECT" not in _types(article)


def test_shuttle_diplomacy_is_a_mediation(analyze_text: Analyze) -> None:
    event = first(analyze_text("A regional envoy began shuttle diplomacy between the two warring factions."), "CONSULT")
    assert texts(event, "actors") == ["regional envoy"]
