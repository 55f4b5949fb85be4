"""When an event happened, and whether it happened at all: dates, time relation, negation.

Dates are spaCy DATE entities attached to the trigger in the parse, normalised by
:func:`.dates.normalise_date` against the article's published date. Examples, for an article
published 2020-01-09:

- ``in 2009``      -> ``2009`` (year); ``January 2018`` -> ``2018-01`` (month)
- ``on Tuesday``   -> ``2020-01-07`` (day); ``last month`` -> ``2019-12`` (month)
- ``two years``    -> no date (a duration, not a point in time)
- ``last week``, ``a decade``, ``a peaceful march`` -> no date (no day named; not a month)
- ``last May`` in a May paper -> the May a year before

A *when* clause dates its event (*since 2016, when the ministry banned it*); a condition
takes no date from its main clause (:func:`when_clause_dates`, :func:`is_conditional_clause`).

Time relation, first match wins: ``hypothetical`` (a modal such as *would*/*could*, an
*if*/*unless* clause, *until*/*once* with an act still to come, or a governor such as
*threaten to*/*want to*); ``future`` (*will*, *going to*, *plan to*, a reported *would*, a
date after publication); ``historical`` (a date well before publication, a past act dated only by an earlier
month or year that ended over two weeks before, a range of earlier years (*from 2013 to 2019*), *previously* or
*repeatedly* on a past verb, a past-perfect verb, a past verb dated by a bare year, or an
undated past verb told inside a clause dated well before publication, :func:`context_date`);
else ``current``. The governors' modals stop at a saying (*would like to state that X has
condemned*: the content keeps its own tense) and at a clause given as fact (*cannot negotiate
while they shell our towns*), a factive adjective's complement is done (*proud to endorse*), a
future governor outranks the adjective rule (*is due to meet*), only a saying the event is told
under makes it reported speech (not one it is coordinated with), and a first person's polite
*would urge* is the appeal itself, made now. Negation: a negator on the verb or its auxiliary,
*no* on an event noun, a negative quantifier subject (*no soldiers were hurt*), a negating
governor (*refused to*); not a past act negated *until* a point (*did not sign until May*). The
word lists are data (``lexicons/event_time_<lang>.json``).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsprism.analyze.events.clauses import across_semicolon
from newsprism.analyze.events.counted import counted_on
from newsprism.analyze.events.dates import date_words, normalise_date, time_words
from newsprism.analyze.events.discourse import (
    career_frame,
    frame_dates,
    long_ago,
    long_span,
    past_adverb,
    placed_before,
    possessed_date_anchor,
    progressive_complements,
    tensed,
)
from newsprism.analyze.events.lexicon import EventLexicon
from newsprism.analyze.events.record import stranded_year_verb, term_served_after
from newsprism.model import Article, EventDate, TimeRelation

__all__ = ["attached_dates", "context_date", "event_date", "is_conditional_clause", "is_negated", "time_relation",
           "when_clause_dates"]

_HISTORY_MARGIN = timedelta(days=45)
_RECENT_MARGIN = timedelta(days=14)


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
    clause = [anchor, *_governors(anchor)]
    reported = any(lexicon.is_word("reporting_verbs", g.lemma_.lower()) for g in clause[1:])
    for i, token in enumerate(clause):
        aux = _aux_words(token)
        if any(lexicon.is_word("future_aux", a) for a in aux) or (reported and "would" in aux and not any(
                lexicon.is_word("perfect_aux", a) for a in aux)):
            return True  # "announced it would meet on Monday": a reported future
        if token.lemma_ == "go" and token.tag_ == "VBG" and i > 0:
            return True
        if i > 0 and clause[i - 1].dep_ == "xcomp" and lexicon.is_word("future_governors", token.lemma_.lower()):
            return True
    return False


def _governors(token: Token) -> list[Token]:
    """Verbs (and predicate adjectives) that govern ``token`` through xcomp/ccomp/advcl chains."""
    out = []
    current = token
    while current.dep_ in {"xcomp", "ccomp", "advcl", "conj", "pcomp", "acomp"} and current.head.i != current.i:
        current = current.head
        out.append(current)
    return out


def is_negated(trigger: Token, lexicon: EventLexicon) -> bool:
    """*did not attack*, *never attacked*, *no attack*, *refused to attack*, *denied that its troops
    attacked*, *no soldiers were hurt*, *neither side has accepted*; not *did not sign until May* (it
    was signed then)."""
    for child in trigger.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            return not _not_until(trigger, lexicon)
        if child.dep_ in {"aux", "auxpass"} and any(g.dep_ == "neg" for g in child.children):
            return not _not_until(trigger, lexicon)
        if child.dep_ in {"nsubj", "nsubjpass"} and _negative_quantifier(child, lexicon):
            return True
    # "refused to attack"; "denied that its soldiers fired": a denied that-clause is told as not done
    governor = trigger.head if trigger.dep_ in {"xcomp", "ccomp"} and not across_semicolon(trigger) else None
    return governor is not None and lexicon.is_word("negating_governors", governor.lemma_.lower())


def _negative_quantifier(subject: Token, lexicon: EventLexicon) -> bool:
    """*no soldiers*, *neither government*, *nobody*, *none of them*: a subject that says the act
    had no doer (the lexicon's ``negators``)."""
    return lexicon.is_word("negators", subject.lower_) or any(
        c.dep_ in {"det", "predet"} and lexicon.is_word("negators", c.lower_) for c in subject.children)


def _not_until(trigger: Token, lexicon: EventLexicon) -> bool:
    """*did not endorse her until July*: a past act negated up to a point happened at that point.
    An act still to come (*will not reopen until they withdraw*) is a condition, read elsewhere."""
    aux = _aux_words(trigger)
    if any(lexicon.is_word("future_aux", a) or lexicon.is_word("hypothetical_aux", a) for a in aux):
        return False
    return any((c.dep_ == "prep" and lexicon.is_word("end_bounds", c.lower_)) or (
        c.dep_ == "advcl" and any(m.dep_ == "mark" and lexicon.is_word("end_bounds", m.lower_) for m in c.children))
        for c in trigger.children)


def _arranged(act: Token, copula: Token, lexicon: EventLexicon) -> bool:
    """*is to face trial*: the act is the to-infinitive of a bare copula (``plan_copulas``) with a
    subject of its own, and no idiom with it (*is to blame*)."""
    if not (lexicon.is_word("plan_copulas", copula.lemma_.lower()) and copula.pos_ == "AUX"):
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in act.children):
        return False
    if lexicon.is_word("plan_copula_idioms", act.lemma_.lower()):
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in copula.children)


