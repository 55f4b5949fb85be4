"""Verbs whose clause states no act done: a purpose, a power or rule, a patient's care.

Each rule reads the verb's own clause in the parse and takes its words from the lexicon
(``events_en.json``), so the same shapes hold in any article:

- :func:`purpose_clause`: *so (that) he could fund a wall*, *in order to evacuate*, *so as to
  cut*: the clause says what the main act was for, an aim (as ``aim_verbs`` do for *sought to*);
  whether the aim is ever done is not told, so no event is coded on it (PLOVER codes acts).
- :func:`power_statement`: *only parliament may declare war*, *under the charter the council can
  impose sanctions*: a modal of permission or ability states who has a power or what a rule
  allows, not that anyone used it.
- :func:`patient_care`: *was evacuated to a hospital*, *received medical treatment*: a patient's
  transport and treatment is no PLOVER AID, COOPERATE or RETREAT; AID is an actor providing
  aid to a population (*delivered medical supplies to hospitals* keeps its reading: a material
  object, not a person, is moved).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.analyze.events.fill import agentive_token, to_infinitive
from newsprism.analyze.events.lexicon import EventLexicon

__all__ = ["patient_care", "power_statement", "purpose_clause"]

#: Dependencies by which a verb is coordinated with or subordinate to another: a purpose's second
#: verb (*so he could fund and build*) is as much an aim as its first.
_UP = frozenset({"conj", "xcomp"})


def _purpose_head(verb: Token, lexicon: EventLexicon) -> bool:
    """Is ``verb`` the head of a purpose clause (``purpose_marks`` *so*, *lest*; *in order to*)?"""
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark" and c.i < verb.i]
    if any(lexicon.is_word("purpose_marks", m) for m in marks):
        # *so* marks a purpose with a modal (*so he could*), *that*/*as* (*so that*, *so as to*) or an
        # infinitive; a bare *so* (*it rained, so they left*) tells a result, an act done.
        modal = any(c.dep_ == "aux" and lexicon.is_word("hypothetical_aux", c.lower_) for c in verb.children)
        return modal or len(marks) > 1 or to_infinitive(verb)
    # *in order to evacuate*: the parser hangs the clause on the noun *order* under *in*.
    head = verb.head
    return (verb.dep_ in {"acl", "advcl", "relcl", "ccomp"} and lexicon.is_word("purpose_nouns", head.lower_)
            and head.dep_ == "pobj" and lexicon.is_word("purpose_preps", head.head.lower_))


def purpose_clause(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """The verb heads a purpose clause, or is coordinated with or a complement of one."""
    current = token
    for _ in range(4):
        if _purpose_head(current, lexicon):
            return True
        if current.dep_ not in _UP or current.head.i == current.i:
            return False
        current = current.head
    return False


def _general_subject(verb: Token, lexicon: EventLexicon) -> bool:
    """*only Congress*, *any member*, *courts*, or a rule's source (*under the charter*): the
    subject is whoever a rule names, not a party that acted."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    focus = [t for s in subjects for t in (s, *s.children)] + [verb]
    if any(c.dep_ in {"advmod", "det", "predet"} and lexicon.is_word("rule_quantifiers", c.lower_)
           for t in focus for c in t.children):
        return True
    if any(s.tag_ == "NNS" and not any(c.dep_ in {"det", "poss", "nummod"} for c in s.children) for s in subjects):
        return True  # a bare plural: *courts may order*, *members can veto*
    sources = [o.lemma_.lower() for c in verb.children if c.dep_ == "prep" and lexicon.is_word("rule_preps", c.lower_)
               for o in c.children if o.dep_ == "pobj"]
    return any(lexicon.is_word("text_nouns", s) or lexicon.is_word("rule_texts", s) for s in sources)


def power_statement(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """An affirmative present modal of permission or ability (``power_modals``: *can*, *may*) with
    a general subject or a rule's source: a power stated, not used. Negated (*cannot attend*) it
    stays a refusal (``stance_modals``); with *have* (*may have fired*) it is a doubt about an act."""
    auxes = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    if not any(lexicon.is_word("power_modals", a.lower_) for a in auxes):
        return False
    if any(lexicon.is_word("perfect_aux", a.lemma_.lower()) for a in auxes) or any(
            lexicon.is_word("negators", c.lower_) for c in token.children if c.dep_ == "neg"):
        return False
    return _general_subject(token, lexicon)


def _care_word(noun: Token, lexicon: EventLexicon) -> bool:
    """*a hospital*, *Military Medical Center*, *medical treatment*: the noun or a modifier names care."""
    return lexicon.is_word("care_nouns", noun.lemma_.lower()) or any(
        c.dep_ in {"compound", "amod"} and lexicon.is_word("care_nouns", c.lemma_.lower()) for c in noun.children)


def patient_care(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """A patient received or underwent care (``patient_verbs`` + a ``care_nouns`` object), or a
    person was moved to a place of care (a *to*/*into* phrase whose noun names care, and every moved
    thing a person): no act between parties."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    # the object itself names care: *received medical supplies* is aid received, not treatment.
    if lexicon.is_word("patient_verbs", lemma) and any(
            lexicon.is_word("care_nouns", o.lemma_.lower()) for o in objects):
        return True
    moved = objects or [c for c in token.children if c.dep_ == "nsubjpass"]
    if not moved or not all(agentive_token(m, lexicon) or lexicon.is_word("patient_nouns", m.lemma_.lower())
                            for m in moved):
        return False
    # *from the capital to a hospital*: the parser may hang the *to* phrase on the *from* phrase.
    preps = [c for c in token.children if c.dep_ == "prep"]
    preps += [c for p in preps for c in p.children if c.dep_ == "prep"]
    return any(lexicon.is_word("care_preps", p.lower_) and any(o.dep_ == "pobj" and _care_word(o, lexicon)
                                                                for o in p.children) for p in preps)
