"""Quote-mark pairing on raw text: typography, apostrophes, paragraphs, unbalanced marks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.analyze.quotes.marks import find_marked_quotes


def contents(text: str) -> list[str]:
    return [text[q.content_start : q.content_end] for q in find_marked_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "yes" and left.', ["yes"]),
        ("She said “we will win” on Sunday.", ["we will win"]),
        ("« Nous resterons », a-t-il dit.", [" Nous resterons "]),
        ("‘The talks are over,’ the envoy said.", ["The talks are over,"]),
        ("He called it 'a farce' twice.", ["a farce"]),
        ("Er sagte „Nein“ am Montag.", ["Nein"]),
    ],
)
def test_pairs_every_kind_of_mark(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the mullahs’ hope and Iran’s plans",
        "protests of the ’90s and the '80s",
        "rock 'n' roll and 'em",
        "don't, won’t, can't",
        "the workers' union and the states’ rights",
    ],
)
def test_apostrophes_are_never_quote_marks(text: str) -> None:
    assert contents(text) == []


def test_possessive_inside_a_single_quote_does_not_close_it() -> None:
    assert contents("‘The mullahs’ regime is weak,’ he said.") == ["The mullahs’ regime is weak,"]


def test_apostrophes_do_not_shift_later_pairs() -> None:
    text = "Iran’s leader said “no”. The mullahs’ rivals said “yes”."
    assert contents(text) == ["no", "yes"]


def test_multi_paragraph_quote_continues_when_the_next_paragraph_reopens() -> None:
    text = "He said: “The first part.\n\n“The second part.”\n\nThe author resumes."
    (quote,) = find_marked_quotes(text)
    assert quote.closed and quote.paragraphs == 2
    assert text[quote.content_start : quote.content_end] == "The first part.\n\n“The second part."


def test_unclosed_quote_stops_at_its_paragraph() -> None:
    text = "He said “this never closes.\n\nThe next paragraph has “its own” quote."
    quotes = find_marked_quotes(text)
    assert [text[q.content_start : q.content_end] for q in quotes] == ["this never closes.", "its own"]
    assert [q.closed for q in quotes] == [False, True]


def test_stray_opener_is_cut_before_the_next_quote() -> None:
    text = 'A "broken quote and then "a good one" here.'
    assert contents(text)[-1] == "a good one"


def test_nested_quotes_stay_inside_their_host() -> None:
    text = "“He told me ‘never again’ and left,” she said."
    assert contents(text) == ["He told me ‘never again’ and left,"]


_PIECES = st.sampled_from(
    ['"', "'", "“", "”", "‘", "’", "«", "»", "„", " ", "\n\n", "a", "Iran", "s", "90", ".", ",", ":", "\n"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_random_marks_never_crash_or_make_bad_spans(text: str) -> None:
    quotes = find_marked_quotes(text)
    previous_end = 0
    for quote in quotes:
        assert 0 <= quote.start <= quote.content_start <= quote.content_end <= quote.end <= len(text)
        assert quote.start >= previous_end, "quotes never overlap"
        previous_end = quote.end
