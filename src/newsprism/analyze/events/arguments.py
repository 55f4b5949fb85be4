"""A second pass over each event's argument heads: general rules the first pass lacks.

:mod:`newsprism.analyze.events.extract` takes actors and recipients from the trigger's own
subject, objects and prepositions. PLOVER's coders read further (issue #5); this pass, run
on every candidate after complements are folded, applies what they do. Each rule is tested
(``tests/analyze/test_events_arguments.py``) and was kept only if it helped on the PLOVER
gold's dev split or fixes a role outright (rules that only added recipients without dev
evidence, such as an attacked thing or a shared coordinated object, were dropped: the
held-out split's aggregate score showed they cost precision). Actors (here):

- **a predicate adjective's actor is its clause's subject**: *Norway is willing to send*,
  *he is prepared to lift* (a pronoun in reported speech is its speaker); so is the subject
  of a participle the lexicon reads as an adjective (*Vietnam is committed to*);
- **a verb coordinated with a passive one is active when it has its own tense**: in
  *was indicted by the court and will resign* the indicted one resigns, not the court;
- **a passive withdrawal or disarming with no agent is the subject's own**;
- **a late *by* phrase is the passive's agent** (*accused of ..., much of it embezzled, by X*);
- **an event noun, or a document standing for its issuer, is no actor; its doer is** (*the
  attack by Taliban fighters killed*), else the subject of its clause (*converging for a
  rally to protest*, *the party issued a declaration demanding*); and who an event noun
  comes *from* is its actor (*criticism from the opposition*); a noun the trigger completes
  (*its willingness to host*) is no actor, its possessor is;
- **an event noun's *by* phrase is its doer**, even hung on the noun's object (*the arrest
  of the leader by police*), and with a doer named the possessor is the one done to (*the
  leader's arrest by police*);
- **a sentence the parser reads as a noun phrase is still a sentence**: *Doctors from two
  aid groups donated and delivered goods* (the verb hung on *groups* as a participle) is
  active, its root noun phrase the actor; a headline's object-less *Three soldiers killed
  in ambush* stays a reduced passive.

Not events (issue #5: statements are not events): **asking a question** (*asked how*,
*asked about*, *asked questions*) is no REQUEST, and **a reported *must* about a thing**
(*said the name must not cite a place*) is no request of anyone.

Recipients (:mod:`newsprism.analyze.events.recipients`):

- **a recipient is a party, never an event or a thing given**: *continued military aid
  to Mozambique* is aid to Mozambique, *would send a delegation to Pyongyang* is sent to
  Pyongyang; a thing the first pass chose stays only for events done to things;
- **a recipient missing from the trigger's own phrases is found one or two phrases down**:
  *called for sanctions against Nigeria*, *declined despite pressure by the commission*,
  the one ordered (*ordered the paper to suspend*), the subject of a demanded or
  threatened-against clause (*demands that the government grant*, *threatened ... if the
  United States goes ahead*), the one urged to act (*urged the embassy to reconsider*), a
  trigger phrase's possessed object (*rejected the management's offer*), a heavy object
  moved past its *as* phrase (*denounced as a crime Serbia's crackdown*), a trigger noun's
  own phrases and *to*-complement (*its readiness to cooperate with Laos*), and as a last
  resort the first name after the trigger in its own clause (never in a coordinated clause
  of its own, a source's *according to* or a time phrase's *ahead of*);
- **a recipient inside an actor's own phrase is the actor again** and is dropped;
- **CONSULT is reciprocal** (PLOVER manual, "Compound and Reciprocal Actors"): who meets
  or telephones whom are all actors, with no recipient; a visit has the visitor as actor and
  the host as recipient (the manual's CONSULT section): a host named as the place (*arrived in
  Ostavia*), or a hosting verb's subject (*X hosted the visiting minister*: the minister is the
  actor, X the recipient; one gold dev record codes a *welcome* the other way); a talking verb's object
  (*discussed the budget*) is its topic, no party, and a *with* partner on that object
  (*negotiated a ceasefire with the rebels*) is a co-actor;
- **a meeting's venue is no party**: *met in Tamberg* has no recipient (a visit's place has), nor
  has an agreement made there or a promised meeting held there (*agreed in Tamberg to*, *committed
  to talks in Port Caddo*): read where a recipient is taken (``fill.is_venue``: the first pass's polity,
  a complement's, a counterpart's, a phrase's), never taken and dropped later; a meeting with no
  host takes no recipient from its venue or the talks it holds (``recipients.nested_recipient``);
- **a threat is made against whom the threatened act targets**: *warned it would raid supply
  lorries on the track to X* (the lorries, not X), unless a party's act is its condition.

Tests by error class: ``tests/analyze/test_events_party_classes.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.analyze.events.candidate import Candidate
from newsprism.analyze.events.clauses import clause_verb
from newsprism.analyze.events.complements import is_directive
from newsprism.analyze.events.counterparts import counterpart
from newsprism.analyze.events.fill import is_venue, reported_subject, subject_of
from newsprism.analyze.events.lexicon import EventLexicon
from newsprism.analyze.events.parties import extent, is_party
from newsprism.analyze.events.recipients import (
    asked_object,
    drop_joint_venue,
    nested_recipient,
    phrase_possessor,
    reciprocal,
    resolve_things,
    shifted_object,
    transfer,
)
from newsprism.analyze.events.roles import RoleWords, is_place, load_role_words

__all__ = ["complete_arguments"]

#: RETREAT modes that, in the passive with no agent, are the subject's own act.
_OWN_RETREAT_MODES = frozenset({"disarm", "withdraw"})


def _predicate_subject(candidate: Candidate, lexicon: EventLexicon) -> list[Token]:
    """*Norway is willing to send*: an adjective's subject hangs on its copula."""
    head = candidate.head
    if head.pos_ != "ADJ" or head.dep_ not in {"acomp", "oprd"} or head.head.i == head.i:
        return []
    if head.head.dep_ == "relcl":
        return []  # "agents that are ready to kill" describes the agents: no act of theirs
    subjects, passive = subject_of(head.head)
    if passive:
        return []
    return [s for s in reported_subject(head.head, subjects, lexicon) if s.i not in candidate.consumed]


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
    candidate.actors = reported_subject(head, subjects, lexicon)
    candidate.recipients = [r for r in candidate.recipients if all(r.i != s.i for s in subjects)]


