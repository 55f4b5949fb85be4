"""Complement clauses: one event, not two, when a speech act's content is itself an act.

*threatened to cut off electricity* is one THREATEN, *demanded that the US cancel* one
REQUEST: the complement folds into its governor and lends it its parties (and, for a threat,
a mode). A verb of intention only CAMEO reads (*plans to*, *prepared to*) is the other way
round: the complement is the event, coded by its time relation. And a demand that is the
purpose of a protest is the protest's topic, not an event of its own.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsprism.analyze.events.candidate import Candidate
from newsprism.analyze.events.clauses import across_semicolon
from newsprism.analyze.events.fill import SUBJECTS, to_infinitive
from newsprism.analyze.events.lexicon import Cue, EventLexicon

__all__ = ["allegation", "denunciation", "fold_complements", "is_directive", "message_request", "wish_request"]

#: Modals that make a clause a directive to its subject.
_DIRECTIVE = frozenset({"must"})


def is_directive(clause: Token) -> bool:
    """A clause that tells someone else what to do: *(that) China must drop barriers*; not an
    exhortation to oneself (*we must always ...*) nor a passive (*must be done*)."""
    first_person = any(c.dep_ in SUBJECTS and c.lower_ in {"i", "we"} for c in clause.children)
    return (any(c.dep_ == "aux" and c.lower_ in _DIRECTIVE for c in clause.children)
            and not any(c.dep_ == "auxpass" for c in clause.children) and not first_person)


def wish_request(verb: Token, lemma: str, lexicon: EventLexicon) -> Candidate | None:
    """*wants Israel to halt building*: wanting another party to act is asking it to (PETRARCH's
    WANT transformation, ``~ a (b . ATTACK) WANT``, an appeal: PLOVER REQUEST). Wanting to act
    oneself (*wants to attack*) is no request. The wanted act folds into the request.

    *told the rebels to leave*: a directive verb (``directive_verbs``) with an addressee and a
    *to*-clause is an order (PLOVER: "all requests, demands, and orders"); *told reporters
    that ...* is a statement, and stays the quotes stage's."""
    if lexicon.is_word("directive_verbs", lemma):
        addressee = any(c.dep_ in {"dobj", "dative"} and c.pos_ in {"NOUN", "PROPN", "PRON"} for c in verb.children)
        ordered = any(c.dep_ == "xcomp" and c.i > verb.i
                      and to_infinitive(c) for c in verb.children)
        if addressee and ordered:
            return Candidate(verb, verb, verb, Cue("REQUEST", None, (), "own", 0.7), consumed={verb.i})
        return None
    if not lexicon.is_word("wanting_verbs", lemma):
        return None
    for clause in verb.children:
        to = to_infinitive(clause)
        other = [c for c in clause.children if c.dep_ in SUBJECTS and c.pos_ in {"NOUN", "PROPN"}]
        if clause.dep_ == "ccomp" and to and other:
            return Candidate(verb, verb, verb, Cue("REQUEST", None, (), "own", 0.7), consumed={verb.i})
    return None


#: Types a CAMEO-only reading of a claimed act must have to make the claim an allegation: material
#: acts against a party (the own list's readings are curated and count whatever their type).
_ALLEGED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})


def allegation(verb: Token, lemma: str, lexicon: EventLexicon) -> Candidate | None:
    """*claimed the protesters were sent by the government*: a claim that another party did an act
    is an allegation (PLOVER ACCUSE: "accuse, allege, or charge, both judicially and informally"),
    made by the claimer now; the claimed act stays the claimer's report. Only ``allegation_verbs``
    (*claim*), only with a that-clause whose verb has an event reading (the own list's, or a CAMEO
    reading of a material act against a party: :data:`_ALLEGED_TYPES`) and whose doer is named and
    is another party: a passive's *by* agent, or a subject that is no pronoun (*claimed they had
    taken the town* tells the claimer's own act; *claimed he was innocent* names no act)."""
    if not lexicon.is_word("allegation_verbs", lemma):
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        reading = lexicon.verb(clause.lemma_.lower())
        if reading is None or (reading.source != "own" and reading.type not in _ALLEGED_TYPES):
            continue  # "claimed West decided to ...": CAMEO's reading of a common verb is no act told
        agents = [o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        subjects = [c for c in clause.children if c.dep_ in {"nsubj"} and c.pos_ in {"NOUN", "PROPN"}
                    and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)]  # not "its troops"
        if agents or subjects:
            return Candidate(verb, verb, verb, Cue("ACCUSE", "allege", (), "own", 0.7), consumed={verb.i})
    return None


