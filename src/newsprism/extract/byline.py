"""Turn a byline into people and an agency, never inventing a person.

Rules, by example::

    "By Jane Doe and John Roe"          -> people ["Jane Doe", "John Roe"]
    "By JANE DOE, Reuters"              -> people ["Jane Doe"], agency "Reuters"
    "Staff Writer"                      -> people [] (a role, not a person)
    "Reuters"                           -> people [], agency "Reuters"
    "Jane Doe | Senior Editor"          -> people ["Jane Doe"]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprism.extract.rules import AGENCIES, BYLINE_ROLE_WORDS

__all__ = ["Byline", "parse_byline", "looks_like_person"]

_SPLIT = re.compile(r"\s*(?:,|;|\||/|\band\b|&|·|•|\s[-–—]\s)\s*", re.I)
_PREFIX = re.compile(r"^(?:by|written by|words by|story by|reporting by|posted by|author:?)\s+", re.I)
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|[A-Z]\.|(?:de|da|van|von|der|den|del|la|le|bin|al|el|ibn)|[a-z]{1,3}['’][A-Z]\w+)$")
_NOT_NAME_WORDS = frozenset(
    w.lower()
    for w in (
        *BYLINE_ROLE_WORDS,
        "news", "media", "press", "times", "post", "daily", "online", "team", "group", "agency",
        "service", "network", "digital", "tv", "radio", "magazine", "journal", "herald", "tribune",
        "gazette", "admin", "administrator", "guest", "anonymous", "unknown", "wire", "wires",
        "report", "reports", "editorial", "board", "correspondents", "contributors", "photo",
        "photos", "images", "senior", "chief", "political", "foreign", "our", "the", "special",
        "updated", "published", "share", "comments", "org", "com", "www", "http", "https",
    )
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Byline:
    people: tuple[str, ...]
    agency: str | None


def looks_like_person(name: str) -> bool:
    """Two to five capitalised name words and none of the words of a site, role or desk."""
    words = name.split()
    if not 2 <= len(words) <= 5 or len(name) > 60:
        return False
    if any(w.lower().strip(".,") in _NOT_NAME_WORDS for w in words):
        return False
    if any(ch.isdigit() or ch in "@:/()" for ch in name):
        return False
    return all(_NAME_TOKEN.match(w) for w in words)


def _tidy(name: str) -> str:
    name = name.strip(" .,:;-–—|")
    if name.isupper() and len(name) > 3:  # "JANE DOE" -> "Jane Doe"
        name = " ".join(w.capitalize() for w in name.split())
    return re.sub(r"\s+", " ", name)


def agency_of(text: str) -> str | None:
    """The agency a short credit names (``"Reuters"``, ``"(AP)"``), if any."""
    key = re.sub(r"[()\[\]]", "", text).strip().lower()
    return AGENCIES.get(key)


def parse_byline(text: str | None, *, site: str | None = None) -> Byline:
    if not text:
        return Byline(people=(), agency=None)
    text = _PREFIX.sub("", text.strip())
    people: list[str] = []
    agency: str | None = None
    site_key = (site or "").lower().replace("www.", "").split(".")[0]
    for part in _SPLIT.split(text):
        part = _tidy(_PREFIX.sub("", part))
        if not part:
            continue
        found = agency_of(part)
        if found:
            agency = agency or found
            continue
        if site_key and site_key in part.lower().replace(" ", ""):
            continue
        if looks_like_person(part) and part not in people:
            people.append(part)
    return Byline(people=tuple(people), agency=agency)
