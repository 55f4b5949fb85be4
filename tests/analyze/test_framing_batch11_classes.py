"""Batch 11's general classes (issue #6, F14; batch 11 of the real outlet pages is in-sample for them).

- *radical* as the **degree of a change** (*a radical overhaul*) is a measure, not a label of people
  (lexicons/plain_en.toml, class "degree of change");
- *so-called* before a **coined or capitalised term** it introduces (*so-called customer-success teams*, a
  feature's name) names the term and doubts nothing (framing/terms.py); before people, a polity or a plain
  lower-case term it keeps the doubt;
- recall as lexicon data: a business writer's **labels of a company's standing** (*darling*, *pariah*), a crime
  story's **sensational telling** (*snatched from her arms*, *dramatic footage*) and a reviewer's **verdict
  beyond the rest** (*the most stunning yet*), with the plain senses kept out (*a dramatic rise*, the surname
  *Darling*).

The Repetition detector moved to its own module (framing/repetition.py, behaviour unchanged).

Every sentence is written for newsprism in other words than the pages. Each plain case was flagged before this
round and each loaded one was missed (the guards check that a rule does not reach too far).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from framing_helpers import author, evidence

from newsprism.model import Article

Analyze = Callable[[str], Article]
LOADED = "Loaded Language"
DOUBT = "Doubt"
LABEL = "Name calling/Labeling"


@pytest.mark.parametrize("text", [
    "The town's planners unveiled a radical overhaul of the parking rules on Monday.",
    "The airline announced radical cuts to its regional timetable.",
    "The board pushed through a radical reorganisation of the night shifts.",
])
def test_radical_as_the_degree_of_a_change_is_no_label(analyze_text: Analyze, text: str) -> None:
    assert author(analyze_text(text)) == []


def test_radical_of_people_still_flags(analyze_text: Analyze) -> None:
    assert "radical" in evidence(analyze_text("Radical militants firebombed the clinic, and the radical mob cheered."))


@pytest.mark.parametrize("text", [
    "The insurer will trim staff in its so-called customer-success teams, a phrase that covers its call centres.",
    "The phone maker's so-called Pocket Lens camera mode blurs the background.",
    "Lenders now sell so-called buy-now-pay-later loans at the checkout.",
])
def test_so_called_introducing_a_coined_or_capitalised_term_is_no_doubt(analyze_text: Analyze, text: str) -> None:
    assert author(analyze_text(text)) == []


@pytest.mark.parametrize("text", [
    "The so-called experts were wrong again, as usual.",
    "The lawmakers cheered the so-called pro-family activists who shouted down the speaker.",
    "Fighters of the so-called Islamic State seized the town.",
    "The agency ran so-called black sites abroad for years.",
])
def test_so_called_before_people_a_polity_or_a_plain_term_keeps_its_doubt(analyze_text: Analyze, text: str) -> None:
    assert "so-called" in evidence(analyze_text(text), DOUBT)


def test_a_company_told_as_a_darling_or_a_pariah_is_labelled(analyze_text: Analyze) -> None:
    found = evidence(analyze_text(
        "The chain was a retail darling for a decade before it became a pariah among suppliers."), LABEL)
    assert "darling" in found
    assert "pariah" in found


def test_a_crime_storys_sensational_telling_is_loaded(analyze_text: Analyze) -> None:
    found = evidence(analyze_text("Rescuers released dramatic footage of a toddler who was snatched from his "
                                   "grandmother's arms at a bus stop."), LOADED)
    assert "dramatic footage" in found
    assert "snatched from his grandmother's arms" in found


def test_a_verdict_beyond_the_rest_is_loaded(analyze_text: Analyze) -> None:
    assert "the most stunning yet" in evidence(analyze_text("The new roadster is easily the most stunning yet."),
                                                LOADED)


@pytest.mark.parametrize("text", [
    "Unemployment saw a dramatic rise in the spring.",
    "Former chancellor Alistair Darling spoke at the dinner.",
])
def test_the_plain_senses_stay_plain(analyze_text: Analyze, text: str) -> None:
    assert author(analyze_text(text)) == []


def test_the_repetition_detector_lives_in_its_own_module(analyze_text: Analyze) -> None:
    from newsprism.analyze.framing.repetition import repetition_hits

    assert callable(repetition_hits)
    frames = author(analyze_text("We want jobs, jobs, jobs for this town."), "Repetition")
    assert frames
