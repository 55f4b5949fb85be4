"""The layer renderer: every character escaped, overlapping annotations nested, offsets kept."""

from __future__ import annotations

import re
from html import unescape

from hypothesis import given
from hypothesis import strategies as st
from webutil import PAYLOAD, hostile_article

from newsprism.extract.build import build_article
from newsprism.jsonformat import article_to_dict
from newsprism.web.render import annotate, highlight

_TAGS = re.compile(r"<[^>]+>")


def test_hostile_article_renders_as_text() -> None:
    html = str(annotate(article_to_dict(hostile_article()), {"e1": 1}))
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html
    assert 'href="/actors/1"' in html


def test_highlight_escapes_and_marks() -> None:
    assert str(highlight(PAYLOAD, "script")).count("<mark>") == 2
    assert "<script" not in str(highlight(PAYLOAD, "script"))


@given(st.text(min_size=1, max_size=200), st.lists(st.tuples(st.integers(0, 199), st.integers(0, 40)), max_size=8))
def test_rendered_text_is_the_article_text(text: str, cuts: list[tuple[int, int]]) -> None:
    """Whatever the overlaps, stripping the tags gives back the article text, paragraph by paragraph."""
    article = build_article(text.split("\n\n"))
    if not article.text:
        return
    document = article_to_dict(article)
    n = len(article.text)
    document["frames"] = [
        {
            "id": f"f{i}",
            "technique": "x",
            "start": (s % n),
            "end": min(n, (s % n) + length),
            "text": article.text[s % n : min(n, (s % n) + length)],
            "voice": "author",
        }
        for i, (s, length) in enumerate(cuts)
    ]
    document["quotes"] = [
        {
            "id": f"q{i}",
            "kind": "direct",
            "start": f["start"],
            "end": f["end"],
            "text": f["text"],
            "speaker": {"name": "<b>x</b>", "entity": None},
        }
        for i, f in enumerate(document["frames"][::2])
    ]
    html = str(annotate(document, {}))
    paragraphs = re.findall(r"<p data-start=\"\d+\">(.*?)</p>", html, flags=re.S)
    assert [unescape(_TAGS.sub("", p)) for p in paragraphs] == [p.text for p in article.paragraphs]
    assert "<b>" not in html
