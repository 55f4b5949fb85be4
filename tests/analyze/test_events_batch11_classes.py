"""Error classes events_articles batch 11 showed in its first run (issue #5; batch 11 is in-sample for
them from the E15 round on): a crowd's violence on people read as a riot, a prison sentence read as
COERCE, a part of a period (*late last year*) left undated, a shared *last week* frame not reaching a
second conjunct, an expulsion from a party read as a deportation, a want of one's own act read as the
act, a claim that another party acted missed as an allegation, and a concession told in a relative
clause (*measures, which the government dropped*) missed. Invented sentences (none from the
benchmark's articles); each rule has cases that fail on the round's starting code, the rest guard
the readings each rule must leave alone."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, read_dated

import newsprism
from newsprism.analyze.events.extract import find_candidates
from newsprism.analyze.events.lexicon import load_lexicon
from newsprism.model import Article

pytestmark = pytest.mark.slow


def _read(pipeline: newsprism.Pipeline, text: str, published: str = "2029-03-20") -> Article:
    return read_dated(pipeline, text, published)


def _events(article: Article) -> list[tuple[str, str, str]]:
    return [(e.type, e.trigger.text, e.time_relation) for e in article.events]


@pytest.mark.parametrize(("text", "verb"), [
    # an ASSAULT verb by protesters keeps ASSAULT with a recipient that is people, or a two-sided fight
    ("Hundreds of demonstrators clashed with riot police outside the ministry.", "clashed"),
    ("The protesters threw stones at the officers guarding the gate.", "threw"),
    ("Rioters attacked three journalists near the square on Sunday.", "attacked"),
])
def test_a_crowds_violence_on_people_is_assault(pipeline: newsprism.Pipeline, text: str, verb: str) -> None:
    event = by_trigger(_read(pipeline, text), verb)
    assert event is not None and event.type == "ASSAULT", text


@pytest.mark.parametrize(("text", "verb"), [
    ("Demonstrators rioted in the old town for a second night.", "rioted"),
    ("Protesters attacked several shops on the main avenue.", "attacked"),
])
def test_a_crowds_undirected_violence_stays_a_riot(pipeline: newsprism.Pipeline, text: str, verb: str) -> None:
    event = by_trigger(_read(pipeline, text), verb)
    assert event is not None and event.type == "PROTEST" and event.mode == "riot", _events(_read(pipeline, text))


@pytest.mark.parametrize("text", [
    "A court in Helmsby sentenced the union organiser to four years in prison.",
    "The former governor was sentenced to nine months in jail for fraud.",
])
def test_a_prison_sentence_is_a_conviction(pipeline: newsprism.Pipeline, text: str) -> None:
    event = by_trigger(_read(pipeline, text), "sentenced")
    assert event is not None and (event.type, event.mode) == ("SANCTION", "convict"), text


@pytest.mark.parametrize(("text", "value"), [
    ("Late last year a blogger was sentenced to six years in prison.", "2028"),
    ("In early February the navy seized two fishing boats.", "2029-02"),
])
def test_a_part_of_a_period_dates_the_event(pipeline: newsprism.Pipeline, text: str, value: str) -> None:
    article = _read(pipeline, text)
    event = article.events[0] if article.events else None
    assert event is not None and event.date is not None and event.date.value == value, _events(article)
    assert event.time_relation == "historical"


def test_a_shared_last_week_frame_reaches_the_second_conjunct(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "Last week a bomb attack on a market in Orne killed six and wounded dozens.")
    wounded = by_trigger(article, "wounded")
    assert wounded is not None and wounded.time_relation == "historical", _events(article)


def test_a_conjunct_with_its_own_subject_keeps_its_own_time(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "Last week the army shelled the port and the rebels attacked a convoy.")
    attacked = by_trigger(article, "attacked")
    assert attacked is not None and attacked.time_relation == "current", _events(article)


def test_an_expulsion_from_a_party_is_a_sanction(pipeline: newsprism.Pipeline) -> None:
    event = by_trigger(_read(pipeline, "Party leader Ines Varga expelled two rebel deputies from the party on Monday."),
                       "expelled")
    assert event is not None and (event.type, event.mode) == ("SANCTION", "expel")


def test_a_deportation_stays_coerce(pipeline: newsprism.Pipeline) -> None:
    event = by_trigger(_read(pipeline, "The interior ministry expelled two foreign reporters on Monday."),
                       "expelled")
    assert event is not None and event.type == "COERCE"


@pytest.mark.parametrize("text", [
    "The junta wants to shut out foreign monitors from the count.",
    "The governor wishes to expel the striking teachers from the capital.",
])
def test_wanting_to_act_oneself_is_no_act(pipeline: newsprism.Pipeline, text: str) -> None:
    article = _read(pipeline, text)
    assert not article.events, _events(article)
    # the aim rule decides at the candidate step (neither the want nor the wanted act is a trigger); a
    # later step drops some of these without it, so only this assertion fails when the rule is off
    candidates = find_candidates(pipeline.nlp(text), load_lexicon("en"))
    assert not candidates, [(c.cue.type, c.head.text) for c in candidates]


def test_wanting_another_party_to_act_stays_a_request(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "The miners want the company to reopen the northern shaft.")
    assert [e.type for e in article.events] == ["REQUEST"], _events(article)


def test_a_claim_that_another_party_acted_is_an_allegation(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "Farmers' leaders claimed the border guards had beaten two drivers.")
    claimed = by_trigger(article, "claimed")
    assert claimed is not None and (claimed.type, claimed.mode) == ("ACCUSE", "allege"), _events(article)
    assert by_trigger(article, "beaten") is not None  # the claimed act stays, the claimer's report


@pytest.mark.parametrize("text", [
    "The mayor claimed she had never met the developer.",
    "The rebels claimed they had taken the airport.",
    "The ruling party claimed victory in the northern districts.",
])
def test_a_claim_of_ones_own_act_or_of_no_act_is_no_allegation(pipeline: newsprism.Pipeline, text: str) -> None:
    claimed = by_trigger(_read(pipeline, text), "claimed")
    assert claimed is None


@pytest.mark.parametrize("text", [
    "The council announced new parking restrictions, which it dropped after a week of complaints.",
    "Ministers unveiled a curfew plan, which the cabinet dropped on Friday.",
])
def test_a_concession_told_in_a_relative_clause(pipeline: newsprism.Pipeline, text: str) -> None:
    dropped = by_trigger(_read(pipeline, text), "dropped")
    assert dropped is not None and dropped.type == "CONCEDE", _events(_read(pipeline, text))


def test_a_relative_clause_on_a_non_concession_object_stays_no_event(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "She thanked the volunteers, whose numbers dropped sharply after the flood.")
    assert by_trigger(article, "dropped") is None, _events(article)
