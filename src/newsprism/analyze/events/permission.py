"""Readings a verb takes from its complement: a permission, a hearing into something, readiness.

Three classes of ordinary news wording the verb list alone abstains on or misreads (issue #5),
each read from the PLOVER manual and kept as data (``lexicons/events_<lang>.json``):

- **Permission** (``permission_verbs`` with a clause or noun saying what is permitted): letting a
  party come back, return, enter, cross or land is PLOVER RETREAT access ("allowing the entry of
  observers, peacekeepers, or humanitarian workers", "repatriation of refugees"; ``access_verbs``,
  or an ``access_nouns`` object that names who comes in: *the return of inspectors*, *humanitarian
  access*); letting a party do what a restriction could forbid (``freedom_acts``: *campaign*,
  *rally*, or a verb the phrase table reads as an event with its object: *hold rallies*) is
  CONCEDE ("easing of administrative or legal restrictions"). The time relation does the rest: an
  announced or promised permission is a future RETREAT, coded CONCEDE (the manual's CONCEDE
  note), a refused one REJECT. What is permitted is no act done, so its verb is consumed with its
  object (*to hold rallies* is no PROTEST). No reading when nothing restricted is eased or no one
  let in (*allowed himself a smile*, *will let visitors see the frescoes*), when the permitted
  party is only a pronoun (*let you go*, *let's leave it*: as often talk about anyone), or when a
  text permits (*the law allowed*: a provision, no act).
- **A hearing into something** (``inquiry_nouns`` + ``inquiry_preps``): *opened a hearing into
  the deaths* is an investigation (the manual: "all investigations", ACCUSE investigate), where
  a hearing with no such phrase stays court procedure (``procedure_objects``).
- **Readiness** (``readiness_governors``): *prepared to resume shelling* is military posturing
  short of force, MOBILIZE ("a demonstration of military capabilities and readiness"), not the
  announced attack THREATEN codes (a verbal act): :func:`readiness_reading`.

Why a rule and not phrases: the permitted verb sits in a clause the parser hangs on the
permission verb as xcomp, ccomp or, after a long object (*refugees who have lived abroad for
years to return*), as a relative clause inside the object; a verb + complement phrase key
sees only the first of these.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.analyze.events.candidate import Candidate
from newsprism.analyze.events.clauses import to_infinitive
from newsprism.analyze.events.fill import OBJECTS, agentive_token, children, subject_of
from newsprism.analyze.events.lexicon import Cue, EventLexicon

__all__ = ["inquiry_hearing", "permission_candidate", "readiness_reading"]

_ACCESS = Cue("RETREAT", "access", (), "own", 0.7)
_EASING = Cue("CONCEDE", None, (), "own", 0.7)
_INQUIRY = Cue("ACCUSE", "investigate", (), "own", 0.7)
_MOBILIZE = ("MOBILIZE", None)

#: How far up a chain of infinitives a readiness governor is looked for (*prepared to resume shelling*).
_CHAIN = 3


def _permitted_clause(verb: Token) -> Token | None:
    """The verb of what is permitted: a complement clause of the permission verb, or a
    to-infinitive the parser hung inside its object (*allow refugees who fled to return*)."""
    for child in verb.children:
        if child.dep_ in {"xcomp", "ccomp"} and child.pos_ in {"VERB", "AUX"} and child.i > verb.i:
            return child
    # after a long object the parser hangs the infinitive on the object's own relative clause
    # (*refugees who have lived abroad for years to return*): a relcl, acl or advcl with *to*
    for obj in children(verb, OBJECTS):
        for token in obj.subtree:
            if token.dep_ in {"relcl", "acl", "advcl"} and token.pos_ == "VERB" and to_infinitive(token):
                return token
    return None


def _permitted_noun(verb: Token, lexicon: EventLexicon) -> Token | None:
    """*allow the return of inspectors*, *permit humanitarian access*: an access noun object (or one
    its *of* phrase names) that says who comes in: a party in an *of*/*for* phrase, or a modifier
    naming one (``access_modifiers``). *configured to allow public access* lets no party in."""
    for obj in children(verb, OBJECTS):
        for noun in (obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                            for g in p.children if g.dep_ == "pobj")):
            if not lexicon.is_word("access_nouns", noun.lemma_.lower()):
                continue
            parties = [g for p in noun.children if p.dep_ == "prep" and p.lower_ in {"of", "for"}
                       for g in p.children if g.dep_ == "pobj"]
            if any(agentive_token(g, lexicon) for g in parties) or any(
                    c.dep_ in {"amod", "compound"} and lexicon.is_word("access_modifiers", c.lower_)
                    for c in noun.children):
                return obj
    return None


def _permitted_party(verb: Token, clause: Token, lexicon: EventLexicon) -> Token | None:
    """Who is let in or let act: the clause's subject, the permission verb's object or, in a
    passive, its subject. A party named by a noun: a pronoun (*let you go*, *let's leave it*,
    *we are not allowed to travel*) is as often talk about anyone as a party's act."""
    subjects, _ = subject_of(clause)
    passive, _ = subject_of(verb)
    pool = [*subjects, *children(verb, OBJECTS), *(s for s in passive if any(
        c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children))]
    return next((t for t in pool if t.pos_ != "PRON" and agentive_token(t, lexicon)), None)


def _permitted_act(clause: Token, lexicon: EventLexicon) -> Cue | None:
    """The reading of what is permitted: access (*return*, *cross*, *go back*), or an act a
    restriction could forbid: a political act of its own (``freedom_acts``: *campaign*, *rally*)
    or a verb whose object makes it an event (*hold rallies*: the phrase table's own reading)."""
    lemma = clause.lemma_.lower()
    ways = [c.lower_ for c in clause.children if c.dep_ in {"prt", "advmod"}]
    if lexicon.is_word("access_verbs", lemma) or any(lexicon.is_word("access_verbs", f"{lemma} {w}") for w in ways):
        return _ACCESS
    if lexicon.is_word("freedom_acts", lemma) or any(
            lexicon.phrases.get(f"{lemma} {o.lemma_.lower()}") is not None for o in children(clause, OBJECTS)):
        return _EASING
    return None  # "will let visitors see the frescoes", "let it go": no restriction eased, no access given


def permission_candidate(verb: Token, lemma: str, lexicon: EventLexicon) -> Candidate | None:
    """A permission verb read by what it permits (see the module docstring), or None."""
    if not lexicon.is_word("permission_verbs", lemma):
        return None
    subjects, _ = subject_of(verb)
    if any(lexicon.is_word("text_nouns", s.lemma_.lower()) or lexicon.is_word("document_nouns", s.lemma_.lower())
           for s in subjects):
        return None  # "the law allowed X to go unpunished": what a text provides, no act
    noun = _permitted_noun(verb, lexicon)  # named outright: "would allow the return of inspectors"
    if noun is not None:
        return Candidate(verb, verb, noun if noun.i > verb.i else verb, _ACCESS, consumed={verb.i, noun.i})
    clause = _permitted_clause(verb)
    if clause is None:
        return None
    cue = _permitted_act(clause, lexicon)
    party = _permitted_party(verb, clause, lexicon)
    if cue is None or party is None:
        return None
    consumed = {verb.i, clause.i} | {o.i for o in children(clause, OBJECTS)}
    candidate = Candidate(verb, verb, clause, cue, consumed=consumed)
    if party.dep_ not in {"nsubjpass", *OBJECTS}:
        candidate.recipients.append(party)  # the clause's own subject; the verb's object is filled as usual
    return candidate


def inquiry_hearing(verb: Token, lexicon: EventLexicon) -> Candidate | None:
    """*opened a hearing into the deaths*: a hearing (``inquiry_nouns``) with an *into* phrase
    (``inquiry_preps``), on the verb or on the noun, is an investigation the verb's subject runs."""
    for obj in children(verb, OBJECTS):
        if not lexicon.is_word("inquiry_nouns", obj.lemma_.lower()):
            continue
        if any(p.dep_ == "prep" and lexicon.is_word("inquiry_preps", p.lower_) for p in (*obj.children,
                                                                                          *verb.children)):
            first, last = sorted((verb, obj), key=lambda t: t.i)
            return Candidate(verb, first, last, _INQUIRY, consumed={verb.i, obj.i})
    return None


def readiness_reading(kind: str, anchor: Token, lexicon: EventLexicon) -> tuple[str, str | None] | None:
    """MOBILIZE for an attack a force is getting ready to make (*prepared to resume shelling*,
    *is preparing to storm the town*); None for anything else, left to the time relation."""
    if kind != "ASSAULT":
        return None
    current = anchor
    for _ in range(_CHAIN):
        if current.dep_ != "xcomp" or current.head.i == current.i:
            return None
        current = current.head
        if lexicon.is_word("readiness_governors", current.lemma_.lower()):
            return _MOBILIZE
    return None
