"""Fixtures for batch runs.

- ``english_article(n)``: a distinct, plausible English news text (title + paragraphs),
  so extraction and language detection treat it as a real article.
- ``make_page(n)``: the same article as an HTML page.
- ``corpus``: a small mixed corpus in a temporary folder: a folder of text articles
  (one empty), a JSONL file (one line broken, one line repeated), and a WARC.gz with
  two HTML pages, an image and a broken record. ``corpus.expected_articles`` /
  ``corpus.expected_failures`` say what a complete run must produce.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

_PLACES = ["Lisbon", "Nairobi", "Ottawa", "Manila", "Lima", "Oslo", "Accra", "Hanoi", "Quito", "Dublin",
           "Tunis", "Riga", "Dakar", "Bogota", "Perth", "Tbilisi"]
_TOPICS = ["a new water treaty", "the rail budget", "a pension reform", "the election timetable",
           "a fishing agreement", "the hospital strike", "a trade tariff", "the housing plan"]


def english_article(n: int) -> tuple[str, list[str]]:
    place = _PLACES[n % len(_PLACES)]
    topic = _TOPICS[n % len(_TOPICS)]
    title = f"Officials in {place} debate {topic} (report {n})"
    paragraphs = [
        f"Officials in {place} met on Monday to discuss {topic}, according to a statement released by the "
        f"city government. The meeting lasted {n + 2} hours and ended without a final vote.",
        f"\"We are not there yet, but we are close,\" the minister told reporters after the talks. Opposition "
        f"leaders said the proposal would cost about {n * 3 + 10} million dollars over five years.",
        f"A second round of negotiations is planned for next month, when regional delegates are expected to "
        f"return to {place} with amended drafts.",
    ]
    return title, paragraphs


def article_page(n: int) -> bytes:
    title, paragraphs = english_article(n)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
            f"</article></body></html>").encode()


@pytest.fixture(scope="session")
def make_page() -> Callable[[int], bytes]:
    """``article_page``: the HTML page of ``english_article(n)``."""
    return article_page


@dataclass
class Corpus:
    root: Path
    sources: list[str] = field(default_factory=list)
    expected_articles: int = 0
    expected_failures: dict[str, int] = field(default_factory=dict)


def _warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        entries = [(uri, body, [("Content-Type", "text/html; charset=utf-8")]) for uri, body in pages]
        entries.insert(1, ("http://news.example/logo.png", b"\x89PNG\r\n\x1a\n", [("Content-Type", "image/png")]))
        entries.append(("http://news.example/broken", b"not gzip" * 8,
                        [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]))
        for uri, body, headers in entries:
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          length=len(body), http_headers=http))


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    root = tmp_path / "corpus"
    folder = root / "pages"
    folder.mkdir(parents=True)
    for n in range(3):
        title, paragraphs = english_article(n)
        (folder / f"{n:02d}.txt").write_text(title + "\n\n" + "\n\n".join(paragraphs), "utf-8")
    (folder / "empty.txt").write_text("  \n")
    lines = []
    for n in range(3, 6):
        title, paragraphs = english_article(n)
        lines.append(json.dumps({"url": f"https://news.example/story/{n}", "title": title,
                                 "text": "\n\n".join(paragraphs)}))
    lines.append("{this line is broken")
    lines.append(lines[0])  # the same story twice: processed once
    jsonl = root / "dump.jsonl.gz"
    jsonl.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    warc = root / "crawl.warc.gz"
    _warc(warc, [(f"http://news.example/page/{n}.html", article_page(n)) for n in range(6, 8)])
    return Corpus(root=root, sources=[str(folder), str(jsonl), str(warc)], expected_articles=3 + 3 + 2,
                  expected_failures={"empty-input": 1, "broken-record": 2})
