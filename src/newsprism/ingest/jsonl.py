"""JSON Lines corpora (``.jsonl``, ``.jsonl.gz``, ``.ndjson``): one document per line.

A line is one of:

- a newsprism article (``"schema": "newsprism.article/1"``, e.g. from
  ``newsprism extract --jsonl``): its text and metadata are analysed again,
  extraction is not repeated;
- ``{"html": "...", "url": ...}``: a page to extract;
- ``{"text": "...", "title": ..., "url": ...}``: a plain-text article (the common
  shape of news dumps); the title, when given, becomes the first line.

A line that is not JSON, or has none of these, is an error record; the file goes on.
Read line by line (gzip streamed), never whole.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Container, Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any, cast

from newsprism.analyze import without_analysis
from newsprism.errors import NewsprismError
from newsprism.ingest.records import BrokenRecord, Record, url_key
from newsprism.jsonformat import SCHEMA_ID, article_from_dict
from newsprism.model import RawDocument

__all__ = ["is_jsonl", "read_jsonl"]

_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(_SUFFIXES)


def _open(path: Path) -> IO[bytes]:
    with path.open("rb") as probe:
        gzipped = probe.read(2) == b"\x1f\x8b"
    return cast(IO[bytes], gzip.open(path, "rb")) if gzipped else path.open("rb")


def read_jsonl(path: str | Path, *, skip: Container[str] = frozenset()) -> Iterator[Record]:
    """Stream one JSONL file as records, in file order; ``skip``: keys already done."""
    path = Path(path).resolve()
    with _open(path) as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            record = _line_record(line, path=path, number=number)
            if record.key not in skip:
                yield record


def _line_record(line: bytes, *, path: Path, number: int) -> Record:
    source = f"{path}:{number}"
    fallback_key = f"jsonl:{path}#{number}"
    try:
        obj = json.loads(line)
    except ValueError as e:
        return Record(key=fallback_key, source=source, error=BrokenRecord(f"not a JSON line ({e})", source=source))
    if not isinstance(obj, dict):
        return Record(key=fallback_key, source=source,
                      error=BrokenRecord("a JSON line must be an object", source=source))
    url = obj.get("url") if isinstance(obj.get("url"), str) and obj.get("url") else None
    key = url_key(url) if url else fallback_key
    try:
        return _object_record(obj, key=key, source=source, url=url)
    except (NewsprismError, ValueError, TypeError, KeyError) as e:
        message = e.message if isinstance(e, NewsprismError) else f"{type(e).__name__}: {e}"
        return Record(key=key, source=source, error=BrokenRecord(message, source=source))


def _object_record(obj: dict[str, Any], *, key: str, source: str, url: str | None) -> Record:
    if obj.get("schema") == SCHEMA_ID:
        # Re-analysis starts from the text: the old layers go so the stages fill them anew.
        article = replace(without_analysis(article_from_dict(obj)), source=source)
        return Record(key=key, source=source, article=article)
    html = obj.get("html")
    if isinstance(html, str) and html.strip():
        raw = RawDocument(source=source, data=html.encode(), url=url, content_type="text/html; charset=utf-8")
        return Record(key=key, source=source, raw=raw)
    text = obj.get("text")
    if isinstance(text, str) and text.strip():
        title = obj.get("title")
        body = f"{title.strip()}\n\n{text}" if isinstance(title, str) and title.strip() else text
        raw = RawDocument(source=source, data=body.encode(), url=url, content_type="text/plain; charset=utf-8")
        return Record(key=key, source=source, raw=raw)
    raise BrokenRecord("a JSON line needs 'html', 'text' or a newsprism.article/1 document", source=source)
