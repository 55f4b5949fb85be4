"""Reported speech without quote marks: a reporting verb's clause, or *according to X, ...*.

Kept apart from :mod:`.kinds` (marked quotes), whose frame, drafts and speaker checks it reuses.
Constructions, by example:

- a complement clause: *X admitted that ...*, *X told Y that ...*, *..., X said*;
- a cue set off by commas inside the clause it reports: *Many of the prisons, she said, are aging*;
- a phrase: *according to X, ...*;
- a to-infinitive of a verb that reports a request or a commitment (data: a verb's ``infinitive``
  flag in the cue lexicon): *X urged the council to reject the plan*, *X vowed to appeal*;
- a message noun's *that*-clause when a person owns the noun: *his claim that ...*,
  *the senator's warning that ...* (an unowned *the claim that ...* tells nobody's words).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.analyze.quotes.complements import complement_on_recipient, misattached_complement
from newsprism.analyze.quotes.context import is_agent
from newsprism.analyze.quotes.cues import Cue, message_source
from newsprism.analyze.quotes.kinds import Draft, Frame, can_speak, speaker_phrase, trim_punct
from newsprism.analyze.quotes.marks import MarkedQuote
from newsprism.analyze.quotes.relays import as_report, opens_as_report, relays_dropped
from newsprism.analyze.quotes.speakers import (
    SpeakerPhrase,
    clause_subject_on_cue,
    subject_hung_on_clause,
    to_marker,
)
from newsprism.analyze.quotes.views import (
    cognition_cues,
    research_cues,
    stance_clause,
    stance_cues,
    stance_noun,
)

__all__ = ["draft_indirect"]


#: Dashes that may set off the writer's aside at a reported clause's end.
_DASHES = frozenset({"—", "–", "--"})


def _without_dash_aside(tokens: list[Token]) -> list[Token]:
    """*testimony that he was not familiar with X — the font of the entire dossier that ...*: an apposition
    set off by a dash that runs to the clause's end is the writer's aside on its last noun, not the report."""
    last = max(t.i for t in tokens)
    for dash in sorted(tokens, key=lambda t: t.i):
        if dash.text not in _DASHES or dash.dep_ != "punct" or dash.i == min(t.i for t in tokens):
            continue
        aside = [c for c in dash.head.children if c.dep_ == "appos" and c.i > dash.i]
        if aside and max(t.i for t in aside[0].subtree) >= last - 1:
            return [t for t in tokens if t.i < dash.i]
    return tokens


def _clause_extent(frame: Frame, tokens: list[Token]) -> tuple[int, int]:
    tokens = _without_dash_aside(tokens)
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return trim_punct(frame.text, first.idx, last.idx + len(last))


def _object_read_as_clause(frame: Frame, cue: Token) -> list[Token]:
    """*The unions said more than 15,000 people registered for the rally*: with no *that*, the parser
    may read the reported clause's subject as the cue's object and its past-tense verb as a reduced
    relative on it (``acl``). After a verb that takes a clause, not a thing, as what it reports (the
    cue lexicon's ``object_clause`` list: *say*, not *announce a plan*), such an object with such a
    verb right after it is the reported clause."""
    if cue.lemma_.lower() not in frame.cue_lexicon.object_clause:
        return []
    for noun in cue.rights:
        if noun.dep_ != "dobj" or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        verbs = [c for c in noun.rights if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")]
        if verbs and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verbs[0].children):
            return list(noun.subtree)
    return []


def _parenthetical_content(cue: Token) -> list[Token]:
    """*Many of the prisons, she said, are aging*: a cue set off by commas inside the clause it reports.

    The parser hangs such a cue on the clause's verb (``parataxis``) instead of taking the
    clause as its complement; the reported content is that verb's clause without the cue. With
    a name after the cue that the parser hung elsewhere (*This system, says X, a biologist,
    helps ...*: :func:`.speakers.subject_hung_on_clause`), the aside is the cue and that name,
    and the clause's subject before the cue stays in the content.
    """
    hung = subject_hung_on_clause(cue)
    if cue.dep_ != "parataxis" and hung is None:
        return []
    subject = clause_subject_on_cue(cue) if hung is not None else None
    kept = {t.i for t in subject.subtree} if subject is not None else set()
    complements = {t.i for c in cue.children if c.dep_ == "ccomp" for t in c.subtree} if hung is not None else set()
    aside = [t for t in cue.subtree if t.i not in kept and t.i not in complements]
    aside += list(hung.subtree) if hung is not None else []
    own = sorted((t for t in aside if not t.is_punct), key=lambda t: t.i)
    doc = cue.doc
    left, right = own[0].i - 1, own[-1].i + 1
    if left < 0 or right >= len(doc) or doc[left].text != "," or doc[right].text != ",":
        return []
    inside = {t.i for t in aside}
    clause = cue.head if cue.dep_ == "parataxis" else cue
    rest = [t for t in clause.subtree if t.i not in inside]
    before, after = [t for t in rest if t.i < left], [t for t in rest if t.i > right]
    # The longer side is the report (*At current rates, X said, there will be three ...*).
    return after if len(after) >= len(before) else before


#: Penn tags of finite verbs (a past or present tense, not an infinitive or participle).
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _infinitive_report(frame: Frame, cue: Cue) -> list[Token]:
    """*X urged the council to reject the plan*: the to-infinitive after a verb that reports a
    request (with its addressee as object) or a commitment (*vowed to appeal*) is the report.

    A request verb without an addressee (*was asked to resign*, *asked to speak*) tells no
    one's request, and a verb without an ``infinitive`` flag in the cue lexicon (*wanted to*, *tried to*)
    reports no speech.
    """
    if cue.phrase or cue.noun:
        return []
    head = frame.doc[cue.head]
    verb_entry = frame.cue_lexicon.verbs.get(cue.lemma)
    if verb_entry is None:
        return []
    if verb_entry.gerund and not any(to_marker(c) for c in head.children):
        # *suggests saving 30 times your expenses*, *denied taking the money*: the -ing complement
        # (not of an infinitive: *allowed them to propose launching it* proposes nothing yet).
        gerund = next((c for c in head.rights if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG"
                       and not any(g.dep_ in ("nsubj", "aux") for g in c.children)), None)
        if gerund is None and verb_entry.gerund_after:  # *admitted to taking the money*
            gerund = next((g for c in head.rights if c.dep_ == "prep" and c.lower_ == verb_entry.gerund_after
                           for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
        if gerund is not None:
            # *admitted to threatening X, and hiding X*: the parser may join the second -ing form
            # to the cue (a finite verb's conjunct is finite); it is part of the same report.
            joined = [c for c in head.rights if c.dep_ == "conj" and c.tag_ == "VBG" and c.i > gerund.i]
            last = max((c.right_edge.i for c in joined), default=gerund.right_edge.i)
            return [t for t in frame.doc[gerund.left_edge.i : last + 1]]
    control = verb_entry.infinitive
    if control is None:
        return []
    # The parser hangs the infinitive as xcomp, or as advcl after an object (*led X to announce*).
    verb = next((c for c in head.rights if c.dep_ in ("xcomp", "advcl") and any(
        to_marker(a) and a.i < c.i for a in c.children)), None)
    if verb is None:
        return []
    addressee = any(  # *urged the council*, *pleaded with the judge*
        head.i < c.i < verb.i
        and (c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children)))
        for c in head.children
    )
    if control == "object" and not addressee:
        return []
    # *promised to protect the fund and attacked the plan*: a finite verb joined to the
    # infinitive is the subject's next act, not part of the promise.
    finite = [c for c in verb.children if c.dep_ == "conj" and c.tag_ in _FINITE]
    cut = min((c.left_edge.i for c in finite), default=verb.right_edge.i + 1)
    # The report starts after its marker (*pleaded with the board to ...*: the parser may hang
    # the addressee inside the infinitive's clause).
    marker = next(a.i for a in verb.children if to_marker(a))
    # *to reopen the road, which the army closed in May*: a relative clause set off by a comma
    # is the writer's aside on a noun of the request, not part of what was asked.
    for clause in verb.subtree:
        if clause.dep_ == "relcl" and clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ",":
            cut = min(cut, clause.left_edge.i - 1)
    tokens = [t for t in verb.subtree if marker < t.i < cut]
    while tokens and (tokens[-1].dep_ == "cc" or tokens[-1].is_punct):
        tokens.pop()
    return tokens


def _owned_by_person(source: Token) -> bool:
    """A message noun's source that is a person: a person's name, a gendered possessive
    (*his*, *her*, read from the parser's morphology), a plural one (*their charges that ...*: people,
    or a body, as the pronoun resolves; never *its*), or a word that only names people."""
    if source.ent_type_ == "PERSON":
        return True
    possessive = bool(source.morph.get("Poss", []))
    return possessive and bool(source.morph.get("Gender", []) or source.morph.get("Number", []) == ["Plur"])


def _message_clause(frame: Frame, noun: Token) -> list[Token]:
    """*his claim that he visited the site*: the *that*-clause a person's message noun holds.

    The parser marks the *that* of a relative clause the same way (*the claim that he made*),
    so the clause must go on past its verb: a relative clause that stops at its verb is
    missing the object the noun supplies.
    """
    source = message_source(noun)
    if source is None or not (
        _owned_by_person(source) or source.lemma_.lower() in frame.speaker_lexicon.exclusive_person_words
    ):
        return []
    relative = frame.speaker_lexicon.relative_pronouns
    # The parser may hang the clause on the verb the noun's phrase depends on (*acted on his
    # warning that ...*: a ccomp of *acted*); right after the noun's phrase it is still the noun's.
    verb = noun.head.head if noun.head.dep_ == "prep" else noun.head
    beside = [c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == noun.right_edge.i + 1]
    for clause in [*noun.rights, *beside]:
        if clause.dep_ not in ("acl", "relcl", "ccomp"):
            continue
        body, marked = _without_mark(clause)
        subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in relative for c in clause.children)
        words = [t for t in body if not t.is_punct]
        if marked and subject and words and words[-1].i > clause.i:
            return body + _trailing_adverbials(verb, body[-1])
    return []


#: Dependencies of the adverbials a parser may hang on the main verb after a reported clause.
_ADVERBIAL = frozenset({"advcl", "prep", "npadvmod", "punct"})


def _trailing_adverbials(verb: Token, last: Token) -> list[Token]:
    """*... was his claim that he went there in 2010 – after X was freed – to end it*: adverbials
    after the clause up to the sentence's end that the parser hung on the main verb belong to the
    nearer, reported verb (attach low: the usual reading of a trailing modifier). Only when every
    token left in the sentence is such an adverbial of ``verb``; otherwise nothing is taken."""
    rest = [t for t in verb.sent if t.i > last.i]
    heads = [t for t in rest if not any(a.i == t.head.i for a in rest)]
    if not heads or not all(t.head.i == verb.i and t.dep_ in _ADVERBIAL for t in heads):
        return []
    return rest


def _first_or_second_person(frame: Frame, phrase: SpeakerPhrase) -> bool:
    """*I*, *we*, *you*: pronouns the speaker lexicon gives no entity type (the writer, the reader)."""
    features = frame.speaker_lexicon.pronouns.get(frame.doc[phrase.head].lower_)
    return features is not None and not features["types"]


def _reported_tokens(frame: Frame, cue: Cue) -> list[Token]:
    """The tokens a (verb or noun) cue reports, or none."""
    head = frame.doc[cue.head]
    if cue.noun:
        return _message_clause(frame, head)
    if not cue.indirect:
        return _infinitive_report(frame, cue)  # *asked X to ...*, *ordered X to ...*
    if subject_hung_on_clause(head) is not None:
        return _parenthetical_content(head)  # *X, says Y, a biologist, ...*: the complement holds the aside
    clause = next((child for child in head.children if child.dep_ == "ccomp"), None)
    noun = stance_noun(head, frame.cue_lexicon.stance_nouns) if head.lemma_ == "be" else None
    if clause is None and noun is not None:
        clause = stance_clause(noun, frame.cue_lexicon)
    if clause is None:
        clause = misattached_complement(head, frame.cue_lexicon) or complement_on_recipient(frame, head)
    if clause is None:
        return (_infinitive_report(frame, cue) or _parenthetical_content(head) or _object_read_as_clause(frame, head)
                or as_report(head))
    return _without_mark(clause, frame.cue_lexicon.complementizers)[0]


def _without_mark(clause: Token, leading: frozenset[str] = frozenset()) -> tuple[list[Token], bool]:
    """A clause's tokens without the subordinator that opens it (*that* in *that he went*), and
    whether it had one."""
    tokens = list(clause.subtree)
    # a complementizer in ``leading`` read as a relative adverb (``complements.leading_that``) opens it all the same
    marked = any((c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in leading)) and c.i == tokens[0].i
                 for c in clause.children)
    return (tokens[1:] if marked else tokens), marked


#: a clause's unmarked stretch is a report of its own only when the quoted fragments in the
#: clause are short and the stretch holds most of the clause (a quoted clause with a few words
#: of lead-in is a direct or mixed quote, not a report around one).
_MIN_UNMARKED_SHARE = 0.5
_MIN_UNMARKED_WORDS = 5
_MAX_FRAGMENT_WORDS = 12


def _unmarked_stretch(frame: Frame, start: int, end: int, cue_at: int, root: Token | None) -> tuple[int, int] | None:
    """The longest stretch of ``start:end`` outside marked quotes (and their marks), if it is a
    report of its own: long enough, holding the reported clause's verb (``root``; not a relative
    clause or an adverbial beside a quoted main clause), not ending where a quote completes it
    (*the odds were "slim"*: a verb, preposition or determiner left open), and not the cue."""
    inside = [q for q in frame.marked if q.start < end and start < q.end]
    if any(len(frame.text[q.start : q.end].split()) > _MAX_FRAGMENT_WORDS for q in inside):
        return None
    cuts = sorted((max(q.start - 1, start), min(q.end + 1, end)) for q in inside)
    pieces, at = [], start
    for lo, hi in cuts:
        pieces.append((at, lo))
        at = max(at, hi)
    pieces.append((at, end))
    best = max((trim_punct(frame.text, lo, hi) for lo, hi in pieces if hi > lo), key=lambda p: p[1] - p[0],
               default=None)
    if best is None or len(frame.text[best[0] : best[1]].split()) < _MIN_UNMARKED_WORDS or best[0] <= cue_at < best[1]:
        return None
    if root is None or not best[0] <= root.idx < best[1]:
        return None
    words = frame.doc.char_span(best[0], best[1], alignment_mode="expand")
    if words is None:
        return None
    if words[-1].pos_ in ("AUX", "VERB", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "PART") and _completes_core(
            frame, inside, root):
        return None
    return best if best[1] - best[0] >= _MIN_UNMARKED_SHARE * (end - start) else None


#: the writer's words a clause needs outside its quoted fragments to be a report holding them
_MIN_OWN_WORDS = 3
#: the same for a report an *according to* phrase opens, which names its clause a report outright
_MIN_PHRASE_OWN_WORDS = 1
#: how far a fragment's closing marks may run past the clause (trimmed of *."* at its end)
_MARK_SLACK = 3


def _set_off(frame: Frame, start: int, end: int) -> bool:
    """Whether the first quote in ``start:end`` follows a comma or colon: a quoted sentence after a lead-in
    (an apposition, a label), not quoted words completing the clause's own subject."""
    first = min((q.start for q in frame.marked if start <= q.start < end), default=None)
    return first is not None and frame.text[start:first].rstrip().endswith((",", ":"))