def denunciation(verb: Token, lemma: str, lexicon: EventLexicon) -> Candidate | None:
    """*called the plan a threat*, *calls the measure illegal*, *branded the vote "a farce"*: naming a thing
    or a party with a word of condemnation is a denunciation (PLOVER ACCUSE, mode disapprove: "criticize,
    condemn, denounce"), the labels' *called X Y*; a neutral or approving label (*called it a matter of
    public health*, *called him a decent man*) is none. Only ``label_verbs``, only with a predicative
    complement (spaCy's ``oprd``, or the ``xcomp``/``ccomp``/``acomp`` it may give an adjective) holding
    one of ``condemnation_words`` in the label's own words: its head, the head's modifiers and the objects
    of its prepositions (*an act of aggression*, *a threat to farmers*), not a clause deeper in it (*the
    killing of a journalist doing his job despite threats* mourns). The object may be missing where it is
    the head of a relative clause (*a move Kray called "hostile"*)."""
    if not lexicon.is_word("label_verbs", lemma):
        return None
    # *described the attack as a "cowardly act"*: the label may come as the object of *as*, which the
    # parser hangs on the verb or on its object.
    labels = [c for c in verb.children if c.dep_ in {"oprd", "xcomp", "ccomp", "acomp"}]
    holders = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "obj"})]
    labels += [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
               if o.dep_ == "pobj"]
    # *called the deal "lousy"*: an adjective after the object is its predicate, which the parser may hang on
    # the object as a modifier (English adjectives modify from before the noun).
    labels += [a for h in holders[1:] for a in h.children if a.dep_ == "amod" and a.i > h.i]
    for complement in labels:
        # Not a gerund's object: *what he called "facing the enemy"* names a stance, it condemns no one.
        near = [complement, *(c for c in complement.children if c.dep_ not in {"dobj", "obj"})]
        near += [o for c in complement.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        near += [c for t in list(near) if t.dep_ == "conj" for c in (t, *t.children)]  # "hostile and unnecessary"
        if any(lexicon.names("condemnation_words", t) for t in near):
            return Candidate(verb, verb, verb, Cue("ACCUSE", "disapprove", (), "own", 0.7), consumed={verb.i})
    return None


def message_request(verb: Token, objects: list[Token], lexicon: EventLexicon) -> Candidate | None:
    """*sent a message to X that it must ...*, *issued a reminder that ...*: a message whose
    content is a directive is a REQUEST (PLOVER: all requests, demands and orders are verbal
    acts); the trigger is the verb and the message noun, the directive folds into it."""
    for obj in objects:
        if not lexicon.is_word("message_nouns", obj.lemma_.lower()):
            continue
        # The content clause hangs on the message, or (a parser slip) on its addressee as a
        # relative clause with a subject of its own: "a message to the rebels that they must ...".
        addressees = [o for p in [*verb.children, *obj.children] if p.dep_ in {"prep", "dative"} and p.i > obj.i
                      for o in p.children if o.dep_ == "pobj"]
        clauses = [c for c in obj.children if c.dep_ in {"acl", "ccomp", "relcl"} and c.i > obj.i]
        clauses += [c for o in addressees for c in o.children if c.dep_ == "relcl" and any(
            s.dep_ in SUBJECTS and s.tag_ == "PRP" for s in c.children)]
        directive = next((c for c in clauses if is_directive(c)), None)
        if directive is not None:
            first, last = sorted((verb, obj), key=lambda t: t.i)
            # The directive is the request's content, not an event of its own: consumed here.
            return Candidate(verb, first, last, Cue("REQUEST", None, (), "own", 0.7),
                             consumed={verb.i, obj.i, directive.i})
    return None

#: Governor types whose complement is their content, not a second event: "threatened to cut
#: off electricity" is one THREATEN, "demanded that the US cancel" one REQUEST.
_CONTENT_GOVERNORS = frozenset({"THREATEN", "REQUEST", "REJECT", "AGREE", "ACCUSE"})


def _governing(candidate: Candidate, by_head: dict[int, Candidate]) -> Candidate | None:
    """The speech-act event whose complement this event is, if any (two clause links at most)."""
    current = candidate.governor or candidate.head
    for _ in range(2):
        # "refused to allow planes to land and evacuate": a conjunct of a complement is one too.
        while current.dep_ == "conj" and current.head.i != current.i:
            current = current.head
        # An infinitive the parser calls advcl ("have sworn to fight") is a complement too.
        infinitive = current.dep_ == "advcl" and to_infinitive(current)
        if (current.dep_ not in {"xcomp", "ccomp"} and not infinitive) or current.head.i == current.i:
            return None
        if across_semicolon(current):
            return None  # "X voted to hold ...; a court later quashed the vote": two clauses, no content
        current = current.head
        governor = by_head.get(current.i)
        if governor is not None and governor.cue.type in _CONTENT_GOVERNORS:
            return governor
    return None


def fold_complements(candidates: list[Candidate], lexicon: EventLexicon) -> list[Candidate]:
    """Fold complement events into their speech-act governor (see ``_CONTENT_GOVERNORS``).

    The governor takes the complement's parties where it has none (the demanded-of party is
    the complement's subject; the threatened party is its object) and, for a threat, a mode
    from the complement's type (``threaten`` + SANCTION -> ``relations``).
    """
    by_head = {(c.governor or c.head).i: c for c in candidates}
    # "Greece plans to impose restrictions": a verb of intention that only CAMEO reads (as
    # "express intent", AGREE) is the tense of its complement, not an event of its own; the
    # complement is the event, and its time relation (future) recodes it (THREATEN here).
    intents = {id(g) for c in candidates
               if (g := _governing(c, by_head)) is not None and g is not c and g.cue.source != "own"
               and not g.nominal and lexicon.is_word("future_governors", g.head.lemma_.lower())}
    _commitments(candidates, by_head, lexicon)
    kept = []
    for candidate in candidates:
        if id(candidate) in intents:
            continue
        governor = _governing(candidate, by_head)
        if governor is not None and governor is not candidate and lexicon.is_word(
                "allegation_verbs", governor.head.lemma_.lower()):
            # "claimed the police had beaten them": the alleged act is the claimer's report, kept
            # (asserted by the claimer); its doer is whom the claim accuses.
            if not governor.recipients:
                governor.recipients.extend(t for t in candidate.actors if all(t.i != a.i for a in governor.actors))
            kept.append(candidate)
            continue
        if governor is None or governor is candidate or id(governor) in intents:
            kept.append(candidate)
            continue
        if not governor.recipients:
            source = candidate.actors if governor.cue.type == "REQUEST" else candidate.recipients
            governor.recipients.extend(t for t in source if all(t.i != a.i for a in governor.actors))
        if governor.cue.type == "THREATEN" and governor.cue.mode is None:
            mode = lexicon.threat_modes.get(candidate.cue.type)
            if candidate.cue.type == "COERCE" and candidate.cue.mode in {"arrest", "restrict"}:
                mode = candidate.cue.mode
            if mode is not None:
                governor.cue = replace(governor.cue, mode=mode)
    return _relief(_without_mobilizing_for_assault(_without_protest_topics(_without_hazard_warnings(kept, lexicon))))


def _without_hazard_warnings(candidates: list[Candidate], lexicon: EventLexicon) -> list[Candidate]:
    """*warned of a recession*, *cautioned them about what lies ahead*: a warning of a danger is
    a statement, not a THREATEN (PLOVER: a threat is of the actor's own negative action). A
    warning stays a threat with a clause (*warned that it would retaliate*), *against*, or a
    consequence it names (``warning_threats``: *warned of consequences*, *of a harsh response*)."""
    kept = []
    for candidate in candidates:
        verb = candidate.head
        if (candidate.cue.type != "THREATEN" or candidate.nominal
                or not lexicon.is_word("warning_verbs", verb.lemma_.lower())):
            kept.append(candidate)
            continue
        clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "advcl"}]
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"of", "about", "against"}]
        objects = [o for p in preps for o in p.children if o.dep_ in {"pobj", "pcomp"}]
        hazard = (
            not clauses and preps and all(p.lower_ != "against" for p in preps)
            and not any(lexicon.is_word("warning_threats", t.lemma_.lower()) for o in objects for t in o.subtree)
        )
        if not hazard:
            kept.append(candidate)
    return kept


