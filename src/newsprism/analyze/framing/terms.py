"""*so-called* introducing a term of art, not doubting it (issue #6, F14; batch 11 in-sample).

*so-called* is the writer's doubt before a claim or a group (*the so-called experts*, *the so-called peace
process*, *the so-called Islamic State*), but business, science and product writing use it to introduce a name
the reader does not know yet: a company's or a field's own coined term (*so-called growth-related functions*, *its
so-called Quiet Mode*). The reading comes from the construction of the term it stands before, never from a page's
words:

- a **coined compound**: a hyphen joined without spaces inside the term (*growth-related*, *zero-day*); or
- a **capitalised term** that is not a person, a people, a place or an organisation (a feature or product name:
  *Quiet Mode*; named entities of those kinds keep the doubt, e.g. a group's or a state's name);

and in both cases the term's head noun is not one of the heads whose *so-called* doubts a claim or a standing
(``keep_heads`` of the ``[introduced]`` table of ``lexicons/plain_<lang>.toml``: *experts*, *activists*,
*government*, *state*, *peace*, *reform* ...). Conservative on purpose: a plain lower-case term (*so-called
black sites*) keeps the doubt, since nothing in its form says it was coined.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsprism.analyze.framing.lexicon import _normalise, optional_words, read_rules, token_keys
from newsprism.analyze.framing.tokens import doc_tokens

__all__ = ["Introduced", "introduced_tokens", "load_introduced"]

_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_TERM_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM", "X", "VERB"})
_HEAD_POS = frozenset({"NOUN", "PROPN"})
# a capitalised term of these kinds is someone's or something's name, whose *so-called* doubts its standing
_STANDING_ENTS = frozenset({"PERSON", "NORP", "GPE", "ORG", "LOC"})


@dataclass(frozen=True, slots=True)
class Introduced:
    """The ``[introduced]`` table: the markers that introduce a term and the heads that keep their doubt."""

    markers: tuple[tuple[str, ...], ...]
    keep_heads: frozenset[str]


@lru_cache(maxsize=4)
def load_introduced(language: str = "en") -> Introduced | None:
    """The ``[introduced]`` table of ``lexicons/plain_<language>.toml``, or ``None`` without one."""
    data = read_rules("plain", language)
    if data is None or "introduced" not in data:
        return None
    table = data["introduced"]
    markers = tuple(tuple(_normalise(w) for w in str(m).split()) for m in table.get("markers", ()))
    return Introduced(markers=markers, keep_heads=optional_words(table, "keep_heads"))


def _attached(left: Token, right: Token) -> bool:
    return not left.whitespace_ and right.i == left.i + 1


def _term(tokens: list[Token], start: int, end: int) -> list[Token]:
    """The noun phrase after the marker, read left to right up to its head noun (quotation marks and
    hyphens joined without spaces belong to it): *growth - related functions*, *Quiet Mode*."""
    term: list[Token] = []
    i = start
    while i < end:
        token = tokens[i]
        nxt = tokens[i + 1] if i + 1 < end else None
        if token.is_quote or (token.text in _HYPHENS and term and _attached(term[-1], token)):
            term.append(token)
            i += 1
            continue
        joined = nxt is not None and nxt.text in _HYPHENS and _attached(token, nxt)
        # inside a compound glued by hyphens any word counts (*buy-now-pay-later*: an adverb in it)
        glued = bool(term) and term[-1].text in _HYPHENS and _attached(term[-1], token)
        if token.pos_ not in _TERM_POS and not (glued or joined):
            break
        term.append(token)
        if token.pos_ in _HEAD_POS and not joined and (nxt is None or nxt.pos_ not in _HEAD_POS):
            break
        i += 1
    return term


def _coined(term: list[Token]) -> bool:
    return any(t.text in _HYPHENS and 0 < k < len(term) - 1 and _attached(term[k - 1], t) and _attached(t, term[k + 1])
               for k, t in enumerate(term))


def _capitalised(term: list[Token]) -> bool:
    words = [t for t in term if t.is_alpha]
    # a capital anywhere (*Quiet Mode*, *iPhone*, *NATO*): any word that is not all lower case
    return bool(words) and any(not t.is_lower for t in words) and not any(t.ent_type_ in _STANDING_ENTS for t in words)


def _introduces(tokens: list[Token], start: int, sent: Span, table: Introduced) -> bool:
    term = _term(tokens, start, sent.end)
    heads = [t for t in term if t.pos_ in _HEAD_POS]
    if not heads or token_keys(heads[-1]) & table.keep_heads:
        return False
    return _coined(term) or _capitalised(term)


def introduced_tokens(doc: Doc, language: str = "en") -> frozenset[int]:
    """Indices of the marker tokens (*so - called*) that introduce a coined or capitalised term: the
    writer names a term there, and doubts nothing."""
    table = load_introduced(language)
    if table is None:
        return frozenset()
    shared = doc_tokens(doc)
    tokens = shared.tokens
    out: set[int] = set()
    for sent in shared.sents:
        for i in range(sent.start, sent.end):
            for marker in table.markers:
                end = i + len(marker)
                if end <= sent.end and all(_normalise(tokens[i + k].text) == w for k, w in enumerate(marker)) \
                        and _introduces(tokens, end, sent, table):
                    out.update(range(i, end))
    return frozenset(out)
