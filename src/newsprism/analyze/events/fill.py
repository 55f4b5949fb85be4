"""Arguments of an event candidate from the dependency tree: who acts, on whom, where.

The parse helpers (subjects through conjunctions and control, passive agents, prepositional
phrases) and the passes that fill a candidate's actors, recipients and places, for verbal
triggers (subjects act, objects and passive subjects receive, *by* agents act) and nominal
ones (possessors, *by* phrases, national adjectives and security-agent compounds act;
*on/against/of* objects receive). :mod:`extract` finds the triggers and calls these.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.analyze.events.candidate import Candidate
from newsprism.analyze.events.clauses import to_infinitive
from newsprism.analyze.events.lexicon import Cue, EventLexicon
from newsprism.analyze.events.nouns import NOMINAL, pobjs, vehicle_words
from newsprism.analyze.events.nouns import noun_cue as _noun_cue
from newsprism.analyze.events.parties import is_party, names_party
from newsprism.analyze.events.readings import MOVED_PEOPLE
from newsprism.analyze.events.roles import is_place

__all__ = [
    "OBJECTS",
    "PARTICLES",
    "PASSIVE_SUBJECTS",
    "SUBJECTS",
    "VERBISH",
    "agentive_token",
    "children",
    "complement_clauses",
    "fill_noun_arguments",
    "fill_verb_arguments",
    "is_meeting",
    "is_venue",
    "prep_arguments",
    "reported_subject",
    "subject_of",
    "to_infinitive",
]

VERBISH = frozenset({"VERB", "AUX"})
SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
OBJECTS = frozenset({"dobj", "obj", "dative"})
#: Clause links along which a verb without its own subject inherits its governor's.
_INHERIT = frozenset({"xcomp", "conj", "advcl", "pcomp"})
PARTICLES = frozenset({"back", "away", "off", "out", "down", "up", "over", "free"})


def children(token: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def subject_of(verb: Token) -> tuple[list[Token], bool]:
    """(subject heads, passive?) of ``verb``, borrowed along xcomp/conj/advcl links if missing."""
    current = verb
    for _ in range(5):
        active = children(current, SUBJECTS)
        passive = children(current, PASSIVE_SUBJECTS)
        if current.dep_ == "relcl" and current.head.pos_ in NOMINAL | {"PRON"}:
            # "forces that opened fire": the relative pronoun stands for the noun it modifies.
            relative = [s for s in active + passive if s.tag_ in {"WDT", "WP"} or s.lower_ == "that"]
            if relative:
                return [current.head], bool(passive) and not active
        if active or passive:
            return (active or passive), bool(passive) and not active
        if current.dep_ == "relcl" and current.head.pos_ in NOMINAL | {"PRON"}:
            return [current.head], any(c.dep_ == "auxpass" for c in current.children)
        if current.dep_ == "acl" and current.head.pos_ in NOMINAL:
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
        for agent in children(candidate, {"agent"}):
            found = pobjs(agent)
            if found:
                return found
    return []


def _is_passive(verb: Token) -> bool:
    """Passive voice on this verb, or on the verb it shares its subject with (*arrested and killed by*)."""
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return True
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    return verb.dep_ == "conj" and any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.head.children)


def reported_subject(verb: Token, subjects: list[Token], lexicon: EventLexicon) -> list[Token]:
    """``Hungary said it will support``: a pronoun subject of reported speech is the speaker."""
    if len(subjects) != 1 or subjects[0].pos_ != "PRON" or subjects[0].lower_ not in {"it", "they", "he", "she", "we"}:
        return subjects
    current = verb
    while current.dep_ in {"xcomp", "conj"} and current.head.i != current.i:
        current = current.head
    if current.dep_ != "ccomp" or not lexicon.is_word("reporting_verbs", current.head.lemma_.lower()):
        return subjects
    speaker = [c for c in current.head.children if c.dep_ in SUBJECTS and c.pos_ in NOMINAL]
    return speaker or subjects


def agentive_token(token: Token, lexicon: EventLexicon) -> bool:
    """Could this noun phrase be an actor? Names, pronouns, typed agents, national modifiers."""
    if names_party(token, lexicon):
        return True
    if token.like_num or token.lower_ in lexicon.number_words:
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(agentive_token(o, lexicon) for o in c.children)
                   for c in token.children)
    return any(c.dep_ in {"amod", "compound", "poss"} and (c.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"}
               or c.lemma_.lower() in lexicon.agent_sectors) for c in token.children)


def prep_arguments(head: Token, lexicon: EventLexicon, *, nominal: bool) -> tuple[list[Token], list[Token]]:
    """(recipients, places) from the prepositional phrases on ``head``."""
    recipients: list[Token] = []
    places: list[Token] = []
    # "sent a message to the junta": the parser may call a *to* phrase "dative"; it is a preposition.
    for prep in [c for c in head.children if c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP")]:
        word = prep.lower_
        for pobj in pobjs(prep):
            if lexicon.is_word("location_preps", word) and is_place(pobj, lexicon):
                places.append(pobj)
            elif lexicon.is_word("recipient_preps", word) or (nominal and word in {"of", "between"}):
                if pobj.ent_type_ in {"DATE", "TIME"}:
                    continue
                recipients.append(pobj)
    return recipients, places


def fill_verb_arguments(candidate: Candidate, lexicon: EventLexicon) -> None:
    verb = candidate.governor if candidate.nominal and candidate.governor is not None else candidate.head
    subjects, passive = subject_of(verb)
    subjects = reported_subject(verb, subjects, lexicon)
    passive = passive or _is_passive(verb)
    agents = _agents(verb)
    if passive:
        candidate.recipients.extend(s for s in subjects if s.i not in candidate.consumed)
        candidate.actors.extend(agents)
    else:
        candidate.actors.extend(subjects)
    # "freed hostages": a phrase's people object is the recipient if the act moves them (MOVED_PEOPLE).
    objects = [o for o in children(verb, OBJECTS) if o.i not in candidate.consumed or (
        o.i != candidate.head.i and not candidate.nominal and candidate.cue.mode in MOVED_PEOPLE
        and o.lemma_.lower() in lexicon.agent_sectors)]
    recipients, places = prep_arguments(verb, lexicon, nominal=False)
    for holder in [*(verb.doc[i] for i in sorted(candidate.consumed) if i != verb.i), *objects]:
        extra, extra_places = prep_arguments(holder, lexicon, nominal=True)
        recipients += extra
        places += extra_places
    # PLOVER's recipient is an actor, not a thing: "gave a warm welcome to de Klerk", "supplies
    # to the Red Crescent". Objects first, then prepositional objects, then a named modifier
    # of the object ("a U.N. Security Council resolution").
    if not candidate.recipients:
        pool = [*objects, *(r for r in recipients if r.i not in candidate.consumed)]
        # "withdrew its troops": what the actor moves of its own is not a recipient.
        own = {t.i for t in objects if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)}
        agentive = [t for t in pool if agentive_token(t, lexicon) and t.i not in own]
        # "denounced Serbia's suppression of ...": the possessor of a thing is the one it targets.
        named = [c for o in children(verb, OBJECTS) for c in o.lefts
                 if (c.dep_ in {"compound", "amod", "nmod"} and c.ent_type_ in {"ORG", "GPE", "NORP", "PERSON"})
                 or (c.dep_ == "poss" and c.pos_ != "PRON" and agentive_token(c, lexicon))]
        # "rammed a trawler", "seized two trawlers": a vehicle struck or seized stands for its crew
        # (its object, not "blockaded the port with their boats"; not one burned as property).
        vehicles = [t for t in objects if t.lemma_.lower() in vehicle_words("vehicle_nouns")] if (
            candidate.cue.type in vehicle_words("vehicle_recipient_types")
            and candidate.cue.mode not in vehicle_words("vehicle_property_modes")) else []
        candidate.recipients.extend(agentive[:1] or named[:1] or _nested_party(objects, lexicon) or vehicles[:1])
    if not candidate.recipients:
        taken = {t.i for t in candidate.actors} | candidate.consumed
        candidate.recipients.extend(t for t in _complement_recipients(verb, candidate.cue, lexicon)
                                    if t.i not in taken and not (candidate.cue.type == "AGREE"
                                                                 and is_venue(t, candidate, lexicon)))
    candidate.places.extend(places)
    # PLOVER codes a polity where something is done to it as the recipient ("lifted a curfew in
    # Montenegro"), and, in a passive without an agent, as the actor ("was arrested in Lebanon").
    polities = [p for p in candidate.places if p.ent_type_ == "GPE"]
    if passive and not candidate.actors and polities:
        candidate.actors.append(polities.pop(0))
    hosts = [p for p in polities if not is_venue(p, candidate, lexicon)]
    if not candidate.recipients and hosts:
        candidate.recipients.append(hosts[0])
        candidate.place_recipient = True


def is_meeting(token: Token, lexicon: EventLexicon) -> bool:
    """Is this a meeting (a CONSULT verb or noun other than a visit: *talks*, *hold a summit*)?"""
    if token.pos_ in VERBISH:
        cue = lexicon.verb(token.lemma_.lower())
    else:
        cue = lexicon.nouns.get(token.lemma_.lower()) or lexicon.nouns.get(token.lower_)
    return cue is not None and cue.type == "CONSULT" and cue.mode != "visit"


def is_venue(place: Token, candidate: Candidate, lexicon: EventLexicon) -> bool:
    """Is ``place`` where a meeting is held or an agreement made, no party to it? *met in Tamberg*,
    *held talks in Port Caddo* (PLOVER's CONSULT: "meeting at a neutral location"), *agreed in
    Tamberg to set up a fund*, *committed to talks in Port Caddo*. A visit's place is its host
    (*arrived in Ostavia*: the ``visit`` mode), and a place the agreed act is done in (*to set up a
    centre in Korvath*) is its recipient. Read here, where a polity would be taken as the recipient,
    so that with the venue left out the later recipient rules (events/arguments.py) still run."""
    cue = candidate.cue
    if not is_place(place, lexicon):
        return False
    if cue.type == "CONSULT":
        return cue.mode != "visit"
    if cue.type != "AGREE":
        return False
    prep = place.head
    where = place.dep_ == "pobj" and prep.dep_ == "prep" and lexicon.is_word("location_preps", prep.lower_)
    return where and (prep.head.i == candidate.head.i or is_meeting(prep.head, lexicon))


def _nested_party(objects: list[Token], lexicon: EventLexicon) -> list[Token]:
    """A party inside an object phrase: *rejected calls by Belarus's rulers*, *a suspension of
    air links with Serbia*, *a demand from the US President* (never inside a relative clause)."""
    for obj in objects:
        for token in obj.subtree:
            prep = token.head
            if (token.dep_ == "pobj" and prep.i != obj.i and token.ent_type_ not in {"DATE", "TIME"}
                    and (lexicon.is_word("recipient_preps", prep.lower_) or prep.lower_ in {"by", "from"})
                    and agentive_token(token, lexicon)
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


def complement_clauses(verb: Token) -> list[Token]:
    """Clauses that carry a verb's content or purpose: *to*-complements, *that*-clauses, two deep."""
    found: list[Token] = []
    frontier = [verb]
    for _ in range(2):
        frontier = [c for v in frontier for c in v.children
                    if c.dep_ in {"xcomp", "ccomp"}
                    or (c.dep_ == "advcl" and to_infinitive(c))]
        found.extend(frontier)
    return found


def _complement_recipients(verb: Token, cue: Cue, lexicon: EventLexicon) -> list[Token]:
    """The recipient named inside the complement (*demanded that the government end ...*,
    *threatened to stop talks with the United States*, *opened fire to disperse demonstrators*).

    A demand's recipient is the complement's subject, and so is an accusation's (*the police
    mistreat migrants, a network complained*: the accused is who the charge is about, not whom
    the accused act touches); otherwise the subject of a *to*-infinitive with one of its own
    (*refused to allow aid planes to land*, *would not let monitors observe*: the one the refused,
    granted or urged act is for, which the small parser hangs on the infinitive, not on the verb);
    otherwise the complement's first party-like object (direct or prepositional, or a polity it
    happens in).
    """
    for clause in complement_clauses(verb):
        finite = clause.dep_ == "ccomp" and not to_infinitive(clause)  # "that the government end ..."
        accused = cue.type == "ACCUSE" and finite
        if cue.type == "REQUEST" or accused:
            subjects = [t for t in children(clause, SUBJECTS | PASSIVE_SUBJECTS) if t.pos_ in NOMINAL
                        and (not accused or agentive_token(t, lexicon))]
            if subjects and not accused and finite and not is_party(subjects[0], lexicon):
                return []  # "demanded that control of X be taken from Y": a thing demanded; see events/counterparts
            if subjects:
                return subjects[:1]
        if to_infinitive(clause):
            subjects = [t for t in children(clause, SUBJECTS) if t.pos_ in NOMINAL and agentive_token(t, lexicon)
                        and is_party(t, lexicon)]  # "to allow elections to take place": no one
            if subjects or lexicon.is_word("permission_verbs", clause.lemma_.lower()):
                return (subjects or _let_party(clause, lexicon))[:1]
        objects = children(clause, OBJECTS)
        recipients, places = prep_arguments(clause, lexicon, nominal=False)
        for obj in objects:
            extra, extra_places = prep_arguments(obj, lexicon, nominal=True)
            recipients += extra
            places += extra_places
        agentive = [t for t in [*objects, *recipients] if agentive_token(t, lexicon)]
        agentive += _nested_party(objects, lexicon)
        polities = [t for t in places if t.ent_type_ == "GPE"]
        if agentive or polities:
            return (agentive or polities)[:1]
    return []


def _let_party(permission: Token, lexicon: EventLexicon) -> list[Token]:
    """*refused to let opposition observers watch the count*, *declined to let monitors into the
    province*: the one a permission verb lets (or not) in or act. Its object is the usual
    complement's (*to allow inspectors in*); a bare infinitive's subject the parser hangs on a clause
    of the permission verb (*let X watch*: X is the clause's subject, or the clause itself when the
    parser makes the party the clause: *let X into*). ``[]`` when a place or thing is let (*let
    prices rise*)."""
    found = children(permission, OBJECTS)
    for clause in children(permission, {"ccomp", "xcomp"}):
        found += children(clause, SUBJECTS) if clause.pos_ in VERBISH else [clause]
    return [t for t in found if t.pos_ in NOMINAL and agentive_token(t, lexicon) and is_party(t, lexicon)
            and not is_place(t, lexicon)]


def fill_noun_arguments(candidate: Candidate, lexicon: EventLexicon) -> None:
    noun = candidate.head
    # "insisted on its demands": the governor's subject is the actor; the pronoun only repeats it.
    pronoun_ok = not candidate.actors
    for child in noun.lefts:
        possessor = child.dep_ == "poss" and (child.pos_ in NOMINAL or (pronoun_ok and child.pos_ == "PRON"))
        national = child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE", "ORG"}
        # "the police killing of X", "an army crackdown": a security agent compounded onto the noun acts.
        national = national or (child.dep_ == "compound" and lexicon.is_word(
            "agentive_compound_sectors", lexicon.agent_sectors.get(child.lemma_.lower(), "")))
        if possessor and child.pos_ == "PRON":
            child = _clause_subject(noun) or child
        if possessor or (national and child.i not in candidate.consumed):
            candidate.actors.append(child)
    for agent in children(noun, {"prep"}):
        if agent.lower_ == "by":
            candidate.actors.extend(pobjs(agent))
    recipients, places = prep_arguments(noun, lexicon, nominal=True)
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if holder is not None and holder.pos_ == "NOUN" and _noun_cue(holder, lexicon) is None:
        # "start of uprisings in more than 140 cities": the place hangs on the frame noun.
        places += prep_arguments(holder, lexicon, nominal=True)[1]
    of_is_recipient = lexicon.is_word("noun_object_of", noun.lemma_.lower())
    for prep in children(noun, {"prep"}):
        if prep.lower_ == "of" and not of_is_recipient:
            recipients = [r for r in recipients if r.head.i != prep.i]
    candidate.recipients.extend(recipients)
    candidate.places.extend(places)


def _clause_subject(noun: Token) -> Token | None:
    """The nominal subject of the verb whose object (or prepositional object) ``noun`` is:
    *the committee has completed its investigation*, *the group insisted on its demands*."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in OBJECTS else None
    if verb is None or verb.pos_ not in VERBISH:
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.pos_ in NOMINAL]
    return subjects[0] if subjects else None
