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

from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsprism.analyze.events.candidate import Candidate
from newsprism.analyze.events.complements import (
    allegation,
    denunciation,
    fold_complements,
    is_directive,
    message_request,
    wish_request,
)
from newsprism.analyze.events.deliberation import solo_discussion
from newsprism.analyze.events.fill import (
    OBJECTS,
    PARTICLES,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    VERBISH,
    agentive_token,
    children,
    fill_noun_arguments,
    fill_verb_arguments,
    prep_arguments,
    subject_of,
    to_infinitive,
)
from newsprism.analyze.events.idioms import agreement_reference, danger_noun, fixed_expression, recording
from newsprism.analyze.events.lexicon import Cue, EventLexicon
from newsprism.analyze.events.nonacts import (
    cause_struggle,
    class_description,
    cognition_clause,
    concurrence,
    document_content,
    gathering_moves,
    habitual_description,
    habitual_subject,
    institution_title,
    provision_content,
    purpose_infinitive,
    self_motion,
    sitting,
    visit_without_place,
)
from newsprism.analyze.events.nouns import NOMINAL, in_name, no_event_compound, participation, pobjs, requested_act
from newsprism.analyze.events.nouns import noun_cue as _noun_cue
from newsprism.analyze.events.nouns import object_event_noun as _object_event_noun
from newsprism.analyze.events.permission import inquiry_hearing, permission_candidate
from newsprism.analyze.events.procedure import (
    accident,
    counted_participle,
    court_invalidation,
    enacting_vote,
    enactment,
    own_order,
    projection,
    roll_call,
)
from newsprism.analyze.events.questions import question_put
from newsprism.analyze.events.readings import (
    OVERRIDE_SIZE,
    agreeing,
    claim_not_demand,
    material_transfer_cue,
    object_cue,
    object_sense_holds,
    pattern_cue,
    procedure_object,
    reference_cue,
    relation_withdrawal,
    sense_blocked,
    verb_lemma,
)
from newsprism.analyze.events.readings import party_object_cue as _party_object
from newsprism.analyze.events.repair import repair_parse
from newsprism.analyze.events.unrealised import (
    conveyance,
    habitual_present,
    patient_care,
    power_statement,
    powered_object,
    purpose_clause,
)

__all__ = ["Candidate", "find_candidates"]


def _states_an_aim(verb: Token, lexicon: EventLexicon) -> bool:
    """*sought to determine*, *seeks to ease tensions*: an aim verb (``aim_verbs``) with a
    to-infinitive and no object asks no one for anything, and its infinitive is not done."""
    return (lexicon.is_word("aim_verbs", verb.lemma_.lower()) and not children(verb, OBJECTS)
            and any(c.dep_ == "xcomp" and to_infinitive(c) for c in verb.children))


