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

from spacy.tokens import Span, Token

from newsprism.model import Article, VoiceSegment

__all__ = [
    "AUTHOR", "QUOTED", "ReportedSpeech", "VoiceMap", "quote_mark_segments", "refers_to_actor", "reported_labeller",
]

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


class ReportedSpeech:
    """The content of reported speech without quotation marks (the quotes stage's ``indirect`` quotes).

    The voice map keeps those characters the writer's: the *wording* of a paraphrase is the writer's.
    A loaded word in the report's content is still the speaker's judgement (*customers say the outages
    were overly broad*: the customers find them so), so framing charges it to the speaker, never the
    writer; the reporting verb (the cue, outside the content) and its stance stay the writer's. Scare
    quotes and titles (``term``) inside a report are the writer's device and stay the writer's, and so
    does a report whose speaker is everyone or no one (``universal``: *everyone agrees that X is a
    crook* is the writer's claim, a consensus the writer vouches for, not a speaker's).
    """

    def __init__(self, article: Article, universal: frozenset[str] = frozenset()) -> None:
        quotes = article.quotes or ()
        reports = (q for q in quotes if q.kind == "indirect"
                   and not (q.speaker is not None and (q.speaker.name.lower().split() or [""])[0] in universal))
        self._reports = sorted(reports, key=lambda q: q.span.start)
        self._terms = [(q.span.start, q.span.end) for q in quotes if q.kind == "term"]

    def at(self, start: int, end: int) -> Voice | None:
        """The speaker's voice over the report holding ``[start, end)``, or None (not in a report's content)."""
        if any(s < end and start < e for s, e in self._terms):  # the writer's scare quotes: the "interim" government
            return None
        for q in self._reports:
            if q.span.start > start:
                break
            if end <= q.span.end and not (q.cue is not None and q.cue.start < end and start < q.cue.end):
                name = q.speaker.entity if q.speaker is not None and q.speaker.entity else QUOTED
                return Voice(name=name, start=q.span.start, end=q.span.end, quote=q.id)
        return None


def refers_to_actor(label: Span, determiners: frozenset[str]) -> bool:
    """A label the writer names someone by (*visit the pedophile*, *the convicted pedophile Epstein*),
    as against one asserted of them (*hates radical Muslims*, *called him a thug*).

    Inside a report it stays the writer's: the speaker asserted something about that person; the name
    the report gives them is the writer's choice (``label_back_determiners``: a definite determiner or
    a possessive before it, or a proper name it stands before).
    """
    root = label.root
    if any((c.dep_ == "det" and c.lower_ in determiners) or c.dep_ == "poss" for c in root.children):
        return True
    after = label.doc[label.end] if label.end < len(label.doc) else None
    before_name = root.dep_ in ("compound", "amod") and root.head.pos_ == "PROPN"
    return (after is not None and after.pos_ == "PROPN") or before_name


#: Branches of a naming verb that hold the name given: *called him [a traitor]*,
#: *labeled X [as] a terrorist*, *branded them [thugs]*.
_NAME_BRANCHES = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})


def reported_labeller(
    token: Token, naming_verbs: frozenset[str], charge_verbs: frozenset[str] = frozenset(),
) -> Token | None:
    """Who applies a label the writer only reports, or None when the label is the writer's.

    *The government labeled him a terrorist*, *Critics dismissed the plan as a scam*: the
    label is the subject's, reported by the writer (its words are not in quotation marks,
    so the voice map says author); so is the charge under a verb of ``charge_verbs`` (*the
    senator accused the minister of a shameful cover-up*). The writer's own naming (*we call
    them thugs*) and a label with no naming verb above it stay the author's.
    """
    node = token
    path = [token]
    for _ in range(8):
        head = node.head
        if head is node:
            return None
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "aux":
            if head.lemma_.lower() in charge_verbs and any(_charge(n, head) for n in path):
                return _subject(head, node)  # "accused the minister [of a cover-up]" (of on the verb or object)
            return _labeller(head, node, naming_verbs)
        node = head
        path.append(node)
    return None


def _charge(node: Token, verb: Token) -> bool:
    """``of`` on the verb or on its object: *accused [the minister] of ...*, not *the senator of ... accused*."""
    return node.dep_ == "prep" and node.lower_ == "of" and (
        node.head == verb or (node.head.dep_ == "dobj" and node.head.head == verb))


def _labeller(verb: Token, branch: Token, naming_verbs: frozenset[str]) -> Token | None:
    if verb.lemma_.lower() not in naming_verbs or not _named(verb, branch):
        return None
    return _subject(verb, branch)


def _named(verb: Token, branch: Token) -> bool:
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return (
        branch.dep_ in _NAME_BRANCHES
        or (branch.dep_ == "prep" and branch.lower_ == "as")
        # "branded the protesters thugs" (two objects), "was branded a traitor" (passive)
        or (branch.dep_ == "dobj" and (objects.index(branch) > 0 or any(c.dep_ == "nsubjpass" for c in verb.children)))
    )


def _subject(verb: Token, branch: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:  # passive: "was labeled a terrorist by the ministry" (the parser hangs "by" anywhere)
        nearby = (*verb.children, *branch.children)
        by = [c for c in nearby if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
        subject = next((c for b in by for c in b.children if c.dep_ == "pobj"), None)
    if subject is None or subject.lower_ in _FIRST_PERSON:
        return None
    return subject
