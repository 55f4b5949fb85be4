"""The entity layer's span trimming: what spaCy's NER span holds that is not the name (#2, #4)."""

from __future__ import annotations

import pytest

from newsprism.analyze.entities import _trim


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        ("the Ministry of Health", "ORG", "Ministry of Health"),
        ("Kenya’s", "GPE", "Kenya"),
        ("President Ana Ruiz", "PERSON", "Ana Ruiz"),
        ("’s Haqqani", "PERSON", "Haqqani"),
        ("Ana Ruiz\n\nQ", "PERSON", "Ana Ruiz"),
    ],
)
def test_trim_keeps_only_the_name(text: str, label: str, name: str) -> None:
    start, end = _trim(text, 0, len(text), label)
    assert text[start:end] == name


def test_a_span_of_title_words_only_is_no_name() -> None:
    start, end = _trim("Chief", 0, 5, "ORG")
    assert start == end
