"""A reporting verb's *that*-clause the parser hung somewhere else (issue #3).

Split from :mod:`.indirect` (which reads the clauses these return): the parser may take the cue's
*that* for a relative adverb (*claimed at the time that ...*), hang the clause on a noun of a phrase
after the cue (*told reporters at a briefing that ...*), on the cue's object when that object is the
one told (*lecturing the nation that ...*), or on a relative clause of that object (*told nurses who
filled the square that ...*).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.analyze.quotes.cues import CueLexicon
from newsprism.analyze.quotes.kinds import Frame
from newsprism.analyze.quotes.views import complement_marked

__all__ = ["complement_on_recipient", "leading_that", "misattached_complement"]


def leading_that(clause: Token, words: CueLexicon) -> bool:
    """*claimed at the time that they were ...*: the parser may take the cue's *that* for a
    relative adverb (*the time that* = *when*) on the noun before it; first in the clause, it
    opens the cue's complement as a marker would."""
    first = clause.left_edge
    return first.dep_ == "advmod" and first.head.i == clause.i and first.lower_ in words.complementizers


def misattached_complement(cue: Token, words: CueLexicon) -> Token | None:
    """*X told reporters at a briefing that the line will reopen*: the parser may hang the cue's
    *that*-clause on the noun of a phrase after the cue as a relative clause. A true relative
    clause has *that* as its subject or object; a clause with *that* as its marker, a subject of
    its own, on a noun in a prepositional phrase (not the cue's object: *wrote the song that X
    sings*, where the parser also calls *that* a marker) is the cue's complement, when no other
    verb stands between it and the cue (a message noun's content clause, *in a statement that ...*,
    likewise)."""
    for token in cue.subtree:
        # ``acl`` too: *told the paper in a statement that her client ...* reads as the noun's content
        if token.i <= cue.i or token.dep_ not in ("relcl", "acl"):
            continue
        if not (complement_marked(token, words) or leading_that(token, words)):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            continue
        if token.head.dep_ != "pobj" and not _on_recipient(cue, token, words):
            continue  # *wrote the song that X sings*: a clause on the cue's own object is relative
        if token.head.lemma_.lower() in words.content_nouns:
            continue  # *lies in the fact that ...*: the noun's own content
        up = token.head
        while up.i != cue.i and up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
            up = up.head
        if up.i == cue.i:
            return token
    return None


#: Dependencies that complete a clause's verb: a relative clause on an object lacks the one *that* fills.
_COMPLETING = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "nsubjpass", "dative"})


def _on_recipient(cue: Token, clause: Token, words: CueLexicon) -> bool:
    """*is lecturing the nation that its leader is a crook*: after a verb whose object is the one
    told (the lexicon's ``infinitive: object`` verbs: *tell*, *warn*, *lecture*), the parser may
    hang the cue's *that*-clause on that object. A relative clause there (*told the story that he
    had heard*) lacks the object its *that* stands for; a clause whose verb is complete is the
    cue's complement."""
    entry = words.verbs.get(cue.lemma_.lower())
    if entry is None or entry.infinitive != "object" or clause.head.dep_ != "dobj" or clause.head.head.i != cue.i:
        return False
    return any(c.dep_ in _COMPLETING for c in clause.children)


def complement_on_recipient(frame: Frame, cue: Token) -> Token | None:
    """*X told hundreds of nurses who filled the square that the board should hire staff*: the parser
    may hang the cue's *that*-clause on a relative clause of its recipient. When that clause's verb
    already has its object (*filled the square*) and reports nothing itself (no cue or belief verb:
    not *who warned him that ...*), a *that*-clause with a subject of its own after it is the cue's."""
    words = frame.cue_lexicon
    for recipient in cue.children:
        if recipient.dep_ not in ("dobj", "dative") or recipient.i < cue.i:
            continue
        for verb in recipient.children:
            lemma = verb.lemma_.lower()
            if verb.dep_ != "relcl" or lemma in words.verbs or lemma in words.cognition:
                continue
            objects = [c.i for c in verb.children if c.dep_ == "dobj"]
            for clause in verb.children:
                marked = complement_marked(clause, words)
                subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
                if clause.dep_ == "ccomp" and marked and subject and objects and min(objects) < clause.i:
                    return clause
    return None
