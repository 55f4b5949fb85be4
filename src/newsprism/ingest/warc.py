"""WARC and WARC.gz archives (Common Crawl's CC-NEWS and the like): HTML responses only.

FastWARC reads them (a streaming Rust parser, many times faster than warcio);
warcio is the fallback when FastWARC is not installed. FastWARC 2 returns
compressed HTTP bodies raw unless asked, so it always runs with
``auto_decode='all'`` (gzip/brotli/deflate and chunked transfer undone).

Only ``response`` records with a 2xx status and an HTML body become documents;
other records (requests, metadata, images, PDFs, redirects) are skipped without a
word. A record that cannot be parsed or decoded becomes an error record, and the
archive goes on; an archive cut short ends with one error record.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Container, Iterator
from pathlib import Path
from typing import Any

from newsprism.config import Settings
from newsprism.errors import NewsprismError, TooLarge
from newsprism.ingest.records import BrokenRecord, Record, url_key
from newsprism.model import RawDocument

__all__ = ["is_warc", "read_warc"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_WARC_SUFFIXES = (".warc", ".warc.gz", ".warc.zst", ".arc", ".arc.gz")


def is_warc(path: str) -> bool:
    return path.lower().endswith(_WARC_SUFFIXES)


def read_warc(
    path: str | Path,
    *,
    settings: Settings | None = None,
    skip: Container[str] = frozenset(),
    engine: str | None = None,
) -> Iterator[Record]:
    """Stream the HTML responses of one archive as records, in archive order.

    ``skip`` holds keys already processed (a resumed batch); ``engine`` forces
    ``"fastwarc"`` or ``"warcio"`` (default: FastWARC when installed).
    """
    settings = settings or Settings()
    engine = engine or ("fastwarc" if importlib.util.find_spec("fastwarc") else "warcio")
    reader = _fastwarc_records if engine == "fastwarc" else _warcio_records
    yield from reader(str(path), settings=settings, skip=skip)


def _is_html(content_type: str | None, body: bytes) -> bool:
    if content_type:
        return content_type.split(";")[0].strip().lower() in _HTML_TYPES
    # No Content-Type: some crawlers drop it; decide from the bytes like a browser would.
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _record(
    *, path: str, offset: int, uri: str | None, status: int | None, content_type: str | None,
    body: bytes, charset: str | None, settings: Settings, skip: Container[str],
) -> Record | None:
    key = url_key(uri) if uri else f"warc:{path}#{offset}"
    if key in skip or status is None or not 200 <= status < 300 or not _is_html(content_type, body):
        return None
    source = f"{path}#{offset}" + (f" ({uri})" if uri else "")
    if len(body) > settings.max_bytes:
        return Record(key=key, source=source,
                      error=TooLarge(f"page is over the {settings.max_bytes:,}-byte limit", source=source))
    ctype = (content_type or "text/html") + (f"; charset={charset}" if charset else "")
    return Record(key=key, source=source, raw=RawDocument(source=source, data=body, url=uri, content_type=ctype))


def _fastwarc_records(path: str, *, settings: Settings, skip: Container[str]) -> Iterator[Record]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    # A body that fails to decode (corrupt gzip) leaves FastWARC's stream unusable, so
    # the archive is reopened at that record's offset and read on from the one after.
    start, broken_at = 0, -1
    offset = 0
    while True:
        restart = False
        try:
            with open(path, "rb") as stream:
                stream.seek(start)
                # parse_http=False: each record's HTTP head is parsed below, so one bad
                # head is one error record and not the end of the archive.
                for record in ArchiveIterator(stream, parse_http=False, fsspec_args=False):
                    offset = record.stream_pos
                    if offset == broken_at or record.record_type != WarcRecordType.response:
                        continue
                    uri = record.headers.get("WARC-Target-URI")
                    try:
                        record.parse_http(auto_decode="all")
                        http = record.http_headers
                        status = getattr(http, "status_code", None) if http is not None else None
                        body = record.reader.read(settings.max_bytes + 1)
                    except (OSError, ValueError) as e:
                        error = _broken(path, offset, uri, e, skip)
                        if error is not None:
                            yield error
                        start, broken_at, restart = offset, offset, True
                        break
                    result = _record(path=path, offset=offset, uri=uri, status=status,
                                     content_type=record.http_content_type, body=body,
                                     charset=record.http_charset, settings=settings, skip=skip)
                    if result is not None:
                        yield result
        except OSError as e:
            yield _truncated(path, offset, e)
            return
        if not restart:
            if _gzip_tail_cut(path, offset):
                yield _truncated(path, offset, EOFError("the last gzip member is cut short"))
            return


def _gzip_tail_cut(path: str, last_record: int) -> bool:
    """Whether a .gz archive ends in a cut-off member (FastWARC drops such a tail silently).

    Every record of a WARC.gz is its own gzip member; from the last record FastWARC
    saw, each member must decompress to its end.
    """
    import zlib

    with open(path, "rb") as stream:
        if stream.read(2) != b"\x1f\x8b":
            return False
        stream.seek(last_record)
        data = stream.read()
    while data:
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            while not member.eof and data:
                member.decompress(data, 1 << 20)
                data = member.unconsumed_tail or member.unused_data
                if member.eof:
                    break
        except zlib.error:
            return True
        if not member.eof:
            return True
        data = member.unused_data
    return False


def _broken(path: str, offset: int, uri: str | None, error: BaseException, skip: Container[str]) -> Record | None:
    source = f"{path}#{offset}" + (f" ({uri})" if uri else "")
    key = url_key(uri) if uri else f"warc:{path}#{offset}"
    if key in skip:
        return None
    return Record(key=key, source=source, error=BrokenRecord(f"broken WARC record ({error})", source=source))


def _warcio_records(path: str, *, settings: Settings, skip: Container[str]) -> Iterator[Record]:
    from warcio.archiveiterator import ArchiveIterator

    offset = 0
    try:
        with open(path, "rb") as stream:
            iterator = ArchiveIterator(stream)
            for record in iterator:
                if record.rec_type != "response":
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                try:
                    body = _warcio_body(record, settings.max_bytes + 1)
                except Exception as e:  # noqa: BLE001 - warcio raises bare zlib/brotli/ValueError kinds
                    offset = iterator.get_record_offset()
                    error = _broken(path, offset, uri, e, skip)
                    if error is not None:
                        yield error
                    continue
                # warcio knows a record's offset once the record has been read.
                offset = iterator.get_record_offset()
                http: Any = record.http_headers
                status = _int(http.get_statuscode()) if http is not None else None
                content_type = http.get_header("Content-Type") if http is not None else None
                charset = None
                if content_type and "charset=" in content_type.lower():
                    charset = content_type.lower().split("charset=", 1)[1].split(";")[0].strip().strip('"') or None
                result = _record(path=path, offset=offset, uri=uri, status=status,
                                 content_type=content_type.split(";")[0] if content_type else None, body=body,
                                 charset=charset, settings=settings, skip=skip)
                if result is not None:
                    yield result
    except Exception as e:  # noqa: BLE001 - warcio's ArchiveLoadFailed and zlib errors share no base
        yield _truncated(path, offset, e)


def _warcio_body(record: Any, limit: int) -> bytes:
    """The decoded body; a Content-Encoding that does not decode is an error.

    warcio quietly hands back the raw bytes when gzip/brotli decoding fails; FastWARC
    raises. Check decodability so both engines call such a record broken.
    """
    http = record.http_headers
    encoding = (http.get_header("Content-Encoding") or "").strip().lower() if http is not None else ""
    chunked = http is not None and "chunked" in (http.get_header("Transfer-Encoding") or "").lower()
    if encoding in ("gzip", "x-gzip", "deflate", "br") and not chunked:
        raw = record.raw_stream.read(limit)
        return _decode(raw, encoding, limit)
    return bytes(record.content_stream().read(limit))


def _decode(raw: bytes, encoding: str, limit: int) -> bytes:
    import zlib

    if encoding == "br":
        import brotli

        return bytes(brotli.decompress(raw))[:limit]
    wbits = 16 + zlib.MAX_WBITS if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
    try:
        return zlib.decompressobj(wbits).decompress(raw, limit)
    except zlib.error:
        if encoding != "deflate":
            raise
        # Servers send "deflate" both with and without the zlib header.
        return zlib.decompressobj(-zlib.MAX_WBITS).decompress(raw, limit)


def _truncated(path: str, offset: int, error: BaseException) -> Record:
    source = f"{path}#{offset}"
    err: NewsprismError = BrokenRecord(f"archive unreadable from here on ({error})", source=source)
    return Record(key=f"warc:{path}#{offset}:end", source=source, error=err)


def _int(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None
