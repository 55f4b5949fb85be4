"""Party span edges (``events/parties.py``, issue #5): brackets a span opens are closed or cut,
and the result is always a non-empty slice of the text (property-tested)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsprism.analyze.events.parties import _balanced


def test_closes_a_bracket_the_span_opened() -> None:
    text = "lift the ban on Islamic Salvation Front (FIS) but not"
    start = text.index("Islamic")
    end = text.index(" but") - 1  # "... (FIS"
    assert text[slice(*_balanced(text, start, end))] == "Islamic Salvation Front (FIS)"


def test_cuts_before_a_bracket_that_does_not_close_nearby() -> None:
    text = "The Homeland Union (Conservatives" + " and more" * 10
    start, end = _balanced(text, 0, len("The Homeland Union (Conservatives"))
    assert text[start:end] == "The Homeland Union"


def test_balanced_span_is_left_alone() -> None:
    text = "the Ceasefire Violations Committee (CFVC) has"
    end = text.index(" has")
    assert _balanced(text, 4, end) == (4, end)


@given(st.text(alphabet="ab ()[]", max_size=60), st.data())
def test_result_is_a_non_empty_slice(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    new_start, new_end = _balanced(text, start, end)
    assert new_start == start
    assert start <= new_end <= len(text)
    assert (new_end > start) == (end > start)
