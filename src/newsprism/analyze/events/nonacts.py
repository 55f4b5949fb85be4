"""Clauses that use an event verb for no act of one party on another (issue #5, E14 round).

PLOVER codes relations between actors. Four clause shapes borrow the verbs of those relations
without one; each is a spaCy dependency read over word lists of ``events_en.json`` (their
``*_about`` entries say why), like the rules of ``events/procedure.py``:

- :func:`sitting`: a chamber, court or council meeting as itself (*the senate was due to meet on
  Thursday*, *it will reconvene on Monday*): procedure, no CONSULT (no one is met).
- :func:`provision_content`: what a bill or law would let someone do (*the bill would allow
  people visiting the islands to be questioned*): the text's content, no visit, no questioning.
- :func:`cause_struggle`: fighting *for* or *against* a cause (*spent years fighting for miners'
  rights*): no violence.
- :func:`class_description`: a participle that describes a class of people (*those held in
  contempt*, *people convicted of fraud lose their seats*): who the rule or the record is about, no
  act done to anyone now (``class_heads``).
- :func:`gathering_moves`: a march or protest moving along its route (*the protest later moved a
  few blocks*): the gathering is coded on its own word; its route is no act.
- :func:`cognition_clause`: a verb of recognising with no party recognised (*recognised that the term
  confuses*, *students recognizing they can run*): knowing something, no recognition of a party
  (PLOVER SUPPORT's *recognize* is diplomatic: an object that is a state, government or claim).
- :func:`visit_without_place` (*the mediator has arrived*: no visit without the place visited),
  :func:`document_content` (what a bill or decree would provide), :func:`self_motion` (*the crowds
  dispersed*: a group moving itself) and :func:`habitual_description` (*donors who fund it*: a
  relative clause's bare present describes a party).
- :func:`institution_title`: an event noun naming what an institution or office is for (*the final
  court of appeal*, *a commission of inquiry*): a title, no appeal or inquiry made; and
  :func:`habitual_subject` (*such summits usually focus on trade*: an event noun as the subject of a
  habitual present names a kind of event, none that happened); :func:`purpose_infinitive` (*a forum for
  states to talk*: what a place or a means is for).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.analyze.events.clauses import to_infinitive
from newsprism.analyze.events.fill import subject_of
from newsprism.analyze.events.lexicon import EventLexicon
from newsprism.analyze.events.parties import is_party
from newsprism.analyze.events.roles import is_place

__all__ = [
    "cause_struggle",
    "class_description",
    "cognition_clause",
    "concurrence",
    "document_content",
    "gathering_moves",
    "habitual_description",
    "habitual_subject",
    "institution_title",
    "provision_content",
    "purpose_infinitive",
    "self_motion",
    "sitting",
    "visit_without_place",
]

_OBJECTS = frozenset({"dobj", "obj"})


def sitting(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Is ``token`` a deliberative body's own sitting (*the senate was set to meet*, *it would meet
    on Monday*, *the cabinet met on Sunday*)? A ``sitting_verbs`` verb with no object and no *with*
    phrase whose subjects (borrowed through *set to*, *due to*) are all ``sitting_bodies`` or *it*."""
    if not lexicon.is_word("sitting_verbs", lemma):
        return False
    if any(c.dep_ in _OBJECTS for c in token.children) or any(
            c.dep_ == "prep" and c.lower_ in {"with", "between", "among"} for c in token.children):
        return False  # "will meet the envoy", "will meet with the strikers": a meeting between parties
    subjects, _ = subject_of(token)
    subjects = [*subjects, *(c for s in subjects for c in s.conjuncts)]
    return bool(subjects) and all(
        s.lower_ == "it" or lexicon.names("sitting_bodies", s) for s in subjects)


def _provision_verb(verb: Token, lexicon: EventLexicon) -> bool:
    """*the bill would allow*, *a law that would let*: a provision verb whose subject is a text."""
    if not lexicon.names("provision_verbs", verb):
        return False
    hypothetical = any(a.dep_ == "aux" and lexicon.is_word("hypothetical_aux", a.lower_) for a in verb.children)
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        text = subject.head.head if subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl" else subject
        if lexicon.names("document_nouns", text) or (hypothetical and lexicon.names("text_nouns", text)):
            return True
    return False


#: Links a provision's content hangs from its verb by: complements, their arguments and modifiers.
_INSIDE = frozenset({"xcomp", "ccomp", "conj", "acl", "relcl", "dobj", "nsubj", "nsubjpass", "pobj", "prep", "advcl"})


