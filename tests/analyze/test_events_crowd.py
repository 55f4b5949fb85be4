"""A crowd's violence (issue #5, ``events/crowd.py``): read once, by ``readings.actor_reading``.

Who acts decides some readings (``actor_recode``): protesters' ASSAULT verbs read as PROTEST riot.
Whether the verb harms people (a victim named, a fight) is an input of that one decision, not a
correction made after it; these tests pin the decision itself (the verb-level cases, end to end, are in
``test_events_batch11_classes.py``)."""

from __future__ import annotations

import pytest

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
