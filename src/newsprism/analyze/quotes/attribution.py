"""Which cue a marked quote takes, and whether that makes it direct or mixed.

Split from :mod:`.kinds` (which drafts each marked quote) for size. A marked quote's *frame*
is the text around it in its sentence: the cue before it (*He added: "..."*, also across a
colon that ends the previous paragraph), after it (*"...," he said* — only when the quote does
not end its own sentence, or the next word is lower-case, as in *"Why?" he asked*), or
between two halves of a quote. This module reads those windows (:func:`left_window`,
:func:`right_window`), picks the cue (:func:`choose_cue`) and decides the kind it gives
(:func:`cued_kind`): the whole complement is direct, a fragment inside reported speech mixed,
scare quotes in the writer's own sentence nobody's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newsprism.analyze.quotes.context import TERMINAL, named_thing, reported_by
from newsprism.analyze.quotes.cues import Cue
from newsprism.analyze.quotes.speakers import SpeakerPhrase
from newsprism.analyze.quotes.writer import asides
from newsprism.model import QuoteKind

if TYPE_CHECKING:
    from newsprism.analyze.quotes.kinds import Frame
    from newsprism.analyze.quotes.marks import MarkedQuote

__all__ = ["LAST_STOP", "choose_cue", "cued_kind", "has_words", "left_window", "right_window"]

_EXCLAIMED = ("?", "!", "?'", "!'", "?’", "!’")  # also closing a quote inside the quote
#: A full stop ending a sentence: not one before a digit or a lower-case word, which ends an
#: abbreviation (*an Oct. 26 letter*, *U.S. officials*), not a sentence.
LAST_STOP = re.compile(r"[.?!…][\"”’»]?\s+(?=[^\s\da-z])")
#: Cue dependents that may stand between a cue and its quote without making it a fragment
#: (*told reporters on Monday: "..."*).
_FRAME_DEPS = frozenset({"dative", "dobj", "npadvmod", "advmod", "prep", "agent", "aux", "neg", "prt", "punct", "cc"})
#: Most words between a quote and a cue after it (*"...," said the EU's top diplomat*).
_MAX_TRAILING_FRAME = 8


def has_words(text: str) -> bool:
    """Whether ``text`` holds a letter or digit (not only spaces and punctuation)."""
    return any(ch.isalnum() for ch in text)


def left_window(frame: Frame, quote: MarkedQuote, floor: int) -> tuple[tuple[int, int], bool]:
    """The text before the quote in its sentence, and whether a colon introduces the quote."""
    text = frame.text
    lo = frame.paragraphs[frame.paragraph(quote.start)][0]
    start = max(frame.sentence(quote.start)[0], floor, lo)
    stops = list(LAST_STOP.finditer(text, start, quote.start))
    if stops:
        start = stops[-1].end()
    j = len(text[: quote.start].rstrip())
    if j > 0 and text[j - 1] == ":":
        # A clause ending in a colon introduces the quote, even from the paragraph before,
        # and even across fragments quoted earlier in that clause (*called it "X" and "Y":*).
        lo = frame.paragraphs[frame.paragraph(j - 1)][0]
        begin = max(frame.sentence(j - 1)[0], lo)
        stops = [m for m in LAST_STOP.finditer(text, begin, j) if not frame.in_marked(m.start())]
        return ((stops[-1].end() if stops else begin), j), True
    return (start, quote.start), False


def right_window(frame: Frame, quote: MarkedQuote, ceiling: int, content: str) -> tuple[int, int] | None:
    """The text after the quote in its sentence, up to ``ceiling``; None where what follows is a new sentence."""
    text = frame.text
    hi = frame.paragraphs[frame.paragraph(max(quote.end - 1, 0))][1]
    k = quote.end
    while k < min(hi, ceiling) and text[k].isspace():
        k += 1
    if k >= min(hi, ceiling):
        return None
    if content.endswith(TERMINAL) and not (text[k].islower() or text[k] in ",;—–-"):
        # The quote ended its sentence; what follows is a new one, unless a "!" or "?" quote is
        # followed by its attribution (*"Vote for your GREAT Governor!" the president tweeted*),
        # which ``_adjacent`` then checks: only the speaker between the quote and the cue.
        if not content.endswith(_EXCLAIMED):
            return None
        end = min(frame.sentence(k)[1], hi, ceiling)
        cues = frame.cues_between(quote.end, end)
        # *"... by next year?" Marlo Venn replied that the plan is the only option*: a cue with a
        # complement of its own reports that, and answers the question rather than asking it.
        own = cues and any(c.dep_ == "ccomp" for c in frame.doc[cues[0].head].children)
        return (quote.end, end) if cues and not own and not cues[0].noun and _adjacent(frame, quote.end, cues[0]) \
            else None
    end = min(frame.sentence(k)[1], hi, ceiling)
    return quote.end, end


def _gap_words(frame: Frame, cue: Cue, phrase: SpeakerPhrase | None, start: int, end: int) -> bool:
    """Whether words other than the cue's own frame stand between ``start`` and ``end``."""
    doc = frame.doc
    skip: set[int] = set(range(cue.start, cue.end))
    if phrase is not None:
        skip.update(range(phrase.start, phrase.end))
        for a, b in phrase.others:
            skip.update(range(a, b))
    head = doc[cue.head]
    for child in head.children:
        if child.dep_ in _FRAME_DEPS or child.dep_ in ("nsubj", "nsubjpass"):
            subtree = list(child.subtree)
            if doc[subtree[-1].i].idx < end:
                skip.update(t.i for t in subtree)
    set_off = asides(frame.text, start, end)
    for token in frame.tokens_between(start, end):
        if token.i in skip or token.is_punct or token.lower_ in ("that", "as", "and", "but"):
            continue
        if any(a <= token.idx < b for a, b in set_off):
            continue  # the writer's aside (*she said — it was her first interview — "..."*): not the quote's frame
        if token.is_alpha or token.like_num:
            return True
    return False


