"""A crowd's violence (issue #5, ``events/crowd.py``): read once, by ``readings.actor_reading``.

Who acts decides some readings (``actor_recode``): protesters' ASSAULT verbs read as PROTEST riot.
Whether the verb harms people (a victim named, a fight) is an input of that one decision, not a
correction made after it; these tests pin the decision itself (the verb-level cases, end to end, are in
``test_events_batch11_classes.py``)."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, read_dated

import newsprism
from newsprism.analyze.events.crowd import is_riot
from newsprism.analyze.events.lexicon import load_lexicon
from newsprism.analyze.events.readings import actor_reading


@pytest.mark.parametrize(("sector", "hurt", "expected"), [
    ("OPP", False, ("PROTEST", "riot")),  # protesters' violence on no one named: the riot
    ("OPP", True, ("ASSAULT", None)),  # on people, or a fight: the assault stays
    ("MIL", True, ("ASSAULT", None)),  # no recode for troops either way
    ("LEG", True, ("ACCUSE", "disapprove")),  # lawmakers who attack someone do it in words: not a riot recode
])
def test_actor_reading_decides_a_crowds_violence_once(sector: str, hurt: bool,
                                                      expected: tuple[str, str | None]) -> None:
    assert actor_reading("ASSAULT", None, [sector], load_lexicon("en"), "attack", harms_people=hurt) == expected


def test_only_an_assault_read_as_a_protest_is_the_riot_recode() -> None:
    assert is_riot("ASSAULT", "PROTEST")
    assert not is_riot("ASSAULT", "ACCUSE") and not is_riot("PROTEST", "MOBILIZE")


def _reading(pipeline: newsprism.Pipeline, text: str, verb: str) -> tuple[str, str | None] | None:
    event = by_trigger(read_dated(pipeline, text, "2029-05-02"), verb)
    return None if event is None else (event.type, event.mode)


# A crowd's violence that names no victim (PLOVER manual, decided in E17; see events/crowd.py): its weapons
# used in its own clash are the clash's ASSAULT ("clashes that involve ... fire, rocks" are ASSAULT primitive),
# in either order of the two verbs; these fail without crowd._fights_with (they were read as the riot).
@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Several hundred protesters clashed with riot police at the gates and threw rocks.",
    "Rioters threw rocks and clashed with police near the depot.",
    "Farm protesters clashed with gendarmes on the bypass on Tuesday and threw rocks.",
])
def test_a_crowds_weapons_in_its_clash_are_the_clash(pipeline: newsprism.Pipeline, text: str) -> None:
    reading = _reading(pipeline, text, "threw")
    assert reading is not None and reading[0] == "ASSAULT", reading


# The rest of the class stays the riot the manual describes (a crowd's violence "directed toward ... government
# authorities" meant to injure or damage; property burnt in it is "destruction incidental to a riot"), and a
# clash stays two-sided violence with or without its other side named.
@pytest.mark.slow
@pytest.mark.parametrize(("text", "verb", "expected"), [
    ("Protesters threw rocks outside the ministry on Sunday.", "threw", ("PROTEST", "riot")),
    # aimed at a building: what it harms is named, and it is property
    ("Demonstrators clashed with police near the port and threw rocks at the customs building.", "threw",
     ("PROTEST", "riot")),
    ("Rioters set fire to three cars outside the stadium.", "set", ("PROTEST", "riot")),
    ("Demonstrators rioted in the harbour district overnight.", "rioted", ("PROTEST", "riot")),
    ("Protesters clashed outside the embassy.", "clashed", ("ASSAULT", None)),
])
def test_a_crowds_violence_with_no_victim(pipeline: newsprism.Pipeline, text: str, verb: str,
                                          expected: tuple[str, str | None]) -> None:
    assert _reading(pipeline, text, verb) == expected