def _around_fragments(frame: Frame, start: int, end: int, cue_at: int, least: int = _MIN_OWN_WORDS,
                      longest: int = _MAX_FRAGMENT_WORDS) -> bool:
    """Whether ``start:end`` is the writer's report with the speaker's quoted fragments inside:
    every quote in it a fragment (a few words, opened after the clause starts, so the clause
    is no quoted sentence with a lead-in), at least a few words of the writer's own, and the cue
    outside it."""
    inside = [q for q in frame.marked if q.start < end and start < q.end]
    if not inside or start <= cue_at < end:
        return False
    if any(q.start < start or q.end > end + _MARK_SLACK for q in inside):
        return False
    if any(len(frame.text[q.start : q.end].split()) > longest for q in inside):
        return False
    own, at = 0, start
    for quote in sorted(inside, key=lambda q: q.start):
        own += len(frame.text[at : quote.start].split())
        at = quote.end
    own += len(frame.text[at:end].split())
    return own >= least and inside[0].start > start


#: most words a reported clause's subject may have before its quoted predicate (*the US decision did "..."*)
_MAX_SUBJECT_WORDS = 6


def _quoted_predicate(frame: Frame, start: int, end: int, *, before_cue: bool = False) -> bool:
    """*said it "regrets any decision ..."*, *said the decision did "not modify ..."*, *the position that
    settlements "are illegal ..."*: the clause is a short subject (a few words of the writer's, no comma
    or colon before the mark) and one quote that opens lower-case (a predicate, not a quoted sentence)
    and runs to the clause's end. The writer reports the clause and quotes how it ends, so the clause is
    a report holding the quote, however few the writer's words and however long the quote. A quote
    ending in a comma only ``before_cue``, the clause before its trailing cue (*Customers "began to ask
    for it," she said*: the writer's subject, the speaker's predicate, still the writer's report)."""
    inside = [q for q in frame.marked if q.start < end and start < q.end]
    if len(inside) != 1:
        return False
    quote = inside[0]
    lead = frame.text[start : quote.start]
    words = lead.split()
    content = frame.text[quote.content_start : quote.content_end].lstrip()
    if not (0 < len(words) <= _MAX_SUBJECT_WORDS and not lead.rstrip().endswith((",", ":"))
            and content[:1].islower() and (before_cue or not content.rstrip().endswith(","))
            and quote.end >= end - _MARK_SLACK and quote.start > start):
        return False
    # the clause's subject is the writer's (*was a "great success"* alone is a predicate cut off its subject)
    subject = frame.doc.char_span(start, quote.start, alignment_mode="expand")
    return subject is not None and any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in subject)


