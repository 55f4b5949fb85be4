"""Reporting cues (``said``, ``admitted``, ``according to``) and the lexicons behind them.

The lexicons are data (``analyze/lexicons/cues_<lang>.json``, ``speakers_<lang>.json``)
so a new language or a new verb is a data change. Gender word lists come from the
``coreferee`` package's data files (MIT; read as plain files, its model never loads).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from spacy.tokens import Doc, Token

from newsprism.analyze.language import coreferee_words

__all__ = [
    "Cue",
    "CueLexicon",
    "SpeakerLexicon",
    "find_cues",
    "in_message",
    "load_cue_lexicon",
    "load_speaker_lexicon",
    "message_source",
    "noun_cue",
]

Gender = Literal["male", "female"]


@dataclass(frozen=True, slots=True)
class CueVerb:
    lemma: str
    evaluative: bool
    indirect: bool
    naming: bool
    #: ``object``/``subject``: its to-infinitive is the report (*urged X to ...*, *vowed to ...*)
    infinitive: str | None = None
    #: its -ing complement is the report (*suggests saving ...*, *denied taking ...*)
    gerund: bool = False
    #: the preposition its -ing complement may follow (*admitted to taking ...*, *confessed to ...*)
    gerund_after: str | None = None
    #: it performs written words (*sing*, *recite*): its bare quoted object that is no sentence is a title
    performs: bool = False
    #: it names only through *as* (``"naming": "as"``: *introduced X as "..."*, not *introduced the "X Act"*):
    #: with no *as* phrase it is no cue
    naming_as: bool = False
    #: only an agent reports by it (*X has indicated that*): a name, a pronoun or a person word as its
    #: subject, never a thing that shows something (*the readings indicate that*: evidence, no speech)
    agents: bool = False


@dataclass(frozen=True, slots=True)
class CueLexicon:
    verbs: dict[str, CueVerb]
    passive: frozenset[str]
    phrases: tuple[tuple[tuple[str, ...], bool], ...]
    nouns: frozenset[str] = frozenset()
    #: nouns a quote right after names as a term (*the word "We"*, *The tagline? "..."*)
    term_nouns: frozenset[str] = frozenset()
    #: verbs of belief whose that-clause reports a holder's view (reported speech without marks only)
    cognition: frozenset[str] = frozenset()
    #: adverbs that mark a belief as later given up (*initially thought that*): no report
    revised_belief: frozenset[str] = frozenset()
    #: entity labels of a holder whose belief reports without a *that* (*NASA believes the ...*)
    named_holders: frozenset[str] = frozenset()
    #: verbs of research findings whose that-clause reports a finder's result (*the lab showed that*)
    research: frozenset[str] = frozenset()
    #: nouns of one piece of research or testing (*study*, *tests*): their findings are reported for a definite
    #: one (*The study found ...*) and as their agent's (*tests by X reveal that ...*: X)
    finding_nouns: frozenset[str] = frozenset()
    #: verbs whose object, with a past-tense verb after it, is a reported clause (*said 500 people came*)
    object_clause: frozenset[str] = frozenset()
    #: subordinators that open a reported clause (*that*)
    complementizers: frozenset[str] = frozenset()
    #: words that join listed quotes after one cue (*"...," and "..."*)
    coordinators: frozenset[str] = frozenset()
    #: imagined speech (the writer's, no one's quote): generic subjects, generic selves spoken to,
    #: and verbs of imagining a cue may sit under (*you ask yourself*, *Imagine a nurse who says*)
    generic_subjects: frozenset[str] = frozenset()
    generic_reflexives: frozenset[str] = frozenset()
    imagining_verbs: frozenset[str] = frozenset()
    #: verb lemma -> prepositions whose quoted object names a thing, a term (*diagnosed with "X"*)
    term_preps: dict[str, frozenset[str]] = field(default_factory=dict)
    #: nouns naming a work whose title-case quote after them is its title (*the single "X"*), and the
    #: words that may stand between (*singles like "X"*, *a film called "X"*)
    work_nouns: frozenset[str] = frozenset()
    work_links: frozenset[str] = frozenset()
    #: nouns of a held view after *be of* (*are of the view that ...*): the subject's view, reported
    stance_nouns: frozenset[str] = frozenset()
    #: verbs under which a reporting verb's report was never made (*declined to say when ...*)
    withholding: frozenset[str] = frozenset()
    #: modals that make a perfect a counterfactual (*would have claimed that*): a hypothetical speaker
    #: reports nothing
    counterfactual_modals: frozenset[str] = frozenset()
    #: nouns whose own *that*-clause is their content (*the fact that ...*): never a cue's misattached complement
    content_nouns: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class SpeakerLexicon:
    pronouns: dict[str, dict[str, Any]]
    relative_pronouns: frozenset[str]
    honorifics: dict[str, Gender]
    gendered_words: dict[str, Gender]
    nominal_types: dict[str, tuple[str, ...]]
    speaker_heads: frozenset[str]
    source_nouns: frozenset[str]
    male_names: frozenset[str]
    female_names: frozenset[str]
    person_words: frozenset[str]
    exclusive_person_words: frozenset[str]
    #: cue lemmas that go on with the last quote's speaker (*he continued*, *she added*)
    continuing_cues: frozenset[str] = frozenset()
    #: generational suffixes after a surname (*Jr.*, *III*): never the surname itself
    name_suffixes: frozenset[str] = frozenset()
    #: abbreviated titles before a name and the role word they stand for (*Gov.* -> *governor*)
    title_abbreviations: dict[str, str] = field(default_factory=dict)
    #: determiners that make a subject a group of speakers named before (*Both sides said*)
    group_determiners: frozenset[str] = frozenset()
    #: nouns for a research group, whose named head speaks for it (*the laboratory of X*, *a team led by Y*)
    research_groups: frozenset[str] = frozenset()
    #: words that make a group a research group (a *research* group, a *lab*): only then does its head speak for it
    research_qualifiers: frozenset[str] = frozenset()
    #: documents whose later definite mention speaks for whoever issued them (*the statement read*)
    documents: frozenset[str] = frozenset()
    #: a poll's shares of respondents that speak for them (*Sixty-two percent say that*): data ``poll_shares``
    poll_shares: frozenset[str] = frozenset()
    #: pronouns of a share of a group that speak for it (*Some said ...*): data ``quantifier_speakers``
    quantifier_speakers: frozenset[str] = frozenset()
    #: verbs that state a person's role (lemma -> preposition before the role, "" for a copula)
    role_links: dict[str, str] = field(default_factory=dict)
    #: given name (lower case) -> the names it is one name with: its short forms, or the full names
    #: it is a form of (*joshua* <-> *josh*); data: ``given_name_variants``
    given_name_variants: dict[str, frozenset[str]] = field(default_factory=dict)

    def same_given_name(self, first: str, second: str) -> bool:
        """*Josh* and *Joshua*, *Bill* and *William*: one given name (case-folded), by the data's table."""
        a, b = first.casefold(), second.casefold()
        return a == b or b in self.given_name_variants.get(a, frozenset())


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting cue in a parsed doc: tokens ``[start, end)`` and the token that governs.

    For a verb, ``head`` is the verb; for a phrase (``according to``) it is the
    phrase's last word, whose object is the speaker.
    """

    start: int
    end: int
    head: int
    lemma: str
    phrase: bool
    evaluative: bool
    indirect: bool
    naming: bool
    #: A message noun (*directives from X*, *X's call*): its source, not a subject, speaks.
    noun: bool = False


def _lexicon_text(name: str) -> str:
    return resources.files("newsprism.analyze").joinpath("lexicons", name).read_text("utf-8")


@lru_cache(maxsize=4)
def load_cue_lexicon(language: str = "en") -> CueLexicon:
    data = json.loads(_lexicon_text(f"cues_{language}.json"))
    verbs = {
        lemma: CueVerb(
            lemma=lemma,
            evaluative=bool(flags.get("evaluative")),
            indirect=bool(flags.get("indirect")),
            naming=bool(flags.get("naming")),
            infinitive=flags.get("infinitive"),
            gerund=bool(flags.get("gerund")),
            gerund_after=flags.get("gerund_after"),
            performs=bool(flags.get("performs")),
            agents=bool(flags.get("agents")),
            naming_as=flags.get("naming") == "as",
        )
        for lemma, flags in data["verbs"].items()
    }
    phrases = tuple((tuple(p["words"]), bool(p.get("indirect"))) for p in data["phrases"])
    return CueLexicon(verbs=verbs, passive=frozenset(data["passive"]), phrases=phrases,
                      nouns=frozenset(data.get("nouns", ())), term_nouns=frozenset(data.get("term_nouns", ())),
                      cognition=frozenset(data.get("cognition", ())),
                      revised_belief=frozenset(data.get("revised_belief", ())),
                      named_holders=frozenset(data.get("named_holders", ())),
                      research=frozenset(data.get("research", ())),
                      finding_nouns=frozenset(data.get("finding_nouns", ())),
                      object_clause=frozenset(data.get("object_clause", ())),
                      complementizers=frozenset(data.get("complementizers", ())),
                      coordinators=frozenset(data.get("coordinators", ())),
                      generic_subjects=frozenset(data.get("generic_subjects", ())),
                      generic_reflexives=frozenset(data.get("generic_reflexives", ())),
                      imagining_verbs=frozenset(data.get("imagining_verbs", ())),
                      term_preps={verb: frozenset(preps) for verb, preps in data.get("term_preps", {}).items()},
                      work_nouns=frozenset(data.get("work_nouns", ())),
                      work_links=frozenset(data.get("work_links", ())),
                      stance_nouns=frozenset(data.get("stance_nouns", ())),
                      withholding=frozenset(data.get("withholding", ())),
                      counterfactual_modals=frozenset(data.get("counterfactual_modals", ())),
                      content_nouns=frozenset(data.get("content_nouns", ())))


@lru_cache(maxsize=4)
def load_speaker_lexicon(language: str = "en") -> SpeakerLexicon:
    data = json.loads(_lexicon_text(f"speakers_{language}.json"))
    gendered: dict[str, Gender] = {}
    for word in coreferee_words(f"lang/{language}/data/exclusively_male_words.dat"):
        gendered[word.lower()] = "male"
    for word in coreferee_words(f"lang/{language}/data/exclusively_female_words.dat"):
        gendered[word.lower()] = "female"
    gendered.update(data["gendered_roles"])
    male = frozenset(coreferee_words("lang/common/data/male_names.dat"))
    female = frozenset(coreferee_words("lang/common/data/female_names.dat"))
    person_words = frozenset(
        w.lower()
        for name in ("person_words.dat", "exclusively_person_words.dat")
        for w in coreferee_words(f"lang/{language}/data/{name}")
    )
    return SpeakerLexicon(
        pronouns=data["pronouns"],
        relative_pronouns=frozenset(data["relative_pronouns"]),
        honorifics=data["honorifics"],
        gendered_words=gendered,
        nominal_types={k: tuple(v) for k, v in data["nominal_types"].items()},
        speaker_heads=frozenset(data["speaker_heads"]),
        source_nouns=frozenset(data["source_nouns"]),
        # A name on both lists (Ali, Andrea, Kim) tells nothing.
        male_names=male - female,
        female_names=female - male,
        person_words=person_words | frozenset(data["speaker_heads"]),
        # Nouns that only ever name people (*husband*, *official*), not *party* or *cooper*.
        exclusive_person_words=frozenset(
            w.lower() for w in coreferee_words(f"lang/{language}/data/exclusively_person_words.dat")
        ),
        continuing_cues=frozenset(data.get("continuing_cues", ())),
        name_suffixes=frozenset(data.get("name_suffixes", ())),
        title_abbreviations=dict(data.get("title_abbreviations", {})),
        group_determiners=frozenset(data.get("group_determiners", ())),
        research_groups=frozenset(data.get("research_groups", ())),
        research_qualifiers=frozenset(data.get("research_qualifiers", ())),
        documents=frozenset(data.get("documents", ())),
        poll_shares=frozenset(data.get("poll_shares", ())),
        quantifier_speakers=frozenset(data.get("quantifier_speakers", ())),
        role_links=dict(data.get("role_links", {})),
        given_name_variants=_symmetric(data.get("given_name_variants", {})),
    )


def _symmetric(table: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """Full name -> forms, read both ways (a form -> every full name it is a form of)."""
    pairs: dict[str, set[str]] = {}
    for full, forms in table.items():
        for form in forms:
            pairs.setdefault(full, set()).add(form)
            pairs.setdefault(form, set()).add(full)
    return {name: frozenset(others) for name, others in pairs.items()}


def verb_cue(token: Token, lexicon: CueLexicon) -> Cue | None:
    """The cue a verb token makes, if its lemma (or lemma + particle) is a reporting verb."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return None
    if _counterfactual(token, lexicon):
        return None
    lemma = token.lemma_.lower()
    for child in token.children:
        # Phrasal verbs: "point out", "call for", "go on".
        # The parser may call a particle right after its verb an adverb (*weighed in*: advmod).
        particle = child.dep_ == "prt" or (child.dep_ == "advmod" and child.i == token.i + 1)
        if (particle or child.dep_ == "prep") and f"{lemma} {child.lower_}" in lexicon.verbs:
            entry = lexicon.verbs[f"{lemma} {child.lower_}"]
            end = max(token.i, child.i) + 1 if particle else token.i + 1
            return Cue(token.i, end, token.i, entry.lemma, False, entry.evaluative, entry.indirect, entry.naming)
    single = lexicon.verbs.get(lemma)
    if single is None or " " in lemma:
        return None
    if single.naming_as and not any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
        return None
    return Cue(token.i, token.i + 1, token.i, lemma, False, single.evaluative, single.indirect, single.naming)


