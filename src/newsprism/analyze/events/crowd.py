"""A crowd's violence: a riot (PROTEST riot) or an assault on people (ASSAULT).

PLOVER's PROTEST riot is a crowd's "distinct, continuous and violent action" as a protest, and
the gold codes a crowd's undirected violence so (*rioted*, *resorted to throwing stones during
demonstrations*); ``actor_recode`` reads an ASSAULT verb whose actor is protesters that way. Its
ASSAULT is a deliberate act of harm done to someone: "in one-sided violence, the perpetrator is
coded as the actor and the victim as the recipient", and "where the violence is two-sided, all
participants are coded in the actor field". So when the violent verb names whom it harms (a
person or group as its recipient: *attacked two reporters*, *threw stones at officers*) or is a
two-sided fight (``two_sided_verbs``: *clashed with the police*), the verb is coded, ASSAULT, not
the demonstration. Property (*attacked shops*) and no recipient stay the riot.

The same manual settles a crowd's violence that names no victim (E17): a riot is the crowd's
violence "directed toward ... a distinct 'other' group or government authorities" whose
"participants intend to cause physical injury and/or property damage", and property destroyed in
it is "destruction incidental to a riot" (no ASSAULT ``destroy``, no ``vandalize``): so *rioted*,
*set fire to cars*, *threw rocks* with no one named stay PROTEST riot. A clash is two-sided
violence, ASSAULT with or without the other side named, and its weapons are the clash's: "clashes
that involve knives, machetes, fire, rocks and similar instruments" are ASSAULT ``primitive``. So a
violent verb that names no target and is coordinated with its own subject's fight (*clashed with
the police and threw rocks*) is the fight, ASSAULT (:func:`_fights_with`).

:func:`harms_people` says whether the verb harms people; :func:`readings.actor_reading` takes that
answer and decides the reading once (:func:`is_riot` names the recode it then leaves out).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsprism.analyze.events.lexicon import EventLexicon
from newsprism.model import Party

__all__ = ["harms_people", "is_riot"]

#: Entity labels of people and groups of people (a recipient that can be hurt).
_PEOPLE = frozenset({"PERSON", "NORP"})
_PERSONAL = frozenset({"him", "her", "them", "us", "me", "you"})


def is_riot(kind: str, recoded: str) -> bool:
    """Is reading ``kind`` as ``recoded`` by who acts the riot reading of a crowd's violence (an
    ASSAULT verb read as a PROTEST because protesters do it)?"""
    return kind == "ASSAULT" and recoded == "PROTEST"


def harms_people(verb: Token, recipients: Sequence[Party], heads: Sequence[Token], lexicon: EventLexicon) -> bool:
    """Does the verb fight someone (``two_sided_verbs``), have a recipient that is people
    (:func:`_people`), or name no target and belong to its subject's fight (:func:`_fights_with`)?
    Then a crowd's violent verb keeps its ASSAULT reading (see the module)."""
    if lexicon.is_word("two_sided_verbs", verb.lemma_.lower()):
        return True
    if not recipients and not _target(verb):
        return _fights_with(verb, lexicon)
    return any(_people(head, lexicon) for head in heads[:len(recipients)])


#: Prepositions that name what a thrown or fired thing is aimed at (*threw rocks at the building*).
_AIMED = frozenset({"at", "on", "onto", "into", "against"})


def _target(verb: Token) -> bool:
    """Does the verb name what it is aimed at with a preposition (*at the building*)? Then that,
    not the fight, says whom or what it harms."""
    return any(c.dep_ == "prep" and c.lower_ in _AIMED for c in verb.children)


def _fights_with(verb: Token, lexicon: EventLexicon) -> bool:
    """*clashed with the police and threw rocks*, *threw rocks and clashed with police*: is the verb
    coordinated with a two-sided fight verb (``two_sided_verbs``) of the same subject (the later
    conjunct has no subject of its own)? Then it is done in that fight."""
    for other in verb.conjuncts:
        if lexicon.is_word("two_sided_verbs", other.lemma_.lower()):
            later = max(verb, other, key=lambda t: t.i)
            if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in later.children):
                return True
    return False


def _people(head: Token, lexicon: EventLexicon) -> bool:
    """A recipient that is people: a person or group name, a personal pronoun, or an agent noun
    itself (*officers*, *journalists*); not a thing named for its users (*police stations*) nor a
    named building or body."""
    if head.ent_type_ in _PEOPLE or (head.pos_ == "PRON" and head.lower_ in _PERSONAL):
        return True
    if head.ent_type_ or head.pos_ == "PROPN":
        return False  # a named building or body (*St. Mark's Church*, *City Hall*): property, the riot's
    return head.lemma_.lower() in lexicon.agent_sectors or head.lower_ in lexicon.agent_sectors
