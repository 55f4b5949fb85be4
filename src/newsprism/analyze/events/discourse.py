"""Background told by the surrounding story: an act the text places before another of its acts.

A news story is about its latest acts; an act it tells only as the point another act is counted
from is background (Reichenbach's reference time: *three weeks after officers raided the office,
the question is no closer to an answer* puts the raid three weeks before the story's now). This
module reads that ordering from the clause, for :mod:`timing`:

- :func:`placed_before`: a past act (or event noun) measured back from another act by a span of
  days or more (*three weeks after officers raided*, *in the days before the raid they were
  threatened*), or an act a period starts from (*since the shooting*, *have fled since soldiers
  burned the village*), is historical. A bare *after*/*before* without a span is not: in one
  news story *police arrested him after he attacked a guard* tells two acts of the same news.
- :func:`frame_dates`: *In that event, X killed ...* uses an anaphoric event noun as the time
  frame; the act takes the time of the event it points back to, i.e. the last date the sentence
  before it named (where that event was told), for :func:`.dating.context_date`.

The words are data (``lexicons/event_time_<lang>.json``: ``sequence_after``,
``sequence_before``, ``period_starts``, ``interval_units(_plural)``, ``duration_preps``, ``long_units``,
``frame_prepositions``, ``anaphoric_event_nouns``, ``anaphoric_determiners``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsprism.model import Event

__all__ = ["anaphoric_background", "career_frame", "frame_dates", "long_ago", "long_span", "past_adverb",
           "placed_before", "possessed_date_anchor", "progressive_complements", "tensed"]

_PAST = frozenset({"VBD", "VBN"})


def _measured(word: Token, units: dict[str, frozenset[str]]) -> bool:
    """A span of time written just before the ordering word ``word`` (*three weeks after*, *in the
    days before*, *months after*; ``units``: the time words' ``interval_units``, and
    ``interval_units_plural`` for those that count only in the plural): a measured gap. Read from
    the words, not the tree, because the parser hangs the span on either clause; a duration (*held
    for two weeks after*: the time words' ``duration_preps``) is no gap."""
    if word.i == 0:
        return False
    unit = word.doc[word.i - 1]
    plural = unit.tag_ == "NNS" and unit.lemma_.lower() in units.get("interval_units_plural", frozenset())
    if unit.lemma_.lower() not in units.get("interval_units", frozenset()) and not plural:
        return False  # "a day before the vote" is the same news; "days before", "weeks after" are not
    return not (unit.dep_ == "pobj" and unit.head.lower_ in units.get("duration_preps", frozenset()))


def _perfect(token: Token, perfect: frozenset[str]) -> bool:
    """Is ``token``'s clause in the perfect (*has stayed closed*, *have fled*): a state lasting to now?
    ``perfect``: the lemmas of the perfect auxiliary (the events lexicon's ``perfect_aux``)."""
    for _ in range(3):
        if any(a.dep_ == "aux" and a.lemma_ in perfect for a in token.children):
            return True
        if token.dep_ not in {"acomp", "xcomp", "oprd"}:
            return False
        token = token.head
    return False


def placed_before(trigger: Token, words: dict[str, frozenset[str]], perfect: frozenset[str]) -> bool:
    """Is ``trigger`` an act the text places before another act of the story (background)?

    - the act of a clause or an event noun after *after*/*following* with a span of days or more
      before the word (*three weeks after officers raided*, *months after the raid*);
    - the act of a clause or an event noun a period starts from, under a perfect main verb
      (*has stayed shut since officers raided it*, *have fled since the shelling*);
    - a past act measured *before* another (*were threatened in the days before the raid*,
      *resigned two weeks before the vote*).
    """
    units = words
    after = words.get("sequence_after", frozenset())
    before = words.get("sequence_before", frozenset())
    periods = words.get("period_starts", frozenset())
    past = trigger.tag_ in _PAST
    # A clause: its mark says how it is ordered against the clause it hangs on (or, where the
    # parser made the subordinate clause the root, against the rest of the sentence).
    for mark in (c for c in trigger.children if c.dep_ == "mark"):
        if past and mark.lower_ in after and _measured(mark, units):
            return True
        if past and mark.lower_ in periods and trigger.dep_ == "advcl" and _perfect(trigger.head, perfect):
            return True
    # An event noun: the object of the preposition.
    if trigger.dep_ == "pobj" and trigger.pos_ == "NOUN":
        prep = trigger.head
        if prep.lower_ in after and _measured(prep, units):
            return True
        if prep.lower_ in periods and prep.head.pos_ in {"VERB", "AUX"} and _perfect(prep.head, perfect):
            return True
    # Before: the act told is the earlier one, measured against a later act of the story,
    # wherever the parser hung the "before" (on the verb, on the span, as a clause's mark).
    if past:
        for token in trigger.subtree:
            if token.lower_ not in before or not _measured(token, units):
                continue
            # "days before officers raided": from the clause the mark marks.
            current = token.head if token.dep_ == "mark" and token.head.dep_ == "advcl" else token
            while current.i != trigger.i and current.dep_ in {"prep", "pobj", "npadvmod", "advcl"}:
                if current.dep_ == "advcl" and current.i != token.head.i:
                    break  # another clause's own "before": not this act's
                current = current.head
            if current.i == trigger.i:
                return True
    return False


def _ordinal_frame(prep: Token, words: dict[str, frozenset[str]]) -> bool:
    """*on the first day*, *the next morning*, *in the following weeks*: a time counted from an
    occasion the text has just told, so anaphoric like *in that attack* (a definite ordinal unit)."""
    if prep.lower_ not in words.get("ordinal_frame_preps", frozenset()):
        return False
    units, ordinals = words.get("ordinal_frame_units", frozenset()), words.get("ordinal_frame_words", frozenset())
    return any(o.dep_ == "pobj" and o.lemma_.lower() in units
               and any(d.dep_ == "det" and d.lower_ == "the" for d in o.children)
               and any(a.dep_ == "amod" and a.lower_ in ordinals for a in o.children) for o in prep.children)


def frame_dates(trigger: Token, words: dict[str, frozenset[str]]) -> list[SpacySpan]:
    """*In that event, X killed ...*, *on the first day she marched alone*: the DATE entities of the
    sentence before, last first, one of which dates the occasion an anaphoric time frame on
    ``trigger`` points back to (the caller takes the first that resolves); ``[]`` without a frame."""
    nouns = words.get("anaphoric_event_nouns", frozenset())
    determiners = words.get("anaphoric_determiners", frozenset())
    preps = words.get("frame_prepositions", frozenset())
    framed = any(
        p.dep_ == "prep" and (_ordinal_frame(p, words) or (p.lower_ in preps and any(
            o.dep_ == "pobj" and o.lemma_.lower() in nouns
            and any(d.dep_ == "det" and d.lower_ in determiners for d in o.children) for o in p.children)))
        for p in trigger.children)
    sentence = trigger.sent
    if not framed or sentence.start == 0:
        return []
    previous = trigger.doc[sentence.start - 1].sent
    return [e for e in reversed(previous.ents) if e.label_ == "DATE"]


def career_frame(trigger: Token, words: dict[str, frozenset[str]], perfect: frozenset[str]) -> bool:
    """A person's record: an act framed by a period of their life (*in her campaign she has met
    with world leaders*, *during his tenure*, *who in office signed*) or by a role (*as mayor since 2016,
    she has signed ...*; in a simple past, a role put before the verb: *As transport minister, she banned
    ...*, the office framing what was done in it), or an institution's, in the perfect and framed by its
    history (*the House has impeached two presidents in its history*), on the verb or on the verb it is
    coordinated after. The experiential perfect (and the undated past) of a life is background to the
    story's news, whatever the tense of its lede. The caller asks only for an undated past: a dated act
    (*As president, she signed the decree on Monday*) keeps its date's reading."""
    career_preps = words.get("career_frame_preps", frozenset())
    career_nouns = words.get("career_frame_nouns", frozenset())
    role_preps, roles = words.get("role_frame_preps", frozenset()), words.get("role_frame_nouns", frozenset())
    records = words.get("record_frame_nouns", frozenset())
    offices = words.get("office_frame_nouns", frozenset())
    verb = trigger
    for _ in range(4):
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                if prep.lower_ in career_preps and obj.lemma_.lower() in records and _perfect(verb, perfect) and any(
                        d.dep_ == "poss" or (d.dep_ == "prep" and d.lower_ == "of") for d in obj.children):
                    return True  # "has only impeached two presidents in the history of the country": a record
                if prep.lower_ in career_preps and obj.lemma_.lower() in career_nouns and any(
                        d.dep_ == "poss" for d in obj.children):
                    return True  # "in her campaign", "during the minister's tenure"
                if prep.lower_ in role_preps and obj.lemma_.lower() in roles and not any(
                        d.dep_ == "det" for d in obj.children) and (_perfect(verb, perfect) or (
                        verb.tag_ == "VBD" and prep.i < verb.i)):
                    return True  # "as mayor", "as foreign minister" (not "as a precaution"); "As minister, he ordered"
                if prep.lower_ in career_preps and obj.lemma_.lower() in offices and not any(
                        d.dep_ in {"det", "poss"} for d in obj.children):
                    return True  # "the former governor, who in office signed a pact": the term, over
        if verb.dep_ != "conj":
            return False
        verb = verb.head
    return False


def long_ago(trigger: Token, words: dict[str, frozenset[str]]) -> bool:
    """*Two years ago*, *18 years after X invaded*: a span of years back from the story's now
    (the time words' ``long_units``), resolved or not (an article without a date still says the
    act is background). English words, as the DATE entities they come with."""
    for child in trigger.children:
        ago = child.dep_ == "advmod" and child.lower_ == "ago"
        after = child.dep_ == "npadvmod" and any(c.dep_ == "mark" and c.lower_ == "after" for c in trigger.children)
        if ago or after:
            units = [t for t in child.subtree if t.dep_ == "npadvmod" or t.i == child.i]
            if any(t.lemma_.lower() in words.get("long_units", frozenset()) for t in units):
                return True
    return False


def past_adverb(trigger: Token, words: dict[str, frozenset[str]]) -> bool:
    """*were previously convicted*, *have attacked journalists before*; also an occasion adverb
    the parser hung on the act's infinitive (*has threatened to strike before*: the threat was
    made before, the infinitive has no time of its own)."""
    if any(c.dep_ == "advmod" and c.lower_ in words["past_adverbs"] for c in trigger.children):
        return True
    return any(x.dep_ == "xcomp" and any(c.dep_ == "advmod" and c.lower_ in words.get("occasion_adverbs", ())
                                         for c in x.children) for x in trigger.children)


def tensed(trigger: Token) -> Token:
    """The verb whose tense a gerund of means or sequence takes (*responded by expelling*,
    *was detained after criticising*), or an event noun its verb's (*survived an attack*, *the
    raid left six dead*): neither has a tense of its own."""
    if trigger.tag_ == "VBG" and trigger.dep_ == "pcomp" and trigger.head.dep_ == "prep" \
            and trigger.head.head.pos_ in {"VERB", "AUX"}:
        return trigger.head.head
    if trigger.pos_ == "NOUN" and trigger.dep_ in {"dobj", "nsubj", "nsubjpass"} and trigger.head.pos_ == "VERB":
        return trigger.head
    return trigger


def possessed_date_anchor(ent: SpacySpan) -> Token | None:
    """Where a possessive date hangs (*next month's referendum*, *Tuesday's vote*): it dates the
    noun it is the possessor of. That noun's act shares the date with a verb it is the object or
    the place of (*boycott next month's referendum*, *arrested at Saturday's march*: ``None``, the
    usual anchor), not with one it is only nested under through another noun (*recognise the
    result of next month's referendum*: the recognising is not next month); then the date's own
    word, which only the noun's phrase reaches."""
    root = ent.root
    if root.dep_ != "poss":
        return None
    owner = root.head
    nested = owner.dep_ == "pobj" and owner.head.dep_ == "prep" and owner.head.head.pos_ in {"NOUN", "PROPN"}
    return root if nested else None


def progressive_complements(verb: Token) -> list[Token]:
    """The complement clauses of ``verb`` told in the progressive of its own tense (*announced
    yesterday she was endorsing him*, *says it is negotiating*): in progress when said, so the
    saying's date is theirs too. Not a perfect or a future (*said it had attacked*, *would
    attack*): those move the act off the saying's time."""
    found = []
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.tag_ != "VBG":
            continue
        aux = [a for a in clause.children if a.dep_ == "aux"]
        if len(aux) == 1 and aux[0].lemma_ == "be" and (aux[0].tag_ == "VBD") == (verb.tag_ == "VBD"):
            found.append(clause)
    return found


def anaphoric_background(events: Sequence[Event], doc: Doc, words: dict[str, frozenset[str]],
                         perfect: frozenset[str]) -> list[Event]:
    """*Bill Clinton was impeached in 1998, and Andrew Johnson in 1868. The Senate acquitted both of them.*:
    an undated act in the simple past whose subject or object is a quantifier pointing back (``anaphoric_
    quantifiers``: *both*, *all*, *each*) to the parties of the sentence before, where every act is background,
    is that background's sequel, not the story's news. The clear anchor is the sentence before: without
    one, or with a current act in it, nothing changes. Not in the perfect (``perfect``: the lexicon's
    ``perfect_aux``), a state reaching now."""
    quantifiers = words.get("anaphoric_quantifiers", frozenset())
    spans = [doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand") for e in events]
    by_sentence: dict[int, list[Event]] = {}
    for event, span in zip(events, spans, strict=True):
        if span is not None:
            by_sentence.setdefault(span.root.sent.start, []).append(event)
    out = []
    for event, span in zip(events, spans, strict=True):
        out.append(event)
        if span is None or event.time_relation != "current" or event.date is not None:
            continue
        verb = span.root
        if verb.tag_ not in {"VBD", "VBN"} or _perfect(verb, perfect):
            continue
        if not any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.lower_ in quantifiers for c in verb.children):
            continue
        sentence = verb.sent
        if sentence.start == 0:
            continue
        before = by_sentence.get(doc[sentence.start - 1].sent.start, [])
        if before and all(e.time_relation == "historical" for e in before):
            out[-1] = replace(event, time_relation="historical")
    return out


def long_span(trigger: Token, words: dict[str, frozenset[str]]) -> bool:
    """A DATE on the trigger's own prepositional phrase that spans years up to the story (*over the
    last four years*, *for the past two decades*): what was done through it is a record, background
    (``long_span_openers`` and ``long_span_units`` in ``event_time_<lang>.json``)."""
    openers, units = words.get("long_span_openers", frozenset()), words.get("long_span_units", frozenset())
    for prep in (c for c in trigger.children if c.dep_ == "prep"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "DATE"):
            near = {c.lower_ for c in pobj.children}
            if pobj.lower_ in units and near & openers:
                return True
    return False
