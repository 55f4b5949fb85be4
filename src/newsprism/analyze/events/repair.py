"""Repair parser slips before events are read: a finite verb parsed as an adjective, a noun object tagged a verb.

The small English parser sometimes reads *North Korea test-fired three missiles* or *Police
searched homes and seized weapons* as noun phrases: the verb becomes an ``amod`` of its own
object and the subject a ``compound`` (or ``npadvmod``) of that object, so the trigger and its
actor are lost. Where the word cannot be an adjective (see :func:`_slips`) the clause is rebuilt
on a copy of the ``Doc`` (other stages keep the parser's own tree) with the verb as head, the
noun as its object and the nearest noun before the verb as its subject.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = ["repair_parse"]

_NOUNS = frozenset({"NOUN", "PROPN", "PRON"})
_SUBJECT_DEPS = frozenset({"compound", "npadvmod", "nmod", "nsubj", "poss"})
_CLAUSE_SLOTS = frozenset({"ROOT", "conj", "ccomp", "advcl"})


def _slips(doc: Doc) -> list[Token]:
    """Verbs parsed as adjectives of their object: a finite past (``VBD``); a verb in a sentence
    whose root is that noun (a news sentence has a verb); or one right after the *and* that
    coordinates its object with a verb (*searched homes and seized weapons*)."""
    found = []
    for token in doc:
        obj = token.head
        # The noun stands where a clause should ("Russian-made rockets" as an object is no slip).
        if token.dep_ != "amod" or obj.i <= token.i or obj.pos_ not in _NOUNS or obj.dep_ not in _CLAUSE_SLOTS:
            continue
        verbless = obj.dep_ == "ROOT" and token.pos_ == "VERB" and not any(t.pos_ in {"VERB", "AUX"} and t.i != token.i
                                                                          for t in obj.sent)
        past = token.pos_ == "VERB" or token.text.lower().endswith("ed")
        coordinated = (obj.dep_ == "conj" and obj.head.pos_ == "VERB" and token.i > 0
                       and doc[token.i - 1].dep_ == "cc" and past)
        if token.tag_ == "VBD" or verbless or coordinated:
            found.append(token)
    return found


def _noun_slips(doc: Doc) -> list[Token]:
    """Nouns tagged as verbs where only a noun can stand: the direct object of a verb, not a
    gerund (*held military drills*, *drills* tagged ``VBZ``)."""
    return [t for t in doc if t.dep_ == "dobj" and t.pos_ == "VERB" and t.tag_ in {"VBZ", "VBP", "VB"}
            and t.head.pos_ in {"VERB", "AUX"} and not any(c.dep_ in {"dobj", "nsubj", "aux"} for c in t.children)]


def _singular(word: str) -> str:
    """The singular of a regular plural (the lemmatizer read the word as a verb): *drills* ->
    *drill*, *sanctions* -> *sanction*, *supplies* -> *supply*, *marches* -> *march*."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1]


def repair_parse(doc: Doc) -> Doc:
    """``doc`` itself when no verb is parsed as an adjective or a noun as a verb, else a repaired copy."""
    slips = [t.i for t in _slips(doc)]
    nouns = [t.i for t in _noun_slips(doc)]
    if not slips and not nouns:
        return doc
    doc = doc.copy()
    for i in nouns:
        noun = doc[i]
        noun.pos_, noun.tag_ = "NOUN", "NNS" if noun.text.lower().endswith("s") else "NN"
        noun.lemma_ = _singular(noun.text.lower()) if noun.tag_ == "NNS" else noun.text.lower()
    for i in slips:
        verb = doc[i]
        obj = verb.head
        if verb.pos_ != "VERB":  # "seized" tagged an adjective
            verb.pos_, verb.tag_ = "VERB", "VBD"
        if obj.dep_ == "conj" and obj.head.pos_ == "VERB":
            # "searched homes and seized weapons": a second verb sharing the first one's subject.
            verb.head, verb.dep_ = obj.head, "conj"
            obj.head, obj.dep_ = verb, "dobj"
            continue
        # the subject hangs on the object ("North Korea test-fired missiles") or, failing that,
        # on the verb ("The IMF halted payments"); a prefix of the verb ("test-") is no subject
        subjects = [c for c in obj.children if c.i < verb.i and c.dep_ in _SUBJECT_DEPS and c.pos_ in _NOUNS] or [
            c for c in verb.children if c.i < verb.i and c.dep_ in _SUBJECT_DEPS and c.pos_ in _NOUNS]
        root = obj.head.i == obj.i
        verb.head = verb if root else obj.head
        verb.dep_ = "ROOT" if root else obj.dep_
        obj.head = verb
        obj.dep_ = "dobj"
        if subjects:
            subject = subjects[-1]
            subject.head = verb
            subject.dep_ = "nsubj"
    return doc
