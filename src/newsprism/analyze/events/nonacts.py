"""Clauses that use an event verb for no act of one party on another (issue #5, E14 round).

PLOVER codes relations between actors. Four clause shapes borrow the verbs of those relations
without one; each is a spaCy dependency read over word lists of ``events_en.json`` (their
``*_about`` entries say why), like the rules of ``events/procedure.py``:

- :func:`sitting`: a chamber, court or council meeting as itself (*the senate was due to meet on
  Thursday*, *it will reconvene on Monday*): procedure, no CONSULT (no one is met).
- :func:`provision_content`: what a bill or law would let someone do (*the bill would allow
  people visiting the islands to be questioned*): the text's content, no visit, no questioning.
- :func:`cause_struggle`: fighting *for* or *against* a cause (*spent years fighting for miners'
  rights*): no violence.
- :func:`class_description`: a participle that describes a class of people (*those held in
  contempt*, *people convicted of fraud lose their seats*): who the rule or the record is about, no
  act done to anyone now (``class_heads``).
- :func:`gathering_moves`: a march or protest moving along its route (*the protest later moved a
  few blocks*): the gathering is coded on its own word; its route is no act.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.analyze.events.fill import subject_of
from newsprism.analyze.events.lexicon import EventLexicon

__all__ = ["cause_struggle", "class_description", "gathering_moves", "provision_content", "sitting"]

_OBJECTS = frozenset({"dobj", "obj"})


def sitting(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Is ``token`` a deliberative body's own sitting (*the senate was set to meet*, *it would meet
    on Monday*, *the cabinet met on Sunday*)? A ``sitting_verbs`` verb with no object and no *with*
    phrase whose subjects (borrowed through *set to*, *due to*) are all ``sitting_bodies`` or *it*."""
    if not lexicon.is_word("sitting_verbs", lemma):
        return False
    if any(c.dep_ in _OBJECTS for c in token.children) or any(
            c.dep_ == "prep" and c.lower_ in {"with", "between", "among"} for c in token.children):
        return False  # "will meet the envoy", "will meet with the strikers": a meeting between parties
    subjects, _ = subject_of(token)
    subjects = [*subjects, *(c for s in subjects for c in s.conjuncts)]
    return bool(subjects) and all(
        s.lower_ == "it" or lexicon.names("sitting_bodies", s) for s in subjects)


def _provision_verb(verb: Token, lexicon: EventLexicon) -> bool:
    """*the bill would allow*, *a law that would let*: a provision verb whose subject is a text."""
    if not lexicon.names("provision_verbs", verb):
        return False
    hypothetical = any(a.dep_ == "aux" and lexicon.is_word("hypothetical_aux", a.lower_) for a in verb.children)
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        text = subject.head.head if subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl" else subject
        if lexicon.names("document_nouns", text) or (hypothetical and lexicon.names("text_nouns", text)):
            return True
    return False


#: Links a provision's content hangs from its verb by: complements, their arguments and modifiers.
_INSIDE = frozenset({"xcomp", "ccomp", "conj", "acl", "relcl", "dobj", "nsubj", "nsubjpass", "pobj", "prep", "advcl"})


def provision_content(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Is ``token`` inside what a bill or law provides (*would allow people visiting X to be
    removed*: *visiting*, *removed*)? Up to eight links up through complements and their
    arguments to a ``provision_verbs`` verb whose subject is a proposal (``document_nouns``), or an
    enacted text (``text_nouns``) under a hypothetical modal."""
    current = token
    for _ in range(8):
        if current.dep_ not in _INSIDE or current.head is current:
            return False
        current = current.head
        if current.pos_ in {"VERB", "AUX"} and _provision_verb(current, lexicon):
            return True
    return False


def cause_struggle(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Is ``token`` a struggle for or against a cause (*fighting for a federal holiday*, *battling
    against corruption*)? A ``cause_verbs`` verb with a *for* / *against* phrase, no object, and no
    military word in its sentence (``military_cues``: *troops fought for control of the town*)."""
    if not lexicon.is_word("cause_verbs", lemma):
        return False
    if any(c.dep_ in _OBJECTS for c in token.children):
        return False  # "rebels fought government troops"
    if not any(c.dep_ == "prep" and c.lower_ in {"for", "against"} for c in token.children):
        return False
    return not any(lexicon.names("military_cues", t) for t in token.sent if t.dep_ != "compound")


def gathering_moves(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Is ``token`` a gathering moving along its route (*the march later moved a few blocks to the
    square*)? A ``route_verbs`` verb whose subject is an event noun (the lexicon's nouns)."""
    if not lexicon.is_word("route_verbs", lemma):
        return False
    subjects, passive = subject_of(token)
    return bool(subjects) and not passive and all(
        s.lemma_.lower() in lexicon.nouns or s.lower_ in lexicon.nouns for s in subjects)


def class_description(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Is ``token`` a past participle on a class of people (*those held in contempt*, *People held
    in contempt are referred to prosecutors*)? A reduced relative (``acl``, VBN) whose head is a
    ``class_heads`` word with no determiner, possessive or number: any member of the class, no act
    done to one party at one time (*the two officers held in contempt* keeps its reading)."""
    if token.dep_ != "acl" or token.tag_ not in {"VBN", "VBD"}:  # the tagger calls some such participles VBD
        return False
    head = token.head
    return lexicon.names("class_heads", head) and not any(
        c.dep_ in {"det", "poss", "nummod"} for c in head.children)
