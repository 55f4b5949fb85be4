"""A person's record told as background: what dates an undated past act in a profile paragraph.

Profiles of convicts, candidates and officials tell past acts without a date of their own (*X was
convicted of fraud*), and a story about today reads an undated past verb as its news. Two general
signals say it is background, for :mod:`.timing` (an age apposition alone is none: wire ledes use it
too, *the mayor, 47, was stabbed*):

- :func:`stranded_year_verb`: a trailing *in YEAR* the parser hung on the wording of a charge (*convicted
  of conspiracy to transport a stolen vehicle in 2007*) dates the verb the wording hangs on, not the
  vehicle; the year then makes the act historical by the usual date rule;
- :func:`term_served_after`: a later sentence of the same paragraph tells a term of years served
  (*she served eight years of her sentence*): whatever the paragraph told before it (the conviction,
  the sentence) happened at least that long ago.

The words are data (``lexicons/event_time_<lang>.json``: ``stranded_year_prepositions``, ``term_verbs``,
``long_units``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsprism.analyze.events.dates import YEAR_DIGITS, time_words
from newsprism.analyze.events.lexicon import EventLexicon
from newsprism.analyze.events.nouns import noun_cue

__all__ = ["stranded_year_verb", "term_served_after"]

#: Dependencies that open a clause of its own: a year inside one dates that clause, not the verb above.
_OWN_CLAUSE = frozenset({"relcl", "acl", "ccomp", "advcl", "csubj", "parataxis"})


def stranded_year_verb(ent: SpacySpan, anchor: Token, lexicon: EventLexicon, language: str) -> Token | None:
    """The verb a trailing *in YEAR* dates when the parser hung it on the wording of what someone did
    (*was convicted of conspiracy to transport a stolen vehicle in 2007*): a year does not date a thing
    with no event reading (a vehicle, a tax return) nor a subjectless infinitive or gerund with none (the
    charge's wording), so it dates the verb above them, reached up through nouns and prepositions, never
    out of a clause of its own (*a man who fled in 2007*, *a car stolen in 2007*)."""
    if (not _no_event_word(anchor, lexicon) or ent.start == 0 or len(ent) != 1
            or not re.fullmatch(YEAR_DIGITS, ent.text)):
        return None
    if ent.doc[ent.start - 1].lower_ not in time_words(language).get("stranded_year_prepositions", frozenset()):
        return None
    token = anchor
    for _ in range(12):
        head = token.head
        if head.i == token.i or (token.dep_ in _OWN_CLAUSE and not (token.dep_ == "acl" and token.tag_ == "VB")):
            return None  # an infinitive after a noun (*conspiracy to transport*) is the noun's content
        if head.pos_ in {"VERB", "AUX"}:
            if _no_event_word(head, lexicon):
                token = head
                continue
            return head
        token = head
    return None


def _no_event_word(token: Token, lexicon: EventLexicon) -> bool:
    """A noun with no event reading, or a subjectless infinitive or gerund with none (*to transport*)."""
    if token.pos_ == "NOUN":
        return noun_cue(token, lexicon) is None
    return (token.pos_ == "VERB" and token.tag_ in {"VB", "VBG"} and lexicon.verb(token.lemma_.lower()) is None
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children))


def term_served_after(trigger: Token, words: dict[str, frozenset[str]]) -> bool:
    """Does a later sentence of ``trigger``'s paragraph tell a term of years served (*served eight years*,
    *after serving twelve years*), or a term verb coordinated after the trigger in its own sentence (*was
    later convicted of bribery and served four years*: the term followed the act)? Then the act was
    at least that long before the story. Otherwise only later sentences: the sentence of the term tells
    what ended it (*served eight years before being granted clemency*: the clemency is the news)."""
    doc, sent = trigger.doc, trigger.sent
    verbs, units = words.get("term_verbs", frozenset()), words.get("long_units", frozenset())
    if any(verb.i > trigger.i and _tells_term(verb, verbs, units) for verb in trigger.conjuncts):
        return True
    # The paragraph ends at the next line break, read token by token: ``Doc.text`` would join the whole
    # document again for every event asking.
    if "\n" in doc[sent.end - 1].whitespace_:
        return False
    for token in doc[sent.end:]:
        newline = token.text_with_ws.find("\n")
        if newline == 0:
            return False
        if _tells_term(token, verbs, units):
            return True
        if newline > 0:
            return False
    return False


def _tells_term(token: Token, verbs: frozenset[str], units: frozenset[str]) -> bool:
    """*served eight years*: a ``term_verbs`` verb whose object counts ``long_units``."""
    return token.lemma_.lower() in verbs and token.pos_ == "VERB" and any(
        c.dep_ in {"dobj", "npadvmod"} and c.lemma_.lower() in units for c in token.children)
