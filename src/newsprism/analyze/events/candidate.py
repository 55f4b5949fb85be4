"""A trigger found in the parse, with its argument heads, before it becomes an Event."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from newsprism.analyze.events.lexicon import Cue

__all__ = ["Candidate"]


@dataclass(slots=True)
class Candidate:
    """A trigger found in the parse, before it becomes a :class:`newsprism.model.Event`."""

    head: Token  # the syntactic anchor: the verb, adjective or event noun
    first: Token  # first and last token of the trigger words
    last: Token
    cue: Cue
    nominal: bool = False
    governor: Token | None = None  # the light verb that carries a nominal trigger
    consumed: set[int] = field(default_factory=set)  # token indices that are part of the trigger
    actors: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)
    places: list[Token] = field(default_factory=list)
    place_recipient: bool = False  # the recipient is the polity where it happened, not a named party
