"""Bytes to text, and HTML-or-text, decided from the content itself."""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

import charset_normalizer

from newsprism.errors import BinaryInput, EmptyInput
from newsprism.model import RawDocument

__all__ = ["decode_text", "sniff_media"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.I)
_HTML_START = re.compile(
    r"<(?:!doctype\s+html|html|head|body|article|main|div|p|title|meta|section|span|br)\b", re.I
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_text(raw: RawDocument) -> str:
    """Decode ``raw.data`` to str; refuse binary data rather than guess Latin-1.

    Order: a byte-order mark; strict UTF-8 (most of the web); the charset the server
    or a ``<meta>`` declares; then charset-normalizer's detection. NUL bytes or a
    high share of control characters mean binary data.
    """
    data = raw.data
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BinaryInput("binary data, not text", source=raw.source)
    text = _decode(data, raw.content_type)
    if text is None:
        raise BinaryInput("bytes are not text in any known encoding", source=raw.source)
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > 0.01:
        raise BinaryInput("binary data, not text", source=raw.source)
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    if not text.strip():
        raise EmptyInput("empty input", source=raw.source)
    return text


def _decode(data: bytes, content_type: str | None) -> str | None:
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = []
    if content_type and "charset=" in content_type:
        declared.append(content_type.split("charset=")[-1].strip(" \"'"))
    match = _META_CHARSET.search(data[:4096])
    if match:
        declared.append(match.group(1).decode("ascii", "ignore"))
    for codec in declared:
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
    best = charset_normalizer.from_bytes(data).best()
    return None if best is None else str(best)


def sniff_media(text: str) -> Literal["html", "text"]:
    """``html`` when the opening of the content is markup, whatever the file is called."""
    head = text[:4096]
    if _HTML_START.search(head) and head.count("<") >= 3:
        return "html"
    return "text"
