"""The writer's own words beside a quotation, which are no one's quote and must not change whose it is.

Split from :mod:`.kinds` for size. Each is a construction the quotes_pages batches showed:

- an aside in brackets or between dashes inside an attribution (*she said — it was her first
  interview — "but ..."*): not words of the quote's frame, so the quote after it is still the
  second half of a direct quote (:func:`asides`);
- a comment on the quote after its comma (*"...," a detail that fits the plot.*): not part of the
  quote's sentence, so the quote is still a whole one (:func:`comment_after`);
- a work named after a verb that performs written words (*sang "Amazing Grace"*): a title, while
  the lines sung or recited are the performer's quote (:func:`performed_title`);
- speech or thought the writer imagines (*you ask yourself, "why bother?"*, *Imagine a nurse who
  tells you, "..."*): the writer's device, no one's quote (:func:`imagined`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsprism.analyze.quotes.context import MIN_FLOATING_WORDS, TERMINAL, can_speak
from newsprism.analyze.quotes.cues import Cue
from newsprism.analyze.quotes.speakers import noun_phrase

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.analyze.quotes.kinds import Frame
    from newsprism.analyze.quotes.marks import MarkedQuote

__all__ = ["asides", "comment_after", "imagined", "performed_title"]

#: A writer's aside: words in brackets, or between two dashes set off by spaces (an en or em dash, or
#: a double hyphen), on one line.
_ASIDE = re.compile(r"\([^()\n]*\)|(?<!\S)(?:—|–|--)\s[^—–\n]*?\s(?:—|–|--)(?!\S)")


def asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The writer's asides wholly inside ``text[start:end]``.

    >>> t = 'she said — it was late — "and'
    >>> [t[a:b] for a, b in asides(t, 0, len(t))]
    ['— it was late —']
    """
    return [m.span() for m in _ASIDE.finditer(text, start, end)]


def comment_after(frame: Frame, content: str, start: int, end: int) -> bool:
    """*"... ended up like a sister," a detail that fits the film's plot.*: a noun phrase after a quote
    ending in a comma, with no cue and no verb outside its own relative clause, and no one who could
    speak (not *a spokesman for the firm*), is the writer's comment on the quote, not words of its
    sentence: the quote stays a whole sentence."""
    if not content.endswith(","):
        return False
    tokens = [t for t in frame.tokens_between(start, end) if not (t.is_punct or t.is_space)]
    if not tokens or tokens[0].pos_ != "DET" or any(t.i in frame.cues for t in tokens):
        return False
    inside = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if len(tops) != 1 or tops[0].pos_ != "NOUN":
        return False
    return not can_speak(frame, noun_phrase(tops[0], via="comment"))


def performed_title(frame: Frame, cue: Cue, quote: MarkedQuote, content: str) -> bool:
    """*The choir sang "Amazing Grace" outside*: a quote right after a verb that performs written
    words (``performs`` in the cue lexicon), with no comma or colon between and no sentence of its
    own, names the work performed, a title; *she sang, "Let it be."* is the line itself."""
    entry = frame.cue_lexicon.verbs.get(cue.lemma)
    if entry is None or not entry.performs:
        return False
    cue_end = frame.doc[cue.end - 1].idx + len(frame.doc[cue.end - 1])
    if any(not (ch.isalnum() or ch.isspace()) for ch in frame.text[cue_end : quote.start]):
        return False
    return len(content.split()) < MIN_FLOATING_WORDS and not content.endswith(TERMINAL)


def imagined(frame: Frame, cue: Cue) -> bool:
    """*You ask yourself, "Why bother?"*, *Imagine a nurse who tells you, "..."*: speech or thought the
    writer makes up for the reader or a generic someone is the writer's device, not anyone's quote.

    Its cue has a generic subject (*you*, a bare *one*: ``generic_subjects``), speaks to a generic
    self (*ask yourself*, *say to ourselves*: ``generic_reflexives``), or sits under an imagining
    verb with no one else as its subject (*Imagine ...*, *Picture ...*: ``imagining_verbs``). A
    cue inside someone's quotation is theirs to report, never the writer's imagining.
    """
    head = frame.doc[cue.head]
    lexicon = frame.cue_lexicon
    if cue.phrase or cue.noun or frame.in_marked(head.idx):
        return False
    verb = head
    while verb.dep_ == "conj" and _subject(verb) is None:
        verb = verb.head  # *you walk past and ask yourself*: the first verb's subject
    if _generic(_subject(verb), lexicon.generic_subjects):
        return True
    addressees = [c for c in head.children if c.dep_ in ("dobj", "dative")]
    addressees += [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if any(t.lower_ in lexicon.generic_reflexives for t in addressees):
        return True
    for up in head.ancestors:
        if up.pos_ == "VERB" and up.lemma_.lower() in lexicon.imagining_verbs:
            subject = _subject(up)
            return subject is None or _generic(subject, lexicon.generic_subjects)
    return False


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _generic(subject: Token | None, words: frozenset[str]) -> bool:
    """A generic subject on its own: *one* but not *one of the nurses*."""
    return subject is not None and subject.lower_ in words and not any(True for _ in subject.children)
