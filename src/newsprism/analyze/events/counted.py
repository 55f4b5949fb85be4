"""Dates counted on from another date: *In 2021 they signed it, but X suspended it two years later*;
*On Friday ... an attack that day*: the same point again.

A span of years or months *later* / *earlier* names a point in time only against a date the
sentence named before it; :func:`counted_on` does that arithmetic. English words, as the spaCy
DATE entities they come with; the number words are the events lexicon's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

__all__ = ["counted_on"]

_COUNTED = re.compile(r"^(?P<n>\w+) (?P<unit>year|month)s? (?P<way>later|after|afterwards|earlier|before)$",
                      re.IGNORECASE)


#: "that day", "the same week": no count, the point named before. English, as the DATE entities.
_SAME = re.compile(r"^(?:that|the same|that same) (?P<unit>day|month|year)$", re.IGNORECASE)
_PRECISIONS = ("year", "month", "day")


def counted_on(text: str, earlier: Iterable[tuple[str, str] | None],
               number_words: Mapping[str, int]) -> tuple[str, str] | None:
    """``(value, precision)`` of *two years later* counted from the first resolved date in
    ``earlier`` (the sentence's dates before it, nearest first), or ``None``.

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
    same = _SAME.match(" ".join(text.split()))
    if same is not None:
        # "an attack that day", "the same month": the last point the sentence named, at its
        # precision if that is at least the unit's (a "that day" after a year names no day).
        anchor = next((d for d in earlier if d is not None), None)
        unit = same.group("unit").lower()
        return anchor if anchor is not None and _PRECISIONS.index(anchor[1]) >= _PRECISIONS.index(unit) else None
    counted = _COUNTED.match(" ".join(text.split()))
    if counted is None:
        return None
    word = counted.group("n").lower()
    n = int(word) if word.isdigit() else number_words.get(word, 1 if word in {"a", "an"} else 0)
    anchor = next((d for d in earlier if d is not None), None)
    if not n or anchor is None:
        return None
    sign = -1 if counted.group("way").lower() in {"earlier", "before"} else 1
    value, precision = anchor
    if counted.group("unit").lower() == "year":
        return f"{int(value[:4]) + sign * n:04d}", "year"
    if precision == "year":
        return None
    months = int(value[:4]) * 12 + int(value[5:7]) - 1 + sign * n
    return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
