"""Error classes found on real outlet pages (benchmarks/framing_pages.py), each in other words.

Every test here failed before its fix; the sentences are written for newsprism, not taken
from the benchmark pages.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from framing_helpers import author, stances

from newsprism.analyze.framing.voice import AUTHOR
from newsprism.model import Article

Analyze = Callable[[str], Article]


# --- Doubt: hedges on legitimacy ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers guarded the offices of the newly formed “transitional” council.",
        "The “caretaker” cabinet met for the third time this week.",
        "The self-declared governor of the province toured the port.",
    ],
)
def test_writer_hedges_on_legitimacy_are_doubt(analyze_text: Analyze, text: str) -> None:
    assert author(analyze_text(text), "Doubt")


def test_a_quoted_phrase_is_still_no_scare_quote(analyze_text: Analyze) -> None:
    article = analyze_text("The council called the plan “a transitional step”, a spokesman said.")
    assert not author(article, "Doubt")


# --- Loaded Language: contempt adjectives VADER does not rate -------------------------------------


@pytest.mark.parametrize("text", [
    "The minister offered a shabby and preposterous defence of the deal.",
    "It was another feckless performance from a sanctimonious board.",
])
def test_contempt_adjectives_are_loaded(analyze_text: Analyze, text: str) -> None:
    assert author(analyze_text(text), "Loaded Language")


# --- Repetition: a blog naming its topic again is no rhetoric -------------------------------------


def test_a_noun_phrase_named_again_is_not_repetition(analyze_text: Analyze) -> None:
    text = ("We review our partner schools every spring. The money goes to our partner schools first. "
            "If our partner schools grow, the budget grows too.")
    assert not author(analyze_text(text), "Repetition")


def test_a_clause_said_three_times_is_still_repetition(analyze_text: Analyze) -> None:
    text = "We will not back down. We will not back down. We will not back down."
    assert author(analyze_text(text), "Repetition")


# --- Attribution stance: reports the parser hangs elsewhere ---------------------------------------


def test_as_clause_reports(analyze_text: Analyze) -> None:
    article = analyze_text("As the auditors point out in their letter, the accounts are incomplete.")
    assert "point out" in stances(article) or "point" in stances(article)


def test_a_bare_claim_is_evaluative_and_a_claimed_object_is_not_a_report(analyze_text: Analyze) -> None:
    article = analyze_text("Both firms claimed at the time that the loans were safe.")
    assert stances(article).get("claimed") == "evaluative"
    assert "claimed" not in stances(analyze_text("The flood claimed three lives in the valley."))


def test_admitting_to_a_fault_is_a_concession(analyze_text: Analyze) -> None:
    assert stances(analyze_text("The bank admitted to the accounting error last year.")).get("admitted") == "evaluative"
    assert "admitted" not in stances(analyze_text("Two workers were admitted to hospital on Monday."))


# --- praise copy, titles in prose, "but no one" ---------------------------------------------------


def test_marketing_superlatives_are_loaded(analyze_text: Analyze) -> None:
    assert author(analyze_text("The eye-catching grille gives the hatchback a stunning profile."), "Loaded Language")


def test_a_loaded_word_inside_a_title_in_prose_is_a_name(analyze_text: Analyze) -> None:
    article = analyze_text("She sang Hell on Wheels and two older songs at the show.")
    assert not author(article, "Loaded Language")


def test_a_title_case_line_keeps_the_writers_words(analyze_text: Analyze) -> None:
    article = analyze_text("Shocking Video Shows Vile Attack On Elderly Shopkeeper")
    assert author(article, "Loaded Language")


def test_but_no_one_knows_is_no_whataboutism(analyze_text: Analyze) -> None:
    article = analyze_text("Streaming changed the market, but no one knows how far the change will go.")
    assert not author(article, "Whataboutism")


# --- a speaker's own boasts, alarms and idioms are framed, and in the speaker's voice ---------------


@pytest.mark.parametrize(("text", "words"), [
    ("“This harbour will reach new heights next year,” Mayor Ilse Brandt said.", "new heights"),
    ("“Rents are rising at an alarming rate,” Housing Minister Tomas Feld told reporters.", "alarming rate"),
    ("“They want the whole union on its knees,” said Vera Lind, the union's leader.", "on its knees"),
    ("“It was a tremendous week for the team,” coach Ari Maas said.", "tremendous"),
])
def test_a_speakers_loaded_words_are_framed_in_the_speakers_voice(analyze_text: Analyze, text: str,
                                                                   words: str) -> None:
    article = analyze_text(text)
    covering = [f for f in article.frames if any(words in e.text or e.text in words for e in f.evidence)]
    assert covering
    assert all(f.voice != AUTHOR for f in covering)


def test_profoundly_alone_is_plain(analyze_text: Analyze) -> None:
    assert not author(analyze_text("The coatings vary profoundly in thickness across the sample."))


# --- insinuating questions and professed ignorance ----------------------------------------------


@pytest.mark.parametrize("text", [
    "The director flew home the next morning. Was this to avoid the auditors?",
    "Three meetings in one week. Must have been a lot to talk about?",
    "The board says the figures were checked, but it is impossible to know whether anyone read them.",
])
def test_insinuation_is_doubt(analyze_text: Analyze, text: str) -> None:
    assert author(analyze_text(text), "Doubt")


def test_an_interviewers_question_is_no_insinuation(analyze_text: Analyze) -> None:
    assert not author(analyze_text("Was this your first visit to the island?"), "Doubt")


# --- a definite label refers back to whom the writer gave it --------------------------------------


def test_the_label_again_names_the_same_actor(analyze_text: Analyze) -> None:
    article = analyze_text("Prosecutors charged the thug Viktor Orlov in May. "
                           "Weeks later the thug flew to Cyprus on a private jet.")
    assert article.framing is not None
    actors = [x.actor for x in article.framing.labels if x.voice == AUTHOR]
    orlov = next(e.id for e in article.entities if "Orlov" in e.name)
    assert len(actors) >= 2 and all(a == orlov for a in actors), article.framing.labels


def test_a_label_nobody_was_given_stays_unattached(analyze_text: Analyze) -> None:
    article = analyze_text("Weeks later the thug flew to Cyprus on a private jet.")
    assert article.framing is not None
    assert all(x.actor is None for x in article.framing.labels)


# --- a feeling the subject reports of itself is what was said ------------------------------------


@pytest.mark.parametrize("text", [
    "Both unions said they were hopeful about the new round of talks.",
    "Several passengers said they felt disappointed after the long delay.",
])
def test_a_reported_feeling_is_not_the_writers_word(analyze_text: Analyze, text: str) -> None:
    assert not author(analyze_text(text), "Loaded Language")


def test_the_writers_own_feeling_word_still_counts(analyze_text: Analyze) -> None:
    assert author(analyze_text("The mood at the harbour was wonderful and the crowd was hopeful."), "Loaded Language")
