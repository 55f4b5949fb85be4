"""Who asserts an event: the author, or a quote (its id).

An event inside a quoted stretch (the quotes stage's voice map), or in the clause a quote's cue
reports (*told reporters he would accept the result "whatever it is"*), is asserted by that
quote. A speech act is its speaker's claim that the writer reports (issue #5: *the leader has put
the blame on ...*; docs/format.md): an event whose trigger is the cue of a reported-speech quote
(*denied that ...*, *urged X to reopen ...*) is asserted by that quote, and so is a speech act
(ACCUSE, REQUEST, REJECT, THREATEN, AGREE, or a SUPPORT or CONCEDE told by a verb of speaking)
whose actor is the speaker of a quote in the same paragraph, before or after it. Everything else,
a speech act named with none of its speaker's words among it, is the author's. Without the quotes
stage everything is the author's.

The writer's own voice is the author's, not a quote (events_articles batch 15, E23): in a text that opens
as an institution's own release (*Press release: Ministry of ...*), every report outside quotation marks
(*The Ministry warns that ...*, *We urge citizens to ...*): the institution states its own acts. (A first
person outside quotation marks is not enough alone: an interview's answers are printed without them.)
An ACCUSE, REJECT or REQUEST told by an act (*summoned the ambassador*, *charged him*, *blocked the
bill*) is no speech act, so a speaker quoted beside it does not claim it; a speech act coordinated with
a quote's reporting verb, sharing its subject (*It demands that ..., and accuses X of ...*), is that
quote's speaker's (the word lists are in ``event_asserted_<lang>.json``).
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsprism.analyze.events.lexicon import EventLexicon, language_file
from newsprism.model import Article, Party, Span

__all__ = ["ReportedClauses", "asserted_by"]

#: Speech acts: an event of these types is a claim by its actor (*blamed X*, *demanded Y*).
_SPEECH_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE"})
#: Types that are speech acts only when a verb or noun of speaking tells them (the lexicon's
#: ``speech_act_words``: *praised*, *welcomed*, *conceded defeat*), not when an act does (*signed*, *freed*).
_SPOKEN_ONLY = frozenset({"SUPPORT", "CONCEDE"})


class ReportedClauses:
    """*told reporters he would accept the result "whatever it is"*: the quotes stage keeps only the
    quoted words as the quote, but the clause its cue reports is the speaker's claim too.

    Built once per article: token index -> (sentence start of the cue, quote id) for every token of
    a clause a quote's cue reports, in quote order, so each event looks its trigger up instead of
    walking every quote's cue (events x quotes char_span and subtree walks on a long interview)."""

    def __init__(self, article: Article, doc: Doc, lexicon: EventLexicon, language: str = "en") -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.by_token: dict[int, list[tuple[int, str]]] = {}
        #: token index of a quote's cue verb -> the quote (*It demands that ..., and accuses X*)
        self.cue_of: dict[int, str] = {}
        words = language_file("event_asserted", language)
        self.not_speech = frozenset(words["act_not_speech"])
        release = _opens_as_release(article, words["own_voice_headings"])
        #: Reports in the writer's own voice (a release's reports outside quotation marks): the
        #: author's, not a quote's.
        self.own_voice = frozenset(q.id for q in article.quotes if release and q.kind != "direct")
        for quote in article.quotes:
            cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand") if quote.cue else None
            if cue is None:
                continue
            sentence = cue.root.sent.start
            self.cue_of.setdefault(cue.root.i, quote.id)
            for clause in cue.root.children:
                if clause.dep_ == "ccomp":
                    for token in clause.subtree:
                        self.by_token.setdefault(token.i, []).append((sentence, quote.id))

    def _words(self, trigger: Span) -> SpacySpan | None:
        """The trigger's tokens (its characters widened to whole tokens)."""
        return self.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")

    def act(self, trigger: Span) -> bool:
        """Is the event at ``trigger`` told by an act, not speech (*summoned*, *charged*, *blocked*)?"""
        span = self._words(trigger)
        return span is not None and span.root.lemma_.lower() in self.not_speech

    def sharing_cue(self, trigger: Span) -> str:
        """The quote whose cue verb the trigger's verb is coordinated with, sharing its subject (*It
        demands that the minister resign, and accuses the government of ...*: one speaker, two speech
        acts); else ``"author"``."""
        span = self._words(trigger)
        if span is None or span.root.dep_ != "conj" or any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in span.root.children):
            return "author"
        return self.cue_of.get(span.root.head.i, "author")

    def spoken(self, trigger: Span) -> bool:
        """Does a verb or noun of speaking tell the event at ``trigger`` (*praised*, *paid tribute*)?"""
        span = self._words(trigger)
        return span is not None and any(
            self.lexicon.names("speech_act_words", token) for token in span)

    def quote_of(self, trigger: Span) -> str:
        """The first quote (in the article's order) whose cue, in the trigger's sentence, reports a
        clause holding the trigger's root; else ``"author"``."""
        if not self.by_token:
            return "author"
        token = self._words(trigger)
        if token is None:
            return "author"
        found = self.by_token.get(token.root.i, ())
        sentence = token.root.sent.start if found else -1
        return next((quote for start, quote in found if start == sentence), "author")


