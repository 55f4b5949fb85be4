"""The events stage's repair of a verb the parser read as an adjective (issue #5). Invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsprism.analyze.events.repair import repair_parse
from newsprism.model import Article

Analyze = Callable[[str], Article]


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str], tags: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_a_finite_verb_read_as_an_adjective_heads_its_clause_again() -> None:
    # "Rebels burned three trucks ." parsed as one noun phrase headed by "trucks"
    doc = _doc(["Rebels", "burned", "three", "trucks", "."], [3, 3, 3, 3, 3],
               ["compound", "amod", "nummod", "ROOT", "punct"], ["NOUN", "VERB", "NUM", "NOUN", "PUNCT"],
               ["NNS", "VBD", "CD", "NNS", "."])
    fixed = repair_parse(doc)
    assert fixed is not doc
    assert [(t.text, t.dep_, t.head.text) for t in fixed[:4]] == [
        ("Rebels", "nsubj", "burned"), ("burned", "ROOT", "burned"), ("three", "nummod", "trucks"),
        ("trucks", "dobj", "burned")]
    assert doc[1].dep_ == "amod"  # the caller's parse is untouched


def test_a_coordinated_verb_read_as_an_adjective_is_a_verb_again() -> None:
    # "Police searched homes and seized rifles ." with "seized rifles" a noun conjunct of "searched"
    doc = _doc(["Police", "searched", "homes", "and", "seized", "rifles", "."], [1, 1, 1, 1, 5, 1, 1],
               ["nsubj", "ROOT", "dobj", "cc", "amod", "conj", "punct"],
               ["NOUN", "VERB", "NOUN", "CCONJ", "ADJ", "NOUN", "PUNCT"], ["NNS", "VBD", "NNS", "CC", "JJ", "NNS", "."])
    fixed = repair_parse(doc)
    assert (fixed[4].pos_, fixed[4].dep_, fixed[4].head.text) == ("VERB", "conj", "searched")
    assert (fixed[5].dep_, fixed[5].head.text) == ("dobj", "seized")


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "tags"), [
    # "armed men" is an adjective; "Russian-made rockets" as an object is no clause
    (["The", "armed", "men", "left", "."], [2, 2, 3, 3, 3], ["det", "amod", "nsubj", "ROOT", "punct"],
     ["DET", "VERB", "NOUN", "VERB", "PUNCT"], ["DT", "VBN", "NNS", "VBD", "."]),
    (["They", "found", "made", "rockets", "."], [1, 1, 3, 1, 1], ["nsubj", "ROOT", "amod", "dobj", "punct"],
     ["PRON", "VERB", "VERB", "NOUN", "PUNCT"], ["PRP", "VBD", "VBD", "NNS", "."]),
])
def test_real_adjectives_are_left_alone(words: list[str], heads: list[int], deps: list[str], pos: list[str],
                                        tags: list[str]) -> None:
    doc = _doc(words, heads, deps, pos, tags)
    assert repair_parse(doc) is doc


def test_a_noun_object_tagged_a_verb_is_a_noun_again() -> None:
    # "The navy held naval drills ." with "drills" tagged VBZ: only a noun can be the object
    doc = _doc(["The", "navy", "held", "naval", "drills", "."], [1, 2, 2, 4, 2, 2],
               ["det", "nsubj", "ROOT", "amod", "dobj", "punct"],
               ["DET", "NOUN", "VERB", "ADJ", "VERB", "PUNCT"], ["DT", "NN", "VBD", "JJ", "VBZ", "."])
    fixed = repair_parse(doc)
    assert (fixed[4].pos_, fixed[4].tag_, fixed[4].lemma_) == ("NOUN", "NNS", "drill")
    assert doc[4].pos_ == "VERB"  # the caller's parse is untouched
    # a gerund object ("stopped fighting") is a verb
    gerund = _doc(["They", "stopped", "fighting", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                  ["PRON", "VERB", "VERB", "PUNCT"], ["PRP", "VBD", "VBG", "."])
    assert repair_parse(gerund) is gerund
