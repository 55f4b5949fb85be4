"""Verbs that report a procedure or an accident, no act of one party on another (issue #5).

PLOVER codes relations between actors (its manual's types: consult, support, accuse, reject,
sanction, assault, ...). Two kinds of clause use the verbs of those relations without one:

- :func:`roll_call`: a member's vote on a chamber's text (*voted for the first article*,
  *opposed both articles of impeachment*, *with Democrats voting in favour and Republicans
  opposing*). How each member voted is the count of a procedure; the chamber's decision, if it
  acts on a party (an impeachment, a law's ban), is coded on its own verb. Words:
  ``ballot_verbs``, ``ballot_objects``, ``ballot_preps`` in ``events_en.json``.
- :func:`accident`: a vehicle or its driver striking an obstacle or another vehicle (*struck a
  guard rail*, *the bus hit a parked car*) and what followed from it (*..., injuring three*):
  a collision, not an assault, which PLOVER codes only where an agent acts on a party
  (``collision_verbs``, ``obstacle_nouns``, ``vehicle_nouns``; a weapon or a military word in
  the sentence keeps the verb's reading: *a missile struck a bus*).

- :func:`enacting_vote`: a body's vote *to* do something (*the assembly voted to hold the minister in
  contempt*, *voted to extend the curfew*): the vote is how the body acts, so the act is coded on
  the complement's own verb, at the vote's time; the vote itself is no second event (PLOVER codes
  the act: its manual's types are relations, and a vote is none).
- :func:`enactment`: a chamber passing its own text (*the congress approved a bill legalising
  abortion*): a chamber (``chamber_nouns``) as subject and a bill or law (``document_nouns``,
  ``text_nouns``) as object of an ``enactment_verbs`` verb is lawmaking, no relation between parties
  (the labels' convention since batch 5: *a legislature passing a law*, *a bill passing* are no
  event; ``procedure_objects`` already reads *passed*, *adopted*). A law that concedes to a party is
  coded on what it does, and an actor approving another's proposal keeps SUPPORT.

- :func:`own_order`: an official signing an order or decree of their own (*the governor signed an
  executive order delaying the vote*): how the order is made, no SUPPORT (``signing_verbs``,
  ``own_order_nouns``); signing an agreement or another body's bill keeps SUPPORT.
- :func:`counted_participle`: a procedure verb (``procedure_objects``) whose counted object the parser
  hung on a participle (*has amassed 1,217 pledged delegates* parsed as *amassed* + a clause
  *1,217 pledged delegates*): the verb is read on that object, as it would be with the parse right.

- :func:`court_invalidation`: a court ruling an act or a text unlawful (*the court ruled the decree was
  unlawful*, *found the dismissals to be illegal*): PLOVER REJECT on the ruling verb, the act of the
  court on the government (``ruling_verbs``, ``court_nouns``, ``invalidity_words``).

- :func:`projection`: a media outlet *calling* a state or race *for* a candidate (*the network
  called Ohio for the senator*): a winner projected from the count, no act on a party
  (``projection_verbs``, ``projection_objects``).

All are spaCy dependency reads over the lexicon's word lists, like the rules of
``events/unrealised.py``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from newsprism.analyze.events.candidate import Candidate
from newsprism.analyze.events.clauses import to_infinitive
from newsprism.analyze.events.lexicon import Cue, EventLexicon

__all__ = ["accident", "counted_participle", "court_invalidation", "enacting_vote", "enactment", "own_order",
           "projection", "roll_call"]

#: A verb's object: its direct object or, in a passive, its subject.
_OBJECTS = frozenset({"dobj", "obj", "nsubjpass"})
_SUBJECTS = frozenset({"nsubj", "agent"})


def _tells_vote(tokens: Iterable[Token], skip: Token | None = None) -> bool:
    """A vote told by a word (parsed as a verb or a noun): *vote*, *voting*."""
    return any(t.lemma_.lower() == "vote" or t.lower_ == "voting" for t in tokens if t is not skip)


def _text_passed(tokens: Iterable[Token], lexicon: EventLexicon) -> bool:
    """A text voted on, told passed or adopted (*the resolution passed along party lines*, *the motion
    was adopted*): an ``enactment_verbs`` verb whose subject is a ``ballot_objects`` text tells the vote's
    result, so a ballot verb beside it (*with 118 members supporting the motion*) is the roll call."""
    return any(lexicon.is_word("enactment_verbs", t.lemma_.lower()) and any(
        c.dep_ in {"nsubj", "nsubjpass"} and lexicon.names("ballot_objects", c) for c in t.children) for t in tokens)


def _vote_before(token: Token, lexicon: EventLexicon) -> bool:
    """Does the sentence before ``token``'s, in its paragraph, tell a vote on a chamber's text
    (*the junior partner voted for the motion.*)? Then *opposed it* or *abstained* in the next
    sentence is the same roll call told on (a pronoun or nothing standing for the text)."""
    sent = token.sent
    if sent.start == 0:
        return False
    before = token.doc[sent.start - 1].sent
    if "\n" in token.doc.text[before.end_char:sent.start_char]:
        return False  # another paragraph
    return _tells_vote(before) and any(lexicon.names("ballot_objects", t) for t in before)


def roll_call(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Is ``token`` one member's (or bloc's) vote on a chamber's text?

    A ballot verb whose object, or the object of its *for* / *against*, is a text voted on
    (*voted for the first article*, *opposed the resolution in the vote*), or a ballot verb with
    no object (*with Democrats voting in favour and Republicans opposing*), in a sentence that
    tells a vote; or one with a pronoun object or none (*opposed it*, *abstained*) right after a
    sentence of its paragraph that tells a vote on a text (the roll call told on)."""
    if not lexicon.is_word("ballot_verbs", lemma):
        return False
    # a vote told in the sentence by another word (parsed as a verb or a noun): a stance a state or
    # party takes on a resolution with no vote in sight (*will support the resolution*) is kept
    passed = _text_passed(token.sent, lexicon)
    voting = lemma == "vote" or _tells_vote(token.sent, skip=token) or passed
    objects = [c for c in token.children if c.dep_ in _OBJECTS]
    objects += [g for c in token.children if c.dep_ == "prep" and lexicon.is_word("ballot_preps", c.lower_)
                for g in c.children if g.dep_ == "pobj"]
    if objects:
        heads = [*objects, *(c for o in objects for c in o.conjuncts)]
        if voting and any(lexicon.names("ballot_objects", o) for o in heads):
            return True
        if passed and all(o.pos_ == "PRON" for o in heads):
            return True  # "the motion was adopted, with the Greens opposing it": the pronoun is the text
        # "... voted for the motion. The ruling party opposed it": the pronoun stands for the text
        return (not voting and all(o.pos_ == "PRON" for o in heads) and lemma != "vote"
                and _vote_before(token, lexicon))
    # no object: "... voting in favour, and Republican members opposing" (not *vote* itself, read by
    # procedure_object, nor a verb with a clause: *voted to extend*)
    return (lemma != "vote" and (voting or _vote_before(token, lexicon))
            and not any(c.dep_ in {"xcomp", "ccomp", "prep"} for c in token.children))


