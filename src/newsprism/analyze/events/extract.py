"""Events from the dependency parse: triggers from the lexicon, arguments from the tree.

Triggers, in order of precedence (a token serves one event at most):

1. a verb + particle or object phrase (*opened fire*, *picked on*, *put the blame*);
2. a light or reporting verb whose object is an event noun (*launched an attack*,
   *announced a suspension*): the noun is the trigger, the verb gives the actor;
3. a verb in the lexicon (*attacked*, *arrested*), or a predicate adjective with a
   complement (*willing to send*);
4. an event noun (*the crackdown on protesters*, *uprisings in more than 140 cities*) that
   is not already an argument of an event verb, and that has a party, place, date or count
   (a bare *the attack* is usually a reference to an event told elsewhere).

Reporting verbs are never events: a bare statement is the quotes stage's business.
Arguments: active subjects are actors; passive subjects and objects are recipients, the
*by* agent is the actor; a verb without a subject borrows its governor's (*agreed to set up*,
*arrested, tortured and killed by*); nouns take possessives, *by* phrases and national
adjectives as actors and *on/against/of* objects as recipients.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsprism.analyze.events.candidate import Candidate
from newsprism.analyze.events.complements import fold_complements, is_directive, message_request, wish_request
from newsprism.analyze.events.lexicon import Cue, EventLexicon
from newsprism.analyze.events.nouns import in_name, participation
from newsprism.analyze.events.nouns import noun_cue as _noun_cue
from newsprism.analyze.events.nouns import object_event_noun as _object_event_noun
from newsprism.analyze.events.readings import (
    MOVED_PEOPLE,
    OVERRIDE_SIZE,
    agreeing,
    material_transfer_cue,
    object_cue,
    object_sense_holds,
    pattern_cue,
    reference_cue,
    relation_withdrawal,
    sense_blocked,
    verb_lemma,
)
from newsprism.analyze.events.readings import party_object_cue as _party_object
from newsprism.analyze.events.repair import repair_parse

__all__ = ["Candidate", "find_candidates"]

_VERBISH = frozenset({"VERB", "AUX"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_SUBJECTS = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
_OBJECTS = frozenset({"dobj", "obj", "dative"})
#: Clause links along which a verb without its own subject inherits its governor's.
_INHERIT = frozenset({"xcomp", "conj", "advcl", "pcomp"})
_PARTICLES = frozenset({"back", "away", "off", "out", "down", "up", "over", "free"})


def _children(token: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in {"pobj", "pcomp"} and c.pos_ in _NOMINAL | {"PRON", "NUM"}]


def _subject_of(verb: Token) -> tuple[list[Token], bool]:
    """(subject heads, passive?) of ``verb``, borrowed along xcomp/conj/advcl links if missing."""
    current = verb
    for _ in range(5):
        active = _children(current, _SUBJECTS)
        passive = _children(current, _PASSIVE_SUBJECTS)
        if current.dep_ == "relcl" and current.head.pos_ in _NOMINAL | {"PRON"}:
            # "forces that opened fire": the relative pronoun stands for the noun it modifies.
            relative = [s for s in active + passive if s.tag_ in {"WDT", "WP"} or s.lower_ == "that"]
            if relative:
                return [current.head], bool(passive) and not active
        if active or passive:
            return (active or passive), bool(passive) and not active
        if current.dep_ == "relcl" and current.head.pos_ in _NOMINAL | {"PRON"}:
            return [current.head], any(c.dep_ == "auxpass" for c in current.children)
        if current.dep_ == "acl" and current.head.pos_ in _NOMINAL:
            # "protested by shouting": a *by* + gerund is a manner, so the noun is the doer.
            manner = any(c.dep_ == "agent" and any(g.dep_ == "pcomp" for g in c.children) for c in current.children)
            return [current.head], current.tag_ == "VBN" and not manner
        if current.dep_ not in _INHERIT or current.head.i == current.i:
            return [], False
        current = current.head
    return [], False


def _agents(verb: Token) -> list[Token]:
    """Objects of a *by* agent on this verb or on a coordinated verb (*arrested and killed by X*)."""
    for candidate in [verb, *verb.conjuncts]:
        for agent in _children(candidate, {"agent"}):
            found = _pobjs(agent)
            if found:
                return found
    return []


def _is_passive(verb: Token) -> bool:
    """Passive voice on this verb, or on the verb it shares its subject with (*arrested and killed by*)."""
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return True
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    return verb.dep_ == "conj" and any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.head.children)


def _reported_subject(verb: Token, subjects: list[Token], lexicon: EventLexicon) -> list[Token]:
    """``Hungary said it will support``: a pronoun subject of reported speech is the speaker."""
    if len(subjects) != 1 or subjects[0].pos_ != "PRON" or subjects[0].lower_ not in {"it", "they", "he", "she", "we"}:
        return subjects
    current = verb
    while current.dep_ in {"xcomp", "conj"} and current.head.i != current.i:
        current = current.head
    if current.dep_ != "ccomp" or not lexicon.is_word("reporting_verbs", current.head.lemma_.lower()):
        return subjects
    speaker = [c for c in current.head.children if c.dep_ in _SUBJECTS and c.pos_ in _NOMINAL]
    return speaker or subjects


def _agentive_token(token: Token, lexicon: EventLexicon) -> bool:
    """Could this noun phrase be an actor? Names, pronouns, typed agents, national modifiers."""
    if token.pos_ in {"PRON", "PROPN"} or token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    if token.lemma_.lower() in lexicon.agent_sectors:
        return True
    if token.like_num or token.lower_ in lexicon.number_words:
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(_agentive_token(o, lexicon) for o in c.children)
                   for c in token.children)
    return any(c.dep_ in {"amod", "compound", "poss"} and (c.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"}
               or c.lemma_.lower() in lexicon.agent_sectors) for c in token.children)


def _prep_arguments(head: Token, lexicon: EventLexicon, *, nominal: bool) -> tuple[list[Token], list[Token]]:
    """(recipients, places) from the prepositional phrases on ``head``."""
    recipients: list[Token] = []
    places: list[Token] = []
    # "sent a message to the junta": the parser may call a *to* phrase "dative"; it is a preposition.
    for prep in [c for c in head.children if c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP")]:
        word = prep.lower_
        for pobj in _pobjs(prep):
            is_place = pobj.ent_type_ in {"GPE", "LOC", "FAC"} or pobj.lemma_.lower() in lexicon.words["place_nouns"]
            if lexicon.is_word("location_preps", word) and is_place:
                places.append(pobj)
            elif lexicon.is_word("recipient_preps", word) or (nominal and word in {"of", "between"}):
                if pobj.ent_type_ in {"DATE", "TIME"}:
                    continue
                recipients.append(pobj)
    return recipients, places


def _verb_candidate(token: Token, lexicon: EventLexicon) -> Candidate | None:
    lemma = verb_lemma(token, lexicon)
    # "the curfew was lifted", "an offensive was launched": a passive subject that is a thing is
    # the phrase's object (a party stays the recipient: "troops were deployed").
    objects = _children(token, _OBJECTS) or [
        s for s in _children(token, _PASSIVE_SUBJECTS) if not _agentive_token(s, lexicon)]
    message = message_request(token, objects, lexicon) or wish_request(token, lemma, lexicon)  # 0. "wants X to"
    if message is not None:
        return message
    if (hosted := _party_object(lemma, objects, lexicon)) is not None:  # "received the minister"
        return Candidate(token, token, token, hosted[0], consumed={token.i})
    if (given := material_transfer_cue(token, lemma, lexicon) or object_cue(token, lemma, lexicon)) is not None:
        return Candidate(token, token, token, given, consumed={token.i})  # "flew supplies", "disabled websites"
    if not object_sense_holds(token, lemma, lexicon) or sense_blocked(token, lemma, lexicon):
        return None  # "the storm was downgraded", "beat the governor in the election": no event sense
    if lexicon.is_word("aspectual_verbs", lemma) and any(c.dep_ == "xcomp" and c.pos_ == "VERB"
                                                        for c in token.children):
        return None  # "began pulling back": the begun act is the event, coded on its own verb
    if (joined := participation(token, lemma, objects, lexicon)) is not None:  # "took part in the march"
        return Candidate(joined[0], joined[2], joined[0], joined[1], nominal=True, governor=token,
                         consumed={joined[0].i, joined[2].i})
    # 1. phrases: particle ("crack down", "break off talks"), object ("open fire"),
    # preposition ("pick on", "go on strike").
    # The parser calls some particles adverbs or prepositions ("pushed back protesters",
    # "pulled its observers out of"): those count too.
    particles = [c for c in token.children if c.dep_ == "prt" or (
        c.dep_ in {"advmod", "prep"} and c.i > token.i and c.lower_ in _PARTICLES and not _pobjs(c))]
    for particle in particles:
        for obj in [*objects, *_pobjs(particle), None]:  # "handed in [prt] their weapons [pobj]"
            key = f"{lemma} {particle.lower_}" + (f" {obj.lemma_.lower()}" if obj is not None else "")
            if lexicon.has_phrase(key):
                cue = lexicon.phrases[key]
                first, last = sorted((token, particle), key=lambda t: t.i)
                return None if cue is None else Candidate(token, first, last, cue, consumed={token.i, particle.i})
    for prefix in token.lefts:  # "test-fired": a prefix the parser hangs on the verb
        if prefix.i >= token.i - 2 and lexicon.has_phrase(key := f"{prefix.lower_} {lemma}"):
            cue = lexicon.phrases[key]
            return None if cue is None else Candidate(token, prefix, token, cue, consumed={token.i, prefix.i})
    # An adjective complement decides too: "pleaded guilty" is no plea to anyone.
    complements = [c for c in _children(token, {"acomp", "oprd", "ccomp"}) if (c.dep_ != "ccomp" or c.pos_ == "ADJ")
                   and not any(lexicon.is_word("negators", g.lower_) for g in c.children)]  # "found X (not) guilty"
    for obj in [*objects, *complements]:
        key = f"{lemma} {obj.lemma_.lower()}"
        if lexicon.has_phrase(key):
            cue = lexicon.phrases[key]
            if cue is None:
                return None
            first, last = (token, obj) if token.i < obj.i else (obj, token)
            return Candidate(token, first, last, cue, consumed={token.i, obj.i})
    # "declined to comment", "allowed monitors to visit": a phrase over a to-complement.
    for clause in [c for c in token.children if c.dep_ == "xcomp" or (c.dep_ == "ccomp" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]:
        if lexicon.has_phrase(key := f"{lemma} to {clause.lemma_.lower()}"):
            cue = lexicon.phrases[key]
            return None if cue is None else Candidate(token, token, clause, cue, consumed={token.i, clause.i})
    # "spoke by telephone": the parser may call an active verb's preposition its agent.
    active = not any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
    for prep in _children(token, {"prep", "agent"} if active else {"prep"}):
        for pobj in [*_pobjs(prep), None]:
            key = f"{lemma} {prep.lower_}" + (f" {pobj.lemma_.lower()}" if pobj is not None else "")
            if lexicon.has_phrase(key):
                cue = lexicon.phrases[key]
                first, last = sorted((token, pobj if pobj is not None else prep), key=lambda t: t.i)
                consumed = {token.i} | ({pobj.i} if pobj is not None else set())
                return None if cue is None else Candidate(token, first, last, cue, consumed=consumed)
    # "ended mediation efforts", "halted attacks", "suspended aid": a verb that ends an event
    # reverses it (PLOVER: ending talks or aid is a SANCTION, suspending a protest a CONCEDE,
    # ending fighting a RETREAT).
    if lexicon.is_word("terminative_verbs", lemma):
        for obj in objects:
            noun, noun_cue = _object_event_noun(obj, lexicon)
            ended = lexicon.terminative_recode.get(noun_cue[0].type) if noun_cue is not None else None
            if ended is not None:
                first, last = sorted((token, noun), key=lambda t: t.i)
                return Candidate(token, first, last, ended, consumed={token.i, noun.i})
    # 2. a CAMEO verb pattern over the verb's phrase (*put X under surveillance*, *put down
    # the riot*, *accused X of violating sovereignty*): the most specific reading there is.
    # Two content words or more outrank everything below; one word (*arrested protesters*,
    # coded as repression) only moves the own reading's prior; see step 4.
    matched = pattern_cue(token, lemma, lexicon)
    if matched is not None and matched[1] >= OVERRIDE_SIZE:
        if matched[0] is None:
            return None  # a CAMEO statement code: "set out views" is no event
        return Candidate(token, token, token, agreeing(matched[0], lexicon.verbs.get(lemma)), consumed={token.i})
    # 3. light or reporting verb + event noun object: the noun is the trigger.
    if lexicon.is_word("light_verbs", lemma) or lexicon.is_word("reporting_verbs", lemma):
        # "staged a protest", "announced a strike": a light verb's subject does the noun's event;
        # "reported gunfire", "described the attack": a reporting verb's subject only tells of it.
        governor = token if lexicon.is_word("light_verbs", lemma) else None
        for obj in objects:
            noun, noun_cue = _object_event_noun(obj, lexicon)
            if noun_cue is not None:
                cue, first = noun_cue
                return Candidate(noun, first, noun, cue, nominal=True, governor=governor, consumed={noun.i, first.i})
    # "riots against the policies are continuing", "talks resumed": an aspectual verb says when
    # its event-noun subject happens; the noun is the trigger, its own phrase gives the parties.
    if lexicon.is_word("aspectual_verbs", lemma) and not objects:
        for subject in _children(token, _SUBJECTS):
            noun, noun_cue = _object_event_noun(subject, lexicon)
            if noun_cue is not None:
                cue, first = noun_cue
                places = _prep_arguments(token, lexicon, nominal=False)[1]  # "riots erupted in Paris"
                return Candidate(noun, first, noun, cue, nominal=True, consumed={noun.i, first.i}, places=places)
    # "declared that China must drop barriers": a directive in reported speech is a REQUEST.
    if lexicon.is_word("reporting_verbs", lemma):
        for clause in _children(token, {"ccomp"}):
            if is_directive(clause):
                return Candidate(token, token, token, Cue("REQUEST", None, (), "own", 0.7), consumed={token.i})
    # 4. a shorter pattern gives light and reporting verbs a reading of their own, and verbs
    # the own list does not name a better one than their CAMEO default.
    talk_or_light = lexicon.is_word("reporting_verbs", lemma) or lexicon.is_word("light_verbs", lemma)
    own = lexicon.verbs.get(lemma)
    if matched is not None and (lemma not in lexicon.verbs or talk_or_light):
        cue = matched[0]
        if cue is None:
            return None  # a CAMEO statement code: "looked uncertain" is no event
        return Candidate(token, token, token, agreeing(cue, own), consumed={token.i})
    if talk_or_light and lemma not in lexicon.verbs:
        return None  # "said", "launched" alone are not events; only their event-noun objects are
    # 5. the verb itself: the own list, else the CAMEO-derived one.
    cue = lexicon.verb(lemma)
    if cue is None:
        # "are jointly building a dam", "worked together on": acting jointly is cooperating (COOPERATE).
        joint = any(c.dep_ == "advmod" and lexicon.is_word("joint_adverbs", c.lower_) for c in token.children)
        if not joint:
            return None
        return Candidate(token, token, token, Cue("COOPERATE", None, (), "own", 0.7), consumed={token.i})
    if cue.source == "own":
        cameo = matched[0] if matched is not None else None
        cue = agreeing(cue, cameo or lexicon.cameo_verbs.get(lemma))
    if cue.type == "PROTEST" and (_children(token, {"ccomp"}) or (lemma == "protest" and _official(token, lexicon))):
        # "the group protested that the authorities fail ...", "Japan protested the visit": a
        # spoken or diplomatic protest is a complaint (PLOVER ACCUSE, disapprove); PROTEST is
        # collective action in the street (the manual's PROTEST coding note).
        cue = replace(cue, type="ACCUSE", mode="disapprove")
    return Candidate(token, token, token, cue, consumed={token.i})


#: Sectors whose protests are statements, not street action: states, governments, courts.
_OFFICIAL_SECTORS = frozenset({"GOV", "LEG", "JUD"})


def _official(verb: Token, lexicon: EventLexicon) -> bool:
    """Is the verb's subject a state, a named person or an official body (not a people, a crowd or a group)?"""
    subjects, _ = _subject_of(verb)
    return any(s.ent_type_ in {"GPE", "PERSON"}
               or lexicon.agent_sectors.get(s.lemma_.lower()) in _OFFICIAL_SECTORS for s in subjects)


