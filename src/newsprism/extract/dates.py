"""The day a page says its article was published, in the page's own time zone.

Pages state the publication instant in structured data (JSON-LD ``datePublished``,
``article:published_time``), often in UTC, and show readers the local time
("Nov. 19, 2019 5:50 PM"). A story published at 01:50 UTC on the 20th was published
on the 19th for its readers in California. So:

1. take the structured publication instant (JSON-LD first, then ``<meta>``), ignoring
   impossible years (``0001-01-01`` placeholders);
2. when it carries a non-UTC offset, its date is already the local one;
3. otherwise find the page's offset: another structured timestamp that carries one
   (``sailthru.date`` "... -0800"), or a local reading of the same instant (a visible
   "5:50 PM", a naive ``<time datetime>``) that differs from a structured instant by a
   whole number of quarter hours; the local day is the instant moved by that offset;
4. with no structured date, the date shown in the byline or a ``<time>`` element; last,
   htmldate's heuristics.

The modified date is never taken for the published one; it only helps find the offset.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import lxml.html
from dateutil import parser as dateparser

from newsprism.model import PublishedDate

__all__ = ["published_date"]

_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate", "og:pubdate",
    "publishdate", "publish-date", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "date", "article.published", "og:datepublished", "datecreated",
)
_OTHER_META = (
    "article:modified_time", "og:updated_time", "datemodified", "dateModified", "sailthru.date",
    "dcterms.date", "date.release", "article:published", "revision_date", "og:article:modified_time",
)
_YEAR = re.compile(r"\b(?:199\d|20\d\d)\b")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")
_MONTH_OR_NUMERIC = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b", re.I
)
#: Relative stamps ("22 hours ago") give no day a reader can check; skip them.
_RELATIVE = re.compile(r"\bago\b|\byesterday\b|\btoday\b", re.I)
#: Elements that show a date, in document order.
_DATE_PATH = (
    '//time | //*[@itemprop="datePublished"][not(self::meta)] | //*[@class][contains(@class, "ublish")'
    ' or contains(@class, "date") or contains(@class, "time") or contains(@class, "yline") or contains(@class, "meta")]'
)
_MAX_VISIBLE = 25
#: Where one date element holds two stamps: "Published ... | Updated ...", "... - Updated ...".
_STAMP_BREAK = re.compile(r"\s*(?:[|;•]|\s[-–—]\s)\s*|\s+(?=(?:updated|posted|published|last modified)\b)", re.I)
_QUARTER = 15 * 60


def _plausible(moment: datetime) -> bool:
    return 1995 <= moment.year <= datetime.now(UTC).year + 1


def parse_instant(raw: str | None) -> datetime | None:
    """A structured timestamp as a datetime (aware when it states an offset), or None.

    ``"2019-11-19T21:57:01+0000"``, ``"2019-11-20 06:09:25"``, ``"19 Nov 2019 07:09 GMT"``,
    ``"Tue Nov 19 21:57:01 UTC 2019"``; ``"0001-01-01T00:00:00Z"`` -> None.
    """
    if not raw or not _YEAR.search(raw):
        return None
    text = raw.strip()
    try:
        # isoparse first: the generic parser reads "+0000" as the machine's local zone.
        moment = dateparser.isoparse(text)
    except (ValueError, OverflowError):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # dateutil warns on zone names it does not know
                moment = dateparser.parse(text)
        except (ValueError, OverflowError):
            return None
    return moment if _plausible(moment) else None


def parse_visible(text: str, *, year: int | None = None) -> datetime | None:
    """A date as shown to readers: ``"Updated 10:01 pm PST, Tuesday, November 19, 2019"``.

    Zone names are ignored (the result is local wall time). Text without a year gives
    None unless ``year`` is given ("Posted Nov 18, 8:19 PM" beside a known instant);
    relative text ("2 days ago") gives None.
    """
    if len(text) > 160 or _RELATIVE.search(text) or not _MONTH_OR_NUMERIC.search(text):
        return None
    if not _YEAR.search(text) and year is None:
        return None
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    cleaned = re.sub(r"\b(\d{1,2})\.(\d{2})\b(?=\s*(?:[ap]\.?m\.?|gmt|bst|utc))", r"\1:\2", cleaned, flags=re.I)
    cleaned = re.sub(r"\b([ap])\.m\.", r"\1m", cleaned, flags=re.I)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            moment = dateparser.parse(cleaned, fuzzy=True, ignoretz=True, default=datetime(year or 1, 1, 1))
    except (ValueError, OverflowError):
        return None
    return moment if _plausible(moment) else None


def _meta_values(metas: dict[str, list[str]], names: Iterable[str]) -> Iterator[str]:
    for name in names:
        yield from metas.get(name.lower(), ())


def _as_utc(moment: datetime) -> datetime:
    """Naive UTC: an aware moment converted, a naive one taken as UTC (the common case)."""
    if moment.tzinfo is not None:
        return moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _offset_between(instant: datetime, local: datetime) -> timedelta | None:
    """The zone offset that makes ``local`` a reading of ``instant``, if one fits."""
    difference = (local - _as_utc(instant)).total_seconds()
    # A reading shown to the minute drops the instant's seconds: it may be up to 59 s early.
    offset = round(difference / _QUARTER) * _QUARTER
    if offset == 0 or abs(offset) > 14 * 3600 or not -60 < difference - offset <= 0:
        return None
    return timedelta(seconds=offset)


def _visible_texts(tree: lxml.html.HtmlElement, byline: str | None) -> Iterator[str]:
    """Short texts of date-like elements in document order (lazily: dates sit near the top)."""
    if byline:
        yield byline
    seen = 0
    for node in tree.xpath(_DATE_PATH):
        text = " ".join(" ".join(node.itertext()).split())
        if 6 <= len(text) <= 160:
            seen += 1
            yield text
        if node.tag == "time" and node.get("datetime"):
            yield str(node.get("datetime"))
        if seen >= _MAX_VISIBLE:
            return


def published_date(
    tree: lxml.html.HtmlElement,
    ld: list[dict[str, Any]],
    *,
    metas: dict[str, list[str]],
    byline: str | None = None,
    url: str | None = None,
) -> PublishedDate | None:
    """The published day as readers see it (see the module docstring for the rules)."""
    structured: tuple[datetime, str, str] | None = None
    for node in ld:
        value = node.get("datePublished")
        moment = parse_instant(value) if isinstance(value, str) else None
        if moment and isinstance(value, str):
            structured = (moment, "json-ld", value)
            break
    if structured is None:
        for raw in _meta_values(metas, _PUBLISHED_META):
            moment = parse_instant(raw)
            if moment:
                structured = (moment, "meta", raw)
                break
    if structured is None:
        return _unstructured(tree, byline, url)
    instant, source, raw = structured
    if (instant.tzinfo is not None and instant.utcoffset() != timedelta(0)) or not _CLOCK.search(raw):
        # Stated in local time, or a day without a time ("November 19, 2019"): nothing to move.
        return PublishedDate(value=instant.date().isoformat(), precision="day", source=source)
    offset = _find_offset(tree, metas, ld, instant, byline)
    if offset is not None:
        local = _as_utc(instant) + offset
        return PublishedDate(value=local.date().isoformat(), precision="day", source=source)
    shown = _day_shown(tree, byline, _as_utc(instant))
    return PublishedDate(value=(shown or _as_utc(instant).date()).isoformat(), precision="day", source=source)


def _find_offset(
    tree: lxml.html.HtmlElement,
    metas: dict[str, list[str]],
    ld: list[dict[str, Any]],
    instant: datetime,
    byline: str | None,
) -> timedelta | None:
    others = [parse_instant(n.get("dateModified")) for n in ld if isinstance(n.get("dateModified"), str)]
    others += [parse_instant(raw) for raw in _meta_values(metas, _OTHER_META)]
    others += [parse_instant(str(raw)) for raw in tree.xpath("//time/@datetime")[:10]]
    stamps = [o for o in others if o is not None]
    for stamp in stamps:  # a timestamp that states the page's zone
        if stamp.tzinfo is not None and stamp.utcoffset() != timedelta(0):
            return stamp.utcoffset()
    instants = [instant, *(s for s in stamps if s.tzinfo is not None)]
    segments = (part for text in _visible_texts(tree, byline) for part in _STAMP_BREAK.split(text) if part)
    readings = [
        moment for moment in (parse_visible(t, year=instant.year) for t in segments if _CLOCK.search(t)) if moment
    ]
    readings += [s for s in stamps if s.tzinfo is None]
    for reading in readings:
        for each in instants:
            offset = _offset_between(each, reading)
            if offset is not None:
                return offset
    return None


def _day_shown(tree: lxml.html.HtmlElement, byline: str | None, utc: datetime) -> date | None:
    """The day the page shows beside a UTC instant, when a time zone could make it so.

    A story at 04:50 UTC on the 19th is shown as the 18th in the Americas; the page's
    own day is taken when it is the UTC day or a neighbour reachable by a real zone
    offset (UTC-12 to UTC+14). The byline's date and ``<time datetime>`` days are read.
    """
    shown: list[date] = []
    if byline and (moment := parse_visible(byline)):
        shown.append(moment.date())
    for raw in tree.xpath("//time/@datetime")[:3]:
        moment = parse_instant(str(raw))
        if moment and not _CLOCK.search(str(raw)):
            shown.append(moment.date())
    for day in shown:
        earliest = (utc - timedelta(hours=12)).date()
        latest = (utc + timedelta(hours=14)).date()
        if earliest <= day <= latest:
            return day
    return None


def _unstructured(tree: lxml.html.HtmlElement, byline: str | None, url: str | None) -> PublishedDate | None:
    for text in _visible_texts(tree, byline):
        moment = parse_visible(text) if not text[:4].isdigit() else parse_instant(text)
        if moment:
            return PublishedDate(value=moment.date().isoformat(), precision="day", source="page")
    from htmldate import find_date  # only pages without any stated date need its heuristics

    found = find_date(tree, url=url, original_date=True, extensive_search=False)
    if found:
        return PublishedDate(value=found, precision="day", source="htmldate")
    return None
