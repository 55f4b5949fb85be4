"""Assemble an :class:`Article` from paragraphs: the one place offsets are laid out."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence

from newsprism.model import Article, Caption, PublishedDate, make_span

__all__ = ["article_id", "build_article", "normalise_paragraph"]

PARAGRAPH_SEPARATOR = "\n\n"
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def normalise_paragraph(text: str) -> str:
    """One paragraph on one line: runs of spaces and line breaks become one space.

    Zero-width characters are dropped: they split words for the tokenizer and
    carry nothing a reader sees.
    """
    text = text.replace("\u200b", "").replace("\u200c", "").replace("\u2060", "").replace("\ufeff", "")
    return _SPACE.sub(" ", " ".join(text.split("\n"))).strip()


def article_id(*, url: str | None, text: str) -> str:
    """A content hash: the same article read twice, from a file or a URL, has one id."""
    digest = hashlib.sha256()
    digest.update((url or "").encode())
    digest.update(b"\x00")
    digest.update(text.encode())
    return digest.hexdigest()[:16]


def build_article(
    paragraphs: Iterable[str],
    *,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    byline: str | None = None,
    authors: Sequence[str] | None = None,
    agency: str | None = None,
    published: PublishedDate | None = None,
    site: str | None = None,
    language: str | None = None,
    tags: Sequence[str] = (),
    captions: Sequence[Caption] = (),
) -> Article:
    cleaned = [p for p in (normalise_paragraph(p) for p in paragraphs) if p]
    text = PARAGRAPH_SEPARATOR.join(cleaned)
    spans = []
    pos = 0
    for paragraph in cleaned:
        spans.append(make_span(text, pos, pos + len(paragraph)))
        pos += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return Article(
        id=article_id(url=url, text=text),
        text=text,
        paragraphs=tuple(spans),
        source=source,
        url=url,
        title=normalise_paragraph(title) if title else None,
        byline=normalise_paragraph(byline) if byline else None,
        authors=tuple(authors) if authors else None,
        agency=agency,
        published=published,
        site=site,
        language=language,
        tags=tuple(dict.fromkeys(t for t in tags if t)),
        captions=tuple(captions),
    )