def _aux_words(token: Token) -> list[str]:
    return [c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}]


def time_relation(
    trigger: Token, lexicon: EventLexicon, *, date: EventDate | None, base: datetime | None, language: str = "en",
    context: EventDate | None = None,
) -> TimeRelation:
    """See the module docstring for the rules and their order. ``context`` is the date of the
    clause an undated past event is told inside (:func:`context_date`): background for background."""
    clause = [trigger, *_governors(trigger)]
    # A saying the event is told under (its content: *said the attack had killed*), not a saying
    # it is only coordinated with (*claimed no attack, but militias had made threats*).
    reported = any(lexicon.is_word("reporting_verbs", g.lemma_.lower()) and clause[i].dep_ != "conj"
                   for i, g in enumerate(clause[1:]))
    words = time_words(language)
    perfect = lexicon.words.get("perfect_aux", frozenset())
    for i, token in enumerate(clause):
        if i > 0 and lexicon.is_word("reporting_verbs", token.lemma_.lower()):
            # "we would like to state that the federation has always condemned": the content of
            # a saying has its own tense; the saying's modals are not the event's.
            break
        if i > 0 and clause[i - 1].dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in words.get("factual_marks", ()) for m in clause[i - 1].children):
            # "we cannot negotiate while they kill our people": a clause given as fact keeps its
            # own time; the main clause's modal or condition does not reach it.
            break
        if i > 0 and clause[i - 1].dep_ == "conj" and clause[i - 1].tag_ in {"VBD", "VBZ"}:
            # "could still change the result and accused the board": a modal takes a bare verb, so a
            # conjunct with its own tense is not under the first conjunct's modal or condition.
            break
        aux = _aux_words(token)
        if _failed(token, aux):
            aux = [a for a in aux if a not in _PAST_ABILITY]
        conditional = _has_condition(token, lexicon, language)
        if i == 0 and _performative(token, aux, language):
            break
        if any(lexicon.is_word("hypothetical_aux", a) for a in aux):
            # "said it would allow", "said it would send engineers to help": a reported
            # future, unless a condition hangs on it ("would march if ...").
            if reported and "would" in aux and not conditional:
                return "future"
            return "hypothetical"
        if conditional or any(c.dep_ == "mark" and _condition_mark(c, lexicon, language) for c in token.children):
            # "will not recognise the vote if its observers are kept out": the act hangs on a condition.
            return "hypothetical"
        if i > 0 and clause[i - 1].dep_ == "xcomp" and all(c.dep_ == "conj" and c.tag_ == "VB" for c in clause[:i - 1]
                                                         ) and _arranged(clause[i - 1], token, lexicon):
            # "is to face trial": a scheduled act; "was to visit": a plan, done or not the clause does not say;
            # "is to lay a wreath and meet leaders": a bare-infinitive conjunct shares the copula
            return "hypothetical" if token.tag_ == "VBD" else "future"
        if i > 0 and token.pos_ in {"VERB", "ADJ"} and clause[i - 1].dep_ == "xcomp":
            lemma = token.lemma_.lower()
            if lemma in words.get("factive_adjectives", ()):
                continue  # "proud to endorse him": a factive adjective's complement is done, not wished
            if lexicon.is_word("attempt_verbs", lemma):
                # "protesters have tried to block the plant": the attempt happened (PETRARCH's
                # ATTEMPT); a future (*will try to*) or a modal (*may try to*) on *try* decides.
                if any(lexicon.is_word("future_aux", a) for a in aux):
                    return "future"
                if token.tag_ != "VB":
                    continue
            if lexicon.is_word("future_governors", lemma):
                return "future"  # before the adjectives: "is due to meet" is a plan, not a wish
            if lexicon.is_word("hypothetical_governors", lemma) or token.pos_ == "ADJ":
                return "hypothetical"
        if any(lexicon.is_word("future_aux", a) for a in aux):
            return "future"
        if token.lemma_ == "go" and any(a in {"is", "are", "am", "'s", "'re"} for a in aux):
            return "future"
    since_words = date_words(language).period_starts
    if date is not None and base is not None:
        when = _date_start(date.value)
        if when is not None and when > base + timedelta(days=1):
            return "future"
        if when is not None and _date_end(date.value, date.precision) < base - _HISTORY_MARGIN:
            return "historical"
        if (when is not None and date.precision in {"month", "year"} and tensed(trigger).tag_ in {"VBD", "VBN"}
                and _date_end(date.value, date.precision) < min(base.replace(day=1), base - _RECENT_MARGIN)):
            # "fined the party in October" in a mid-November story: the news is dated by the day (or
            # not at all); a past act dated only by an earlier month or year is background, unless
            # that month ended days ago ("last month" in a paper of the 2nd is the story's own time).
            return "historical"
    if date is None and base is not None and trigger.tag_ in {"VBD", "VBN"} and _past_span(trigger, base, since_words):
        return "historical"  # "seized 126 skins from 2013 to 2019": a span of years that ended before the story
    if date is None and (tensed(trigger).tag_ in {"VBD", "VBN"} or trigger.pos_ == "NOUN") and _last_period(
            trigger, words):
        return "historical"  # "was killed last week" in a story about today
    if date is None and tensed(trigger).tag_ in {"VBD", "VBN"} and long_span(trigger, words):
        return "historical"  # "have negotiated the deal over the last four years": a record, not the news
    if trigger.tag_ in {"VBD", "VBN"} and long_ago(trigger, words):
        return "historical"  # "two years ago, soldiers attacked", "18 years after Washington invaded"
    if trigger.tag_ in {"VBD", "VBN"} and past_adverb(trigger, words):
        return "historical"  # "were previously convicted", "have threatened to strike before"
    if date is None and tensed(trigger).tag_ in {"VBD", "VBN"} and career_frame(tensed(trigger), words, perfect):
        return "historical"  # "in her campaign she has met with world leaders": a life's record, not news
    if date is None and tensed(trigger).tag_ in {"VBD", "VBN"} and term_served_after(trigger, words):
        return "historical"  # "X was convicted of fraud. X served eight years of ...": the term dates it back
    since = date_words(language).period_starts
    if (date is None or _since(date, trigger, since)) and trigger.tag_ in {"VBD", "VBN"} and _iterative(
            trigger, words["iterative_adverbs"]):
        return "historical"  # "had met repeatedly", "had appealed three times": a pattern, not the news
    if date is None and any(a.dep_ == "aux" and a.lemma_ in perfect for a in trigger.children) and _iterative(
            trigger, words.get("perfect_iterative_adverbs", frozenset())):
        return "historical"  # "has twice sued": a record; not "fired twice", the shots of one act
    # "had killed" is a past before the story's past; but under a reporting verb ("said the
    # attack had killed twelve") it is only the reported simple past moved back a tense.
    if any(lexicon.is_word("past_perfect_aux", a) for a in _aux_words(trigger)) and trigger.tag_ == "VBN" \
            and not reported:
        return "historical"
    if date is not None and base is None and date.precision == "year" and any(t.tag_ in {"VBD", "VBN"} for t in clause):
        return "historical"
    if (date is None and context is not None and base is not None and tensed(trigger).tag_ in {"VBD", "VBN"}
            and _date_end(context.value, context.precision) < base - _HISTORY_MARGIN):
        # "in March 2023, after an exchange of fire in which four guards were killed": told
        # inside a background clause, an undated past act is background too.
        return "historical"
    return "historical" if placed_before(trigger, words, perfect) else "current"


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


