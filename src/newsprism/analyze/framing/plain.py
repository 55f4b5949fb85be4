"""Plain senses of loaded words: a measure, a hazard, a term of sport (issue #6, F10).

News uses many words VADER and the framing lexicon rate as loaded in a plain sense that names a
measure, not a judgement: *catastrophic fires* (a hazard's size), *the worst drought on record* and
*the worst week since 2008* (a rank in a measured series), *unprecedented resolution* (a quantity
measured), an *offensive rebound* or a *killer serve* (sport's names for play), *plague victims* (a
disease's). The same words on another noun judge: *a catastrophic mistake*, *the worst decision*,
*an offensive remark*, *an unprecedented power grab*. So the reading comes from the construction --
the noun the word modifies or is said of, a number or a record in that noun's phrase, a domain the
sentence names with another word -- and the words and nouns of each class are data per language
(``lexicons/plain_<lang>.toml``), never one page's words.

:func:`plain_tokens` returns the token indices of a Doc whose loaded word is plain there; the
detector drops a hit whose every evidence token is one of them (a phrase with a second, loaded word
keeps its reading).

A charge the writer reports is read the same way (:func:`charged_tokens`, the ``[charge]`` table): in
*charged with assaults on officers*, *pleaded guilty to ...*, *counts of ...* or *over alleged assaults on its
men and destruction of its property* the charge's words are the court's or the prosecution's, so every word of
the charge's phrase is plain; the same words outside a charge keep their reading. So is *so-called* before a
coined or capitalised term it introduces (:mod:`.terms`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache, partial

from spacy.tokens import Doc, Token

from newsprism.analyze.framing.lexicon import optional_words, read_rules, token_keys
from newsprism.analyze.framing.terms import introduced_tokens
from newsprism.analyze.framing.tokens import doc_tokens

__all__ = ["Charges", "PlainClass", "charged_tokens", "load_charges", "load_plain", "plain_tokens"]

# dependency labels that make a word a modifier of the noun above it
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "advmod"})
# ... and that make it a predicate of its clause's subject (*the fire was catastrophic*)
_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# a record word beside a measure (*on record*, *a record high*) counts as a number
_RECORD = frozenset({"record", "records", "%", "percent", "per cent"})


@dataclass(frozen=True, slots=True)
class PlainClass:
    """One class of plain senses: the words it clears and the constructions that clear them."""

    name: str
    words: frozenset[str]
    nouns: frozenset[str]
    #: ``None``: no number rule; else the prepositions of a record or date phrase (*on record*, *since 2008*)
    number_preps: frozenset[str] | None
    domain: frozenset[str]
    #: prepositions of a phrase naming who takes the word's feeling (*offensive to some audiences*)
    audience_preps: frozenset[str]
    #: a verb's plain objects (*claimed victory*, *claimed responsibility*: taken or declared, no report doubted)
    objects: frozenset[str]
    #: prepositions of a charge the word's verb completes (*arrested for allegedly stealing*: the legal hedge)
    charge_preps: frozenset[str]
    #: prepositions of a hedge the word is the object of (*promising at worst*)
    hedge_preps: frozenset[str]


@dataclass(frozen=True, slots=True)
class Charges:
    """The constructions by which a writer reports a charge (``[charge]`` of the plain data): the words of
    the charge are the court's or the prosecution's, not the writer's (*charged with assault*)."""

    #: verbs whose prepositional object names the charge (*charged with*, *pleaded guilty to*)
    verbs: frozenset[str]
    verb_preps: frozenset[str]
    #: ... of these, only without a subject of their own (*was accused of*; *critics accused X of* is a report)
    passive_only: frozenset[str]
    #: nouns of a charge (*counts of*, *charges of*) and their prepositions
    nouns: frozenset[str]
    noun_preps: frozenset[str]
    #: the law's hedges on the act (*alleged assaults*)
    hedges: frozenset[str]


