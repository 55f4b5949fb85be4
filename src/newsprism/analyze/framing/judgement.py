"""Judgement in the writer's own nouns and adjectives: noun metaphors, verdicts, labels of contempt (issue #6).

A columnist judges with nouns as often as with loaded adjectives: *the plan is a house of cards*,
*the ministry is a swamp*, *Beijing's strategy is a failure*, *migrants held in pens*, *a gaggle of
advisers*; and with adjectives of judgement VADER does not rate: *a heavy-handed crackdown*,
*authoritarian aggression*, *super simple*. Every one of those words is literal somewhere (*a pen*,
*a pack of wolves*, *the zoo is a zoo*, *a bloody bandage*), so each rule reads the parse for what
the word is said of; the word lists are data (``lexicons/judgement_<lang>.toml``):

- a **noun metaphor**: a concrete vehicle (*circus*, *swamp*, *house of cards*) as the predicate of a
  copula, an apposition, the object of a verb of change (*descended into*, *reduced to*, *amounted to*),
  or with *of* (*a swamp of corruption*), said of an abstract thing, a person, a body or a place;
- a **verdict** (*failure*, *fiasco*, *scam*) predicated of a policy or a conduct (an abstract noun of
  :mod:`.figurative`'s list): *the strategy is a failure*; *the launch was a failure* is a report;
- **caged people**: an animal's enclosure in a sentence about people and without animals, farms or
  writing (*cells and pens ... those held in them, infant children*), or a verb of handling stock
  with people as its object (*herded the migrants*, *caged children*);
- a **collective noun of contempt** over people: *a horde of lobbyists*, *a pack of liars*;
- a **judgement adjective** on a person-like or abstract noun, as attribute or predicate, unless a
  verb of accusation or report governs it (*accused of excessive force* is the accusation reported);
- a **noun of a vice** (*arrogance*, *incompetence*, *mismanagement*): the writer's verdict on whoever
  shows it (*the arrogance of the elites*), unless a verb of accusation or report governs it;
- an **adverb of judgement** on a verb or adjective (*rightly repelled*, *blankly denied*), unless a
  verb of report governs the verb it modifies;
- a **reduplicated noun** (*round after round*, *scandal after scandal*): Exaggeration;
- an **informal or hyperbolic degree word** on any adjective: *super simple*, *ridiculously cheap*;
- an **adjective of manipulation** on a noun of media or evidence (*a doctored video*, *a misleading edit*,
  *cherry-picked data*), unless it is the content of a report or an accusation (*said the video was
  doctored*); a thing named as a report verb's object (*described the doctored video as satire*) is the
  writer's wording.

All but the reduplication are Loaded Language with the judging words as evidence; the stage decides the voice, so the
same words inside a quotation are the speaker's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache, partial

from spacy.tokens import Doc, Token

from newsprism.analyze.framing.figurative import (
    EXAGGERATION,
    Figures,
    is_abstract,
    literal_sentence,
    load_figures,
    named,
)
from newsprism.analyze.framing.lexicon import (
    PhraseHit,
    PhraseTable,
    _normalise,
    _pattern_words,
    phrase_table,
    read_rules,
    rule_settings,
    token_keys,
    word_set,
)
from newsprism.analyze.framing.patterns import LOADED, RawHit
from newsprism.analyze.framing.tokens import doc_tokens

__all__ = ["Judgement", "judgement_hits", "load_judgement"]

# A Title-case word in these entities is a name: *Circus Circus* the hotel, *Swamp People* the show.
_NAME_ENTS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "LAW", "GPE", "LOC", "NORP"})
# Who or what a vehicle may be said of: a name of these types, beside person-like and abstract nouns.
_FIGURABLE_ENTS = {"PERSON", "NORP", "ORG", "GPE"}
_PEOPLE_ENTS = {"PERSON", "NORP"}


@dataclass(frozen=True, slots=True)
class Judgement:
    """One language's judgement data, compiled."""

    settings: dict[str, float]
    partitive: frozenset[str]
    vehicles: PhraseTable
    change_verbs: frozenset[str]
    bodies: frozenset[str]
    copulas: frozenset[str]
    subject_pronouns: frozenset[str]
    verdicts: frozenset[str]
    enclosures: frozenset[str]
    stock_verbs: frozenset[str]
    people: frozenset[str]
    literal: frozenset[str]
    collective: PhraseTable
    agent_suffixes: tuple[str, ...]
    adjectives: PhraseTable
    conduct: frozenset[str]
    abstract_only: frozenset[str]
    reported_by: frozenset[str]
    vices: frozenset[str]
    adverbs: frozenset[str]
    links: frozenset[str]
    intensifiers: PhraseTable
    manipulation: PhraseTable
    media: frozenset[str]
    content_deps: frozenset[str]
    accusation: frozenset[str]