def _fill_verb_arguments(candidate: Candidate, lexicon: EventLexicon) -> None:
    verb = candidate.governor if candidate.nominal and candidate.governor is not None else candidate.head
    subjects, passive = _subject_of(verb)
    subjects = _reported_subject(verb, subjects, lexicon)
    passive = passive or _is_passive(verb)
    agents = _agents(verb)
    if passive:
        candidate.recipients.extend(s for s in subjects if s.i not in candidate.consumed)
        candidate.actors.extend(agents)
    else:
        candidate.actors.extend(subjects)
    # "freed hostages": a phrase's people object is the recipient if the act moves them (MOVED_PEOPLE).
    objects = [o for o in _children(verb, _OBJECTS) if o.i not in candidate.consumed or (
        o.i != candidate.head.i and not candidate.nominal and candidate.cue.mode in MOVED_PEOPLE
        and o.lemma_.lower() in lexicon.agent_sectors)]
    recipients, places = _prep_arguments(verb, lexicon, nominal=False)
    for holder in [*(verb.doc[i] for i in sorted(candidate.consumed) if i != verb.i), *objects]:
        extra, extra_places = _prep_arguments(holder, lexicon, nominal=True)
        recipients += extra
        places += extra_places
    # PLOVER's recipient is an actor, not a thing: "gave a warm welcome to de Klerk", "supplies
    # to the Red Crescent". Objects first, then prepositional objects, then a named modifier
    # of the object ("a U.N. Security Council resolution").
    if not candidate.recipients:
        pool = [*objects, *(r for r in recipients if r.i not in candidate.consumed)]
        # "withdrew its troops": what the actor moves of its own is not a recipient.
        own = {t.i for t in objects if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)}
        agentive = [t for t in pool if _agentive_token(t, lexicon) and t.i not in own]
        # "denounced Serbia's suppression of ...": the possessor of a thing is the one it targets.
        named = [c for o in _children(verb, _OBJECTS) for c in o.lefts
                 if (c.dep_ in {"compound", "amod", "nmod"} and c.ent_type_ in {"ORG", "GPE", "NORP", "PERSON"})
                 or (c.dep_ == "poss" and c.pos_ != "PRON" and _agentive_token(c, lexicon))]
        candidate.recipients.extend(agentive[:1] or named[:1] or _nested_party(objects, lexicon))
    if not candidate.recipients:
        taken = {t.i for t in candidate.actors} | candidate.consumed
        candidate.recipients.extend(t for t in _complement_recipients(verb, candidate.cue, lexicon) if t.i not in taken)
    candidate.places.extend(places)
    # PLOVER codes a polity where something is done to it as the recipient ("lifted a curfew in
    # Montenegro"), and, in a passive without an agent, as the actor ("was arrested in Lebanon").
    polities = [p for p in candidate.places if p.ent_type_ == "GPE"]
    if passive and not candidate.actors and polities:
        candidate.actors.append(polities.pop(0))
    if not candidate.recipients and polities:
        candidate.recipients.append(polities[0])
        candidate.place_recipient = True


