"""Pair quotation marks in plain text, paragraph by paragraph, without a parse.

Why hand-written: textacy and similar pair marks by position over the whole text, so
one apostrophe (``mullahs’``) shifts every later pair. Here each mark is first
classed by its neighbours (opener, closer, either, or apostrophe), pairing happens
per family (double, single, guillemet) inside one paragraph, and a paragraph that
opens a quote without closing it continues only into a next paragraph that opens
again (the typographic convention for multi-paragraph quotations). Anything left
unbalanced degrades to the end of its own paragraph and never touches the rest.

Rules, as examples:

- ``Iran’s``, ``don't``, ``rock ’n’ roll``: a mark between two letters is an apostrophe.
- ``’90s``, ``'em``: a mark before digits + ``s`` or a known elision is an apostrophe.
- ``the mullahs’ hope``: a closer-shaped single mark with no open single quote is an
  apostrophe (plural possessive), never the end of a quote.
- ``He said "yes" and left``: straight marks are classed by the space around them.
- ``“It was wrong,’’ she said``: two closing single marks in a row, typed where the closing
  double mark belongs (old typesetting, some wire copy), are one closing double mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

__all__ = ["OPENERS", "MarkedQuote", "find_marked_quotes"]

Family = Literal["double", "single", "guillemet"]
Role = Literal["open", "close", "either"]

#: mark -> (family, the roles its shape allows). Straight marks can be either.
MARKS: dict[str, tuple[Family, tuple[Role, ...]]] = {
    '"': ("double", ("open", "close")),
    "“": ("double", ("open", "close")),  # closes in German („Nein“)
    "”": ("double", ("close",)),
    "„": ("double", ("open",)),
    "‟": ("double", ("open",)),
    "'": ("single", ("open", "close")),
    "‘": ("single", ("open",)),
    "’": ("single", ("close",)),
    "‚": ("single", ("open",)),
    "«": ("guillemet", ("open",)),
    "»": ("guillemet", ("close",)),
    "‹": ("guillemet", ("open",)),
    "›": ("guillemet", ("close",)),
}

#: Marks that open a quotation where a paragraph or a quote's words begin: a paragraph that opens with
#: one is the article's own quote (:mod:`.posts`, :mod:`.excerpts`); :mod:`.context` strips them to
#: see what stands before a quote.
OPENERS = "\"“‘'«„"

#: Leading elisions written with an apostrophe (``'em``, ``’tis``), never openers.
ELISIONS = ("em", "tis", "twas", "til", "cause", "bout", "n", "round", "nuff")

_ELISION = re.compile(r"(?:\d\d?s?\b|(?:" + "|".join(ELISIONS) + r")\b)", re.IGNORECASE)
#: Characters after which a mark opens (start of text, space, bracket, dash, slash).
_OPEN_BEFORE = set(" \t\n([{<—–-/:") | {""}
#: The role a curly mark has by its shape when its neighbours say nothing.
_SHAPE_ROLE: dict[str, Role] = {"“": "open", "”": "close", "„": "open", "‟": "open"}
#: Characters before which a mark closes.
_CLOSE_AFTER = set(" \t\n)]}>.,;:!?—–-/…") | {""}


@dataclass(frozen=True, slots=True)
class MarkedQuote:
    """A quotation found by its marks.

    ``start``/``end`` span the marks themselves; ``content_start``/``content_end`` the
    words inside. ``closed`` is False when the closing mark was never found and the
    quote was cut at its paragraph's end; ``paragraphs`` counts the paragraphs it spans.
    """

    start: int
    end: int
    content_start: int
    content_end: int
    family: Family
    closed: bool
    paragraphs: int = 1


@dataclass(frozen=True, slots=True)
class _Mark:
    pos: int
    family: Family
    role: Role
    width: int = 1  # 2 for a closing double mark typed as two single ones (’’)


def _char(text: str, i: int) -> str:
    return text[i] if 0 <= i < len(text) else ""


def _classify(text: str, i: int, lo: int, hi: int) -> _Mark | None:
    """Class one mark by its neighbours inside the paragraph ``[lo, hi)``; None = apostrophe."""
    family, roles = MARKS[text[i]]
    before = _char(text, i - 1) if i > lo else ""
    after = _char(text, i + 1) if i + 1 < hi else ""
    if family == "single" and before.isalnum() and after.isalnum():
        return None  # Iran’s, don't
    can_open = "open" in roles and (before in _OPEN_BEFORE or before in MARKS) and after not in ("", " ", "\n")
    can_close = "close" in roles and (after in _CLOSE_AFTER or after in MARKS) and before not in ("", " ", "\n")
    if family == "single" and can_open and _ELISION.match(text, i + 1, hi):
        return None  # ’90s, 'em
    if family == "guillemet":
        # Guillemets are unambiguous whatever the spacing (« French style »).
        return _Mark(i, family, roles[0])
    if not can_open and not can_close:
        if family == "single":
            return None
        if (text[i] == '"' and before.isspace() and after == " " and i + 2 < hi and _char(text, i + 2).isalpha()
                and text.find('"', i + 1, hi) > 0):
            # *he told her. " You have ..."*: a straight mark typed with a space on both sides, a word
            # after and another mark later in the paragraph; its place in the pairing says what it is
            # (an opener with nothing open)
            return _Mark(i, family, "either")
        # A curly double mark in an odd spot ("word”word") still tells its role by shape, except
        # a closing shape after a space and before a word (*were ”dwindling.”*): a wrongly
        # typeset opener (and the Swedish and Finnish style, which opens with ” too).
        shape = _SHAPE_ROLE.get(text[i])
        if shape == "close" and before in _OPEN_BEFORE and after.isalnum():
            shape = "open"
        return _Mark(i, family, shape) if shape else None
    if can_open and can_close:
        return _Mark(i, family, "either")
    return _Mark(i, family, "open" if can_open else "close")


@dataclass
class _Open:
    mark: _Mark
    start: int  # where the whole quote began (an earlier paragraph, for continuations)
    paragraphs: int
    para_end: int = 0  # end of the paragraph the quote was last open in


def _looks_possessive(text: str, mark: _Mark, hi: int) -> bool:
    """``the mullahs’ regime``: an ``s`` + mark + space + lowercase word."""
    i = mark.pos
    return mark.family == "single" and _char(text, i - 1) in "sS" and text[i + 1 : i + 3].startswith(" ") and (
        _char(text, i + 2).islower() if i + 2 < hi else False
    )


def _pair_family(
    text: str, paragraphs: list[tuple[int, int]], marks_by_para: list[list[_Mark]], family: Family
) -> list[MarkedQuote]:
    quotes: list[MarkedQuote] = []
    carried: _Open | None = None  # a quote left open at the end of the previous paragraph
    for (lo, hi), all_marks in zip(paragraphs, marks_by_para, strict=True):
        marks = [m for m in all_marks if m.family == family]
        current: _Open | None = None
        for n, mark in enumerate(marks):
            if carried is not None:
                # Convention: a multi-paragraph quote re-opens each paragraph; otherwise the
                # carried quote was unbalanced and ends at its own paragraph's end.
                if n == 0 and mark.role in ("open", "either") and not text[lo : mark.pos].strip():
                    current = _Open(mark, carried.start, carried.paragraphs + 1)
                    carried = None
                    continue
                if n == 0 and mark.role == "close":
                    # The next paragraph did not re-open but closes: one quote over both.
                    quotes.append(_closed(carried, mark, paragraphs=carried.paragraphs + 1))
                    carried = None
                    continue
                quotes.append(_cut(text, carried, carried.para_end))
                carried = None
            if current is None:
                if mark.role in ("open", "either"):
                    current = _Open(mark, mark.pos, 1)
                # a closer with nothing open: an apostrophe or a stray mark; ignore it.
                continue
            if mark.role in ("close", "either"):
                later = any(m.role != "open" for m in marks[n + 1 :])
                if later and _looks_possessive(text, mark, hi):
                    continue  # ‘the mullahs’ regime’: close at the later mark
                quotes.append(_closed(current, mark, paragraphs=current.paragraphs))
                current = None
            else:
                # A second opener while one is open: the first was never closed. Cut it
                # before this one, so the damage stays inside this stretch of text.
                quotes.append(_cut(text, current, mark.pos))
                current = _Open(mark, mark.pos, 1)
        if carried is not None:
            quotes.append(_cut(text, carried, carried.para_end))
            carried = None
        if current is not None:
            current.para_end = hi
            carried = current
    if carried is not None:
        quotes.append(_cut(text, carried, carried.para_end))
    return quotes


def _closed(pending: _Open, close: _Mark, *, paragraphs: int) -> MarkedQuote:
    """A quote from ``pending``'s opening mark to the closing mark ``close``."""
    return MarkedQuote(
        start=pending.start,
        end=close.pos + close.width,
        content_start=pending.start + 1,
        content_end=close.pos,
        family=pending.mark.family,
        closed=True,
        paragraphs=paragraphs,
    )