@lru_cache(maxsize=4)
def load_judgement(language: str = "en") -> Judgement | None:
    """Compile ``lexicons/judgement_<language>.toml`` once; ``None`` for a language without one."""
    data = read_rules("judgement", language)
    if data is None:
        return None

    words = partial(word_set, data)

    return Judgement(
        settings=rule_settings(data),
        partitive=frozenset(_normalise(w) for w in data["partitive"]),
        vehicles=phrase_table(data["metaphor"]["vehicles"], "vehicle"),
        change_verbs=words("metaphor", "change_verbs"),
        bodies=words("metaphor", "bodies"),
        copulas=words("metaphor", "copulas"),
        subject_pronouns=words("metaphor", "subject_pronouns"),
        verdicts=words("verdicts", "nouns"),
        enclosures=words("caged", "enclosures"),
        stock_verbs=words("caged", "verbs"),
        people=words("caged", "people"),
        literal=words("caged", "literal_cues"),
        collective=phrase_table(data["collective"]["nouns"], "collective"),
        agent_suffixes=tuple(data["collective"]["agent_suffixes"]),
        adjectives=phrase_table(data["adjectives"]["words"], "adjective"),
        conduct=words("adjectives", "conduct"),
        abstract_only=frozenset(" ".join(_pattern_words(w)).lower() for w in data["adjectives"]["abstract_only"]),
        reported_by=words("adjectives", "reported_by"),
        vices=words("vices", "nouns"),
        adverbs=words("adverbs", "words"),
        links=words("reduplication", "links"),
        intensifiers=phrase_table(data["intensifiers"]["words"], "intensifier"),
        manipulation=phrase_table(data["manipulation"]["adjectives"], "manipulation"),
        media=words("manipulation", "nouns"),
        content_deps=frozenset(data["manipulation"]["content_deps"]),
        accusation=words("manipulation", "accusation_verbs"),
    )


def _root(toks: list[Token], start: int, end: int) -> Token:
    """The token of ``[start, end)`` whose head lies outside it (the phrase's syntactic head)."""
    return next((t for t in toks[start:end] if not start <= t.head.i < end or t.head.i == t.i), toks[end - 1])


def _people(token: Token, judgement: Judgement, people: frozenset[str]) -> bool:
    """A person or group: a PERSON/NORP name, or a noun for people (either list)."""
    keys = token_keys(token)
    if keys & judgement.literal:  # "a pack of stray dogs", "herded the sheep": animals (even tagged NORP)
        return False
    if token.ent_type_ in _PEOPLE_ENTS and not token.is_lower:
        return True
    return token.pos_ in ("NOUN", "PROPN", "PRON") and bool(keys & (people | judgement.people))


def _figurable(token: Token, figures: Figures, judgement: Judgement, people: frozenset[str]) -> bool:
    """What a noun metaphor may be said of: an abstract thing, a person, a body, a place."""
    if token.lower_ in judgement.subject_pronouns:
        return True
    if token.ent_type_ in _FIGURABLE_ENTS:
        return True
    if token.pos_ == "NOUN" and token_keys(token) & judgement.bodies:
        return True
    return is_abstract(token, figures, suffixes=True) or _people(token, judgement, people)


