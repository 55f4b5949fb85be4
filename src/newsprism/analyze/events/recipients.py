"""Recipients of events: the argument pass's rules for whom an event is done to (issue #5).

Run by :func:`newsprism.analyze.events.arguments.complete_arguments` on every candidate (see
that module for the list of rules and why).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.analyze.events.candidate import Candidate
from newsprism.analyze.events.fill import complement_clauses, is_meeting, is_venue, to_infinitive
from newsprism.analyze.events.lexicon import EventLexicon
from newsprism.analyze.events.parties import PARTY_ENTS, conjuncts, is_party
from newsprism.analyze.events.roles import THING_TYPES, RoleWords, is_place, load_role_words, owners, party_in

__all__ = [
    "asked_object", "conditioned", "drop_joint_venue", "nested_recipient", "phrase_possessor", "reciprocal",
    "resolve_things", "shifted_object", "transfer",
]

#: Types of giving and sending: what is given is no recipient, where it goes is.
_GIVING_TYPES = frozenset({"AID", "AGREE", "SUPPORT", "MOBILIZE"})
#: Types whose other side is a co-actor, not a recipient (see :func:`reciprocal`).
_RECIPROCAL_TYPES = frozenset({"CONSULT"})
#: CONSULT modes with a side that is no participant of the meeting: a visit's host, a mediation's sides.
_NAMED_SIDE_MODES = frozenset({"visit", "third-party"})
#: Judgements of a party's conduct: praising or condemning an act is done to the one who acts.
_JUDGEMENT_TYPES = frozenset({"SUPPORT", "ACCUSE"})


def resolve_things(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> None:
    """Replace a recipient that is no party by the party inside its phrase (see the arguments module)."""
    taken = {t.i for t in candidate.actors} | candidate.consumed
    resolved: list[Token] = []
    for recipient in candidate.recipients:
        if is_party(recipient, lexicon) and not _container(recipient, lexicon, words):
            resolved.append(recipient)
            continue
        event = lexicon.nouns.get(recipient.lemma_.lower()) is not None
        if (doer := judged_doer(candidate, recipient, lexicon, taken)) is not None:
            resolved.append(doer)  # "praised the navy's operation against the pirates": the navy
            continue
        # An event's possessor is its party (*Serbia's suppression*); any other noun's
        # possessor or of-phrase is inside the noun's own span (*Belarus's rulers*, *members
        # of the assembly*), so the noun stays.
        inner = party_in(recipient, lexicon, words, skip=taken, modifiers=event)
        tail = inner is not None and inner.head.head.i == recipient.i and inner.head.lower_ in words.tail_preps
        if inner is not None and not event and tail:
            resolved.append(recipient)
        elif inner is not None:
            resolved.append(inner)
        elif not event and (candidate.cue.type in THING_TYPES or party_in(recipient, lexicon, words, skip=taken)):
            resolved.append(recipient)  # "attacked a camp": the thing done to is the recipient
    candidate.recipients = resolved


def judged_doer(candidate: Candidate, noun: Token, lexicon: EventLexicon, taken: set[int]) -> Token | None:
    """The one whose conduct is praised or condemned (``_JUDGEMENT_TYPES``): the possessor of the
    judged thing (*the navy's operation against the pirates* is the navy's conduct, not the pirates';
    *the council's handling of the drought*). Elsewhere a thing's own target (an *against* or *to*
    phrase) is found first, which suits an act done to that target (*aid to X*), not a judgement of
    its doer (*denounced Ardenia's suppression of the strikes* is done to Ardenia)."""
    if candidate.cue.type not in _JUDGEMENT_TYPES or is_party(noun, lexicon):
        return None
    if noun.lemma_.lower() in load_role_words().relation_nouns:
        return None  # "an investigation of the senator's son": a person, not the senator's conduct
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" and c.i not in taken
                 and is_party(c, lexicon)), None)