#: How a quoted fragment completes the reported clause itself (*the odds were "slim"*, *it has a
#: "history of failure"*), not only a modifier of it (*because of his "history of absconding"*,
#: *took the decision to "..."*, where the clause is whole without the quote).
_CORE = frozenset({"dobj", "attr", "acomp", "xcomp", "ccomp", "oprd", "nsubj", "nsubjpass", "dative"})


def _completes_core(frame: Frame, inside: list[MarkedQuote], root: Token | None) -> bool:
    """Whether a quote in the clause is (or holds) an argument of the clause's own verb ``root``."""
    if root is None:
        return True
    for quote in inside:
        tokens = frame.doc.char_span(quote.start, quote.end, alignment_mode="expand") or ()
        if any(t.head.i == root.i and t.dep_ in _CORE and t.i != root.i for t in tokens):
            return True
    return False


def draft_indirect(frame: Frame) -> list[Draft]:
    """Reported speech without marks: a reporting verb's clause, or *according to X, ...*."""
    drafts: list[Draft] = []
    doc = frame.doc
    verbs = frame.cue_lexicon.verbs
    for cue in [*frame.cues.values(), *cognition_cues(frame), *research_cues(frame), *stance_cues(frame)]:
        entry = verbs.get(cue.lemma)
        non_finite = entry is not None and (entry.infinitive is not None or entry.gerund)
        if not (cue.indirect or cue.noun or non_finite) or frame.in_marked(doc[cue.head].idx):
            continue
        head = doc[cue.head]
        root: Token | None = None  # the reported clause's verb (none for *according to X*)
        if cue.phrase:
            opener = doc[cue.start]
            pp = list(opener.subtree) + list(head.subtree)
            pp_start, pp_end = min(t.idx for t in pp), max(t.idx + len(t) for t in pp)
            sentence = opener.sent
            left = trim_punct(frame.text, sentence.start_char, pp_start)
            right = trim_punct(frame.text, pp_end, sentence.end_char)
            start, end = max(left, right, key=lambda span: span[1] - span[0])
        else:
            if any(child.dep_ == "neg" for child in head.children) or (
                    head.dep_ == "xcomp" and head.head.lemma_.lower() in frame.cue_lexicon.withholding):
                continue  # "did not say that ...", "declined to say when ...": nobody is reported as saying it
            tokens = _reported_tokens(frame, cue)
            if not tokens:
                continue
            start, end = _clause_extent(frame, tokens)
            inside = {t.i for t in tokens}
            root = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)
        # A sentence the parser ran across a paragraph break (a dateline, a heading) stops there.
        lo, hi = frame.paragraphs[frame.paragraph(doc[cue.head].idx)]
        start, end = trim_punct(frame.text, max(start, lo), min(end, hi))
        if len(frame.text[start:end].split()) < 3:
            continue
        if any(q.start < end and start < q.end for q in frame.marked):
            # A marked quote inside the clause is the speaker's fragment (mixed). When the
            # writer's own words carry the clause around short fragments (*said the move "gives
            # us hope"*, *noting that they lived every parent's "worst nightmare."*), the clause
            # is a report too, holding its mixed quotes; otherwise the report is the clause's
            # longest stretch outside the marks, when that stretch is a report of its own (*said
            # the mayor's "reckless" plans had emptied the fund*), not a word or two around a
            # quoted clause.
            # *according to X* says outright that the clause is X's: its subject alone before the
            # quoted words makes it a report holding them (*According to X, the pills "worked ..."*)
            # (only for the clause after the phrase, its words completing that clause: not *According to
            # his aunt, Jo Ruiz, "He ..."*, a quoted sentence, nor a clause before a trailing relay phrase)
            opens = cue.phrase and start > doc[cue.start].idx and not _set_off(frame, start, end)
            # *said it "regrets any decision ..."*: a short subject and its quoted predicate, the same
            opens = opens or (doc[cue.head].idx < start and _quoted_predicate(frame, start, end))
            # *Customers "began to ask ...," she said*: the same before a trailing cue
            opens = opens or (not cue.phrase and doc[cue.start].idx >= end
                              and _quoted_predicate(frame, start, end, before_cue=True))
            least, longest = (_MIN_PHRASE_OWN_WORDS, len(doc)) if opens else (_MIN_OWN_WORDS, _MAX_FRAGMENT_WORDS)
            if _around_fragments(frame, start, end, doc[cue.head].idx, least, longest):
                # the closing mark (and a stop inside it) belongs to the report it ends
                end = max(end, *(q.end for q in frame.marked if q.start < end and start < q.end))
            else:
                piece = _unmarked_stretch(frame, start, end, doc[cue.head].idx, root)
                if piece is None:
                    continue
                start, end = piece
        phrase = speaker_phrase(frame, cue)
        if phrase is not None and cue.lemma in frame.cue_lexicon.cognition and _first_or_second_person(frame, phrase):
            continue  # *I think ...*: the writer's (or a quoted speaker's) own view, not a report
        if phrase is None or not can_speak(frame, phrase):
            # "it was reported that ...": no one to attribute it to; "according to their
            # choice", "the signal declared that": not a source of speech.
            continue
        entry = frame.cue_lexicon.verbs.get(cue.lemma)
        if entry is not None and entry.agents and not is_agent(frame, phrase):
            continue  # *Images of the casings indicate that ...*: evidence, not someone's report
        drafts.append(Draft("indirect", start, end, cue, phrase, 0.7, paragraph=frame.paragraph(start)))
    drafts = relays_dropped(frame, drafts)
    drafts.sort(key=lambda d: (d.start, -d.end))
    outer: list[Draft] = []
    for draft in drafts:
        last = outer[-1] if outer else None
        nests = last is not None and last.cue is not None and opens_as_report(doc[last.cue.head])
        if last is not None and draft.start < last.end and not nests:
            continue  # "X said that Y told him that ...": the outer report carries it
        outer.append(draft)
    return outer