def _reported(token: Token, judgement: Judgement) -> bool:
    """A verb of accusation or report above the word: the words are the accuser's, reported."""
    return any(a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in judgement.reported_by for a in token.ancestors)


def _said_of(noun: Token, judgement: Judgement) -> Token | None:
    """What a predicate noun is said of: the copula's subject, the appositive's head, or what a verb of
    change turned *into* it."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() in judgement.copulas:
        return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if noun.dep_ == "appos" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head
    if noun.dep_ == "pobj" and f"{head.head.lemma_.lower()} {head.lower_}" in judgement.change_verbs:
        verb = head.head
        return next((c for c in verb.children if c.dep_ == "dobj"), None) or \
            next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _of_abstract(noun: Token, figures: Figures, judgement: Judgement) -> Token | None:
    """*a swamp of corruption*, *a circus of recriminations*: the abstract thing a vehicle's *of* names
    (not a place or a body: *the circus of Moscow* is a circus)."""
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in judgement.partitive), None)
    thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if thing is None or thing.pos_ != "NOUN":
        return None
    abstract = is_abstract(thing, figures) or any(k.endswith(figures.suffixes) for k in token_keys(thing))
    return thing if abstract else None


def _with_modifiers(noun: Token, start: int) -> int:
    """The phrase start widened over the noun's attributes before it (*an obvious and manifest failure*)."""
    mods = [c.i for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") and c.i < start]
    return min([start, *mods])


def _metaphor_hits(doc: Doc, judgement: Judgement, figures: Figures, people: frozenset[str]) -> Iterator[RawHit]:
    shared = doc_tokens(doc)
    toks, keys = shared.tokens, shared.keys
    spans = [(p.start, p.end, "vehicle") for p in judgement.vehicles.find(doc, keys)]
    spans += [(t.i, t.i + 1, "verdict") for t in toks if t.pos_ == "NOUN" and keys[t.i] & judgement.verdicts]
    seen: set[int] = set()
    for start, end, kind in spans:
        noun = _root(toks, start, end)
        if noun.i in seen or noun.pos_ not in ("NOUN", "PROPN") or named(toks[start:end], _NAME_ENTS):
            continue
        about = _said_of(noun, judgement)
        if kind == "verdict":
            # a verdict on a policy or conduct only, in the writer's own assertion
            if about is None or not is_abstract(about, figures) or _reported(noun, judgement):
                continue
        elif (about is None or not _figurable(about, figures, judgement, people)) \
                and _of_abstract(noun, figures, judgement) is None:
            continue
        sentence = shared.of(shared.sent_of(noun.i))
        if literal_sentence(sentence, figures.literal | judgement.literal, range(start, end)):
            continue  # "the site is a war zone after the blast", "it is a zoo with 300 animals"
        seen.add(noun.i)
        setting = "noun_metaphor" if kind == "vehicle" else "judgement_predicate"
        yield LOADED, _with_modifiers(noun, start), end, judgement.settings[setting], None, ()


def _caged_hits(doc: Doc, judgement: Judgement, people: frozenset[str]) -> Iterator[RawHit]:
    shared = doc_tokens(doc)
    keys = shared.keys
    for sent in shared.sents:
        tokens = shared.of(sent)
        # people held somewhere: the inmates' own nouns ("children", "those held"), not any person named
        # ("the Obama administration built the cages" is about who built them)
        about_people = any(keys[t.i] & judgement.people for t in tokens)
        for tok in tokens:
            k = keys[tok.i]
            if tok.pos_ == "NOUN" and k & judgement.enclosures and tok.dep_ != "compound" \
                    and not named([tok], _NAME_ENTS):
                if about_people and not literal_sentence(tokens, judgement.literal, range(tok.i, tok.i + 1)):
                    yield LOADED, tok.i, tok.i + 1, judgement.settings["caged_people"], None, ()
            elif tok.pos_ in ("VERB", "ADJ") and k & judgement.stock_verbs:
                # "herded the migrants", "migrants were corralled", "caged children"
                objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
                if tok.dep_ == "amod":
                    objects.append(tok.head)
                target = next((o for o in objects if _people(o, judgement, people)), None)
                if target is not None:
                    yield (LOADED, tok.i, tok.i + 1, judgement.settings["caged_people"], None,
                           ((tok.i, tok.i + 1), (target.i, target.i + 1)))


def _collective_hits(doc: Doc, judgement: Judgement, people: frozenset[str]) -> Iterator[RawHit]:
    shared = doc_tokens(doc)
    toks, keys = shared.tokens, shared.keys
    for phrase in judgement.collective.find(doc, keys):
        noun = _root(toks, phrase.start, phrase.end)
        if named(toks[phrase.start : phrase.end], _NAME_ENTS):
            continue
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in judgement.partitive), None)
        member = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if member is None:
            continue
        human = _people(member, judgement, people) or (
            member.pos_ == "NOUN" and member.tag_ == "NNS" and member.lower_.endswith(judgement.agent_suffixes))
        if human:
            yield LOADED, phrase.start, member.i + 1, judgement.settings["collective_contempt"], None, ()


