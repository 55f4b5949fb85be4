"""Which date an event has: the DATE entities attached to its trigger, resolved; the date of the
clause it is told inside; the dates a *when* clause gives it. What that date says about the
event's time relation is :mod:`.timing`'s.

Dates are spaCy DATE entities attached to the trigger in the parse, normalised by
:func:`.dates.normalise_date` against the article's published date. Examples, for an article
published 2020-01-09:

- ``in 2009``      -> ``2009`` (year); ``January 2018`` -> ``2018-01`` (month)
- ``on Tuesday``   -> ``2020-01-07`` (day); ``last month`` -> ``2019-12`` (month)
- ``two years``    -> no date (a duration, not a point in time)
- ``last week``, ``a decade``, ``a peaceful march`` -> no date (no day named; not a month)
- ``last May`` in a May paper -> the May a year before

A *when* clause dates its event (*since 2016, when the ministry banned it*); a condition
takes no date from its main clause (:func:`when_clause_dates`, :func:`.timing.is_conditional_clause`).
"""

from __future__ import annotations

from datetime import datetime

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsprism.analyze.events.counted import counted_on
from newsprism.analyze.events.dates import date_words, normalise_date, time_words
from newsprism.analyze.events.discourse import frame_dates, possessed_date_anchor, progressive_complements
from newsprism.analyze.events.lexicon import EventLexicon
from newsprism.analyze.events.record import stranded_year_verb
from newsprism.analyze.events.timing import aux_words, governors
from newsprism.model import Article, EventDate

__all__ = ["attached_dates", "context_date", "event_date", "when_clause_dates"]


def _anchor(ent: SpacySpan, period_starts: frozenset[str]) -> Token | None:
    """The word a DATE entity modifies: up from its root past prepositions and other dates."""
    token = ent.root
    for _ in range(6):
        if token.head.i == token.i:
            return None
        token = token.head
        # "since 2021" is tagged SCONJ: still a preposition on the way up to the verb.
        if token.ent_type_ == "DATE" or token.pos_ in {"ADP", "CCONJ", "ADV"} or token.lower_ in period_starts:
            continue
        return token
    return None


def attached_dates(doc_ents: tuple[SpacySpan, ...], lexicon: EventLexicon,
                   language: str = "en") -> dict[int, list[SpacySpan]]:
    """Token index -> the DATE entities attached to that token in the parse."""
    words = date_words(language)
    found: dict[int, list[SpacySpan]] = {}
    stranded: list[tuple[int, SpacySpan]] = []
    for ent in doc_ents:
        if ent.label_ != "DATE":
            continue
        if ent.start > 0 and lexicon.is_word("end_bounds", ent.doc[ent.start - 1].lower_):
            continue  # "released on bail till October": when it ends, not when it happened
        anchor = possessed_date_anchor(ent) or _anchor(ent, words.period_starts)
        if anchor is not None:
            found.setdefault(anchor.i, []).append(ent)
            verb = stranded_year_verb(ent, anchor, lexicon, language)
            if verb is not None:
                stranded.append((verb.i, ent))
    for i, ent in stranded:
        # Only a verb with no date of its own ("paid $750 in 2016 and the same amount in 2017": the
        # second year is an elided second act's; "found guilty on Thursday of raping X in 2014").
        found.setdefault(i, [ent])
    for i, ents in list(found.items()):
        for clause in progressive_complements(doc_ents[0].doc[i]) if doc_ents else ():
            found.setdefault(clause.i, list(ents))  # "announced yesterday she was endorsing him"
    return found