def provision_content(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Is ``token`` inside what a bill or law provides (*would allow people visiting X to be
    removed*: *visiting*, *removed*)? Up to eight links up through complements and their
    arguments to a ``provision_verbs`` verb whose subject is a proposal (``document_nouns``), or an
    enacted text (``text_nouns``) under a hypothetical modal."""
    current = token
    for _ in range(8):
        if current.dep_ not in _INSIDE or current.head is current:
            return False
        current = current.head
        if current.pos_ in {"VERB", "AUX"} and _provision_verb(current, lexicon):
            return True
    return False


def cause_struggle(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Is ``token`` a struggle for or against a cause (*fighting for a federal holiday*, *battling
    against corruption*)? A ``cause_verbs`` verb with a *for* / *against* phrase, no object, and no
    military word in its sentence (``military_cues``: *troops fought for control of the town*)."""
    if not lexicon.is_word("cause_verbs", lemma):
        return False
    objects = [c for c in token.children if c.dep_ in _OBJECTS]
    if objects:
        # "a unit to fight cattle smuggling": an activity fought (an -ing nominal), no party fought
        return any(_activity_noun(o) for o in objects) and not any(is_party(o, lexicon) for o in objects)
    if not any(c.dep_ == "prep" and c.lower_ in {"for", "against"} for c in token.children):
        return False
    return not any(lexicon.names("military_cues", t) for t in token.sent if t.dep_ != "compound")


def _activity_noun(token: Token) -> bool:
    """An object that names an activity by its -ing form (*smuggling*, *trafficking*, *poaching*; the
    parser tags some of them as gerunds, *fight cattle smuggling*)."""
    return (token.pos_ == "NOUN" or token.tag_ == "VBG") and token.lower_.endswith("ing") and len(token.lower_) > 5


def gathering_moves(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Is ``token`` a gathering moving along its route (*the march later moved a few blocks to the
    square*)? A ``route_verbs`` verb whose subject is an event noun (the lexicon's nouns)."""
    if not lexicon.is_word("route_verbs", lemma):
        return False
    subjects, passive = subject_of(token)
    return bool(subjects) and not passive and all(
        s.lemma_.lower() in lexicon.nouns or s.lower_ in lexicon.nouns for s in subjects)


def class_description(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Is ``token`` a past participle on a class of people (*those held in contempt*, *People held
    in contempt are referred to prosecutors*)? A reduced relative (``acl``, VBN) whose head is a
    ``class_heads`` word with no determiner, possessive or number: any member of the class, no act
    done to one party at one time (*the two officers held in contempt* keeps its reading)."""
    if token.dep_ != "acl" or token.tag_ not in {"VBN", "VBD"}:  # the tagger calls some such participles VBD
        return False
    head = token.head
    return lexicon.names("class_heads", head) and not any(
        c.dep_ in {"det", "poss", "nummod"} for c in head.children)


def cognition_clause(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Is ``token`` a ``cognition_verbs`` verb with no party recognised: no object and no passive subject
    (*recognised that the term causes confusion*, *students that are recognizing, maybe for the first
    time, that ...*, where the parser may hang the clause elsewhere)? Then it tells what someone knows,
    no act on a party; *recognised the new government*, *was recognised by* keep their SUPPORT."""
    return lexicon.is_word("cognition_verbs", lemma) and not any(
        c.dep_ in _OBJECTS or c.dep_ == "nsubjpass" for c in token.children)


def concurrence(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Is ``token`` a ``concurrence_verbs`` verb with nothing agreed to, on or with (no object, preposition,
    clause or particle) and a participle of speaking hung on it (*the governor agreed, saying only one group
    could have done it*)? Then a speaker shares a view: a statement, no AGREE (batch 15 of events_articles)."""
    if not lexicon.is_word("concurrence_verbs", lemma):
        return False
    if any(c.dep_ in {*_OBJECTS, "prep", "ccomp", "prt", "dative"} or (c.dep_ == "xcomp" and c.tag_ != "VBG")
           for c in token.children):
        return False
    return any(c.dep_ in {"advcl", "xcomp", "conj"} and c.tag_ == "VBG" and lexicon.is_word("reporting_verbs", c.lemma_)
               for c in token.children)


def visit_without_place(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """*the mediator has arrived*, *police arrived at the gate*, *arrived in two trucks*: a verb
    read as a visit with no object (*arrive*) is one only when it names the place visited, a
    country, city or site (PLOVER CONSULT visit: "travel to another location for a meeting");
    without one it is only someone turning up."""
    cue = lexicon.verbs.get(lemma)
    if cue is None or cue.mode != "visit" or any(c.dep_ in _OBJECTS for c in token.children):
        return False
    for prep in (c for c in token.children if c.dep_ == "prep" and lexicon.is_word("location_preps", c.lower_)):
        for place in (o for o in prep.children if o.dep_ == "pobj"):
            if is_place(place, lexicon):
                return False
    return True


#: How a clause hangs on the clause that governs it, walking up to a text's noun: a complement
#: (*would allow the police to detain*) and a clause on a noun (*a bill that would allow*).
_CONTENT_UP = frozenset({"xcomp", "ccomp", "conj"})
_ON_NOUN = frozenset({"relcl", "acl"})


def document_content(token: Token, lexicon: EventLexicon) -> bool:
    """*a bill that would have allowed the police to detain protesters*, *a decree that would
    ban rallies*: the verb is what a text provides, a clause on the noun (the text its subject) or
    a complement of such a clause, not an act done; the proposing or passing of the text is coded
    on its own verb. A proposal (``document_nouns``: a bill, an amendment) provides nothing yet;
    an enacted text (``text_nouns``: a law, a decree) only where its clause is conditional or an
    infinitive (*a law to allow*): *a decree banning rallies* is a ban in force, and *the decree
    signed by the president* is an act done to the text."""
    clause, path = token, [token]
    for _ in range(6):  # a few complements up: the content is near its noun
        if clause.dep_ in _ON_NOUN:
            noun, lemma = clause.head, clause.head.lemma_.lower()
            if noun.pos_ not in {"NOUN", "PROPN"} or (clause.dep_ == "acl" and clause.tag_ == "VBN") or any(
                    c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WDT", "WP"} for c in clause.children):
                return False  # "the decree signed by", "the bill the senate passed": acts done to the text
            if lexicon.is_word("document_nouns", lemma):
                return True
            return lexicon.is_word("text_nouns", lemma) and any(to_infinitive(t) or any(
                a.dep_ == "aux" and lexicon.is_word("hypothetical_aux", a.lower_) for a in t.children) for t in path)
        if clause.dep_ not in _CONTENT_UP or clause.head is clause:
            return False
        clause = clause.head
        path.append(clause)
    return False


def self_motion(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """*the crowds dispersed*: a verb that is an act on a group only with
    an object or in the passive (``self_motion_verbs``) says, with neither, that the group moved
    itself; no actor acted on anyone (*police dispersed the march* keeps its reading)."""
    if not lexicon.is_word("self_motion_verbs", lemma):
        return False
    return not any(c.dep_ in {*_OBJECTS, "nsubjpass", "auxpass", "agent"} for c in token.children)


def habitual_description(token: Token, lexicon: EventLexicon) -> bool:
    """*the donors who fund half of its budget*, *a militia that controls the border crossings*: a
    simple present in a relative clause, with no auxiliary, says what a party habitually does or
    is (a description of it), not an act that happened; news tells its acts in the past, the
    perfect or a headline's present, none of them a relative clause's bare present. Only where the
    relative pronoun is the subject: *the group, which the government accuses of ...* is an act
    of another party on it, made now; and not on a text (*a measure that bans flights*: a
    provision in force, read by :func:`document_content`)."""
    head = token.head.lemma_.lower()
    return (token.dep_ == "relcl" and token.tag_ in {"VBZ", "VBP"}
            and not any(c.dep_ in {"aux", "auxpass", "neg"} for c in token.children)
            and any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in token.children)
            and not lexicon.is_word("text_nouns", head) and not lexicon.is_word("document_nouns", head))


def institution_title(token: Token, lexicon: EventLexicon) -> bool:
    """*the final court of appeal*, *the secretary of defense*, *a commission of inquiry*: a bare noun after
    *of* on an ``institution_heads`` word names the body's or the office's remit, not an act; lower-cased
    titles too, which :func:`nouns.in_name` (capitalised names) misses. A noun with a determiner,
    possessive or number (*the court of the two appeals*) is kept; a phrase on it is the remit's
    (*the court of appeal on all civil matters*)."""
    if token.dep_ != "pobj" or token.head.lower_ != "of" or token.head.dep_ != "prep":
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} for c in token.children):
        return False
    return lexicon.names("institution_heads", token.head.head)


def habitual_subject(token: Token, lexicon: EventLexicon) -> bool:
    """*summit meetings usually centre on trade*, *rallies there typically draw thousands*: an event noun that
    is the subject of a simple present with a ``habitual_adverbs`` adverb names what such events are like, a
    generic (background), not one that happened; the verbs' own rule is ``habitual_present``. The parser may
    hang that present on the noun as a clause (``acl``) after it, which reads the same."""
    verb = token.head if token.dep_ == "nsubj" else next(
        (c for c in token.children if c.dep_ == "acl" and c.i > token.i), None)
    return (verb is not None and verb.tag_ in {"VBZ", "VBP"}
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
            and any(c.dep_ == "advmod" and lexicon.is_word("habitual_adverbs", c.lower_) for c in verb.children))


def purpose_infinitive(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """*a forum for noncommunist states to talk*, *a chance to meet the envoy*, *a way to punish the
    rebels*: a *to*-infinitive on a ``purpose_heads`` noun (place, occasion, means) says what the thing is
    for, no act done; the thing's use, if told, is coded on its own verb. With a *for* subject the parser may
    hang the infinitive on the noun as an ``advcl``."""
    return (token.dep_ in {"acl", "relcl", "advcl"} and token.head.pos_ == "NOUN" and to_infinitive(token)
            and lexicon.names("purpose_heads", token.head))
