"""Verbs of a held view or a finding as cues of reported speech without marks (issue #3).

Kept apart from :mod:`.indirect` (which drafts the reports) because these cues are not in the
reporting-verb table: a verb of belief (*analysts believe that ...*), a copula with a stance noun
(*are of the view that ...*) and a verb of research findings (*the laboratory of X showed that
...*, *a group led by Y found that ...*) report only under conditions of their own, read here.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.analyze.quotes.cues import Cue, CueLexicon
from newsprism.analyze.quotes.kinds import Frame
from newsprism.analyze.quotes.speakers import finding_agent, to_marker

__all__ = [
    "cognition_cues",
    "complement_marked",
    "plain_statement",
    "research_cues",
    "stance_clause",
    "stance_cues",
    "stance_noun",
]

#: Pronouns by which a belief's clause can be about its holder again (*he thought he was ...*).
_SELF = frozenset({"he", "she"})
#: Entity labels that can report a finding (a person, a lab or company, an institution).
_FINDERS = frozenset({"PERSON", "ORG", "NORP"})


def complement_marked(clause: Token, words: CueLexicon) -> bool:
    """Whether a subordinator of a reported clause (``complementizers``: *that*) opens ``clause``."""
    return any(c.dep_ == "mark" and c.lower_ in words.complementizers for c in clause.children)


def cognition_cues(frame: Frame) -> list[Cue]:
    """*Many analysts believe (that) the talks will fail*: a verb of belief with a clause of its own,
    as a cue of reported speech without marks (the cue lexicon's ``cognition`` list)."""
    words = frame.cue_lexicon.cognition
    return [
        Cue(t.i, t.i + 1, t.i, t.lemma_.lower(), False, False, True, False)
        for t in frame.doc
        if t.pos_ == "VERB" and t.lemma_.lower() in words and t.i not in frame.cues and plain_statement(t)
        and not _inner_narrative(t) and not _revised(t, frame.cue_lexicon) and _held_as_view(t, frame.cue_lexicon)
    ]


def _revised(verb: Token, words: CueLexicon) -> bool:
    """*His doctor initially thought that ...*, *at first believed*: a belief the text marks as one
    its holder gave up (``revised_belief``) is the writer's narrative of a mind changing, no report."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in words.revised_belief:
            return True
        if child.dep_ == "prep" and child.lower_ == "at" and any(
                g.lower_ in words.revised_belief for g in child.children):
            return True
    return False


def _held_as_view(verb: Token, words: CueLexicon) -> bool:
    """A belief reports a view when its clause opens with *that* (*analysts believe that ...*) or its
    holder is named (``named_holders``: *NASA believes the find is ...*); *Protesters believe the bill
    is ...*, *They worry China is ...* are the writer's account of a mood (the labels' convention)."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is not None and complement_marked(clause, words):
        return True
    holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return holder is not None and holder.ent_type_ in words.named_holders


def _inner_narrative(verb: Token) -> bool:
    """*When Pell saw the cells, he thought he was seeing things*: a past belief about the holder's
    own state (the clause's subject is the holder again, as *he*/*she*) is the writer's narrative of
    a mind, not a view the holder reported (the labels' convention)."""
    if verb.tag_ != "VBD":
        return False
    holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    inner = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
    if holder is None or inner is None or inner.lower_ not in _SELF:
        return False
    return holder.lower_ == inner.lower_ or (holder.pos_ == "PROPN" and holder.ent_type_ == "PERSON")


def stance_cues(frame: Frame) -> list[Cue]:
    """*Experts and brokerages are of the view that ...*: a copula with *of* + a noun of a held view
    (``stance_nouns``) whose *that*-clause follows, as a cue of reported speech without marks, the
    copula's subject the holder (a belief verb's clause in other words)."""
    cues = []
    for token in frame.doc:
        if token.lemma_ != "be" or token.i in frame.cues or not any(c.dep_ == "nsubj" for c in token.children):
            continue
        noun = stance_noun(token, frame.cue_lexicon.stance_nouns)
        if noun is not None and stance_clause(noun, frame.cue_lexicon) is not None:
            cues.append(Cue(token.i, noun.i + 1, token.i, "be", False, False, True, False))
    return cues


