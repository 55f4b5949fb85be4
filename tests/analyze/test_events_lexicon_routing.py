"""Rules read their word lists from the lexicon the stage passes around, not from the English file.

``solo_discussion`` (events/deliberation.py) once read ``events_en.json`` directly, so a lexicon of
another language would have been checked against the English lists. These tests hand it a lexicon
whose lists differ from the file's and see the rule follow the lexicon.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

import newsprism
from newsprism.analyze.events.deliberation import solo_discussion
from newsprism.analyze.events.lexicon import load_lexicon


def _verb(pipeline: newsprism.Pipeline, text: str, lemma: str) -> Token:
    return next(t for t in pipeline.nlp(text) if t.lemma_.lower() == lemma)


def test_solo_discussion_reads_the_lexicon_it_is_given(pipeline: newsprism.Pipeline) -> None:
    lexicon = load_lexicon("en")
    verb = _verb(pipeline, "In her new book, she discusses her years as a glassblower.", "discuss")
    assert solo_discussion(verb, "discuss", lexicon)
    other = replace(lexicon, words={**lexicon.words, "solo_topic_verbs": frozenset()})
    assert not solo_discussion(verb, "discuss", other)


def test_the_lexicon_knows_its_language() -> None:
    assert load_lexicon("en").language == "en"