def _since(date: EventDate, trigger: Token, period_starts: frozenset[str]) -> bool:
    """The date starts a period (*three times since September*): it does not date one act."""
    if date.span is None:
        return False
    span = trigger.doc.char_span(date.span.start, date.span.end, alignment_mode="expand")
    return span is not None and span.start > 0 and trigger.doc[span.start - 1].lower_ in period_starts


def _iterative(trigger: Token, adverbs: frozenset[str]) -> bool:
    """A frequency adverbial in the verb's own clause, even where the parser hung it on the
    object (*attacked the routes repeatedly*)."""
    for token in trigger.subtree:
        if token.dep_ not in {"advmod", "npadvmod"} or token.lower_ not in adverbs:
            continue
        current = token.head
        while current.i != trigger.i and current.dep_ in {"dobj", "pobj", "prep", "npadvmod", "advmod"}:
            current = current.head
        if current.i == trigger.i:
            return True
    return False


def is_conditional_clause(token: Token, lexicon: EventLexicon, language: str = "en") -> bool:
    """*(if) the prisoners are not freed*: a clause introduced by a conditional mark."""
    return token.dep_ == "advcl" and any(_condition_mark(m, lexicon, language) for m in token.children
                                         if m.dep_ == "mark")


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


def _has_condition(token: Token, lexicon: EventLexicon, language: str = "en") -> bool:
    """A conditional clause hangs on ``token``: *... if the government refuses*, *unless ...*."""
    return any(is_conditional_clause(c, lexicon, language) for c in token.children)


