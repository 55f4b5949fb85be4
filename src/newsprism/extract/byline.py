"""Turn a byline into people and an agency, never inventing a person.

Rules, by example::

    "By Jane Doe and John Roe"                    -> people ["Jane Doe", "John Roe"]
    "By JANE DOE, Reuters"                        -> people ["Jane Doe"], agency "Reuters"
    "Staff Writer"                                -> people [] (a role, not a person)
    "Reuters", "The Associated Press"             -> people [], agency
    "Jane Doe | Senior Editor"                    -> people ["Jane Doe"]
    "By Jane Doe Staff Writer"                    -> people ["Jane Doe"] (a trailing job title)
    "By JOHN ROE, AP National Security Writer"    -> people ["John Roe"], agency "Associated Press"
    "By JOHN ROE Associated Press"                -> people ["John Roe"], agency "Associated Press"
    "Analysis by Jane Doe, CNN Editor-at-large"   -> people ["Jane Doe"]
    "Posted by Jane Doe on November 19, 2019"     -> people ["Jane Doe"] (the date is cut)
    "Jane Doe @janedoe / 2 days"                  -> people ["Jane Doe"] (handles are cut)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprism.extract.rules import AGENCIES, BYLINE_ROLE_WORDS

__all__ = ["Byline", "agency_of", "byline_text", "looks_like_person", "parse_byline"]

_SPLIT = re.compile(r"\s*(?:,|;|\||/|\band\b|&|·|•|\s[-–—]\s)\s*", re.I)
_PREFIX = re.compile(
    r"^(?:(?:analysis|opinion|commentary|review|story|reporting|words|written|posted|compiled|edited|"
    r"photos?|text|interview|column|perspective|video)\s+)?by:?\s+|^author:?\s+",
    re.I,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
#: Where a byline stops naming people: a date, a time, "Updated ...", "5 min read".
_TAIL = re.compile(
    r"(?:\s+|(?<=[a-z]))(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:updated|published|posted)\b|"
    r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|" + _MONTH + r"\s+\d{1,2}\b|\d{1,2}\s+" + _MONTH + r"\s+\d{4}|"
    r"\d{1,2}:\d{2}|\d+\s*min(?:ute)?s?\s+read\b)",
    re.I,
)
_HANDLE = re.compile(r"@\w+")
_NAME_TOKEN = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]+|[A-Z]\.|(?:de|da|van|von|der|den|del|la|le|bin|al|el|ibn)|[a-z]{1,3}['’][A-Z]\w+)$"
)
#: Two words run together by markup ("GarberFOXBusiness"), or an acronym ("CNN"): not a name word.
_NOT_NAME_TOKEN = re.compile(r"[a-z][A-Z]{2,}|^[A-Z]{2,}$")
#: Words that end a job title after a name: "Jane Doe Staff Writer", "Jane Doe Business Columnist".
_TITLE_WORDS = frozenset(
    (*BYLINE_ROLE_WORDS, "producer", "analyst", "editor-at-large", "staffer", "intern", "critic", "host",
     "anchor", "photographer", "reporters", "writers", "contributors", "correspondents")
)
_NAME_SUFFIXES = frozenset({"jr.", "sr.", "st."})
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
        "editor-at-large", "producer", "analyst", "columnists", "writers", "reporters", "ministries",
        "ministry", "department", "office", "staffer", "intern", "about", "follow", "more", "view",
        "archive", "email", "twitter", "facebook", "instagram", "read", "min", "by",
        # desks and sections that follow a name ("Jill Doe, Example Business")
        "business", "politics", "sport", "sports", "world", "health", "science", "tech", "technology",
        "entertainment", "opinion", "analysis", "money", "markets", "travel", "lifestyle", "culture",
    )
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Byline:
    people: tuple[str, ...]
    agency: str | None


def looks_like_person(name: str) -> bool:
    """Two to five capitalised name words and none of the words of a site, role or desk.

    >>> looks_like_person("Trevor J. Mitchell"), looks_like_person("Staff Writer")
    (True, False)
    >>> looks_like_person("Finian Cunningham. Sputnik International")  # a sentence break, not a name
    False
    """
    words = name.split()
    if not 2 <= len(words) <= 5 or len(name) > 60:
        return False
    if any(w.lower().strip(".,") in _NOT_NAME_WORDS for w in words):
        return False
    if any(ch.isdigit() or ch in "@:/()" for ch in name):
        return False
    if any(w.endswith(".") and len(w) > 2 and w.lower() not in _NAME_SUFFIXES for w in words):
        return False
    return all(_NAME_TOKEN.match(w) and not _NOT_NAME_TOKEN.search(w) for w in words)


def _tidy(name: str) -> str:
    name = name.strip(" .,:;-–—|")
    if name.isupper() and len(name) > 3:  # "JANE DOE" -> "Jane Doe"
        name = " ".join(w.capitalize() for w in name.split())
    return re.sub(r"\s+", " ", name)


def agency_of(text: str) -> str | None:
    """The agency a short credit names (``"Reuters"``, ``"(AP)"``, ``"The Associated Press"``), if any."""
    key = re.sub(r"[()\[\]]", "", text).strip().lower()
    return AGENCIES.get(key) or AGENCIES.get(re.sub(r"^the\s+", "", key))


def _split_credit(part: str) -> tuple[str, str | None]:
    """``"Jane Doe Associated Press"`` -> ("Jane Doe", agency); ``"AP Writer"`` -> ("", agency)."""
    words = part.split()
    for n in (3, 2, 1):
        if len(words) > n and agency_of(" ".join(words[-n:])):
            return " ".join(words[:-n]), agency_of(" ".join(words[-n:]))
        if len(words) > n and agency_of(" ".join(words[:n])):
            rest = words[n:]
            if all(w.lower().strip(".,") in _NOT_NAME_WORDS or not _NAME_TOKEN.match(w) or w.istitle() for w in rest) \
                    and not looks_like_person(" ".join(rest)):
                return "", agency_of(" ".join(words[:n]))
    return part, None


def _person_before_title(part: str) -> str | None:
    """``"Meg James Staff Writer"`` -> ``"Meg James"``: a name followed by a job title."""
    words = part.split()
    for k in range(min(len(words) - 1, 4), 1, -1):
        head, rest = " ".join(words[:k]), words[k:]
        if looks_like_person(head) and rest[-1].lower().strip(".,") in _TITLE_WORDS:
            return head
    return None


def byline_text(text: str) -> str:
    """A byline as a reader would quote it: handles, time stamps and "5 min read" cut.

    >>> byline_text("By Jane Doe @janedoe Nov 15, 2019 5:45 AM")
    'By Jane Doe'
    """
    text = " ".join(_HANDLE.sub(" ", text).split())
    return _TAIL.split(text, maxsplit=1)[0].strip(" |-–—,;")


def parse_byline(text: str | None, *, site: str | None = None) -> Byline:
    """People and agency in a byline (see the module docstring for the rules)."""
    if not text:
        return Byline(people=(), agency=None)
    text = _HANDLE.sub(" ", " ".join(text.split()))
    text = _PREFIX.sub("", text.strip())
    text = _TAIL.split(text, maxsplit=1)[0]
    people: list[str] = []
    agency: str | None = None
    site_key = (site or "").lower().replace("www.", "").split(".")[0].replace(" ", "")
    for raw in _SPLIT.split(text):
        part = _tidy(_PREFIX.sub("", raw.strip()))
        if not part:
            continue
        found = agency_of(part)
        if found:
            agency = agency or found
            continue
        part, found = _split_credit(part)
        part = _tidy(part)
        agency = agency or found
        if not part or (site_key and len(site_key) > 2 and site_key in part.lower().replace(" ", "")):
            continue
        if looks_like_person(part):
            person: str | None = part
        else:
            person = _person_before_title(part)
        if person and person not in people:
            people.append(person)
    return Byline(people=tuple(people), agency=agency)
