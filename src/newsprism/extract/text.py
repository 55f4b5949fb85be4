"""Plain-text articles, including scrapes that kept their page furniture.

A scrape is read as a list of lines (paragraphs). From the top: an optional date
line, the title, captions and a byline; from the bottom: furniture (tags,
copyright, sitemap, share widgets, related links) and a byline. Everything else
is body, kept sentence for sentence. The rules are data in :mod:`.rules`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dateutil import parser as dateutil_parser

from newsprism.extract.build import build_article, normalise_paragraph
from newsprism.extract.byline import agency_of, parse_byline
from newsprism.extract.rules import (
    BYLINE_PATTERNS,
    CAPTION_PATTERNS,
    FURNITURE_PATTERNS,
    RELATED_HEADINGS,
    TAG_LINE,
)
from newsprism.model import Article, Caption, PublishedDate

__all__ = ["extract_text"]

_TERMINAL = re.compile(r"[.!?…:;\"”’)\]]$")
_DATE_LINE = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    r"(?:\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:[\sT,]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?(?:\s*[A-Z]{2,4})?)?$",
    re.I,
)
_MAX_TITLE_WORDS = 30
_MAX_BYLINE_WORDS = 12


@dataclass
class _Parts:
    title: str | None = None
    byline: str | None = None
    published: PublishedDate | None = None
    tags: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    body: list[str] = field(default_factory=list)


def split_paragraphs(text: str) -> list[str]:
    """Blank-line separated blocks; a block of hard-wrapped lines becomes one paragraph.

    A block whose lines all run long and mostly stop mid-sentence was wrapped by a
    mailer or a terminal; a block of short or sentence-ending lines is a list of
    separate paragraphs (titles, captions, furniture).
    """
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        if len(lines) > 1 and _is_wrapped(lines):
            paragraphs.append(" ".join(lines))
        else:
            paragraphs.extend(lines)
    return [normalise_paragraph(p) for p in paragraphs]


def _is_wrapped(lines: list[str]) -> bool:
    heads = lines[:-1]
    # Furniture stacked on consecutive lines ("Copyright ... | Sitemap" then "powered by ...")
    # is not one wrapped paragraph.
    if any(_is_furniture(ln) or _is_caption(ln) for ln in lines):
        return False
    long_lines = sum(len(ln) >= 55 for ln in heads)
    open_ended = sum(not _TERMINAL.search(ln) for ln in heads)
    return long_lines >= 0.8 * len(heads) and open_ended >= 0.5 * len(heads)


def _is_furniture(line: str) -> bool:
    return any(p.search(line) for p in FURNITURE_PATTERNS)


def _is_caption(line: str) -> bool:
    return any(p.search(line) for p in CAPTION_PATTERNS)


def _byline_of(line: str) -> str | None:
    if len(line.split()) > _MAX_BYLINE_WORDS or _TERMINAL.search(line.rstrip(".")):
        return None
    for pattern in BYLINE_PATTERNS:
        if pattern.match(line):
            return line
    if agency_of(line):
        return line
    return None


def _date_of(line: str) -> PublishedDate | None:
    if len(line) > 60 or not _DATE_LINE.match(line.strip()):
        return None
    try:
        when = dateutil_parser.parse(line, fuzzy=True)
    except (ValueError, OverflowError):
        return None
    has_time = bool(re.search(r"\d:\d\d", line))
    value = when.strftime("%Y-%m-%dT%H:%M") if has_time else when.strftime("%Y-%m-%d")
    return PublishedDate(value=value, precision="minute" if has_time else "day", source="text")


def _is_title(line: str, rest: list[str]) -> bool:
    words = line.split()
    if not words or len(words) > _MAX_TITLE_WORDS or not rest:
        return False
    # A headline does not end like a sentence; a first line that does is body.
    return not re.search(r"[.;,]$", line) or (len(words) <= 12 and line.endswith("?"))


def _split_tags(items: str) -> list[str]:
    return [t.strip() for t in re.split(r"[,;|#]", items) if t.strip()]


def _take_tail(lines: list[str], parts: _Parts) -> list[str]:
    """Peel furniture, related links and a closing byline off the end."""
    # Everything after a "Related"/"Read more" heading is links to other stories.
    for i in range(len(lines) - 1, max(len(lines) - 40, 0), -1):
        if RELATED_HEADINGS.match(lines[i]) and all(len(x.split()) <= 25 for x in lines[i + 1 :]):
            lines = lines[:i]
            break
    while lines:
        last = lines[-1]
        tag = TAG_LINE.match(last)
        if tag:
            parts.tags[:0] = _split_tags(tag.group("items"))
        elif _is_furniture(last):
            pass
        elif parts.byline is None and _byline_of(last):
            parts.byline = last
        else:
            break
        lines = lines[:-1]
    return lines


def _take_head(lines: list[str], parts: _Parts, *, title: str | None) -> list[str]:
    """Read the date line, title, captions and byline off the top."""
    i = 0
    while i < len(lines) and _is_furniture(lines[i]):
        i += 1
    if i < len(lines) and (date := _date_of(lines[i])):
        parts.published = date
        i += 1
    if title is None and i < len(lines) and _is_title(lines[i], lines[i + 1 :]):
        parts.title = lines[i]
        i += 1
    else:
        parts.title = title
    while i < len(lines):
        line = lines[i]
        if _is_caption(line):
            parts.captions.append(Caption(text=line))
        elif parts.byline is None and _byline_of(line):
            parts.byline = line
        elif parts.published is None and (date := _date_of(line)):
            parts.published = date
        else:
            break
        i += 1
    return lines[i:]


def extract_text(
    text: str,
    *,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Article:
    """A plain-text article (or a scrape of one) as an :class:`Article`.

    ``title`` overrides the title line, for callers that know it (a CSV row).
    """
    parts = _Parts()
    lines = split_paragraphs(text)
    lines = _take_tail(lines, parts)
    lines = _take_head(lines, parts, title=title)
    # Captions and furniture can also stand inside the body (a photo between paragraphs).
    for line in lines:
        if _is_caption(line) and len(line.split()) <= 60:
            parts.captions.append(Caption(text=line))
        elif _is_furniture(line) and len(line.split()) <= 15:
            continue
        else:
            parts.body.append(line)
    byline = parse_byline(parts.byline)
    return build_article(
        parts.body,
        source=source,
        url=url,
        title=parts.title,
        byline=parts.byline,
        authors=byline.people or None,
        agency=byline.agency,
        published=parts.published,
        tags=parts.tags,
        captions=parts.captions,
    )