def _condition_mark(mark: Token, lexicon: EventLexicon, language: str = "en") -> bool:
    """*if*, *unless* (the lexicon's), and *until*, *once*: *will not reopen until they withdraw*
    makes the withdrawal a condition, not a plan."""
    if lexicon.is_word("hypothetical_marks", mark.lower_):
        return True
    # Only for an act still to come: "until he was released in 2019" is a fact.
    clause = mark.head
    return (mark.lower_ in time_words(language)["condition_marks"] and clause.tag_ in {"VB", "VBZ", "VBP"}
            and not any(a.dep_ in {"aux", "auxpass"} and a.tag_ in {"VBD", "VBN"} for a in clause.children))


def _performative(token: Token, aux: list[str], language: str) -> bool:
    """*I would urge anyone with information to call*: a first person's polite *would* on a
    directive is the act itself, made now."""
    return ("would" in aux or "'d" in aux) and token.lemma_.lower() in time_words(language)["performative_verbs"] \
        and any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in token.children)


#: Past-ability modals: negated, they state that something did not happen (*could not reach
#: an agreement*, *could not be reached for comment*), which is a fact, not a supposition.
_PAST_ABILITY = frozenset({"could", "couldn't"})


def _failed(token: Token, aux: list[str]) -> bool:
    """*could not agree*: a negated past-ability modal with no condition on it."""
    if not any(a in _PAST_ABILITY for a in aux):
        return False
    negated = any(c.dep_ == "neg" for c in token.children) or "couldn't" in aux
    conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children) for c in token.children)
    return negated and not conditional