def _purpose_of(candidate: Candidate, governor: Candidate) -> bool:
    """Is ``candidate`` the *to*-purpose clause of ``governor`` (*sent ships to help*)?"""
    head = candidate.governor or candidate.head
    infinitive = head.dep_ == "advcl" and to_infinitive(head)
    return head.head.i == (governor.governor or governor.head).i and (head.dep_ == "xcomp" or infinitive)


def _relief(candidates: list[Candidate]) -> list[Candidate]:
    """PLOVER's MOBILIZE note: "mobilizing police or military forces for disaster relief should be
    coded as AID": a deployment whose purpose clause is aid (*sent warships to help*) is that AID.
    So is an arrival whose purpose is aid (*doctors arrived to help*): PLOVER's AID includes
    assistance in personnel, and travel to give it is no consultation (CONSULT visit)."""
    helped: set[int] = set()
    for mobilize in (c for c in candidates if not c.nominal and (
            c.cue.type == "MOBILIZE" or (c.cue.type == "CONSULT" and c.cue.mode == "visit"))):
        aid = next((c for c in candidates if c.cue.type == "AID" and _purpose_of(c, mobilize)), None)
        if aid is not None:
            mobilize.cue = replace(mobilize.cue, type="AID", mode=None, context=("human_security",))
            helped.add(id(aid))
    return [c for c in candidates if id(c) not in helped]


