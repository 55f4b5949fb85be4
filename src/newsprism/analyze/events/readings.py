"""How sure a trigger's reading is, and readings that depend on more than the verb.

Two independent sources read a verb: newsprism's own list (``events_en.json``) and PETRARCH's
CAMEO dictionary (its verb default, or a pattern over the verb's phrase). Where they agree the
reading is right far more often than where they differ, so agreement sets the cue's prior, the
score the stage's evidence confidence starts from (calibrated abstention, precision first).

Readings decided beyond the verb, each as data in the lexicon: by who acts
(:func:`actor_reading`, ``actor_recode``: troops who mass MOBILIZE, crowds PROTEST), by whether
the object is a party (:func:`party_object_cue`: *received the minister*), and by the shape of
a hypothetical (:func:`conditional_reading`: *would attack unless* is a THREATEN; an attempted
act is the act; any other hypothetical is less sure), by a refusal (:func:`refusal_reading`:
*will not recognise* is a REJECT made now) and by whether a saying demands or reports
(:func:`claim_not_demand`). Clauses that use an event verb for no act (an arrival with no place, a
bill's content, a crowd moving itself, a relative clause's habitual present) are in
:mod:`newsprism.analyze.events.nonacts`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from newsprism.analyze.events.crowd import is_riot
from newsprism.analyze.events.lexicon import Cue, EventLexicon
from newsprism.analyze.events.parties import names_party
from newsprism.analyze.events.patterns import best_pattern, phrase_after, phrase_before
from newsprism.analyze.events.roles import load_role_words
from newsprism.analyze.events.timing import is_conditional_clause
from newsprism.model import TimeRelation

__all__ = [
    "AGREED_PRIOR",
    "DISPUTED_PRIOR",
    "HYPOTHETICAL_PENALTY",
    "MOVED_PEOPLE",
    "OVERRIDE_SIZE",
    "PATTERN_PRIOR",
    "actor_reading",
    "agreeing",
    "claim_not_demand",
    "conditional_reading",
    "material_transfer_cue",
    "object_cue",
    "party_object_cue",
    "pattern_cue",
    "reference_cue",
    "refusal_reading",
    "relation_withdrawal",
    "verb_lemma",
]


#: Prior of a reading two independent sources (the own list, CAMEO's dictionary) give alike,
#: and of one they give differently: on PLOVER-dev, agreeing readings were right nine times
#: in ten or more, disputed ones about three in four, a lone CAMEO verb default one in four.
AGREED_PRIOR = 0.8
DISPUTED_PRIOR = 0.6


def agreeing(cue: Cue, other: Cue | None) -> Cue:
    """``cue`` with its prior raised when the other source reads the verb alike, lowered when
    it reads it otherwise (calibrated abstention: disputed readings fall under the threshold
    unless the parties are clear)."""
    if other is None:
        return cue
    if other.type == cue.type:
        return replace(cue, prior=max(cue.prior, AGREED_PRIOR))
    if other.source == "cameo" and cue.source == "own":
        # A CAMEO verb's bare default is one reading of a verb with many senses (right one time
        # in four on PLOVER-dev when alone): differing from it says nothing against a hand-checked
        # entry. Only a pattern matched over the verb's phrase is evidence against it.
        return cue
    return replace(cue, prior=min(cue.prior, DISPUTED_PRIOR))


#: Modes whose phrase object names the people acted on, who stay the recipient (*freed hostages*,
#: *expelled diplomats*): not one's own inspectors withdrawn or forces sent, whose recipient is elsewhere.
MOVED_PEOPLE = frozenset({"release", "access", "expel", "arrest", "deport", "abduct"})


#: Evidence prior of a CAMEO pattern reading by its specificity (words matched, 2 or more
#: counted as 2): on PLOVER-dev without the own lexicon, one-word patterns were right about
#: three times in four, longer ones seven in eight; a verb's bare default two in three.
PATTERN_PRIOR = {0: 0.5, 1: 0.6, 2: 0.7}
#: Specificity at which a CAMEO pattern outranks the own verb list.
OVERRIDE_SIZE = 2


def pattern_cue(token: Token, lemma: str, lexicon: EventLexicon) -> tuple[Cue | None, float] | None:
    """(reading, specificity) of the most specific CAMEO pattern matching ``token``'s phrase."""
    patterns = lexicon.patterns(lemma)
    if not patterns:
        return None
    found = best_pattern(patterns, phrase_before(token), phrase_after(token))
    if found is None:
        return None
    # A pattern written for a synonym (``- * PART [030] # TAKE`` read on *captured part of*)
    # is weaker evidence than one written for this verb: it never outranks the own list.
    size = found.size if found.origin in ("", lemma) else min(found.size, 0.5)
    reading = found.reading
    if not isinstance(reading, Cue):
        return None, size
    return replace(reading, prior=PATTERN_PRIOR[min(int(size), 2)]), size


