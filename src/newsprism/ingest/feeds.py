"""RSS and Atom feeds (feedparser): the article URLs a feed lists, then the articles.

feedparser is given bytes, never a URL: it would fetch by itself, past the polite
fetcher and the transport seam.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator

import feedparser

from newsprism.errors import InputError, NewsprismError
from newsprism.ingest.records import Record, url_key
from newsprism.ingest.urls import PoliteFetcher, canonical_url, keep_url

__all__ = ["feed_urls", "fetch_records", "looks_like_feed", "read_feed"]

_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")


def looks_like_feed(data: bytes) -> bool:
    """An RSS, Atom or RDF document, judged by its root element in the first bytes."""
    head = data[:2048].lstrip().lower()
    return any(root in head for root in _FEED_ROOTS)


def feed_urls(data: bytes, *, source: str) -> list[str]:
    """The article links of a feed, canonical, filtered (courlan) and without repeats.

    A feed that does not parse at all raises :class:`InputError`; feedparser's
    "bozo" flag alone (a small XML slip it recovered from) does not.
    """
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        raise InputError(f"not a readable RSS/Atom feed ({parsed.get('bozo_exception')})", source=source)
    urls: dict[str, None] = {}
    for entry in parsed.entries:
        link = entry.get("feedburner_origlink") or entry.get("link")
        if isinstance(link, str) and keep_url(link):
            urls.setdefault(canonical_url(link), None)
    return list(urls)


def fetch_records(
    urls: Iterable[str], fetcher: PoliteFetcher, *, skip: Container[str] = frozenset()
) -> Iterator[Record]:
    """Fetch each URL politely; a page that cannot be had becomes an error record.

    ``skip`` holds keys already processed (a resumed batch): they are not fetched again.
    """
    for url in urls:
        key = url_key(url)
        if key in skip:
            continue
        try:
            yield Record(key=key, source=url, raw=fetcher.fetch(url))
        except NewsprismError as e:
            yield Record(key=key, source=url, error=e)


def read_feed(source: str, fetcher: PoliteFetcher, *, skip: Container[str] = frozenset()) -> Iterator[Record]:
    """Every article a feed (a URL or a local file) links to, as records."""
    data = fetcher.fetch(source).data if source.startswith(("http://", "https://")) else _read_file(source)
    yield from fetch_records(feed_urls(data, source=source), fetcher, skip=skip)


def _read_file(source: str) -> bytes:
    from newsprism.ingest.files import read_source

    return read_source(source).data
