"""Actor typing found on real outlet pages (issue #4; benchmarks/quotes_pages.py), in other words.

The parses are built by hand, so each test fixes exactly the construction it checks and does not
depend on what the statistical tagger happens to do with one name.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsprism.analyze.actors.missed import missed_person_mentions
from newsprism.analyze.actors.stage import _relative_who
from newsprism.analyze.language import first_names

VOCAB = spacy.blank("en").vocab


def _doc(words: list[str], pos: list[str], tags: list[str], heads: list[int], deps: list[str]) -> Doc:
    spaces = [not (i + 1 < len(words) and words[i + 1] in (",", ".")) for i in range(len(words))]
    return Doc(VOCAB, words=words, spaces=spaces, pos=pos, tags=tags, heads=heads, deps=deps)


# "Dorrin Kestwick, who runs the ferries, spoke ."
WORDS = ["Dorrin", "Kestwick", ",", "who", "runs", "the", "ferries", ",", "spoke", "."]
POS = ["PROPN", "PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"]
TAGS = ["NNP", "NNP", ",", "WP", "VBZ", "DT", "NNS", ",", "VBD", "."]
HEADS = [1, 8, 1, 4, 1, 6, 4, 1, 8, 8]
DEPS = ["compound", "nsubj", "punct", "nsubj", "relcl", "det", "dobj", "punct", "ROOT", "punct"]


def test_a_name_with_a_relative_who_is_a_person() -> None:
    doc = _doc(WORDS, POS, TAGS, HEADS, DEPS)
    assert _relative_who(doc, doc[0:2])


def test_an_organisation_word_or_a_common_noun_keeps_its_type_before_who() -> None:
    words = ["Harbor", "Union", ",", "who", "runs", "the", "ferries", ",", "spoke", "."]
    doc = _doc(words, POS, TAGS, HEADS, DEPS)
    assert not _relative_who(doc, doc[0:2])  # *union* is an organisation word
    words = ["The", "union", ",", "who", "runs", "the", "ferries", ",", "spoke", "."]
    doc = _doc(words, ["DET", "NOUN", *POS[2:]], ["DT", "NN", *TAGS[2:]], HEADS, ["det", *DEPS[1:]])
    assert not _relative_who(doc, doc[0:2])


def test_a_missed_name_with_a_relative_who_is_recovered_without_a_known_given_name() -> None:
    assert "dorrin" not in first_names()
    doc = _doc(WORDS, POS, TAGS, HEADS, DEPS)
    assert [m.text for m in missed_person_mentions(doc, [])] == ["Dorrin Kestwick"]
