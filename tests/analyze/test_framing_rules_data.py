"""The English words of the framing rules are lexicon data (``[rules]`` in framing_en.toml), not code.

Each test runs a rule with the shipped lexicon, then with its word list emptied: the rule must follow the
data, so a second language only writes its own lists (issue #6, F4).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from spacy.tokens import Doc

import newsprism
from newsprism.analyze.framing import stance
from newsprism.analyze.framing.detectors import LOADED, detect
from newsprism.analyze.framing.lexicon import Lexicon, load_lexicon
from newsprism.analyze.framing.patterns import pattern_hits
from newsprism.analyze.framing.stage import _carry_actors, _Group
from newsprism.model import ActorLabel, make_span


@pytest.fixture(scope="module")
def parse(pipeline: newsprism.Pipeline) -> Any:
    return pipeline.nlp


def _without(lexicon: Lexicon, key: str) -> Lexicon:
    assert lexicon.rules.get(key), f"framing_en.toml [rules] lacks {key}"
    return replace(lexicon, rules={**lexicon.rules, key: []})


def _loaded(doc: Doc, lexicon: Lexicon) -> set[str]:
    return {doc[h.start : h.end].text for h in detect(doc, lexicon) if h.technique == LOADED}


def test_feeling_copulas_are_data(parse: Any) -> None:
    lexicon = load_lexicon()
    doc = parse("The growers said they felt hopeful about the harvest.")
    assert "hopeful" not in _loaded(doc, lexicon)
    assert "hopeful" in _loaded(doc, _without(lexicon, "feeling_copulas"))


def _pattern_spans(doc: Doc, lexicon: Lexicon, technique: str) -> set[str]:
    return {doc[s:e].text for t, s, e, *_ in pattern_hits(doc, lexicon.rules, lexicon.vader, lexicon.labels,
                                                             frozenset()) if t == technique}


def test_result_clause_marks_are_data(parse: Any) -> None:
    lexicon = load_lexicon()
    doc = parse("The flooding was so terrible that the bridge closed for a week.")
    assert "so terrible" not in _pattern_spans(doc, lexicon, LOADED)
    assert "so terrible" in _pattern_spans(doc, _without(lexicon, "result_clause_marks"), LOADED)


def test_scare_quote_demonstratives_are_data(parse: Any) -> None:
    lexicon = load_lexicon()
    doc = parse('Critics mocked this "reform" as a giveaway.')
    assert not _pattern_spans(doc, lexicon, "Doubt")
    assert _pattern_spans(doc, _without(lexicon, "scare_quote_demonstratives"), "Doubt")


@pytest.mark.parametrize(("text", "verb", "key"), [
    ("As the audit points out, the ledger is incomplete.", "point out", "report_clause_marks"),
    ("The carmaker admitted to the faulty brakes last year.", "admit", "concession_preps"),
])
def test_report_words_are_data(parse: Any, text: str, verb: str, key: str) -> None:
    lexicon = load_lexicon()
    doc = parse(text)
    head = verb.split()[0]
    token = next(t for t in doc if t.lemma_ == head)
    cue = lexicon.attribution[verb]
    assert stance._introduces_report(token, cue, set(), lexicon.rules)
    assert not stance._introduces_report(token, cue, set(), _without(lexicon, key).rules)


def test_label_back_determiners_are_data(parse: Any) -> None:
    lexicon = load_lexicon()
    text = "The thug Rex Doe stole a car. Police later caught the thug in a park."
    doc = parse(text)

    def labels() -> list[tuple[_Group, ActorLabel]]:
        out = []
        for start in (text.index("thug"), text.rindex("thug")):
            span = make_span(text, start, start + 4)
            actor = "e1" if start == text.index("thug") else None
            out.append((_Group(technique="Name calling/Labeling", start=0, end=len(text), voice="author"),
                        ActorLabel(label="thug", span=span, voice="author", actor=actor)))
        return out

    determiners = frozenset(lexicon.rules["label_back_determiners"])
    assert [label.actor for _, label in _carry_actors(doc, labels(), determiners)] == ["e1", "e1"]
    assert [label.actor for _, label in _carry_actors(doc, labels(), frozenset())] == ["e1", None]


def test_rhetorical_question_words_are_data(parse: Any) -> None:
    lexicon = load_lexicon()
    doc = parse("The library closed in May. Why did the council close the library?")

    def doubted(lex: Lexicon) -> set[str]:
        return {doc[h.start : h.end].text for h in detect(doc, lex) if h.technique == "Doubt"}

    assert "Why" in doubted(lexicon)
    assert "Why" not in doubted(_without(lexicon, "rhetorical_question_words"))
