"""Error classes events_articles batch 4 left (issue #5): electoral and parliamentary procedure read
as events (a cancelled primary as a threat, a delegate won as a visit received), and a person's
record told in the perfect or the undated past read as the story's news. Invented sentences (none
from the benchmark's articles); each test fails without its rule."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, read_dated

import newsprism
from newsprism.model import Article


def _read(pipeline: newsprism.Pipeline, text: str, published: str = "2027-11-03") -> Article:
    return read_dated(pipeline, text, published)


_event = by_trigger


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger"), [
    ("The governing party cancelled its leadership primaries in four regions on Tuesday.", "cancelled"),
    ("Officials decided to cancel the primary in the south.", "cancel"),
    ("Senator Ilse Marr received the remaining delegate in the northern state.", "received"),
    ("The speaker suspended the session for an hour after shouting broke out.", "suspended"),
    ("The chamber passed the bill by 201 votes to 150.", "passed"),
    ("The commission postponed the runoff until June.", "postponed"),
    ("The former mayor announced he will not seek re-election next year.", "seek"),
])
def test_running_a_contest_or_moving_a_bill_is_no_event(pipeline: newsprism.Pipeline, text: str, trigger: str) -> None:
    assert _event(_read(pipeline, text), trigger) is None


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "kind"), [
    # the same verbs with an object of diplomacy keep their readings
    ("The government suspended talks with its neighbour.", "suspended", "SANCTION"),
    ("The president received the foreign minister in the capital on Tuesday.", "received", "CONSULT"),
    ("The rebels will seek talks with the government.", "seek", "REQUEST"),
])
def test_the_same_verbs_with_another_object_stay_events(
        pipeline: newsprism.Pipeline, text: str, trigger: str, kind: str) -> None:
    event = _event(_read(pipeline, text), trigger)
    assert event is not None and event.type == kind


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "relation"), [
    # a person's record in the perfect, framed by a life, a role or a count: background
    ("In his long career, the senator has met with dozens of foreign heads of state.", "met", "historical"),
    ("In his long career, the senator has met with dozens of heads of state and has negotiated three pacts.",
     "negotiated", "historical"),
    ("As governor since 2015, Harlan has pardoned forty prisoners.", "pardoned", "historical"),
    ("The union leader has twice sued the police over his treatment.", "sued", "historical"),
    # news in the perfect, with no frame of a life or a count: the story's now
    ("Police have arrested twelve protesters in the capital, officials said on Tuesday.", "arrested", "current"),
    ("The minister has met the envoy in Geneva, her office said.", "met", "current"),
    ("As a precaution, the army has closed the border crossing.", "closed", "current"),
    # a count in a simple past counts the shots or blows of one act, not occasions
    ("The officer drew his gun and fired twice at the crowd.", "fired", "current"),
])
def test_a_persons_record_in_the_perfect_is_background_and_news_in_it_current(
        pipeline: newsprism.Pipeline, text: str, trigger: str, relation: str) -> None:
    event = _event(_read(pipeline, text), trigger)
    assert event is not None and event.time_relation == relation


@pytest.mark.slow
def test_an_ordinal_day_points_back_to_the_occasion_told_before(pipeline: newsprism.Pipeline) -> None:
    text = ("The activist first staged a sit-in outside the ministry on March 3, 2019, when she was a student. "
            "She marched alone on the first day, but hundreds joined her within a week.")
    event = _event(_read(pipeline, text), "marched")
    assert event is not None and event.time_relation == "historical"
    # with the occasion told as today's, the first day is today's too
    today = _event(_read(pipeline, "The strike at the port began on Wednesday. Dockers marched alone on the "
                                   "first day."), "marched")
    assert today is not None and today.time_relation == "current"
