"""Precision classes found on the fourth batch of real outlet pages (benchmarks/framing_pages.py).

Batch 4 was labelled and scored once before any change; these are the false flags it (and batch 3)
showed, fixed as general classes in the lexicon data (``lexicons/framing_en.toml``): words news
uses literally lose their standing, never a page's phrase gains one. Each sentence is written for
newsprism, in other words than the pages, and each test failed before its fix.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from framing_helpers import author

from newsprism.model import Article

Analyze = Callable[[str], Article]


# --- event names, ticket tiers, an industry: plain even in an exclaimed sentence ------------------


@pytest.mark.parametrize("text", [
    "Tickets for the harbour festival go on sale on Monday!",
    "VIP seats cost 80 dollars and standard seats 40.",
    "A special bus will run from the station after the concert!",
    "Sales in the beauty sector rose by four percent last year!",
])
def test_event_and_trade_words_are_plain(analyze_text: Analyze, text: str) -> None:
    assert not author(analyze_text(text), "Loaded Language")


# --- fears and crises reported, not stoked ----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Residents voiced fears of a cholera outbreak, recalling earlier health crises in the region.",
    "Many growers fear a crisis in the grain market if the drought lasts.",
])
def test_reported_fears_and_crises_are_plain(analyze_text: Analyze, text: str) -> None:
    frames = author(analyze_text(text))
    assert not [f for f in frames if f.technique in ("Loaded Language", "Appeal to fear/prejudice")]


# --- "not merely" adds, it does not minimise --------------------------------------------------------


def test_not_merely_is_no_minimisation(analyze_text: Analyze) -> None:
    text = "The dispute is not merely about money; it also concerns water rights."
    assert not author(analyze_text(text), "Exaggeration/Minimisation")


def test_merely_a_still_minimises(analyze_text: Analyze) -> None:
    text = "The new chairman is merely a placeholder for the old owners."
    assert author(analyze_text(text), "Exaggeration/Minimisation")


# --- a scandal named by its name is news, not a smear -----------------------------------------------


def test_a_named_cheating_scandal_is_no_smear(analyze_text: Analyze) -> None:
    text = "The firm has paid large fines since its 2012 exam-cheating scandal."
    assert not author(analyze_text(text), "Smears")


# --- quoting someone is not appealing to their authority -------------------------------------------


def test_in_the_words_of_a_witness_is_no_appeal_to_authority(analyze_text: Analyze) -> None:
    text = "In the words of one nurse, the ward ran out of beds by noon."
    assert not author(analyze_text(text), "Appeal to authority")


# --- illness and degree words in plain reporting ----------------------------------------------------


def test_falling_sick_is_plain(analyze_text: Analyze) -> None:
    assert not author(analyze_text("Four passengers fell sick after eating at the airport."), "Loaded Language")


def test_totally_as_a_plain_measure(analyze_text: Analyze) -> None:
    text = "The road was totally closed for two days after the landslide."
    assert not author(analyze_text(text), "Exaggeration/Minimisation")


# --- infiltration reported as a military or police fact ---------------------------------------------


def test_a_reported_infiltration_is_no_appeal_to_fear(analyze_text: Analyze) -> None:
    text = "Border guards reported the infiltration of two armed men near the river overnight."
    assert not author(analyze_text(text), "Appeal to fear/prejudice")
