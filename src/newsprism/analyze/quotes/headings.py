"""A section heading set as a quotation: the pull quote of words quoted just below it, or a title.

Highlights pages and long features head their sections with a quoted phrase, often numbered or
bulleted, standing alone as a paragraph::

    6. "The harbour problem"

    Ostrova testified that ... her predecessor had called the delays "the harbour problem."

The heading has no cue of its own, so the quote stage reads it as a term (a short phrase) or as a
quote with no speaker. A reader takes it as a pull quote: the words of whoever says them in the
section it heads. So a heading quotation whose words come back inside a quote with a speaker in the
next paragraphs (:data:`SECTION_REACH`) is a quote of that speaker (kind ``direct``, as the labels'
``block`` is scored). One whose words do not come back stays what it was (a title-case heading is a
term): nothing is guessed from nearness alone.

Plain string work on the paragraphs and the quotes already found, as :mod:`.signature`: the
layout, not the grammar, says it is a heading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsprism.model import Article, Quote

__all__ = ["SECTION_REACH", "heading_quotes"]

#: how many paragraphs below a heading its words may come back in
SECTION_REACH = 2
#: a heading longer than this is a quoted paragraph, not a heading
MAX_HEADING_WORDS = 10
#: a list marker before the heading's marks: ``6.``, ``-``, ``•``, ``(3)``
_MARKER = re.compile(r"(?:\(?\d{1,2}[.)]|[-–—•*])?\s*")
_MARKS = "\"“”‘’'«» "
_WORD = re.compile(r"\w+")


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _WORD.findall(text))


def _is_heading(article: Article, quote: Quote) -> bool:
    """The quote is its paragraph's only content, bar a list marker and its marks."""
    paragraph = next((p for p in article.paragraphs if p.start <= quote.span.start < p.end), None)
    if paragraph is None:
        return False
    before = article.text[paragraph.start : quote.span.start]
    after = article.text[quote.span.end : paragraph.end]
    marker = _MARKER.fullmatch(before.rstrip(_MARKS))
    short = 0 < len(quote.span.text.split()) <= MAX_HEADING_WORDS
    return marker is not None and not after.strip(_MARKS + ".!?") and short


def _contains(words: tuple[str, ...], inside: tuple[str, ...]) -> bool:
    n = len(words)
    return any(inside[i : i + n] == words for i in range(len(inside) - n + 1))


def heading_quotes(article: Article, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with each speakerless heading quotation given the speaker of the quote below that
    repeats its words (kind ``direct``); the rest unchanged."""
    starts = [p.start for p in article.paragraphs]
    out = list(quotes)
    for n, quote in enumerate(quotes):
        if quote.speaker is not None or quote.kind not in ("term", "direct") or not _is_heading(article, quote):
            continue
        words = _words(quote.span.text)
        if not words:
            continue
        at = sum(1 for s in starts if s <= quote.span.start) - 1
        limit = starts[at + SECTION_REACH + 1] if at + SECTION_REACH + 1 < len(starts) else len(article.text)
        source = next(
            (q for q in quotes[n + 1 :]
             if q.span.start < limit and q.speaker is not None and q.kind in ("direct", "mixed")
             and _contains(words, _words(q.span.text))),
            None,
        )
        if source is not None:
            out[n] = replace(quote, kind="direct", speaker=source.speaker)
    return out
