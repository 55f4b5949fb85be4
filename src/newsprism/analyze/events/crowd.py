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


def harms_people(lemma: str, recipients: Sequence[Party], heads: Sequence[Token], lexicon: EventLexicon) -> bool:
    """Does the verb fight someone (``two_sided_verbs``) or have a recipient that is people
    (:func:`_people`)? Then a crowd's violent verb keeps its ASSAULT reading (see the module)."""
    if lexicon.is_word("two_sided_verbs", lemma):
        return True
    return any(_people(head, lexicon) for head in heads[:len(recipients)])


def _people(head: Token, lexicon: EventLexicon) -> bool:
    """A recipient that is people: a person or group name, a personal pronoun, or an agent noun
    itself (*officers*, *journalists*); not a thing named for its users (*police stations*) nor a
    named building or body."""
    if head.ent_type_ in _PEOPLE or (head.pos_ == "PRON" and head.lower_ in _PERSONAL):
        return True
    if head.ent_type_ or head.pos_ == "PROPN":
        return False  # a named building or body (*St. Mark's Church*, *City Hall*): property, the riot's
    return head.lemma_.lower() in lexicon.agent_sectors or head.lower_ in lexicon.agent_sectors
