"""Time and dates the surrounding story tells (issue #5): background placed before another act of
the story, a time frame pointing back to an event told before, dates carried by a possessive.
Invented sentences (none from the benchmark's articles); each test fails without its rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsprism
from newsprism.extract.build import build_article
from newsprism.model import Article, Event, PublishedDate

pytestmark = pytest.mark.slow

Analyze = Callable[[str], Article]


def _dated(pipeline: newsprism.Pipeline, paragraphs: list[str], published: str = "2027-03-10") -> Article:
    article = build_article(paragraphs, published=PublishedDate(value=published, precision="day", source="label"))
    return pipeline.apply(article, pipeline.nlp(article.text))


def _event(article: Article, trigger: str) -> Event:
    return next(e for e in article.events if e.trigger.text == trigger)


@pytest.mark.parametrize(("text", "trigger", "want"), [
    # A past act measured back from the story's now by days or more is background ...
    ("Two months after soldiers shelled the market, the town's council is still without funds.",
     "shelled", "historical"),
    ("Ten days after rebels kidnapped the engineers, their employer is negotiating with the kidnappers.",
     "kidnapped", "historical"),
    # ... and so is a past act measured before a later act of the story.
    ("The two reporters were arrested by police in the weeks before the strike.", "arrested", "historical"),
    ("The colonel was detained three weeks before the coup.", "detained", "historical"),
    ("The colonel was detained a day before the coup.", "detained", "current"),
    # An act a period starts from, under a perfect, is background; so is an event noun after either.
    ("The mine has stayed closed since guards shot three strikers.", "shot", "historical"),
    ("The town has been under curfew since the killing of two protesters by police.", "killing", "historical"),
    ("Two months after the police raid on the office, no one has been charged.", "raid", "historical"),
    # Without a measured span, two acts told together are the same news.
    ("Police arrested the driver after he attacked a guard.", "attacked", "current"),
    ("Police arrested the driver before he attacked a guard.", "arrested", "current"),
    # A duration is no span between two acts.
    ("The rebels held the town for two weeks after they captured it.", "captured", "current"),
])
def test_an_act_placed_before_another_is_background(analyze_text: Analyze, text: str, trigger: str,
                                                    want: str) -> None:
    assert _event(analyze_text(text), trigger).time_relation == want


def test_an_anaphoric_event_frame_takes_the_time_of_the_event_it_points_back_to(
        pipeline: newsprism.Pipeline) -> None:
    # The first paragraph tells a 2019 riot; "in that incident" puts the beating there, years back.
    old = _dated(pipeline, ["A court on Monday jailed a former guard over a riot at the Lenk prison in May 2019.",
                            "In that incident, the guard beat two inmates with a baton."])
    assert _event(old, "beat").time_relation == "historical"
    # Pointing back to this week's news, the act is this week's.
    recent = _dated(pipeline, ["A court on Monday jailed a former guard over a riot at the Lenk prison on March 2.",
                               "In that incident, the guard beat two inmates with a baton."])
    assert _event(recent, "beat").time_relation == "current"


def test_a_gerund_of_means_takes_the_time_of_its_dated_clause(pipeline: newsprism.Pipeline) -> None:
    article = _dated(pipeline, ["In 2019 the militia seized the dam, and the government responded by expelling "
                                "three diplomats."])
    assert _event(article, "expelling three diplomats").time_relation == "historical"


@pytest.mark.parametrize(("text", "want"), [
    ("The union has threatened to strike before.", "historical"),
    ("The union has threatened to strike.", "current"),
])
def test_an_occasion_adverb_on_the_infinitive_dates_the_threat(analyze_text: Analyze, text: str, want: str) -> None:
    assert _event(analyze_text(text), "threatened").time_relation == want


@pytest.mark.parametrize(("text", "trigger", "want"), [
    # A possessive date dates its noun, and an act done to or at that noun ...
    ("Police detained 40 people at Saturday's march.", "march", "2027-03-06"),
    ("Police detained 40 people at Saturday's march.", "detained", "2027-03-06"),
    # ... not an act the noun is only nested under through another noun.
    ("The government will not recognise the outcome of next month's referendum.", "recognise", None),
])
def test_a_possessive_date_dates_its_noun(pipeline: newsprism.Pipeline, text: str, trigger: str,
                                         want: str | None) -> None:
    event = _event(_dated(pipeline, [text]), trigger)
    assert (event.date.value if event.date else None) == want


def _parties(article: Article, trigger: str) -> tuple[list[str], list[str]]:
    event = _event(article, trigger)
    return [p.span.text for p in event.actors], [p.span.text for p in event.recipients]


@pytest.mark.parametrize(("text", "trigger", "want"), [
    # A vehicle stands for the people in it: as the actor when no operator is named ...
    ("An unmarked patrol boat rammed a ferry near the cape.", "rammed", (["patrol boat"], ["ferry"])),
    ("A drone struck a fuel convoy near the pass.", "struck", (["drone"], ["fuel convoy"])),
    # ... and as the recipient of an act on it.
    ("Customs officers seized three freighters in the bay.", "seized", (["Customs officers"], ["three freighters"])),
])
def test_a_vehicle_stands_for_its_people(analyze_text: Analyze, text: str, trigger: str,
                                         want: tuple[list[str], list[str]]) -> None:
    actors, recipients = _parties(analyze_text(text), trigger)
    assert all(any(w in a for a in actors) for w in want[0]) and recipients == want[1]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Rioters torched buses and looted shops near the stadium.", "torched"),  # property, no one in it
    ("Farmers blocked the motorway with their tractors and trucks.", "blocked"),  # the means, not a target
])
def test_a_vehicle_used_or_destroyed_is_no_recipient(analyze_text: Analyze, text: str, trigger: str) -> None:
    assert not any(w in r for r in _parties(analyze_text(text), trigger)[1] for w in ("bus", "truck"))


def test_an_event_noun_takes_the_tense_of_its_verb(pipeline: newsprism.Pipeline) -> None:
    # "survived an attack": the noun has no tense; its verb, dated years back, places it.
    article = _dated(pipeline, ["In 2019 the town survived a militia attack that left six soldiers dead."])
    assert _event(article, "attack").time_relation == "historical"


def test_that_day_is_the_point_the_sentence_named_before(pipeline: newsprism.Pipeline) -> None:
    article = _dated(pipeline, ["On Monday, the ministry released a statement saying an attack that day on a "
                                "police station had wounded four officers."])
    date = _event(article, "attack").date
    assert date is not None and (date.value, date.precision) == ("2027-03-08", "day")


@pytest.mark.parametrize(("text", "want"), [
    # An act told in the progressive under a dated saying is in progress when said ...
    ("The senator announced on Monday she was endorsing the governor.", "2027-03-08"),
    # ... a perfect puts it before the saying, with no date of its own.
    ("The senator announced on Monday she had endorsed the governor.", None),
])
def test_a_saying_dates_its_progressive_content(pipeline: newsprism.Pipeline, text: str, want: str | None) -> None:
    event = next(e for e in _dated(pipeline, [text]).events if e.trigger.text.startswith("endors"))
    assert (event.date.value if event.date else None) == want
