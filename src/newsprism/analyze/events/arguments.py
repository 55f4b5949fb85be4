"""A second pass over each event's argument heads: general rules the first pass lacks.

:mod:`newsprism.analyze.events.extract` takes actors and recipients from the trigger's own
subject, objects and prepositions. PLOVER's coders read further (issue #5); this pass, run
on every candidate after complements are folded, applies what they do, each rule tested:

- **A predicate adjective's actor is its clause's subject**: *Norway is willing to send*,
  *he is prepared to lift* (a pronoun in reported speech is its speaker).
- **A verb coordinated with a passive one is active when it has its own tense**: in
  *was indicted by the court and will resign* the indicted one resigns, not the court.
- **A recipient is a party, never an event or a thing given**: *continued military aid
  to Mozambique* is aid to Mozambique, *would boycott contact with the United States*
  targets the United States. A thing stays only for events done to things (an attacked
  village, a blocked road); otherwise the party inside its phrase replaces it, or nothing.
- **A recipient missing from the trigger's own phrases is found one or two phrases down**:
  *called for sanctions against Nigeria*, *declined despite pressure by the commission*,
  *a suspension of air links with Serbia*, *show disapproval of the United States' policies*.
- **CONSULT is reciprocal** (PLOVER manual, "Compound and Reciprocal Actors"): who
  meets, visits or telephones whom are all actors, with no recipient, as the gold-standard
  records code a visit too (the manual would make a host the recipient; the GSR does not);
  only a host named as the place (*arrived in Amman*) stays a recipient.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from newsprism.analyze.events.extract import Candidate, _complements, _reported_subject, _subject_of
from newsprism.analyze.events.lexicon import EventLexicon
from newsprism.analyze.events.parties import PARTY_ENTS, conjuncts, is_party

__all__ = ["RoleWords", "complete_arguments", "load_role_words"]

#: Types whose recipient may be a thing acted upon: an attacked village, a blocked road,
#: seized property, defaced web sites. Every other type is directed at a party.
_THING_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "SANCTION", "RETREAT", "MOBILIZE"})
#: Types of giving and sending: what is given is no recipient, where it goes is.
_GIVING_TYPES = frozenset({"AID", "AGREE", "SUPPORT", "MOBILIZE"})
#: Types whose other side is a co-actor, not a recipient (see :func:`_reciprocal`).
_RECIPROCAL_TYPES = frozenset({"CONSULT"})
#: RETREAT modes that, in the passive with no agent, are the subject's own act.
_OWN_RETREAT_MODES = frozenset({"disarm", "withdraw"})
#: How many prepositional phrases down a recipient is looked for.
_DEPTH = 2


@dataclass(frozen=True, slots=True)
class RoleWords:
    """The word lists this pass reads, for one language (``lexicons/event_arguments_<lang>.json``)."""

    not_recipient_preps: frozenset[str]  # time and circumstance: no recipient in their phrase
    place_preps: frozenset[str]  # only where: their object is a place, never a recipient
    tail_preps: frozenset[str]  # phrases a party's span includes (see ``parties._TAIL_PREPS``)
    container_preps: frozenset[str]  # *a camp for refugees*: the place stands for the party
    agent_preps: frozenset[str]  # the passive's agent
    partner_preps: frozenset[str]  # *met with*: the other side of a meeting
    source_preps: frozenset[str]  # *criticism from X*: where an event noun comes from
    goal_preps: frozenset[str]  # *sent a delegation to X*: where what is given goes
    party_nouns: frozenset[str]  # people and groups with no sector: *both sides*, *its neighbours*
    content_marks: frozenset[str]  # *demands that ...*: the clause says what is demanded

    @property
    def skipped_preps(self) -> frozenset[str]:
        return self.not_recipient_preps | self.place_preps


@lru_cache(maxsize=4)
def load_role_words(language: str = "en") -> RoleWords:
    """Read ``event_arguments_<language>.json`` once per process."""
    path = resources.files("newsprism.analyze").joinpath("lexicons", f"event_arguments_{language}.json")
    raw = json.loads(path.read_text("utf-8"))
    return RoleWords(**{f.name: frozenset(raw[f.name]) for f in fields(RoleWords)})


def _party(token: Token, lexicon: EventLexicon, words: RoleWords) -> bool:
    """:func:`~newsprism.analyze.events.parties.is_party`, or a noun for people this pass's
    word list names (*sides*, *members*, *negotiators*) that carries no sector of its own."""
    return is_party(token, lexicon) or (token.pos_ == "NOUN" and token.lemma_.lower() in words.party_nouns)


def _party_in(
    top: Token, lexicon: EventLexicon, words: RoleWords, *, skip: Iterable[int] = (), own: bool = False,
    modifiers: bool = True,
) -> Token | None:
    """The nearest party inside the phrase headed by ``top`` (breadth first, at most ``_DEPTH``
    prepositional phrases down, never into a clause or a date). ``own``: ``top`` itself counts;
    ``modifiers``: ``top``'s own possessor or named modifier counts.

    Within one level, a prepositional object comes before a possessor or a modifier: *aid to
    Mozambique* targets Mozambique; in *Serbia's suppression of unrest* Serbia is the one.
    """
    skipped = set(skip)
    if own and top.i not in skipped and _party(top, lexicon, words):
        return top
    frontier = deque([(top, 0)])
    while frontier:
        token, depth = frontier.popleft()
        if depth >= _DEPTH or token.i in skipped:
            continue  # a party already taken is not searched for parts of its name
        objects = [o for p in token.children if p.dep_ == "prep" and p.lower_ not in words.skipped_preps
                   for o in p.children if o.dep_ == "pobj" and o.ent_type_ not in {"DATE", "TIME"}]
        named = [c for c in token.children if (modifiers or depth > 0)
                 and ((c.dep_ == "poss" and c.pos_ != "PRON")
                      or (c.dep_ in {"amod", "compound", "nmod"} and c.ent_type_ in PARTY_ENTS))]
        # "the return of property seized by government forces": who made the thing what it is.
        makers = [o for v in token.children if v.dep_ == "acl" and v.tag_ == "VBN"
                  for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        for found in [*objects, *named, *makers]:
            # "a call for its forces to be deployed": the actor's own forces are not its recipient.
            own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in found.children)
            if found.i not in skipped and not own and _party(found, lexicon, words):
                return found
        frontier.extend((o, depth + 1) for o in objects)
    return None


def _predicate_subject(candidate: Candidate, lexicon: EventLexicon) -> list[Token]:
    """*Norway is willing to send*: an adjective's subject hangs on its copula."""
    head = candidate.head
    if head.pos_ != "ADJ" or head.dep_ not in {"acomp", "oprd"} or head.head.i == head.i:
        return []
    if head.head.dep_ == "relcl":
        return []  # "agents that are ready to kill" describes the agents: no act of theirs
    subjects, passive = _subject_of(head.head)
    if passive:
        return []
    return [s for s in _reported_subject(head.head, subjects, lexicon) if s.i not in candidate.consumed]