#: Conflict types that are no promise: a pledge to send troops (MOBILIZE, to a peacekeeping force
#: as often as to a front) or to ask for something (REQUEST) stays an AGREE.
_NOT_THREATS = frozenset({"MOBILIZE", "REQUEST"})


def _direct(candidate: Candidate, verb: Token) -> bool:
    """Is ``candidate``'s clause a complement of ``verb`` itself (or a conjunct of one)?"""
    head = candidate.governor or candidate.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.head.i == verb.i


def _conflictual(kind: str, lexicon: EventLexicon) -> bool:
    return kind not in _NOT_THREATS and "CONFLICT" in str(lexicon.plover["events"].get(kind, {}).get("quad", ""))


def _commitments(candidates: list[Candidate], by_head: dict[int, Candidate], lexicon: EventLexicon) -> None:
    """*vowed to hold elections* is AGREE, *vowed to retaliate* THREATEN: a commitment verb
    (``commitment_verbs``: vow, pledge, promise, swear) or adjective (*ready to*, *willing to*)
    takes its type from what it commits to,
    as PLOVER's AGREE ("promise ... to cooperate") and THREATEN ("all threats") divide it. Its
    content is conflictual when a complement event is (PLOVER's quad category); *vowed not to*
    turns it round (*not to attack* is a promise, *not to return the land* a refusal)."""
    contents: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        governor = _governing(candidate, by_head)
        if governor is not None and governor is not candidate:
            contents.setdefault(id(governor), []).append(candidate)
    for governor in candidates:
        verb = governor.head
        committing = lexicon.is_word("commitment_verbs", verb.lemma_.lower()) or (
            verb.pos_ == "ADJ" and verb.lemma_.lower() in lexicon.adjectives)  # "ready to", "willing to"
        if (governor.nominal or governor.consumed != {verb.i} or governor.cue.type not in {"AGREE", "THREATEN"}
                or not committing):
            continue
        clause = next((c for c in verb.children if c.dep_ == "xcomp" or (c.dep_ == "advcl" and to_infinitive(c))), None)
        if clause is None:
            continue
        # only what it commits to directly: in "ready to help X fight smuggling" the help is the content
        content = [c.cue.type for c in contents.get(id(governor), []) if _direct(c, verb)]
        if not content and (reading := lexicon.verb(clause.lemma_.lower())) is not None:
            content = [reading.type]  # "vowed to hunt down the gunmen": the verb's reading, unemitted
        conflict = any(_conflictual(kind, lexicon) for kind in content)
        if any(c.dep_ == "neg" for c in clause.children):
            if not content:
                continue  # "vowed never to give up": nothing to turn round
            kind = "AGREE" if conflict else "REJECT"
        else:
            kind = "THREATEN" if conflict else "AGREE"
        if kind != governor.cue.type:
            governor.cue = replace(governor.cue, type=kind, mode=None)


#: Verbal acts that, as the purpose of a protest, are its topic: "began a hunger strike to demand
#: the return of property" is one PROTEST (PLOVER's PROTEST and REQUEST coding notes).
_TOPICS = frozenset({"REQUEST", "ACCUSE", "REJECT"})


def _without_protest_topics(candidates: list[Candidate]) -> list[Candidate]:
    protests = {t.i for c in candidates if c.cue.type == "PROTEST" for t in (c.head, c.governor) if t is not None}
    if not protests:
        return candidates
    kept = []
    for candidate in candidates:
        current, topic = candidate.governor or candidate.head, False
        for _ in range(2):
            if candidate.cue.type not in _TOPICS or current.dep_ not in {"advcl", "xcomp", "acl", "relcl"}:
                break
            current = current.head
            if current.i in protests:
                topic = True
                break
        if not topic:
            kept.append(candidate)
    return kept


_LINKS = frozenset({"conj", "advcl", "xcomp"})


def _linked(a: Token, b: Token) -> bool:
    """One clause link between the two heads, either way."""
    return (a.head.i == b.i and a.dep_ in _LINKS) or (b.head.i == a.i and b.dep_ in _LINKS)


def _without_mobilizing_for_assault(candidates: list[Candidate]) -> list[Candidate]:
    """PLOVER's MOBILIZE note: "units were activated and returned fire on the rebels" is the
    ASSAULT only; a mobilisation in one clause chain with an assault is not coded apart."""
    assaults = [c.governor or c.head for c in candidates if c.cue.type == "ASSAULT"]
    if not assaults:
        return candidates

    return [c for c in candidates
            if c.cue.type != "MOBILIZE" or not any(_linked(c.governor or c.head, a) for a in assaults)]

