"""A report inside a report: *..., the commission said, according to Reuters*.

Split from :mod:`.indirect` for size. News rewrites pass on what a source said through an outlet
(*X wrote in a blog post that ..., according to NPR's Y*); the outlet's phrase cue (*according to*,
*per*) only relays, and a reader takes the words for the inner speaker's. The labels of the
quotes_pages batches give the inner source, as batch 7's reports inside reports showed.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsprism.analyze.quotes.kinds import Draft, Frame, can_speak, speaker_phrase, trim_punct

__all__ = ["as_report", "opens_as_report", "relays_dropped"]


def relays_dropped(frame: Frame, drafts: list[Draft]) -> list[Draft]:
    """A report inside a report: *..., the commission said, according to Reuters*; *X wrote that ...,
    according to Y of the Times*. The phrase cue's source only relays what the inner cue's speaker
    said, so the inner report is the quote: the relay's draft (the rest of the sentence, holding the
    inner cue) goes, and the relay phrase is cut off the inner report's end. Only a phrase cue
    (*according to*, *per*) relays this way; *X said that Y told him that ...* keeps its outer report
    (the teller is the one quoted)."""
    doc = frame.doc
    relays = [d for d in drafts if d.cue is not None and d.cue.phrase]
    inner = [d for d in drafts if d.cue is not None and not d.cue.phrase]
    dropped: set[int] = set()
    kept: list[Draft] = []
    for relay in relays:
        if any(relay.start <= doc[i.cue.head].idx < relay.end for i in inner if i.cue):
            dropped.add(id(relay))
    for draft in drafts:
        if id(draft) in dropped:
            continue
        if draft.cue is not None and draft.cue.phrase:
            draft = _told_by_inner(frame, draft)
        if draft.cue is not None and not draft.cue.phrase:
            for relay in relays:
                assert relay.cue is not None
                at = doc[relay.cue.start].idx
                if id(relay) in dropped and draft.start < at < draft.end:
                    start, end = trim_punct(frame.text, draft.start, at)
                    draft = replace(draft, start=start, end=end)
        kept.append(draft)
    return kept


def _told_by_inner(frame: Frame, relay: Draft) -> Draft:
    """*..., the commission said, according to Reuters*: a cue the parser left without a clause of its
    own (the report hung on it as an adverbial) right before the relay phrase speaks the report; the
    relay phrase's source only passes it on. The report ends before the inner speaker's words."""
    doc = frame.doc
    assert relay.cue is not None
    opener = doc[relay.cue.start]
    at = opener.i - 1
    while at >= 0 and doc[at].is_punct:
        at -= 1
    cue = next((c for c in frame.cues.values() if c.head == at and not c.phrase and not c.noun and c.indirect), None)
    if cue is None or not relay.start <= doc[at].idx < relay.end:
        return relay
    phrase = speaker_phrase(frame, cue)
    if phrase is None or not can_speak(frame, phrase):
        return relay
    first = doc[min(phrase.start, cue.start)].idx
    if first <= relay.start:
        return relay
    start, end = trim_punct(frame.text, relay.start, first)
    if len(frame.text[start:end].split()) < 3:
        return relay
    return replace(relay, start=start, end=end, cue=cue, phrase=phrase)


#: Subjects that are the writer (*As we've noted, ...*): the writer's own words, no one's report.
_WRITER = frozenset({"i", "we", "you"})


def as_report(cue: Token) -> list[Token]:
    """*As Emily Hart reports for the Ledger, the first cases came to light last week*: a sentence that
    opens with *As* + a reporting verb with no complement of its own reports its main clause, in the
    words of that clause's source; a report inside it (*, when officials announced that ...*) stays
    a report of its own (:func:`opens_as_report`: the two nest, as the labels read them). Only at the head
    of the sentence (*He resigned, as he had promised* reports no words) and not the writer's own
    (*As we noted*)."""
    main = cue.head
    if cue.dep_ != "advcl" or main.i <= cue.i or cue.sent.start != cue.left_edge.i:
        return []
    if not opens_as_report(cue):
        return []
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in cue.children):
        return []
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in _WRITER:
        return []
    cut = {t.i for t in cue.subtree}
    tokens = [t for t in main.subtree if t.i not in cut]
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    return tokens


def opens_as_report(cue: Token) -> bool:
    """The cue heads an *As X reports, ...* clause (an adverbial opened by *as*)."""
    marker = next((c for c in cue.children if c.dep_ == "mark"), None)
    return cue.dep_ == "advcl" and marker is not None and marker.lower_ == "as" and marker.i == cue.left_edge.i