def _adjectival_passive(candidate: Candidate, lexicon: EventLexicon) -> None:
    """*Vietnam is committed to opening*, *he is prepared to lift*: a participle the lexicon
    reads as a predicate adjective is a state of its subject, who is the actor, not a passive."""
    head = candidate.head
    if candidate.nominal or candidate.actors or head.lower_ not in lexicon.adjectives:
        return
    if any(c.dep_ == "agent" for c in head.children):
        return
    subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
    if not subjects:
        return
    candidate.actors = _reported_subject(head, subjects, lexicon)
    candidate.recipients = [r for r in candidate.recipients if all(r.i != s.i for s in subjects)]


def _own_retreat(candidate: Candidate) -> None:
    """*guerrillas have been demobilized*, *troops were withdrawn*: with no agent named, a
    disarming or withdrawal is the subject's own retreat, so the subject is the actor."""
    head = candidate.head
    if candidate.nominal or candidate.actors or candidate.cue.type != "RETREAT":
        return
    if candidate.cue.mode not in _OWN_RETREAT_MODES or any(c.dep_ == "agent" for c in head.children):
        return
    subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
    if subjects:
        candidate.actors = subjects
        candidate.recipients = [r for r in candidate.recipients if all(r.i != s.i for s in subjects)]


def _late_agent(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> list[Token]:
    """*X has been accused of misusing funds, much of it embezzled, by government officials*:
    a *by* phrase the parser hung on a later clause is still the passive verb's agent."""
    head = candidate.head
    if candidate.nominal or not any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children):
        return []
    for ancestor in head.ancestors:
        for prep in ancestor.children:
            if prep.dep_ in {"prep", "agent"} and prep.lower_ in words.agent_preps and prep.i > head.i:
                found = [o for o in prep.children if o.dep_ == "pobj" and _party(o, lexicon, words)]
                if found:
                    return found[:1]
        if any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in ancestor.children if c.i > head.i):
            break  # a clause of its own after the trigger: its phrases are its own
    return []


