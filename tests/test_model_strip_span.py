"""model.strip_span: the one edge-narrowing rule the quotes, framing and benchmark code share."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsprism.model import make_span, strip_span

_ALPHABET = st.sampled_from(list("ab ,.;:\n\u00a0\u201c\u201d-"))


def test_strips_each_edge_with_its_own_characters() -> None:
    text = ' \u201cWe will,\u201d '
    assert strip_span(text, 0, len(text), ' \u201c\u201d,') == (2, 9)
    assert strip_span(text, 0, len(text), "", ",\u201d", spaces=True) == (1, 9)
    assert strip_span("- yes.", 0, 6, "-", spaces=True) == (2, 6)  # the full stop is no trail char here
    assert strip_span("- yes.", 0, 6, "-", "-.", spaces=True) == (2, 5)


@given(st.text(_ALPHABET, max_size=30), st.data())
def test_narrows_within_the_range_and_only_past_stripped_characters(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    lo, hi = strip_span(text, start, end, ",;", ".", spaces=True)
    assert start <= lo <= hi <= end
    assert all(c.isspace() or c in ",;" for c in text[start:lo])
    assert all(c.isspace() or c in "." for c in text[hi:end])
    if lo < hi:  # the edges left are kept characters
        assert not (text[lo].isspace() or text[lo] in ",;")
        assert not (text[hi - 1].isspace() or text[hi - 1] in ".")
    assert make_span(text, lo, hi).text == text[lo:hi]
