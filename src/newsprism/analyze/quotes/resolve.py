"""Linking a speaker phrase to an entity of the article, pronouns and descriptions included.

No neural coreference model can be installed here, so this is a small, explicit
resolver in the tradition of salience-based pronoun resolution (Lappin & Leass 1994,
Mitkov 1998): candidates are the entities mentioned before the pronoun; agreement
(entity type, and gender where the article or a name list says it) filters them;
the survivors are scored by recency (sentences back), grammatical role (a subject
is likelier than an object), how often the entity was mentioned, whether the
mention sits inside someone else's quotation, and whether the entity spoke the
previous quote. It answers only when one candidate is clearly ahead: a wrong name
is worse than none.

Descriptions (*the minister*, *the Church*, *the agency*) resolve to the latest entity
that the article described with that word (*Professor Eastman* ... *the professor*),
whose name contains it (*the Church of ...* ... *the Church*), or, for words like
*city* and *ministry*, to the only entity of a fitting type close by.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from newsprism.analyze.quotes.cues import Gender, SpeakerLexicon
from newsprism.analyze.quotes.speakers import SpeakerPhrase
from newsprism.model import Article, Entity

__all__ = ["Resolution", "Resolver"]

PERSON = "person"
#: Entity types that never speak.
NON_SPEAKERS = frozenset({"location", "event", "law", "work", "product", "date", "money", "quantity"})
#: Score by how many sentences back the mention is (0 = same sentence, before the pronoun).
RECENCY = (3.0, 2.5, 1.5, 1.0, 0.5, 0.25)
WINDOW = len(RECENCY) - 1
#: How far ahead the best candidate must be to be named.
MARGIN = 1.0
SUBJECT_ROLES = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class Resolution:
    """The entity a speaker phrase names (or None), how it was found, and how sure."""

    entity: str | None
    via: str  # "name", "pronoun", "nominal" or "none"
    confidence: float


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    entity: str
    sentence: int
    role: float  # 2 subject, 1 possessor/appositive of a subject, 0 otherwise
    in_quote: bool
    root: int


class Resolver:
    """Built once per article; ``link`` is called for each speaker phrase in text order."""

    def __init__(self, article: Article, doc: Doc, lexicon: SpeakerLexicon, quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.entities: dict[str, Entity] = {e.id: e for e in article.entities if e.type not in NON_SPEAKERS}
        self.sentence_starts = [sent.start_char for sent in doc.sents]
        quoted_starts = [a for a, _ in quoted]
        mentions: list[_Mention] = []
        self.descriptors: dict[str, set[str]] = defaultdict(set)
        self.gender: dict[str, Gender | None] = {}
        votes: dict[str, set[Gender]] = defaultdict(set)
        for entity in self.entities.values():
            for role in entity.roles:
                self.descriptors[entity.id].update(role.title.lower().split())
            for span in entity.mentions:
                tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
                if tokens is None or len(tokens) == 0:
                    continue
                root = tokens.root
                k = bisect.bisect_right(quoted_starts, span.start) - 1
                in_quote = k >= 0 and quoted[k][0] <= span.start < quoted[k][1]
                sentence = self.sentence_of(span.start)
                mentions.append(_Mention(span.start, span.end, entity.id, sentence, _role(root), in_quote, root.i))
                if entity.type == PERSON:
                    self._describe(entity.id, tokens[0], root, votes)
        self._merge_surnames(mentions)
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        for source, target in self.alias.items():
            votes[target].update(votes.pop(source, set()))
        for eid in self.entities:
            found = votes.get(eid, set())
            self.gender[eid] = next(iter(found)) if len(found) == 1 else None

    # --- article facts --------------------------------------------------------------

    def _merge_surnames(self, mentions: list[_Mention]) -> None:
        """*Jonas Frey* ... *Frey*: one person for scoring, even before the actors stage merges them.

        A one-word person name that is the last word of exactly one longer person name
        counts as that person; the longer name is the one reported.
        """
        people = [e for e in self.entities.values() if e.type == PERSON]
        full: dict[str, list[str]] = defaultdict(list)
        for entity in people:
            words = entity.name.split()
            if len(words) > 1:
                full[words[-1].lower()].append(entity.id)
        alias: dict[str, str] = {}
        for entity in people:
            words = entity.name.split()
            targets = full.get(words[0].lower(), []) if len(words) == 1 else []
            if len(targets) == 1:
                alias[entity.id] = targets[0]
        for n, m in enumerate(mentions):
            if m.entity in alias:
                mentions[n] = replace(m, entity=alias[m.entity])
        for source, target in alias.items():
            self.descriptors[target].update(self.descriptors.pop(source, set()))
        self.alias = alias

    def sentence_of(self, char: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, char) - 1, 0)

    def _describe(self, eid: str, first: Token, root: Token, votes: dict[str, set[Gender]]) -> None:
        """Collect role words and gender evidence around one person mention."""
        lex = self.lexicon
        if first.text in lex.male_names:
            votes[eid].add("male")
        elif first.text in lex.female_names:
            votes[eid].add("female")
        words: list[Token] = [t for t in root.lefts if t.i < first.i and t.dep_ in ("compound", "amod", "nmod")]
        if first.i > 0 and first.nbor(-1).dep_ in ("compound", "amod"):
            words.append(first.nbor(-1))
        if root.dep_ == "appos":
            words.append(root.head)
            words.extend(t for t in root.head.lefts if t.dep_ in ("compound", "amod"))
        for child in root.rights:
            if child.dep_ == "appos":
                words.append(child)
                words.extend(t for t in child.lefts if t.dep_ in ("compound", "amod"))
        for token in words:
            word = token.lower_.rstrip(".")
            self.descriptors[eid].add(token.lemma_.lower())
            self.descriptors[eid].add(word)
            gender = lex.honorifics.get(word) or lex.gendered_words.get(word)
            if gender:
                votes[eid].add(gender)

    def _eligible(self, entity: Entity, types: list[str]) -> bool:
        if entity.type == PERSON:
            return PERSON in types
        return any(t != PERSON for t in types)

    def _mention_at(self, start: int, end: int, *, person_only: bool = False) -> str | None:
        k = bisect.bisect_right(self.mention_starts, end) - 1
        while k >= 0 and self.mentions[k].start > start - 200:
            m = self.mentions[k]
            if m.start < end and start < m.end and (not person_only or self.entities[m.entity].type == PERSON):
                return m.entity
            k -= 1
        return None

    # --- linking -------------------------------------------------------------------

    def link(self, phrase: SpeakerPhrase, *, previous: str | None) -> Resolution:
        """The entity a speaker phrase names; ``previous`` is the last quote's speaker entity."""
        doc = self.doc
        head = doc[phrase.head]
        previous = self.alias.get(previous, previous) if previous is not None else None
        eid = self._mention_at(head.idx, head.idx + len(head))
        if eid is not None:
            return Resolution(eid, "name", 0.9)
        word = head.lower_
        if word in self.lexicon.pronouns:
            return self.pronoun(word, head.idx, previous=previous)
        if phrase.appos is not None:
            a, b = phrase.appos
            eid = self._mention_at(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), person_only=True)
            if eid is not None:
                return Resolution(eid, "name", 0.85)
        for child in head.lefts:
            if child.dep_ in ("compound", "flat"):
                eid = self._mention_at(child.idx, child.idx + len(child), person_only=True)
                if eid is not None:
                    return Resolution(eid, "name", 0.85)
        if head.lemma_.lower() in self.lexicon.speaker_heads or word in self.lexicon.speaker_heads:
            start, end = doc[phrase.start].idx, doc[phrase.end - 1].idx + len(doc[phrase.end - 1])
            for m in self.mentions:
                if start <= m.start < end and self.entities[m.entity].type != PERSON:
                    return Resolution(m.entity, "name", 0.75)
        if head.pos_ in ("NOUN", "PROPN"):
            return self.nominal(head, previous=previous)
        return Resolution(None, "none", 0.0)

    def _before(self, position: int, window: int | None) -> list[_Mention]:
        """Mentions ending before ``position``, at most ``window`` sentences back."""
        k = bisect.bisect_left(self.mention_starts, position)
        found = []
        sentence = self.sentence_of(position)
        for m in reversed(self.mentions[:k]):
            if window is not None and sentence - m.sentence > window:
                break
            if m.end <= position:
                found.append(m)
        return found

    def pronoun(self, word: str, position: int, *, previous: str | None) -> Resolution:
        features = self.lexicon.pronouns[word]
        types: list[str] = features["types"]
        wanted: Gender | None = features.get("gender")
        if not types:
            return Resolution(None, "pronoun", 0.0)
        sentence = self.sentence_of(position)
        scores: dict[str, float] = {}
        counts: dict[str, int] = defaultdict(int)
        for m in self._before(position, WINDOW):
            entity = self.entities[m.entity]
            if not self._eligible(entity, types):
                continue
            gender = self.gender.get(m.entity)
            if wanted and gender and gender != wanted:
                continue
            counts[m.entity] += 1
            score = RECENCY[sentence - m.sentence] + m.role - (2.0 if m.in_quote else 0.0)
            scores[m.entity] = max(scores.get(m.entity, -math.inf), score)
        if previous is not None and previous in self.entities:
            entity = self.entities[previous]
            gender = self.gender.get(previous)
            if self._eligible(entity, types) and not (wanted and gender and gender != wanted):
                scores[previous] = max(scores.get(previous, 0.0), 1.0) + 2.5
        for eid in scores:
            scores[eid] += 0.3 * min(counts[eid], 5)
            if wanted and self.gender.get(eid) == wanted:
                scores[eid] += 0.5
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        if not ranked:
            return Resolution(None, "pronoun", 0.0)
        best, score = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else -math.inf
        if score - runner_up < MARGIN:
            return Resolution(None, "pronoun", 0.0)
        if wanted and self.entities[best].type == PERSON and self.gender.get(best) is None:
            self.gender[best] = wanted  # "he" once resolved, the person is a he
        confidence = 0.85 if score - runner_up >= 2 * MARGIN else 0.7
        return Resolution(best, "pronoun", confidence)

    def nominal(self, head: Token, *, previous: str | None) -> Resolution:
        lemma = head.lemma_.lower()
        word = head.lower_
        position = head.idx
        before = self._before(position, None)
        # The Church of X ... the Church; the Korean Central News Agency ... the agency.
        for m in before:
            entity = self.entities[m.entity]
            if entity.type != PERSON and word in entity.name.lower().split():
                return Resolution(m.entity, "nominal", 0.75)
        # Professor Eastman ... the professor; X, the EU's foreign policy chief ... the chief.
        if lemma in self.lexicon.person_words or lemma in self.lexicon.speaker_heads:
            described = [m.entity for m in before if lemma in self.descriptors.get(m.entity, ())]
            if previous is not None and previous in described:
                return Resolution(previous, "nominal", 0.75)
            if described:
                return Resolution(described[0], "nominal", 0.7)
            return Resolution(None, "nominal", 0.0)
        types = self.lexicon.nominal_types.get(lemma)
        if types:
            near = {m.entity for m in self._before(position, 2) if self.entities[m.entity].type in types}
            if previous in near:
                return Resolution(previous, "nominal", 0.7)
            if len(near) == 1:
                return Resolution(near.pop(), "nominal", 0.65)
        return Resolution(None, "nominal", 0.0)


def _role(root: Token) -> float:
    """Salience of a mention's grammatical role: subjects are what a text is about."""
    if root.dep_ in SUBJECT_ROLES or (root.dep_ == "conj" and root.head.dep_ in SUBJECT_ROLES):
        return 2.0
    if root.dep_ in ("poss", "appos", "compound") and root.head.dep_ in SUBJECT_ROLES:
        return 1.0
    return 0.0
