"""How big an event was, where the text says so: dead, injured, arrested, crowd size, cities.

A count is a number word or numeral in the event's own phrase, read with the word it
counts and the verb that governs that word:

- *killing at least 156 people*  -> ``dead 156`` (the counted noun is the object of *kill*)
- *arresting 12*                 -> ``arrested 12`` (the number itself is the object)
- *uprisings in more than 140 cities* -> ``cities 140`` (the counted noun is a place)
- *thousands of protesters*      -> ``crowd 2000`` for a PROTEST (a vague plural is a floor)
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsprism.analyze.events.lexicon import EventLexicon

__all__ = ["magnitudes", "number_value"]

_NUMERAL = re.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def number_value(token: Token, lexicon: EventLexicon) -> int | None:
    """``156`` -> 156, ``1,000`` -> 1000, ``twelve`` -> 12, ``5.1`` + ``million`` -> 5100000."""
    text = token.lower_
    value: float | None = None
    if _NUMERAL.match(text):
        value = float(text.replace(",", ""))
    elif text in lexicon.number_words:
        value = float(lexicon.number_words[text])
    if value is None:
        return None
    for child in token.children:
        if child.dep_ in {"compound", "nummod", "quantmod"} and child.lower_ in {"hundred", "thousand", "million"}:
            value *= lexicon.number_words[child.lower_]
    if token.head.lower_ in {"thousand", "million"} and token.head.i != token.i:
        value *= lexicon.number_words[token.head.lower_]
    return int(value)


def _kind(number: Token, counted: Token, event_type: str, lexicon: EventLexicon) -> str | None:
    lemma = counted.lemma_.lower()
    mag = lexicon.magnitude
    if lemma in mag["cities"]:
        return "cities"
    if lemma in mag["dead"] and counted.pos_ in {"ADJ", "NOUN"} and lemma in {"dead", "death", "fatality", "body"}:
        return "dead"
    governor = counted.head if counted.dep_ in {"dobj", "obj", "nsubjpass", "nsubj", "attr", "appos"} else None
    if counted.i == number.i and counted.dep_ in {"dobj", "nsubjpass"}:
        governor = counted.head
    if governor is not None:
        verb = governor.lemma_.lower()
        for kind in ("dead", "injured", "arrested"):
            if verb in mag[kind] and (counted.dep_ != "nsubj" or verb in {"die"}):
                return kind
    if lemma in mag["injured"] and counted.pos_ == "ADJ":
        return "injured"
    if event_type == "PROTEST" and lemma in mag["crowd"]:
        return "crowd"
    return None


def _counted(number: Token) -> Token:
    """The noun a number counts: its head for ``156 people``, the ``of`` object for ``thousands of``."""
    if number.dep_ in {"nummod", "quantmod", "compound"} and number.head.pos_ in {"NOUN", "PROPN", "ADJ"}:
        return number.head
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return number


def magnitudes(tokens: list[Token], event_type: str, lexicon: EventLexicon) -> tuple[tuple[str, int], ...]:
    """Counts stated in ``tokens`` (the event's phrase), one per kind, first mention wins."""
    found: dict[str, int] = {}
    for token in tokens:
        if not (token.like_num or token.lower_ in lexicon.number_words):
            continue
        if token.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"}:
            continue
        if token.dep_ in {"compound", "quantmod"} and token.head.like_num:
            continue  # "5.1 million": the head carries the whole number
        value = number_value(token, lexicon)
        if value is None:
            continue
        kind = _kind(token, _counted(token), event_type, lexicon)
        if kind is not None and kind not in found:
            found[kind] = value
    return tuple(sorted(found.items()))