def _aimed_at(token: Token, lexicon: EventLexicon) -> bool:
    """The aim's infinitive, or an act coordinated with or done for it (*seeks to divide us and
    to destroy*, *seek to extradite him to face charges*)."""
    current = token
    for _ in range(4):
        if current.dep_ == "xcomp" and _states_an_aim(current.head, lexicon):
            return True
        if current.dep_ not in {"conj", "advcl", "xcomp"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def _aim(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """*sought to ease tensions*: an aim stated, or the act aimed at; neither a request nor an act."""
    return _states_an_aim(token, lexicon) or _aimed_at(token, lexicon)


def _begins_another_act(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """*began pulling back*: the begun act is the event, coded on its own verb."""
    return lexicon.is_word("aspectual_verbs", lemma) and any(c.dep_ == "xcomp" and c.pos_ == "VERB"
                                                            for c in token.children)


#: A rule on a verb: (the verb, its lemma, the lexicon) -> whether it holds.
_VerbRule = Callable[[Token, str, EventLexicon], bool]

#: The verb is no act whatever its cue, object or phrase: tried in order, before any cue is read.
_NO_ACT: tuple[_VerbRule, ...] = (
    procedure_object,  # "cancelled its primaries", "received the last delegate": procedure
    lambda token, _, lexicon: document_content(token, lexicon),  # "a bill that would allow X to detain"
    self_motion,  # "the crowd dispersed": the group moved itself
    lambda token, _, lexicon: habitual_description(token, lexicon),  # "donors who fund it": a description
    purpose_clause,  # "so he could fund a wall": an aim, not an act
    power_statement,  # "only parliament may declare war": a power or a rule
    patient_care,  # "was evacuated to a hospital": a patient's care
    habitual_present,  # "rebels attack the convoys every week": what happens as a rule
    fixed_expression,  # "as opposed to", "took it for granted": a word of an idiom
    recording,  # "CCTV captured their arrival": a recording, no capture
    roll_call,  # "voted for the first article", "opposed the resolution": a member's vote
    enacting_vote,  # "voted to hold X in contempt": the act is the complement's
    enactment,  # "the congress approved a bill": a chamber passing its own text
    own_order,  # "signed an executive order": an official's own act of office
    counted_participle,  # "has amassed 1,217 pledged delegates" (a misparse): procedure
    projection,  # "the network called Ohio for the senator": a winner projected, no act
    accident,  # "struck a guard rail, injuring two": a collision
    sitting,  # "the senate was set to meet on Monday": a body's own sitting
    provision_content,  # "the bill would allow people visiting X to be removed": a text's content
    cause_struggle,  # "fighting for a federal holiday": a cause, no violence
    gathering_moves,  # "the protest later moved a few blocks": a gathering's route
    class_description,  # "those held in contempt": a class of people described
    cognition_clause,  # "recognised that the term confuses": knowing, no recognition
    concurrence,  # "agreed, saying only one group could": a view shared, a statement
    purpose_infinitive,  # "a forum for states to talk": what a place or a means is for
)

#: The verb's sense here is no event: tried in order, after a party or a thing as its object has
#: given the cue (*received the minister*, *flew supplies*) and before its phrases and own cue.
_NO_EVENT_SENSE: tuple[_VerbRule, ...] = (
    lambda token, lemma, lexicon: not object_sense_holds(token, lemma, lexicon),  # "the storm was downgraded"
    sense_blocked,  # "beat the governor in the election"
    solo_discussion,  # "she discussed her years abroad": a topic, no one consulted
    claim_not_demand,  # "insisted that the unit had acted alone": a claim reported, no demand
    visit_without_place,  # "the mediator has arrived": no visit without the place visited
    _begins_another_act,  # "began pulling back"
    _aim,  # "sought to ease tensions"
)


def _verb_candidate(token: Token, lexicon: EventLexicon) -> Candidate | None:
    lemma = verb_lemma(token, lexicon)
    # "the curfew was lifted", "an offensive was launched": a passive subject that is a thing is
    # the phrase's object (a party stays the recipient: "troops were deployed").
    objects = children(token, OBJECTS) or [
        s for s in children(token, PASSIVE_SUBJECTS) if not agentive_token(s, lexicon)]
    message = (message_request(token, objects, lexicon) or wish_request(token, lemma, lexicon)  # 0. "wants X to"
               or allegation(token, lemma, lexicon)  # "claimed the police had beaten them"
               or denunciation(token, lemma, lexicon)  # "called the plan a threat"
               or court_invalidation(token, lemma, lexicon))  # "the court ruled the decree was unlawful"
    if message is not None:
        return message
    if (hearing := inquiry_hearing(token, lexicon)) is not None:  # "opened a hearing into": not procedure
        return hearing
    if any(rule(token, lemma, lexicon) for rule in _NO_ACT):
        return None
    if (hosted := _party_object(lemma, objects, lexicon)) is not None:  # "received the minister"
        return Candidate(token, token, token, hosted[0], consumed={token.i})
    if (given := material_transfer_cue(token, lemma, lexicon) or object_cue(token, lemma, lexicon)) is not None:
        return Candidate(token, token, token, given, consumed={token.i})  # "flew supplies", "disabled websites"
    if any(rule(token, lemma, lexicon) for rule in _NO_EVENT_SENSE):
        return None
    if (joined := participation(token, lemma, objects, lexicon)) is not None:  # "took part in the march"
        return Candidate(joined[0], joined[2], joined[0], joined[1], nominal=True, governor=token,
                         consumed={joined[0].i, joined[2].i})
    # 1. phrases: particle ("crack down", "break off talks"), object ("open fire"),
    # preposition ("pick on", "go on strike").
    # The parser calls some particles adverbs or prepositions ("pushed back protesters",
    # "pulled its observers out of"): those count too.
    particles = [c for c in token.children if c.dep_ == "prt" or (
        c.dep_ in {"advmod", "prep"} and c.i > token.i and c.lower_ in PARTICLES and not pobjs(c))]
    for particle in particles:
        for obj in [*objects, *pobjs(particle), None]:  # "handed in [prt] their weapons [pobj]"
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
    complements = [c for c in children(token, {"acomp", "oprd", "ccomp"}) if (c.dep_ != "ccomp" or c.pos_ == "ADJ")
                   and not any(lexicon.is_word("negators", g.lower_) for g in c.children)]  # "found X (not) guilty"
    for obj in [*objects, *complements]:
        key = f"{lemma} {obj.lemma_.lower()}"
        if lexicon.has_phrase(key):
            if no_event_compound(obj, lexicon):
                return None  # "held a campaign rally": the compound names no event
            cue = lexicon.phrases[key]
            if cue is None:
                return None
            first, last = (token, obj) if token.i < obj.i else (obj, token)
            return Candidate(token, first, last, cue, consumed={token.i, obj.i})
    # "measures, which the government dropped": a relative pronoun object stands for the noun the
    # clause modifies (or one coordinated with it); the trigger is the verb alone, the noun told apart.
    if token.dep_ == "relcl" and any(lexicon.is_word("relative_pronouns", obj.lower_) for obj in objects):
        for noun in (token.head, *token.head.conjuncts):
            if lexicon.has_phrase(key := f"{lemma} {noun.lemma_.lower()}"):
                cue = lexicon.phrases[key]
                return None if cue is None else Candidate(token, token, token, cue, consumed={token.i})
    # "declined to comment", "allowed monitors to visit": a phrase over a to-complement.
    for clause in [c for c in token.children if c.dep_ == "xcomp" or (c.dep_ == "ccomp" and to_infinitive(c))]:
        if lexicon.has_phrase(key := f"{lemma} to {clause.lemma_.lower()}"):
            cue = lexicon.phrases[key]
            return None if cue is None else Candidate(token, token, clause, cue, consumed={token.i, clause.i})
    if (permitted := permission_candidate(token, lemma, lexicon)) is not None:  # "will let refugees go back"
        return permitted
    # "spoke by telephone": the parser may call an active verb's preposition its agent.
    active = not any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
    for prep in children(token, {"prep", "agent"} if active else {"prep"}):
        for pobj in [*pobjs(prep), None]:
            key = f"{lemma} {prep.lower_}" + (f" {pobj.lemma_.lower()}" if pobj is not None else "")
            if lexicon.has_phrase(key):
                cue = lexicon.phrases[key]
                first, last = sorted((token, pobj if pobj is not None else prep), key=lambda t: t.i)
                consumed = {token.i} | ({pobj.i} if pobj is not None else set())
                return None if cue is None else Candidate(token, first, last, cue, consumed=consumed)
    # "challenged the decree in court": the parser hangs a verb's prepositional phrase on its
    # object; a full verb + preposition + noun phrase is specific enough to read it there too.
    for obj in objects:
        for prep in children(obj, {"prep"}):
            for pobj in pobjs(prep):
                if lexicon.has_phrase(key := f"{lemma} {prep.lower_} {pobj.lemma_.lower()}"):
                    cue = lexicon.phrases[key]
                    return None if cue is None else Candidate(token, token, token, cue, consumed={token.i})
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
    # "received death threats", "got a warning": a verb of receiving names no act of its subject;
    # the event noun it takes is the act, done to the subject (the trigger, as a reporting verb's). Only a
    # past receipt: the noun would lose a present's habit or condition (*we constantly get threats*,
    # *if we receive relief*), which the time stage reads on the verb.
    if lexicon.is_word("receipt_verbs", lemma) and token.tag_ in {"VBD", "VBN"}:
        for obj in objects:
            noun, noun_cue = _object_event_noun(obj, lexicon)
            if noun_cue is not None:
                cue, first = noun_cue
                return Candidate(noun, first, noun, cue, nominal=True, consumed={noun.i, first.i},
                                 recipients=children(token, SUBJECTS))
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
            if noun_cue is not None and not agreement_reference(noun, lexicon):  # "said, a breach of the truce"
                cue, first = noun_cue
                return Candidate(noun, first, noun, cue, nominal=True, governor=governor, consumed={noun.i, first.i})
    # "riots against the policies are continuing", "talks resumed": an aspectual verb says when
    # its event-noun subject happens; the noun is the trigger, its own phrase gives the parties.
    if lexicon.is_word("aspectual_verbs", lemma) and not objects:
        for subject in children(token, SUBJECTS):
            noun, noun_cue = _object_event_noun(subject, lexicon)
            if noun_cue is not None:
                cue, first = noun_cue
                places = prep_arguments(token, lexicon, nominal=False)[1]  # "riots erupted in Paris"
                return Candidate(noun, first, noun, cue, nominal=True, consumed={noun.i, first.i}, places=places)
    # "declared that China must drop barriers": a directive in reported speech is a REQUEST.
    if lexicon.is_word("reporting_verbs", lemma):
        for clause in children(token, {"ccomp"}):
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
    if cue.type == "PROTEST" and (children(token, {"ccomp"}) or (lemma == "protest" and _official(token, lexicon))):
        # "the group protested that the authorities fail ...", "Japan protested the visit": a
        # spoken or diplomatic protest is a complaint (PLOVER ACCUSE, disapprove); PROTEST is
        # collective action in the street (the manual's PROTEST coding note).
        cue = replace(cue, type="ACCUSE", mode="disapprove")
    return Candidate(token, token, token, cue, consumed={token.i})


#: Sectors whose protests are statements, not street action: states, governments, courts.
_OFFICIAL_SECTORS = frozenset({"GOV", "LEG", "JUD"})


def _official(verb: Token, lexicon: EventLexicon) -> bool:
    """Is the verb's subject a state, a named person or an official body (not a people, a crowd or a group)?"""
    subjects, _ = subject_of(verb)
    return any(s.ent_type_ in {"GPE", "PERSON"}
               or lexicon.agent_sectors.get(s.lemma_.lower()) in _OFFICIAL_SECTORS for s in subjects)


def _argument_heads(candidates: list[Candidate]) -> set[int]:
    """Tokens that are subjects or objects of a verbal trigger: not separate nominal events."""
    taken: set[int] = set()
    for candidate in candidates:
        if candidate.nominal:
            continue
        for child in candidate.head.children:
            if child.dep_ in SUBJECTS | PASSIVE_SUBJECTS | OBJECTS:
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
                candidate.places.extend(prep_arguments(party, lexicon, nominal=False)[1])
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
        if token.pos_ in VERBISH and token.dep_ not in {"aux", "auxpass", "prep"}:
            candidate = _verb_candidate(token, lexicon)
            if candidate is not None and candidate.cue.type == "CONSULT" and not candidate.nominal and conveyance(
                    token, lexicon):
                candidate = None  # "flew the delegates to the capital": carried, no visit
        elif token.pos_ == "ADJ" and children(token, {"xcomp"}) and token.dep_ in {"acomp", "ROOT", "ccomp", "conj"}:
            cue = lexicon.adjectives.get(token.lemma_.lower())
            if cue is not None:
                # "ready to hold talks": the trigger runs to the complement's verb, as a folded
                # complement's does ("threatened to cut"): the adjective alone names no act.
                last = max(children(token, {"xcomp"}), key=lambda c: c.i)
                candidate = Candidate(token, token, last if last.i > token.i else token, cue, consumed={token.i})
        if candidate is not None and question_put(candidate.governor or candidate.head, lexicon.language):
            candidate = None  # "would you ask the council to ban the march?": a question put, no act
        if candidate is None or in_name(candidate.head):
            continue
        if candidate.consumed & used:
            continue
        vote = candidate.head.head
        if candidate.head.dep_ in {"xcomp", "advcl"} and vote.i < candidate.first.i and enacting_vote(
                vote, verb_lemma(vote, lexicon), lexicon):
            candidate.first = vote  # "voted to hold X in contempt": the vote is how the body does the act
            candidate.consumed.add(vote.i)
        candidate.cue = relation_withdrawal(candidate.head, candidate.cue, lexicon)  # "pulled out of the treaty"
        used.update(candidate.consumed)
        fill_verb_arguments(candidate, lexicon)
        if candidate.nominal:
            fill_noun_arguments(candidate, lexicon)
        verbal.append(candidate)
        yield candidate
    taken = _argument_heads(verbal)
    verbal_types = {c.head.i: c.cue.type for c in verbal if not c.nominal}
    for token in doc:
        if token.i in used or token.i in taken or token.pos_ not in NOMINAL or in_name(token):
            continue
        noun_cue = _noun_cue(token, lexicon)
        if noun_cue is None:
            continue
        cue, first = noun_cue
        if token.dep_ == "pobj" and verbal_types.get(token.head.head.i) == cue.type:
            continue  # "insisted on its demands": the noun restates the verb's event
        if token.dep_ == "pobj" and cue.type == "REQUEST" and lexicon.is_word(
                "request_answer_types", verbal_types.get(token.head.head.i, "")):
            continue  # "did not accede to their demands": the answer is the event, the demand made before
        if powered_object(token, lexicon):
            continue  # "courts may order the release": what a stated power would bring about
        if requested_act(token, lexicon):
            continue  # "called for his resignation": what is asked for, not an act done
        if danger_noun(token, lexicon):
            continue  # "a threat to national security": a risk named, not a threat made
        if agreement_reference(token, lexicon):
            continue  # "a breach of the ceasefire": the agreement named as a thing, not agreed to
        if institution_title(token, lexicon):
            continue  # "the final court of appeal": an institution's remit, no appeal made
        if habitual_subject(token, lexicon):
            continue  # "such summits usually focus on trade": a kind of event, none that happened
        candidate = Candidate(token, first, token, cue, nominal=True, consumed={token.i, first.i})
        fill_noun_arguments(candidate, lexicon)
        used.update(candidate.consumed)
        yield candidate