@lru_cache(maxsize=4)
def load_charges(language: str = "en") -> Charges | None:
    """The ``[charge]`` table of ``lexicons/plain_<language>.toml``, or ``None`` without one."""
    data = read_rules("plain", language)
    if data is None or "charge" not in data:
        return None
    words = partial(optional_words, data["charge"])
    return Charges(verbs=words("verbs"), verb_preps=words("verb_preps"), passive_only=words("passive_only"),
                   nouns=words("nouns"), noun_preps=words("noun_preps"), hedges=words("hedges"))


def _charge_objects(token: Token, charges: Charges) -> list[Token]:
    """The words a charge construction headed by ``token`` names as the charge: the object of its
    preposition (*charged with [assault]*, *counts of [fraud]*, *pleaded guilty to [threatening ...]*), or,
    for a hedge, the noun it hedges (*alleged [assaults on its men]*)."""
    if token.dep_ == "amod" and token_keys(token) & charges.hedges:
        return [token.head] if token.head.pos_ in ("NOUN", "PROPN") else []
    keys = token_keys(token) | {token.lemma_.lower()}
    if token.pos_ in ("VERB", "AUX", "ADJ") and keys & charges.verbs:
        if keys & charges.passive_only and any(c.dep_ == "nsubj" for c in token.children):
            return []  # "critics accused the utility of overkill": a report, the voice map's to read
        preps = charges.verb_preps
    elif token.pos_ == "NOUN" and keys & charges.nouns:
        preps = charges.noun_preps
    else:
        return []
    # "pleaded guilty to": the preposition may hang under the verb or under its complement *guilty*
    heads = [token, *(c for c in token.children if c.dep_ in ("acomp", "oprd", "advmod"))]
    return [o for h in heads for p in h.children if p.dep_ in ("prep", "agent") and p.lower_ in preps
            for o in p.children if o.dep_ in ("pobj", "pcomp")]


def charged_tokens(doc: Doc, language: str = "en") -> frozenset[int]:
    """Indices of the tokens inside a charge the writer reports (the charge's whole phrase): its loaded
    words (*assaults on*, *destruction of*) are the court's or the prosecution's, not the writer's."""
    charges = load_charges(language)
    if charges is None:
        return frozenset()
    out: set[int] = set()
    for token in doc_tokens(doc).tokens:
        for obj in _charge_objects(token, charges):
            out.update(t.i for t in obj.subtree if t.i != token.i)  # the hedge itself keeps its own reading
    return frozenset(out)


@lru_cache(maxsize=4)
def load_plain(language: str = "en") -> tuple[PlainClass, ...]:
    """Compile ``lexicons/plain_<language>.toml`` once; no classes for a language without one."""
    data = read_rules("plain", language)
    if data is None:
        return ()
    words = optional_words  # each [[class]] row's lists, any of them optional
    return tuple(PlainClass(name=str(row["name"]), words=words(row, "words"), nouns=words(row, "nouns"),
                            number_preps=words(row, "number_preps") if "number_preps" in row else None,
                            domain=words(row, "domain"), audience_preps=words(row, "audience_preps"),
                            objects=words(row, "objects"), charge_preps=words(row, "charge_preps"),
                            hedge_preps=words(row, "hedge_preps"))
                 for row in data["class"])


def _nouns_of(token: Token) -> list[Token]:
    """The nouns a word is said of: the noun it modifies, its clause's subject when it is the
    predicate, or, for a noun, itself, its compound modifiers and the nouns it is conjoined with."""
    if token.pos_ in ("NOUN", "PROPN"):
        out = [token, *(c for c in token.children if c.dep_ in ("compound", "nmod", "conj"))]
        if token.dep_ == "conj":
            out.append(token.head)
        return out
    if token.dep_ in _MODIFIER_DEPS and token.head.pos_ in ("NOUN", "PROPN"):
        head = token.head
        return [head, *(c for c in head.children if c.dep_ == "conj")]
    if token.dep_ in _PREDICATE_DEPS:
        return [c for c in token.head.children if c.dep_ in _SUBJECT_DEPS]
    return []


