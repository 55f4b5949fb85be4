"""Judgement in the writer's own nouns and adjectives (framing/judgement.py): each rule flags the judging
use and leaves the literal one alone. Sentences written for newsprism (invented places and people)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprism.analyze.framing.judgement import load_judgement
from newsprism.analyze.framing.voice import AUTHOR
from newsprism.model import Article

Analyze = Callable[[str], Article]
LOADED = "Loaded Language"


def judged(article: Article, word: str) -> list[str]:
    """The voices of Loaded Language frames whose evidence holds ``word``."""
    return [f.voice for f in article.frames
            if f.technique == LOADED and any(word in e.text for e in f.evidence)]


# --- a concrete vehicle said of an abstract thing, a body or a person ---------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("The harbour authority's budget is a house of cards.", "house of cards"),
    ("Under Ostrava's new speaker the regional assembly descended into a circus.", "circus"),
    ("By spring the transport ministry had become a swamp.", "swamp"),
    ("The tariff question remains a minefield for the coalition.", "minefield"),
    ("Their offer turned the pension talks into a sideshow.", "sideshow"),
    ("By June the inquiry had been reduced to a sideshow.", "sideshow"),
    ("The new tax code is a minefield of exemptions.", "minefield"),
    ("A circus of recriminations followed the vote in Tarsk.", "circus"),
])
def test_noun_metaphor_of_judgement(analyze_text: Analyze, text: str, word: str) -> None:
    assert AUTHOR in judged(analyze_text(text), word)


@pytest.mark.parametrize(("text", "word"), [
    ("The travelling circus arrived in Lindow on Friday with twelve tents.", "circus"),
    ("The valley floor is a quagmire after a week of rain.", "quagmire"),
    ("The circus is a family business run by the Okafor brothers.", "circus"),
    ("The gardens were a zoo with 300 animals until 1990.", "zoo"),
    ("The state circus of Belgrade toured six countries last year.", "circus"),
    ("The old firing range is a minefield of unexploded shells.", "minefield"),
])
def test_literal_vehicle_is_not_flagged(analyze_text: Analyze, text: str, word: str) -> None:
    assert not judged(analyze_text(text), word)


def test_a_quoted_noun_metaphor_is_the_speakers(analyze_text: Analyze) -> None:
    article = analyze_text('"The committee is a circus," said Ilse Braun, a councillor in Wexby.')
    voices = judged(article, "circus")
    assert voices and AUTHOR not in voices


# --- a verdict on a policy or conduct -----------------------------------------------------------------

def test_verdict_on_a_policy_is_judgement(analyze_text: Analyze) -> None:
    article = analyze_text("The council's housing strategy is an obvious failure.")
    assert AUTHOR in judged(article, "failure")


@pytest.mark.parametrize("text", [
    "The second test launch of the rocket was a failure, engineers said.",
    "The pump failure flooded the basement on Monday.",
    "The mayor accused the board of a policy that was a fraud.",
])
def test_verdict_reported_or_technical_is_not_flagged(analyze_text: Analyze, text: str) -> None:
    article = analyze_text(text)
    assert not [v for w in ("failure", "fraud") for v in judged(article, w) if v == AUTHOR]


# --- people held in animals' enclosures or handled like stock ------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("The agency keeps the families in pens of wire mesh behind the depot.", "pens"),
    ("Guards herded the detainees across the yard at dawn.", "herded"),
])
def test_people_caged_or_herded_is_loaded(analyze_text: Analyze, text: str, word: str) -> None:
    assert AUTHOR in judged(analyze_text(text), word)


@pytest.mark.parametrize(("text", "word"), [
    ("The farm keeps its pigs in pens behind the barn, and children may visit them.", "pens"),
    ("Each of the students brought two pens and a notebook to the exam.", "pens"),
    ("Tourists book cage diving trips with the company each summer.", "cage"),
    ("The shepherd herded the sheep across the ridge.", "herded"),
])
def test_literal_enclosure_or_herding_is_not_flagged(analyze_text: Analyze, text: str, word: str) -> None:
    assert not judged(analyze_text(text), word)


# --- a collective noun of contempt over people -----------------------------------------------------------

def test_collective_noun_over_people_is_loaded(analyze_text: Analyze) -> None:
    assert AUTHOR in judged(analyze_text("A horde of lobbyists spent the week in the corridors of Varna."),
                            "horde of lobbyists")
    assert AUTHOR in judged(analyze_text("The minister arrived with a gaggle of advisers."), "gaggle")


def test_collective_noun_over_animals_is_not_flagged(analyze_text: Analyze) -> None:
    assert not judged(analyze_text("A gaggle of geese crossed the road near the reservoir."), "gaggle")
    assert not judged(analyze_text("The hikers were followed by a pack of stray dogs."), "pack")


# --- judgement adjectives and vice nouns -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("Officers answered the march with heavy-handed tactics.", "heavy-handed"),
    ("The regime chose authoritarian aggression over dialogue.", "authoritarian"),
    ("Excessive force has only widened the strike.", "Excessive"),
    ("The capital has decided that bloody suppression must wait.", "bloody"),
])
def test_judgement_adjective_on_conduct_or_people(analyze_text: Analyze, text: str, word: str) -> None:
    assert AUTHOR in judged(analyze_text(text), word)


@pytest.mark.parametrize(("text", "word"), [
    ("The striker left the pitch with a bloody nose.", "bloody"),
    ("Excessive heat closed four schools in Dorn on Tuesday.", "Excessive"),
    ("The union accused the police of using excessive force.", "excessive"),
    ("The tenants say the landlord's response was heavy-handed.", "heavy-handed"),
])
def test_judgement_adjective_literal_or_reported_is_not_flagged(analyze_text: Analyze, text: str, word: str) -> None:
    assert not judged(analyze_text(text), word)


def test_vice_noun_is_the_writers_verdict_unless_reported(analyze_text: Analyze) -> None:
    assert AUTHOR in judged(analyze_text("Years of ineptitude at the port authority have cost the town dearly."),
                            "ineptitude")
    assert not judged(analyze_text("The auditors accused the port authority of ineptitude."), "ineptitude")


# --- adverbs of judgement, reduplicated nouns, stock verdict frames ------------------------------------------

def test_judgement_adverb_on_the_act(analyze_text: Analyze) -> None:
    assert AUTHOR in judged(analyze_text("Voters in Halden were rightly alarmed by the figures."), "rightly")
    assert AUTHOR in judged(analyze_text("The chairman blankly denied that the fund had lost money."), "blankly")


def test_judgement_adverb_inside_a_report_is_not_the_writers(analyze_text: Analyze) -> None:
    # the adverb sits in the clause the union's statement reports: its words, not the writer's
    assert not judged(analyze_text("The union said the board had wrongly withheld the bonus."), "wrongly")


def test_reduplicated_noun_is_exaggeration(analyze_text: Analyze) -> None:
    article = analyze_text("The guards fired round after round of rubber bullets into the square.")
    assert any(f.technique == "Exaggeration/Minimisation" and f.voice == AUTHOR
               and any("after round" in e.text for e in f.evidence) for f in article.frames)
    plain = analyze_text("The second round of talks opened after the first round ended.")
    assert not any(f.technique == "Exaggeration/Minimisation" for f in plain.frames)


@pytest.mark.parametrize(("text", "word"), [
    ("The ministry's answers were rife with contradictions.", "rife with"),
    ("Cutting the grant now is tantamount to closing the clinic.", "tantamount to"),
    ("The relief package came far too little, too late for the growers.", "too little"),
])
def test_stock_verdict_frames_are_loaded(analyze_text: Analyze, text: str, word: str) -> None:
    assert AUTHOR in judged(analyze_text(text), word)


# --- an informal degree word on any adjective --------------------------------------------------------------

def test_informal_intensifier_on_an_adjective(analyze_text: Analyze) -> None:
    assert AUTHOR in judged(analyze_text("This chutney is super simple to make at home."), "super simple")
    assert AUTHOR in judged(analyze_text("The new tram is ridiculously slow."), "ridiculously slow")


def test_super_in_a_name_or_compound_is_not_flagged(analyze_text: Analyze) -> None:
    assert not judged(analyze_text("The Super Bowl drew 100 million viewers."), "Super")
    assert not judged(analyze_text("A super typhoon hit the coast of Luzon on Sunday."), "super")


# --- the data ---------------------------------------------------------------------------------------------

def test_judgement_lists_are_data_per_language() -> None:
    judgement = load_judgement("en")
    assert judgement is not None
    assert "swamp" in judgement.vehicles.index and "failure" in judgement.verdicts
    assert "pen" in judgement.enclosures and "pig" in judgement.literal
    assert load_judgement("xx") is None  # a language without data has no judgement rules
