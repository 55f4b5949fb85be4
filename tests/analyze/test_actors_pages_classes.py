"""Actor typing found on real outlet pages (issue #4; benchmarks/quotes_pages.py), in other words.

The parses are built by hand, so each test fixes exactly the construction it checks and does not
depend on what the statistical tagger happens to do with one name.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsprism.analyze.actors.missed import missed_person_mentions
from newsprism.analyze.actors.stage import _relative_who, _role_apposition
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


# "Tavis Orrel , a river ecologist at Dunmore , warned ." (batch 2 of quotes_pages: a name the
# NER missed, or typed as an organisation, set off by a job-noun apposition)
R_WORDS = ["Tavis", "Orrel", ",", "a", "river", "ecologist", "at", "Dunmore", ",", "warned", "."]
R_POS = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"]
R_TAGS = ["NNP", "NNP", ",", "DT", "NN", "NN", "IN", "NNP", ",", "VBD", "."]
R_HEADS = [1, 9, 1, 5, 5, 1, 5, 6, 1, 9, 9]
R_DEPS = ["compound", "nsubj", "punct", "det", "compound", "appos", "prep", "pobj", "punct", "ROOT", "punct"]


def test_a_job_noun_apposition_makes_a_name_a_person() -> None:
    words = [*R_WORDS[:5], "professor", *R_WORDS[6:]]
    doc = _doc(words, R_POS, R_TAGS, R_HEADS, R_DEPS)
    assert _role_apposition(doc, doc[0:2])
    assert "tavis" not in first_names()
    assert [m.text for m in missed_person_mentions(doc, [])] == ["Tavis Orrel"]


def test_an_apposition_without_a_job_noun_keeps_an_organisation() -> None:
    words = ["Tavis", "Orrel", ",", "a", "river", "charity", "at", "Dunmore", ",", "warned", "."]
    doc = _doc(words, R_POS, R_TAGS, R_HEADS, R_DEPS)
    assert not _role_apposition(doc, doc[0:2])  # *charity* describes an organisation
    assert missed_person_mentions(doc, []) == []
    words = ["Orrel", "Institute", *R_WORDS[2:5], "professor", *R_WORDS[6:]]
    doc = _doc(words, R_POS, R_TAGS, R_HEADS, R_DEPS)
    assert not _role_apposition(doc, doc[0:2])  # *Institute* is an organisation word


def test_a_title_with_a_number_after_a_job_word_is_no_apposition() -> None:
    # read on the unlabelled benchmark pages: a list of game titles (*X, Racing Manager 2021,*)
    words = ["Tavis", "Orrel", ",", "Racing", "Manager", "2021", ",", "sold", "well", "."]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "NUM", "PUNCT", "VERB", "ADV", "PUNCT"]
    tags = ["NNP", "NNP", ",", "NNP", "NNP", "CD", ",", "VBD", "RB", "."]
    heads = [1, 7, 1, 4, 1, 4, 1, 7, 7, 7]
    deps = ["compound", "nsubj", "punct", "compound", "appos", "nummod", "punct", "ROOT", "advmod", "punct"]
    doc = _doc(words, pos, tags, heads, deps)
    assert not _role_apposition(doc, doc[0:2])
