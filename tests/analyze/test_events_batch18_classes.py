"""Error classes events_articles batch 18 showed at its first run (issue #5, E27; batch 18 is in-sample for
them). Invented sentences (none from the benchmark's articles); each rule has cases that fail on the round's
starting code, the rest guard the readings it must leave alone.

- things sent or provided that are no aid: a message, a video, an email or ballots sent, information or
  figures provided (the phrase table's null rows): PLOVER AID is goods, money or services given;
- a term of years served, coordinated after the act in its own sentence (*was convicted of smuggling and
  served four years*), dates the act at least that long ago: historical;
- a standing text's present demand (*the league's guidelines call for a reserve*, *the charter demands a
  recount*) is the rule's content, no request anyone made; a resolution's or a person's call keeps its REQUEST;
- a text told passed (*the motion was adopted, with 140 members supporting it*) tells a vote, so the ballot
  verbs beside it are the roll call, no SUPPORT or REJECT;
- people named as patients flown anywhere (*victims were airlifted to Brenholt*) are taken for care, no AID;
- talking *about* a topic (*we are talking about a small lake*) is speech on it, no consultation: CONSULT
  needs a party talked *to* or *with* (the phrase table's rows).
"""

from __future__ import annotations

import pytest
from event_helpers import read_on, type_with_word, types_of, with_word

import newsprism

pytestmark = pytest.mark.slow

_read = read_on("2034-09-22")


@pytest.mark.parametrize("text, word, kind", [
    pytest.param("The suspect, who was arrested in Sundria, sent his cousin videos of the bombing.", "sent", None,
                 id="rule-videos-sent-no-aid"),
    pytest.param("Officials in Darnow sent out the ballots on Monday.", "sent", None, id="rule-ballots-sent-no-aid"),
    pytest.param("The ministry provided detailed information to the committee.", "provided", None,
                 id="rule-information-provided-no-aid"),
    pytest.param("Tarvo sent food and medicine to the flooded province on Monday.", "sent", "AID",
                 id="guard-goods-sent-aid"),
    pytest.param("The agency provided shelter to 4,000 families.", "provided", "AID", id="guard-services-provided-aid"),
])
def test_only_goods_and_services_given_are_aid(pipeline: newsprism.Pipeline, text: str, word: str,
                                               kind: str | None) -> None:
    assert type_with_word(_read(pipeline, text), word) == kind


def test_term_served_after_the_act_in_its_sentence_makes_it_historical(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "Tomas Erlan, a former port director, died on Sunday. He was afterwards convicted "
                              "of smuggling timber and served four years.")
    convicted = with_word(article, "convicted")
    assert convicted is not None and convicted.time_relation == "historical"


def test_conviction_and_sentence_of_today_stay_current(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "A court in Tarvo convicted Ivo Marr of fraud on Monday and sentenced him to two "
                              "years in prison.")
    convicted = with_word(article, "convicted")
    assert convicted is not None and convicted.time_relation == "current"


@pytest.mark.parametrize("text, is_request", [
    pytest.param("Tarvo keeps 4,000 troops in reserve, and the Kessa Defence Alliance's guidelines call for a reserve "
                 "of 6,000.", False, id="rule-guidelines-call-for-no-request"),
    pytest.param("\"Our Constitution demands a recount when a vote is tied,\" Marren said.", False,
                 id="rule-constitution-demands-no-request"),
    pytest.param("The UN resolution calls for an immediate ceasefire in Kessa.", True, id="guard-resolution-calls-for"),
    pytest.param("Sundria's president called for higher defence spending on Monday.", True,
                 id="guard-person-called-for"),
    pytest.param("The opposition calls for new elections.", True, id="guard-body-calls-for-present"),
])
def test_a_standing_texts_demand_is_no_request(pipeline: newsprism.Pipeline, text: str, is_request: bool) -> None:
    article = _read(pipeline, text)
    assert bool([e for e in article.events if e.type == "REQUEST"]) == is_request, types_of(article)


@pytest.mark.parametrize("text", [
    "The motion was adopted on Tuesday, with 140 Unity members supporting it and 96 Liberals opposing it.",
    "The motion was adopted on Tuesday, with the Greens opposing it.",
])
def test_ballot_verbs_beside_a_text_passed_are_the_roll_call(pipeline: newsprism.Pipeline, text: str) -> None:
    article = _read(pipeline, text)
    assert not [e for e in article.events if e.type in {"SUPPORT", "REJECT"}], types_of(article)


def test_a_stance_on_a_resolution_with_no_vote_told_is_kept(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "Sundria will support the resolution, its envoy said.")
    assert with_word(article, "support") is not None


@pytest.mark.parametrize("text, word, kind", [
    pytest.param("Some victims were airlifted to nearby Brenholt.", "airlifted", None, id="rule-patients-flown-no-aid"),
    pytest.param("Tarvo airlifted 40 tonnes of food to Brenholt.", "airlifted", "AID", id="guard-goods-flown-aid"),
    pytest.param("Rebels abducted the victims to Orvel.", "abducted", "ASSAULT", id="guard-victims-abducted-assault"),
])
def test_patients_flown_anywhere_are_no_aid(pipeline: newsprism.Pipeline, text: str, word: str,
                                            kind: str | None) -> None:
    assert type_with_word(_read(pipeline, text), word) == kind


@pytest.mark.parametrize("text, consult", [
    pytest.param("In this film we are talking about a small lake and the birds on it.", False,
                 id="rule-talking-about-a-topic"),
    pytest.param("Orla Vint also talked about the new ferry timetable for Brenholt.", False,
                 id="rule-talked-about-a-topic"),
    pytest.param("Marren talked to the Sundria envoy on Monday about the border.", True, id="guard-talked-to"),
    pytest.param("Marren talked with the envoy about the border on Monday.", True, id="guard-talked-with"),
    pytest.param("The foreign ministers of Tarvo and Sundria talked on Monday.", True, id="guard-plural-talked"),
])
def test_talking_about_a_topic_is_no_consultation(pipeline: newsprism.Pipeline, text: str, consult: bool) -> None:
    article = _read(pipeline, text)
    assert bool([e for e in article.events if e.type == "CONSULT"]) == consult, types_of(article)