def _has_number(noun: Token, word: Token, preps: frozenset[str]) -> bool:
    """A number or a percentage on the noun itself (*an unprecedented 40 percent*), or a prepositional
    phrase of a record or a date (*on record*, *since 2008*); a number further off (*the worst
    decision in 20 years*) is the writer's comparison, not a measure."""
    for child in noun.children:
        if child.i == word.i:
            continue
        if child.dep_ in ("nummod", "quantmod") or child.lower_ in _RECORD:
            return True
        if _record_phrase(child, preps):
            return True
    return False


def _record_phrase(token: Token, preps: frozenset[str]) -> bool:
    """*on record*, *since 2009*: a preposition of the class whose object is a number or a record."""
    return token.dep_ == "prep" and token.lower_ in preps \
        and any(o.like_num or o.lower_ in _RECORD for o in token.children if o.dep_ == "pobj")


def _ranked_clause(word: Token, preps: frozenset[str]) -> bool:
    """A superlative said of no noun whose clause is dated or set against a record: *it was the worst
    their economy had performed since 2009*. Only the word's own phrase and its clause's head are
    read, so a date elsewhere in the sentence does not clear it."""
    return any(_record_phrase(t, preps) for t in word.subtree) \
        or any(_record_phrase(c, preps) for c in word.head.children)


def _audience(word: Token, preps: frozenset[str]) -> bool:
    """*offensive to some audiences*, *insulting to the families*: the feeling is reported as the
    named people's, not judged by the writer."""
    return any(c.dep_ == "prep" and c.lower_ in preps and any(o.dep_ == "pobj" for o in c.children)
               for c in word.children)


def _in_charge(word: Token, preps: frozenset[str]) -> bool:
    """*arrested for allegedly stealing*, *charges of allegedly taking bribes*: a hedge on the act a charge
    names (the verb is the complement of the charge's preposition), not the writer's doubt."""
    verb = word.head
    return verb.dep_ in ("pcomp", "pobj") and verb.head.dep_ == "prep" and verb.head.lower_ in preps


def _hedged(word: Token, preps: frozenset[str]) -> bool:
    """*promising at worst*: the word right after a hedge's preposition, joined to it either way round
    (the parser hangs *at* under *worst* as often as *worst* under *at*)."""
    if word.i == 0:
        return False
    before = word.doc[word.i - 1]
    return before.lower_ in preps and (before.head.i == word.i or word.head.i == before.i)


def _plain(token: Token, classes: Iterable[PlainClass], sentence: list[Token]) -> bool:
    keys = token_keys(token)
    nouns = _nouns_of(token)
    others = [n for n in nouns if n.i != token.i and n.pos_ in ("NOUN", "PROPN")]  # *it was the worst*: no noun
    for cls in classes:
        if not keys & cls.words:
            continue
        if cls.nouns and any(token_keys(n) & cls.nouns for n in others):
            return True
        if cls.number_preps is not None and (any(_has_number(n, token, cls.number_preps) for n in others)
                                             or (not others and _ranked_clause(token, cls.number_preps))):
            return True
        if cls.audience_preps and _audience(token, cls.audience_preps):
            return True
        if cls.objects and any(c.dep_ == "dobj" and token_keys(c) & cls.objects for c in token.children):
            return True
        if cls.charge_preps and _in_charge(token, cls.charge_preps):
            return True
        if cls.hedge_preps and _hedged(token, cls.hedge_preps):
            return True
        if cls.domain and any(t.i != token.i and token_keys(t) & cls.domain for t in sentence):
            return True
    return False


def plain_tokens(doc: Doc, language: str = "en") -> frozenset[int]:
    """Indices of the Doc's tokens whose loaded word is used in a plain sense (a measure, a hazard, sport)."""
    classes = load_plain(language)
    if not classes:
        return frozenset()
    words = frozenset().union(*(c.words for c in classes))
    shared = doc_tokens(doc)
    out: set[int] = set(charged_tokens(doc, language)) | introduced_tokens(doc, language)
    for sent in shared.sents:
        tokens = shared.of(sent)
        for token in tokens:
            if token_keys(token) & words and _plain(token, classes, tokens):
                out.add(token.i)
    return frozenset(out)
