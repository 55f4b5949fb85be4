"""Figurative judgement in the writer's voice: metaphors of violence and fire, similes, idioms (issue #6).

A columnist judges with figures more than with loaded adjectives: *Hong Kong is burning*, *the
authorities pour fuel on the fire*, *he scuttled the talks*, *his laser-like memory*. VADER
rates none of those words, and the same verbs are literal in news (*the fire burned 200 acres*,
*a crowd crush*, *the car was crushed*). What makes them figures is what they are said of, so
each rule reads the parse, and the word lists are data (``lexicons/figurative_<lang>.toml``):

- a verb of violence, fire or destruction whose subject or object is an abstract thing
  (*crushed the protests*, *a dream shattered*, *protests exploding*), unless the sentence
  speaks of a literal fire, blast, crash or crowd; a news writer's verbs of evasion and pursuit
  the same way (*sidestepped tricky questions*, *the question that has dogged the campaign*;
  not *dodged a falling branch*);
- a verb of a blow said of someone *over|on|for* an abstract matter (*hammered the governor on
  his plan*): criticism dressed as a blow;
- a place or polity that *burns* in a sentence without a literal fire (*Hong Kong is burning*);
- a simile with a loaded vehicle (*like a circus*, *acts like a dictator*), and an *X-like* word
  on a noun of conduct or mind (*laser-like memory*; not *flu-like symptoms*);
- idiom frames with slots (*pour fuel on the fire*, *up the ante*, *throw * under the bus*,
  *under fire for*, *in hot water over*), unless the sentence speaks of a literal battle or
  kitchen (*troops under fire for hours*);
- figures of quantity (*a mountain of mistrust*) as Exaggeration, unless beside a literal mass.

All but the figures of quantity are Loaded Language with the figure's words as evidence; the
stage decides the voice, so the same figure inside a quotation is the speaker's. Rules yield
:mod:`.patterns`' :data:`RawHit` tuples, so this module needs nothing from :mod:`.detectors`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache, partial

from spacy.tokens import Doc, Token

from newsprism.analyze.framing.lexicon import PhraseTable, phrase_table, read_rules, rule_settings, token_keys, word_set
from newsprism.analyze.framing.patterns import LOADED, RawHit
from newsprism.analyze.framing.tokens import doc_tokens

EXAGGERATION = "Exaggeration/Minimisation"

__all__ = ["Figures", "figurative_hits", "is_abstract", "literal_sentence", "load_figures", "named"]

_SUBJECTS = {"nsubj", "nsubjpass"}
_OBJECTS = {"dobj", "nsubjpass"}
_ARGS = _SUBJECTS | _OBJECTS
_RELATIVES = {"that", "which", "who", "whom"}
# A Title-case word in these entities is a name: *House of Cards* the series is no idiom.
_TITLE_ENTS = frozenset({"WORK_OF_ART", "ORG", "PRODUCT", "EVENT", "FAC", "LAW"})


@dataclass(frozen=True, slots=True)
class Figures:
    """One language's figurative data, compiled."""

    settings: dict[str, float]
    violent: frozenset[str]
    critic: frozenset[str]
    critic_preps: frozenset[str]
    plain_pairs: frozenset[tuple[str, str]]
    abstract: frozenset[str]
    suffixes: tuple[str, ...]
    place_entities: frozenset[str]
    literal: frozenset[str]
    vehicles: PhraseTable
    qualities: frozenset[str]
    idioms: PhraseTable
    idiom_literal: frozenset[str]
    quantity: PhraseTable


