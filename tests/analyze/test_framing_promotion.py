"""A reviewer's or seller's praise in the writer's voice (#6, F12): recall kept conservative.

Superlatives beyond compare and stock praise idioms are the writer's promotion; the same words
used plainly (a best way, a best-known author, a storm that blew a roof away) are not.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprism.model import Article


def _author_words(article: Article) -> list[str]:
    return [e.text for f in article.frames if f.voice == "author" for e in f.evidence]


@pytest.mark.parametrize(("text", "word"), [
    ("The new tablet's screen is simply the best on the market this year.", "simply the best"),
    ("This speaker is hands down the best purchase of the season.", "hands down the best"),
    ("The update keeps every shortcut that editors know and love.", "know and love"),
    ("The colours on this display will blow you away.", "blow you away"),
])
def test_promotion_in_the_writers_voice_is_flagged(
    analyze_text: Callable[[str], Article], text: str, word: str,
) -> None:
    assert any(word in w for w in _author_words(analyze_text(text)))


@pytest.mark.parametrize("text", [
    "The ferry was simply the best way to reach the island in winter.",
    "She is simply the best-known poet of the region.",
    "The gale blew the roof away on Tuesday night.",
    "He was the best player on the team last season.",
])
def test_plain_uses_are_not_flagged(analyze_text: Callable[[str], Article], text: str) -> None:
    assert _author_words(analyze_text(text)) == []
