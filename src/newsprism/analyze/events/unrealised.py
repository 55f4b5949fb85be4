"""Verbs whose clause states no act done: a purpose, a power or rule, a patient's care.

Each rule reads the verb's own clause in the parse and takes its words from the lexicon
(``events_en.json``), so the same shapes hold in any article:

- :func:`purpose_clause`: *so (that) he could fund a wall*, *in order to evacuate*, *so as to
  cut*: the clause says what the main act was for, an aim (as ``aim_verbs`` do for *sought to*);
  whether the aim is ever done is not told, so no event is coded on it (PLOVER codes acts).
- :func:`power_statement`: *only parliament may declare war*, *under the charter the council can
  impose sanctions*: a modal of permission or ability states who has a power or what a rule
  allows, not that anyone used it; so does a standing text's present demand (*the guidelines call
  for 3% of output*): what the rule asks, no request made.
- :func:`patient_care`: *was evacuated to a hospital*, *received medical treatment*: a patient's
  transport and treatment is no PLOVER AID, COOPERATE or RETREAT; AID is an actor providing
  aid to a population (*delivered medical supplies to hospitals* keeps its reading: a material
  object, not a person, is moved).
- :func:`conveyance`: *the plane flew the delegates to the capital*: a travel verb read as a visit
  (CONSULT) carries its object there; the subject visits no one.
- :func:`habitual_present`: *rebels attack the convoys every week*, *militants regularly shell
  the villages*: a simple present with a habitual adverbial says what happens as a rule, not an
  act that happened (the relative clause's bare present is ``nonacts.habitual_description``).
- :func:`powered_object`: *courts may order the release of detainees*: the event noun a stated
  power would bring about is no more done than the power's verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.analyze.events.fill import agentive_token, to_infinitive
from newsprism.analyze.events.lexicon import EventLexicon
from newsprism.analyze.events.roles import is_place

__all__ = ["conveyance", "habitual_present", "patient_care", "power_statement", "powered_object", "purpose_clause"]

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
    stays a refusal (``stance_modals``); with *have* (*may have fired*) it is a doubt about an act.
    A standing text's own demand is a rule too (:func:`_text_demand`)."""
    if _text_demand(token, lemma, lexicon):
        return True
    auxes = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    if not any(lexicon.is_word("power_modals", a.lower_) for a in auxes):
        return False
    if any(lexicon.is_word("perfect_aux", a.lemma_.lower()) for a in auxes) or any(
            lexicon.is_word("negators", c.lower_) for c in token.children if c.dep_ == "neg"):
        return False
    return _general_subject(token, lexicon)


def _text_demand(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """*the alliance's guidelines call for 3% of output*, *the charter demands that members consult*: a simple present
    (no auxiliary) whose subject is a standing text (``text_nouns``, ``rule_texts``) and whose verb
    reads as a request (alone or with its preposition) tells what the text asks of whoever it binds,
    a rule in force, no request anyone made (PLOVER REQUEST is an actor's appeal or demand). A
    resolution or a letter (no standing text) that *calls for* keeps its reading: it is a body's act."""
    if token.tag_ not in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects or not all(lexicon.names("text_nouns", s) or lexicon.names("rule_texts", s) for s in subjects):
        return False
    cues = [lexicon.verb(lemma), *(lexicon.phrases.get(f"{lemma} {c.lower_}") for c in token.children
                                   if c.dep_ == "prep")]
    return any(cue is not None and cue.type == "REQUEST" for cue in cues)


def _care_word(noun: Token, lexicon: EventLexicon) -> bool:
    """*a hospital*, *Military Medical Center*, *medical treatment*: the noun or a modifier names care."""
    return lexicon.is_word("care_nouns", noun.lemma_.lower()) or any(
        c.dep_ in {"compound", "amod"} and lexicon.is_word("care_nouns", c.lemma_.lower()) for c in noun.children)


def patient_care(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """A patient received or underwent care (``patient_verbs`` + a ``care_nouns`` object), or a
    person was moved to a place of care (a *to*/*into* phrase whose noun names care, and every moved
    thing a person; or any place, when a ``conveyance_verbs`` verb moves only ``patient_nouns`` words:
    *victims were airlifted to Ostavia*), or moved on the way to one (*was airlifted to the capital and taken to a
    hospital*: a verb coordinated with the move to care, of the same passive subject): no act
    between parties."""
    shared = None
    if token.dep_ == "conj" and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in token.children):
        shared = [s for s in token.head.children if s.dep_ == "nsubjpass"] or None
    if _moved_to_care(token, lemma, lexicon, moved=shared):
        return True
    if token.dep_ == "conj" or not any(c.dep_ == "nsubjpass" for c in token.children):
        return False
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)
               and _moved_to_care(c, c.lemma_.lower(), lexicon, moved=[s for s in token.children
                                                                     if s.dep_ == "nsubjpass"])
               for c in token.children)