@lru_cache(maxsize=4)
def load_figures(language: str = "en") -> Figures | None:
    """Compile ``lexicons/figurative_<language>.toml`` once; ``None`` for a language without one."""
    data = read_rules("figurative", language)
    if data is None:
        return None

    words = partial(word_set, data)

    return Figures(
        settings=rule_settings(data),
        # the evasion and pursuit verbs are read exactly as the violent ones (their own list, for the reader)
        violent=words("violent_verbs", "verbs") | words("violent_verbs", "judgement_verbs"),
        critic=words("violent_verbs", "critic_verbs"),
        critic_preps=words("violent_verbs", "critic_preps"),
        plain_pairs=frozenset((v, n) for v, _, n in (p.partition(" ") for p in words("violent_verbs", "plain_pairs"))),
        abstract=words("abstract", "nouns"),
        suffixes=tuple(data["abstract"]["suffixes"]),
        place_entities=frozenset(data["abstract"]["place_entities"]),
        literal=words("abstract", "literal_cues"),
        vehicles=phrase_table(data["similes"]["vehicles"], "vehicle"),
        qualities=words("similes", "qualities"),
        idioms=phrase_table(data["idioms"]["phrases"], LOADED),
        idiom_literal=words("idioms", "literal_cues"),
        quantity=phrase_table(data["quantity"]["phrases"], EXAGGERATION),
    )


def is_abstract(token: Token, figures: Figures, *, suffixes: bool = False) -> bool:
    """A common noun for an abstract thing (its lemma or naive singular in the list; ``suffixes``:
    or an abstract-noun ending). :mod:`.judgement` asks the same of what a noun metaphor is said of."""
    if token.pos_ != "NOUN":  # a name (the Reform Party) is no abstract thing
        return False
    if token_keys(token) & figures.abstract:
        return True
    return suffixes and token.lower_.endswith(figures.suffixes)


def literal_sentence(sentence: list[Token], cues: frozenset[str], skip: range) -> bool:
    """A word or lemma of ``cues`` in the sentence, the figure's own tokens (``skip``) aside: the
    sentence speaks of the literal thing (a fire, a blast, a zoo). :mod:`.judgement` asks it too."""
    return any(t.i not in skip and (t.lower_ in cues or t.lemma_.lower() in cues) for t in sentence)


def _literal(sentence: list[Token], figures: Figures, skip: range) -> bool:
    """The sentence speaks of a literal fire, blast, crash or crowd (the figure's own words aside)."""
    return literal_sentence(sentence, figures.literal, skip)


def _arguments(verb: Token) -> list[Token]:
    """The verb's subject and object nouns; a participle or relative clause's noun is its argument
    (*protests exploding*, *the talks that collapsed*)."""
    args = [c for c in verb.children if c.dep_ in _ARGS and c.pos_ != "PRON"]
    relative = any(c.dep_ in _ARGS and c.lower_ in _RELATIVES for c in verb.children)
    own_subject = any(c.dep_ in _SUBJECTS for c in verb.children)
    # "a statement that an inmate had been stabbed": a clause with its own subject and no relative
    # pronoun tells the noun's content; the noun is no argument of its verb
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN") and (relative or not own_subject):
        args.append(verb.head)
    return args


def _violent_hits(doc: Doc, figures: Figures) -> Iterator[RawHit]:
    shared = doc_tokens(doc)
    for sent in shared.sents:
        tokens = shared.of(sent)
        for verb in tokens:
            if verb.pos_ != "VERB":
                continue
            # lemma or naive form: the tagger lemmatises a rare verb as itself ("warps")
            lemma = next(iter(sorted(token_keys(verb) & (figures.violent | figures.critic))), "")
            if lemma in figures.critic:
                for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in figures.critic_preps):
                    matter = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if matter is not None and is_abstract(matter, figures, suffixes=True) \
                            and any(c.dep_ == "dobj" for c in verb.children):
                        yield (LOADED, verb.i, verb.i + 1, figures.settings["violent_critic"], None,
                               ((verb.i, verb.i + 1), (matter.i, matter.i + 1)))
                        break
            if lemma not in figures.violent:
                continue
            args = _arguments(verb)
            hit = next((a for a in args if is_abstract(a, figures, suffixes=lemma in figures.critic)
                        and not {(lemma, k) for k in token_keys(a)} & figures.plain_pairs), None)
            if hit is None and lemma == "burn" and not any(c.dep_ == "dobj" for c in verb.children):
                # "Hong Kong is burning": a place or polity, no object, no literal fire.
                hit = next((a for a in args if a.dep_ == "nsubj" and a.ent_type_ in figures.place_entities), None)
            if hit is None or _literal(tokens, figures, range(verb.i, verb.i + 1)):
                continue
            first = min([hit.i] + [c.i for c in hit.subtree if c.dep_ == "compound"])  # "Hong Kong protests"
            yield (LOADED, verb.i, verb.i + 1, figures.settings["violent_verb"], None,
                   ((verb.i, verb.i + 1), (first, hit.i + 1)))


