"""The writer's verdicts on conduct in verbs and compounds (framing/conduct.py, issue #6).

Batches 3-6 of the real outlet pages missed a news writer's verbs of attack and conduct (*balking*)
and compounds of a state of mind (*Brexit-weary*). Every sentence is written for newsprism, in other
words than the pages; the flagged ones were not flagged before ``conduct.py``, and each literal or
neutral one guards a reading the rule must not take (a blow, a sport, a machine, a report).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from framing_helpers import author, evidence

from newsprism.model import Article

Analyze = Callable[[str], Article]
LOADED = "Loaded Language"


@pytest.mark.parametrize(("text", "word"), [
    ("The senator castigated the transport board at a press conference on Monday.", "castigated"),
    ("Critics excoriated the pension plan in a series of interviews.", "excoriated"),
    ("The coach berated the referees after the final whistle.", "berated"),
])
def test_verbs_of_verbal_attack(analyze_text: Analyze, text: str, word: str) -> None:
    assert word in evidence(analyze_text(text), LOADED)


@pytest.mark.parametrize(("text", "word"), [
    ("The governor slammed his Republican rival in a speech to supporters.", "slammed"),
    ("The union leader blasted the airline's chief executive on local radio.", "blasted"),
    ("The chairman hammered the newspaper as a gossip sheet.", "hammered"),
    ("The premier laid into her predecessor at the party conference.", "laid into"),
])
def test_a_blow_said_of_a_person_or_with_an_as_verdict(analyze_text: Analyze, text: str, word: str) -> None:
    assert word in evidence(analyze_text(text), LOADED)


@pytest.mark.parametrize("text", [
    "He slammed the door and walked out of the meeting.",
    "The Lakers hammered the Thunder 120-90 on Tuesday.",
    "Police battered protesters with batons outside the parliament.",
    "The storm battered the coast overnight.",
    "The rocket blasted off from Florida on Sunday.",
    "Firefighters blasted the flames with water from the river.",
    "The team hammered the ball into the net twice in the second half.",
])
def test_a_literal_blow_stays_plain(analyze_text: Analyze, text: str) -> None:
    assert not author(analyze_text(text), LOADED)


@pytest.mark.parametrize(("text", "word"), [
    ("The ministry dithered for weeks while prices rose.", "dithered"),
    ("Beijing is balking at Washington's demands on state subsidies.", "balking"),
    ("The mayor flip-flopped on the stadium deal twice in a month.", "flip-flopped"),
    ("The council has stalled the housing talks since June.", "stalled"),
])
def test_verbs_of_conduct_said_of_people_and_bodies(analyze_text: Analyze, text: str, word: str) -> None:
    assert word in evidence(analyze_text(text), LOADED)


@pytest.mark.parametrize("text", [
    "The car stalled on the bridge during the morning rush.",
    "The old engine balked in the cold.",
    "A spokesman said the minister had dithered over the decision.",
    "The senator criticised the transport board at a press conference on Monday.",
])
def test_conduct_verbs_of_things_or_reported_stay_plain(analyze_text: Analyze, text: str) -> None:
    assert not author(analyze_text(text), LOADED)


def test_a_compound_of_a_state_of_mind_on_people(analyze_text: Analyze) -> None:
    assert "war-weary" in evidence(analyze_text("War-weary voters stayed at home on polling day."), LOADED)
    assert not author(analyze_text("Weary travellers waited for hours at the airport."), LOADED)


def test_a_quoted_attack_verb_is_the_speakers(analyze_text: Analyze) -> None:
    article = analyze_text('"The governor lambasted us for weeks," the union leader said.')
    assert not author(article, LOADED)
    assert any(f.voice != "author" for f in article.frames if f.technique == LOADED)


@pytest.mark.parametrize(("text", "words"), [
    ("The island's autonomy has been dramatically eroded since the handover.", "dramatically eroded"),
    ("The new law drastically curtailed press freedom in the province.", "drastically curtailed"),
])
def test_a_degree_word_on_a_harm_to_a_civic_value(analyze_text: Analyze, text: str, words: str) -> None:
    assert words in evidence(analyze_text(text), LOADED)


@pytest.mark.parametrize("text", [
    "The earthquake severely damaged homes in the valley.",
    "The central bank sharply cut rates on Thursday.",
    "The opposition says the decree gravely undermines the rights of workers.",
])
def test_harm_to_things_or_reported_harm_stays_plain(analyze_text: Analyze, text: str) -> None:
    assert not author(analyze_text(text), LOADED)
