"""Error classes events_articles batch 16 showed in its first run (issue #5; batch 16 is in-sample for
them from the E24 round on). Invented sentences (none from the benchmark's articles); each rule has
cases that fail on the round's starting code, the rest guard the readings it must leave alone.

- background and generic words read as acts: an institution's remit in its title (*the court of appeal*),
  an event noun as the subject of a habitual present (*such summits usually focus on trade*), an
  inauguration's oath (*will be sworn into office*);
- a court declaring a government act unlawful rejects it (REJECT on the ruling verb, the author's: a ruling
  is an act, not a claim, even where the quotes stage reads its verb as a reporting cue);
- calling a thing by an evaluative label (*called the budget "lousy"*) is a denunciation (ACCUSE);
- what a place or an occasion is for (*a forum for states to talk*) and a present with a frequency adverb
  (*attack the convoys weekly*) are no acts done.
"""

from __future__ import annotations

import pytest
from event_helpers import read_on
from event_helpers import with_word as _with_word

import newsprism

pytestmark = pytest.mark.slow

_read = read_on("2033-02-09")


@pytest.mark.parametrize("text, word", [
    pytest.param("The Orvane Supreme Court is the last court of appeal for civil cases in Orvane and for criminal "
                 "cases in two of its provinces.", "appeal", id="rule-institution-title"),
    pytest.param("The miners took their case to the Velport court of appeal, which hears cases from three provinces.",
                 "appeal", id="rule-institution-title-relative"),
    pytest.param("Unlike the trade forum, Halvard summit meetings usually focus on border security.", "meetings",
                 id="rule-generic-event-noun"),
    pytest.param("Dana Korrin, who was sworn into office last year, chairs the Velport port board.", "sworn",
                 id="rule-sworn-into-office-no-threat"),
    # what a place or an occasion is for: no act done
    pytest.param("The Halvard forum began in 1980 as a place for coastal states to negotiate fishing quotas.",
                 "negotiate", id="rule-purpose-infinitive-place"),
    # no CONSULT with the purpose rule off too: talking *about* a topic is no consultation (batch 18's rule)
    pytest.param("The Halvard forum began in 1980 as a place for coastal states to talk about fishing.", "talk",
                 id="guard-purpose-place-talk-about-topic"),
    pytest.param("The council gave the strikers a chance to meet the mayor on Friday.", "meet",
                 id="rule-purpose-infinitive-occasion"),
    pytest.param("Brask militias attack the convoys weekly, the report said.", "attack",
                 id="rule-frequency-adverb-habitual"),
])
def test_background_or_generic_word_is_no_event(pipeline: newsprism.Pipeline, text: str, word: str) -> None:
    assert _with_word(_read(pipeline, text), word) is None


def test_appeal_lodged_is_kept(pipeline: newsprism.Pipeline) -> None:
    """Guard: an appeal made, beside a court of appeal, keeps its REQUEST (folded into *filed*)."""
    article = _read(pipeline, "The Orlen miners' union filed an appeal with the regional court of appeal.")
    assert [e.type for e in article.events] == ["REQUEST"]


def test_swore_revenge_is_kept(pipeline: newsprism.Pipeline) -> None:
    """Guard: an oath of revenge against a party stays a THREATEN."""
    event = _with_word(_read(pipeline, "The Brask militia swore to kill the Velport police chief."), "swore")
    assert event is not None and event.type == "THREATEN"


@pytest.mark.parametrize("text, word", [
    ("The Orvane constitutional court ruled on Monday that the emergency decree was unlawful.", "ruled"),
    ("A tribunal in Velport found the dismissals of the forty teachers to be illegal.", "found"),
])
def test_court_invalidation_is_reject(pipeline: newsprism.Pipeline, text: str, word: str) -> None:
    """REJECT on the ruling verb, the author's report of the court's act (not a quote's claim, even where
    the quotes stage makes the verb a reporting cue)."""
    event = _with_word(_read(pipeline, text), word)
    assert event is not None and event.type == "REJECT"
    assert event.asserted_by == "author"


def test_court_upholding_is_no_reject(pipeline: newsprism.Pipeline) -> None:
    """Guard: a ruling that the act was lawful rejects nothing."""
    event = _with_word(_read(pipeline, "The Orvane constitutional court ruled on Monday that the decree was lawful."),
                       "ruled")
    assert event is None or event.type != "REJECT"


@pytest.mark.parametrize("label, accuse", [
    pytest.param("lousy", True, id="rule-evaluative-label-is-accuse"),
    # a neutral label after the object condemns no one
    pytest.param("historic", False, id="guard-neutral-label-no-accuse"),
])
def test_label_after_the_object_is_accuse_when_evaluative(pipeline: newsprism.Pipeline, label: str,
                                                          accuse: bool) -> None:
    event = _with_word(_read(pipeline, f'Senator Ilse Marrow called the governor\'s budget plan "{label}" on Monday.'),
                       "called")
    assert (event is not None and event.type == "ACCUSE") == accuse


def test_planned_meeting_is_kept(pipeline: newsprism.Pipeline) -> None:
    """Guard: an infinitive on a verb (*agreed to meet*) is no purpose of a place."""
    article = _read(pipeline, "The mayor of Velport agreed on Friday to meet the striking dock workers.")
    assert article.events
