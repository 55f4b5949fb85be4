"""A batch's inputs as shards: one archive, JSONL file, folder, feed, sitemap, page or URL.

A shard is the unit of checkpointing: a finished shard is never opened again on a
rerun, and inside an unfinished one, each document's key says whether it is done.
Shards are small picklable values, so the Ray adapter can read them on workers.

``plan_shards`` decides what each command-line source is, from the path and the
first bytes, never from a guess: a folder, a WARC (``.warc``, ``.warc.gz``), a
JSONL file (``.jsonl``, ``.jsonl.gz``, ``.ndjson``), a local feed or sitemap
(XML whose root is ``<rss>``, ``<feed>``, ``<urlset>``...), an article file, or a
URL (fetched once, then treated as a feed, a sitemap or a page by its content).
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from newsprism.config import Settings
from newsprism.errors import MissingInput, NewsprismError
from newsprism.ingest.files import is_url, read_source
from newsprism.ingest.records import Record, url_key
from newsprism.ingest.urls import FetchPolicy, canonical_url

__all__ = ["Shard", "ShardKind", "plan_shards"]

ShardKind = Literal["warc", "jsonl", "dir", "feed", "sitemap", "file", "url"]

_XML_SUFFIXES = (".xml", ".xml.gz", ".rss", ".atom")


@dataclass(frozen=True, slots=True)
class Shard:
    """One input of a batch. ``id`` is stable across runs (kind + resolved path or canonical URL)."""

    kind: ShardKind
    location: str

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.location}"

    def records(
        self,
        *,
        settings: Settings,
        skip: Container[str] = frozenset(),
        policy: FetchPolicy | None = None,
    ) -> Iterator[Record]:
        """The shard's documents in a stable order, leaving out keys in ``skip``."""
        if self.kind == "warc":
            from newsprism.ingest.warc import read_warc

            yield from read_warc(self.location, settings=settings, skip=skip)
        elif self.kind == "jsonl":
            from newsprism.ingest.jsonl import read_jsonl

            yield from read_jsonl(self.location, skip=skip)
        elif self.kind == "dir":
            from newsprism.ingest.dirs import read_dir

            yield from read_dir(self.location, settings=settings, skip=skip)
        elif self.kind == "file":
            key = f"file:{self.location}"
            if key not in skip:
                yield _file_record(self.location, key=key, settings=settings)
        else:
            yield from self._web_records(settings=settings, skip=skip, policy=policy)

    def _web_records(
        self, *, settings: Settings, skip: Container[str], policy: FetchPolicy | None
    ) -> Iterator[Record]:
        from newsprism.ingest.feeds import feed_urls, fetch_records, looks_like_feed
        from newsprism.ingest.sitemaps import looks_like_sitemap, read_sitemap
        from newsprism.ingest.urls import PoliteFetcher

        with PoliteFetcher(settings=settings, policy=policy) as fetcher:
            if self.kind == "sitemap":
                yield from read_sitemap(self.location, fetcher, skip=skip)
                return
            if self.kind == "feed":
                data = fetcher.fetch(self.location).data if is_url(self.location) else read_source(self.location).data
                yield from fetch_records(feed_urls(data, source=self.location), fetcher, skip=skip)
                return
            # A bare URL: fetch it once and let its content say what it is.
            key = url_key(self.location)
            try:
                raw = fetcher.fetch(self.location)
            except NewsprismError as e:
                if key not in skip:
                    yield Record(key=key, source=self.location, error=e)
                return
            if looks_like_feed(raw.data):
                yield from fetch_records(feed_urls(raw.data, source=self.location), fetcher, skip=skip)
            elif looks_like_sitemap(raw.data):
                yield from read_sitemap(self.location, fetcher, skip=skip)
            elif key not in skip:
                yield Record(key=key, source=self.location, raw=raw)

    def estimate(self) -> int | None:
        """About how many documents the shard holds, cheaply; ``None`` when unknown without fetching."""
        path = Path(self.location)
        if self.kind == "file":
            return 1
        if self.kind == "dir":
            from newsprism.ingest.dirs import article_files

            return sum(1 for _ in article_files(path))
        if self.kind == "jsonl":
            from newsprism.ingest.jsonl import _open

            with _open(path) as stream:
                return sum(1 for line in stream if line.strip())
        if self.kind == "warc":
            return _count_warc_responses(path)
        return None


def _file_record(location: str, *, key: str, settings: Settings) -> Record:
    try:
        return Record(key=key, source=location, raw=read_source(location, settings=settings))
    except NewsprismError as e:
        return Record(key=key, source=location, error=e)


def _count_warc_responses(path: Path) -> int | None:
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:
        return None
    try:
        with path.open("rb") as stream:
            iterator = ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=False,
                                       fsspec_args=False)
            return sum(1 for _ in iterator)
    except OSError:
        return None


def _sniff_xml(path: Path) -> ShardKind | None:
    from newsprism.ingest.feeds import looks_like_feed
    from newsprism.ingest.sitemaps import looks_like_sitemap

    head = read_source(str(path)).data[:4096]
    if looks_like_feed(head):
        return "feed"
    if looks_like_sitemap(head):
        return "sitemap"
    return None


def plan_shards(sources: Iterable[str]) -> list[Shard]:
    """One shard per source, in order, without repeats; a missing path is an error."""
    from newsprism.ingest.jsonl import is_jsonl
    from newsprism.ingest.warc import is_warc

    shards: dict[str, Shard] = {}
    for source in sources:
        shard: Shard
        if is_url(source):
            shard = Shard("url", canonical_url(source))
        else:
            path = Path(source).expanduser()
            if not path.exists():
                raise MissingInput("no such file or folder", source=source)
            resolved = str(path.resolve())
            if path.is_dir():
                shard = Shard("dir", resolved)
            elif is_warc(source):
                shard = Shard("warc", resolved)
            elif is_jsonl(source):
                shard = Shard("jsonl", resolved)
            elif source.lower().endswith(_XML_SUFFIXES) and (kind := _sniff_xml(path)) is not None:
                shard = Shard(kind, resolved)
            else:
                shard = Shard("file", resolved)
        shards.setdefault(shard.id, shard)
    return list(shards.values())
