"""Reported speech without quote marks: a reporting verb's clause, or *according to X, ...*.

Kept apart from :mod:`.kinds` (marked quotes), whose frame, drafts and speaker checks it reuses.
Constructions, by example:

- a complement clause: *X admitted that ...*, *X told Y that ...*, *..., X said*;
- a cue set off by commas inside the clause it reports: *Many of the prisons, she said, are aging*;
- a phrase: *according to X, ...*.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.analyze.quotes.kinds import Draft, Frame, can_speak, speaker_phrase, trim_punct

__all__ = ["draft_indirect"]


def _clause_extent(frame: Frame, tokens: list[Token]) -> tuple[int, int]:
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return trim_punct(frame.text, first.idx, last.idx + len(last))


def _parenthetical_content(cue: Token) -> list[Token]:
    """*Many of the prisons, she said, are aging*: a cue set off by commas inside the clause it reports.

    The parser hangs such a cue on the clause's verb (``parataxis``) instead of taking the
    clause as its complement; the reported content is that verb's clause without the cue.
    """
    if cue.dep_ != "parataxis":
        return []
    own = [t for t in cue.subtree if not t.is_punct]
    doc = cue.doc
    left, right = own[0].i - 1, own[-1].i + 1
    if left < 0 or right >= len(doc) or doc[left].text != "," or doc[right].text != ",":
        return []
    inside = {t.i for t in cue.subtree}
    rest = [t for t in cue.head.subtree if t.i not in inside]
    before, after = [t for t in rest if t.i < left], [t for t in rest if t.i > right]
    # The longer side is the report (*At current rates, X said, there will be three ...*).
    return after if len(after) >= len(before) else before


def draft_indirect(frame: Frame) -> list[Draft]:
    """Reported speech without marks: a reporting verb's clause, or *according to X, ...*."""
    drafts: list[Draft] = []
    doc = frame.doc
    for cue in frame.cues.values():
        if not cue.indirect or frame.in_marked(doc[cue.head].idx):
            continue
        head = doc[cue.head]
        if cue.phrase:
            opener = doc[cue.start]
            pp = list(opener.subtree) + list(head.subtree)
            pp_start, pp_end = min(t.idx for t in pp), max(t.idx + len(t) for t in pp)
            sentence = opener.sent
            left = trim_punct(frame.text, sentence.start_char, pp_start)
            right = trim_punct(frame.text, pp_end, sentence.end_char)
            start, end = max(left, right, key=lambda span: span[1] - span[0])
        else:
            if any(child.dep_ == "neg" for child in head.children):
                continue  # "did not say that ...": nobody is reported as saying it
            clause = next((child for child in head.children if child.dep_ == "ccomp"), None)
            if clause is None:
                tokens = _parenthetical_content(head)
            else:
                tokens = [t for t in clause.subtree]
                marks = [t for t in clause.children if t.dep_ == "mark" and t.i == tokens[0].i]
                if marks:
                    tokens = [t for t in tokens if t.i != marks[0].i]
            if not tokens:
                continue
            start, end = _clause_extent(frame, tokens)
        # A sentence the parser ran across a paragraph break (a dateline, a heading) stops there.
        lo, hi = frame.paragraphs[frame.paragraph(doc[cue.head].idx)]
        start, end = trim_punct(frame.text, max(start, lo), min(end, hi))
        if len(frame.text[start:end].split()) < 3:
            continue
        if any(q.start < end and start < q.end for q in frame.marked):
            continue  # a marked quote inside the clause carries it (mixed)
        phrase = speaker_phrase(frame, cue)
        if phrase is None or not can_speak(frame, phrase):
            # "it was reported that ...": no one to attribute it to; "according to their
            # choice", "the signal declared that": not a source of speech.
            continue
        drafts.append(Draft("indirect", start, end, cue, phrase, 0.7, paragraph=frame.paragraph(start)))
    drafts.sort(key=lambda d: (d.start, -d.end))
    outer: list[Draft] = []
    for draft in drafts:
        if outer and draft.start < outer[-1].end:
            continue  # "X said that Y told him that ...": the outer report carries it
        outer.append(draft)
    return outer
