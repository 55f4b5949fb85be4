"""What the events stage's argument pass counts as a party, and where it looks for one.

Shared by :mod:`newsprism.analyze.events.arguments` (actors) and
:mod:`newsprism.analyze.events.recipients`: the word lists, read from
``lexicons/event_arguments_<language>.json``; :func:`party`, which widens
:func:`newsprism.analyze.events.parties.is_party` with the list's nouns for people; and
:func:`party_in`, the breadth-first search for a party inside a phrase.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import lru_cache

from spacy.tokens import Token

from newsprism.analyze.events.lexicon import EventLexicon, language_file
from newsprism.analyze.events.parties import PARTY_ENTS, is_party

__all__ = ["DEPTH", "THING_TYPES", "RoleWords", "is_place", "load_role_words", "owners", "party_in"]

#: Types whose recipient may be a thing acted upon: an attacked village, a blocked road,
#: seized property, defaced web sites. Every other type is directed at a party.
THING_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "SANCTION", "RETREAT", "MOBILIZE"})
#: How many prepositional phrases down a recipient is looked for.
DEPTH = 2


@dataclass(frozen=True, slots=True)
class RoleWords:
    """The word lists this pass reads, for one language (``lexicons/event_arguments_<lang>.json``)."""

    not_recipient_preps: frozenset[str]  # time and circumstance: no recipient in their phrase
    place_preps: frozenset[str]  # only where: their object is a place, never a recipient
    tail_preps: frozenset[str]  # phrases a party's span includes (see ``parties._TAIL_PREPS``)
    container_preps: frozenset[str]  # *a camp for refugees*: the place stands for the party
    owner_participles: frozenset[str]  # *a ship belonging to X*, *homes owned by X*: the owner stands for the thing
    agent_preps: frozenset[str]  # the passive's agent
    partner_preps: frozenset[str]  # *met with*: the other side of a meeting
    reciprocal_preps: frozenset[str]  # *fighting between X and Y*: an event noun's sides, who do it together
    reflexive_pronouns: frozenset[str]  # *blew himself up*: the actor again, no recipient
    topic_verbs: frozenset[str]  # *discussed the budget*: talking verbs whose object is a topic, not a partner
    hosting_verbs: frozenset[str]  # *hosted the visiting minister*: the subject hosts, the object visits
    implicating_verbs: frozenset[str]  # *claims involving X*: whom an investigated claim is about
    meeting_nouns: frozenset[str]  # *flew to X for talks with Y*: what a visit is made for
    source_preps: frozenset[str]  # *criticism from X*: where an event noun comes from
    goal_preps: frozenset[str]  # *sent a delegation to X*: where what is given goes
    medium_nouns: frozenset[str]  # documents that stand for their issuer: *a declaration demanding*
    content_marks: frozenset[str]  # *demands that ...*: the clause says what is demanded
    predicative_preps: frozenset[str]  # *denounced as a crime X's ...*: the complement a long object moves past
    question_verbs: frozenset[str]  # *asked why ...*: verbs that ask questions as well as requests
    question_words: frozenset[str]  # what opens an interrogative clause
    topic_preps: frozenset[str]  # *asked about X*: what a question is about
    question_nouns: frozenset[str]  # *asked questions*
    circumstance_heads: frozenset[str]  # *according to X*, *ahead of Y*: a source or a time, no party of the event
    relation_nouns: frozenset[str]  # *the senator's son*: a person named by a relation, no conduct of the possessor

    @property
    def skipped_preps(self) -> frozenset[str]:
        return self.not_recipient_preps | self.place_preps


@lru_cache(maxsize=4)
def load_role_words(language: str = "en") -> RoleWords:
    """The lists of ``event_arguments_<language>.json`` (English's for a language without one), once per process."""
    raw = language_file("event_arguments", language)
    return RoleWords(**{f.name: frozenset(raw[f.name]) for f in fields(RoleWords)})


def party_in(
    top: Token, lexicon: EventLexicon, words: RoleWords, *, skip: Iterable[int] = (), own: bool = False,
    modifiers: bool = True,
) -> Token | None:
    """The nearest party inside the phrase headed by ``top`` (breadth first, at most ``DEPTH``
    prepositional phrases down, never into a clause or a date). ``own``: ``top`` itself counts;
    ``modifiers``: ``top``'s own possessor or named modifier counts.

    Within one level, a prepositional object comes before a possessor or a modifier: *aid to
    Ostavia* targets Ostavia; in *Ardenia's suppression of the strikes* Ardenia is the one.
    """
    skipped = set(skip)
    if own and top.i not in skipped and is_party(top, lexicon):
        return top
    frontier = deque([(top, 0)])
    while frontier:
        token, depth = frontier.popleft()
        if depth >= DEPTH or token.i in skipped:
            continue  # a party already taken is not searched for parts of its name
        objects = [o for p in token.children if p.dep_ == "prep" and p.lower_ not in words.skipped_preps
                   for o in p.children if o.dep_ == "pobj" and o.ent_type_ not in {"DATE", "TIME"}]
        named = [c for c in token.children if (modifiers or depth > 0)
                 and ((c.dep_ == "poss" and c.pos_ != "PRON")
                      or (c.dep_ in {"amod", "compound", "nmod"} and c.ent_type_ in PARTY_ENTS))]
        # "the return of property seized by government forces": who made the thing what it is.
        makers = [o for v in token.children if v.dep_ == "acl" and v.tag_ == "VBN"
                  for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        makers += owners(token, words)  # "homes belonging to herders": whose the thing is
        for found in [*objects, *named, *makers]:
            # "a call for its forces to be deployed": the actor's own forces are not its recipient.
            own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in found.children)
            if found.i not in skipped and not own and is_party(found, lexicon):
                return found
        frontier.extend((o, depth + 1) for o in objects)
    return None


def owners(token: Token, words: RoleWords) -> list[Token]:
    """*a cargo ship belonging to a shipping firm*, *land owned by the church*: the owner a
    participle of possession names; a thing done to stands for its owner (as a container does)."""
    return [o for v in token.children if v.dep_ == "acl" and v.lemma_.lower() in words.owner_participles
            for p in v.children if p.dep_ in {"prep", "agent"} for o in p.children if o.dep_ == "pobj"]


def is_place(token: Token, lexicon: EventLexicon) -> bool:
    return token.ent_type_ in {"GPE", "LOC", "FAC"} or lexicon.is_word("place_nouns", token.lemma_.lower())
