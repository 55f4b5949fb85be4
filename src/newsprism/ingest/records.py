"""What corpus readers yield: one :class:`Record` per document, with a stable key.

Every reader (WARC, JSONL, directories, feeds, sitemaps) turns its input into a
stream of records. A record carries either the raw bytes of one document or the
error that stopped it being read (a broken WARC record, a bad JSON line), so a
batch can record the failure and go on. Its ``key`` names the document the same
way on every run, which is what makes a batch resumable and exactly-once:

- a document with a URL is keyed by its canonical URL (``url:https://...``), so the
  same article reached from two URLs or two archives is one document;
- a file is keyed by its resolved path (``file:/data/a.html``);
- a JSONL line without a URL is keyed by its file and line (``jsonl:/data/x.jsonl#12``).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsprism.errors import InputError, NewsprismError
from newsprism.ingest.urls import canonical_url
from newsprism.model import Article, RawDocument

__all__ = ["BrokenRecord", "Record", "url_key"]


class BrokenRecord(InputError):
    """A record in an archive or a line in a JSONL file that cannot be parsed."""

    code = "broken-record"


@dataclass(frozen=True, kw_only=True, slots=True)
class Record:
    """One document from a corpus, ready to extract, or the reason it is not.

    Exactly one of ``raw``, ``article`` and ``error`` is set: ``raw`` holds bytes to
    extract, ``article`` an already-extracted article (a ``newsprism.article/1`` line
    of a JSONL file), ``error`` what went wrong reading it.
    """

    key: str
    source: str
    raw: RawDocument | None = None
    article: Article | None = None
    error: NewsprismError | None = None

    def __post_init__(self) -> None:
        if sum(x is not None for x in (self.raw, self.article, self.error)) != 1:
            raise ValueError("a Record holds exactly one of raw, article, error")


def url_key(url: str) -> str:
    """The key of a document known by its URL: ``url:`` + the canonical URL.

    ``https://Example.com/a?utm_source=rss#top`` -> ``url:https://example.com/a``
    """
    return "url:" + canonical_url(url)
