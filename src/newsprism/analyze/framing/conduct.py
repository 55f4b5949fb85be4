"""The writer's verdicts on conduct, in verbs and compound adjectives (issue #6).

A news writer judges what people do with verbs more often than with adjectives: *the senator
lambasted the board*, *the governor slammed his rival*, *Trump assailed the witness as a partisan*,
*the ministry dithered*, *Beijing is balking at the demands*, *Brexit-weary voters*. VADER rates
almost none of these words, and several are literal elsewhere (*slammed the door*, *the Lakers
hammered the Thunder 120-90*, *the engine balked*, *a weary traveller*), so each rule reads the parse
for who does it to whom; the word lists are data (``lexicons/conduct_<lang>.toml``):

- a **verb of verbal attack** (*lambaste*, *excoriate*, *berate*, *assail*): it only ever names criticism,
  so the writer who chooses it over *criticised* characterises the criticism, wherever it stands;
- a **blow said of a person**: a verb of a physical blow (*slam*, *blast*, *hammer*, *torch*, *rip into*)
  whose subject is a person or body and whose object is a person or body, or which has an *as* verdict
  (*slammed the hearings as a disgrace*), in a sentence with no word of sport, a literal blow or a machine
  (:mod:`.figurative` reads the same verbs said of an abstract thing);
- a **verb of conduct** (*dither*, *balk*, *flip-flop*, *pander*, *cave in*) whose subject is a person, a body
  or a state; the stalling verbs (*stall*, *drag out*) only with an abstract object (*stalled the talks*);
- a **degree word on a harm to a civic value** (*autonomy has been dramatically eroded*, *drastically
  curtailed press freedom*): the writer weighs the harm; harm to homes, rates or the economy is news's plain measure;
- a **compound of a state of mind** (*Brexit-weary*, *power-hungry*, *trigger-happy*) said of people, a body
  or an abstract thing;
- a **suit told as a haul** (*dragged the police chief to court*, *hauled the firm into court*): the place must
  be a court.

None of them counts under a verb of report or accusation (*said the minister had dithered* is the
speaker's charge, reported): the judgement module's list of such verbs decides. All are Loaded Language
with the judging words as evidence; the stage decides the voice, so inside a quotation they are the
speaker's. Rules yield :mod:`.patterns`' :data:`RawHit` tuples, like :mod:`.judgement`'s.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache, partial

from spacy.tokens import Doc, Token

from newsprism.analyze.framing.figurative import Figures, is_abstract, literal_sentence, load_figures, named
from newsprism.analyze.framing.judgement import Judgement, load_judgement
from newsprism.analyze.framing.lexicon import (
    PhraseHit,
    PhraseTable,
    phrase_table,
    read_rules,
    rule_settings,
    token_keys,
    word_set,
)
from newsprism.analyze.framing.patterns import LOADED, RawHit
from newsprism.analyze.framing.tokens import doc_tokens

__all__ = ["Conduct", "conduct_hits", "load_conduct"]

_SUBJECTS = ("nsubj",)
_OBJECTS = ("dobj", "nsubjpass")
# Names of these types are people, bodies or states a verdict on conduct may be about.
_AGENT_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE"})
# A Title-case word in these entities is a name: *Slam Dunk* the film, *Blast* the magazine.
_NAME_ENTS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "LAW", "ORG", "PERSON"})


@dataclass(frozen=True, slots=True)
class Conduct:
    """One language's conduct data, compiled."""

    settings: dict[str, float]
    attack: PhraseTable
    blows: PhraseTable
    verdict_preps: frozenset[str]
    literal: frozenset[str]
    conduct: PhraseTable
    stalling: frozenset[str]
    pronouns: frozenset[str]
    people: frozenset[str]
    compounds: PhraseTable
    degree: frozenset[str]
    harms: PhraseTable
    values: frozenset[str]
    haulers: PhraseTable
    court_preps: frozenset[str]
    courts: frozenset[str]