def _moved_to_care(token: Token, lemma: str, lexicon: EventLexicon, moved: list[Token] | None = None) -> bool:
    """:func:`patient_care` on one verb; ``moved``: the passive subject it shares with the verb it
    is coordinated with."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    # the object itself names care: *received medical supplies* is aid received, not treatment.
    if lexicon.is_word("patient_verbs", lemma) and any(
            lexicon.is_word("care_nouns", o.lemma_.lower()) for o in objects):
        return True
    # *from the capital to a hospital*: the parser may hang the *to* phrase on the *from* phrase.
    preps = [c for c in token.children if c.dep_ == "prep"]
    preps += [c for p in preps for c in p.children if c.dep_ == "prep"]
    moved = moved or objects or [c for c in token.children if c.dep_ == "nsubjpass"]
    if not moved or not all(agentive_token(m, lexicon) or lexicon.is_word("patient_nouns", m.lemma_.lower())
                            for m in moved):
        return False
    # *victims were airlifted to Ostavia*: people named as patients flown or shipped anywhere are taken
    # for care (not *abducted the victims to Sundria*: only a verb of conveyance)
    patients = lexicon.is_word("conveyance_verbs", lemma) and all(
        lexicon.is_word("patient_nouns", m.lemma_.lower()) for m in moved)
    return any(lexicon.is_word("care_preps", p.lower_) and any(
        o.dep_ == "pobj" and (_care_word(o, lexicon) or (patients and is_place(o, lexicon))) for o in p.children)
        for p in preps)


def conveyance(token: Token, lexicon: EventLexicon) -> bool:
    """*the plane flew the delegates to the capital*, *ferried troops to the island*: a verb of
    travel (``conveyance_verbs``) read as a visit (PLOVER CONSULT visit: "travel to another location
    for a meeting") that has a direct object and no particle carries the object; its subject
    travels to meet no one (*flew to Paris for talks* keeps the visit)."""
    return lexicon.is_word("conveyance_verbs", token.lemma_.lower()) and any(
        c.dep_ in {"dobj", "obj"} for c in token.children) and not any(c.dep_ == "prt" for c in token.children)


def habitual_present(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """*rebels attack the convoys every week*, *militants regularly shell the villages*, *convoys
    are stopped every night*: a present verb (or a present passive) with no other auxiliary and a
    habitual adverbial (``habitual_adverbs``, or a ``distributive_determiners`` + ``habitual_units``
    noun phrase: *every week*, *each night*) tells what happens as a rule, not an act done."""
    auxes = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    present = token.tag_ in {"VBZ", "VBP"} and not auxes
    passive = token.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in {"VBZ", "VBP"}
    if not (present or passive):
        return False
    for child in token.children:
        if child.dep_ == "advmod" and lexicon.is_word("habitual_adverbs", child.lower_):
            return True
        if child.dep_ in {"npadvmod", "advmod", "obl"} and lexicon.is_word(
                "habitual_units", child.lemma_.lower()) and any(
                d.dep_ == "det" and lexicon.is_word("distributive_determiners", d.lower_) for d in child.children):
            return True
    return False


def powered_object(noun: Token, lexicon: EventLexicon) -> bool:
    """*courts may order the release of detainees*, *any member can demand a recount*: an event noun
    that is the object of a verb stating a power (:func:`power_statement`) is what the power would
    bring about, not an act done."""
    verb = noun.head
    return noun.dep_ in {"dobj", "obj"} and verb.pos_ in {"VERB", "AUX"} and power_statement(
        verb, verb.lemma_.lower(), lexicon)
