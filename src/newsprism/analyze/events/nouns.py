"""Event nouns: the noun (or compound) that names an event, and the one a verb's object names.

*the crackdown*, *a hunger strike* (a compound first), *launched a mediation effort* (the
object's modifier), *launched ten days of war games* (what the object measures). Split from
:mod:`newsprism.analyze.events.extract`, which reads them for light verbs, aspectual verbs,
ending verbs and free-standing event nouns.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.analyze.events.lexicon import Cue, EventLexicon

__all__ = ["noun_cue", "object_event_noun"]

_NOMINAL = frozenset({"NOUN", "PROPN"})


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in {"pobj", "pcomp"} and c.pos_ in _NOMINAL | {"PRON", "NUM"}]


def object_event_noun(obj: Token, lexicon: EventLexicon) -> tuple[Token, tuple[Cue, Token] | None]:
    """The event noun a light verb's object names: itself (*launched an attack*), its modifier
    (*launched a mediation effort*) or what it measures (*launched ten days of war games*)."""
    found = noun_cue(obj, lexicon)
    if found is not None:
        return obj, found
    for child in obj.children:
        if child.dep_ == "compound" and child.i < obj.i:
            found = noun_cue(child, lexicon)
            if found is not None:
                return child, found
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in _pobjs(child):
                found = noun_cue(pobj, lexicon)
                if found is not None:
                    return pobj, found
    return obj, None


def noun_cue(token: Token, lexicon: EventLexicon) -> tuple[Cue, Token] | None:
    """(cue, first trigger token) for an event noun, compounds first (*hunger strike*)."""
    if token.pos_ not in _NOMINAL or token.ent_type_ in {"DATE", "TIME"}:
        return None  # "in March" is a month, not a march
    lemma = token.lemma_.lower()
    for child in token.lefts:
        if child.dep_ in {"compound", "amod"}:
            key = f"{child.lemma_.lower()} {lemma}"
            if key in lexicon.compound_nouns:
                cue = lexicon.compound_nouns[key]
                return (cue, child) if cue is not None else None
    cue = lexicon.nouns.get(lemma)
    if cue is None and token.lower_ in lexicon.nouns:
        cue = lexicon.nouns[token.lower_]
    return (cue, token) if cue is not None else None
