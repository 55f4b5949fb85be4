"""The other side of an event named outside the trigger's own phrases (issue #5, E19).

Run by :func:`newsprism.analyze.events.arguments.complete_arguments` after the recipient
rules of :mod:`recipients` found no one. Each rule reads a construction PLOVER's coders take
a recipient from, which the trigger's objects and prepositions do not reach:

- **the other side of the talks an act followed**: *called off the strike after talks with
  the ministry*, *dropped the demand following consultations with the cabinet*: a concession
  or a refusal made at the end of talks answers the party talked with;
- **whom a protest's demand is made of**: *marched calling for the dismissal of the minister*,
  *began a sit-in to demand the return of land seized by the army*, *insisted that the post be
  taken away from the contractors*: a demand, in a participle or purpose clause of the
  protest (or as the trigger itself), targets the party whose removal, act or holding it asks
  to change;
- **the polity where a restriction or a placement applies**: *eased the curfew imposed on the
  port district*, *rejected a plan for troops to be stationed in X*, *blew up lines leading
  into the city*: the place the trigger's object is imposed on, put in or leads into stands
  for the party it is done to (flagged as a polity, like the first pass's *lifted a curfew in X*);
- **whom aid helps**: *provided funding to help X pay for gas*, *sent advisers to help X train*:
  the subject of the helped act in a purpose clause of helping is the one the aid benefits;
- **whom a threatened act targets** (:func:`_threatened_target`): *warned it would raid supply
  lorries on the track to X*: the threatened act's object, not a place further down its phrases.

Words are data (``lexicons/event_counterparts_<lang>.json``); what a demand is comes from the
events lexicon (a verb cued REQUEST, or *call for*).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from newsprism.analyze.events.candidate import Candidate
from newsprism.analyze.events.fill import OBJECTS, SUBJECTS, agentive_token, children, complement_clauses
from newsprism.analyze.events.lexicon import EventLexicon, language_file
from newsprism.analyze.events.nouns import vehicle_words
from newsprism.analyze.events.parties import is_party
from newsprism.analyze.events.recipients import conditioned
from newsprism.analyze.events.roles import THING_TYPES, RoleWords, load_role_words, party_in

__all__ = ["CounterpartWords", "counterpart", "load_counterpart_words"]

#: How many phrases down a demanded thing's party is looked for (*the return of property seized by X*).
_DEPTH = 3
#: Clause relations a demand may stand in beside a protest: a participle (*marching, calling for*)
#: or a purpose clause (*to demand*).
_SIDE_CLAUSES = frozenset({"advcl", "xcomp", "acl", "ccomp", "conj"})


@dataclass(frozen=True)
class CounterpartWords:
    """The lists of ``event_counterparts_<lang>.json`` (see the module docstring)."""

    sequel_preps: frozenset[str]  # *after* talks, *following* consultations
    talk_nouns: frozenset[str]  # what talks are called
    demand_preps: frozenset[str]  # *calling for* X
    target_preps: frozenset[str]  # *the removal of X*, *seized by X*: where a demanded thing's party hangs
    placement_preps: frozenset[str]  # *imposed on X*, *stationed in X*, *leading into X*
    placement_types: frozenset[str]  # types whose object's placement names the party it is done to
    beneficiary_nouns: frozenset[str]  # *the release of X*: X is whom the demand favours, not whom it is made of
    help_verbs: frozenset[str]  # *sent advisers to help X train*: the purpose clause's helped party
    help_types: frozenset[str]  # types whose purpose clause may name whom they benefit


@lru_cache(maxsize=4)
def load_counterpart_words(language: str = "en") -> CounterpartWords:
    raw = language_file("event_counterparts", language)
    return CounterpartWords(**{k: frozenset(v) for k, v in raw.items() if k != "about"})


def _talks_partner(candidate: Candidate, lexicon: EventLexicon, words: CounterpartWords) -> list[Token]:
    verb = candidate.governor or candidate.head
    for prep in verb.children:
        # "after talks with X"; "following talks with X", which the parser may read as a participle.
        sequel = prep.lower_ in words.sequel_preps and (prep.dep_ == "prep" or (
            prep.dep_ == "advcl" and prep.tag_ == "VBG"))
        if not sequel:
            continue
        for talks in prep.children:
            if talks.dep_ not in {"pobj", "dobj"} or talks.lower_ not in words.talk_nouns:
                continue
            partners = [o for p in talks.children if p.dep_ == "prep" and p.lower_ == "with"
                        for o in p.children if o.dep_ == "pobj" and is_party(o, lexicon)]
            if partners:
                return partners[:1]
    return []


def _is_demand(verb: Token, lexicon: EventLexicon, words: CounterpartWords) -> bool:
    cue = lexicon.verb(verb.lemma_.lower())
    if cue is not None and cue.type == "REQUEST":
        return True
    return any(p.dep_ == "prep" and p.lower_ in words.demand_preps
               and lexicon.has_phrase(f"{verb.lemma_.lower()} {p.lower_}") for p in verb.children)


def _party_below(top: Token, lexicon: EventLexicon, words: CounterpartWords, taken: set[int]) -> Token | None:
    """The first party hung on ``top`` by a target preposition, breadth first, through
    participles (*seized by*) but never a relative clause, where a party belongs to another act."""
    frontier = [(top, 0)]
    while frontier:
        token, depth = frontier.pop(0)
        if depth >= _DEPTH:
            continue
        for child in token.children:
            if child.dep_ in {"relcl", "advcl"}:
                continue
            if child.dep_ in {"prep", "agent"} and child.lower_ in words.target_preps:
                favoured = child.lower_ == "of" and token.lemma_.lower() in words.beneficiary_nouns
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.i not in taken and not favoured and agentive_token(obj, lexicon):
                        return obj
                    frontier.append((obj, depth + 1))
            elif child.dep_ == "acl" or (child.dep_ == "advmod" and child.pos_ == "ADV"):
                frontier.append((child, depth + 1))  # "seized by X"; "taken away from X"
    return None


def _demand_target(candidate: Candidate, lexicon: EventLexicon, words: CounterpartWords) -> list[Token]:
    if candidate.cue.type not in {"PROTEST", "REQUEST"}:
        return []
    taken = {t.i for t in candidate.actors} | candidate.consumed
    verb = candidate.governor or candidate.head
    demands = [verb] if candidate.cue.type == "REQUEST" and not candidate.nominal else []
    demands += [c for c in verb.children
                if c.dep_ in _SIDE_CLAUSES and c.pos_ == "VERB" and _is_demand(c, lexicon, words)]
    for demand in demands:
        for clause in [demand, *complement_clauses(demand)]:
            # "insisted that the post be taken away from X": the demanded act's source or target.
            things = [*children(clause, OBJECTS | {"nsubjpass"}),
                      *(o for p in clause.children if p.dep_ == "prep" and p.lower_ in words.demand_preps
                        for o in p.children if o.dep_ == "pobj")]
            found = _party_below(clause, lexicon, words, taken) if clause is not demand else None
            for thing in things:
                found = found or _party_below(thing, lexicon, words, taken)
            if found is not None:
                return [found]
    return []


def _placement(candidate: Candidate, lexicon: EventLexicon, words: CounterpartWords) -> list[Token]:
    if candidate.cue.type not in words.placement_types:
        return []
    verb = candidate.governor or candidate.head
    own = {t.i for t in candidate.actors}
    for obj in children(verb, OBJECTS):
        # *the curfew imposed on X* (a participle), *the ban it had placed on X* (a relative clause),
        # *a plan for troops to be stationed in X* (a clause in the object's for-phrase).
        clauses = [c for c in obj.children if c.dep_ in {"acl", "relcl"}]
        inner = [o for p in obj.children if p.dep_ == "prep" for o in p.children if o.dep_ in {"pcomp", "pobj"}]
        clauses += [v for o in inner for v in [o, *o.children] if v.pos_ == "VERB"]
        for clause in clauses:
            if any(s.i in own for s in children(clause, SUBJECTS)) or children(clause, {"agent"}):
                continue  # "a protest staged by students in X": its doers, not its place, are the other side
            for prep in clause.children:
                if prep.dep_ == "prep" and prep.lower_ in words.placement_preps:
                    for place in prep.children:
                        if place.dep_ == "pobj" and place.i not in own and is_party(place, lexicon) \
                                and place.ent_type_ not in {"DATE", "TIME"}:
                            return [place]
    return []


def _helped(candidate: Candidate, lexicon: EventLexicon, words: CounterpartWords) -> list[Token]:
    """*provided funding to help X pay for gas*, *sent advisers to help the army of X train*: aid
    is given to whom it benefits (PLOVER's AID: "material benefits primarily accrue to the
    recipient"); a purpose clause of helping names that party as the subject of the helped act
    (the parser's reading of *help X do*; *to help X* with X as object is the first pass's)."""
    if candidate.cue.type not in words.help_types or candidate.nominal:
        return []
    taken = {t.i for t in candidate.actors} | candidate.consumed
    for purpose in candidate.head.children:
        if purpose.dep_ not in {"advcl", "xcomp"} or purpose.lemma_.lower() not in words.help_verbs:
            continue
        helped = [s for c in purpose.children if c.dep_ in {"ccomp", "xcomp"} for s in children(c, SUBJECTS)]
        helped = [h for h in helped if h.i not in taken and is_party(h, lexicon)]
        if helped:
            return helped[:1]
    return []


def _stranded_partner(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> list[Token]:
    """*shared records on the fraud with X*: the parser hangs a joint act's *with* partner on the
    noun of the phrase before it (the topic's); a joint act (COOPERATE) is done with that partner, so
    the partner is the recipient, not a place or party inside the topic (PLOVER COOPERATE: the other side
    of the cooperation)."""
    if candidate.cue.type != "COOPERATE" or candidate.nominal:
        return []
    return [o for prep in candidate.head.children if prep.dep_ == "prep" and prep.lower_ not in words.partner_preps
            for topic in prep.children if topic.dep_ == "pobj"
            for inner in topic.children if inner.dep_ == "prep" and inner.lower_ in words.partner_preps
            for o in inner.children if o.dep_ == "pobj" and is_party(o, lexicon)][:1]


def counterpart(candidate: Candidate, lexicon: EventLexicon, language: str = "en") -> list[Token]:
    """The recipient one of the module's rules finds for ``candidate``, or ``[]``."""
    if not candidate.actors:
        return []  # an inferred recipient alone is no evidence that anyone did anything
    words = load_counterpart_words(language)
    return (_talks_partner(candidate, lexicon, words) or _demand_target(candidate, lexicon, words)
            or _placement(candidate, lexicon, words) or _helped(candidate, lexicon, words)
            or _threatened_target(candidate, lexicon, load_role_words(language))
            or _stranded_partner(candidate, lexicon, load_role_words(language)))


def _threatened_target(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> list[Token]:
    """*warned it would raid supply lorries on the track to X*, *threatened to expel traders
    who ...*: a threat of an act done to someone (an attack, an expulsion, a seizure) is made against
    whom that act would be done to, its object (a party, a vehicle for its crew, or the party
    inside it), not a place further down its phrases. A party the threat is addressed to comes first
    (*warned the government that ...*), and so does the one whose act is its condition (*... if
    the army stays*, found by :func:`~newsprism.analyze.events.recipients.conditioned` after this):
    only when the trigger has no object of its own and the threat no condition. Like the
    module's other rules it asks for a named actor (:func:`counterpart`): PLOVER codes a threat
    from the threatener to its target, and a target inferred with no threatener named is no
    evidence that anyone threatened anyone."""
    head = candidate.head
    if candidate.cue.type != "THREATEN" or candidate.nominal or children(head, OBJECTS) or conditioned(
            candidate, lexicon):
        return []
    taken = {t.i for t in candidate.actors} | candidate.consumed
    for clause in complement_clauses(head):
        cue = lexicon.verb(clause.lemma_.lower())
        if cue is None or cue.type not in THING_TYPES:
            continue
        for obj in children(clause, OBJECTS):
            if obj.i in taken or obj.pos_ != "NOUN" or lexicon.nouns.get(obj.lemma_.lower()) is not None:
                continue  # "threatened to launch an offensive": an event noun is no target
            # A party or a vehicle standing for its crew (*supply lorries*), else a party inside the
            # object (*the ministry's offices*); a bare thing or place (*the strait*) is no one's.
            if is_party(obj, lexicon) or obj.lemma_.lower() in vehicle_words("vehicle_nouns"):
                return [obj]
            inner = party_in(obj, lexicon, words, skip=taken)
            if inner is not None:
                return [inner]
    return []
