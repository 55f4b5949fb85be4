"""Verb senses that are no act whatever the verb's reading: a fixed expression, a recording.

Both read their words from the lexicon (``events_en.json``: ``fixed_expressions``,
``recording_verbs``, ``recording_nouns``):

- :func:`fixed_expression`: *as opposed to the plan*, *took their support for granted*: the
  verb is a word of a multiword preposition or idiom, so it names no opposing or granting.
- :func:`recording`: *CCTV captured their arrival*, *tourists captured video of the crash*,
  *shot footage of the clashes*: capturing or shooting a picture records what happened; no one
  was seized or fired at (the recorded act is coded on its own verb, *officers beating a man*).
- :func:`danger_noun`: *a heightened threat to shipping*, *a new threat to his rule emerged*: a
  risk named, not a threat made (``danger_nouns``, ``danger_preps``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.analyze.events.lexicon import EventLexicon

__all__ = ["danger_noun", "fixed_expression", "recording"]

#: The verb's own arguments that can name the recording: who or what captured, and what was captured.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})


def fixed_expression(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Is ``token`` one word of a listed fixed expression, spelt out word for word around it?"""
    doc = token.doc
    for expression in lexicon.words.get("fixed_expressions", frozenset()):
        words = expression.split()
        for k, word in enumerate(words):
            start = token.i - k
            if word == token.lower_ and start >= 0 and start + len(words) <= len(doc) and all(
                    doc[start + j].lower_ == w for j, w in enumerate(words)):
                return True
    return False


def recording(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """A verb of capture or shooting (``recording_verbs``) whose subject or object is a recording
    or a recording device (``recording_nouns``, or a compound of one: *security camera*)."""
    if not lexicon.is_word("recording_verbs", lemma):
        return False
    arguments = [c for c in token.children if c.dep_ in _ARGUMENTS]
    arguments += [c for a in arguments for c in (*a.conjuncts, *a.children) if c.dep_ in {"conj", "compound"}]
    return any(lexicon.names("recording_nouns", a) for a in arguments)


def danger_noun(noun: Token, lexicon: EventLexicon) -> bool:
    """A danger noun (``danger_nouns``) that names what is endangered (a ``danger_preps`` phrase on a
    noun: *a new threat to his rule emerged*, *warned of a heightened threat to shipping*): a risk,
    not a threat made. *The threat of sanctions* and *threats to kill* (an act as its content),
    *made threats* (a verb's object) and a party's charge that an act *was a threat to* it (a
    predicate: an accusation, coded THREATEN as the labels do) keep their reading."""
    if not lexicon.is_word("danger_nouns", noun.lemma_.lower()) or noun.dep_ in {"dobj", "obj", "nsubjpass"}:
        return False
    if noun.dep_ == "attr" and not any(c.dep_ == "expl" for c in noun.head.children):
        return False  # a predicate ("the move was a threat to us"); "there is a threat to crowds" is no charge
    return any(p.dep_ == "prep" and lexicon.is_word("danger_preps", p.lower_) and any(
        o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN", "PRON"} for o in p.children) for p in noun.children)


def agreement_reference(noun: Token, lexicon: EventLexicon) -> bool:
    """An agreement noun (``agreement_nouns``) named as a thing: what something happens to or a
    rule comes from (*the deadliest breach of the ceasefire*, *the terms of the truce*, *under the
    truce*, *the ceasefire deal*), not the act of agreeing to it. The act is told by a verb (*declared
    a truce*, *the ceasefire collapsed*), whose subject or object the noun is."""
    if not lexicon.is_word("agreement_nouns", noun.lemma_.lower()):
        return False
    if noun.dep_ == "compound":
        return True
    return noun.dep_ == "pobj" and (noun.head.head.pos_ in {"NOUN", "PROPN"}
                                    or lexicon.is_word("rule_preps", noun.head.lower_))
