"""Event nouns: the noun (or compound) that names an event, and the one a verb's object names.

*the crackdown*, *a hunger strike* (a compound first), *launched a mediation effort* (the
object's modifier), *launched ten days of war games* (what the object measures). Split from
:mod:`newsprism.analyze.events.extract`, which reads them for light verbs, aspectual verbs,
ending verbs and free-standing event nouns.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsprism.analyze.events.lexicon import Cue, EventLexicon, language_file

__all__ = ["NOMINAL", "in_name", "no_event_compound", "noun_cue", "object_event_noun", "participation", "pobjs",
           "requested_act", "vehicle_words"]

NOMINAL = frozenset({"NOUN", "PROPN"})


@lru_cache(maxsize=8)
def vehicle_words(kind: str) -> frozenset[str]:
    """``vehicle_nouns``, ``vehicle_recipient_types``, ``vehicle_property_modes`` of
    ``event_arguments_en.json`` (PLOVER codes a vehicle for the people in it). English: the
    argument passes take no language, as the parse rules they sit beside."""
    return frozenset(language_file("event_arguments", "en").get(kind, ()))


def pobjs(prep: Token) -> list[Token]:
    """The nominal objects of a preposition (*of* the talks, *in* them, *by* 2020)."""
    return [c for c in prep.children if c.dep_ in {"pobj", "pcomp"} and c.pos_ in NOMINAL | {"PRON", "NUM"}]


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
            for pobj in pobjs(child):
                found = noun_cue(pobj, lexicon)
                if found is not None:
                    return pobj, found
    return obj, None


def requested_act(noun: Token, lexicon: EventLexicon) -> bool:
    """*called for the governor's resignation*, *renewed calls for his resignation*: an event noun
    that is what a call or demand asks for (the object of a ``request_content_preps`` preposition
    on a ``request_content_heads`` verb or noun) is the request's content, not an act done; so is
    one a demand list names (*their demands include the release of ...*: the object or attribute
    of a ``request_content_links`` verb whose subject is a request noun), and a conjunct of
    either (*the release and dropping of charges*)."""
    while noun.dep_ == "conj" and noun.head is not noun and noun.head.pos_ in NOMINAL:
        noun = noun.head
    if noun.dep_ in {"dobj", "attr"} and lexicon.is_word("request_content_links", noun.head.lemma_.lower()):
        return any(s.dep_ == "nsubj" and lexicon.is_word("request_content_heads", s.lemma_.lower())
                   for s in noun.head.children)
    prep = noun.head
    if noun.dep_ != "pobj" or not lexicon.is_word("request_content_preps", prep.lower_) or prep.head is prep:
        return False
    asker = prep.head
    return lexicon.names("request_content_heads", asker)


def no_event_compound(token: Token, lexicon: EventLexicon) -> bool:
    """*a campaign rally*, *an election rally*: a compound the lexicon lists as no event
    (``compound_nouns`` with no reading) names another kind of thing than the head alone."""
    lemma = token.lemma_.lower()
    return any(c.dep_ in {"compound", "amod"} and lexicon.compound_nouns.get(f"{c.lemma_.lower()} {lemma}", 0) is None
               for c in token.lefts)


def noun_cue(token: Token, lexicon: EventLexicon) -> tuple[Cue, Token] | None:
    """(cue, first trigger token) for an event noun, compounds first (*hunger strike*)."""
    if token.pos_ not in NOMINAL or token.ent_type_ in {"DATE", "TIME"}:
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
    if cue is not None and lexicon.is_word("military_sense_nouns", lemma) and not _military(token, lexicon):
        return None  # "the regime's maneuvers", "a public-relations exercise", "a fire drill"
    return (cue, token) if cue is not None else None


def _military(noun: Token, lexicon: EventLexicon) -> bool:
    """Whether *exercise*, *drill* or *maneuver* has its military sense here: a military word in
    its own phrase (*naval exercises*, *live-fire drills*), in its possessor or in the subject
    of the verb it is the object of (*the army held exercises*), or a state doing it
    (*China began drills*)."""
    near = [t for c in noun.children if c.i < noun.i or c.dep_ == "prep" for t in c.subtree]
    if noun.dep_ in {"dobj", "nsubjpass", "attr", "pobj"}:
        verb = noun.head if noun.dep_ != "pobj" else noun.head.head
        near += [t for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "agent"} for t in c.subtree]
    return any(
        lexicon.names("military_cues", t) or t.ent_type_ in {"GPE", "NORP"}
        for t in near
    )


def participation(
    verb: Token, lemma: str, objects: list[Token], lexicon: EventLexicon
) -> tuple[Token, Cue, Token] | None:
    """(event noun, its cue, its first token) of *took part in the march*, *joined the strike*,
    *participated in the talks*: a verb of taking part (``participation_verbs``) is its event
    noun's event, done by the verb's subject (as with a light verb)."""
    taking = lexicon.is_word("participation_verbs", lemma)
    held = [o for o in objects if lexicon.is_word("participation_verbs", f"{lemma} {o.lemma_.lower()}")]
    if not (taking or held):
        return None
    targets = [] if held else list(objects)
    for holder in [verb, *held]:
        targets += [p for prep in holder.children if prep.dep_ == "prep"
                    and lexicon.is_word("participation_preps", prep.lower_) for p in pobjs(prep)]
    for target in targets:
        noun, found = object_event_noun(target, lexicon)
        if found is not None:
            return noun, found[0], found[1]
    return None


#: Named-entity labels whose words are a name, never an event trigger.
_NAME_LABELS = frozenset({"PERSON", "ORG", "FAC", "GPE", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "NORP"})


def in_name(token: Token) -> bool:
    """*Ulysses S. Grant*, *Capitol Hill Occupied Protest*: a capitalised word inside a name is
    part of the name, not a grant or an occupation. A lone capitalised word opening a sentence
    (*Attack* tagged ORG at a headline's start) is not trusted as a name."""
    if token.ent_type_ not in _NAME_LABELS or not (token.is_title or token.is_upper):
        return False
    # The entity is longer than one token when this token continues one ("I") or the next does:
    # read off the IOB tags rather than scanning ``doc.ents`` for every candidate token.
    doc = token.doc
    longer = token.ent_iob_ == "I" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")
    return longer or not token.is_sent_start