def _in_as_phrase(frame: Frame, cue: Cue, start: int) -> bool:
    """Whether the quote starting at ``start`` is the cue's predicative *as* phrase."""
    tokens = frame.tokens_between(start, start + 1)
    if not tokens:
        return False
    return any(child.dep_ == "prep" and child.lower_ == "as" and tokens[0] in child.subtree
               for child in frame.doc[cue.head].children)


def _adjacent(frame: Frame, end: int, cue: Cue) -> bool:
    """A cue right after a quote: only the speaker between (*"...," the minister said*)."""
    between = frame.tokens_between(end, frame.doc[cue.start].idx)
    head = frame.doc[cue.head]
    speaker = {t.i for child in head.children if child.dep_ in ("nsubj", "nsubjpass") for t in child.subtree}
    if all(t.i in speaker or t.is_punct or t.is_space for t in between):
        return True  # *"...," Ada Brisk, editor at large at the Northern Ledger, said*
    return len(between) <= _MAX_TRAILING_FRAME and not any(t.pos_ in ("VERB", "AUX") for t in between)


#: The dependency of a cue's reported content (not *with X stating:*, an adverbial clause; not a conjunct).
_COMPLEMENT = frozenset({"ccomp"})


def _outermost(frame: Frame, cues: list[Cue]) -> list[Cue]:
    """The cues not inside another cue's reported content.

    *The engineer told a journal the survey suggested a pattern ...: "..."*: the colon quote is the
    teller's; *suggested* is part of what she told, so its subject is no speaker of the quote.
    """
    doc = frame.doc
    contents = [child for outer in cues for child in doc[outer.head].children if child.dep_ in _COMPLEMENT]

    def embedded(cue: Cue) -> bool:
        head = doc[cue.head]
        return _own_subject(doc, cue) and any(c.i == head.i or c.is_ancestor(head) for c in contents)

    return [cue for cue in cues if not embedded(cue)] or cues


def _own_subject(doc: Doc, cue: Cue) -> bool:
    """Whether a cue has its own subject: a subjectless conjunct (*said ... and added:*) shares
    the outer cue's speaker even where the parser hung it inside the first verb's content."""
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in doc[cue.head].children)


def choose_cue(
    frame: Frame, quote: MarkedQuote, left: list[Cue], right: list[Cue], colon: bool
) -> tuple[Cue, str] | None:
    """The cue of a quote and its side: ``colon``, ``left`` or ``right``."""
    if colon and left:
        return _outermost(frame, left)[-1], "colon"
    if left and frame.text[: quote.start].rstrip().endswith(","):
        return left[-1], "left"
    if right and _adjacent(frame, quote.end, right[0]):
        return right[0], "right"
    if left:
        return left[-1], "left"
    return None


def cued_kind(frame: Frame, quote: MarkedQuote, cue: Cue, side: str, phrase: SpeakerPhrase | None,
          span: tuple[int, int], left_start: int) -> QuoteKind | None:
    """direct or mixed for a quote with a cue; None when the marks are the author's own."""
    text = frame.text
    start, end = span
    if side == "colon":
        return "direct"
    if cue.noun:
        return "mixed"  # inside the message noun's own phrase (``in_message``): its source's words
    if cue.naming:
        if named_thing(frame, quote):
            return None  # *called "Open Road" "a quiet triumph"*: the first is the thing named, a title
        return "mixed" if phrase is not None else None  # "a film called 'X'": a title
    if side == "left":
        cue_end = frame.doc[cue.end - 1].idx + len(frame.doc[cue.end - 1])
        if _in_as_phrase(frame, cue, start):
            return "mixed"  # "denounced the law as "a licence to torture"": a label, not an utterance
        if not _gap_words(frame, cue, phrase, cue_end, quote.start):
            return "direct"
        # 'announced new "reforms"': scare quotes in the author's sentence, not reported words
        return "mixed" if reported_by(frame, cue, start, end) else None
    # 'The plan is "a disaster," he said' (a fragment) vs 'After the vote, "We won,"
    # she said' (a whole sentence after a lead-in): the quote's first letter decides.
    lead_in = has_words(text[left_start : quote.start])
    return "mixed" if lead_in and not text[start : start + 1].isupper() else "direct"
