"""A quotation run over several paragraphs, read as one quote per paragraph (issues #3, #4).

The typographic convention for a long quotation: each paragraph but the last is left without a
closing mark and the next one opens with a mark again (:mod:`.marks` pairs the whole run as one
quote). A reader takes each paragraph as one more statement of the same speaker; kept as one span,
a run of three paragraphs would stand for all of them at once and for none in particular (a tool
that lists quotes, or scores them, sees one long blob). So each continuing paragraph becomes a quote
of its own: kind ``direct`` (a whole statement, as a floating quote is), with the first paragraph's
cue and speaker phrase, so it resolves to the same speaker; its opening mark is left out.

Plain offset work on the drafts :func:`.kinds.draft_marked` made; no parse needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsprism.analyze.quotes.kinds import Draft, Frame

__all__ = ["split_runs"]

#: what a continuing paragraph may open with before its words: space and the re-opening mark
_OPENING = " \t\n\"“”‘’'«»„"


def split_runs(frame: Frame, drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts`` with every quote that spans paragraph breaks cut into one quote per paragraph.

    Terms are left alone (a title never runs over paragraphs; an unclosed mark that ran on is not
    made into speech here)."""
    out: list[Draft] = []
    text = frame.text
    for draft in drafts:
        first = frame.paragraph(draft.start)
        last = frame.paragraph(max(draft.end - 1, draft.start))
        if draft.kind == "term" or first == last:
            out.append(draft)
            continue
        for k in range(first, last + 1):
            lo, hi = frame.paragraphs[k]
            start, end = max(lo, draft.start), min(hi, draft.end)
            while start < end and text[start] in _OPENING:
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end <= start:
                continue
            if k == first:
                out.append(replace(draft, end=end))
            else:
                out.append(replace(draft, kind="direct", start=start, end=end, paragraph=k))
    return out