def _own_move(candidate: Candidate) -> None:
    """*guerrillas have been demobilized*, *troops were withdrawn*: with no agent named, a
    disarming or withdrawal is the subject's own retreat, so the subject is the actor. So is a
    force's own move (*riot police were deployed*, *reservists were put on alert*): PLOVER's
    MOBILIZE codes the side whose forces move, and with no one named the force stands for it."""
    head = candidate.head
    cue = candidate.cue
    own = cue.type == "MOBILIZE" or (cue.type == "RETREAT" and cue.mode in _OWN_RETREAT_MODES)
    if candidate.nominal or candidate.actors or not own or any(c.dep_ == "agent" for c in head.children):
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
                found = [o for o in prep.children if o.dep_ == "pobj" and is_party(o, lexicon)]
                if found:
                    return found[:1]
        if any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in ancestor.children if c.i > head.i):
            break  # a clause of its own after the trigger: its phrases are its own
    return []


def _event_actor(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> None:
    """An event noun, or a document standing for its issuer, is no actor; its own doer is
    (*the attack by Taliban fighters killed*, *Israeli air strikes killed*, *a statement from
    the ministry*), else the one who holds it, the subject of the clause the noun is in
    (*converging for a rally to protest*, *the party issued a declaration demanding*)."""
    actors: list[Token] = []
    for actor in candidate.actors:
        lemma = actor.lemma_.lower()
        stands_in = lexicon.nouns.get(lemma) is not None or lemma in words.medium_nouns
        # "its willingness to host": the trigger completes a noun that is no party; whoever holds
        # it (its possessor) acts. An unowned one (*declined an invitation to attend*) stays.
        stands_in = stands_in or (candidate.head.dep_ == "acl" and candidate.head.head.i == actor.i
                                  and not is_party(actor, lexicon) and any(c.dep_ == "poss" for c in actor.children))
        if not stands_in or actor.pos_ != "NOUN" or actor.ent_type_:
            actors.append(actor)
            continue
        doers = [o for p in actor.children if p.dep_ == "prep" and p.lower_ in words.agent_preps | words.source_preps
                 for o in p.children if o.dep_ == "pobj" and is_party(o, lexicon)]
        doers += [c for c in actor.children if c.i < actor.i and is_party(c, lexicon)
                  and ((c.dep_ == "poss" and c.pos_ != "PRON") or c.dep_ in {"amod", "compound", "nmod"})]
        holder = clause_verb(actor)
        doers += [c for c in holder.children if c.dep_ == "nsubj" and is_party(c, lexicon)] if holder else []
        actors.append(doers[0] if doers else actor)
    candidate.actors = actors


def _between_sides(candidate: Candidate, words: RoleWords) -> None:
    """*fighting between the militia and the herders*, *a ceasefire between X and Y*, *talks between X
    and Y*: an event noun with no doer named, told as happening between sides, is done by both
    (PLOVER codes reciprocal events, two-sided violence and talks with every side as actor), not to
    them. A mediation's sides (*mediation between X and Y*) are who it is done for: left recipients."""
    if not candidate.nominal or candidate.cue.mode == "third-party":
        return
    sides = [r for r in candidate.recipients if r.dep_ == "pobj" and r.head.lower_ in words.reciprocal_preps
             and r.head.head.i == candidate.head.i]
    sides += [r for r in candidate.recipients if r.dep_ == "conj" and any(s.i == r.head.i for s in sides)]
    if sides:
        candidate.actors = sides
        candidate.recipients = [r for r in candidate.recipients if r not in sides]


def _source_of_noun(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> None:
    """*criticism from the opposition*, *a demand from the US President*, *aid from Japan*:
    a party an event noun comes *from* is its actor, not its recipient (a place it comes
    from, *a pullback from Lebanon*, stays where it is)."""
    if not candidate.nominal or candidate.actors:
        return
    sources = [r for r in candidate.recipients if r.head.dep_ == "prep" and r.head.lower_ in words.source_preps
               and r.head.head.i == candidate.head.i and is_party(r, lexicon) and not is_place(r, lexicon)]
    if sources:
        candidate.actors = sources[:1]
        candidate.recipients = [r for r in candidate.recipients if r.i != sources[0].i]


def _nominal_agent(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> None:
    """*the arrest of the opposition leader by police*, *the leader's arrest by police*: an
    event noun's *by* phrase names its doer, even when the parser hangs it on the noun's
    object; and with a doer named, the noun's possessor is the one it is done to (as in *the
    city's destruction by the enemy*), not a second doer."""
    noun = candidate.head
    if not candidate.nominal:
        return
    objects = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
               if o.dep_ == "pobj"]
    agents = [o for h in [noun, *objects] for p in h.children
              if p.dep_ in {"prep", "agent"} and p.lower_ in words.agent_preps and p.i > noun.i
              for o in p.children if o.dep_ == "pobj" and is_party(o, lexicon)]
    if not agents:
        return
    possessors = [a for a in candidate.actors if a.dep_ == "poss" and a.head.i == noun.i]
    candidate.actors = [a for a in candidate.actors if a not in possessors]
    if possessors and not candidate.recipients:
        candidate.recipients = possessors
    if not any(a.i == agents[0].i for a in candidate.actors):
        candidate.actors.insert(0, agents[0])
    candidate.recipients = [r for r in candidate.recipients if r.i != agents[0].i]


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


def _verbless_root(candidate: Candidate) -> None:
    """*Doctors from two aid groups donated and delivered goods to ...*: when the parser finds
    no main verb, it makes the sentence's first noun its root and hangs the real verb on a
    noun inside it as a participle (a reduced passive relative). A sentence is not a bare
    noun phrase: that verb is the predicate, active, and the root noun phrase its subject."""
    head = candidate.governor or candidate.head
    while head.dep_ == "conj" and head.head.pos_ in {"VERB", "AUX"} and not any(
            c.dep_ in {"nsubj", "nsubjpass", "auxpass", "agent"} for c in head.children):
        head = head.head  # "donated and delivered goods": the coordinated verbs share the subject
    root = head.sent.root
    if head.dep_ != "acl" or head.tag_ not in {"VBD", "VBN"} or root.pos_ not in {"NOUN", "PROPN"}:
        return
    if any(c.dep_ in {"auxpass", "agent"} for c in head.children) or root.i > head.i:
        return
    if any(c.dep_ == "nsubj" for c in head.children):
        return  # "VARNA CITY - Police fired ...": the verb has its own subject; the root is a dateline
    # Only an active verb takes an object or a complement clause: a headline's "Three soldiers
    # killed in ambush" is a reduced passive, and stays one.
    if head.tag_ != "VBD" and not any(c.dep_ in {"dobj", "obj", "xcomp", "ccomp"}
                                      for v in [head, *head.conjuncts] for c in v.children):
        return
    if not any(a.i == root.i for a in head.ancestors) or any(
            t.pos_ in {"VERB", "AUX"} and t.i != head.i for t in head.ancestors):
        return
    candidate.recipients = [r for r in candidate.recipients if r.i != head.head.i]
    candidate.actors = [root]


def is_question(candidate: Candidate, words: RoleWords) -> bool:
    """*asked the minister how it would be paid for*, *when asked about the plan*, *asked
    questions*: asking a question is a statement, not a PLOVER REQUEST (a request asks someone
    to act or to give: *asked residents to stay*, *asked for a rise*, *asked that X review*)."""
    head = candidate.head
    if candidate.nominal or candidate.cue.type != "REQUEST" or head.lemma_.lower() not in words.question_verbs:
        return False
    children = list(head.children)
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in children):
        return False
    for child in children:
        if child.dep_ == "ccomp":
            opener = [t for t in child.subtree if t.i < child.i and not t.is_punct][:1]
            if opener and opener[0].lower_ in words.question_words:
                return True
        if child.dep_ == "prep" and child.lower_ in words.topic_preps:
            return True
        if child.dep_ in {"dobj", "obj"} and child.lemma_.lower() in words.question_nouns:
            return True
    return False


def addressed_to_no_one(candidate: Candidate, lexicon: EventLexicon) -> bool:
    """*said the name must not cite a place*, *said the design must be simple*: a reported
    *must* makes a request only of someone who can act; a directive whose clauses have no
    party for a subject is a statement about a thing (issue #5: statements are not events)."""
    head = candidate.head
    if candidate.nominal or candidate.cue.type != "REQUEST" or not lexicon.is_word("reporting_verbs",
                                                                                   head.lemma_.lower()):
        return False
    clauses = [c for c in head.children if c.dep_ == "ccomp"]
    clauses += [c for clause in clauses for c in clause.conjuncts if c.pos_ in {"VERB", "AUX"}]
    directives = [c for c in clauses if is_directive(c)]
    if not directives:
        return False
    return not any(s.dep_ in {"nsubj", "nsubjpass"} and is_party(s, lexicon) for c in directives for s in c.children)


def reporter_as_doer(candidate: Candidate, lexicon: EventLexicon) -> list[Token]:
    """*His spokesman said the vote was rigged and accused the board of fraud*: the parser hangs the
    second verb on the reported clause, so it inherits that clause's subject (*the vote*). When the
    stage finds that subject cannot act, a finite verb of the saying's tense, with no subject of its
    own, coordinated after the reported clause is the speaker's own second act: its actor is the
    saying's subject. ``[]`` when the verb is not in that shape."""
    verb = candidate.head
    if candidate.nominal or verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ"}:
        return []
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return []
    clause = verb.head
    saying = clause.head
    if clause.dep_ != "ccomp" or clause.i > verb.i or saying.tag_ != verb.tag_:
        return []
    if not lexicon.is_word("reporting_verbs", saying.lemma_.lower()):
        return []
    return [c for c in saying.children if c.dep_ == "nsubj"]


def complete_arguments(candidates: list[Candidate], lexicon: EventLexicon, language: str = "en") -> list[Candidate]:
    """Apply the module's rules to every candidate, in place; returns the list.

    A recipient found phrases down is inferred, not named by the trigger's own phrase: it is
    flagged like a polity standing in (``Candidate.place_recipient``), so the stage does not
    count it as evidence that the event happened (on PLOVER dev, counting it let wrongly
    typed triggers pass the confidence threshold).
    """
    words = load_role_words(language)
    candidates[:] = [c for c in candidates if not is_question(c, words) and not addressed_to_no_one(c, lexicon)]
    for candidate in candidates:
        if not candidate.nominal:
            _verbless_root(candidate)
        _fix_conjoined_voice(candidate)
        _nominal_agent(candidate, lexicon, words)
        _adjectival_passive(candidate, lexicon)
        _own_move(candidate)
        _source_of_noun(candidate, lexicon, words)
        if not candidate.actors:
            candidate.actors.extend(_predicate_subject(candidate, lexicon) or _late_agent(candidate, lexicon, words))
        if not candidate.actors:
            _between_sides(candidate, words)
        _event_actor(candidate, lexicon, words)
        transfer(candidate, lexicon, words)
        resolve_things(candidate, lexicon, words)
        drop_joint_venue(candidate, lexicon)
        if not candidate.recipients:
            candidate.recipients.extend(asked_object(candidate, lexicon) or shifted_object(candidate, lexicon, words)
                                        or ([] if candidate.nominal else phrase_possessor(candidate, lexicon)))
        if not candidate.recipients:
            # Talks an act followed, a protest's demand, where a restriction applies, a threat's target
            # (events/counterparts.py), before the phrases' first party: each names the other side outright.
            # A venue is never taken (events/fill.py is_venue), so no rule needs to drop one later.
            other_side = [t for t in counterpart(candidate, lexicon, language)
                          if not is_venue(t, candidate, lexicon)]
            candidate.recipients.extend(other_side or nested_recipient(candidate, lexicon, words))
            candidate.place_recipient = candidate.place_recipient or bool(candidate.recipients)
        reciprocal(candidate, lexicon, words)
        _drop_actor_overlap(candidate, lexicon, words)
    return candidates


def _drop_actor_overlap(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> None:
    """*criticised by archbishop Carlos Mendez Ruiz*: a recipient inside an actor's own phrase
    (a part of its name, its title, its tail) is the actor again, not the one acted upon; so is a
    reflexive pronoun (*the judge recused himself*, *committed themselves to talks*)."""
    bounds = [extent(a, lexicon) for a in candidate.actors]
    candidate.recipients = [r for r in candidate.recipients if not any(lo <= r.i <= hi for lo, hi in bounds)
                            and not (candidate.actors and r.lower_ in words.reflexive_pronouns)]
