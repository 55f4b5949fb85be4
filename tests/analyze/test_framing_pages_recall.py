"""Recall classes found on the third batch of real outlet pages (benchmarks/framing_pages.py).

Each test failed before its fix; the sentences are written for newsprism, in other words than
the pages (the lexicon holds only stock idioms any columnist uses, never a page's own phrase).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from framing_helpers import author, stances

from newsprism.analyze.framing.voice import AUTHOR
from newsprism.model import Article

Analyze = Callable[[str], Article]


# --- Loaded Language: a columnist's stock idioms of judgement ------------------------------------


@pytest.mark.parametrize("text", [
    "The audit was one more nail in the coffin of the merger.",
    "The board's silence on the bonuses speaks volumes.",
    "The treasurer moved the funds twice to cover his tracks.",
    "The new budget is detached from reality.",
    "The ministers were grilled about the contracts for three hours.",
    "For hikers, a good rain jacket is a must-have.",
])
def test_stock_idioms_of_judgement_are_loaded(analyze_text: Analyze, text: str) -> None:
    assert author(analyze_text(text), "Loaded Language")


@pytest.mark.parametrize("text", [
    "The envoy was unceremoniously removed from the talks.",
    "A flustered spokesman left the room after two questions.",
    "The council issued new diktats on parking.",
    "They spent the weekend at a swanky hotel on the coast.",
])
def test_contempt_words_vader_does_not_rate_are_loaded(analyze_text: Analyze, text: str) -> None:
    assert author(analyze_text(text), "Loaded Language")


# --- Loaded Language: an intensified judgement ----------------------------------------------------


def test_a_degree_word_on_a_judgement_word_is_loaded(analyze_text: Analyze) -> None:
    assert author(analyze_text("Nobody on the committee would be so foolish as to sign it."), "Loaded Language")


@pytest.mark.parametrize("text", [
    "The flooding was so severe that the bridge closed.",
    "Investigators were not so sure the fire was an accident.",
])
def test_a_measure_or_a_certainty_is_no_intensified_judgement(analyze_text: Analyze, text: str) -> None:
    assert not author(analyze_text(text), "Loaded Language")


# --- Exaggeration: stock hyperbole ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The striker's chances of playing on Sunday are slim to none.",
    "The repairs to the roof cost a small fortune.",
])
def test_stock_hyperbole_is_exaggeration(analyze_text: Analyze, text: str) -> None:
    assert author(analyze_text(text), "Exaggeration/Minimisation")


def test_barely_alone_is_plain_measure(analyze_text: Analyze) -> None:
    assert not author(analyze_text("The ceasefire talks have barely begun."))


# --- Doubt: sarcasm about a memory, scare quotes on the writer's own verb -------------------------


@pytest.mark.parametrize("text", [
    "The director simply can't recall who signed the invoices.",
    "She somehow remembers the lunch but not the meeting after it.",
])
def test_a_memory_that_suits_is_doubt(analyze_text: Analyze, text: str) -> None:
    assert author(analyze_text(text), "Doubt")


def test_scare_quotes_on_the_writers_verb_are_doubt(analyze_text: Analyze) -> None:
    article = analyze_text("The minister had “borrowed” two paintings from the museum.")
    assert author(article, "Doubt")


@pytest.mark.parametrize("text", [
    "Police said the driver had been “cooperating” with them.",
    "The staff found the fault, the manager said, and “fixed” the server by noon.",
])
def test_a_reported_one_word_quote_is_no_scare_quote(analyze_text: Analyze, text: str) -> None:
    assert not author(analyze_text(text), "Doubt")


# --- Stance: a reporting verb's judgement is its stance, not a frame ------------------------------


def test_an_evaluative_reporting_verb_is_stance_not_loaded_language(analyze_text: Analyze) -> None:
    article = analyze_text("The founder spoke for an hour, bragging that the app would beat every rival.")
    assert not author(article, "Loaded Language")
    assert stances(article).get("bragging") == "evaluative"


@pytest.mark.parametrize(("text", "cue", "stance"), [
    ("The coach recognizes that the season is over.", "recognizes", "evaluative"),
    ("In the report, the engineers detail how the dam failed.", "detail", "neutral"),
])
def test_more_reporting_verbs_have_a_stance(analyze_text: Analyze, text: str, cue: str, stance: str) -> None:
    assert stances(analyze_text(text)).get(cue) == stance


def test_a_denied_quoted_word_is_mentioned_not_sneered(analyze_text: Analyze) -> None:
    assert not author(analyze_text("The company did not “lose” the files; it deleted them."), "Doubt")


# --- a speaker's stock idioms, in the speaker's voice ----------------------------------------------


def test_a_speakers_stock_idiom_is_framed_in_the_speakers_voice(analyze_text: Analyze) -> None:
    article = analyze_text('"Their low price is their ace in the hole," the analyst Maria Lopez said.')
    framed = [f for f in article.frames if f.technique == "Loaded Language"]
    assert framed and all(f.voice != AUTHOR for f in framed)


def test_belligerent_is_loaded(analyze_text: Analyze) -> None:
    assert author(analyze_text("The belligerent tone of the letter surprised the envoys."), "Loaded Language")
