"""Events across a whole article (issue #5): re-tellings linked with ``same_as``, and time read
from the article (week words, *when* clauses, conditions, datelines, past adverbs, reported futures).

Every sentence here is written for this file; none comes from a benchmark article.
"""

from __future__ import annotations

from datetime import datetime

import pytest

import newsprism
from newsprism.analyze.events.dates import normalise_date
from newsprism.extract.build import build_article
from newsprism.jsonformat import article_from_dict, article_to_dict
from newsprism.model import Article, Event, PublishedDate

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dated(pipeline: newsprism.Pipeline):  # type: ignore[no-untyped-def]
    def run(text: str, published: str = "2026-02-11") -> Article:
        article = build_article(text.split("\n\n"),
                                published=PublishedDate(value=published, precision="day", source="test"))
        return pipeline.analyze(article)

    return run


def _by_word(article: Article, word: str) -> Event:
    found = [e for e in article.events if word in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in article.events]
    return found[0]


# --- re-tellings ---------------------------------------------------------------------------


def test_a_toll_told_as_participles_is_the_attack_again(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("Rebels shelled a market in Dorsa on Monday, killing four traders and wounding ten.")
    attack, killing = _by_word(article, "shelled"), _by_word(article, "killing")
    assert attack.same_as is None
    assert killing.same_as == attack.id


def test_a_named_force_detaining_the_same_man_later_is_one_arrest(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("A local councillor was arrested by the Harlow Constabulary on suspicion of fraud.\n\n"
                    "Neighbours said the Harlow Constabulary came at dawn and detained the councillor at home.")
    arrest, detention = _by_word(article, "arrested"), _by_word(article, "detained")
    assert detention.same_as == arrest.id


def test_someone_new_is_a_second_arrest_not_the_first_again(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("The Orvik Border Police arrested a 30-year-old driver at the crossing.\n\n"
                    "Hours later the Orvik Border Police arrested a 52-year-old farmer in a nearby village.")
    assert [e.same_as for e in article.events if e.type == "COERCE"] == [None, None]


def test_a_similar_event_years_ago_is_not_linked(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("Nurses marched through Kelby on Tuesday to demand safer staffing.\n\n"
                    "In 2015 a similar march through Kelby ended with dozens of arrests.")
    assert all(e.same_as is None for e in article.events)


def test_also_marks_a_further_act_not_the_same_one_again(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("Senator Ilse Brandt was praised by the farmers' federation.\n\n"
                    "Senator Ilse Brandt was also praised by the teachers' union.")
    praise = [e for e in article.events if "praised" in e.trigger.text]
    assert len(praise) == 2 and praise[1].same_as is None


def test_a_plural_set_of_acts_is_not_the_one_told_before(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("Rebels attacked an army post near Tarvo.\n\nThe four attacks on Tarvo have drawn criticism.")
    assert [e.same_as for e in article.events if e.type == "ASSAULT"] == [None, None]


def test_two_acts_in_one_sentence_stay_two_events(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("Soldiers shelled the village and bombed the bridge over the river.")
    assault = [e for e in article.events if e.type == "ASSAULT"]
    assert len(assault) == 2 and all(e.same_as is None for e in assault)


def test_same_as_survives_json(dated, validate) -> None:  # type: ignore[no-untyped-def]
    article = dated("Rebels shelled a market in Dorsa on Monday, killing four traders and wounding ten.")
    document = article_to_dict(article)
    validate(document)
    assert [e["same_as"] for e in document["events"]] == [e.same_as for e in article.events]
    assert article_from_dict(document).events == article.events


# --- time ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["last week", "next week", "this weekend"])
def test_a_week_names_no_day(text: str) -> None:
    assert normalise_date(text, datetime(2026, 2, 11)) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("last May", "2025-05"),      # in May's paper, a year ago
    ("last April", "2026-04"),
    ("next June", "2026-06"),
    ("next May", "2027-05"),
])
def test_last_and_next_month_names(text: str, expected: str) -> None:
    assert normalise_date(text, datetime(2026, 5, 20)) == (expected, "month")


def test_a_when_clause_on_a_year_dates_its_event(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("Sales have fallen every year since 2016, when the ministry banned the newspaper.")
    ban = _by_word(article, "banned")
    assert (ban.date.value if ban.date else None, ban.time_relation) == ("2016", "historical")


def test_a_when_clause_dates_the_main_clause(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("When the alliance took power in 2012, it promised to free every political prisoner.")
    promise = _by_word(article, "promised")
    assert (promise.date.value if promise.date else None, promise.time_relation) == ("2012", "historical")


def test_a_condition_does_not_take_the_main_clause_date(dated) -> None:  # type: ignore[no-untyped-def]
    # The condition's act must be coded for the test to say anything ("if the governor does not
    # release its fighters" gave no event, so an all() over it passed whatever the dates).
    article = dated("The militia will attack the depot on Sunday if the police arrest its commander.")
    arrest = [e for e in article.events if "arrest" in e.trigger.text]
    assert arrest and all(e.date is None for e in arrest)


def test_an_act_on_a_condition_is_hypothetical(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("The farmers' union will blockade the ports if the subsidy is cut.")
    assert [e.time_relation for e in article.events] == ["hypothetical"]


def test_a_reported_would_with_a_purpose_clause_is_future(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("The minister said the army would deploy two battalions to help the flood victims.")
    assert _by_word(article, "deploy").time_relation == "future"


def test_the_modal_of_a_saying_is_not_the_event_s(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated('The league said: "We would like to state that the league has always condemned racist abuse."')
    assert _by_word(article, "condemned").time_relation == "current"


def test_previously_makes_a_past_act_background(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("The former mayor had a long career. She was previously convicted of bribery by a city court.")
    assert _by_word(article, "convicted").time_relation == "historical"


def test_a_dateline_run_into_the_paragraph_does_not_date_its_events(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("Tuesday, March 3, 2026 On Sunday, thousands of teachers marched through Lerno.",
                    published="2026-03-03")
    assert [e.date.value for e in article.events if e.date] == ["2026-03-01"]


def test_a_lowercase_month_word_is_no_date() -> None:
    assert normalise_date("march", datetime(2026, 2, 11)) is None
    assert normalise_date("March", datetime(2026, 2, 11)) == ("2025-03", "month")  # the last March


def test_an_undated_act_told_inside_a_background_clause_is_background(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("The navy sealed the harbour in June 2019, after a clash in which two sailors were shot by "
                    "smugglers.")
    assert _by_word(article, "shot").time_relation == "historical"


# --- who asserts it ------------------------------------------------------------------------


def test_the_clause_a_mixed_quote_s_cue_reports_is_the_speaker_s(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated('The defence minister, Aron Falk, told reporters the army would withdraw its tanks from the '
                    'valley "without delay".')
    event = _by_word(article, "withdraw")
    quote = next(q for q in article.quotes if q.id == event.asserted_by)
    assert quote.speaker is not None and "Falk" in quote.speaker.name


@pytest.mark.parametrize("text", ["a decade", "the market", "two decades"])
def test_a_month_abbreviation_inside_a_word_is_no_date(text: str) -> None:
    assert normalise_date(text, datetime(2026, 2, 11)) is None


def test_a_day_hung_on_the_object_s_participle_dates_the_verb(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("Customs officers confiscated a shipment of ivory hidden in a container at the port of Mela "
                    "on Monday.")
    assert [e.date.value for e in article.events if e.date] == ["2026-02-09"]


def test_until_with_an_act_to_come_is_a_condition(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated('"We will keep the border closed until Karsland withdraws its troops," the minister said.')
    assert _by_word(article, "withdraws").time_relation == "hypothetical"


def test_until_with_a_past_act_is_a_fact(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("The activist stayed in a military prison until she was released by the army in 2019.")
    assert _by_word(article, "released").time_relation == "historical"


def test_a_first_person_polite_would_is_the_appeal_itself(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated('"I would urge every witness to contact the inquiry," the inspector said.')
    assert _by_word(article, "urge").time_relation == "current"


def test_since_after_a_superlative_is_no_date(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("Saturday's rally in Brenn was the biggest protest in the city since 2011.")
    assert all(e.date is None or e.date.value != "2011" for e in article.events)


def test_an_act_told_as_a_repeated_pattern_is_background(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("The envoy said the rebels had attacked the convoy routes repeatedly.")
    assert _by_word(article, "attacked").time_relation == "historical"


def test_the_plover_record_of_a_retelling_names_the_first_record(dated) -> None:  # type: ignore[no-untyped-def]
    from newsprism.analyze.events.plover import article_to_plover

    article = dated("Rebels shelled a market in Dorsa on Monday, killing four traders and wounding ten.")
    records = {r["event_text"][0]: r for r in article_to_plover(article)}
    assert records["shelled"]["same_as"] is None
    assert records["killing"]["same_as"] == records["shelled"]["id"]


def test_a_clause_about_a_dated_event_is_told_in_its_time(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("The movement organised the 2019 dock strike, and three of its organisers were arrested "
                    "by the police.")
    assert _by_word(article, "arrested").time_relation == "historical"


def test_every_link_points_back_at_a_first_mention_of_the_same_type(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("Troops raided the offices of the Daily Voice in Palm City on Tuesday, injuring six editors.\n\n"
                    "The raid lasted three hours. Officers seized computers and detained two more staff.\n\n"
                    "The Daily Voice was raided once before, in 2021, when soldiers arrested its founder.")
    by_id = {e.id: e for e in article.events}
    order = [e.id for e in article.events]
    assert any(e.same_as for e in article.events)
    # the 2021 raid is another raid, not this one told again
    assert all(e.same_as is None for e in article.events if e.date and e.date.value == "2021")
    for event in article.events:
        if event.same_as is None:
            continue
        first = by_id[event.same_as]
        assert first.same_as is None and first.type == event.type
        assert order.index(first.id) < order.index(event.id)


def test_since_dates_a_state_that_began_then(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("The minister would not recall the 500 police officers deployed along the coast since 2020.")
    deployed = _by_word(article, "deployed")
    assert (deployed.date.value if deployed.date else None, deployed.time_relation) == ("2020", "historical")


def test_until_names_when_it_ends_not_when_it_happened(dated) -> None:  # type: ignore[no-untyped-def]
    article = dated("A court in Vell released the union leader on bail till December.", published="2026-09-09")
    assert all(e.date is None for e in article.events)
