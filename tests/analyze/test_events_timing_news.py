"""Event time on news prose (issue #5, ``events/timing.py``): a weekday in a clause that looks
ahead is the next one, and a negated past-ability modal states a fact, not a supposition."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

import pytest
from event_helpers import first
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.analyze.events import EventStage
from newsprism.analyze.language import load_nlp
from newsprism.model import Article, Event, PublishedDate

Analyze = Callable[[str], Article]

pytestmark = pytest.mark.slow


def _dated(text: str, published: str) -> tuple[Event, ...]:
    from newsprism.extract.build import build_article

    article: Article = replace(build_article([text]), published=PublishedDate(value=published, precision="day",
                                                                                 source="test"))
    from newsprism.analyze.entities import EntityMentions

    doc = load_nlp(None)(article.text)
    return EventStage()(EntityMentions()(article, doc), doc).events


def test_a_weekday_in_a_future_clause_is_the_next_one() -> None:
    # 2019-02-09 is a Saturday: the coming Tuesday is the 12th, the last one the 5th.
    events = _dated("The president will meet the opposition leader on Tuesday.", "2019-02-09")
    assert [(e.date.value, e.time_relation) for e in events if e.date] == [("2019-02-12", "future")]


def test_the_date_reads_the_lexicon_the_stage_was_given() -> None:
    # Without *will* among its future auxiliaries this lexicon sees no look-ahead, so Tuesday is
    # the last one: the date resolver once loaded its own lexicon and said the 12th whatever it was given.
    from newsprism.analyze.entities import EntityMentions
    from newsprism.analyze.events import extract_events
    from newsprism.analyze.events.lexicon import load_lexicon
    from newsprism.extract.build import build_article

    english = load_lexicon("en")
    lexicon = replace(english, words={**english.words, "future_aux": english.words["future_aux"] - {"will"}})
    article: Article = replace(build_article(["The president will meet the opposition leader on Tuesday."]),
                               published=PublishedDate(value="2019-02-09", precision="day", source="test"))
    doc = load_nlp(None)(article.text)
    events = extract_events(EntityMentions()(article, doc), doc, lexicon=lexicon)
    assert [e.date.value for e in events if e.date] == ["2019-02-05"]


def test_a_weekday_after_a_plan_is_the_next_one() -> None:
    events = _dated("The commission is scheduled to discuss the complaint with party leaders on Monday.",
                    "2019-02-09")
    assert [e.date.value for e in events if e.date] == ["2019-02-11"]


def test_a_weekday_in_a_past_clause_is_the_last_one() -> None:
    events = _dated("The minister met the envoy on Tuesday.", "2019-02-09")
    assert [e.date.value for e in events if e.date] == ["2019-02-05"]


def test_could_not_states_a_failure(analyze_text: Analyze) -> None:
    event = first(analyze_text("The president and the previous Congress could not reach an agreement about "
                               "the budget."), "AGREE")
    assert (event.time_relation, event.negated) == ("current", True)


def test_could_without_negation_stays_hypothetical(analyze_text: Analyze) -> None:
    event = first(analyze_text("The two sides could reach an agreement next week."), "AGREE")
    assert event.time_relation == "hypothetical"


def test_could_not_under_a_condition_stays_hypothetical(analyze_text: Analyze) -> None:
    event = first(analyze_text("If the talks fail, the rebels could not accept the deal."), "CONCEDE")
    assert event.time_relation == "hypothetical"


def test_a_weekday_in_a_reported_future_is_the_next_one() -> None:
    # (a meeting between parties: a chamber meeting as itself is no event since the E14 round)
    events = _dated("The minister announced she would meet the envoy on Monday.", "2020-01-02")
    assert [e.date.value for e in events if e.date] == ["2020-01-06"]


def test_the_papers_own_weekday_is_the_publication_day() -> None:
    events = _dated("The leaders of Greece and Cyprus signed an accord on Thursday.", "2020-01-02")
    assert [e.date.value for e in events if e.date] == ["2020-01-02"]


@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31)),
       st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
       st.booleans())
@settings(max_examples=40, deadline=None)
def test_a_weekday_is_within_a_week_on_the_side_the_clause_looks(day: date, weekday: str, ahead: bool) -> None:
    from newsprism.analyze.events.dates import normalise_date

    base = datetime(day.year, day.month, day.day)
    found = normalise_date(weekday, base, ahead=ahead)
    assert found is not None and found[1] == "day"
    resolved = datetime.strptime(found[0], "%Y-%m-%d")
    assert resolved.strftime("%A") == weekday
    gap = (resolved - base).days
    assert (0 <= gap < 7) if ahead else (-7 < gap <= 0)


def test_a_reported_past_perfect_is_the_news_not_background(analyze_text: Analyze) -> None:
    event = first(analyze_text("A spokesman for the governor said the raid had killed twelve villagers."), "ASSAULT")
    assert event.time_relation == "current"
    background = first(analyze_text("The senator had previously opposed the treaty."), "REJECT")
    assert background.time_relation == "historical"


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Two years ago, militia fighters attacked the border post.", "historical"),
        ("Some 4,000 peacekeepers remain in the region, 12 years after the army invaded it.", "historical"),
        ("Three days ago, militia fighters attacked the border post.", "current"),
        ("The port, which dockers have tried to blockade all week, reopened on Friday.", "current"),
    ],
)
def test_spans_of_years_and_attempts_without_an_article_date(analyze_text: Analyze, text: str, relation: str) -> None:
    """*years ago* / *years after* are background even when no date resolves; a made attempt happened."""
    event = next(e for e in analyze_text(text).events if e.type in {"ASSAULT", "PROTEST"})
    assert event.time_relation == relation