def _nested_party(objects: list[Token], lexicon: EventLexicon) -> list[Token]:
    """A party inside an object phrase: *rejected calls by Belarus's rulers*, *a suspension of
    air links with Serbia*, *a demand from the US President* (never inside a relative clause)."""
    for obj in objects:
        for token in obj.subtree:
            prep = token.head
            if (token.dep_ == "pobj" and prep.i != obj.i and token.ent_type_ not in {"DATE", "TIME"}
                    and (lexicon.is_word("recipient_preps", prep.lower_) or prep.lower_ in {"by", "from"})
                    and _agentive_token(token, lexicon)
                    and not any(a.dep_ in {"relcl", "acl", "advcl"} for a in _path(token, obj))):
                return [token]
    return []


def _path(token: Token, top: Token) -> list[Token]:
    """Tokens from ``token`` up to (not including) ``top``."""
    path = []
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def _complements(verb: Token) -> list[Token]:
    """Clauses that carry a verb's content or purpose: *to*-complements, *that*-clauses, two deep."""
    found: list[Token] = []
    frontier = [verb]
    for _ in range(2):
        frontier = [c for v in frontier for c in v.children
                    if c.dep_ in {"xcomp", "ccomp"}
                    or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
        found.extend(frontier)
    return found


def _complement_recipients(verb: Token, cue: Cue, lexicon: EventLexicon) -> list[Token]:
    """The recipient named inside the complement (*demanded that the government end ...*,
    *threatened to stop talks with the United States*, *opened fire to disperse demonstrators*).

    A demand's recipient is the complement's subject; otherwise the complement's first party-like
    object (direct or prepositional, or a polity it happens in).
    """
    for clause in _complements(verb):
        if cue.type == "REQUEST":
            subjects = [t for t in _children(clause, _SUBJECTS | _PASSIVE_SUBJECTS) if t.pos_ in _NOMINAL]
            if subjects:
                return subjects[:1]
        objects = _children(clause, _OBJECTS)
        recipients, places = _prep_arguments(clause, lexicon, nominal=False)
        for obj in objects:
            extra, extra_places = _prep_arguments(obj, lexicon, nominal=True)
            recipients += extra
            places += extra_places
        agentive = [t for t in [*objects, *recipients] if _agentive_token(t, lexicon)]
        agentive += _nested_party(objects, lexicon)
        polities = [t for t in places if t.ent_type_ == "GPE"]
        if agentive or polities:
            return (agentive or polities)[:1]
    return []


def _fill_noun_arguments(candidate: Candidate, lexicon: EventLexicon) -> None:
    noun = candidate.head
    # "insisted on its demands": the governor's subject is the actor; the pronoun only repeats it.
    pronoun_ok = not candidate.actors
    for child in noun.lefts:
        possessor = child.dep_ == "poss" and (child.pos_ in _NOMINAL or (pronoun_ok and child.pos_ == "PRON"))
        national = child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE", "ORG"}
        # "the police killing of X", "an army crackdown": a security agent compounded onto the noun acts.
        national = national or (child.dep_ == "compound" and lexicon.is_word(
            "agentive_compound_sectors", lexicon.agent_sectors.get(child.lemma_.lower(), "")))
        if possessor and child.pos_ == "PRON":
            child = _clause_subject(noun) or child
        if possessor or (national and child.i not in candidate.consumed):
            candidate.actors.append(child)
    for agent in _children(noun, {"prep"}):
        if agent.lower_ == "by":
            candidate.actors.extend(_pobjs(agent))
    recipients, places = _prep_arguments(noun, lexicon, nominal=True)
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if holder is not None and holder.pos_ == "NOUN" and _noun_cue(holder, lexicon) is None:
        # "start of uprisings in more than 140 cities": the place hangs on the frame noun.
        places += _prep_arguments(holder, lexicon, nominal=True)[1]
    of_is_recipient = lexicon.is_word("noun_object_of", noun.lemma_.lower())
    for prep in _children(noun, {"prep"}):
        if prep.lower_ == "of" and not of_is_recipient:
            recipients = [r for r in recipients if r.head.i != prep.i]
    candidate.recipients.extend(recipients)
    candidate.places.extend(places)


def _clause_subject(noun: Token) -> Token | None:
    """The nominal subject of the verb whose object (or prepositional object) ``noun`` is:
    *the committee has completed its investigation*, *the group insisted on its demands*."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in _OBJECTS else None
    if verb is None or verb.pos_ not in _VERBISH:
        return None
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.pos_ in _NOMINAL]
    return subjects[0] if subjects else None


def _argument_heads(candidates: list[Candidate]) -> set[int]:
    """Tokens that are subjects or objects of a verbal trigger: not separate nominal events."""
    taken: set[int] = set()
    for candidate in candidates:
        if candidate.nominal:
            continue
        for child in candidate.head.children:
            if child.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS | _OBJECTS:
                taken.update(t.i for t in child.conjuncts)
                taken.add(child.i)
    return taken


def find_candidates(doc: Doc, lexicon: EventLexicon) -> list[Candidate]:
    """Every event trigger in ``doc`` with its argument heads, complements folded in."""
    candidates = fold_complements(list(_find_candidates(repair_parse(doc), lexicon)), lexicon)
    for candidate in candidates:
        anchor = candidate.governor if candidate.governor is not None else candidate.head
        candidate.cue = reference_cue(candidate.cue, anchor, bool(candidate.actors))  # "spoke at a rally"
        if not candidate.places:
            # "the crackdown on protesters in Tehran": the parser hangs the place on a party.
            for party in [*candidate.recipients, *candidate.actors]:
                candidate.places.extend(_prep_arguments(party, lexicon, nominal=False)[1])
    return candidates


def _find_candidates(doc: Doc, lexicon: EventLexicon) -> Iterator[Candidate]:
    """Every event trigger in ``doc`` with its argument heads (see the module docstring)."""
    used: set[int] = set()
    verbal: list[Candidate] = []
    for token in doc:
        if token.i in used:
            continue
        candidate: Candidate | None = None
        # "According to ...": a participle the parser reads as a preposition is no event.
        if token.pos_ in _VERBISH and token.dep_ not in {"aux", "auxpass", "prep"}:
            candidate = _verb_candidate(token, lexicon)
        elif token.pos_ == "ADJ" and _children(token, {"xcomp"}) and token.dep_ in {"acomp", "ROOT", "ccomp", "conj"}:
            cue = lexicon.adjectives.get(token.lemma_.lower())
            if cue is not None:
                candidate = Candidate(token, token, token, cue, consumed={token.i})
        if candidate is None or in_name(candidate.head):
            continue
        if candidate.consumed & used:
            continue
        candidate.cue = relation_withdrawal(candidate.head, candidate.cue, lexicon)  # "pulled out of the treaty"
        used.update(candidate.consumed)
        _fill_verb_arguments(candidate, lexicon)
        if candidate.nominal:
            _fill_noun_arguments(candidate, lexicon)
        verbal.append(candidate)
        yield candidate
    taken = _argument_heads(verbal)
    verbal_types = {c.head.i: c.cue.type for c in verbal if not c.nominal}
    for token in doc:
        if token.i in used or token.i in taken or token.pos_ not in _NOMINAL or in_name(token):
            continue
        noun_cue = _noun_cue(token, lexicon)
        if noun_cue is None:
            continue
        cue, first = noun_cue
        if token.dep_ == "pobj" and verbal_types.get(token.head.head.i) == cue.type:
            continue  # "insisted on its demands": the noun restates the verb's event
        candidate = Candidate(token, first, token, cue, nominal=True, consumed={token.i, first.i})
        _fill_noun_arguments(candidate, lexicon)
        used.update(candidate.consumed)
        yield candidate