def _event_actor(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> None:
    """An event noun is no actor; its own doer is (*the attack by Taliban fighters killed*,
    *Israeli air strikes killed*), else the one who holds the event, the subject of the
    clause the noun is in (*converging for a rally to protest*)."""
    actors: list[Token] = []
    for actor in candidate.actors:
        if lexicon.nouns.get(actor.lemma_.lower()) is None or actor.pos_ != "NOUN" or actor.ent_type_:
            actors.append(actor)
            continue
        doers = [o for p in actor.children if p.dep_ == "prep" and p.lower_ in words.agent_preps
                 for o in p.children if o.dep_ == "pobj" and _party(o, lexicon, words)]
        doers += [c for c in actor.children if c.i < actor.i and _party(c, lexicon, words)
                  and ((c.dep_ == "poss" and c.pos_ != "PRON") or c.dep_ in {"amod", "compound", "nmod"})]
        holder = next((a for a in actor.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        doers += [c for c in holder.children if c.dep_ == "nsubj" and _party(c, lexicon, words)] if holder else []
        actors.append(doers[0] if doers else actor)
    candidate.actors = actors


def _source_of_noun(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> None:
    """*criticism from the opposition*, *a demand from the US President*, *aid from Japan*:
    a party an event noun comes *from* is its actor, not its recipient (a place it comes
    from, *a pullback from Lebanon*, stays where it is)."""
    if not candidate.nominal or candidate.actors:
        return
    sources = [r for r in candidate.recipients if r.head.dep_ == "prep" and r.head.lower_ in words.source_preps
               and r.head.head.i == candidate.head.i and _party(r, lexicon, words) and not _is_place(r, lexicon)]
    if sources:
        candidate.actors = sources[:1]
        candidate.recipients = [r for r in candidate.recipients if r.i != sources[0].i]


def _fix_conjoined_voice(candidate: Candidate) -> None:
    """*was indicted by the court and will resign*: the second verb has its own tense (a modal
    or a finite form), so it is active and its actor is the first verb's passive subject."""
    head = candidate.head
    if candidate.nominal or head.dep_ != "conj" or head.tag_ == "VBN":
        return
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "auxpass"} for c in head.children):
        return
    subjects = [c for c in head.head.children if c.dep_ == "nsubjpass"]
    if not subjects:
        return
    candidate.actors = subjects
    candidate.recipients = [r for r in candidate.recipients if all(r.i != s.i for s in subjects)]


def _resolve_things(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> None:
    """Replace a recipient that is no party by the party inside its phrase (see module doc)."""
    taken = {t.i for t in candidate.actors} | candidate.consumed
    resolved: list[Token] = []
    for recipient in candidate.recipients:
        if _party(recipient, lexicon, words) and not _container(recipient, lexicon, words):
            resolved.append(recipient)
            continue
        event = lexicon.nouns.get(recipient.lemma_.lower()) is not None
        # An event's possessor is its party (*Serbia's suppression*); any other noun's
        # possessor or of-phrase is inside the noun's own span (*Belarus's rulers*, *members
        # of the assembly*), so the noun stays.
        inner = _party_in(recipient, lexicon, words, skip=taken, modifiers=event)
        tail = inner is not None and inner.head.head.i == recipient.i and inner.head.lower_ in words.tail_preps
        if inner is not None and not event and tail:
            resolved.append(recipient)
        elif inner is not None:
            resolved.append(inner)
        elif not event and (candidate.cue.type in _THING_TYPES or _party_in(recipient, lexicon, words, skip=taken)):
            resolved.append(recipient)  # "attacked a camp": the thing done to is the recipient
    candidate.recipients = resolved


def _transfer(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> None:
    """*would send a delegation to Pyongyang*, *contribute troops to a force in Liberia*: what
    is given or sent is no recipient when the verb names where it goes; that party is."""
    if candidate.nominal or candidate.cue.type not in _GIVING_TYPES:
        return  # "extradited the suspect to Britain": what is done to a person is done to them
    for verb in [candidate.head, *_complements(candidate.head)]:
        objects = {c.i for c in verb.children if c.dep_ in {"dobj", "obj"}}
        if not candidate.recipients or any(r.i not in objects for r in candidate.recipients):
            continue
        goals = [o for p in verb.children if p.dep_ in {"prep", "dative"} and p.lower_ in words.goal_preps
                 for o in p.children if o.dep_ == "pobj" and _party(o, lexicon, words)]
        if goals:
            candidate.recipients = goals[:1]
            return


def _container(token: Token, lexicon: EventLexicon, words: RoleWords) -> Token | None:
    """*a camp for Congolese refugees*, *the computers of army officers*: a place or thing
    that belongs to a party stands for it; the party is the recipient. Returns that party."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or token.ent_type_ or lemma in lexicon.agent_sectors or lemma in words.party_nouns:
        return None  # people are parties themselves: *leaders of the army*
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in words.container_preps:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and _party(pobj, lexicon, words) and not _is_place(pobj, lexicon):
                    return pobj
    return None


def _phrases(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> list[Token]:
    """Heads of the phrases a missing recipient is looked for in: the trigger's (and its light
    verb's) objects and prepositional objects, and those of its *to*-complements; not where
    it happened (*rioted in Lagos* is the first pass's place, *outside Parliament* no one's)."""
    verbs = [candidate.head] + ([candidate.governor] if candidate.governor is not None else [])
    if not candidate.nominal:
        verbs += _complements(candidate.head)
    found: list[Token] = []
    for verb in verbs:
        for child in verb.children:
            if child.dep_ == "dative" and child.pos_ == "ADP":
                found.extend(o for o in child.children if o.dep_ == "pobj")  # "granted asylum to X"
            elif child.dep_ in {"dobj", "obj", "dative", "attr", "oprd"}:
                found.append(child)
            elif child.dep_ == "prep" and child.lower_ not in words.skipped_preps:
                where = lexicon.is_word("location_preps", child.lower_)
                found.extend(o for o in child.children if o.dep_ in {"pobj", "pcomp"}
                             and o.ent_type_ not in {"DATE", "TIME"} and not (where and _is_place(o, lexicon)))
            if child.dep_ == "prep":
                found.extend(_reattached(child, lexicon, words))
    return found


def _reattached(prep: Token, lexicon: EventLexicon, words: RoleWords) -> list[Token]:
    """*protested outside the embassy against the occupation*: a place takes no recipient, so
    a phrase the parser hung on the place of a where-phrase belongs to the verb."""
    where = prep.lower_ in words.place_preps or lexicon.is_word("location_preps", prep.lower_)
    places = [o for o in prep.children if o.dep_ == "pobj"
              and (prep.lower_ in words.place_preps or _is_place(o, lexicon))] if where else []
    preps = [p for place in places for p in place.children if p.dep_ == "prep"
             and p.lower_ not in words.skipped_preps and not lexicon.is_word("location_preps", p.lower_)]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def _is_place(token: Token, lexicon: EventLexicon) -> bool:
    return token.ent_type_ in {"GPE", "LOC", "FAC"} or lexicon.is_word("place_nouns", token.lemma_.lower())


def _joint(candidate: Candidate) -> bool:
    """Do coordinated actors act together (*X and Y agreed*, *Hungarian and Romanian officials*)?"""
    return any(len(conjuncts(t)) > 1 for a in candidate.actors
               for t in [a, *(c for c in a.children if c.dep_ in {"amod", "compound"})])


def _controller(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> list[Token]:
    """*ordered the newspaper to suspend publication*: the one ordered (the governing verb's
    object) is who the ordered act is done to."""
    head = candidate.head
    if candidate.nominal or head.dep_ != "xcomp":
        return []
    taken = {t.i for t in candidate.actors}
    return [o for o in head.head.children
            if o.dep_ in {"dobj", "obj"} and o.i not in taken and _party(o, lexicon, words)][:1]


def _enabled(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> list[Token]:
    """*will allow 13,000 refugees to return*, *offered to help Iraq rebuild*: the subject of a
    bare clause under the act (no *that*) is who the act is for."""
    if candidate.nominal:
        return []
    taken = {t.i for t in candidate.actors}
    for verb in [candidate.head, *_complements(candidate.head)]:
        for clause in verb.children:
            if clause.dep_ != "ccomp" or any(c.dep_ == "mark" for c in clause.children):
                continue
            subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i not in taken
                        and c.pos_ != "PRON" and _party(c, lexicon, words)]
            if subjects:
                return subjects[:1]
    return []


def _demanded_of(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> list[Token]:
    """*insisted on its demands that the government grant ...*: a demand's recipient is the
    subject of the clause that says what is demanded, here hung on a noun."""
    if candidate.cue.type != "REQUEST":
        return []
    for phrase in _phrases(candidate, lexicon, words):
        for clause in phrase.children:
            that = any(m.dep_ == "mark" and m.lower_ in words.content_marks for m in clause.children)
            if clause.dep_ in {"acl", "ccomp"} and that:
                subjects = [c for c in clause.children
                            if c.dep_ in {"nsubj", "nsubjpass"} and _party(c, lexicon, words)]
                if subjects:
                    return subjects[:1]
    return []


def _shared_object(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> list[Token]:
    """*attacked and burned a village*, *arrested and tortured dissidents*: a verb with no
    object of its own shares the object of the verb coordinated after it."""
    head = candidate.head
    if candidate.nominal or any(c.dep_ in {"dobj", "obj"} for c in head.children):
        return []
    for verb in head.children:
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        objects = [o for o in verb.children if o.dep_ in {"dobj", "obj"}
                   and (_party(o, lexicon, words) or candidate.cue.type in _THING_TYPES)
                   and lexicon.nouns.get(o.lemma_.lower()) is None]
        if objects:
            return objects[:1]
    return []


def _thing_done_to(candidate: Candidate, lexicon: EventLexicon) -> list[Token]:
    """*attacked a village*, *defaced web sites*: for events done to things, the direct object
    is the recipient even when it is no party (never the actor's own, never an event)."""
    if candidate.cue.type not in _THING_TYPES or candidate.nominal:
        return []
    for obj in candidate.head.children:
        if (obj.dep_ in {"dobj", "obj"} and obj.pos_ == "NOUN" and obj.i not in candidate.consumed
                and lexicon.nouns.get(obj.lemma_.lower()) is None and obj.ent_type_ not in {"DATE", "TIME"}
                and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)):
            return [obj]
    return []


def _conditioned(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> list[Token]:
    """*threatened to stop talks if the United States goes ahead*: a threat is made to the one
    whose act is its condition, the subject of the *if*/*unless* clause."""
    if candidate.cue.type != "THREATEN" or candidate.nominal:
        return []
    for verb in [candidate.head, *_complements(candidate.head)]:
        for clause in verb.children:
            marked = any(m.dep_ == "mark" and lexicon.is_word("hypothetical_marks", m.lower_) for m in clause.children)
            if clause.dep_ == "advcl" and marked:
                subjects = [c for c in clause.children
                            if c.dep_ in {"nsubj", "nsubjpass"} and _party(c, lexicon, words)]
                if subjects and subjects[0].pos_ != "PRON":
                    return subjects[:1]
    return []


def _nested_recipient(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> list[Token]:
    """The first party found in the trigger's phrases (see :func:`_phrases`). Coordinated
    actors acting together (*X and Y agreed on a pact between the two*) have no recipient."""
    if not candidate.actors or _joint(candidate):
        return []  # an inferred recipient alone is no evidence that anyone did anything
    direct = (_controller(candidate, lexicon, words) or _demanded_of(candidate, lexicon, words)
              or _enabled(candidate, lexicon, words) or _shared_object(candidate, lexicon, words))
    if direct:
        return direct
    taken = {t.i for t in candidate.actors} | candidate.consumed
    for phrase in _phrases(candidate, lexicon, words):
        if phrase.i in candidate.consumed:
            continue  # the trigger noun itself: its phrases are the trigger's own, already read
        # A direct object was the first pass's to judge ("withdrew its troops" is no recipient).
        found = _party_in(phrase, lexicon, words, skip=taken, own=phrase.dep_ in {"pobj", "pcomp"})
        if found is not None:
            return [found]
    # A party inside the phrase comes first: *blocked a road to show disapproval of X* is X's,
    # *threatened an offensive in its war with Iraq unless Baghdad ...* is made to Iraq.
    return _conditioned(candidate, lexicon, words) or _thing_done_to(candidate, lexicon)


def _reciprocal(candidate: Candidate, words: RoleWords) -> None:
    """CONSULT: the met, visited or telephoned party is an actor too, and when several meet
    (*X and Y renewed negotiations on ...*) what they talk about is no one (see module doc)."""
    if candidate.cue.type not in _RECIPROCAL_TYPES or candidate.place_recipient:
        return
    if _joint(candidate):
        candidate.recipients = []
        return
    verb = candidate.governor or candidate.head
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj", "dative"}]
    objects += [o for p in candidate.head.children if p.dep_ == "prep" and p.lower_ in words.partner_preps
                for o in p.children]
    # The met party, or the named modifier standing for it (*his Russian counterpart*).
    met = [r for r in candidate.recipients if any(r.i == o.i or r.head.i == o.i for o in objects)]
    candidate.actors.extend(met)
    candidate.recipients = [r for r in candidate.recipients if r not in met]


def complete_arguments(candidates: list[Candidate], lexicon: EventLexicon, language: str = "en") -> list[Candidate]:
    """Apply the module's rules to every candidate, in place; returns the list.

    A recipient found phrases down is inferred, not named by the trigger's own phrase: it is
    flagged like a polity standing in (``Candidate.place_recipient``), so the stage does not
    count it as evidence that the event happened (on PLOVER dev, counting it let wrongly
    typed triggers pass the confidence threshold).
    """
    words = load_role_words(language)
    for candidate in candidates:
        _fix_conjoined_voice(candidate)
        _adjectival_passive(candidate, lexicon)
        _own_retreat(candidate)
        _source_of_noun(candidate, lexicon, words)
        if not candidate.actors:
            candidate.actors.extend(_predicate_subject(candidate, lexicon) or _late_agent(candidate, lexicon, words))
        _event_actor(candidate, lexicon, words)
        _transfer(candidate, lexicon, words)
        _resolve_things(candidate, lexicon, words)
        if not candidate.recipients:
            candidate.recipients.extend(_nested_recipient(candidate, lexicon, words))
            candidate.place_recipient = candidate.place_recipient or bool(candidate.recipients)
        _reciprocal(candidate, words)
    return candidates
