"""Offsets and the JSON format: every span slices the text, through every round trip."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsprism
from newsprism.extract.build import build_article
from newsprism.extract.text import extract_text
from newsprism.jsonformat import article_from_dict, article_to_dict
from newsprism.model import Article, Entity, Event, Frame, Party, Quote, Span, Speaker, make_span

paragraph = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=0, max_size=80
)


def test_public_api_is_small_and_sorted() -> None:
    # isort-style: CONSTANTS, then Classes, then functions, each alphabetical.
    order = sorted(newsprism.__all__, key=lambda n: (0 if n.isupper() else 1 if n[0].isupper() else 2, n))
    assert newsprism.__all__ == order
    assert len(newsprism.__all__) <= 30
    for name in newsprism.__all__:
        assert hasattr(newsprism, name)


def test_span_rejects_text_that_does_not_fit() -> None:
    with pytest.raises(ValueError):
        Span(start=0, end=3, text="ab")
    with pytest.raises(ValueError):
        make_span("abc", 2, 5)


@given(st.lists(paragraph, max_size=8))
def test_paragraph_spans_slice_the_text(paragraphs: list[str]) -> None:
    article = build_article(paragraphs)
    for span in article.paragraphs:
        assert article.text[span.start : span.end] == span.text
        assert span.text and span.text == span.text.strip()
    assert "\n\n".join(p.text for p in article.paragraphs) == article.text


@settings(max_examples=200)
@given(st.text(max_size=600))
def test_plain_text_extraction_never_breaks_offsets(raw: str) -> None:
    article = extract_text(raw)
    for span in article.paragraphs:
        assert article.text[span.start : span.end] == span.text


def _annotated(text: str) -> Article:
    article = build_article([text, "Second paragraph here."])
    n = len(article.text)
    a, b = min(2, n), min(7, n)
    span = article.span(a, b)
    return Article(
        **{
            **{f: getattr(article, f) for f in ("id", "text", "paragraphs", "title")},
            "entities": (Entity(id="e1", name="X", type="person", mentions=(span,)),),
            "quotes": (Quote(id="q1", kind="direct", span=span, speaker=Speaker(name="X", entity="e1"), cue=span),),
            "events": (Event(id="v1", type="ASSAULT", trigger=span, actors=(Party(span=span, entity="e1"),)),),
            "frames": (Frame(id="f1", technique="Loaded_Language", span=span, voice="author", evidence=(span,)),),
        }
    )


@given(paragraph.filter(lambda s: len(s.strip()) > 8))
def test_json_round_trip_keeps_every_span(text: str) -> None:
    article = _annotated(text)
    document = json.loads(json.dumps(article_to_dict(article), ensure_ascii=False))
    assert article_from_dict(document) == article


def test_round_trip_output_is_schema_valid(validate: Callable[[dict[str, Any]], None]) -> None:
    validate(article_to_dict(_annotated("Lawmakers met in the capital on Monday.")))


def test_other_schema_versions_are_refused() -> None:
    document = article_to_dict(_annotated("Lawmakers met in the capital on Monday."))
    document["schema"] = "newsprism.article/2"
    with pytest.raises(ValueError, match=r"newsprism\.article/1"):
        article_from_dict(document)