def stance_noun(copula: Token, nouns: frozenset[str]) -> Token | None:
    """The *view* of *are of the view*: the object of the copula's *of*, when it is a stance noun."""
    for prep in copula.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in nouns:
                return noun
    return None


def stance_clause(noun: Token, words: CueLexicon) -> Token | None:
    """The noun's clause opened by a complementizer (*the view that the market ...*)."""
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and complement_marked(c, words)), None)


def plain_statement(verb: Token) -> bool:
    """A belief stated as a fact about its holder: a clause of its own and a subject of its own,
    no modal (*may still believe*), not an adverbial clause (*if they believed*, *because they
    think*), a relative clause (*which the board believes*) or an infinitive (*hard to believe*)."""
    children = list(verb.children)
    return (
        any(c.dep_ == "ccomp" for c in children)
        and any(c.dep_ == "nsubj" for c in children)
        and not any(c.tag_ == "MD" or to_marker(c) for c in children)
        and verb.dep_ not in ("relcl", "advcl", "xcomp", "acl")
    )


def research_cues(frame: Frame) -> list[Cue]:
    """*The laboratory of X reported that ...; moreover, they showed that ...*, *a group led by Y found
    that ...*: a verb of research findings (the cue lexicon's ``research`` list: *find*, *show*,
    *demonstrate*) with a *that*-clause of its own, as a cue of reported speech without marks,
    when its subject can report a finding (:func:`_finder`). *Tests showed that ...* (no one),
    *found the body* (no clause) and *found it hard* are no reports."""
    words = frame.cue_lexicon.research
    return [
        Cue(t.i, t.i + 1, t.i, t.lemma_.lower(), False, False, True, False)
        for t in frame.doc
        if t.pos_ == "VERB" and t.lemma_.lower() in words and t.i not in frame.cues and plain_statement(t)
        and (subject := next((c for c in t.children if c.dep_ == "nsubj"), None)) is not None
        and any(c.dep_ == "ccomp" and (complement_marked(c, frame.cue_lexicon) or (
            definite_finding(frame, subject) and _own_subject(c))) for c in t.children)
        and (_finder(frame, subject) or definite_finding(frame, subject)
             or finding_agent(subject, frame.cue_lexicon) is not None)
    ]


#: determiners that point back to one piece of research the story has told of (*the study*, *this survey*)
_DEFINITE = frozenset({"the", "this", "that"})


def definite_finding(frame: Frame, subject: Token) -> bool:
    """*The study found (that) the hull could be lighter*: one definite piece of research (``finding_nouns``,
    singular, *the*/*this* or a possessor) reports its findings, as its authors would; the labels read it so.
    A generic plural (*Studies have shown that*, *tests showed that*) stays the writer's summary."""
    if subject.lemma_.lower() not in frame.cue_lexicon.finding_nouns or subject.tag_ != "NN":
        return False
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in subject.children)


def _own_subject(clause: Token) -> bool:
    """A clause with a subject of its own (*found the hull could be lighter*), not an object and its
    predicate (*found it hard*, *found the body*)."""
    return clause.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _finder(frame: Frame, subject: Token) -> bool:
    """A subject that reports findings: a person or a body (by entity label), a pronoun for
    people or a group, a research group (``research_groups`` of the speaker lexicon: *laboratory*,
    *team*) or a person word (*scientists*). Not a document or an unnamed source (*Studies have shown
    that ...*, *the data show that*): the labels read those as the writer's summary."""
    lex = frame.speaker_lexicon
    features = lex.pronouns.get(subject.lower_)
    if features is not None:
        # *he*, *she*, *they* (a lab, a team); not *it* (*It shows that ...*: the writer's), nor *I*, *we*, *you*
        types = features["types"]
        return bool(types) and ("person" in types or features.get("number") == "plural")
    lemma = subject.lemma_.lower()
    return (
        (subject.ent_type_ in _FINDERS and lemma not in lex.source_nouns)
        or lemma in lex.research_groups
        or lemma in lex.exclusive_person_words
    )