@lru_cache(maxsize=4)
def load_conduct(language: str = "en") -> Conduct | None:
    """Compile ``lexicons/conduct_<language>.toml`` once; ``None`` for a language without one."""
    data = read_rules("conduct", language)
    if data is None:
        return None

    words = partial(word_set, data)

    return Conduct(
        settings=rule_settings(data),
        attack=phrase_table(data["attack"]["verbs"], "attack"),
        blows=phrase_table(data["attack"]["blows"], "blow"),
        verdict_preps=words("attack", "verdict_preps"),
        literal=words("attack", "literal_cues"),
        conduct=phrase_table(data["conduct"]["verbs"], "conduct"),
        stalling=frozenset(" ".join(w.split()) for w in data["conduct"]["stalling"]),
        pronouns=words("conduct", "pronouns"),
        people=words("conduct", "people"),
        compounds=phrase_table(data["compounds"]["phrases"], "compound"),
        degree=words("harm", "degree"),
        harms=phrase_table(data["harm"]["verbs"], "harm"),
        values=words("harm", "values"),
        haulers=phrase_table(data["court"]["verbs"], "court"),
        court_preps=words("court", "preps"),
        courts=words("court", "places"),
    )


@dataclass(frozen=True, slots=True)
class _Rules:
    """The data every rule reads: this module's, and the person, body and report lists it shares."""

    conduct: Conduct
    judgement: Judgement
    figures: Figures
    people: frozenset[str]

    def agent(self, token: Token) -> bool:
        """A person, a body or a state: a name of those types, a pronoun of people, a noun of either."""
        if token.ent_type_ in _AGENT_ENTS and not token.is_lower:
            return True
        if token.pos_ == "PRON":
            return token.lower_ in self.conduct.pronouns
        keys = token_keys(token)
        if keys & self.judgement.literal:  # animals (a pack of dogs) are never the people a rule asks for
            return False
        return token.pos_ in ("NOUN", "PROPN") and bool(
            keys & (self.people | self.conduct.people | self.judgement.people | self.judgement.bodies))

    def reported(self, token: Token) -> bool:
        """A verb of report or accusation above the word: the judgement is the speaker's, reported."""
        return any(a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in self.judgement.reported_by
                   for a in token.ancestors)


def _verb(doc: Doc, start: int, end: int) -> Token | None:
    """The verb a listed phrase is rooted in (*tear into*: *tear*; *flip-flopped*: *flopped*), or ``None``."""
    span = doc[start:end]
    verb = span.root if span.root.pos_ == "VERB" else doc[start]
    return verb if verb.pos_ == "VERB" and not named(list(span), _NAME_ENTS) else None


def _args(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    """The verb's arguments of ``deps``; a conjoined verb shares its first conjunct's subject
    (*met the envoy and then lambasted him*), a prepositional verb's object is its pobj (*lashed out at X*)."""
    found = [c for c in verb.children if c.dep_ in deps]
    if not found and "nsubj" in deps and verb.dep_ == "conj":
        found = [c for c in verb.head.children if c.dep_ in deps]
    return found


def _objects(verb: Token, end: int) -> list[Token]:
    objects = _args(verb, _OBJECTS)
    # "lashed out at the critics", "tore into the plan": the last word of the phrase is its preposition
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i == end - 1):
        objects += [c for c in prep.children if c.dep_ == "pobj"]
    return objects


def _attack_hits(doc: Doc, rules: _Rules) -> Iterator[RawHit]:
    conduct = rules.conduct
    for phrase in conduct.attack.find(doc, doc_tokens(doc).keys):
        verb = _verb(doc, phrase.start, phrase.end)
        if verb is not None and not rules.reported(verb):
            yield LOADED, phrase.start, phrase.end, conduct.settings["verbal_attack"], None, ()


def _blow_hits(doc: Doc, rules: _Rules) -> Iterator[RawHit]:
    conduct, shared = rules.conduct, doc_tokens(doc)
    for phrase in conduct.blows.find(doc, shared.keys):
        verb = _verb(doc, phrase.start, phrase.end)
        if verb is None or rules.reported(verb):
            continue
        subjects = _args(verb, _SUBJECTS)
        if not any(rules.agent(s) for s in subjects):
            continue  # "the storm battered the coast", "the rocket blasted off"
        objects = _objects(verb, phrase.end)
        verdict = any(c.dep_ == "prep" and c.lower_ in conduct.verdict_preps for c in verb.children)
        target = next((o for o in objects if rules.agent(o)), None)
        if target is None and not (verdict and objects):
            continue
        sentence = shared.of(shared.sent_of(verb.i))
        cues = conduct.literal | rules.figures.literal
        # a score ("112-90", "3-1") is sport, whatever the words around it
        if literal_sentence(sentence, cues, range(phrase.start, phrase.end)) or any(
                t.like_num and "-" in t.text for t in sentence):
            continue
        yield LOADED, phrase.start, phrase.end, conduct.settings["blow_on_person"], None, ()