def projection(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """*The network called Ohio for the senator*: a state, race or seat called for a candidate is a
    winner projected from the count, no act on a party. The object must be a place name or a
    contest (``projection_objects``) and the *for* phrase name no event (*called X for talks*)."""
    if not lexicon.is_word("projection_verbs", lemma):
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    if not any(o.ent_type_ in {"GPE", "LOC"} or lexicon.names("projection_objects", o) for o in objects):
        return False
    fors = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
            if g.dep_ == "pobj"]
    fors += [g for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
             if g.dep_ == "pobj"]
    return bool(fors) and not any(g.lemma_.lower() in lexicon.nouns or g.lower_ in lexicon.nouns for g in fors)


def _collision(token: Token, lexicon: EventLexicon) -> bool:
    if not lexicon.is_word("collision_verbs", token.lemma_.lower()):
        return False
    # not a compound: a *guard* rail is no guard
    if any(lexicon.names("instrument_nouns", t) or lexicon.names("military_cues", t)
           for t in token.sent if t.dep_ != "compound"):
        return False  # "a rocket hit a bus", "soldiers' vehicle struck": a weapon or an army may be acting
    subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
    if not subjects and token.dep_ == "conj":  # "was driving a truck ... and struck": the first verb's subject
        subjects = [c for c in token.head.children if c.dep_ in _SUBJECTS]
    # the driver: a pronoun, a person, a vehicle, or whoever the clause says was driving
    # ("was driving a pickup truck ... and struck"; a state or army as subject keeps the reading)
    driving = token.dep_ == "conj" and lexicon.is_word("driving_verbs", token.head.lemma_.lower())
    if not subjects or not (driving or all(s.pos_ == "PRON" or s.ent_type_ == "PERSON"
                                           or lexicon.names("vehicle_nouns", s) for s in subjects)):
        return False
    objects = [c for c in token.children if c.dep_ in _OBJECTS]
    # the head, a compound in it, and what a group noun holds ("a group of motorcycles")
    words = [t for o in objects for t in (o, *(c for c in o.children if c.dep_ == "compound"),
                                          *(g for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                                            for g in p.children if g.dep_ == "pobj"))]
    return any(lexicon.names("obstacle_nouns", w) or lexicon.names("vehicle_nouns", w) for w in words)