def _counterfactual(token: Token, lexicon: CueLexicon) -> bool:
    """*would (then) have claimed that ...*: a modal perfect tells what someone would have said
    had things gone otherwise, so nobody said it (*would later claim* with no *have* is a report)."""
    auxes = [c.lower_ for c in token.children if c.dep_ == "aux"]
    return "have" in auxes and any(a in lexicon.counterfactual_modals for a in auxes)


#: Entity types a modifier of a message noun may have to be its source (*a Kremlin statement*).
_SOURCE_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Verbs whose subject is the source of the message noun they take (*issued a statement*).
_ISSUING_VERBS = frozenset({"issue", "give", "deliver", "send", "make", "release", "post", "publish", "sound"})


def message_source(noun: Token) -> Token | None:
    """Who a message noun comes from: its possessor (*the minister's warning*), its *from*/*by*
    phrase (*directives from the president*) or a named modifier (*a Kremlin statement*)."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    for child in noun.lefts:
        if child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in _SOURCE_ENTS:
            return child
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _ISSUING_VERBS:
        # "the mayor issued a warning": who issues or sends the message is its source.
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return None


def noun_cue(token: Token, lexicon: CueLexicon) -> Cue | None:
    """The cue a message noun makes when the text names its source; an unowned *a warning*
    tells nobody's words."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.nouns or message_source(token) is None:
        return None
    return Cue(token.i, token.i + 1, token.i, token.lemma_.lower(), False, False, False, False, noun=True)


