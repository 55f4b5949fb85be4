"""Who asserts a speech act, and the error classes events_articles batch 12 showed in its first run (issue #5;
batch 12 is in-sample for them from the E16 round on). Invented sentences (none from the benchmark's articles);
each rule has cases that fail on the round's starting code, the rest guard the readings it must leave alone.

The speech-act convention (docs/format.md, events asserted_by): a speech act told by a verb of speaking is its
speaker's claim, asserted by the quote that carries the speaker's words: the act's own report (*urged X to ...*),
or the speaker's quote in the same paragraph, after the act as well as before it; with none of the speaker's
words it is the author's."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, read_dated

import newsprism
from newsprism.model import Article

pytestmark = pytest.mark.slow


def _read(pipeline: newsprism.Pipeline, text: str, published: str = "2029-05-14") -> Article:
    return read_dated(pipeline, text, published)


def _speaker(article: Article, quote_id: str) -> str:
    quote = next(q for q in article.quotes if q.id == quote_id)
    return quote.speaker.name if quote.speaker is not None and quote.speaker.name else ""


@pytest.mark.parametrize(("text", "verb", "speaker"), [
    # the speaker's words follow the act in its paragraph
    ('Union leader Marta Olsen accused the council of hiding the audit. "They buried it for a year," Olsen said.',
     "accused", "Olsen"),
    ("The mayor, Piotr Lanz, rejected the petition, saying the town could not pay for a second bridge.",
     "rejected", "Lanz"),
    # the act's own infinitive report is the speaker's words (*urged X to ...*)
    ("Farmers' leader Ada Brill urged the ministry to release the grain reserves.", "urged", "Brill"),
    # a SUPPORT told by a verb of speaking, with the speaker's words after it
    ('Senator Ilse Varga praised the rescue crews. "They worked through the night," Varga said.',
     "praised", "Varga"),
])
def test_a_speech_act_with_its_speakers_words_is_the_speakers(
        pipeline: newsprism.Pipeline, text: str, verb: str, speaker: str) -> None:
    article = _read(pipeline, text)
    event = by_trigger(article, verb)
    assert event is not None and event.asserted_by != "author", text
    assert speaker in _speaker(article, event.asserted_by), text


@pytest.mark.parametrize(("text", "verb"), [
    # guards (pass before and after): no words of the speaker anywhere, the writer names the act
    ("The opposition accused the council of hiding the audit.", "accused"),
    # an act, not speech, even beside the actor's quote: signing is the writer's report
    ('President Lars Brand signed the water treaty on Monday. "This is a good day for both towns," Brand said.',
     "signed"),
])
def test_a_speech_act_without_its_speakers_words_is_the_authors(
        pipeline: newsprism.Pipeline, text: str, verb: str) -> None:
    event = by_trigger(_read(pipeline, text), verb)
    assert event is not None and event.asserted_by == "author", text


_TIMELINE = """How the standoff grew

March 3 — The army closes the northern border. The interior minister accuses the rebels of smuggling arms.

April 2 — Rebel leaders reject the accusation.

May 7 — The president offers talks."""


@pytest.mark.parametrize(("verb", "date", "relation"), [
    # a later sentence under a dated heading is that day's step, told in the historic present
    ("accuses", "2029-03-03", "historical"),
    # a step before the timeline's latest is its background, however recent
    ("reject", "2029-04-02", "historical"),
    # guard: the latest step is the news
    ("offers", "2029-05-07", "current"),
])
def test_a_timeline_step_is_dated_by_its_heading(
        pipeline: newsprism.Pipeline, verb: str, date: str, relation: str) -> None:
    event = by_trigger(_read(pipeline, _TIMELINE), verb)
    assert event is not None and event.date is not None, verb
    assert (event.date.value, event.time_relation) == (date, relation)


def test_a_heading_does_not_date_a_future_act_or_a_reason(pipeline: newsprism.Pipeline) -> None:
    # guards: an act under *will* keeps its own time; a noun giving a reason is no step of that day
    text = ("How the standoff grew\n\nMarch 3: The army says it will close the northern border. The interior "
            "minister cites threats of sabotage.\n\nMay 7: The president offers talks.")
    article = _read(pipeline, text)
    close = by_trigger(article, "close")
    assert close is None or close.date is None or close.date.value != "2029-03-03"
    assert by_trigger(article, "threats") is None


@pytest.mark.parametrize("text", [
    "The farmers' union called the new water rules illegal.",
    "The defence minister calls the troop movements an act of aggression.",
    'Opposition deputies called the deal "a betrayal of the fishermen".',
])
def test_a_condemning_label_is_a_denunciation(pipeline: newsprism.Pipeline, text: str) -> None:
    event = by_trigger(_read(pipeline, text), next(w for w in text.split() if w.startswith("call")))
    assert event is not None and (event.type, event.mode) == ("ACCUSE", "disapprove"), text


@pytest.mark.parametrize("text", [
    # guards: a neutral or approving label, and a condemning word deep inside a mourning label
    "The mayor called the harvest festival a great success.",
    "Her editor called his death the loss of a reporter who kept working despite threats.",
])
def test_a_neutral_label_is_no_denunciation(pipeline: newsprism.Pipeline, text: str) -> None:
    assert by_trigger(_read(pipeline, text), "called") is None, text


def test_an_institutions_record_in_its_history_is_background(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "The council has expelled three members in its history.")
    event = by_trigger(article, "expelled")
    assert event is not None and event.time_relation == "historical"


def test_a_sequel_to_background_told_with_both_is_background(pipeline: newsprism.Pipeline) -> None:
    text = ("The assembly has censured two governors before. Lena Ott was censured in 1987 and Jon Brask in 2004. "
            "The courts later acquitted both of them.")
    event = by_trigger(_read(pipeline, text), "acquitted")
    assert event is not None and event.time_relation == "historical"


def test_a_quantifier_after_current_news_stays_current(pipeline: newsprism.Pipeline) -> None:
    # guard: the sentence before tells the news, so *both* is no anchor in the past
    text = "Police arrested two organisers on Monday. A court released both on Tuesday evening."
    event = by_trigger(_read(pipeline, text), "released")
    assert event is not None and event.time_relation == "current"


def test_a_dateline_is_no_actor_and_the_toll_joins_its_act(pipeline: newsprism.Pipeline) -> None:
    # the parser hangs the verb on the dateline's noun; the verb's own subject is the actor
    text = ("News in brief\n\nTALLO CITY — Police in Tallo City fired rubber bullets at miners who blocked the mine's "
            "main gate on Monday, injuring at least nine, the mining company said.")
    article = _read(pipeline, text)
    fired, injuring = by_trigger(article, "fired"), by_trigger(article, "injuring")
    assert fired is not None and [p.span.text for p in fired.actors] == ["Police in Tallo City"]
    assert injuring is not None and injuring.same_as == fired.id
