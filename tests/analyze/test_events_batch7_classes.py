"""Error classes events_articles batch 7 showed after its first run (issue #5; batch 7 is in-sample
for them from this round on): a fine missed, observers and an office not read as actors, a won
count of seats or an accepted resignation read as an act, a past act dated only by an earlier month
read as current. Invented sentences (none from the benchmark's articles); each test fails without
its rule or lexicon entry."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, read_dated

import newsprism
from newsprism.analyze.events.lexicon import load_lexicon
from newsprism.analyze.events.readings import procedure_object
from newsprism.model import Article

pytestmark = pytest.mark.slow


def _read(pipeline: newsprism.Pipeline, text: str, published: str = "2028-06-21") -> Article:
    return read_dated(pipeline, text, published)


def test_a_fine_is_a_sanction(pipeline: newsprism.Pipeline) -> None:
    # PLOVER's gold codes penalties a body imposes on a party as SANCTION (the CAMEO list's
    # "executive" COERCE reading never held without its context).
    event = by_trigger(_read(pipeline, "The broadcasting regulator fined two television channels for airing "
                                       "unverified claims."), "fined")
    assert event is not None and event.type == "SANCTION"


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("International monitors criticised the interior ministry for closing polling stations early.",
     "criticised", "ACCUSE"),
    ("The ombudsman's office opened an inquiry into the tender for school buses.", "opened", "ACCUSE"),
])
def test_monitors_and_an_office_act(pipeline: newsprism.Pipeline, text: str, trigger: str, kind: str) -> None:
    event = by_trigger(_read(pipeline, text), trigger)
    assert event is not None and event.type == kind


@pytest.mark.parametrize(("text", "trigger"), [
    # PLOVER codes no election result, and accepting a resignation is paperwork: the resignation
    # itself is the event (RETREAT).
    ("The Farmers' League won 31 of the 120 seats in Sunday's parliamentary poll in Ostra.", "won"),
    # *win* has no reading today, so this case holds without its rule too: test_a_contest_won_is_procedure fails
    ("The Farmers' League won the election in a landslide.", "won"),
    ("The governor accepted the resignation of her chief of staff.", "accepted"),
    # retiring from an office or taking one is a career step, no relation between actors
    ("The general retired from the army last year.", "retired"),
    ("Shortly before the president took office, the treasury froze the accounts.", "took"),
    # a rule's permission with a subject any party fills (rule_quantifiers: *either*)
    ("Under the truce, either side may request an inquiry by the observers.", "request"),
])
def test_no_relation_between_parties_is_no_event(pipeline: newsprism.Pipeline, text: str, trigger: str) -> None:
    """A contest won, a resignation accepted, a career step, a rule's permission: none acts on a party."""
    assert by_trigger(_read(pipeline, text), trigger) is None


@pytest.mark.parametrize("text", [
    "The Farmers' League won 31 of the 120 seats in Sunday's parliamentary poll in Ostra.",  # a partitive count
    "The Farmers' League won the election in a landslide.",
])
def test_a_contest_won_is_procedure(pipeline: newsprism.Pipeline, text: str) -> None:
    # *win* has no reading of its own today, so the end-to-end case above holds without the rule as
    # well; the contest rule's own decision is what can fail (and what keeps a future reading out)
    won = next(t for t in pipeline.nlp(text) if t.text == "won")
    assert procedure_object(won, "win", load_lexicon("en"))


def test_a_past_act_dated_by_an_earlier_month_is_background(pipeline: newsprism.Pipeline) -> None:
    # A June story: the news is dated by its day; an act told with an earlier month is background.
    article = _read(pipeline, "The election commission fined the Farmers' League 9,000 crowns in April.")
    event = by_trigger(article, "fined")
    assert event is not None and event.time_relation == "historical"


def test_a_past_act_dated_by_this_month_stays_current(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "Riot police detained forty students in June.")
    event = by_trigger(article, "detained")
    assert event is not None and event.time_relation == "current"


def test_a_past_act_over_a_range_of_earlier_years_is_background(pipeline: newsprism.Pipeline) -> None:
    # The date normaliser leaves a range undated; its years still place the act before the story,
    # also when the parser hangs the range on the object.
    article = _read(pipeline, "A report from May noted that customs officers confiscated 40 rifles, nine "
                              "pistols and two grenades between 2014 and 2019.")
    event = by_trigger(article, "confiscated")
    assert event is not None and event.time_relation == "historical"


@pytest.mark.parametrize("text", [
    "Three mayors challenged the decree in court on Monday.",
    "The Green Party will contest the ban in court.",
])
def test_a_challenge_in_court_is_an_accusation(pipeline: newsprism.Pipeline, text: str) -> None:
    # PLOVER's ACCUSE covers suing and bringing to court; the parser hangs *in court* on the object.
    events = _read(pipeline, text).events
    assert [e.type for e in events] == ["ACCUSE"]


@pytest.mark.parametrize(("text", "trigger", "want"), [
    ("The envoy met rebel leaders on Monday. Last week a truck bomb in the capital killed nine soldiers.",
     "killed", "historical"),
    ("The former mayor was sentenced last week.", "sentenced", "historical"),
    # the story's own week stays current
    ("Riot police detained the strike leaders this week.", "detained", "current"),
])
def test_an_act_of_last_week_is_background(pipeline: newsprism.Pipeline, text: str, trigger: str,
                                           want: str) -> None:
    event = by_trigger(_read(pipeline, text), trigger)
    assert event is not None and event.time_relation == want


@pytest.mark.parametrize(("text", "trigger"), [
    ("The new premier told supporters she would cut taxes and promised to review the arms deals signed by the "
     "old cabinet.", "promised"),
    ("The minister pledged to consider the farmers' demands.", "pledged"),
])
def test_a_promise_to_review_agrees_to_nothing(pipeline: newsprism.Pipeline, text: str, trigger: str) -> None:
    # PLOVER's AGREE is agreeing to act; promising to look at a matter commits to no act on anyone.
    assert by_trigger(_read(pipeline, text), trigger) is None


def test_an_agreement_named_as_a_thing_is_no_event(pipeline: newsprism.Pipeline) -> None:
    # the truce is what was breached, not an act of this story; a truce that collapses stays one
    breached = _read(pipeline, "At least three villagers were killed when rockets hit a school in the frontier "
                               "village of Drava on Monday night, police said, the worst violation of the truce "
                               "between Ostra and the Velm Federation since it took effect in June.")
    assert by_trigger(breached, "truce") is None
    collapsed = _read(pipeline, "The truce between Ostra and Velm collapsed on Monday.")
    assert by_trigger(collapsed, "truce") is not None
