"""Ordinary news vocabulary per PLOVER type (issue #5): phrases with light verbs, phrasal verbs
and the phrase rules added for them, each on an invented sentence, plus what must stay no event."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprism.model import Article, Event

pytestmark = pytest.mark.slow

Analyze = Callable[[str], Article]


def primary(article: Article) -> Event:
    assert article.events, "no event"
    return article.events[0]


@pytest.mark.parametrize(("text", "kind"), [
    ("The two leaders held talks in Geneva on Monday.", "CONSULT"),
    ("Several Gulf states expressed support for the proposal.", "SUPPORT"),
    ("The prime minister conceded defeat on Sunday.", "CONCEDE"),
    ("The two intelligence agencies shared information on the suspects.", "COOPERATE"),
    ("Volunteers handed out food parcels to 3,000 households.", "AID"),
    ("Some 2,000 fighters handed in their weapons in the east.", "RETREAT"),
    ("The court denied bail to the opposition leader.", "REJECT"),
    ("Protesters took to the streets in the capital.", "PROTEST"),
    ("The government put the army on high alert.", "MOBILIZE"),
    ("The European Union slapped tariffs on imported steel.", "SANCTION"),
    ("Police placed the former minister under arrest.", "COERCE"),
    ("Soldiers fired on protesters in the main square.", "ASSAULT"),
])
def test_news_phrases_code_their_type(analyze_text: Analyze, text: str, kind: str) -> None:
    assert [e.type for e in analyze_text(text).events][:1] == [kind]


def test_declining_to_comment_is_no_rejection(analyze_text: Analyze) -> None:
    assert not analyze_text("A spokeswoman for the ministry declined to comment on the report.").events


def test_declining_an_invitation_is_still_a_rejection(analyze_text: Analyze) -> None:
    assert [e.type for e in analyze_text("The president declined an invitation to attend the summit.").events] == [
        "REJECT"]


def test_freed_captives_stay_the_recipient_of_a_phrase(analyze_text: Analyze) -> None:
    event = primary(analyze_text("Rebels freed 14 hostages on Saturday."))
    assert event.type == "RETREAT" and event.mode == "release"
    assert [p.span.text for p in event.recipients] == ["14 hostages"]


def test_own_staff_withdrawn_are_not_the_recipient(analyze_text: Analyze) -> None:
    event = primary(analyze_text("Sweden withdrew its diplomats from Baghdad."))
    assert all("diplomats" not in p.span.text for p in event.recipients)


def test_found_guilty_is_a_conviction(analyze_text: Analyze) -> None:
    event = primary(analyze_text("A military tribunal found the officers guilty of desertion."))
    assert (event.type, event.mode) == ("SANCTION", "convict")


def test_found_not_guilty_is_no_conviction(analyze_text: Analyze) -> None:
    assert all(e.type != "SANCTION" for e in analyze_text("A tenth defendant was found not-guilty.").events)


@pytest.mark.parametrize("text", [
    "Thank you for taking the time to speak with us.",
    "The company tested its new rocket on Friday.",
    "The settlers settled on the outskirts of the town in 1850.",
    "The committee laid down strict rules for the contest.",
    "The minister handed in his report on Monday.",
])
def test_everyday_senses_are_no_events(analyze_text: Analyze, text: str) -> None:
    assert not [(e.type, e.trigger.text) for e in analyze_text(text).events]
