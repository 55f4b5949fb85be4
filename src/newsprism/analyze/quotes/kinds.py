"""From quote marks and cues to quote drafts: direct, mixed, term, floating and indirect.

A marked quote's *frame* is the text around it in its sentence; the cue it takes there and
the kind that cue gives are :mod:`.attribution`'s, the constructions that make a quote
somebody's or nobody's without a cue of its own :mod:`.context`'s.

Kinds, by example:

- direct: the quote is the whole complement: *She said: "We will win."*;
- mixed: a fragment inside reported speech: *said keeping the deal "is becoming
  increasingly difficult"*, or anything after a naming verb: *what he called "X"*;
- floating: a whole-sentence quote with no cue, which inherits the previous speaker;
- term: a short quote with no cue (scare quotes, titles, nicknames);
- indirect (drafted in :mod:`.indirect`): a reporting verb's clause without marks:
  *X admitted that ...*, *according to X, ...*.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsprism.analyze.quotes.attribution import LAST_STOP, choose_cue, cued_kind, has_words, left_window, right_window
from newsprism.analyze.quotes.context import (
    MIN_FLOATING_WORDS,
    TERMINAL,
    can_speak,
    colon_subject,
    governing_cue,
    in_cue_subject,
    listed_title,
    named_as_term,
    named_thing,
    named_word,
    right_ceiling,
)
from newsprism.analyze.quotes.cues import Cue, CueLexicon, SpeakerLexicon, in_message
from newsprism.analyze.quotes.marks import MarkedQuote
from newsprism.analyze.quotes.signature import signature
from newsprism.analyze.quotes.speakers import SpeakerPhrase, find_speaker_phrase, noun_phrase
from newsprism.analyze.quotes.writer import comment_after, imagined, performed_title
from newsprism.model import QuoteKind, strip_span

__all__ = ["Draft", "Frame", "can_speak", "draft_marked", "speaker_phrase", "trim_punct"]

@dataclass
class Draft:
    """A quote before speaker resolution: content chars, kind, cue and speaker phrase."""

    kind: QuoteKind
    start: int
    end: int
    cue: Cue | None = None
    phrase: SpeakerPhrase | None = None
    confidence: float = 0.8
    floating: bool = False
    paragraph: int = 0


@dataclass
class Frame:
    """Everything the drafting needs about one article, computed once."""

    text: str
    doc: Doc
    cues: dict[int, Cue]
    cue_lexicon: CueLexicon
    speaker_lexicon: SpeakerLexicon
    marked: list[MarkedQuote]
    paragraphs: list[tuple[int, int]]
    token_starts: list[int] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    sentence_ends: list[int] = field(default_factory=list)
    marked_starts: list[int] = field(default_factory=list)
    cue_positions: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.token_starts = [t.idx for t in self.doc]
        sentences = list(self.doc.sents)
        self.sentence_starts = [s.start_char for s in sentences]
        self.sentence_ends = [s.end_char for s in sentences]
        self.marked_starts = [q.start for q in self.marked]
        self.cue_positions = sorted((self.doc[h].idx, h) for h in self.cues)

    def sentence(self, char: int) -> tuple[int, int]:
        k = max(bisect.bisect_right(self.sentence_starts, char) - 1, 0)
        return (self.sentence_starts[k], self.sentence_ends[k]) if self.sentence_starts else (0, len(self.text))

    def paragraph(self, char: int) -> int:
        k = bisect.bisect_right([a for a, _ in self.paragraphs], char) - 1
        return max(k, 0)

    def in_marked(self, char: int) -> bool:
        k = bisect.bisect_right(self.marked_starts, char) - 1
        return k >= 0 and self.marked[k].start <= char < self.marked[k].end

    def cues_between(self, start: int, end: int) -> list[Cue]:
        lo = bisect.bisect_left(self.cue_positions, (start, -1))
        found = []
        for char, head in self.cue_positions[lo:]:
            if char >= end:
                break
            if not self.in_marked(char):
                found.append(self.cues[head])
        return found

    def tokens_between(self, start: int, end: int) -> list[Token]:
        lo = bisect.bisect_left(self.token_starts, start)
        hi = bisect.bisect_left(self.token_starts, end)
        return [self.doc[i] for i in range(lo, hi)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Content without edge spaces and a trailing comma (``"We will,"`` -> ``We will``)."""
    return strip_span(text, start, end, "", ",;:", spaces=True)


def _typed_start(frame: Frame, quote: MarkedQuote, floor: int) -> int:
    """Where the quote's sentence starts by its punctuation, whatever the parser's sentences say.

    *... focused on their customers’ "financial health," as one CEO told me*: a closing
    apostrophe before an opening mark can make the parser start a sentence at the quote,
    hiding the writer's lead-in that makes it a fragment.
    """
    lo = max(frame.paragraphs[frame.paragraph(quote.start)][0], floor)
    stops = list(LAST_STOP.finditer(frame.text, lo, quote.start))
    return stops[-1].end() if stops else lo


