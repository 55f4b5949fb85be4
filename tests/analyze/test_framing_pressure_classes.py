"""Classes batches 5 and 6 of the real outlet pages showed (benchmarks/framing_pages.py, issue #6).

A wire story judges with its verbs and idioms of evasion, pressure and attack on a person (*ducked
the question*, *under fire over*), and with adjectives of manipulation on media and evidence (*a
doctored clip*); and it mentions words it does not use (*the term "regime"*), measures plainly
(*improved access*, *an ambitious goal*) and asks the reader to choose (*Which party can voters
believe?*). Each class is lexicon data with the construction that makes it a figure or a mention
(``figurative_en.toml``, ``judgement_en.toml``, ``framing_en.toml``). Every sentence is written for
newsprism, in other words than the pages, and each test failed before its class was added: the
flagged ones were not flagged, the plain ones were.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from framing_helpers import author, evidence

from newsprism.model import Article

Analyze = Callable[[str], Article]
LOADED = "Loaded Language"


# --- evasion and pursuit verbs said of questions and campaigns --------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("At the hearing the minister ducked every question on hospital waiting lists.", "ducked"),
    ("The finance chief skirted the issue of bonuses during the shareholder meeting.", "skirted"),
    ("Rumours of a rift have hounded the coalition since the spring.", "hounded"),
    ("Doubts about the funding have dogged the stadium project from the start.", "dogged"),
])
def test_evasion_and_pursuit_verbs_on_abstract_things(analyze_text: Analyze, text: str, word: str) -> None:
    assert word in evidence(analyze_text(text), LOADED)


@pytest.mark.parametrize("text", [
    "The cyclist dodged a pothole and kept her lead on the final descent.",
    "Walkers ducked under the low branches near the river.",
    "The ferry skirted the northern coast to avoid the storm.",
    "The farm dogs hounded a fox across the lower field.",
])
def test_evasion_verbs_on_physical_things_are_literal(analyze_text: Analyze, text: str) -> None:
    assert not author(analyze_text(text), LOADED)


# --- idioms of pressure on a person -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("The health secretary is under fire over the delayed vaccine orders.", "under fire over"),
    ("The club's owner landed in hot water after the ticket price rise.", "landed in hot water"),
    ("The coach found himself in the hot seat after a third straight defeat.", "in the hot seat"),
    ("The regulator came under fire from campaigners for approving the merger.", "under fire from campaigners"),
    ("Ministers are in the firing line over the rail timetable.", "in the firing line over"),
])
def test_pressure_idioms(analyze_text: Analyze, text: str, word: str) -> None:
    assert any(word in e for e in evidence(analyze_text(text), LOADED))


@pytest.mark.parametrize("text", [
    "Soldiers at the checkpoint were under fire for most of the night.",
    "The convoy came under fire from militants south of the capital.",
    "Rinse the noodles in hot water for two minutes before serving.",
])
def test_pressure_idioms_literal_in_battle_and_kitchen(analyze_text: Analyze, text: str) -> None:
    assert not author(analyze_text(text), LOADED)


def test_figure_of_quantity_is_exaggeration(analyze_text: Analyze) -> None:
    article = analyze_text("The new chief executive inherits a mountain of debt and distrust.")
    assert "mountain of" in evidence(article, "Exaggeration/Minimisation")


def test_literal_mountain_is_plain(analyze_text: Analyze) -> None:
    assert not author(analyze_text("Volunteers cleared a mountain of debris from the beach after the storm."))


# --- adjectives of manipulation on media and evidence ------------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("The campaign shared a doctored clip of the mayor's speech.", "doctored"),
    ("The leaflet was built on cherry-picked figures from a single month.", "cherry-picked"),
    ("The agency ran a misleading advert about the pension changes.", "misleading"),
    ("The minister called the doctored footage a joke.", "doctored"),
])
def test_manipulation_adjectives_on_media(analyze_text: Analyze, text: str, word: str) -> None:
    assert word in evidence(analyze_text(text), LOADED)


@pytest.mark.parametrize("text", [
    "The union said the published figures were misleading.",
    "The council accused the developer of a misleading brochure.",
    "The road signs near the junction were misleading after the works.",
])
def test_manipulation_reported_or_not_on_media_is_not_the_writers(analyze_text: Analyze, text: str) -> None:
    assert not author(analyze_text(text), LOADED)


# --- precision: mentioned words, plain measures, choice questions ----------------------------------


@pytest.mark.parametrize("text", [
    'The broadcaster stopped using the word "regime" in its reports last year.',
    "Editors debated whether the label extremist fitted the group.",
])
def test_a_mentioned_word_is_not_used(analyze_text: Analyze, text: str) -> None:
    assert not author(analyze_text(text), "Name calling/Labeling")


def test_a_used_label_still_counts(analyze_text: Analyze) -> None:
    assert author(analyze_text("The regime jailed two more reporters this week."), "Name calling/Labeling")


@pytest.mark.parametrize("text", [
    "Negotiators spoke of improved access to fishing grounds for both countries.",
    "Farmers want improved roads and cheaper fuel.",
    "The province set an ambitious goal of 40 new clinics by 2030.",
])
def test_plain_measures_are_not_praise(analyze_text: Analyze, text: str) -> None:
    assert not author(analyze_text(text), LOADED)


@pytest.mark.parametrize("text", [
    "The hard part of the race is simple: which party can voters believe?",
    "After three debates one question remains: whom can residents trust?",
])
def test_a_question_of_choice_is_not_doubt(analyze_text: Analyze, text: str) -> None:
    assert not author(analyze_text(text), "Doubt")


@pytest.mark.parametrize("text", [
    "Can residents really trust the council with their savings?",
    "After the latest leak, who can residents trust anymore?",
])
def test_a_question_that_insinuates_is_doubt(analyze_text: Analyze, text: str) -> None:
    assert author(analyze_text(text), "Doubt")
