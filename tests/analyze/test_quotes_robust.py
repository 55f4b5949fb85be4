"""Robustness: random quote marks and apostrophes through the whole quotes stage (issue #3).

Whatever the typography, the stage never crashes, every span slices the text exactly,
quotes never overlap, and the voice map covers every character exactly once.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsprism
from newsprism.analyze.entities import EntityMentions
from newsprism.analyze.quotes import QuoteStage
from newsprism.extract.build import build_article
from newsprism.model import Article, Span

pytestmark = pytest.mark.slow

_WORDS = [
    "Minister Anna Berg", "said", "he added:", "told reporters", "according to the ministry,", "Iran’s",
    "the mullahs’ hope", "’90s", "don't", "that", "the plan", "would fail", "She", "They", "it", ".", ",",
    "admitted that", "the talks", "stalled", "\n\n", "what he called", "the EU's", "Smith", "rock 'n' roll",
]
_MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»", "„"]


@st.composite
def articles_text(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(_MARKS)), min_size=1, max_size=40))
    return " ".join(pieces)


def check_span(article: Article, span: Span | None) -> None:
    if span is not None:
        assert 0 <= span.start <= span.end <= len(article.text)
        assert article.text[span.start : span.end] == span.text


@pytest.fixture(scope="module")
def run(pipeline: newsprism.Pipeline) -> Callable[[str], Article | None]:
    entities, quotes = EntityMentions(), QuoteStage()

    def analyze(text: str) -> Article | None:
        article = build_article(text.split("\n\n"))
        if not article.text:
            return None
        doc = pipeline.nlp(article.text)
        return quotes(entities(article, doc), doc)

    return analyze


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(articles_text())
def test_random_typography_never_breaks_the_stage(run: Callable[[str], Article | None], text: str) -> None:
    article = run(text)
    if article is None:
        return
    ids = {e.id for e in article.entities}
    for quote in article.quotes:
        check_span(article, quote.span)
        check_span(article, quote.cue)
        assert quote.span.end > quote.span.start
        assert 0.0 <= quote.confidence <= 1.0
        if quote.speaker is not None:
            check_span(article, quote.speaker.span)
            assert quote.speaker.entity is None or quote.speaker.entity in ids
    for a, b in itertools.combinations(sorted(article.quotes, key=lambda q: (q.span.start, -q.span.end)), 2):
        if a.span.end > b.span.start:  # quotes overlap only as a report holding a fragment or a title
            assert a.kind == "indirect" and b.kind in ("mixed", "partial", "term"), (a, b)
            assert b.span.end <= a.span.end, "a nested quote stays inside its report"
    voices = article.voices
    assert voices and voices[0].start == 0 and voices[-1].end == len(article.text)
    assert all(a.end == b.start for a, b in itertools.pairwise(voices))
    for entity in article.entities:
        for mention in entity.mentions:
            check_span(article, mention)
