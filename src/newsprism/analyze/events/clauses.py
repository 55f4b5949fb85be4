"""Clause-shape tests that need no lexicon, below every other events module.

:mod:`fill` (arguments) imports :mod:`readings` (verb readings); a test both need lives here so
that :mod:`readings` can use it without importing :mod:`fill` back (an import cycle).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["to_infinitive"]


def to_infinitive(clause: Token) -> bool:
    """Is ``clause`` a *to*-infinitive (*to visit*, *to help*)? The one place the English
    infinitive marker is spelt: spaCy's English parse gives it as an ``aux`` child."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
