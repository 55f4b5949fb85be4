"""Dates counted on from an earlier date (``events/counted.py``, issue #5)."""

from __future__ import annotations

import pytest

from newsprism.analyze.events.counted import counted_on

WORDS = {"two": 2, "three": 3}


@pytest.mark.parametrize(("text", "earlier", "want"), [
    ("two years later", [("2011", "year")], ("2013", "year")),
    ("three years earlier", [("2020-05", "month")], ("2017", "year")),
    ("a month later", [("2024-12-30", "day")], ("2025-01", "month")),
    ("2 months before", [None, ("2024-02", "month")], ("2023-12", "month")),
    ("two months later", [("2024", "year")], None),  # a year names no month to count from
    ("two years", [("2011", "year")], None),  # a duration, not a point
    ("two years later", [], None),  # nothing to count from
])
def test_counted_on(text: str, earlier: list[tuple[str, str] | None], want: tuple[str, str] | None) -> None:
    assert counted_on(text, earlier, WORDS) == want
