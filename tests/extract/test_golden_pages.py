"""Benchmark pages as golden files: what newsprism extracts from five real news pages.

Each ``tests/golden/pages/<id>.json`` holds what a person reviewed: the metadata as
extracted, and the body as the opening words of every paragraph plus a hash of the
whole text (so a one-character change shows up, and the diff still reads as prose).
The pages are the article-extraction-benchmark's (``../shared``; skipped without it).

Set ``NEWSPRISM_UPDATE_GOLDEN=1`` to rewrite them after a deliberate change, then
review the diff before committing.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest

from newsprism.extract import extract_article
from newsprism.model import Article, RawDocument

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "pages"
#: Wire copy with three people and an agency; a multi-author politics live piece; a story
#: credited to no person; a politics story with an "Updated at" stamp inside; an editorial.
PAGES = (
    "82b6d780c792",
    "7a664e40d256",
    "c7e39ac49fa1",
    "6ebac05f637e",
    "5fa3154ec031",
)
_OPENING = 80


def summarise(article: Article) -> dict[str, Any]:
    return {
        "url": article.url,
        "title": article.title,
        "byline": article.byline,
        "authors": list(article.authors) if article.authors else None,
        "agency": article.agency,
        "published": article.published.value if article.published else None,
        "site": article.site,
        "language": article.language,
        "tags": list(article.tags),
        "captions": [c.text for c in article.captions],
        "paragraph_openings": [article.text[p.start : p.end][:_OPENING] for p in article.paragraphs],
        "text_chars": len(article.text),
        "text_sha256": hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
    }


@pytest.mark.parametrize("prefix", PAGES)
def test_page_matches_golden(prefix: str, shared: Path) -> None:
    [path] = (shared / "data" / "article-extraction-benchmark" / "html").glob(f"{prefix}*.html.gz")
    article = extract_article(RawDocument(source=path.name, data=gzip.decompress(path.read_bytes())))
    got = summarise(article)
    golden = GOLDEN / f"{prefix}.json"
    if os.environ.get("NEWSPRISM_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert got == json.loads(golden.read_text("utf-8"))
