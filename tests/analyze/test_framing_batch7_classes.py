"""Classes batch 7 of the real outlet pages showed after its first run (issue #6; batch 7 is in-sample for them).

A wire story grills a witness, faces the heat, stumbles through questions, calls a company embattled
and a candidacy underwhelming; it also says *offensive rebound* and *its worst week* plainly. Each class
is lexicon data read by an existing construction (``conduct_en.toml``, ``figurative_en.toml``,
``judgement_en.toml``, ``framing_en.toml``) or, for a body judged as its people are, one condition in
``judgement.py``. Sentences written for newsprism in other words than the pages; each flagged one was not
flagged before, each plain one was.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from framing_helpers import author, evidence

from newsprism.model import Article

Analyze = Callable[[str], Article]
LOADED = "Loaded Language"


@pytest.mark.parametrize(("text", "words"), [
    ("Senators grilled the central bank governor for three hours.", "grilled"),
    ("The governor assailed the auditors in a radio interview.", "assailed"),
    ("The transport minister faced the heat over the rail delays.", "faced the heat"),
    ("The mayor stumbled through questions about the stadium budget.", "stumbled through"),
    ("The embattled bank cut 900 jobs on Monday.", "embattled"),
    ("The agency's muddled response left farmers without aid.", "muddled"),
])
def test_wire_judgement_in_verbs_idioms_and_adjectives(analyze_text: Analyze, text: str, words: str) -> None:
    assert any(words in e for e in evidence(analyze_text(text), LOADED))


@pytest.mark.parametrize("text", [
    "He grilled the fish on the barbecue before the guests arrived.",
    "The centre grabbed an offensive rebound with ten seconds left.",
    "Shares in the carmaker had their worst week since March.",
])
def test_cooking_sport_and_measures_stay_plain(analyze_text: Analyze, text: str) -> None:
    assert not author(analyze_text(text), LOADED)
