"""PETRARCH-style verb patterns matched against a trigger verb's dependency subtree.

The CAMEO verb dictionary codes a verb by the words around it: *put X under surveillance*
(arrest), *put off talks* (suspend), *accused X of violating sovereignty* (aggression).
``build_lexicon`` keeps every pattern as ordered slots (see there); this module matches them
the way PETRARCH does, on the parse rather than on raw word order:

- the words after the verb are its phrase: particles, objects, prepositional phrases,
  complements and adjuncts to its right, each with its subtree, in text order, without
  relative clauses, reported clauses, coordinated verbs or punctuation (they are other
  events' words);
- the words before it are its subject's and left modifiers' subtrees;
- slots match in order with gaps allowed (articles and adjectives in between), the words
  of one phrase (``{HUMANITARIAN AID}``, ``PRIME_MINISTER``) next to each other;
- a pattern word is a stem unless it ends in ``_`` (PETRARCH's whole-word mark) or is
  three letters or fewer (``ARM`` must not match *army*); a token matches by its lower
  form or its lemma;
- the longest pattern (most words matched; a preposition counts half) wins, then the one
  listed first, as in PETRARCH.

Why by hand: spaCy's ``Matcher`` and ``DependencyMatcher`` match token sequences or fixed
tree shapes, not "these stems in this order, gaps allowed, in this verb's phrase", and
compiling 4,500 patterns into them per verb block would cost more than this loop.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

__all__ = ["Pattern", "Word", "best_pattern", "compile_pattern", "phrase_after", "phrase_before"]

#: Dependents whose subtrees belong to the verb's phrase after it.
_AFTER = frozenset({
    "dobj", "obj", "dative", "prt", "prep", "agent", "attr", "oprd", "acomp", "xcomp", "advmod",
    "npadvmod", "pcomp", "pobj", "compound", "amod", "nmod", "poss", "nummod", "quantmod", "det",
    "case", "neg", "dep", "appos",
})
#: Dependents whose subtrees are another clause: never part of this verb's phrase.
_CUT = frozenset({"relcl", "ccomp", "advcl", "conj", "cc", "parataxis", "acl", "mark", "punct", "nsubj",
                  "nsubjpass", "csubj", "aux", "auxpass", "expl", "intj", "meta"})
_SKIP_POS = frozenset({"PUNCT", "DET", "SPACE"})
#: Prepositions and articles: half a word of evidence each (particles like *up*, *off* count whole).
_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "to", "for", "in", "of", "on", "with", "from", "against", "at", "by", "into", "over", "as",
    "about", "under", "between", "behind", "before", "after", "through", "toward", "towards", "upon", "near",
})
#: Most alternatives one slot may expand to (a phrase with two synsets is a cartesian product).
_MAX_ALTERNATIVES = 400


@dataclass(frozen=True, slots=True)
class Word:
    """One pattern word: a stem, or a whole word when ``exact``."""

    text: str
    exact: bool

    def matches(self, token: Token) -> bool:
        lower, lemma = token.lower_, token.lemma_.lower()
        if self.exact or len(self.text) <= 3:
            return self.text in (lower, lemma)
        return lower.startswith(self.text) or lemma.startswith(self.text)


#: A slot: its alternatives, each a phrase of words matched next to each other.
Slot = tuple[tuple[Word, ...], ...]


@dataclass(frozen=True, slots=True)
class Pattern:
    """A compiled pattern: slots before and after the verb, its reading (``None``: no event)."""

    before: tuple[Slot, ...]
    after: tuple[Slot, ...]
    reading: object  # the lexicon's Cue, or None for a CAMEO statement code
    code: str
    size: float  # words a match covers at least: its specificity
    origin: str = ""  # the verb it was written for ("" for any verb of its block)
    anchors: tuple[frozenset[str], ...] = ()  # per slot, every word it needs: a quick pre-check


def _word(raw: str) -> Word:
    return Word(raw.rstrip("_"), raw.endswith("_"))


def _expand(phrase: str, synsets: Mapping[str, Sequence[str]]) -> list[tuple[Word, ...]]:
    """``&military aid`` -> one word tuple per synset member (``troops aid``, ``army aid``...)."""
    found: list[tuple[Word, ...]] = [()]
    # spaCy splits "sit-in" into sit, -, in (the hyphen is dropped from the phrase as punctuation).
    for raw in phrase.replace("-", " ").split():
        members = synsets.get(raw[1:], []) if raw.startswith("&") else [raw]
        found = [(*f, *(_word(w) for w in m.split())) for f in found for m in members][:_MAX_ALTERNATIVES]
    return found


def _weight(phrase: tuple[Word, ...]) -> float:
    """What a phrase says about the event: a content word 1, a preposition or article 0.5
    (``STAND (BY)`` is weaker evidence than ``STAND (BY ALLY)``)."""
    return sum(0.5 if w.text in _FUNCTION_WORDS else 1.0 for w in phrase)


def compile_pattern(before: Sequence[str], after: Sequence[str], reading: object, code: str,
                    synsets: Mapping[str, Sequence[str]], *, verb_phrase: bool = False, origin: str = "") -> Pattern:
    """From the builder's JSON (a phrase per slot, ``&name`` for a synset) to matchable words.

    ``verb_phrase``: the pattern is a multi-word verb's own words (``RULE_OUT``), which
    PETRARCH reads as a verb of its own, so it beats other patterns of the same length.
    """
    def slots(raw: Sequence[str]) -> tuple[Slot, ...]:
        return tuple(tuple(_expand(phrase, synsets)) for phrase in raw)

    compiled_before, compiled_after = slots(before), slots(after)
    size = sum(min((_weight(p) for p in slot), default=0.0) for slot in (*compiled_before, *compiled_after))
    anchors = tuple(frozenset(w.text for phrase in slot for w in phrase)
                    for slot in (*compiled_before, *compiled_after))
    return Pattern(compiled_before, compiled_after, reading, code, size + (0.25 if verb_phrase else 0.0), origin,
                   anchors)


def _phrase(tokens: list[Token]) -> list[Token]:
    return [t for t in sorted(tokens, key=lambda t: t.i) if t.pos_ not in _SKIP_POS]


def _subtree(token: Token, into: list[Token]) -> None:
    into.append(token)
    for child in token.children:
        if child.dep_ not in _CUT:
            _subtree(child, into)


def _temporal(child: Token) -> bool:
    """*on Tuesday*, *in March*, *last year*: when, not what (``telephoned X on Tuesday`` is no
    *call on*)."""
    if child.ent_type_ in {"DATE", "TIME"}:
        return True
    return child.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"} for o in child.children)


def phrase_after(verb: Token) -> list[Token]:
    """The verb's phrase to its right (see the module docstring), in text order."""
    tokens: list[Token] = []
    for child in verb.rights:
        if child.dep_ in _AFTER and not _temporal(child):
            _subtree(child, tokens)
    return _phrase(tokens)