def _last_period(trigger: Token, words: dict[str, frozenset[str]]) -> bool:
    """A DATE of the trigger (or of its prepositional phrase) naming the period before the
    story's (``previous_periods``: *last week*): no day is named, so the normaliser leaves it
    undated, but what is told of it is background to the news of today."""
    periods = words.get("previous_periods", frozenset())
    owners = [trigger]
    if trigger.dep_ == "conj" and trigger.head.i != trigger.i and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children):
        owners.append(trigger.head)  # "last week a bombing killed five and wounded 110": conjuncts share the frame
    near = [t for o in owners for t in (*o.children, *(g for c in o.children if c.dep_ == "prep" for g in c.children))]
    for token in near:
        if token.ent_type_ != "DATE":
            continue
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if ent is not None and ent.text.lower() in periods:
            return True
    return False


def _past_span(trigger: Token, base: datetime, since: frozenset[str]) -> bool:
    """A prepositional phrase of the trigger that names only years before the paper's and ends
    well before it (*from 2013 to 2019*, *between 2016 and 2021*): a range the date normaliser
    leaves undated, so the year rule above never sees it. A *since* phrase runs up to now."""
    years: list[int] = []
    # the trigger's own phrases and those the parser hung on its object (*seized 16 skulls and two
    # guns from 2013 to 2019*), not a clause below it: that has its own time
    phrases, stack = [], list(trigger.children)
    while stack:
        token = stack.pop()
        if token.pos_ in {"VERB", "AUX"}:
            continue
        if token.dep_ == "prep":
            phrases.append(token)
        elif token.dep_ in {"dobj", "conj", "appos", "nsubjpass"}:
            stack.extend(token.children)
    for prep in phrases:
        if prep.lower_ in since:
            continue
        years += [int(t.text) for t in prep.subtree
                  if t.ent_type_ == "DATE" and t.like_num and len(t.text) == 4 and t.text.isdigit()]
    # two years or more: a range (one year alone is the normaliser's; a lone "1800" may be a clock time)
    return len(set(years)) > 1 and datetime(max(years), 12, 31) < base - _HISTORY_MARGIN


def _date_start(value: str) -> datetime | None:
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    return None


def _date_end(value: str, precision: str) -> datetime:
    start = _date_start(value) or datetime.min
    if precision == "year":
        return start.replace(month=12, day=31)
    if precision == "month":
        return (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return start