def _writer_verbs(doc: Doc, table: PhraseTable, rules: _Rules) -> Iterator[tuple[PhraseHit, Token]]:
    """Each phrase of ``table`` with the verb it is, where that verb is the writer's (not inside a report)."""
    for phrase in table.find(doc, doc_tokens(doc).keys):
        verb = _verb(doc, phrase.start, phrase.end)
        if verb is not None and not rules.reported(verb):
            yield phrase, verb


def _conduct_hits(doc: Doc, rules: _Rules) -> Iterator[RawHit]:
    conduct = rules.conduct
    for phrase, verb in _writer_verbs(doc, conduct.conduct, rules):
        if phrase.phrase in conduct.stalling:
            if not any(is_abstract(o, rules.figures) for o in _objects(verb, phrase.end)):
                continue  # "the car stalled", "dragged out the body"
        elif not any(rules.agent(s) for s in _args(verb, _SUBJECTS)):
            continue  # "the engine balked", "the roof caved in"
        yield LOADED, phrase.start, phrase.end, conduct.settings["conduct_verb"], None, ()


def _compound_hits(doc: Doc, rules: _Rules) -> Iterator[RawHit]:
    conduct = rules.conduct
    toks = doc_tokens(doc).tokens
    for phrase in conduct.compounds.find(doc, doc_tokens(doc).keys):
        start = phrase.start
        if toks[start].text == "-":  # "Brexit-weary": the first part is the word written before the hyphen
            if start == 0 or not toks[start - 1].is_alpha or toks[start - 1].whitespace_:
                continue
            start -= 1
        if named(toks[start : phrase.end], _NAME_ENTS):
            continue
        last = toks[phrase.end - 1]
        # the compound's head: the noun it modifies, or the subject it is predicated of
        holder = last.head if not start <= last.head.i < phrase.end else None
        if holder is not None and holder.pos_ in ("AUX", "VERB"):
            holder = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if holder is None or not (rules.agent(holder) or is_abstract(holder, rules.figures)):
            continue
        if not rules.reported(last):
            yield LOADED, start, phrase.end, conduct.settings["weary_compound"], None, ()


def _harm_hits(doc: Doc, rules: _Rules) -> Iterator[RawHit]:
    conduct = rules.conduct
    for phrase, verb in _writer_verbs(doc, conduct.harms, rules):
        degree = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in conduct.degree), None)
        # the value harmed, or the value a compound or "of" names ("press freedom", "freedom of the press")
        harmed = [w for a in _args(verb, _OBJECTS + _SUBJECTS) for w in a.subtree if w.i <= a.i + 3]
        if degree is not None and any(token_keys(w) & conduct.values for w in harmed):
            start, end = min(degree.i, phrase.start), max(degree.i + 1, phrase.end)
            yield LOADED, start, end, conduct.settings["degree_harm"], None, ()


def _court_hits(doc: Doc, rules: _Rules) -> Iterator[RawHit]:
    """*have dragged the police chief to court*: a suit told as a haul; the place must be a court (*dragged
    the body to the river* is literal)."""
    conduct = rules.conduct
    for phrase, verb in _writer_verbs(doc, conduct.haulers, rules):
        if any(p.dep_ == "prep" and p.lower_ in conduct.court_preps
               and any(o.dep_ == "pobj" and token_keys(o) & conduct.courts for o in p.children)
               for p in verb.children):
            yield LOADED, phrase.start, phrase.end, conduct.settings["court_haul"], None, ()


def conduct_hits(doc: Doc, people: frozenset[str] = frozenset(), language: str | None = None) -> Iterator[RawHit]:
    """Every conduct hit in the Doc (``people``: the framing lexicon's person nouns); none for a
    language without data."""
    lang = language or doc.lang_ or "en"
    conduct, judgement, figures = load_conduct(lang), load_judgement(lang), load_figures(lang)
    if conduct is None or judgement is None or figures is None:
        return
    rules = _Rules(conduct, judgement, figures, people)
    yield from _attack_hits(doc, rules)
    yield from _blow_hits(doc, rules)
    yield from _conduct_hits(doc, rules)
    yield from _compound_hits(doc, rules)
    yield from _harm_hits(doc, rules)
    yield from _court_hits(doc, rules)
