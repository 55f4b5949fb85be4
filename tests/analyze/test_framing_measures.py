"""Words that measure or name, not judge, by construction (issue #6, F11; ``framing/measures.py``,
``measures_en.toml``): a figure in a stat line, a given word of a name the page uses as a name, an
unnamed study with a hedged claim, a question the writer answers at once, a neutral word said three times.

Sentences written for newsprism, in other words than the pages (batch 8) that prompted the classes; each
plain one is flagged without its rule, each loaded one stays flagged with it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from framing_helpers import author

from newsprism.analyze.framing.measures import load_measures
from newsprism.model import Article

Analyze = Callable[[str], Article]

ROSTER = (
    "Pos Player Snaps % Stats\n"
    "S Shifty Morales 70 100% 5 tackles, 2 assists (7 combined). 1 INT.\n"
    "S Dale Okafor 12 17% 1 tackle.\n\n"
    "It was a quiet afternoon for Shifty Morales, who kept the deep half clean all game."
)


def texts(article: Article, technique: str) -> list[str]:
    return [e.text for f in author(article, technique) for e in (f.evidence or [f.span])]


def test_data_loads() -> None:
    data = load_measures("en")
    assert data is not None and "tend" in data.hedges and "yes" in data.answer_words
    assert load_measures("xx") is None


# --- a figure in a stat line is a measure ----------------------------------------------------------


def test_a_percentage_in_a_row_of_figures_is_no_exaggeration(analyze_text: Analyze) -> None:
    assert not any("100" in t for t in texts(analyze_text(ROSTER), "Exaggeration/Minimisation"))


def test_a_percentage_in_prose_still_exaggerates(analyze_text: Analyze) -> None:
    article = analyze_text("The new parking plan is 100% doomed, and everyone at city hall knows it.")
    assert any("100" in t for t in texts(article, "Exaggeration/Minimisation"))


# --- a given word of a name is the name --------------------------------------------------------------


def test_a_name_used_in_a_stat_line_is_no_label_anywhere(analyze_text: Analyze) -> None:
    article = analyze_text(ROSTER)
    for technique in ("Name calling/Labeling", "Smears", "Repetition"):
        assert not any("Shifty" in t for t in texts(article, technique)), technique


def test_a_name_after_a_team_hashtag_is_no_label(analyze_text: Analyze) -> None:
    article = analyze_text("#Hawks Shifty Morales has been steady against the run. "
                           "Shifty Morales also led the team in tackles.")
    assert not any("Shifty" in t for t in texts(article, "Name calling/Labeling"))


def test_a_nickname_coined_in_prose_is_still_a_label(analyze_text: Analyze) -> None:
    article = analyze_text("Shifty Morales skipped another council vote on Tuesday. "
                           "Shifty Morales never explains himself.")
    assert any("Shifty" in t for t in texts(article, "Name calling/Labeling"))


# --- a neutral word said three times is no Repetition ----------------------------------------------


def test_a_neutral_word_three_times_is_no_repetition(analyze_text: Analyze) -> None:
    article = analyze_text("The starter kit pairs a wireless hub with a small wireless camera and a spare wireless "
                           "doorbell for the porch.")
    assert not author(article, "Repetition")


def test_a_loaded_word_three_times_is_still_repetition(analyze_text: Analyze) -> None:
    article = analyze_text("It was a shameful vote, a shameful speech and a shameful day for the whole council.")
    assert author(article, "Repetition")


# --- an unnamed study with a hedged claim is no appeal to authority ----------------------------------


def test_a_hedged_finding_is_no_appeal_to_authority(analyze_text: Analyze) -> None:
    article = analyze_text("Studies have shown that older drivers tend to avoid driving at night.")
    assert not author(article, "Appeal to authority")


def test_an_unnamed_study_settling_a_sweeping_claim_is_still_one(analyze_text: Analyze) -> None:
    article = analyze_text("Studies have shown that the new tax destroys jobs, and nobody can argue otherwise.")
    assert author(article, "Appeal to authority")


# --- a question the writer answers at once is no Doubt ----------------------------------------------


@pytest.mark.parametrize("text", [
    pytest.param("Will Ortiz start at guard on Sunday (actually, Reyes would move over)? "
                 "Ortiz is fine as a backup, but as a starter that is a step down.", id="in-its-own-aside"),
    pytest.param("Can the bridge really reopen by May? Probably, the engineers say, if the steel arrives.",
                 id="by-the-next-sentence"),
])
def test_a_question_answered_at_once_is_no_doubt(analyze_text: Analyze, text: str) -> None:
    assert not author(analyze_text(text), "Doubt")


def test_an_unanswered_insinuating_question_is_still_doubt(analyze_text: Analyze) -> None:
    article = analyze_text("Is the minister actually telling the truth about the contracts? "
                           "The accounts were never published.")
    assert author(article, "Doubt")