def verb_lemma(token: Token, lexicon: EventLexicon) -> str:
    """The token's lemma, or a guess from its form when the tagger's lemma is unknown to every
    list and the form's stem is known (*staged* lemmatised as *stag*)."""
    lemma = token.lemma_.lower()
    if lemma in lexicon.verbs or lemma in lexicon.cameo_verbs or lexicon.patterns(lemma):
        return lemma
    form = token.lower_
    guesses = {"ed": (form[:-1], form[:-2]), "ing": (form[:-3], form[:-3] + "e"), "s": (form[:-1],)}
    for suffix, stems in guesses.items():
        if form.endswith(suffix):
            for stem in stems:
                if stem in lexicon.verbs or stem in lexicon.cameo_verbs or lexicon.patterns(stem):
                    return stem
    return lemma


def actor_reading(
    kind: str, mode: str | None, sectors: list[str | None], lexicon: EventLexicon, lemma: str = "",
    *, harms_people: bool = False,
) -> tuple[str, str | None]:
    """(type, mode) of a reading once its actor's sector is known (``actor_recode`` in the lexicon).

    PLOVER defines some types by who acts: PROTEST is civilian collective action and MOBILIZE
    military or police moves, so *troops massed* and *demonstrators massed* differ although the
    verb is one; an arrest is a state's act, so an armed group that detains people abducts them.
    The first actor with a sector decides; without one the reading stands. The table is keyed
    by the trigger's lemma (*gather*: officials meet, crowds rally, troops mass), then by
    ``TYPE:mode``, then by type. A crowd's violence that ``harms_people`` (:func:`crowd.harms_people`:
    a victim named, a fight) is not read as a riot (:func:`crowd.is_riot`): it stays the ASSAULT.
    """
    sector = next((s for s in sectors if s), None)
    if sector is None:
        return kind, mode
    for key in ((lemma,) if lemma else ()) + ((f"{kind}:{mode}",) if mode else ()) + (kind,):
        table = lexicon.actor_recode.get(key)
        if table is not None and sector in table:
            recoded, recoded_mode = table[sector]
            if harms_people and is_riot(kind, recoded):
                return kind, mode  # protesters who attack people: ASSAULT (events/crowd.py)
            # A word's reading that already has the type keeps its own mode (*hunger strike* by
            # workers stays a hunger strike); a type's table sets the mode by who acts (police).
            return (kind, mode or recoded_mode) if recoded == kind and key == lemma else (recoded, recoded_mode)
    return kind, mode


#: How much less sure a reading is when the event did not happen but might (*could attack*,
#: *if the army attacks*): PLOVER codes what happened, so such a reading is seldom the coded
#: event. Hypothetical events are still emitted, flagged (issue #5), when their evidence is strong.
HYPOTHETICAL_PENALTY = 0.1
_CONDITION_MARKS = frozenset({"if", "unless"})


def conditional_reading(
    kind: str, mode: str | None, anchor: Token, lexicon: EventLexicon
) -> tuple[str, str | None, float]:
    """(type, mode, confidence change) of a hypothetical event, from the shape of its condition.

    - *would attack the town unless the army withdrew*: an act made conditional is announced,
      not done, and reads as PLOVER reads an announced act (``future_recode``): a conflictual
      one a THREATEN ("coercive or forceful warnings"), a cooperative one an offer (AGREE), a
      retreat a CONCEDE;
    - any other hypothetical reading, the condition itself included (*unless the army
      withdrew*), keeps its type and is less sure (:data:`HYPOTHETICAL_PENALTY`).
    """
    if anchor.dep_ == "xcomp" and lexicon.is_word("attempt_verbs", anchor.head.lemma_.lower()):
        # PETRARCH's ATTEMPT transformation (``~ a (_ b ASSASSINATE) ATTEMPT``) and PLOVER's
        # ASSAULT ("successful and attempted assassinations"): an attempted act is the act.
        return kind, mode, 0.0
    conditioned = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
                      for c in anchor.children)
    if conditioned and kind in lexicon.future_recode:
        # Read like an announced act (``future_recode``): an attack THREATEN, aid AGREE, a retreat CONCEDE.
        recoded = lexicon.future_recode[kind]
        return recoded, lexicon.threat_modes.get(kind) if recoded == "THREATEN" else None, 0.0
    return kind, mode, -HYPOTHETICAL_PENALTY


_PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_OBJECTS = frozenset({"dobj", "obj"})


def _material(obj: Token, lexicon: EventLexicon) -> bool:
    """Is this object goods or money given (``material_nouns``, a money amount), looking through
    a measure (*40 tonnes of supplies*, *a shipment of vaccines*)?"""
    if obj.ent_type_ == "MONEY" or lexicon.is_word("material_nouns", obj.lemma_.lower()):
        return True
    if lexicon.is_word("measure_nouns", obj.lemma_.lower()) or obj.ent_type_ == "QUANTITY":
        return any(o.dep_ == "pobj" and lexicon.is_word("material_nouns", o.lemma_.lower())
                   for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
    return False


def material_transfer_cue(token: Token, lemma: str, lexicon: EventLexicon) -> Cue | None:
    """*flew 40 tonnes of medical supplies to*, *released 15 million euros*, *paid compensation*:
    a verb that moves things (``transfer_verbs``) whose object is goods or money given is AID
    (PLOVER: "monetary aid ..., grants, gifts and credit, including reparations", humanitarian
    aid), whatever the verb reads alone (a visit, a release of captives, a payment)."""
    if not lexicon.is_word("transfer_verbs", lemma):
        return None
    if any(_material(obj, lexicon) for obj in token.children if obj.dep_ in _OBJECTS):
        return Cue("AID", None, (), "own", 0.7)
    return None


#: Clause positions where an event with no actor is mentioned rather than reported: inside a
#: relative clause (*the hostages taken*), a compound (*ceasefire monitor*), a prepositional
#: clause (*of accepting bribes*), or as the object of a preposition of time or circumstance
#: (*spoke at a rally*, *during a summit*). On PLOVER-dev and the blind own corpus's first run
#: every such primary event was the wrong one (0 of 5), so it falls under the threshold.
REFERENCE_DEPS = frozenset({"relcl", "compound", "pcomp"})
REFERENCE_PREPS = frozenset({"at", "during", "before", "after", "since", "amid", "despite", "following"})
REFERENCE_PRIOR = 0.5


def reference_cue(cue: Cue, anchor: Token, has_actor: bool) -> Cue:
    """``cue`` less sure (:data:`REFERENCE_PRIOR`) when its trigger, with no actor, sits in a
    position that mentions an event (:data:`REFERENCE_DEPS`, :data:`REFERENCE_PREPS`):
    calibrated abstention. A noun whose source is named (*criticism from the opposition*) or
    that carries a date or count (*uprisings in more than 140 cities*) is reported."""
    circumstance = anchor.dep_ == "pobj" and anchor.head.lower_ in REFERENCE_PREPS
    if has_actor or not (anchor.dep_ in REFERENCE_DEPS or circumstance):
        return cue
    if any(c.dep_ == "prep" and c.lower_ in {"by", "from"} for c in anchor.children):
        return cue
    if any(t.ent_type_ in {"DATE", "CARDINAL", "QUANTITY"} for t in anchor.subtree):
        return cue
    return replace(cue, prior=min(cue.prior, REFERENCE_PRIOR))


def _verb_objects(token: Token) -> list[Token]:
    """The verb's object: its direct object or, in a passive, its subject."""
    return [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]


def _kind_words(obj: Token) -> tuple[Token, ...]:
    """An object's head and the compounds and adjectives that say what kind of thing it is."""
    return (obj, *(c for c in obj.children if c.dep_ in {"compound", "amod"}))


def object_cue(token: Token, lemma: str, lexicon: EventLexicon) -> Cue | None:
    """A reading the kind of the object decides (``object_readings``): *disabled the websites*,
    *crippled the ministry's computer network* are cyber attacks (COERCE cyber), *handed over
    12 suspected militants* judicial cooperation. The object is the direct object or, in a
    passive, the subject; a compound or adjective in it counts (*computer network*, *suspected*)."""
    # the head, and what kind of thing it is: *computer network*, *suspected militants*
    words = {t.lemma_.lower() for o in _verb_objects(token) for t in _kind_words(o)}
    for verbs, nouns, cue in lexicon.object_readings:
        if lemma in verbs and words & nouns:
            if cue.type == "REJECT" and _bound_for_party(token, lexicon):
                continue  # "halted arms sales to Sundria": a party cut off, not a proposal refused
            return cue
    # what it is done with: *dispersed the crowd with tear gas* is ASSAULT crowd-control (PLOVER's manual
    # keeps that mode for an explicit crowd-control weapon; without one a dispersal stays COERCE)
    preps, users = lexicon.instrument_markers
    tools = [g for c in token.children for g in c.children
             if (c.dep_ == "prep" and c.lower_ in preps and g.dep_ == "pobj")
             or (c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in users and g.dep_ == "dobj")]
    used = {t.lemma_.lower() for o in tools for t in _kind_words(o)}
    for verbs, nouns, cue in lexicon.instrument_readings:
        if lemma in verbs and used & nouns:
            return cue
    return None


def _bound_for_party(token: Token, lexicon: EventLexicon) -> bool:
    """The stopped thing goes *to* a named state or organisation (on the verb or on its object: *halted arms
    sales to X*): stopping a supply to a polity reduces relations with it (PLOVER SANCTION: 'all
    reductions in existing, routine, or cooperative relations'), so a thwarting reading (REJECT: a
    sale or decree blocked) gives way to the verb's own. A buyer that is no polity (*the sale of the
    port to an investor*) keeps the thwarting reading."""
    heads = (token, *_verb_objects(token))
    goals = load_role_words().goal_preps
    return any(c.dep_ in {"prep", "dative"} and c.lower_ in goals and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in {"GPE", "NORP", "ORG"}) for g in c.children)
        for h in heads for c in h.children)