def find_cues(doc: Doc, lexicon: CueLexicon) -> dict[int, Cue]:
    """Every cue in the doc, keyed by its governing token index."""
    cues: dict[int, Cue] = {}
    lowers = [t.lower_ for t in doc]
    firsts = {words[0]: None for words, _ in lexicon.phrases}
    for token in doc:
        cue = verb_cue(token, lexicon) or noun_cue(token, lexicon)
        if cue is not None:
            cues[cue.head] = cue
        if token.lower_ in firsts:
            for words, indirect in lexicon.phrases:
                n = len(words)
                if tuple(lowers[token.i : token.i + n]) == words:
                    head = token.i + n - 1
                    cues[head] = Cue(token.i, token.i + n, head, " ".join(words), True, False, indirect, False)
    return cues


#: Words that may link a message noun to its quoted content (*a call for "..."*, *a vow to "..."*).
_MESSAGE_LINKS = frozenset({"to", "that", "for", "of", "as"})
_MESSAGE_GAP = 3


def in_message(noun: Token, first: Token) -> bool:
    """Whether a quote whose first word is ``first`` lies in a message noun's own phrase
    (*directives from X to "..."*, *X's call for "..."*), not past it (*X's statement was "a lie"*)."""
    if first.i <= noun.i:
        return False
    if any(t.i == first.i for t in noun.subtree):
        return True
    # The parser often hangs a quoted complement on the clause (*directives from X to "show
    # ..."*: *show* an adverbial of the verb); right after the noun's phrase it is still its content.
    # A quote right after the noun with no link (*called X's warning "irresponsible"*) is not.
    gap = noun.doc[noun.right_edge.i + 1 : first.i]
    links = [t for t in gap if t.lower_ in _MESSAGE_LINKS]
    return bool(links) and len(gap) <= _MESSAGE_GAP and all(t.is_punct or t.lower_ in _MESSAGE_LINKS for t in gap)
