"""The framing stage's shared per-Doc tables must agree with spaCy's own Token/Span views."""

from __future__ import annotations

import newsprism
from newsprism.analyze.framing.tokens import doc_tokens

TEXT = ("They lied. They lied again!  And the \"experts\" agreed?\n\n"
        "WE WILL NOT BACK DOWN. Hope. Unity. — Ann Lee")


def test_tables_match_spacy(pipeline: newsprism.Pipeline) -> None:
    doc = pipeline.nlp(TEXT)
    shared = doc_tokens(doc)
    assert shared.text == doc.text
    assert [t.i for t in shared.tokens] == list(range(len(doc)))
    assert [(s.start, s.end) for s in shared.sents] == [(s.start, s.end) for s in doc.sents]
    for token in doc:
        assert shared.sent_of(token.i) == token.sent
    for sent in doc.sents:
        assert shared.text_of(sent) == sent.text
        assert [t.i for t in shared.of(sent)] == [t.i for t in sent]


def test_cache_follows_the_doc(pipeline: newsprism.Pipeline) -> None:
    first, second = pipeline.nlp("One sentence here."), pipeline.nlp("Another one. And two.")
    assert doc_tokens(first) is doc_tokens(first)
    assert doc_tokens(second).doc is second
    assert doc_tokens(first).text == first.text