def object_sense_holds(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Whether a verb that needs a kind of object (``object_senses``) has one: *downgraded
    relations* is a SANCTION, *the storm was downgraded* no event at all. The object is the
    direct object or, in a passive, the subject; its head or a compound or adjective counts."""
    needed = lexicon.object_senses.get(lemma)
    if needed is None:
        return True
    objects = _verb_objects(token)
    if not objects or any(o.pos_ == "PRON" or o.ent_type_ == "MONEY" for o in objects):
        return True  # "withholding it", "withheld $100 million": the object does not say otherwise
    # the head, a compound or adjective in it, and what it measures (*$1m in tax revenues*)
    tokens = [t for o in objects for t in (*_kind_words(o),
                                           *(g for p in o.children if p.dep_ == "prep" and p.lower_ in {"in", "of"}
                                             for g in p.children if g.dep_ == "pobj"))]
    words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    return bool(words & needed)


def procedure_object(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Whether the verb only runs a contest or moves a bill (``procedure_objects``): *cancelled its
    primaries*, *opted not to hold a caucus*, *received the remaining delegate*, *suspended the
    sitting*, *parliament was suspended* (``chamber_nouns``, no agent), *passed the budget*, *named
    her deputy as its candidate*. PLOVER codes acts of one actor on another, and these are none;
    the same verbs with another object keep their reading (*cancelled the visit*, *received the
    envoy*). Coordinated objects count (*primaries or
    caucuses*), and so does a compound in the object (*will not seek the leadership post*); a verb
    with no object is read by the contest it takes part *in* (*voted in the referendum*)."""
    verbs, objects, roles = lexicon.procedure_objects
    if lemma not in verbs or object_cue(token, lemma, lexicon) is not None:
        return False  # "the bill was suspended": a text retracted (object_readings) is no procedure
    found = _verb_objects(token)
    if not found:  # "voted in Sunday's election": with no object, the contest it takes part in
        found = [o for p in token.children if p.dep_ == "prep" and lexicon.is_word("participation_preps", p.lower_)
                 for o in p.children if o.dep_ == "pobj"]
    # "won 31 of the 120 seats": a count's partitive *of* names what was counted
    found += [g for o in found if o.like_num for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    found += [c for o in found for c in o.conjuncts]
    # the head or a compound in it: "the leadership position", "a budget bill"
    found += [c for o in found for c in o.children if c.dep_ == "compound"]
    if any(o.lemma_.lower() in objects or o.lower_ in objects for o in found):
        return True
    # "parliament was suspended after the premier's death": a chamber's sitting stopped by no named
    # party ("the queen suspended parliament" is an act on it, kept)
    if not any(c.dep_ == "agent" for c in token.children) and any(
            c.dep_ == "nsubjpass" and lexicon.is_word("chamber_nouns", c.lemma_.lower()) for c in token.children):
        return True
    # "announced her deputy as his running mate": a nomination, wherever the parser hung the "as"
    phrases = [p for t in (token, *found) for p in t.children if p.dep_ == "prep" and p.lower_ == "as"]
    return any(t.lemma_.lower() in roles for p in phrases for t in p.subtree)


def sense_blocked(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """A sense of the verb that is no event (``sense_blockers``): *signed up for a trial*,
    *seized on the idea* (a particle makes it another verb), *talked about the border* (a topic
    with no party talked to), *beat the governor in the election*, *beat expectations* (a
    contest or a measure in its sentence)."""
    blockers = lexicon.sense_blockers.get(lemma)
    if blockers is None:
        return False
    particles, context = blockers
    # "seized on Sunday a tanker": a preposition that only dates the act is no particle of another verb
    blocking = [c for c in token.children if c.dep_ in {"prt", "prep"} and c.lower_ in particles
                and not _dates_only(c)]
    if blocking and not _topic_beside_party(token, blocking, lexicon):
        return True
    if _names_a_grievance(token, lexicon):
        return False  # "rallied against the election result": a protest, whatever contest is named
    return any(t.lemma_.lower() in context or t.lower_ in context for t in token.sent)


def _dates_only(prep: Token) -> bool:
    """A preposition whose objects are all dates or times (*on Sunday*, *on 12 May*): it says when, not
    which sense of the verb (*seized on Sunday* vs *seized on the idea*). A topic preposition names what
    is talked about even when that is a length of time (*talking about hours of queues*)."""
    if prep.lower_ in load_role_words().topic_preps:
        return False
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and all(g.ent_type_ in {"DATE", "TIME"} for g in objects)


def _topic_beside_party(token: Token, blocking: list[Token], lexicon: EventLexicon) -> bool:
    """Blocking prepositions that only name a topic (each with an object: *talked about the border*) beside
    a party the verb is done to or with (``recipient_preps`` + a party: *talked to the envoy about the
    border*): the verb keeps its reading. A particle (*signed up*) blocks whatever follows."""
    return all(c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children) for c in blocking) and any(
        c.dep_ == "prep" and c not in blocking and lexicon.is_word("recipient_preps", c.lower_)
        and any(g.dep_ == "pobj" and names_party(g, lexicon) for g in c.children) for c in token.children)


def _names_a_grievance(token: Token, lexicon: EventLexicon) -> bool:
    """*rallied against the cuts*, *gathered to protest the result*, *marched in protest*: the verb
    says what it opposes, so a contest word in the sentence (an election's result protested, a
    vote's count) is what the protest is about, not the sense of the verb (PLOVER PROTEST:
    "rally, gather to protest a policy, action, or actor(s)"). The words are the lexicon's
    ``grievance_preps``, ``grievance_phrases`` and ``grievance_verbs``."""
    for child in token.children:
        if child.dep_ == "prep" and (lexicon.is_word("grievance_preps", child.lower_) or any(
                lexicon.is_word("grievance_phrases", f"{child.lower_} {o.lemma_.lower()}") for o in child.children)):
            return True
        if child.dep_ in {"advcl", "xcomp"} and lexicon.is_word("grievance_verbs", child.lemma_.lower()):
            return True
    return False


def _told_as_past(clause: Token) -> bool:
    """A that-clause in the past or the perfect (*that the unit had acted*, *that he was there*),
    not a mandative one (*that he resign*, *that talks should go on*)."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return False
    return clause.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in clause.children)


def claim_not_demand(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """*insisted that the guards had acted alone*: a saying verb whose own reading is a REQUEST
    (*insist*, *suggest*) demands only a thing to be done; with a that-clause told in the past
    it reports a claim, a bare statement (PLOVER REQUEST is "requests and demands" for action)."""
    if not lexicon.is_word("reporting_verbs", lemma):
        return False
    reading = lexicon.verbs.get(lemma) or lexicon.cameo_verbs.get(lemma)
    if reading is None or reading.type != "REQUEST":
        return False
    return any(c.dep_ == "ccomp" and _told_as_past(c) for c in token.children)


def relation_withdrawal(head: Token, cue: Cue, lexicon: EventLexicon) -> Cue:
    """*pulled out of the treaty*, *withdrew from the alliance*: leaving an agreement, a body or
    talks reduces relations (PLOVER SANCTION withdraw: "withdraw oneself ... from a group,
    mediation activity, organization"), where leaving ground is a RETREAT withdraw."""
    if cue.type != "RETREAT" or cue.mode != "withdraw":
        return cue
    holders = [head, *(c for c in head.children if c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == "out")]
    for prep in (p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in {"from", "of"}):
        if any(o.dep_ == "pobj" and lexicon.is_word("relation_nouns", o.lemma_.lower()) for o in prep.children):
            return replace(cue, type="SANCTION", mode="withdraw")
    return cue


def party_object_cue(lemma: str, objects: list[Token], lexicon: EventLexicon) -> tuple[Cue, Token] | None:
    """(reading, object) of a verb read by whether its object is a party (``party_object_verbs``):
    *received the prime minister* is a visit hosted (PLOVER CONSULT visit), *received a letter*
    and *welcomed the decision* are not. The object itself must name a party (a name, an agent
    noun), not a thing with a national modifier (*the Iranian decision*)."""
    cue = lexicon.party_object.get(lemma)
    if cue is None:
        return None
    for obj in objects:
        if obj.ent_type_ in _PARTY_ENTS or obj.pos_ == "PROPN" or obj.lemma_.lower() in lexicon.agent_sectors:
            return cue, obj
    return None


#: PLOVER's REJECT modes (the table it shares with REQUEST), by the type of the act refused.
_REFUSED_MODES = {"CONSULT": "meet", "COOPERATE": "assist", "AID": "assist", "CONCEDE": "yield", "RETREAT": "yield"}


@dataclass(frozen=True, slots=True)
class Refusal:
    """A REJECT read off a refused act: its PLOVER mode and time relation."""

    mode: str | None
    relation: TimeRelation


def refusal_reading(kind: str, anchor: Token, lexicon: EventLexicon, *, negated: bool,
                    language: str = "en") -> Refusal | None:
    """*will not recognise the result*, *would not sign the truce*, *cannot support the budget*:
    a cooperative act an actor says it will not do is a refusal (PLOVER REJECT, "all rejections
    and refusals"; its gold codes *says it will not accept any more refugees* and *said it would
    not meet demands* REJECT, with no future mode): the refusal is made when it is stated, so it
    is current and not negated. *will refuse to negotiate* is that stance said with a refusing
    verb. A condition on it keeps it hypothetical (*will not recognise the vote if observers are
    kept out*). A past failure (*could not agree*), a doubt or advice (*may not*, *should not*)
    and a plain negated past (*did not sign*) are no refusals."""
    modal = any(c.dep_ == "aux" and lexicon.is_word("stance_modals", c.lower_) for c in anchor.children)
    if not modal:
        return None
    if negated:
        cooperative = "COOPERATION" in lexicon.plover["events"].get(kind, {}).get("quad", "")
        if not cooperative or not any(c.dep_ == "neg" for c in anchor.children):
            return None  # "will not attack" is a negated threat, not a refusal; "refused to" is read elsewhere
        mode = _REFUSED_MODES.get(kind)
    elif kind == "REJECT" and lexicon.is_word("negating_governors", anchor.lemma_.lower()):
        mode = None  # "would refuse to negotiate"
    else:
        return None
    conditioned = any(is_conditional_clause(c, lexicon, language) for c in anchor.children)
    return Refusal(mode, "hypothetical" if conditioned else "current")
