"""Batch 10's general classes (issue #6, F13; batch 10 of the real outlet pages is in-sample for them).

- a **charge the writer reports** (*charged with*, *pleaded guilty to*, *accused of*, *counts of*, *alleged*):
  its words are the court's or the prosecution's, not the writer's loaded language (framing/plain.py);
- a **weak word denied** (*not antagonizing*) or a **term of leave** (*sick days*) no longer pairs with a second
  weak word into a frame (framing/detectors.py, lexicons/plain_en.toml);
- a news writer's **verbs of conduct**: *lashing out at* with no subject of its own, a suit told as a haul
  (*dragged X to court*), and the idiom of slight *slights* (framing/conduct.py, lexicon data).

Every sentence is written for newsprism in other words than the pages. Each plain case was flagged
before this round and each loaded one was missed (or guards that the rule does not clear too much).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from framing_helpers import author, evidence

from newsprism.model import Article

Analyze = Callable[[str], Article]
LOADED = "Loaded Language"


@pytest.mark.parametrize("text", [
    "The two men were summoned over alleged assaults on its officers and the destruction of its property.",
    "The driver was charged with assaults on two officers and destruction of property.",
    "She pleaded guilty to assaults on three neighbours and the destruction of their fences.",
    "The guard was accused of assaults on inmates and the destruction of their letters.",
])
def test_a_reported_charge_is_not_the_writers_loaded_language(analyze_text: Analyze, text: str) -> None:
    assert author(analyze_text(text), LOADED) == []


def test_the_same_words_outside_a_charge_still_flag(analyze_text: Analyze) -> None:
    found = evidence(analyze_text(
        "The militia's destruction of the town and its assaults on villagers went on for weeks."), LOADED)
    assert "destruction" in found


def test_a_denied_act_does_not_pair_with_a_second_weak_word(analyze_text: Analyze) -> None:
    plain = analyze_text("The officials were careful about not antagonizing residents during the destruction "
                         "of the old pier.")
    assert author(plain, LOADED) == []
    loaded = analyze_text("The officials kept antagonizing residents during the destruction of the old pier.")
    assert "antagonizing" in evidence(loaded, LOADED)


def test_sick_days_are_a_term_of_leave(analyze_text: Analyze) -> None:
    assert author(analyze_text("Hundreds of nurses used sick days to join the rally, antagonizing hospital "
                               "managers."), LOADED) == []
    assert "sick" in evidence(analyze_text("It was a sick joke, antagonizing the families of the victims."), LOADED)


@pytest.mark.parametrize(("text", "word"), [
    ("The mayor avoided the mistake his rival made in lashing out at nurses over the strike.", "lashing out at"),
    ("Three senators have dragged the police chief to court over the raid on their homes.", "dragged"),
    ("The union hauled the airline into court last spring.", "hauled"),
    ("Long one of the award's great slights, the singer was finally nominated this year.", "slights"),
])
def test_a_news_writers_verbs_of_conduct_and_slight(analyze_text: Analyze, text: str, word: str) -> None:
    assert word in evidence(analyze_text(text), LOADED)


@pytest.mark.parametrize("text", [
    "Rescuers dragged the injured hiker to the car park before dusk.",
    "The storm lashed the coast overnight.",
    "Shares showed a slight gain on Tuesday.",
    "The lawyer said the senators had dragged his client to court.",
])
def test_plain_senses_stay_plain(analyze_text: Analyze, text: str) -> None:
    assert author(analyze_text(text), LOADED) == []