def _simile_hits(doc: Doc, figures: Figures) -> Iterator[RawHit]:
    shared = doc_tokens(doc)
    toks, keys = shared.tokens, shared.keys
    vehicles = {v.start: v for v in figures.vehicles.find(doc, keys)}
    for tok in toks:
        if tok.lower_ != "like":
            continue
        i = tok.i
        # "laser-like memory": noun, hyphen, like, on a noun of conduct or mind
        if i >= 2 and toks[i - 1].text == "-" and toks[i - 2].pos_ in ("NOUN", "PROPN"):
            head = next((t for t in toks[i + 1 : i + 3] if t.pos_ == "NOUN"), None)
            if head is not None and keys[head.i] & figures.qualities:
                yield LOADED, i - 2, head.i + 1, figures.settings["hyphen_simile"], None, ()
            continue
        if tok.pos_ not in ("ADP", "SCONJ"):
            continue  # "we like the plan": the verb
        j = i + 1
        if j < len(toks) and toks[j].lower_ in ("a", "an", "some"):
            j += 1
        while j < len(toks) and toks[j].pos_ == "ADJ":
            j += 1
        vehicle = vehicles.get(j)
        if vehicle is not None and not named(toks[j:vehicle.end]):
            yield LOADED, i, vehicle.end, figures.settings["like_simile"], None, ()


def named(tokens: list[Token], entities: frozenset[str] = _TITLE_ENTS) -> bool:
    """A Title-case word (not a sentence's first) in an entity of these types: the words are a name
    (*House of Cards* the series, *Circus Circus* the hotel), no figure. :mod:`.judgement` asks it too."""
    return any(t.is_title and not t.is_sent_start and t.ent_type_ in entities for t in tokens)


def _idiom_hits(doc: Doc, figures: Figures) -> Iterator[RawHit]:
    shared = doc_tokens(doc)
    toks, keys = shared.tokens, shared.keys
    seen: set[tuple[int, int]] = set()  # two slot patterns can match one idiom
    for phrase in figures.idioms.find(doc, keys):
        if (phrase.start, phrase.end) in seen or named(toks[phrase.start : phrase.end]):
            continue
        sentence, own = shared.of(shared.sent_of(phrase.start)), range(phrase.start, phrase.end)
        # "a tsunami of water": a figure of quantity is literal beside a literal mass or disaster
        if toks[phrase.end - 1].lower_ == "of" and _literal(sentence, figures, own):
            continue
        if literal_sentence(sentence, figures.idiom_literal, own):  # "troops under fire for hours"
            continue
        seen.add((phrase.start, phrase.end))
        yield LOADED, phrase.start, phrase.end, figures.settings["idiom"], None, ()
    for phrase in figures.quantity.find(doc, keys):
        sentence = shared.of(shared.sent_of(phrase.start))
        if not named(toks[phrase.start : phrase.end]) and not _literal(sentence, figures,
                                                                       range(phrase.start, phrase.end)):
            yield EXAGGERATION, phrase.start, phrase.end, figures.settings["idiom"], None, ()


def figurative_hits(doc: Doc, language: str | None = None) -> Iterator[RawHit]:
    """Every figurative-judgement hit in the Doc (none for a language without data)."""
    figures = load_figures(language or doc.lang_ or "en")
    if figures is None:
        return
    yield from _violent_hits(doc, figures)
    yield from _simile_hits(doc, figures)
    yield from _idiom_hits(doc, figures)
