"""Acronyms the article defines, and the near-miss spellings it then uses.

A definition is a long form followed by its acronym in brackets, the convention of news
and papers alike: ``National Water Agency (NWA)``, ``National Liberation
Front of Oceania (NLFO/FLNO)`` (a slash gives two acronyms for one body; one of them
matching the long form is enough, as the second is often the name in another language).

The long form is found the way Schwartz & Hearst (2003) do it: the shortest run of
words before the bracket whose initials the acronym's letters follow in order. It is
written out here because no maintained library that installs offline does this for
arbitrary text (scispacy's AbbreviationDetector needs a biomedical model download).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

__all__ = ["AcronymDefinition", "find_definitions", "find_uses", "near_miss"]

_BRACKET = re.compile(r"\(\s*([A-Z][A-Za-z.&\-]{1,11}(?:\s*/\s*[A-Z][A-Za-z.&\-]{1,11})*)\s*\)")
_WORD = re.compile(r"[\w’'\-]+")
_MINOR = frozenset({"of", "the", "and", "for", "in", "on", "to", "de", "du", "la", "al", "el", "&"})


@dataclass(frozen=True, slots=True)
class AcronymDefinition:
    """``long_start:long_end`` is the long form; ``acronyms`` the (start, end) of each acronym."""

    long_start: int
    long_end: int
    acronyms: tuple[tuple[int, int], ...]


def _initials(words: list[str]) -> str:
    return "".join(w[0].lower() for w in words if w.lower() not in _MINOR)


def _letters(acronym: str) -> str:
    return "".join(ch.lower() for ch in acronym if ch.isalpha())


def _follows(letters: str, initials: str) -> bool:
    """Whether ``letters`` match ``initials`` (all of them, in order, allowing one slip)."""
    if not letters or not initials:
        return False
    return letters == initials or (len(letters) >= 3 and Levenshtein.distance(letters, initials) <= 1)


def find_definitions(text: str) -> list[AcronymDefinition]:
    """Every ``Long Form (ACR)`` / ``Long Form (ACR1/ACR2)`` in ``text``."""
    found = []
    for match in _BRACKET.finditer(text):
        parts = [
            (m.start() + match.start(1), m.end() + match.start(1)) for m in re.finditer(r"[^/\s]+", match.group(1))
        ]
        before = list(_WORD.finditer(text, max(0, match.start() - 200), match.start()))
        # The long form must end right before the bracket (only spaces between).
        if not before or text[before[-1].end() : match.start()].strip():
            continue
        # Exact initials first (shortest run), then one slip (longest run): "Joint Trade and
        # Tariff Plan (JTTP)" must not stop at "Trade and Tariff Plan".
        exact: tuple[int, int] | None = None
        slipped: tuple[int, int] | None = None
        for n in range(1, min(len(before), 12) + 1):
            words = before[-n:]
            tokens = [w.group(0) for w in words]
            if not tokens[0][0].isupper():
                continue
            initials = _initials(tokens)
            letters = [_letters(text[s:e]) for s, e in parts]
            if any(letter == initials for letter in letters):
                exact = (words[0].start(), words[-1].end())
                break
            if any(_follows(letter, initials) for letter in letters):
                slipped = (words[0].start(), words[-1].end())
        best = exact or slipped
        if best is not None:
            found.append(AcronymDefinition(long_start=best[0], long_end=best[1], acronyms=tuple(parts)))
    return found


def find_uses(text: str, acronym: str) -> list[tuple[int, int]]:
    """Whole-word occurrences of ``acronym`` (case-sensitive: *NWA*, not *nwa*)."""
    pattern = re.compile(r"(?<![\w.])" + re.escape(acronym) + r"(?![\w])")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def near_miss(candidate: str, acronym: str) -> bool:
    """``UNCLOS`` for ``UNCLS``: same first letter, one edit apart, both at least 4 letters.

    Shorter acronyms are too dense (*UN*/*US*, *EU*/*EC*) for one edit to mean one name.
    """
    a, b = _letters(candidate), _letters(acronym)
    return (
        a != b
        and min(len(a), len(b)) >= 4
        and a[0] == b[0]
        and candidate.replace(".", "").isupper()
        and Levenshtein.distance(a, b) <= 1
    )
