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

Two constructions of the F15 round (batch 12 in-sample): a figurative verb of description said of a thing (*clouds
spew hydrocarbons*, *the only object boasting stable liquids*; the class's ``thing_subject``: its subject is no
person, people noun, named body or class ``agents`` word, and its object none of ``keep_objects``), and an adverb
giving the direction of an effect (*positively impacted the earnings*; the class's ``heads``). A negated verdict
(*isn't terrible*, *not a terrible choice*; the ``[negated]`` table, :func:`negated_tokens`) is plain too: the
writer denies the judgement the word carries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache, partial

from spacy.tokens import Doc, Token

from newsprism.analyze.framing.lexicon import optional_words, read_rules, token_keys
from newsprism.analyze.framing.terms import introduced_tokens
from newsprism.analyze.framing.tokens import doc_tokens

__all__ = [
    "Charges", "PlainClass", "charged_tokens", "load_charges", "load_negation", "load_plain", "negated_tokens",
    "plain_tokens",
]

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
    #: verbs an adverb of the class modifies (*positively impacted*: the direction of an effect, no praise)
    heads: frozenset[str] = frozenset()
    #: a verb of the class said of a thing, not of people (*clouds spew gas*, *a moon boasting lakes*)
    thing_subject: bool = False
    #: nouns that act as people do (*the company*, *the network*): such a subject keeps the verb's reading
    agents: frozenset[str] = frozenset()
    #: objects that keep the verb's reading whatever its subject (*spewed hatred*, *boasts lies*)
    keep_objects: frozenset[str] = frozenset()


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
                            hedge_preps=words(row, "hedge_preps"), heads=words(row, "heads"),
                            thing_subject=bool(row.get("thing_subject", False)), agents=words(row, "agents"),
                            keep_objects=words(row, "keep_objects"))
                 for row in data["class"])


@lru_cache(maxsize=4)
def load_negation(language: str = "en") -> tuple[frozenset[str], frozenset[str]]:
    """The ``[negated]`` table of ``lexicons/plain_<language>.toml``: the negation words, and the words
    after one that make it additive (*not only*, *not just*: the verdict still stands)."""
    data = read_rules("plain", language)
    table = (data or {}).get("negated", {})
    return optional_words(table, "words"), optional_words(table, "additive")


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


def _modifies(word: Token, heads: frozenset[str]) -> bool:
    """*positively impacted the earnings*: an adverb on a verb of effect gives the effect's direction."""
    return word.dep_ == "advmod" and bool(token_keys(word.head) & heads)


# Entity types of people and of bodies that act as people do: a verb said of them keeps its reading.
_AGENT_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE"})
_RELATIVE = frozenset({"which", "that", "who", "whom"})
_COMPARATIVE = frozenset({"more", "less", "most", "least"})


def _subjects(verb: Token) -> list[Token]:
    """What a verb is said of: its subject (through a relative pronoun to the noun the clause hangs on),
    or, for a participle on a noun (*an object boasting lakes*), that noun."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if not subjects and verb.dep_ in ("acl", "relcl"):
        head = verb.head
        if head.pos_ in ("NOUN", "PROPN"):
            return [head]
        if head.dep_ == "attr":  # "the estate is the only one boasting a mill": what the copula's "one" stands for
            return [c for c in head.head.children if c.dep_ in _SUBJECT_DEPS]
        return []
    return [verb.head if s.lower_ in _RELATIVE and verb.dep_ == "relcl" else s for s in subjects]


def _said_of_thing(verb: Token, cls: PlainClass, people: frozenset[str]) -> bool:
    """A verb of description said of a thing (*clouds spew hydrocarbons*, *the only object boasting stable
    liquids*): no person's conduct is judged. A person, a people noun, a body named (an organisation, a
    state) or one of the class's ``agents`` as its subject, or one of its ``keep_objects`` as its object
    (*spewed hatred*), keeps the reading; so does a verb with no subject to read."""
    if any(c.dep_ == "dobj" and token_keys(c) & cls.keep_objects for c in verb.children):
        return False
    subjects = _subjects(verb)
    return bool(subjects) and all(
        s.pos_ in ("NOUN", "PROPN") and s.ent_type_ not in _AGENT_ENTS
        and not token_keys(s) & (people | cls.agents) for s in subjects)


def negated_tokens(doc: Doc, language: str = "en") -> frozenset[int]:
    """Adjectives of a negated verdict (*isn't terrible*, *not bad*, *it's not a bad alternative*): the
    writer denies the judgement the word carries, so the word is no loaded language of theirs. The
    additive *not only*, *not just* keeps it (*not just bad but dangerous*)."""
    negations, additive = load_negation(language)
    if not negations:
        return frozenset()

    def negated(head: Token) -> bool:
        return any(c.dep_ == "neg" and c.lower_ in negations
                   and not (c.i + 1 < len(doc) and doc[c.i + 1].lower_ in additive) for c in head.children)

    out: set[int] = set()
    for token in doc_tokens(doc).tokens:
        # a comparison is no verdict denied: *poorer, not richer*, *is not more hate* (a tagger's ADJ) contrast
        if token.pos_ != "ADJ" or token.tag_ in ("JJR", "JJS") \
                or any(c.dep_ == "advmod" and c.lower_ in _COMPARATIVE for c in token.children):
            continue
        if negated(token) or (token.dep_ in _PREDICATE_DEPS and negated(token.head)) \
                or (token.dep_ == "amod" and token.head.dep_ == "attr" and negated(token.head.head)):
            out.add(token.i)
    return frozenset(out)


def _plain(token: Token, classes: Iterable[PlainClass], sentence: list[Token],
           people: frozenset[str] = frozenset()) -> bool:
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
        if cls.heads and _modifies(token, cls.heads):
            return True
        if cls.thing_subject and _said_of_thing(token, cls, people):
            return True
        if cls.domain and any(t.i != token.i and token_keys(t) & cls.domain for t in sentence):
            return True
    return False


def plain_tokens(doc: Doc, language: str = "en", people: frozenset[str] = frozenset()) -> frozenset[int]:
    """Indices of the Doc's tokens whose loaded word is used in a plain sense (a measure, a hazard, sport,
    a thing described, a verdict denied). ``people``: nouns of people (a verb said of them is conduct)."""
    classes = load_plain(language)
    if not classes:
        return frozenset()
    words = frozenset().union(*(c.words for c in classes))
    shared = doc_tokens(doc)
    out: set[int] = set(charged_tokens(doc, language)) | introduced_tokens(doc, language) \
        | negated_tokens(doc, language)
    for sent in shared.sents:
        tokens = shared.of(sent)
        for token in tokens:
            if token_keys(token) & words and _plain(token, classes, tokens, people):
                out.add(token.i)
    return frozenset(out)