def event_date(article: Article, ent: SpacySpan, base: datetime | None, lexicon: EventLexicon,
               language: str = "en") -> EventDate | None:
    """The date a DATE entity names, resolved against ``base``; a bare weekday or month in a
    clause that looks ahead (*will meet on Monday*, *is scheduled to discuss it on Monday*)
    is the next one, not the last (``lexicon``, the stage's, says which words look ahead;
    ``language``, the stage's, which words name a date)."""
    start, end = ent.start_char, ent.end_char
    words = date_words(language)
    if ent[0].lower_ in words.leading_determiners:
        start = ent[1].idx if len(ent) > 1 else start
    ahead = _looks_ahead(_anchor(ent, words.period_starts), lexicon)
    normal = normalise_date(article.text[start:end], base, ahead=ahead, language=language) or counted_on(
        ent.text, (normalise_date(e.text, base, language=language) for e in reversed(ent.sent.ents)
                   if e.label_ == "DATE" and e.end <= ent.start), lexicon.number_words, language)
    if normal is None:
        return None
    value, precision = normal
    return EventDate(value=value, precision=precision, span=article.span(start, end))  # type: ignore[arg-type]


def _looks_ahead(anchor: Token | None, lexicon: EventLexicon) -> bool:
    """Is the clause of ``anchor`` about the future (a future auxiliary, *going to*, or a
    governor such as *plan to*, *be scheduled to*)?"""
    if anchor is None or anchor.pos_ not in {"VERB", "AUX"}:
        return False
    clause = [anchor, *governors(anchor)]
    reported = any(lexicon.is_word("reporting_verbs", g.lemma_.lower()) for g in clause[1:])
    for i, token in enumerate(clause):
        aux = aux_words(token)
        if any(lexicon.is_word("future_aux", a) for a in aux) or (reported and "would" in aux and not any(
                lexicon.is_word("perfect_aux", a) for a in aux)):
            return True  # "announced it would meet on Monday": a reported future
        if token.lemma_ == "go" and token.tag_ == "VBG" and i > 0:
            return True
        if i > 0 and clause[i - 1].dep_ == "xcomp" and lexicon.is_word("future_governors", token.lemma_.lower()):
            return True
    return False


#: Links up which an undated clause is told inside another one's time.
_CONTEXT_LINKS = frozenset({"relcl", "acl", "prep", "pobj", "pcomp", "advcl", "conj", "xcomp", "dep", "dobj",
                            "nsubj", "nsubjpass"})


def context_date(
    article: Article, trigger: Token, dates: dict[int, list[SpacySpan]], base: datetime | None, lexicon: EventLexicon,
    language: str = "en",
) -> EventDate | None:
    """The first date that resolves on a clause above ``trigger`` (relative clauses, prepositions,
    adverbial and coordinated clauses) or that an anaphoric frame on one points back to (*In that
    event, X killed*: :func:`discourse.frame_dates`), for :func:`time_relation`; never the event's
    own date."""
    current = trigger
    for _ in range(12):
        for frame in frame_dates(current, time_words(language)):
            date = event_date(article, frame, base, lexicon, language)
            if date is not None:
                return date
        if current.dep_ not in _CONTEXT_LINKS or current.head.i == current.i:
            return None
        current = current.head
        # The clause's own dates, then those of what it is about: "led the 2020 blockade, and two
        # members were jailed"; "the truce, signed last May, called for ...".
        about = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.pos_ == "NOUN"]
        about += [a for c in about for a in c.children if a.dep_ == "acl"]
        for token in (current, *about):
            for ent in dates.get(token.i, []):
                date = event_date(article, ent, base, lexicon, language)
                if date is not None:
                    return date
    return None


def when_clause_dates(token: Token, dates: dict[int, list[SpacySpan]], language: str = "en") -> list[SpacySpan]:
    """The dates a *when* clause gives ``token``'s clause:

    - ``token`` is in a relative clause on a date (*in 2019, when the government expelled it*):
      that date;
    - a *when* clause hangs on ``token`` (*when it came to power in 2021 it promised*): its dates.
    """
    when = time_words(language)["when_words"]
    if token.dep_ in {"relcl", "advcl"} and token.head.ent_type_ == "DATE" and any(
            c.lower_ in when for c in token.children):
        head = token.head
        return [e for e in head.doc.ents if e.label_ == "DATE" and e.start <= head.i < e.end]
    found: list[SpacySpan] = []
    for child in token.children:
        if child.dep_ == "advcl" and any(c.lower_ in when and c.dep_ in {"advmod", "mark"} for c in child.children):
            found.extend(dates.get(child.i, []))
    return found