def transfer(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> None:
    """*would send a delegation to Pyongyang*, *contribute troops to a force in Liberia*: what
    is given or sent is no recipient when the verb names where it goes; that party is."""
    if candidate.nominal or candidate.cue.type not in _GIVING_TYPES:
        return  # "extradited the suspect to Britain": what is done to a person is done to them
    for verb in [candidate.head, *complement_clauses(candidate.head)]:
        objects = {c.i for c in verb.children if c.dep_ in {"dobj", "obj"}}
        if not candidate.recipients or any(r.i not in objects for r in candidate.recipients):
            continue
        goals = [o for p in verb.children if p.dep_ in {"prep", "dative"} and p.lower_ in words.goal_preps
                 for o in p.children if o.dep_ == "pobj" and is_party(o, lexicon)]
        if goals:
            candidate.recipients = goals[:1]
            return
        if candidate.cue.type == "MOBILIZE" and all(
                lexicon.agent_sectors.get(r.lemma_.lower()) for r in candidate.recipients):
            # "massed troops near the border", "called up 20,000 reservists", "trained hackers": the
            # forces mobilised are the actor's own means, no recipient (PLOVER's is whom it is against).
            candidate.recipients = []
            return


def _container(token: Token, lexicon: EventLexicon, words: RoleWords) -> Token | None:
    """*a camp for Congolese refugees*, *the computers of army officers*: a place or thing
    that belongs to a party stands for it; the party is the recipient. Returns that party."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or token.ent_type_ or lemma in lexicon.agent_sectors:
        return None  # people are parties themselves: *leaders of the army*
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in words.container_preps:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and is_party(pobj, lexicon) and not is_place(pobj, lexicon):
                    return pobj
    return next((o for o in owners(token, words) if is_party(o, lexicon) and not is_place(o, lexicon)), None)


def _phrases(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> list[Token]:
    """Heads of the phrases a missing recipient is looked for in: the trigger's (and its light
    verb's) objects and prepositional objects, and those of its *to*-complements; not where
    it happened (*rioted in Lagos* is the first pass's place, *outside Parliament* no one's)."""
    verbs = [candidate.head] + ([candidate.governor] if candidate.governor is not None else [])
    if not candidate.nominal:
        verbs += complement_clauses(candidate.head)
    # "expressed its readiness to cooperate with X", "dropped its demand for X's resignation":
    # a trigger noun's own phrases and its to-complement say whom the event concerns.
    nouns = [t for t in candidate.head.doc if t.i in candidate.consumed and t.pos_ == "NOUN" and t not in verbs]
    verbs += nouns + [c for n in [*nouns, *([candidate.head] if candidate.nominal else [])] for c in n.children
                      if c.dep_ == "acl" and to_infinitive(c)]
    found: list[Token] = []
    for verb in verbs:
        for child in verb.children:
            if child.dep_ in {"dobj", "obj", "dative", "attr", "oprd"}:
                found.append(child)
            elif child.dep_ == "prep" and child.lower_ not in words.skipped_preps:
                where = lexicon.is_word("location_preps", child.lower_)
                found.extend(o for o in child.children if o.dep_ in {"pobj", "pcomp"}
                             and o.ent_type_ not in {"DATE", "TIME"} and not (where and is_place(o, lexicon)))
    return found


def _joint(candidate: Candidate) -> bool:
    """Do coordinated actors act together (*X and Y agreed*, *Hungarian and Romanian officials*)?"""
    return any(len(conjuncts(t)) > 1 for a in candidate.actors
               for t in [a, *(c for c in a.children if c.dep_ in {"amod", "compound"})])


def drop_joint_venue(candidate: Candidate, lexicon: EventLexicon) -> None:
    """*X and Y signed an accord in Z*, *X and Y held exercises in Z*: where coordinated actors act
    together is their venue, no party to the act (PLOVER's dev gold codes a signing or a joint act by
    two sides with no recipient); the first pass took the place as a polity acted upon."""
    if not candidate.place_recipient or not _joint(candidate):
        return
    if candidate.recipients and all(_where(r, lexicon) and r.head.head.i == candidate.head.i
                                    for r in candidate.recipients):
        candidate.recipients = []


def _where(phrase: Token, lexicon: EventLexicon) -> bool:
    """Is ``phrase`` a place or a name after a preposition of place (*in X*, *at X*)? A common
    noun there may be the parser's misreading (*gathered in the square chanting slogans against X*)."""
    return (phrase.dep_ == "pobj" and lexicon.is_word("location_preps", phrase.head.lower_)
            and (is_place(phrase, lexicon) or phrase.pos_ == "PROPN"))


def _meeting(candidate: Candidate) -> bool:
    """Is the candidate a meeting with no host (PLOVER's CONSULT other than a visit or a mediation)?"""
    return candidate.cue.type == "CONSULT" and candidate.cue.mode not in _NAMED_SIDE_MODES


def _controller(candidate: Candidate, lexicon: EventLexicon) -> list[Token]:
    """*ordered the newspaper to suspend publication*: the one ordered (the governing verb's
    object) is who the ordered act is done to."""
    head = candidate.head
    if candidate.nominal or head.dep_ != "xcomp":
        return []
    taken = {t.i for t in candidate.actors}
    return [o for o in head.head.children
            if o.dep_ in {"dobj", "obj"} and o.i not in taken and is_party(o, lexicon)][:1]


def asked_object(candidate: Candidate, lexicon: EventLexicon) -> list[Token]:
    """*urged the embassy to reconsider*, *pressed the junta to set a date*: a request verb
    with an object and a *to*-complement asks that object to act (object control: the
    object is the complement's understood subject), so it is the recipient, whatever noun
    names it (an embassy, a board, a club)."""
    head = candidate.head
    if candidate.nominal or candidate.cue.type != "REQUEST":
        return []
    clauses = [c for c in head.children if c.dep_ == "xcomp" and not any(s.dep_ in {"nsubj", "nsubjpass"}
                                                                          for s in c.children)]
    taken = {t.i for t in candidate.actors} | candidate.consumed
    for obj in head.children:
        if obj.dep_ not in {"dobj", "obj"} or obj.i in taken or not any(obj.i < c.i for c in clauses):
            continue
        if obj.pos_ in {"NOUN", "PROPN"} and lexicon.nouns.get(obj.lemma_.lower()) is None and (
                obj.ent_type_ in PARTY_ENTS or not obj.ent_type_):
            return [obj]
        if obj.pos_ == "PRON" and is_party(obj, lexicon):
            return [obj]
    return []


def shifted_object(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> list[Token]:
    """*denounced as a crime Serbia's crackdown on ...*: a long object moved after the
    verb's *as* complement (heavy-NP shift) is parsed inside the *as* phrase; with no direct
    object of its own, the verb's object is that phrase's possessed noun, and its possessor
    is the one targeted (as in *denounced Serbia's crackdown*)."""
    head = candidate.head
    if candidate.nominal or any(c.dep_ in {"dobj", "obj"} for c in head.children):
        return []
    taken = {t.i for t in candidate.actors} | candidate.consumed
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in words.predicative_preps:
            continue
        for token in prep.subtree:
            if (token.dep_ == "poss" and token.pos_ != "PRON" and token.i not in taken
                    and token.head.pos_ == "NOUN" and is_party(token, lexicon)):
                return [token]
    return []


def phrase_possessor(candidate: Candidate, lexicon: EventLexicon) -> list[Token]:
    """*rejected the management's offer*, *accepted the rebels' proposal*: when the verb's
    object is part of the trigger phrase, the object's possessor is whom the act answers."""
    taken = {t.i for t in candidate.actors}
    doc = candidate.head.doc
    for i in sorted(candidate.consumed - {candidate.head.i}):
        for child in doc[i].children:
            if child.dep_ == "poss" and child.pos_ != "PRON" and child.i not in taken and is_party(child, lexicon):
                return [child]
    return []


def _demanded_of(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> list[Token]:
    """*insisted on its demands that the government grant ...*: a demand's recipient is the
    subject of the clause that says what is demanded, here hung on a noun. So is an investigation's
    (PLOVER's ACCUSE investigate): *investigating complaints that ward staff mistreated patients*,
    *looking into allegations that the inspectors accepted gifts*: the one the claim looked into accuses."""
    demands = [t for t in candidate.head.doc if t.i in candidate.consumed and t.pos_ == "NOUN"
               and (cue := lexicon.nouns.get(t.lemma_.lower())) is not None and cue.type == "REQUEST"]
    inquiry = candidate.cue.type == "ACCUSE" and candidate.cue.mode == "investigate"
    if candidate.cue.type != "REQUEST" and not demands and not inquiry:
        return []  # "dropped its demand that the airline sell": whom the dropped demand was made of
    for phrase in [*_phrases(candidate, lexicon, words), *demands]:
        for clause in phrase.children:
            that = any(m.dep_ == "mark" and m.lower_ in words.content_marks for m in clause.children)
            if clause.dep_ in {"acl", "ccomp"} and that:
                subjects = [c for c in clause.children
                            if c.dep_ in {"nsubj", "nsubjpass"} and is_party(c, lexicon)]
                if subjects:
                    return subjects[:1]
            # "a probe into tax-evasion claims involving two firms": whom the claim names.
            if inquiry and clause.dep_ == "acl" and clause.lemma_.lower() in words.implicating_verbs:
                named = [o for o in clause.children if o.dep_ in {"dobj", "obj"} and is_party(o, lexicon)]
                if named:
                    return named[:1]
    return []


def conditioned(candidate: Candidate, lexicon: EventLexicon) -> list[Token]:
    """*threatened to stop talks if the United States goes ahead*: a threat is made to the one
    whose act is its condition, the subject of the *if*/*unless* clause."""
    if candidate.cue.type != "THREATEN" or candidate.nominal:
        return []
    for verb in [candidate.head, *complement_clauses(candidate.head)]:
        for clause in verb.children:
            marked = any(m.dep_ == "mark" and lexicon.is_word("hypothetical_marks", m.lower_) for m in clause.children)
            if clause.dep_ == "advcl" and marked:
                subjects = [c for c in clause.children
                            if c.dep_ in {"nsubj", "nsubjpass"} and is_party(c, lexicon)]
                if subjects and subjects[0].pos_ != "PRON":
                    return subjects[:1]
    return []


def nested_recipient(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> list[Token]:
    """The first party found in the trigger's phrases (see :func:`_phrases`). Coordinated
    actors acting together (*X and Y agreed on a pact between the two*) have no recipient. A
    meeting with no host (PLOVER's CONSULT other than a visit or a mediation) takes none from
    its venue (*met in X*) or from the talks it holds (*met for the opening negotiations between the
    two port authorities*: more participants, who are actors); a mediation's talks name the sides
    (*mediated four rounds of negotiations between the two unions*)."""
    if not candidate.actors or _joint(candidate):
        return []  # an inferred recipient alone is no evidence that anyone did anything
    direct = _controller(candidate, lexicon) or _demanded_of(candidate, lexicon, words)
    if direct:
        return direct
    taken = {t.i for t in candidate.actors} | candidate.consumed
    meeting = _meeting(candidate)
    for phrase in _phrases(candidate, lexicon, words):
        if phrase.i in candidate.consumed:
            continue  # the trigger noun itself: its phrases are the trigger's own, already read
        if meeting and (is_meeting(phrase, lexicon) or _where(phrase, lexicon)):
            continue  # a meeting's venue, or the talks it holds: their sides are its participants
        if (doer := judged_doer(candidate, phrase, lexicon, taken)) is not None:
            return [doer]  # "voiced support for the navy's operation against the pirates": the navy
        # A direct object was the first pass's to judge ("withdrew its troops" is no recipient).
        found = party_in(phrase, lexicon, words, skip=taken, own=phrase.dep_ in {"pobj", "pcomp"})
        if found is not None and not is_venue(found, candidate, lexicon):
            return [found]
    # A party inside the phrase comes first: *blocked a road to show disapproval of X* is X's,
    # *threatened an offensive in its war with Iraq unless Baghdad ...* is made to Iraq.
    # A meeting's other names are its participants, venue or topic (the manual: no recipient).
    named = [] if meeting else _named_in_clause(candidate, words, taken)
    return conditioned(candidate, lexicon) or [t for t in named if not is_venue(t, candidate, lexicon)]


def _named_in_clause(candidate: Candidate, words: RoleWords, taken: set[int]) -> list[Token]:
    """The last resort: the first name after the trigger in its own clause (*established
    ties with and opened an embassy in Tehran*, *vetoed a Security Council resolution
    censuring ...*), never inside a relative or adverbial clause or a time phrase, where a
    name belongs to another event."""
    head = candidate.governor or candidate.head
    # "ties with and opened an embassy in X": a preposition left without its object shares
    # the coordinated verb's; otherwise a coordinated verb is an event of its own.
    stranded = any(t.dep_ == "prep" and not any(c.dep_ in {"pobj", "pcomp"} for c in t.children)
                   for t in head.subtree)
    for token in head.subtree:
        if token.i <= candidate.last.i or token.i in taken or token.ent_iob_ != "B":
            continue
        if token.ent_type_ not in {"PERSON", "ORG", "GPE", "NORP"}:
            continue
        path = [token, *(a for a in token.ancestors)]
        path = path[: path.index(head)]
        if any(a.dep_ in {"relcl", "acl", "advcl"} or (a.dep_ == "prep" and a.lower_ in words.skipped_preps)
               or (a.dep_ == "conj" and a.pos_ in {"VERB", "AUX"} and not stranded)  # "... and spoke with X"
               or a.lower_ in words.circumstance_heads  # "according to X", "ahead of the X debate"
               for a in path):
            continue
        return [token]
    return []


def reciprocal(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> None:
    """CONSULT: the met, visited or telephoned party is an actor too, and when several meet
    (*X and Y renewed negotiations on ...*) what they talk about is no one (see the arguments module)."""
    if candidate.cue.type not in _RECIPROCAL_TYPES:
        return
    if host := _visited_host(candidate, lexicon, words):
        candidate.recipients = [host]  # the party met stands for the place visited
        return
    if candidate.place_recipient:
        return
    if _joint(candidate):
        candidate.recipients = []
        return
    verb = candidate.governor or candidate.head
    direct = [c for c in verb.children if c.dep_ in {"dobj", "obj", "dative"}]
    # "discussed the border with X", "negotiated a ceasefire with X": a talking verb's object is
    # its topic, no one; its partner may hang on that object or its apposition.
    topical = verb.lemma_.lower() in words.topic_verbs
    holders = [candidate.head, verb, *direct, *(a for d in direct for a in d.children if a.dep_ == "appos")]
    partners = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in words.partner_preps
                for o in p.children if o.dep_ == "pobj" and is_party(o, lexicon)]
    objects = [*([] if topical else direct), *partners]
    # The met party, or the named modifier standing for it (*his Russian counterpart*).
    met = [r for r in candidate.recipients if any(r.i == o.i or r.head.i == o.i for o in objects)
           and is_party(r, lexicon)]  # "met to discuss X's confirmation": what is discussed is no one
    taken = {t.i for t in [*candidate.actors, *met]}
    hosts = _hosts(candidate, verb, met, words)
    candidate.actors.extend([*met, *(p for p in partners if p.i not in taken)])
    topics = {d.i for d in direct} if topical else set()
    candidate.recipients = [r for r in candidate.recipients if r not in met and r not in partners
                            and r.i not in topics]
    if hosts:
        # The manual: "the visitor will always be coded as the actor and the host will be the recipient";
        # the host stands for where the visit is, so a place taken beside it is no second recipient.
        candidate.actors = [a for a in candidate.actors if a not in hosts]
        candidate.recipients = [*hosts, *(r for r in candidate.recipients if not is_place(r, lexicon))]


def _visited_host(candidate: Candidate, lexicon: EventLexicon, words: RoleWords) -> Token | None:
    """*flew to X for talks with Y's officials*, *travelled to X for a meeting with the president*: a
    visit's host is the party the visitor goes to meet, named in the meeting it travels for, rather
    than the city standing in for it (PLOVER manual, CONSULT: "the host will be the recipient").
    The host met, or ``None``."""
    verb = candidate.governor or candidate.head
    if candidate.cue.mode != "visit" or candidate.nominal or not all(
            is_place(r, lexicon) or (r.dep_ == "pobj" and r.head.head.i == verb.i) for r in candidate.recipients):
        return None  # only the place visited (*to X*, *in X*) gives way to the host met there
    purposes = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    # "for three days of negotiations with X": the meeting noun may sit one *of* phrase down.
    purposes += [o for m in purposes for p in m.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]
    meetings = [m for m in purposes if m.lower_ in words.meeting_nouns or m.lemma_.lower() in words.meeting_nouns]
    taken = {t.i for t in candidate.actors}
    return next((o for m in meetings for p in m.children if p.dep_ == "prep" and p.lower_ in words.partner_preps
                 for o in p.children if o.dep_ == "pobj" and o.i not in taken and is_party(o, lexicon)), None)


def _hosts(candidate: Candidate, verb: Token, met: list[Token], words: RoleWords) -> list[Token]:
    """*X hosted the visiting minister*, *the premier received the Y president*: a visit told from
    the host's side (a hosting verb, active, with the visitor its object) has its subject as the
    host, who is the recipient (PLOVER manual, CONSULT). ``[]`` for any other CONSULT: with no
    host told, every participant is an actor. A light verb's noun (*gave a warm welcome to X*) is
    not read: the verb's own subject and object are."""
    if candidate.nominal or not met or verb.lemma_.lower() not in words.hosting_verbs:
        return []
    return [a for a in candidate.actors if a not in met]
