"""Read a path, ``-`` or a URL into a :class:`RawDocument`, with clear errors."""

from __future__ import annotations

import gzip
import sys
import zlib
from pathlib import Path

from newsprism.config import Settings
from newsprism.errors import EmptyInput, MissingInput, NotAFile, TooLarge
from newsprism.model import RawDocument

__all__ = ["is_url", "read_source"]


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def read_source(source: str, *, settings: Settings | None = None) -> RawDocument:
    """Read one input named on the command line.

    ``page.html``, ``page.html.gz``, ``story.txt`` -> the file's bytes (gzip undone);
    ``-`` -> standard input; ``https://...`` -> fetched with :func:`fetch_url`.
    """
    settings = settings or Settings()
    if is_url(source):
        from newsprism.ingest.http import fetch_url

        return fetch_url(source, settings=settings)
    if source == "-":
        data = sys.stdin.buffer.read(settings.max_bytes + 1)
    else:
        path = Path(source)
        if not path.exists():
            raise MissingInput("no such file", source=source)
        if not path.is_file():
            kind = "a directory" if path.is_dir() else "not a regular file"
            raise NotAFile(f"{kind}, expected an article file", source=source)
        if path.stat().st_size > settings.max_bytes:
            raise TooLarge(f"file is over the {settings.max_bytes:,}-byte limit", source=source)
        data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, source=source, limit=settings.max_bytes)
    if len(data) > settings.max_bytes:
        raise TooLarge(f"input is over the {settings.max_bytes:,}-byte limit", source=source)
    if not data.strip():
        raise EmptyInput("empty input", source=source)
    return RawDocument(source=source, data=data)


def _gunzip(data: bytes, *, source: str, limit: int) -> bytes:
    # Decompress in a bounded way: a small .gz can expand to gigabytes (a gzip bomb).
    decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decomp.decompress(data, limit + 1)
    except (zlib.error, gzip.BadGzipFile) as e:
        from newsprism.errors import BinaryInput

        raise BinaryInput(f"corrupt gzip data ({e})", source=source) from e
    if len(out) > limit:
        raise TooLarge(f"decompressed input is over the {limit:,}-byte limit", source=source)
    return out