def phrase_before(verb: Token) -> list[Token]:
    """The verb's active subject and left modifiers, in text order; nothing for a passive verb,
    whose subject is the one acted upon (*protesters were attacked* is no protest)."""
    tokens: list[Token] = []
    if any(c.dep_ in {"nsubjpass", "auxpass", "csubjpass"} for c in verb.children):
        return tokens
    for child in verb.lefts:
        if child.dep_ in {"nsubj", "nsubjpass", "npadvmod", "advmod", "prep"}:
            _subtree(child, tokens)
    return _phrase(tokens)


@dataclass(frozen=True, slots=True)
class _Keys:
    """What one token can be matched by: its whole forms, and every stem (4 letters or more)
    of them. Precomputed once per phrase so a pattern word is a set lookup, not a string scan
    (thousands of patterns per verb block make this the stage's hot loop)."""

    whole: frozenset[str]
    stems: frozenset[str]
    compound: bool

    @classmethod
    def of(cls, token: Token) -> _Keys:
        forms = {token.lower_, token.lemma_.lower()}
        stems = {form[:k] for form in forms for k in range(4, len(form) + 1)}
        return cls(frozenset(forms), frozenset(stems), token.dep_ == "compound")

    def accepts(self, word: Word) -> bool:
        if word.exact or len(word.text) <= 3:
            return word.text in self.whole
        return word.text in self.stems


def _keys(tokens: list[Token]) -> tuple[list[_Keys], frozenset[str]]:
    keys = [_Keys.of(t) for t in tokens]
    return keys, frozenset().union(*(k.whole | k.stems for k in keys)) if keys else frozenset()


def _possible(slots: tuple[Slot, ...], seen: frozenset[str]) -> bool:
    """Cheap pre-check: every slot has a phrase whose words all occur somewhere."""
    return all(any(all(w.text in seen for w in phrase) for phrase in slot) for slot in slots)


def _match(slots: tuple[Slot, ...], keys: list[_Keys]) -> bool:
    """Every slot in order, gaps allowed, each phrase's words adjacent (greedy: the earliest
    place each slot can match leaves the most room for the rest, so greedy is exact)."""
    at = 0
    for slot in slots:
        found = -1
        for start in range(at, len(keys)):
            for phrase in slot:
                end = start + len(phrase)
                # A phrase ends on the head of its noun phrase: *weapons inspectors* is no
                # *weapons* (``compound``), though ``{WEAPONS INSPECTORS}`` is.
                if (end <= len(keys) and not keys[end - 1].compound
                        and all(keys[start + k].accepts(w) for k, w in enumerate(phrase))):
                    found = end
                    break
            if found >= 0:
                break
        if found < 0:
            return False
        at = found
    return True


def best_pattern(patterns: Sequence[Pattern], before: list[Token], after: list[Token]) -> Pattern | None:
    """The most specific pattern that matches (``patterns`` sorted longest first, those written
    for the verb itself before its synonyms' at the same length)."""
    before_keys, before_seen = _keys(before)
    after_keys, after_seen = _keys(after)
    seen = before_seen | after_seen
    for pattern in patterns:
        if any(anchor.isdisjoint(seen) for anchor in pattern.anchors):
            continue
        if not (_possible(pattern.after, after_seen) and _possible(pattern.before, before_seen)):
            continue
        if _match(pattern.after, after_keys) and _match(pattern.before, before_keys):
            return pattern
    return None
