"""XML sitemaps and sitemap indexes: the article URLs a site lists.

Parsed with lxml, not trafilatura's ``sitemaps`` module: that one fetches by
itself (past the polite fetcher and the transport seam) and drops the order.
An index is followed depth-first to ``max_depth`` levels; gzipped sitemaps
(``sitemap.xml.gz``) are undone; a sitemap that refers to itself is read once.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Container, Iterator

from lxml import etree

from newsprism.errors import InputError
from newsprism.ingest.feeds import fetch_records
from newsprism.ingest.records import Record
from newsprism.ingest.urls import PoliteFetcher, canonical_url, keep_url

__all__ = ["looks_like_sitemap", "parse_sitemap", "read_sitemap", "sitemap_urls"]

_MAX_SITEMAP_BYTES = 50_000_000  # the sitemaps.org limit for one uncompressed file


def looks_like_sitemap(data: bytes) -> bool:
    head = _gunzip(data)[:4096].lower()
    return b"<urlset" in head or b"<sitemapindex" in head


def parse_sitemap(data: bytes, *, source: str) -> tuple[list[str], list[str]]:
    """``(page URLs, child sitemap URLs)`` of one sitemap document, in document order."""
    try:
        root = etree.fromstring(_gunzip(data), parser=etree.XMLParser(resolve_entities=False, no_network=True,
                                                                       recover=True, huge_tree=False))
    except etree.XMLSyntaxError as e:
        raise InputError(f"not a readable sitemap ({e})", source=source) from e
    if root is None:
        raise InputError("not a readable sitemap (empty document)", source=source)
    kind = etree.QName(root).localname
    locs = [el.text.strip() for el in root.iter("{*}loc") if el.text and el.text.strip()]
    if kind == "sitemapindex":
        return [], locs
    if kind == "urlset":
        # <image:loc> and <video:loc> live in other namespaces and are not pages.
        pages = [el.text.strip() for el in root.iter("{*}url") for el in el.iterchildren("{*}loc") if el.text]
        return pages, []
    raise InputError(f"not a sitemap (root element <{kind}>)", source=source)


def sitemap_urls(source: str, fetcher: PoliteFetcher, *, max_depth: int = 3) -> Iterator[str]:
    """Every page URL a sitemap (or index) lists: canonical, filtered, without repeats."""
    seen_maps: set[str] = set()
    seen_pages: set[str] = set()

    def walk(location: str, depth: int) -> Iterator[str]:
        if location in seen_maps or depth > max_depth:
            return
        seen_maps.add(location)
        pages, children = parse_sitemap(_load(location, fetcher), source=location)
        for page in pages:
            url = canonical_url(page)
            if url not in seen_pages and keep_url(url):
                seen_pages.add(url)
                yield url
        for child in children:
            yield from walk(canonical_url(child), depth + 1)

    yield from walk(source, 0)


def read_sitemap(source: str, fetcher: PoliteFetcher, *, skip: Container[str] = frozenset()) -> Iterator[Record]:
    """Every article a sitemap lists, fetched politely, as records."""
    yield from fetch_records(sitemap_urls(source, fetcher), fetcher, skip=skip)


def _load(location: str, fetcher: PoliteFetcher) -> bytes:
    if location.startswith(("http://", "https://")):
        return fetcher.fetch(location).data
    from newsprism.ingest.files import read_source

    return read_source(location).data


def _gunzip(data: bytes) -> bytes:
    if data[:2] != b"\x1f\x8b":
        return data
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, _MAX_SITEMAP_BYTES)
    except (zlib.error, gzip.BadGzipFile):
        return data