def _cut(text: str, pending: _Open, end: int) -> MarkedQuote:
    """An unclosed quote: it runs to ``end`` (its paragraph's end), trimmed of spaces."""
    stop = max(end, pending.mark.pos + 1)
    while stop > pending.mark.pos + 1 and text[stop - 1].isspace():
        stop -= 1
    return MarkedQuote(
        start=pending.start,
        end=stop,
        content_start=pending.start + 1,
        content_end=stop,
        family=pending.mark.family,
        closed=False,
        paragraphs=pending.paragraphs,
    )


#: Single closing marks that, typed twice in a row, stand for a closing double mark.
_DOUBLED_CLOSERS = ("’’", "''")


def _doubled_single_close(text: str, i: int, hi: int) -> _Mark | None:
    """``voters,’’ Will said``: two single closers after a word and before a space or stop close a double quote.

    Only in a closing position (a word or stop before, a space, stop or paragraph end after), so an
    empty ``''`` between spaces or a ``’’`` inside a word is left to the per-mark rules; the pairing
    then uses it only when a double quote is open, so it cannot close a single one.
    """
    if text[i : i + 2] not in _DOUBLED_CLOSERS or i + 2 > hi:
        return None
    before = _char(text, i - 1)
    after = _char(text, i + 2) if i + 2 < hi else ""
    if not before or before.isspace() or before in MARKS or after not in _CLOSE_AFTER:
        return None
    return _Mark(i, "double", "close", width=2)


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Paragraphs are separated by blank lines (``"\n\n"``), as in :class:`Article`."""
    bounds = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]*)*", text):
        bounds.append((match.start(), match.end()))
    return bounds


def find_marked_quotes(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[MarkedQuote]:
    """Every outermost quotation in ``text``, in order; nested quotes stay inside their host.

    ``paragraphs`` are ``(start, end)`` offsets (``Article.paragraphs``); by default
    they are found from blank lines. Single-mark quotes that never close are dropped
    (a stray ``’`` is far more often an apostrophe than an unclosed quote); double and
    guillemet quotes that never close run to their paragraph's end.
    """
    bounds = paragraphs if paragraphs is not None else _paragraph_bounds(text)
    marks_by_para: list[list[_Mark]] = []
    for lo, hi in bounds:
        found = []
        i = lo
        while i < hi:
            doubled = _doubled_single_close(text, i, hi)
            if doubled is not None:
                found.append(doubled)
                i += 2
                continue
            if text[i] in MARKS:
                mark = _classify(text, i, lo, hi)
                if mark is not None:
                    found.append(mark)
            i += 1
        marks_by_para.append(found)
    primary = _pair_family(text, bounds, marks_by_para, "double") + _pair_family(
        text, bounds, marks_by_para, "guillemet"
    )
    singles = [q for q in _pair_family(text, bounds, marks_by_para, "single") if q.closed]
    kept: list[MarkedQuote] = []
    for quote in sorted(primary, key=lambda q: (q.start, -q.end)) + sorted(singles, key=lambda q: q.start):
        if quote.content_end <= quote.content_start:
            continue
        if any(quote.start < other.end and other.start < quote.end for other in kept):
            continue  # nested or crossing: the outer (or double-mark) quote wins
        kept.append(quote)
    return sorted(kept, key=lambda q: q.start)
