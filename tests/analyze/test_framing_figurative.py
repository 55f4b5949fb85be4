"""Figurative judgement in the writer's voice (framing/figurative.py): each rule flags the figure
and leaves the literal use alone. Sentences written for newsprism (invented places and people)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprism.analyze.framing.figurative import load_figures
from newsprism.analyze.framing.voice import AUTHOR
from newsprism.model import Article

Analyze = Callable[[str], Article]
LOADED = "Loaded Language"


def figures_in(article: Article, word: str) -> list[str]:
    """The voices of Loaded Language frames whose evidence holds ``word``."""
    return [f.voice for f in article.frames
            if f.technique == LOADED and any(word in e.text for e in f.evidence)]


# --- a verb of violence or fire said of an abstract thing -------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("The council torpedoed the harbour plan in a single evening.", "torpedoed"),
    ("Within a year the new levy had gutted the reform.", "gutted"),
    ("The junta crushed the strike movement before it could spread.", "crushed"),
    ("Their hopes shattered, the growers went home.", "shattered"),
    ("The minister buried the inquiry under a pile of procedure.", "buried"),
    ("Anger exploding across the valley, the governor cancelled the visit.", "exploding"),
])
def test_violent_verb_on_abstract_thing_is_loaded(analyze_text: Analyze, text: str, word: str) -> None:
    assert AUTHOR in figures_in(analyze_text(text), word)


@pytest.mark.parametrize(("text", "word"), [
    ("The fire burned 300 hectares of forest near Korvala.", "burned"),
    ("Four people were crushed when the crowd surged at the gate.", "crushed"),
    ("A lorry crushed two parked cars on the ring road.", "crushed"),
    ("The blast shattered windows along the high street.", "shattered"),
    ("Villagers buried the dead on Tuesday.", "buried"),
    ("Protesters burned tyres outside the ministry.", "burned"),
    ("Rising prices have fuelled fears of a recession.", "fuelled"),
])
def test_literal_violence_and_plain_pairs_are_not_flagged(analyze_text: Analyze, text: str, word: str) -> None:
    assert not figures_in(analyze_text(text), word)


def test_a_place_burning_without_a_fire_is_a_metaphor(analyze_text: Analyze) -> None:
    assert AUTHOR in figures_in(analyze_text("Caracas is burning, and the cabinet looks away."), "burning")
    assert not figures_in(analyze_text("Caracas is burning after the wildfire jumped the river."), "burning")


def test_a_blow_over_an_abstract_matter_is_criticism(analyze_text: Analyze) -> None:
    article = analyze_text("The opposition leader hammered the mayor over his housing policy.")
    assert AUTHOR in figures_in(article, "hammered")
    assert not figures_in(analyze_text("The carpenter hammered the board on the bench."), "hammered")


# --- similes of judgement ---------------------------------------------------------------------------

def test_x_like_on_a_quality_is_a_simile(analyze_text: Analyze) -> None:
    assert AUTHOR in figures_in(analyze_text("The chairman ran the club with robot-like obedience to the owner."),
                                "robot-like")
    assert not figures_in(analyze_text("Twelve patients reported flu-like symptoms last week."), "flu-like")


def test_like_a_loaded_vehicle(analyze_text: Analyze) -> None:
    assert AUTHOR in figures_in(analyze_text("The assembly now runs like a circus."), "like a circus")
    assert not figures_in(analyze_text("The assembly now runs like a well-oiled machine of committees."), "like a")


# --- idiom frames with slots, and the voice of a quoted figure -------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("The new curfew only poured more fuel on the fire.", "fuel"),
    ("The mayor threw his own deputy under the bus.", "under the bus"),
    ("Rather than retreat, the ministry doubled down on the fines.", "doubled down"),
])
def test_idiom_frames_with_slots(analyze_text: Analyze, text: str, word: str) -> None:
    assert AUTHOR in figures_in(analyze_text(text), word)


def test_a_quoted_figure_is_the_speakers(analyze_text: Analyze) -> None:
    article = analyze_text('"The tax has gutted our reform," said Mira Tolles, the union leader.')
    voices = figures_in(article, "gutted")
    assert voices and AUTHOR not in voices


def test_figurative_data_compiles_and_other_languages_have_none() -> None:
    figures = load_figures("en")
    assert figures is not None and "crush" in figures.violent and "memory" in figures.qualities
    assert load_figures("xx") is None


def test_hits_carry_verb_and_argument_as_evidence(analyze_text: Analyze) -> None:
    article = analyze_text("The council torpedoed the harbour plan in a single evening.")
    evidence = {e.text for f in article.frames if f.technique == LOADED for e in f.evidence}
    assert {"torpedoed", "harbour plan"} <= evidence


def test_a_figure_of_quantity_is_literal_beside_a_literal_mass(analyze_text: Analyze) -> None:
    assert AUTHOR in figures_in(analyze_text("The ministry drowned in a tsunami of complaints."), "tsunami")
    assert not figures_in(analyze_text("A tsunami of seawater reached the harbour at noon."), "tsunami")


def test_a_clause_with_its_own_subject_is_not_its_nouns_verb(analyze_text: Analyze) -> None:
    article = analyze_text("The prison issued a statement that a guard had been stabbed.")
    assert not figures_in(article, "stabbed")
    assert AUTHOR in figures_in(analyze_text("Few remember the treaty that the generals shredded in 1990."), "shredded")
