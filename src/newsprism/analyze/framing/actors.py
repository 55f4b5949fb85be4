"""Which actor a word is about: entity mentions by offset, the noun phrase, pronouns.

Used by actor labels (*the regime* of whom) and attribution stance (who *admitted*).
Kept simple and explainable: an entity mention inside the phrase, then an
apposition, then a possessive pronoun or a subject pronoun resolved to the nearest
earlier person (or a quote's speaker when the verb is its cue). Unknown is ``None``.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsprism.model import Article

__all__ = ["EntityIndex"]

_PERSONAL = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
_PLURAL = {"they", "them", "their", "theirs", "themselves"}
# Dependents that end a noun phrase's own words (a clause about it is not its name).
_CLAUSAL = {"relcl", "acl", "ccomp", "advcl", "conj", "cc", "punct", "prep"}
# How far back a pronoun may look for its person, in characters.
_PRONOUN_REACH = 600


class EntityIndex:
    """Entity mentions of an article, sorted, for offset lookups."""

    def __init__(self, article: Article) -> None:
        spans: list[tuple[int, int, str, str]] = []
        for entity in article.entities:
            for mention in entity.mentions:
                spans.append((mention.start, mention.end, entity.id, entity.type))
        spans.sort()
        self._spans = spans
        self._starts = [s[0] for s in spans]
        self._people = {eid for _, _, eid, kind in spans if kind == "person"}

    def at(self, start: int, end: int) -> str | None:
        """The entity with a mention overlapping ``[start, end)``, longest first."""
        i = bisect.bisect_left(self._starts, end)
        best: tuple[int, str] | None = None
        for s, e, eid, _ in self._spans[max(0, i - 20) : i]:
            if s < end and start < e and (best is None or e - s > best[0]):
                best = (e - s, eid)
        return None if best is None else best[1]

    def before(self, offset: int, *, types: frozenset[str]) -> str | None:
        """The nearest entity of one of ``types`` mentioned before ``offset`` (within reach)."""
        i = bisect.bisect_left(self._starts, offset) - 1
        while i >= 0:
            s, _, eid, kind = self._spans[i]
            if offset - s > _PRONOUN_REACH:
                return None
            if kind in types:
                return eid
            i -= 1
        return None

    def _subject_before(self, token: Token) -> str | None:
        """The nearest earlier person who is a clause subject: "Smith picked on Jones ...
        he admitted ... his regime" is Smith's regime, not Jones's (the nearer name)."""
        for earlier in reversed(token.doc[: token.i]):
            if token.idx - earlier.idx > _PRONOUN_REACH:
                return None
            if earlier.dep_ in ("nsubj", "nsubjpass") and earlier.pos_ == "PROPN":
                eid = self.at(earlier.idx, earlier.idx + len(earlier.text))
                if eid is not None and eid in self._people:
                    return eid
        return None

    def in_tokens(self, tokens: list[Token]) -> str | None:
        for token in tokens:
            eid = self.at(token.idx, token.idx + len(token.text))
            if eid is not None:
                return eid
        return None

    def pronoun(self, token: Token) -> str | None:
        lower = token.lower_
        if lower in _PERSONAL:
            return self._subject_before(token) or self.before(token.idx, types=frozenset({"person"}))
        if lower in _PLURAL:
            return self.before(token.idx, types=frozenset({"group", "organization", "gpe"}))
        return None

    def of_phrase(self, head: Token, *, label: frozenset[int] = frozenset()) -> str | None:
        """The actor a noun phrase names or is about: mention, apposition, possessor pronoun.

        ``label`` are the label's own token indices: a name beside the label ("the
        Freedonian regime") wins over the label itself being a (nominal) mention.
        """
        words = [t for t in _phrase_tokens(head) if t.i not in label]
        found = self.in_tokens(words)
        if found is not None:
            return found
        for child in head.children:
            if child.dep_ == "poss":
                resolved = self.pronoun(child)
                if resolved is not None:
                    return resolved
            if child.dep_ == "appos":
                found = self.in_tokens(list(child.subtree))
                if found is not None:
                    return found
            if child.dep_ == "conj" and head.pos_ == "NOUN":
                # "billionaire pedophile and trafficker Jeffrey X": a name coordinated after a
                # description is the one described (a common noun there, *thugs and police*, is not).
                found = self.in_tokens([t for t in _phrase_tokens(child) if t.pos_ == "PROPN"])
                if found is not None:
                    return found
        if head.dep_ == "appos":
            found = self.in_tokens(_phrase_tokens(head.head))
            if found is not None:
                return found
        # "the regime of X": a prepositional "of" names the owner.
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                found = self.in_tokens([t for t in child.subtree])
                if found is not None:
                    return found
        # The label itself, when an earlier stage made it a mention of an actor.
        return self.in_tokens([head.doc[i] for i in sorted(label)])

    def subject_of(self, verb: Token) -> str | None:
        """The entity that is the subject of a (reporting) verb, following conjunctions."""
        current: Token | None = verb
        for _ in range(3):
            if current is None:
                break
            for child in current.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return self.pronoun(child) or self.in_tokens(_phrase_tokens(child))
            # "X tried to warn": the subject of the verb this one hangs off.
            chained = current.dep_ in ("conj", "xcomp", "advcl") and current.head is not current
            current = current.head if chained else None
        return None


def _phrase_tokens(head: Token) -> list[Token]:
    """The head noun and its own modifiers, without clauses hanging off it."""
    out = [head]
    stack = [c for c in head.children if c.dep_ not in _CLAUSAL]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if c.dep_ not in _CLAUSAL)
    return out


def sentence_of(token: Token) -> SpacySpan:
    return token.sent
