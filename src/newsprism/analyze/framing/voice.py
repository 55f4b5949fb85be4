"""Whose voice a character offset is in: the author's, or a quoted speaker's.

The quotes stage fills ``Article.voices``; that map is used as given (empty means
the whole body is the author's). Only when the pipeline has no quotes stage does
framing fall back to quotation marks, so that loaded words inside a quotation are
still never charged to the writer.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Token

from newsprism.model import Article, VoiceSegment

__all__ = ["AUTHOR", "QUOTED", "VoiceMap", "quote_mark_segments", "reported_labeller"]

AUTHOR = "author"
QUOTED = "quoted"

# Curly pairs first; straight double quotes pair within a paragraph.
_QUOTED = re.compile(r"“[^”\n]{1,2000}”|\"[^\"\n]{1,2000}\"")


def quote_mark_segments(text: str) -> tuple[VoiceSegment, ...]:
    """Quoted stretches by quotation marks alone: the fallback without a quotes stage.

    >>> [(s.start, s.end) for s in quote_mark_segments('He said: “No.” Then "yes".')]
    [(9, 14), (20, 25)]
    """
    return tuple(VoiceSegment(start=m.start(), end=m.end(), voice="quoted") for m in _QUOTED.finditer(text))


@dataclass(frozen=True, slots=True)
class Voice:
    """The voice at a point: ``name`` is ``author``, a speaker entity id, or ``quoted``."""

    name: str
    start: int
    end: int
    quote: str | None = None


class VoiceMap:
    """Offset -> voice over an article, from its voice segments (author where none covers)."""

    def __init__(self, article: Article, *, segments: tuple[VoiceSegment, ...] | None = None) -> None:
        chosen = article.voices if segments is None else segments
        quoted = sorted((s for s in chosen if s.voice == "quoted"), key=lambda s: s.start)
        self._starts = [s.start for s in quoted]
        self._segments = quoted
        self._length = len(article.text)

    def at(self, offset: int) -> Voice:
        """The voice of the character at ``offset`` with the bounds of its stretch."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self._segments[i].end:
            seg = self._segments[i]
            return Voice(name=seg.speaker or QUOTED, start=seg.start, end=seg.end, quote=seg.quote)
        start = self._segments[i].end if i >= 0 else 0
        end = self._segments[i + 1].start if i + 1 < len(self._segments) else self._length
        return Voice(name=AUTHOR, start=start, end=end)

    def is_author(self, offset: int) -> bool:
        return self.at(offset).name == AUTHOR


#: Branches of a naming verb that hold the name given: *called him [a traitor]*,
#: *labeled X [as] a terrorist*, *branded them [thugs]*.
_NAME_BRANCHES = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})


def reported_labeller(token: Token, naming_verbs: frozenset[str]) -> Token | None:
    """Who applies a label the writer only reports, or None when the label is the writer's.

    *The government labeled him a terrorist*, *Critics dismissed the plan as a scam*: the
    label is the subject's, reported by the writer (its words are not in quotation marks,
    so the voice map says author). The writer's own naming (*we call them thugs*) and a
    label with no naming verb above it stay the author's.
    """
    node = token
    for _ in range(8):
        head = node.head
        if head is node:
            return None
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "aux":
            return _labeller(head, node, naming_verbs)
        node = head
    return None


def _labeller(verb: Token, branch: Token, naming_verbs: frozenset[str]) -> Token | None:
    if verb.lemma_.lower() not in naming_verbs:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    named = (
        branch.dep_ in _NAME_BRANCHES
        or (branch.dep_ == "prep" and branch.lower_ == "as")
        # "branded the protesters thugs" (two objects), "was branded a traitor" (passive)
        or (branch.dep_ == "dobj" and (objects.index(branch) > 0 or any(c.dep_ == "nsubjpass" for c in verb.children)))
    )
    if not named:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:  # passive: "was labeled a terrorist by the ministry" (the parser hangs "by" anywhere)
        nearby = (*verb.children, *branch.children)
        by = [c for c in nearby if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
        subject = next((c for b in by for c in b.children if c.dep_ == "pobj"), None)
    if subject is None or subject.lower_ in _FIRST_PERSON:
        return None
    return subject
