"""Clause-shape tests that need no lexicon, below every other events module.

:mod:`fill` (arguments) imports :mod:`readings` (verb readings); a test both need lives here so
that :mod:`readings` can use it without importing :mod:`fill` back (an import cycle).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["across_semicolon", "clause_verb", "to_infinitive"]


def to_infinitive(clause: Token) -> bool:
    """Is ``clause`` a *to*-infinitive (*to visit*, *to help*)? The one place the English
    infinitive marker is spelt: spaCy's English parse gives it as an ``aux`` child."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)


def across_semicolon(clause: Token) -> bool:
    """Does a semicolon stand between ``clause`` and its head? A semicolon joins independent
    clauses, so a complement the parser hangs across one (*the council voted to X; a court later
    quashed the vote*, *voted* parsed as *quashed*'s ccomp) is a clause of its own: neither the
    content of the other clause's verb nor negated by it."""
    low, high = sorted((clause.i, clause.head.i))
    return any(t.text == ";" and t.head.i in {clause.i, clause.head.i} for t in clause.doc[low + 1:high])


def clause_verb(token: Token) -> Token | None:
    """The nearest verb above ``token``: the clause it belongs to (``None`` in a verbless fragment)."""
    return next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