def asserted_by(
    article: Article, trigger: Span, kind: str, actors: tuple[Party, ...], reports: ReportedClauses,
) -> str:
    """The id of the quote that asserts the event at ``trigger`` (of type ``kind``, done by
    ``actors``), or ``"author"``; ``reports`` is the article's, built once."""
    # A speech act told by an act (*ruled the decree unlawful*, *charged*) is the writer's report of the
    # act even where the quotes stage made its verb the cue of an indirect quote. Asked once: only the
    # types read below as speech ever need it.
    told_by_act = kind in _SPEECH_ACTS | _SPOKEN_ONLY and reports.act(trigger)
    found = _quote_over(article, trigger, acts=kind in _SPEECH_ACTS and told_by_act)
    if found == "author":
        found = reports.quote_of(trigger)
    if found in reports.own_voice:
        return "author"
    if found != "author" or not (kind in _SPEECH_ACTS or (kind in _SPOKEN_ONLY and reports.spoken(trigger))):
        return found
    if told_by_act:
        return found
    if (shared := reports.sharing_cue(trigger)) != "author" and shared not in reports.own_voice:
        return shared
    # "X has maintained that ... He has put the blame on Y", "X accused Y of ... 'We ...,' X said": a
    # speech act by a speaker the writer quotes in the same paragraph, before or after it, is that
    # speaker's claim, not the author's.
    speakers = {p.entity for p in actors if p.entity}
    paragraph = next((p for p in article.paragraphs if p.start <= trigger.start < p.end), None)
    if not speakers or paragraph is None:
        return found
    for quote in article.quotes:
        if quote.speaker is not None and quote.speaker.entity in speakers and paragraph.contains(quote.span) \
                and quote.id not in reports.own_voice:
            return quote.id
    return found


def _opens_as_release(article: Article, headings: list[str]) -> bool:
    """Does the text open as an institution's own release (*Press release: Ministry of ...*, *MEDIA
    RELEASE*): its first paragraph starting with a heading word followed by a colon, a dash or nothing?"""
    if not article.paragraphs:
        return False
    first = article.paragraphs[0].text.strip().lower()
    for heading in headings:
        if first.startswith(heading):
            rest = first[len(heading):].lstrip()
            if not rest or rest[0] in ":—–-|":
                return True
    return False


def _quote_over(article: Article, trigger: Span, acts: bool = False) -> str:
    """The quote whose voiced stretch or span holds ``trigger``, or whose reported-speech cue is
    the trigger (*denied that ...*, *urged X to ...*; not where the trigger is an act, ``acts``);
    else ``"author"``."""
    for segment in article.voices:
        if segment.voice == "quoted" and segment.start <= trigger.start < segment.end and segment.quote:
            return segment.quote
    for quote in article.quotes:
        if quote.span.contains(trigger):
            return quote.id
    for quote in article.quotes:
        if not acts and quote.kind != "direct" and quote.cue is not None and quote.cue.overlaps(trigger):
            return quote.id
    return "author"