def accident(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Is ``token`` a collision of a vehicle or its driver, or a participle of what followed it
    (*struck a group of motorcycles, killing seven riders and injuring three more*)?"""
    if _collision(token, lexicon):
        return True
    # "..., injuring three more": a result participle (or its conjunct) on a collision
    clause = token
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    return clause.dep_ in {"advcl", "xcomp"} and clause.tag_ == "VBG" and _collision(clause.head, lexicon)


#: How a vote's to-infinitive hangs on it: a complement, or (with a phrase between them, *voted in 2024
#: to hold*) what the parser calls a purpose clause; either way it is what the body voted to do.
_VOTED_ACT = frozenset({"xcomp", "advcl"})


def enacting_vote(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Is ``token`` a vote *to* act (*voted to hold two officers in contempt*, *voted in 2024 to hold*)?
    Then the act is the complement's, read on its own verb (the vote is the body's way of doing it);
    a vote with no to-infinitive is left to :func:`roll_call` and the verb's readings."""
    return lemma == "vote" and any(c.dep_ in _VOTED_ACT and c.pos_ == "VERB" and to_infinitive(c)
                                   for c in token.children)


def own_order(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Is ``token`` an official signing an order or decree (*signed an executive order delaying the
    election*)? A ``signing_verbs`` verb whose object, or passive subject, is an ``own_order_nouns``
    noun: the order is the signer's own act of office, coded (if at all) on what it does; PLOVER's
    SUPPORT is for signing an agreement with another party."""
    if not lexicon.is_word("signing_verbs", lemma):
        return False
    objects = [c for c in token.children if c.dep_ in _OBJECTS]
    return any(lexicon.names("own_order_nouns", o) for o in (*objects, *(c for o in objects for c in o.conjuncts)))


def counted_participle(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Is ``token`` a procedure verb whose counted object the parser hung on a participle clause
    (*has amassed 1,217 pledged delegates*: *amassed* with no object and a clausal *pledged* whose
    object is *delegates*)? Read it on that object (``procedure_objects``), as with the right parse."""
    verbs, objects, _ = lexicon.procedure_objects
    if lemma not in verbs or any(c.dep_ in _OBJECTS for c in token.children):
        return False
    # the clause's "subject" is the count (*1,217*): a number and a participle before the counted noun
    return any(c.dep_ in {"ccomp", "xcomp"} and c.tag_ in {"VBN", "VBD"} and c.i > token.i
               and any(s.dep_ == "nsubj" and s.like_num for s in c.children) and any(
        g.dep_ in {"dobj", "obj"} and (g.lemma_.lower() in objects or g.lower_ in objects) for g in c.children)
        for c in token.children)


def enactment(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Is ``token`` a chamber passing a text (*the senate approved the bill*, *a bill approved by
    parliament*)? An ``enactment_verbs`` verb whose subject (or passive agent) is a chamber and
    whose object (or passive subject) is a bill or law."""
    if not lexicon.is_word("enactment_verbs", lemma):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    subjects += [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    objects = [c for c in token.children if c.dep_ in _OBJECTS]
    if token.dep_ == "acl" and token.tag_ == "VBN":
        objects.append(token.head)  # "a bill approved by parliament"
    return (any(lexicon.names("chamber_nouns", s) for s in subjects)
            and any(lexicon.names("document_nouns", o) or lexicon.names("text_nouns", o) for o in objects))


#: How a ruling verb holds what it declares: a clause (*ruled (that) X was unlawful*, *found X to be
#: illegal*), an object predicate (*declared the law void*) or the adjective the parser makes its object.
_RULING_COMPLEMENTS = frozenset({"ccomp", "xcomp", "oprd", "acomp", "dobj"})


def court_invalidation(token: Token, lemma: str, lexicon: EventLexicon) -> Candidate | None:
    """*The court ruled on Friday that the curfew was unlawful*, *a judge ruled the decree unconstitutional*:
    a court declaring a government's act invalid rejects it (REJECT, the labels' rulings against a plan or an
    order). A ``ruling_verbs`` verb whose subject is a ``court_nouns`` word and whose complement, or the
    complement's predicate adjective, is an ``invalidity_words`` word (not negated: *ruled it was not
    unlawful* upholds the act). A party that is no court calling an act unlawful is read by
    ``complements.denunciation`` (ACCUSE)."""
    if not lexicon.is_word("ruling_verbs", lemma) or any(c.dep_ == "neg" for c in token.children):
        return None
    subject = _ruling_subject(token)
    if subject is None or not lexicon.names("court_nouns", subject):
        return None
    for complement in (c for c in token.children if c.dep_ in _RULING_COMPLEMENTS):
        predicates = [complement, *(c for c in complement.children if c.dep_ in {"acomp", "attr", "oprd"})]
        if any(c.dep_ == "neg" for c in complement.children):
            continue
        if any(lexicon.names("invalidity_words", p) for p in predicates):
            cue = Cue("REJECT", None, (), "own", 0.7)
            if (announced := _announced_ruling(token, subject, lexicon)) is not None:
                noun, verb = announced  # "issued a ruling on the order. The court found it unlawful."
                return Candidate(noun, noun, noun, cue, nominal=True, governor=verb, consumed={noun.i})
            return Candidate(token, token, token, cue, consumed={token.i})
    return None


def _ruling_subject(token: Token) -> Token | None:
    """The verb's subject, or for a verb coordinated after another (*The court found that it could rule, and
    found the order unlawful*) the first verb's: the second finding has the same court."""
    for verb in (token, token.head) if token.dep_ == "conj" else (token,):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def _announced_ruling(token: Token, subject: Token, lexicon: EventLexicon) -> tuple[Token, Token] | None:
    """(ruling noun, its verb) of *The court issued a ruling on the order. The court found it unlawful.*: a
    finding told by *the court* (a definite court noun) in the sentence after one where a court issued a
    ruling (a ``ruling_nouns`` object) is that ruling's content, so the act is the ruling noun (the trigger),
    the finding what it says. Only the sentence just before, and only a court subject there too."""
    if not any(d.dep_ == "det" and d.lower_ == "the" for d in subject.children):
        return None
    sent = token.sent
    if sent.start == 0:
        return None
    before = token.doc[sent.start - 1].sent
    for verb in before:
        if not any(c.dep_ == "nsubj" and any(lexicon.names("court_nouns", g) for g in c.subtree)
                   for c in verb.children):  # "the Orvane High Court", "the Supreme Court of Velport"
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj" and lexicon.names("ruling_nouns", c)):
            return obj, verb
    return None