def speaker_phrase(frame: Frame, cue: Cue) -> SpeakerPhrase | None:
    """The cue's speaker, unless the parse reached into quoted words or another paragraph."""
    phrase = find_speaker_phrase(frame.doc, cue, frame.cue_lexicon, frame.speaker_lexicon)
    if phrase is not None and frame.in_marked(frame.doc[phrase.head].idx):
        phrase = _name_after_quote(frame, phrase)
    if phrase is None:
        return None
    char = frame.doc[phrase.head].idx
    if frame.in_marked(char) or frame.paragraph(char) != frame.paragraph(frame.doc[cue.head].idx):
        return None
    return phrase


def _name_after_quote(frame: Frame, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
    """A name the parser hung as an appositive on a word inside the quote is the speaker.

    *"... minimizes mission complexity," Jim Chilton, senior vice president, said.*: a long
    quote may be parsed as the cue's subject, with the name after it as that subject's
    appositive; the name outside the marks is who speaks.
    """
    doc = frame.doc
    for a, b in phrase.others:
        root = next((t for t in doc[a:b] if not a <= t.head.i < b or t.head.i == t.i), None)
        if root is not None and root.pos_ == "PROPN" and not frame.in_marked(root.idx):
            return noun_phrase(root, via="appositive")
    return None


def _inherited(frame: Frame, drafts: list[Draft], start: int) -> Draft | None:
    """The previous quote whose cue governs this one too (*called it "X" and "Y"*)."""
    if not drafts or drafts[-1].cue is None:
        return None
    tokens = frame.tokens_between(start, start + 1)
    if not tokens:
        return None
    head = frame.doc[drafts[-1].cue.head]
    if not (head.left_edge.i <= tokens[0].i <= head.right_edge.i and tokens[0] in head.subtree):
        return None
    # *Teachers chanted, "A," as many held signs reading "B"*: a quote in an adverbial or relative
    # clause under the cue, whose verb is no cue, is that clause's, not a second thing the cue's
    # subject said (a reported clause or a second cue, *but cautions that "..."*, still carries it).
    path = []
    up = tokens[0].head
    while up.i != head.i:
        path.append(up)
        up = up.head
    if any(drafts[-1].start <= t.idx < drafts[-1].end for t in path):
        return drafts[-1]  # hung on the quote before (*"fabrications" designed to "sow panic"*): as that one goes
    if any(t.dep_ in _OWN_CLAUSES and t.pos_ in ("VERB", "AUX") and t.i not in frame.cues
           and not frame.in_marked(t.idx) for t in path):
        return None
    return drafts[-1]


#: Clauses under a cue that are not what it reports: adverbial and relative clauses.
_OWN_CLAUSES = frozenset({"advcl", "relcl", "acl"})


def _listed(frame: Frame, host: Draft, start: int) -> bool:
    """*chanted, "Fund our schools," and "Put kids first"*: a quote joined to the one before by
    only coordinators (*and*, *or*: lexicon data) and punctuation is a second item of the same kind."""
    between = frame.text[host.end : start]
    coordinators = frame.cue_lexicon.coordinators
    return all(word in coordinators for word in re.findall(r"\w+", between.lower()))


def draft_marked(frame: Frame) -> list[Draft]:
    """One draft per marked quote, with its cue, kind and speaker phrase."""
    drafts: list[Draft] = []
    text = frame.text
    namer: tuple[Cue, SpeakerPhrase | None] | None = None  # a naming cue whose named thing was the last quote
    for n, quote in enumerate(frame.marked):
        floor = frame.marked[n - 1].end if n else 0
        ceiling = right_ceiling(frame, n)
        start, end = _trim(text, quote.content_start, quote.content_end)
        if end <= start:
            continue
        if namer is not None:
            # *called "Open Road" "a quiet triumph"*: the label after the named title is the namer's
            cue, phrase = namer
            namer = None
            if phrase is not None:
                drafts.append(Draft("mixed", start, end, cue, phrase, 0.8, paragraph=frame.paragraph(quote.start)))
                continue
        content = text[quote.content_start : quote.content_end].rstrip()
        if named_as_term(frame, quote) or in_cue_subject(frame, start, end) or paired_words(frame, n) or listed_title(
                frame, n):
            drafts.append(Draft("term", start, end, None, None, 0.5, paragraph=frame.paragraph(quote.start)))
            continue
        left, colon = left_window(frame, quote, floor)
        right = right_window(frame, quote, ceiling, content)
        confidence = 0.9 if quote.closed else 0.6
        paragraph = frame.paragraph(quote.start)
        right_cues = [c for c in frame.cues_between(*right) if not c.noun] if right else []
        first = frame.tokens_between(start, start + 1)
        left_cues = [c for c in frame.cues_between(*left)
                     if not c.noun or colon or (first and in_message(frame.doc[c.head], first[0]))]
        introducer = colon_subject(frame, left, left_cues) if colon else None
        if introducer is not None:
            drafts.append(Draft("direct", start, end, None, introducer, confidence * 0.9, paragraph=paragraph))
            continue
        chosen = choose_cue(frame, quote, left_cues, right_cues, colon)
        if chosen is not None:
            cue, side = chosen
            phrase = speaker_phrase(frame, cue)
            left_start = min(left[0], _typed_start(frame, quote, floor))
            kind = cued_kind(frame, quote, cue, side, phrase, (start, end), left_start)
            if kind is None and cue.naming and named_thing(frame, quote):
                namer = (cue, phrase)
            elif phrase is None and named_word(frame, cue, content, (start, end)):
                kind = None
            elif kind is not None and (imagined(frame, cue) or (side == "left" and performed_title(
                    frame, cue, quote, content))):
                drafts.append(Draft("term", start, end, None, None, 0.5, paragraph=paragraph))
                continue
            if kind is not None:
                drafts.append(Draft(kind, start, end, cue, phrase, confidence, paragraph=paragraph))
                continue
        label = _colon_label(frame, quote, left, colon)
        if label is not None:
            drafts.append(Draft("direct", start, end, None, label, confidence * 0.9, paragraph=paragraph))
            continue
        governing = governing_cue(frame, start, end)
        if governing is not None:
            phrase = speaker_phrase(frame, governing)
            if phrase is not None:
                # A whole sentence the cue's clause begins with (*"Hearing it was ...," the "Pose"
                # actor said*) is direct, as with a cue right after it; a fragment is mixed.
                lead_in = has_words(text[_typed_start(frame, quote, floor) : quote.start])
                whole = not lead_in and text[start : start + 1].isupper() and content.endswith((",", *TERMINAL))
                governed: QuoteKind = "direct" if whole else "mixed"
                drafts.append(Draft(governed, start, end, governing, phrase, confidence * 0.9, paragraph=paragraph))
                continue
        host = _inherited(frame, drafts, start)
        if host is not None:
            kind = "direct" if colon or (host.kind == "direct" and _listed(frame, host, quote.start)) else "mixed"
            drafts.append(Draft(kind, start, end, host.cue, host.phrase, confidence * 0.9, paragraph=paragraph))
            continue
        right_text = text[quote.end : right[1]] if right else ""
        words = len(text[start:end].split())
        # *"...spotless." – Petra K.*: a signature after the quote is no words of its sentence
        signed = has_words(right_text) and signature(text, frame.paragraphs, quote.end) is not None
        commented = right is not None and has_words(right_text) and comment_after(frame, content, *right)
        whole = not has_words(text[left[0] : quote.start]) and (signed or commented or not has_words(right_text))
        if whole and (words >= MIN_FLOATING_WORDS or content.endswith(TERMINAL)):
            drafts.append(Draft("direct", start, end, None, None, confidence * 0.7, floating=True, paragraph=paragraph))
        else:
            drafts.append(Draft("term", start, end, None, None, 0.5, paragraph=paragraph))
    return drafts


def paired_words(frame: Frame, n: int) -> bool:
    """*being able to "taste" and "smell" traces*: single lower-case words in marks joined by a
    coordinator (``coordinators``: *and*, *or*) are words used as terms, not anyone's fragments; a
    speaker's quoted fragment is rarely a lone word coordinated with another lone word."""
    def word(k: int) -> bool:
        if not 0 <= k < len(frame.marked):
            return False
        content = frame.text[frame.marked[k].content_start : frame.marked[k].content_end].strip()
        return content.isalpha() and content.islower()

    def joined(a: int, b: int) -> bool:
        between = frame.text[frame.marked[a].end : frame.marked[b].start].strip()
        return between in frame.cue_lexicon.coordinators
    return word(n) and ((word(n + 1) and joined(n, n + 1)) or (word(n - 1) and joined(n - 1, n)))


#: At most this many words before the colon of a headline-style quote (*Mayor: "..."*).
_MAX_LABEL_WORDS = 5


def _colon_label(
    frame: Frame, quote: MarkedQuote, left: tuple[int, int], colon: bool
) -> SpeakerPhrase | None:
    """*Mayor: "We will not be blackmailed"*: a bare noun phrase and a colon name the speaker.

    Headlines and summaries put the speaker before a colon with no verb; the phrase must be
    short, verbless and the whole of the text before the quote.
    """
    if not colon:
        return None
    tokens = [t for t in frame.tokens_between(*left) if not (t.is_punct or t.is_space)]
    if not tokens or len(tokens) > _MAX_LABEL_WORDS or any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return None
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    root = roots[0] if len(roots) == 1 else tokens[-1]
    if root.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    paragraph_end = frame.paragraphs[frame.paragraph(quote.start)][1]
    if has_words(frame.text[quote.end : min(frame.sentence(quote.start)[1], paragraph_end)]):
        return None  # *The result: "a disaster", as one voter put it*: the quote is not the whole
    phrase = noun_phrase(root, via="label")
    return phrase if can_speak(frame, phrase) else None


def trim_punct(text: str, start: int, end: int) -> tuple[int, int]:
    """A reported clause without edge spaces, commas, colons and dashes (and a final full stop)."""
    return strip_span(text, start, end, ",;:—–-", ",;:—–-.", spaces=True)
