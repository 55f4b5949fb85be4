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
from event_helpers import read_dated
from event_helpers import with_word as _with_word

import newsprism
from newsprism.model import Article

pytestmark = pytest.mark.slow

_PUBLISHED = "2033-02-09"


def _read(pipeline: newsprism.Pipeline, text: str) -> Article:
    return read_dated(pipeline, text, _PUBLISHED)


@pytest.mark.parametrize("text, word", [
    ("The Orvane Supreme Court is the last court of appeal for civil cases in Orvane and for criminal cases in two of "
     "its provinces.", "appeal"),
    ("The miners took their case to the Velport court of appeal, which hears cases from three provinces.", "appeal"),
])
def test_institution_title_is_no_event(pipeline: newsprism.Pipeline, text: str, word: str) -> None:
    assert _with_word(_read(pipeline, text), word) is None


def test_appeal_lodged_is_kept(pipeline: newsprism.Pipeline) -> None:
    """Guard: an appeal made, beside a court of appeal, keeps its REQUEST (folded into *filed*)."""
    article = _read(pipeline, "The Orlen miners' union filed an appeal with the regional court of appeal.")
    assert [e.type for e in article.events] == ["REQUEST"]


def test_generic_event_noun_is_no_event(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "Unlike the trade forum, Halvard summit meetings usually focus on border security.")
    assert _with_word(article, "meetings") is None


def test_sworn_into_office_is_no_threat(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "Dana Korrin, who was sworn into office last year, chairs the Velport port board.")
    assert _with_word(article, "sworn") is None


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


def test_evaluative_label_is_accuse(pipeline: newsprism.Pipeline) -> None:
    event = _with_word(_read(pipeline, 'Senator Ilse Marrow called the governor\'s budget plan "lousy" on Monday.'),
                       "called")
    assert event is not None and event.type == "ACCUSE"


def test_neutral_label_is_no_accuse(pipeline: newsprism.Pipeline) -> None:
    """Guard: a neutral label after the object (*called the budget "historic"*) condemns no one."""
    event = _with_word(_read(pipeline, 'Senator Ilse Marrow called the governor\'s budget plan "historic" on Monday.'),
                       "called")
    assert event is None or event.type != "ACCUSE"


@pytest.mark.parametrize("text, word", [
    ("The Halvard forum began in 1980 as a place for coastal states to talk about fishing.", "talk"),
    ("The council gave the strikers a chance to meet the mayor on Friday.", "meet"),
])
def test_purpose_infinitive_is_no_event(pipeline: newsprism.Pipeline, text: str, word: str) -> None:
    """What a place or an occasion is for: no act done."""
    assert _with_word(_read(pipeline, text), word) is None


def test_frequency_adverb_is_habitual(pipeline: newsprism.Pipeline) -> None:
    assert _with_word(_read(pipeline, "Brask militias attack the convoys weekly, the report said."), "attack") is None


def test_planned_meeting_is_kept(pipeline: newsprism.Pipeline) -> None:
    """Guard: an infinitive on a verb (*agreed to meet*) is no purpose of a place."""
    article = _read(pipeline, "The mayor of Velport agreed on Friday to meet the striking dock workers.")
    assert article.events
