"""Error classes events_articles batch 13 showed in its first run (issue #5; batch 13 is in-sample for
them from the E20 round on). Invented sentences (none from the benchmark's articles); each rule has
cases that fail on the round's starting code, the rest guard the readings it must leave alone.

- lawmaking is no relation between parties: a chamber passing a bill, a bill sent to a chamber, a
  term cut by years (PLOVER codes acts of one actor on another; the labels since batch 5 code a
  legislature passing a law as no event);
- a body's vote *to* act is coded on the act, from the vote (*voted to hold X in contempt*);
- a contempt citation is a SANCTION (the labels' convention: a censure with penalties, the
  manual's ``convict`` mode of a legally constituted body), and a participle on a class of people
  (*those held in contempt*) is no act;
- a year that names a thing (*the 2030 census*) does not date an act done about it; a span of years
  up to the story (*over the past six years*) makes its act background; an aside participle
  (*..., stemming from ..., in 2019*) does not take the verb's date away.
"""

from __future__ import annotations

import pytest
from event_helpers import read_dated
from event_helpers import with_word as _with_word

import newsprism
from newsprism.model import Article

pytestmark = pytest.mark.slow

_PUBLISHED = "2029-05-14"


def _read(pipeline: newsprism.Pipeline, text: str) -> Article:
    return read_dated(pipeline, text, _PUBLISHED)


@pytest.mark.parametrize("text", [
    "The regional assembly voted to hold the transport minister, Ivo Grent, in contempt on Tuesday.",
    "Lawmakers voted to hold the broadcaster's chairman in contempt after he ignored two summonses.",
])
def test_a_vote_to_hold_in_contempt_is_one_sanction_from_the_vote(pipeline: newsprism.Pipeline, text: str) -> None:
    article = _read(pipeline, text)
    event = _with_word(article, "hold")
    assert event is not None and event.type == "SANCTION", [(e.type, e.trigger.text) for e in article.events]
    assert event.trigger.text.startswith("voted to hold")
    assert not [e for e in article.events if e.trigger.text == "voted"]  # no second event on the vote


def test_an_earlier_contempt_citation_is_background_dated_by_its_year(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "A former interior minister was held in contempt in 2015 for refusing to testify.")
    event = _with_word(article, "contempt")
    assert event is not None and event.type == "SANCTION"
    assert event.time_relation == "historical"
    assert event.date is not None and event.date.value == "2015"


def test_a_class_held_in_contempt_is_no_act(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "Prosecutors rarely charge those held in contempt of the assembly. "
                              "People held in contempt of the assembly lose their pensions.")
    assert not [e for e in article.events if e.type == "SANCTION"], [(e.type, e.trigger.text) for e in article.events]


@pytest.mark.parametrize("text", [
    "The senate approved a bill that legalises online betting.",
    "In 2026 the national congress approved legislation lowering the voting age.",
])
def test_a_chamber_passing_a_bill_is_no_event(pipeline: newsprism.Pipeline, text: str) -> None:
    article = _read(pipeline, text)
    assert _with_word(article, "approved") is None, [(e.type, e.trigger.text) for e in article.events]


def test_approving_another_partys_proposal_stays_support(pipeline: newsprism.Pipeline) -> None:
    event = _with_word(_read(pipeline, "The government approved the rebels' proposal for a truce."), "approved")
    assert event is not None and event.type == "SUPPORT"


@pytest.mark.parametrize(("text", "word"), [
    ("The prime minister said she would send a bill to parliament within a month.", "send"),
    ("The new president cut four years off the terms of supreme court judges.", "cut"),
])
def test_lawmaking_steps_are_no_event(pipeline: newsprism.Pipeline, text: str, word: str) -> None:
    article = _read(pipeline, text)
    assert _with_word(article, word) is None, [(e.type, e.trigger.text) for e in article.events]


def test_a_year_naming_a_thing_does_not_date_the_act(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "The mayor cited the agency's refusal to release records about the 2031 census.")
    event = _with_word(article, "refusal")
    assert event is not None and event.type == "REJECT"
    assert event.date is None and event.time_relation != "future"


def test_a_year_on_the_event_noun_still_dates_it(pipeline: newsprism.Pipeline) -> None:
    event = _with_word(_read(pipeline, "Opposition leaders recalled the 2016 blockade of the port."), "blockade")
    assert event is not None and event.date is not None and event.date.value == "2016"


@pytest.mark.parametrize(("text", "word"), [
    ("Police raided the 2026 party congress in Tarvik.", "raided"),
    ("During a 2026 visit to Belmar, the minister refused to meet the opposition.", "refused"),
])
def test_a_year_naming_the_acts_own_object_or_frame_dates_it(pipeline: newsprism.Pipeline, text: str,
                                                             word: str) -> None:
    event = _with_word(_read(pipeline, text), word)
    assert event is not None and event.date is not None and event.date.value == "2026"


def test_a_span_of_years_up_to_the_story_is_background(pipeline: newsprism.Pipeline) -> None:
    long = _with_word(_read(pipeline, "The two unions have negotiated the contract over the past six years."),
                      "negotiated")
    short = _with_word(_read(pipeline, "The two unions have negotiated the contract over the past week."),
                       "negotiated")
    assert long is not None and long.time_relation == "historical"
    assert short is not None and short.time_relation == "current"


def test_an_aside_participle_does_not_take_the_verbs_date(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "The former governor was convicted of fraud, stemming from his years as a "
                              "councillor, in 2019.")
    event = _with_word(article, "convicted")
    assert event is not None and event.date is not None and event.date.value == "2019"
    assert event.time_relation == "historical"
