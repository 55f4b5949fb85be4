"""Whether an event happened, when relative to the story, and whether it happened at all: time
relation and negation. Which date an event has is :mod:`.dating`'s; this module reads what the
date, the verb's tense and aspect, its modals and governors, and its markers say about it.

Time relation, first match wins: ``hypothetical`` (a modal such as *would*/*could*, an
*if*/*unless* clause, *until*/*once* with an act still to come, or a governor such as
*threaten to*/*want to*); ``future`` (*will*, *going to*, *plan to*, a reported *would*, a
date after publication); ``historical`` (a date well before publication, a past act dated only by an earlier
month or year that ended over two weeks before, a range of earlier years (*from 2013 to 2019*), *previously* or
*repeatedly* on a past verb, a past-perfect verb, a past verb dated by a bare year, or an
undated past verb told inside a clause dated well before publication, :func:`.dating.context_date`);
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

from spacy.tokens import Token

from newsprism.analyze.events.clauses import across_semicolon
from newsprism.analyze.events.dates import date_words, time_words
from newsprism.analyze.events.discourse import (
    career_frame,
    long_ago,
    long_span,
    past_adverb,
    placed_before,
    tensed,
)
from newsprism.analyze.events.lexicon import EventLexicon
from newsprism.analyze.events.record import term_served_after
from newsprism.model import EventDate, TimeRelation

__all__ = ["aux_words", "governors", "is_conditional_clause", "is_negated", "time_relation"]

_HISTORY_MARGIN = timedelta(days=45)
_RECENT_MARGIN = timedelta(days=14)


def governors(token: Token) -> list[Token]:
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
    aux = aux_words(trigger)
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


def aux_words(token: Token) -> list[str]:
    """The auxiliaries on ``token``, as written (*has*, *would*, *could*)."""
    return [c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}]


def time_relation(
    trigger: Token, lexicon: EventLexicon, *, date: EventDate | None, base: datetime | None, language: str = "en",
    context: EventDate | None = None,
) -> TimeRelation:
    """See the module docstring for the rules and their order. ``context`` is the date of the
    clause an undated past event is told inside (:func:`.dating.context_date`): background for background."""
    clause = [trigger, *governors(trigger)]
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
        aux = aux_words(token)
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
    if any(lexicon.is_word("past_perfect_aux", a) for a in aux_words(trigger)) and trigger.tag_ == "VBN" \
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
