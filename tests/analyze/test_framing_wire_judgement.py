"""A wire writer's verdicts on standing and competence, and stock figures of judgement (issue #6).

Batches 3-6 of the real outlet pages missed judgement words VADER does not rate (*besieged* said of
a government's standing); these are lexicon data (``judgement_en.toml`` adjectives and vehicles,
``framing_en.toml`` stock figures) read by the existing constructions. Sentences written for
newsprism; the flagged ones were not flagged before the words were added, the plain ones guard the
constructions (a place, a thing, a report).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from framing_helpers import author, evidence

from newsprism.model import Article

Analyze = Callable[[str], Article]
LOADED = "Loaded Language"


@pytest.mark.parametrize(("text", "word"), [
    ("The beleaguered prime minister faces a confidence vote on Thursday.", "beleaguered"),
    ("The ministry's sloppy handling of the census drew complaints from councils.", "sloppy"),
    ("The mayor unveiled grandiose plans for a second airport.", "grandiose"),
    ("The senator returned to her strident rhetoric on immigration.", "strident"),
    ("Voters waited for a much-needed reform of the pension system.", "much-needed"),
])
def test_verdicts_on_people_bodies_and_conduct(analyze_text: Analyze, text: str, word: str) -> None:
    assert word in evidence(analyze_text(text), LOADED)


@pytest.mark.parametrize("text", [
    "The besieged city has been without power for a week.",
    "The hollow tree fell during the storm.",
    "The hollow steel tubes are cheaper to ship.",
    "Residents say the much-needed repairs never came.",
])
def test_places_things_and_reports_stay_plain(analyze_text: Analyze, text: str) -> None:
    assert not author(analyze_text(text), LOADED)


@pytest.mark.parametrize(("text", "word"), [
    ("Everyone in the cabinet knows he is a loose cannon.", "loose cannon"),
    ("The treaty has become a dead letter since the coup.", "dead letter"),
    ("For years the ministry was a revolving door for lobbyists.", "revolving door"),
])
def test_people_and_bodies_as_tools_and_machines(analyze_text: Analyze, text: str, word: str) -> None:
    assert word in evidence(analyze_text(text), LOADED)


@pytest.mark.parametrize(("text", "word"), [
    ("The lawmakers handed the developers a sweetheart deal on the land.", "sweetheart deal"),
    ("The bank's board approved a golden parachute for the outgoing chief.", "golden parachute"),
    ("The agency spent the year on a fishing expedition into the charity's accounts.", "fishing expedition"),
])
def test_stock_figures_of_judgement_on_deals_and_tactics(analyze_text: Analyze, text: str, word: str) -> None:
    assert word in evidence(analyze_text(text), LOADED)


def test_a_machine_that_is_a_machine_stays_plain(analyze_text: Analyze) -> None:
    assert not author(analyze_text("The bulldozer cleared the site in two days."), LOADED)


@pytest.mark.parametrize(("text", "words"), [
    ("Despite the delays, the airline reports stronger than ever demand for its summer routes.", "stronger than ever"),
    ("Farmers faced a drought the likes of which the region had not seen.", "the likes of which"),
])
def test_comparisons_with_all_of_the_past_exaggerate(analyze_text: Analyze, text: str, words: str) -> None:
    found = [e.text.lower() for f in author(analyze_text(text), "Exaggeration/Minimisation")
             for e in (f.evidence or [f.span])]
    assert words in found


def test_a_compound_of_a_state_of_mind_on_a_public(analyze_text: Analyze) -> None:
    text = "Both parties are courting a war-weary electorate before the vote."
    assert "war-weary" in evidence(analyze_text(text), LOADED)


@pytest.mark.parametrize(("text", "word"), [
    ("The minister conveniently forgot the meeting when the auditors asked.", "conveniently"),
    ("Predictably, the board approved its own pay rise.", "predictably"),
])
def test_the_writers_sarcastic_comment_on_an_act(analyze_text: Analyze, text: str, word: str) -> None:
    assert word in evidence(analyze_text(text), LOADED)


def test_a_quarrel_told_as_a_fuss(analyze_text: Analyze) -> None:
    assert "kerfuffle" in evidence(analyze_text("The kerfuffle over the mayor's parking permit lasted a month."),
                                   LOADED)
    assert not author(analyze_text("The feud between the two families began in 1998."), LOADED)


def test_size_blown_up(analyze_text: Analyze) -> None:
    found = [e.text.lower() for f in author(analyze_text("The council paid a whopping 40 percent more for the site."),
                                             "Exaggeration/Minimisation") for e in (f.evidence or [f.span])]
    assert "whopping" in found


def test_a_sarcasm_adverb_in_a_report_is_the_speakers(analyze_text: Analyze) -> None:
    assert not author(analyze_text("The auditor said the files had conveniently disappeared."), LOADED)


@pytest.mark.parametrize(("text", "word"), [
    ("The bribery scandal rocked the ruling party last spring.", "rocked"),
    ("The coalition is mired in infighting ahead of the vote.", "mired"),
    ("The decision has haunted the former minister ever since.", "haunted"),
])
def test_verbs_of_upheaval_said_of_abstract_things(analyze_text: Analyze, text: str, word: str) -> None:
    assert word in evidence(analyze_text(text), LOADED)


@pytest.mark.parametrize("text", [
    "The earthquake rocked buildings across the city.",
    "The truck was mired in mud for two days.",
    "The climber gripped the rope with both hands.",
])
def test_verbs_of_upheaval_said_of_things_stay_literal(analyze_text: Analyze, text: str) -> None:
    assert not author(analyze_text(text), LOADED)


@pytest.mark.parametrize(("text", "words"), [
    ("The ministry's answer was laughably inadequate.", "laughably inadequate"),
    ("The board's forecast looks hopelessly naive.", "hopelessly naive"),
])
def test_a_scornful_degree_word_on_a_rated_adjective(analyze_text: Analyze, text: str, words: str) -> None:
    assert words in evidence(analyze_text(text), LOADED)


@pytest.mark.parametrize(("text", "words"), [
    ("The regulator turned a blind eye to the lender's accounts for years.", "turned a blind eye"),
    ("The new rules fly in the face of the court's ruling.", "fly in the face of"),
    ("The ministry swept the report under the rug before the election.", "under the rug"),
    ("The coalition now hangs by a thread after two defections.", "hangs by a thread"),
])
def test_stock_idioms_of_judgement(analyze_text: Analyze, text: str, words: str) -> None:
    assert any(words in e for e in evidence(analyze_text(text), LOADED))


def test_a_literal_tightrope_stays_plain(analyze_text: Analyze) -> None:
    assert not author(analyze_text("The acrobat crossed the square on a tightrope strung between two towers."), LOADED)


@pytest.mark.parametrize(("text", "words"), [
    ("The chancellor took a swipe at the central bank in her budget speech.", "took a swipe at"),
    ("The airline hit back at critics of its refund policy on Friday.", "hit back at"),
    ("The auditors delivered a scathing review of the hospital's finances.", "scathing"),
])
def test_criticism_told_as_a_blow_or_a_sting(analyze_text: Analyze, text: str, words: str) -> None:
    assert any(words in e for e in evidence(analyze_text(text), LOADED))


@pytest.mark.parametrize("text", [
    "Runners struggled in the blistering heat of the afternoon.",
    "The children were warned about the stinging nettles along the path.",
])
def test_heat_and_stings_stay_literal(analyze_text: Analyze, text: str) -> None:
    assert not author(analyze_text(text), LOADED)
