"""CAMEO verb patterns (issue #5): the builder keeps multi-word, preposition and synset patterns;
the extractor matches them on the trigger verb's dependency phrase, longest first. Invented sentences."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Token

from newsprism.analyze.events.build_lexicon import lookup, parse_pattern, read_patterns
from newsprism.analyze.events.lexicon import load_lexicon
from newsprism.analyze.events.patterns import best_pattern, compile_pattern, phrase_after, phrase_before
from newsprism.analyze.language import load_nlp
from newsprism.model import Article

Analyze = Callable[[str], Article]

_TABLE: dict[str, dict[str, Any]] = {
    "10": {"type": "REQUEST", "mode": None, "context": []},
    "17": {"type": "COERCE", "mode": None, "context": []},
    "173": {"type": "COERCE", "mode": "arrest", "context": []},
    "164": {"type": "SANCTION", "mode": "withdraw", "context": []},
}

_DICTIONARY = """\
&DETENTION
+CUSTODY
+HOUSE_ARREST

####### VERB PATTERNS #######

---  ARRANGE   [---]  ---
PLACE
PUT {PUTS PUTTING }
+PUT_AWAY [173]
- * (UNDER SURVEILLANCE)                              [173]         # PLACE
- * (IN &DETENTION)                                   [173]         # PLACE
- * OFF TALK                                          [164]         # PUT
- * OUT VIEWS                                         [010]         # SET
"""


def test_pattern_syntax_becomes_ordered_slots() -> None:
    before, after = parse_pattern(" &MILITARY * (ON ALERT) {AIR EXERCISE} $ ")  # type: ignore[misc]
    assert before == ["&military"]
    assert after == ["on", "alert", "air exercise"]
    assert parse_pattern(" * VIOLAT_ ") == ([], ["violat_"])
    assert parse_pattern("no verb here") is None


def test_appeals_read_as_requests_and_statements_have_no_reading() -> None:
    assert lookup(_TABLE, "0233") == {**_TABLE["10"], "cameo": "0233"}
    assert lookup(_TABLE, "012") is None


def test_builder_keeps_synsets_multiword_verbs_and_origins(tmp_path: Path) -> None:
    path = tmp_path / "verbs.txt"
    path.write_text(_DICTIONARY, "utf-8")
    built = read_patterns(path, _TABLE)
    rows = built["patterns"]["arrange"]
    assert [[], ["under", "surveillance"], "173", "place"] in rows
    assert [[], ["in", "&detention"], "173", "place"] in rows
    assert [[], ["away"], "173", "put", "verb"] in rows  # +PUT_AWAY: the verb put, the pattern * AWAY
    assert built["pattern_codes"]["010"] is None  # a statement: blocks the verb, codes nothing
    assert built["synsets"]["detention"] == ["custody", "house arrest"]
    assert built["verb_blocks"]["put"] == ["arrange"]


def _verb(text: str, index: int) -> tuple[Token, list[Token], list[Token]]:
    doc = load_nlp(None)(text)
    token = doc[index]
    return token, phrase_before(token), phrase_after(token)


@pytest.mark.slow
def test_matching_uses_stems_synsets_and_gaps() -> None:
    synsets = {"detention": ["custody", "house arrest"]}
    patterns = [
        compile_pattern([], ["in", "&detention"], "held", "173", synsets),
        compile_pattern([], ["violat", "sovereignty"], "aggression", "1123", synsets),
    ]
    _, before, after = _verb("Police placed the activist in house arrest.", 1)
    assert best_pattern(patterns, before, after).code == "173"  # type: ignore[union-attr]
    _, before, after = _verb("Iran accused Iraq of violating its sovereignty.", 1)
    assert best_pattern(patterns, before, after).code == "1123"  # type: ignore[union-attr]


@pytest.mark.slow
def test_a_compound_modifier_and_a_date_are_not_the_phrase() -> None:
    patterns = [compile_pattern([], ["weapon"], "x", "0874", {}), compile_pattern([], ["on"], "y", "020", {})]
    _, before, after = _verb("The rebels withdrew weapons inspectors from the region.", 2)
    assert best_pattern(patterns, before, after) is None  # *weapons inspectors* is no *weapons*
    _, before, after = _verb("The minister telephoned his counterpart on Tuesday.", 2)
    assert best_pattern(patterns, before, after) is None  # *on Tuesday* is when, not *call on*


@pytest.mark.slow
def test_a_passive_subject_is_not_the_pattern_subject() -> None:
    patterns = [compile_pattern(["protester"], [], "protest", "141", {})]
    _, before, after = _verb("Protesters were attacked by police.", 2)
    assert before == [] and best_pattern(patterns, before, after) is None


@pytest.mark.slow
def test_longest_pattern_wins_and_lexicon_patterns_load() -> None:
    lexicon = load_lexicon("en")
    assert lexicon.patterns("put"), "the shipped lexicon has patterns for put"
    sizes = [p.size for p in lexicon.patterns("put")]
    assert sizes == sorted(sizes, reverse=True)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "mode"), [
    ("Serbia put off talks with Croatia.", "SANCTION", "withdraw"),  # a light verb read by its phrase
    ("The government placed the opposition leader under surveillance.", "COERCE", "arrest"),
    ("Police arrested 12 protesters on Tuesday.", "COERCE", "arrest"),  # one word does not outrank the own list
])
def test_patterns_code_events(analyze_text: Analyze, text: str, kind: str, mode: str) -> None:
    found = [(e.type, e.mode) for e in analyze_text(text).events]
    assert (kind, mode) in found, found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "trigger"), [
    ("Teachers went on strike over pay.", "PROTEST", "went on strike"),  # verb + preposition + object
    ("The union broke off talks with the company.", "SANCTION", "broke off"),  # verb + particle + object
    ("Workers staged a sit-in outside the ministry.", "PROTEST", "staged"),  # tagger's lemma "stag"; SIT-IN
])
def test_multiword_phrases_and_lemma_slips(analyze_text: Analyze, text: str, kind: str, trigger: str) -> None:
    found = [(e.type, e.trigger.text) for e in analyze_text(text).events]
    assert (kind, trigger) in found, found


def test_hyphenated_pattern_words_match_split_tokens() -> None:
    pattern = compile_pattern([], ["sit-in"], "sit-in", "141", {})
    assert [w.text for w in pattern.after[0][0]] == ["sit", "in"]
