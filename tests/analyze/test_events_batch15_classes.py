"""Error classes events_articles batch 15 showed in its first run (issue #5; batch 15 is in-sample for
them from the E23 round on). Invented sentences (none from the benchmark's articles); each rule has
cases that fail on the round's starting code, the rest guard the readings it must leave alone.

- the writer's own voice is the author's, not a quote: every report outside quotation marks of a text
  that opens as an institution's own release (*Press release: ...*), whose own acts it states;
- an ACCUSE, REJECT or REQUEST told by an act (*summoned*, *charged*) is no speech act: a speaker
  quoted beside it does not claim it (the labels README's speech-act convention); a speech act
  coordinated with a report's verb (*It demands ..., and accuses ...*) is the same speaker's;
- orders to shut down, an alert ordered, an attack named with a word of moral condemnation (*described
  X as a cowardly act*) are coded; a view shared (*agreed, saying ...*) is a statement.
"""

from __future__ import annotations

import pytest
from event_helpers import read_dated
from event_helpers import with_word as _with_word

import newsprism
from newsprism.model import Article

pytestmark = pytest.mark.slow

_PUBLISHED = "2032-04-14"


def _read(pipeline: newsprism.Pipeline, text: str) -> Article:
    return read_dated(pipeline, text, _PUBLISHED)


def _found(article: Article) -> list[tuple[str, str, str]]:
    return [(e.type, e.trigger.text, e.asserted_by) for e in article.events]


_RELEASE = ("Press release: Office of the Mayor of Harlow Bay\n\n"
            "The Office of the Mayor warns that it will close the harbour road if the strike continues.\n\n"
            "The Mayor, Pell Avis, asked the dockers' union to return to talks without delay.\n\n"
            "We urge all residents to avoid the harbour district until further notice.")


@pytest.mark.parametrize(("text", "word"), [
    (_RELEASE, "urge"),
    (_RELEASE, "warns"),
    (_RELEASE, "asked"),
])
def test_the_writers_own_voice_is_the_author(pipeline: newsprism.Pipeline, text: str, word: str) -> None:
    article = _read(pipeline, text)
    event = _with_word(article, word)
    assert event is not None, _found(article)
    assert event.asserted_by == "author", _found(article)


@pytest.mark.parametrize(("text", "word"), [
    # the same report in a wire story is its speaker's (no release heading, no first person)
    ("The Mayor, Pell Avis, asked the dockers' union to return to talks without delay.", "asked"),
    # a first-person report inside quotation marks stays the quoted speaker's
    ('"We urge all residents to avoid the harbour district," the mayor said.', "urge"),
])
def test_a_report_in_another_voice_stays_a_quote(pipeline: newsprism.Pipeline, text: str, word: str) -> None:
    article = _read(pipeline, text)
    event = _with_word(article, word)
    assert event is not None, _found(article)
    assert event.asserted_by != "author", _found(article)


def test_an_act_is_no_speech_act_of_a_speaker_beside_it(pipeline: newsprism.Pipeline) -> None:
    text = ("The foreign minister, Anka Dorr, summoned the Velish envoy on Monday and asked him to explain "
            "the seizure of the ferry.")
    article = _read(pipeline, text)
    summoned = _with_word(article, "summoned")
    assert summoned is not None and summoned.asserted_by == "author", _found(article)
    asked = _with_word(article, "asked")
    assert asked is not None and asked.asserted_by != "author", _found(article)


@pytest.mark.parametrize(("text", "word", "kind"), [
    # an order to stop an activity restricts the party ordered (PLOVER COERCE)
    ("The media regulator ordered the radio station to shut down on Friday.", "ordered", "COERCE"),
    # troops put on a raised alert by order (PLOVER MOBILIZE: "increase military alert status")
    ("The defence minister ordered a heightened alert for the border brigades.", "ordered", "MOBILIZE"),
    # naming an attack with a word of moral condemnation denounces it (ACCUSE, as *called X Y*)
    ("The interior minister described the ambush as a cowardly act.", "described", "ACCUSE"),
    ("The bishop called the arson a heinous deed.", "called", "ACCUSE"),
])
def test_orders_alerts_and_condemnations_are_coded(pipeline: newsprism.Pipeline, text: str, word: str,
                                                    kind: str) -> None:
    article = _read(pipeline, text)
    event = _with_word(article, word)
    assert event is not None and event.type == kind, _found(article)


@pytest.mark.parametrize(("text", "word"), [
    ("The harbour master described the storm as a rare event.", "described"),
])
def test_a_neutral_description_is_no_event(pipeline: newsprism.Pipeline, text: str, word: str) -> None:
    article = _read(pipeline, text)
    assert _with_word(article, word) is None, _found(article)


def test_a_view_shared_is_a_statement(pipeline: newsprism.Pipeline) -> None:
    text = "The provincial governor, Tam Orrin, agreed, saying only one militia could have planned the raid."
    article = _read(pipeline, text)
    assert _with_word(article, "agreed") is None, _found(article)


@pytest.mark.parametrize("text", [
    "The rebels agreed to a ceasefire on Sunday.",
    "The union agreed on Monday to end the strike, saying its members had voted for the deal.",
])
def test_an_agreement_to_act_keeps_its_agree(pipeline: newsprism.Pipeline, text: str) -> None:
    article = _read(pipeline, text)
    event = _with_word(article, "agreed")
    assert event is not None and event.type == "AGREE", _found(article)


def test_a_speech_act_coordinated_with_a_reports_verb_is_the_same_speakers(pipeline: newsprism.Pipeline) -> None:
    text = ("The Harlow Courier's leader column is scathing. It demands that the mayor resign, and "
            "accuses the council of hiding the report.")
    article = _read(pipeline, text)
    demands, accuses = _with_word(article, "demands"), _with_word(article, "accuses")
    assert demands is not None and accuses is not None, _found(article)
    assert demands.asserted_by != "author" and accuses.asserted_by == demands.asserted_by, _found(article)
