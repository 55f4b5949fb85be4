"""Dates counted on from another date: *In 2021 they signed it, but X suspended it two years later*;
*On Friday ... an attack that day*: the same point again.

A span of years or months *later* / *earlier* names a point in time only against a date the
sentence named before it; :func:`counted_on` does that arithmetic. The words are data, per
language (``counted_units``, ``counted_directions``, ``article_numbers``, ``same_point_*`` in
``lexicons/event_dates_<lang>.json``, English's where a language has none); the number words are
the events lexicon's. The unit words map to the precision names of :class:`~newsprism.model.EventDate`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newsprism.analyze.events.dates import words_pattern
from newsprism.analyze.events.lexicon import language_file

__all__ = ["counted_on", "counted_words"]

#: Precision names (``EventDate.precision``), coarsest first: a unit counts at one of them.
_PRECISIONS = ("year", "month", "day")


@dataclass(frozen=True, slots=True)
class CountedWords:
    """A language's words for a counted date and the patterns built from them."""

    units: dict[str, str]  # unit word -> precision name ("years" -> "year")
    directions: dict[str, int]  # "later" -> 1, "earlier" -> -1
    article_numbers: dict[str, int]  # "a" -> 1
    same_units: dict[str, str]  # unit word of "that day" -> precision name
    counted: re.Pattern[str]  # *two years later*: groups n, unit, way
    same: re.Pattern[str]  # *that day*, *the same month*: group unit


@lru_cache(maxsize=8)
def counted_words(language: str) -> CountedWords:
    """The counted-date words of ``event_dates_<lang>.json`` (English's where ``language`` has
    none) and their regexes, read and compiled once per process per language."""
    data: dict[str, Any] = language_file("event_dates", language)
    units = {word.lower(): unit for word, unit in data["counted_units"].items()}
    directions = {word.lower(): int(sign) for word, sign in data["counted_directions"].items()}
    same_units = {word.lower(): unit for word, unit in data["same_point_units"].items()}
    return CountedWords(
        units=units,
        directions=directions,
        article_numbers={word.lower(): int(n) for word, n in data["article_numbers"].items()},
        same_units=same_units,
        counted=re.compile(rf"^(?P<n>\w+) (?P<unit>{words_pattern(units)}) (?P<way>{words_pattern(directions)})$",
                           re.IGNORECASE),
        same=re.compile(rf"^(?:{words_pattern(data['same_point_determiners'])}) (?P<unit>{words_pattern(same_units)})$",
                        re.IGNORECASE),
    )


def counted_on(text: str, earlier: Iterable[tuple[str, str] | None],
               number_words: Mapping[str, int], language: str = "en") -> tuple[str, str] | None:
    """``(value, precision)`` of *two years later* counted from the first resolved date in
    ``earlier`` (the sentence's dates before it, nearest first), or ``None``. ``language`` picks
    the words (English's where it has none).

    >>> counted_on("two years later", [("2021", "year")], {"two": 2})
    ('2023', 'year')
    >>> counted_on("6 months earlier", [None, ("2024-03", "month")], {})
    ('2023-09', 'month')
    >>> counted_on("three months later", [("2024", "year")], {"three": 3}) is None  # no month to count from
    True
    >>> counted_on("that day", [("2019-11-08", "day")], {})
    ('2019-11-08', 'day')
    >>> counted_on("that day", [("2019", "year")], {}) is None
    True
    """
    words = counted_words(language)
    text = " ".join(text.split())
    same = words.same.match(text)
    if same is not None:
        # "an attack that day", "the same month": the last point the sentence named, at its
        # precision if that is at least the unit's (a "that day" after a year names no day).
        anchor = next((d for d in earlier if d is not None), None)
        unit = words.same_units[same.group("unit").lower()]
        return anchor if anchor is not None and _PRECISIONS.index(anchor[1]) >= _PRECISIONS.index(unit) else None
    counted = words.counted.match(text)
    if counted is None:
        return None
    word = counted.group("n").lower()
    n = int(word) if word.isdigit() else number_words.get(word, words.article_numbers.get(word, 0))
    anchor = next((d for d in earlier if d is not None), None)
    if not n or anchor is None:
        return None
    sign = words.directions[counted.group("way").lower()]
    value, precision = anchor
    if words.units[counted.group("unit").lower()] == "year":
        return f"{int(value[:4]) + sign * n:04d}", "year"
    if precision == "year":
        return None
    months = int(value[:4]) * 12 + int(value[5:7]) - 1 + sign * n
    return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