def _adjectives_of(doc: Doc, table: PhraseTable) -> Iterator[tuple[PhraseHit, Token]]:
    """Each phrase of ``table`` in ``doc`` whose root is an adjective or participle, with that
    root; a phrase inside a name (*Misleading Tales*, a film) is no judgement of the writer's."""
    shared = doc_tokens(doc)
    toks = shared.tokens
    for phrase in table.find(doc, shared.keys):
        adjective = _root(toks, phrase.start, phrase.end)
        if not named(toks[phrase.start : phrase.end], _NAME_ENTS) and adjective.pos_ in ("ADJ", "VERB"):
            yield phrase, adjective


def _adjective_hits(doc: Doc, judgement: Judgement, figures: Figures, people: frozenset[str]) -> Iterator[RawHit]:
    toks = doc_tokens(doc).tokens
    for phrase, adjective in _adjectives_of(doc, judgement.adjectives):
        if adjective.dep_ in ("amod", "compound"):
            target: Token | None = adjective.head
        elif adjective.dep_ == "acomp":
            target = next((c for c in adjective.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        else:
            target = None
        if target is None or target.i == adjective.i:
            continue
        words = " ".join(t.lower_ for t in toks[phrase.start : phrase.end])
        # the listed nouns only: an abstract-noun ending alone lets in "a more even balance inappropriate for use"
        abstract = is_abstract(target, figures) or (
            target.pos_ == "NOUN" and bool(token_keys(target) & judgement.conduct))
        # a body (*the embattled company*) is judged as its people are
        body = target.pos_ == "NOUN" and bool(token_keys(target) & judgement.bodies)
        if not (abstract or (words not in judgement.abstract_only and (body or _people(target, judgement, people)))):
            continue
        if _reported(adjective, judgement):
            continue
        yield LOADED, phrase.start, phrase.end, judgement.settings["judgement_adjective"], None, ()


def _vice_hits(doc: Doc, judgement: Judgement) -> Iterator[RawHit]:
    shared = doc_tokens(doc)
    toks, keys = shared.tokens, shared.keys
    for tok in toks:
        if tok.pos_ == "NOUN" and keys[tok.i] & judgement.vices and not named([tok], _NAME_ENTS) \
                and not _reported(tok, judgement):
            yield LOADED, tok.i, tok.i + 1, judgement.settings["vice_noun"], None, ()


def _adverb_hits(doc: Doc, judgement: Judgement) -> Iterator[RawHit]:
    shared = doc_tokens(doc)
    toks, keys = shared.tokens, shared.keys
    for tok in toks:
        if tok.pos_ != "ADV" or tok.dep_ != "advmod" or not keys[tok.i] & judgement.adverbs or named([tok], _NAME_ENTS):
            continue
        # on the reporting verb itself ("angrily denied") the adverb is the writer's; under one, the speaker's
        if tok.head.pos_ in ("VERB", "AUX", "ADJ") and not _reported(tok.head, judgement):
            yield LOADED, tok.i, tok.i + 1, judgement.settings["judgement_adverb"], None, ()


def _reduplication_hits(doc: Doc, judgement: Judgement) -> Iterator[RawHit]:
    toks = doc_tokens(doc).tokens
    for link in toks[1:-1]:
        if link.lower_ not in judgement.links:
            continue
        before, after = toks[link.i - 1], toks[link.i + 1]
        # the first copy is often mis-tagged ("fired round after round": an adverb); the second is the noun
        if after.pos_ == "NOUN" and after.tag_ == "NN" and before.lower_ == after.lower_ and before.is_alpha:
            yield EXAGGERATION, before.i, after.i + 1, judgement.settings["reduplication"], None, ()


def _intensifier_hits(doc: Doc, judgement: Judgement) -> Iterator[RawHit]:
    shared = doc_tokens(doc)
    toks, keys = shared.tokens, shared.keys
    for phrase in judgement.intensifiers.find(doc, keys):
        if phrase.end >= len(toks) or not toks[phrase.start].is_lower:
            continue  # "Super Bowl", "Super Tuesday": a name
        word, nxt = _root(toks, phrase.start, phrase.end), toks[phrase.end]
        if nxt.pos_ == "ADJ" and (word.head.i == nxt.i or word.dep_ in ("advmod", "amod")):
            yield LOADED, phrase.start, phrase.end + 1, judgement.settings["informal_intensifier"], None, ()


def _reported_content(token: Token, judgement: Judgement) -> bool:
    """The word is inside what a verb of report or accusation reports: on the way up to that verb the
    last step is a clause, a predicate or a preposition (*said the video was doctored*, *accused them of a
    misleading advert*), not its subject or object (*described the doctored video as satire*); under a
    verb of accusation, anywhere (the parser hangs *of a misleading advert* on the accused)."""
    child = token
    for head in token.ancestors:
        lemma = head.lemma_.lower()
        if head.pos_ in ("VERB", "AUX") and (lemma in judgement.accusation or (
                lemma in judgement.reported_by and child.dep_ in judgement.content_deps)):
            return True
        child = head
    return False


def _manipulation_hits(doc: Doc, judgement: Judgement) -> Iterator[RawHit]:
    keys = doc_tokens(doc).keys
    for phrase, adjective in _adjectives_of(doc, judgement.manipulation):
        if adjective.dep_ in ("amod", "compound"):
            target: Token | None = adjective.head
        elif adjective.dep_ in ("acomp", "oprd") or (adjective.dep_ == "ROOT" and adjective.tag_ == "VBN"):
            # "the clip was misleading"; "the photo was manipulated" (a passive participle)
            head = adjective.head if adjective.dep_ != "ROOT" else adjective
            target = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        else:
            target = None
        if target is None or target.i == adjective.i or target.pos_ != "NOUN":
            continue
        if keys[target.i] & judgement.media and not _reported_content(adjective, judgement):
            yield LOADED, phrase.start, phrase.end, judgement.settings["manipulated_media"], None, \
                ((phrase.start, phrase.end), (target.i, target.i + 1))


def judgement_hits(doc: Doc, people: frozenset[str] = frozenset(), language: str | None = None) -> Iterator[RawHit]:
    """Every judgement hit in the Doc (``people``: the framing lexicon's person nouns); none for a
    language without data."""
    lang = language or doc.lang_ or "en"
    judgement, figures = load_judgement(lang), load_figures(lang)
    if judgement is None or figures is None:
        return
    yield from _metaphor_hits(doc, judgement, figures, people)
    yield from _caged_hits(doc, judgement, people)
    yield from _collective_hits(doc, judgement, people)
    yield from _adjective_hits(doc, judgement, figures, people)
    yield from _vice_hits(doc, judgement)
    yield from _adverb_hits(doc, judgement)
    yield from _reduplication_hits(doc, judgement)
    yield from _intensifier_hits(doc, judgement)
    yield from _manipulation_hits(doc, judgement)
