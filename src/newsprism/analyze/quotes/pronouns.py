"""Pronoun resolution for speaker phrases: the salience-scored half of :mod:`.resolve`.

No neural coreference model can be installed here, so this is a small, explicit
resolver in the tradition of salience-based pronoun resolution (Lappin & Leass 1994,
Mitkov 1998): candidates are the entities mentioned before the pronoun; agreement
(entity type, and gender where the article or a name list says it) filters them;
the survivors are scored by recency (sentences back), grammatical role (a subject
is likelier than an object), how often the entity was mentioned, whether the
mention sits inside someone else's quotation, and whether the entity spoke the
previous quote. It answers only when one candidate is clearly ahead: a wrong name
is worse than none.

Kept apart from :mod:`.resolve` (names, appositions, descriptions) because it is one
self-contained scorer with its own helpers (narrative subject, chains, shadowing,
plural antecedents); :class:`.resolve.Resolver` extends :class:`PronounResolver`.
"""

from __future__ import annotations

import bisect
import enum
import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Final, Literal

from spacy.tokens import Token

from newsprism.analyze.quotes.cues import Gender
from newsprism.analyze.quotes.mentions import (
    GROUP,
    NON_SPEAKERS,
    PERSON,
    SUBJECT_ROLES,
    ArticleMentions,
    Mention,
    mention_role,
)
from newsprism.analyze.quotes.speakers import noun_phrase

__all__ = ["MARGIN", "PronounResolver", "Resolution"]

#: Score by how many sentences back the mention is (0 = same sentence, before the pronoun).
RECENCY = (3.0, 2.0, 1.0, 0.5, 0.25, 0.1)
WINDOW = len(RECENCY) - 1
#: Bonus for the last quote's speaker by sentences between that quote's end and the pronoun.
PREVIOUS_BONUS = (2.5, 2.5, 1.0, 0.0)
#: How far ahead the best candidate must be to be named.
MARGIN = 1.0


class _Tie(enum.Enum):
    """Two agreeing people named as near a pronoun: no referent can be preferred (a value of its
    own type, so no entity id can ever equal it)."""

    TIE = enum.auto()


_TIE: Final = _Tie.TIE


@dataclass(frozen=True, slots=True)
class Resolution:
    """The entity a speaker phrase names (or None), how it was found, and how sure."""

    entity: str | None
    via: str  # "name", "pronoun", "nominal" or "none"
    confidence: float
    #: token range of an unnamed group a plural pronoun stands for (*Federal prosecutors* ... *they*)
    group: tuple[int, int] | None = None
    #: the name an acronym no entity holds spells, printed elsewhere (*According to KV* ... *Kestrel Ventures*)
    name: str | None = None


class PronounResolver(ArticleMentions):
    """Pronouns (*he*, *she*, *they*, *it*) linked to the article's entities; built once per article."""

    def _clause_mates(self, pronoun: Token) -> set[str]:
        """Entities named as the pronoun's own verb's objects or complement (*He described
        Montalvo as ...*): a subject pronoun cannot refer to them (binding principle B)."""
        verb = pronoun.head
        mates: set[str] = set()
        # A parse can run a clause over a paragraph break; binding stops at the paragraph.
        k = bisect.bisect_right(self.paragraph_starts, pronoun.idx) - 1
        lo = self.paragraph_starts[k] if k >= 0 else 0
        hi = self.paragraph_starts[k + 1] if k + 1 < len(self.paragraph_starts) else len(self.doc.text)
        for child in verb.children:
            if child.i == pronoun.i or child.is_punct:
                continue
            if child.dep_ == "ccomp" or (child.i > pronoun.i and child.dep_ not in ("advcl", "conj", "cc")):
                for token in child.subtree:
                    if not lo <= token.idx < hi:
                        continue
                    eid = self._mention_at(token.idx, token.idx + len(token))
                    if eid is not None:
                        mates.add(eid)
        return mates

    def pronoun(
        self, token: Token, *, previous: str | None, previous_end: int | None = None, anchor: int | None = None,
        continuing: bool = False,
    ) -> Resolution:
        word, position = token.lower_, token.idx if anchor is None else min(anchor, token.idx)
        features = self.lexicon.pronouns[word]
        types: list[str] = features["types"]
        wanted: Gender | None = features.get("gender")
        if not types:
            return Resolution(None, "pronoun", 0.0)
        if features.get("number") == "plural":
            plural = self._plural_antecedent(position)
            if plural is not None:
                return plural
        sentence = self.sentence_of(position)
        scores: dict[str, float] = {}
        counts: dict[str, int] = defaultdict(int)
        mates = self._clause_mates(token)
        person = PERSON in types
        latest: dict[str, Mention] = {}
        chained = False
        for m in self._before(position, WINDOW):
            entity = self.entities[m.entity]
            if not self._eligible(entity, types) or m.entity in mates or m.modifier:
                continue
            if not person and m.role < 1.0:
                continue  # *it*/*they* for an organisation: only one that was a subject
            gender = self.gender.get(m.entity)
            if wanted and gender and gender != wanted:
                continue
            counts[m.entity] += not m.echo
            if m.entity not in latest:
                latest[m.entity] = m  # _before yields the nearest first
            score = RECENCY[sentence - m.sentence] + m.role - (2.0 if m.in_quote else 0.0)
            scores[m.entity] = max(scores.get(m.entity, -math.inf), score)
        if previous is not None and previous in self.entities:
            entity = self.entities[previous]
            gender = self.gender.get(previous)
            if self._eligible(entity, types) and not (wanted and gender and gender != wanted) and previous not in mates:
                # A new person named in this very sentence competes with the last speaker
                # (*Thomas' sister pleaded with him ..., but he replied*); one made the subject of
                # the narrative since that quote takes the bonus away: the story has moved on to
                # them (*"Oh my," Lucas said. Stafford was adamant about it. "...," he said*).
                since = previous_end if previous_end else position
                rivals = [
                    m for m in self._before(position, sentence - self.sentence_of(since))
                    if m.entity != previous and self._eligible(self.entities[m.entity], types)
                    and not m.modifier and m.entity not in mates
                ]
                rival = any(m.sentence == sentence for m in rivals)
                moved_on = any(m.start >= since and m.role >= 2.0 and not m.in_quote for m in rivals)
                gap = sentence - self.sentence_of(previous_end - 1) if previous_end else 0
                if continuing:
                    gap = min(gap, 1)  # *she continued*: the same speaker, however long the aside
                bonus = 0.0 if moved_on else PREVIOUS_BONUS[min(gap, len(PREVIOUS_BONUS) - 1)]
                if bonus:
                    scores[previous] = max(scores.get(previous, 0.0), 1.0) + (min(bonus, 1.0) if rival else bonus)
                chained = gap <= 2 and self._chain(previous, word, position, since, scores)
        for eid in scores:
            scores[eid] += 0.3 * min(counts[eid], 5)
            if wanted and self.gender.get(eid) == wanted:
                scores[eid] += 0.5
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        if not ranked:
            self.abstained.append((position, word))
            return Resolution(None, "pronoun", 0.0)
        best, score = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else -math.inf
        subject = None if chained else self._narrative_subject(position, scores)
        if isinstance(subject, str) and subject != best and not (best == previous and previous_end is not None
                                                       and sentence - self.sentence_of(previous_end - 1) <= 1):
            best, score, runner_up = subject, MARGIN, 0.0  # named, at the lower confidence
        # The narrative's subject is seen as one (the parser may not have called it a subject), so
        # the unseen-subject and unresolved-chain checks below do not apply to it.
        by_subject = subject == best
        if chained and previous is not None and (best != previous or score - runner_up < MARGIN):
            best, score, runner_up = previous, MARGIN, 0.0  # named, at the lower confidence
        if score - runner_up < MARGIN or (not by_subject and self._follows_unknown(token, latest.get(best))):
            self.abstained.append((position, word))
            return Resolution(None, "pronoun", 0.0)
        just_spoke = best == previous and previous_end is not None and (
            continuing or sentence - self.sentence_of(previous_end - 1) <= 1
        )
        shadow = self._shadow(token, best, latest[best], person=person, chained=chained) if (
            best in latest and not just_spoke and not by_subject) else None
        if shadow is not None and not self._sole_in_focus(token, best, scores, shadow):
            self.abstained.append((position, word))
            return Resolution(None, "pronoun", 0.0)
        self._remember(token, best)
        if wanted and self.entities[best].type == PERSON and self.gender.get(best) is None:
            self.gender[best] = wanted  # "he" once resolved, the person is a he
        confidence = 0.85 if score - runner_up >= 2 * MARGIN else 0.7
        return Resolution(best, "pronoun", confidence)

    def _narrative_subject(self, position: int, scores: dict[str, float]) -> str | Literal[_Tie.TIE] | None:
        """The named person the narrative just made its subject, for a *she said* right after.

        *Ruiz, who had never sung, worried about the song. "But it moved me," she said*: the last
        sentence's main-clause subject, named and agreeing (in ``scores``), is the referent a reader
        takes, however often another woman was named before. When another agreeing person is named
        as near (in that sentence or after it: *Ruiz told Mendes ... "...," she said*), both are
        equally likely and the answer is :data:`_TIE`, which changes nothing (the scores decide,
        and abstain when close). Only within the paragraph, outside quotes.
        """
        token = self._main_subject_before(position) or self._verbless_subject_before(position)
        if token is None or token.pos_ != "PROPN":
            return None
        k = bisect.bisect_right(self.paragraph_starts, position) - 1
        if k >= 0 and token.idx < self.paragraph_starts[k]:
            return None
        eid = self._mention_at(token.idx, token.idx + len(token), person_only=True)
        eid = self.alias.get(eid, eid) if eid is not None else None
        if eid is None or eid not in scores:
            return None
        since = self.sentence_starts[self.sentence_of(token.idx)]
        for m in self._before(position, None):
            if m.start < since:
                break
            other = self.alias.get(m.entity, m.entity)
            if other != eid and other in scores and not m.in_quote and not m.modifier and not m.echo \
                    and self.entities[other].type == PERSON:
                return _TIE
        return eid

    def _verbless_subject_before(self, position: int) -> Token | None:
        """*Ruiz, who had never sung, worried about the song.*: the parser may make the name the root
        and the verb after the comma its modifier (as :func:`.speakers._verbless_subject` reads for
        cues); the sentence before ``position`` with such a root has that name as its subject."""
        k = self.sentence_of(position)
        if k == 0 or self.sentence_starts[k] > position:
            return None
        before = self.doc.char_span(self.sentence_starts[k - 1], self.sentence_starts[k], alignment_mode="contract")
        root = before.root if before is not None and len(before) else None
        if root is None or root.pos_ != "PROPN" or self.in_quote(root.idx):
            return None
        # The verb comes out as a participle or, for *worried*, *tired*, an adjective in -ed.
        verbs = [c for c in root.rights if c.dep_ in ("amod", "acl") and c.i > 0 and self.doc[c.i - 1].text == ","
                 and (c.tag_ in ("VBD", "VBN") or (c.tag_ == "JJ" and c.lower_.endswith("ed")))]
        return root if verbs else None

    def _plural_antecedent(self, position: int) -> Resolution | None:
        """What a plural pronoun before ``position`` stands for, read from the nearest main-clause
        subject (this sentence, else the one before; outside quotes):

        - two people joined by *and* (*he and his wife Kali explained ... they said*): the first
          of them stands for the pair;
        - an unnamed group of people (*Federal prosecutors alleged ... They said*): the group's
          words, with no entity.

        Any other subject (an organisation, one person) leaves the pronoun to the scoring below.
        """
        subject = self._main_subject_before(position)
        if subject is None:
            return None
        first = subject.head if subject.dep_ == "conj" and subject.head.dep_ in SUBJECT_ROLES else subject
        partners = [c for c in first.children if c.dep_ == "conj"]
        if partners:
            joined = any(c.dep_ == "cc" for c in first.children)
            if not (joined and len(partners) == 1 and self._person_like(first) and self._person_like(partners[0])):
                return None
            eid = self._mention_at(first.idx, first.idx + len(first), person_only=True)
            return Resolution(self.alias.get(eid, eid), "pronoun", 0.7) if eid is not None else None
        if first.lemma_.lower() in self.lexicon.research_groups:
            # *the laboratory of X reported ... they showed*: the group speaks through its head.
            leader = self._group_leader(first)
            return Resolution(leader, "pronoun", 0.65) if leader is not None else None
        eid = self._mention_at(first.idx, first.idx + len(first))
        if eid is not None:
            # *prosecutors* kept as a group entity: the pronoun is theirs; a person or an
            # organisation is left to the scoring (*it*/*they* rules of the lexicon).
            return Resolution(eid, "pronoun", 0.65) if self.entities[eid].type == GROUP else None
        lemma = first.lemma_.lower()
        people = lemma in self.lexicon.exclusive_person_words or first.lower_ in self.lexicon.source_nouns
        if first.tag_ == "NNS" and people:
            phrase = noun_phrase(first, via="group")
            return Resolution(None, "pronoun", 0.6, group=(phrase.start, phrase.end))
        return None

    def _group_leader(self, head: Token) -> str | None:
        """The person a research group is named after or led by: *the laboratory of X*, *a research
        group led by Y*, *Z's team* (the speaker lexicon's ``research_groups``). The group's findings
        are reported as that person's, as a paper's are its lead author's. Only a research group:
        a protest group or a campaign team led by X speaks for itself (``research_qualifiers``)."""
        qualifiers = self.lexicon.research_qualifiers
        if head.lemma_.lower() not in qualifiers and not any(
                c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in qualifiers for c in head.children):
            return None
        owners: list[Token] = []
        for child in head.children:
            if child.dep_ == "poss":
                owners.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of":
                owners.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "acl" and child.tag_ == "VBN":
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    owners.extend(c for c in agent.children if c.dep_ == "pobj")
        for owner in owners:
            eid = self._mention_at(owner.idx, owner.idx + len(owner), person_only=True)
            if eid is not None:
                return self.alias.get(eid, eid)
        return None

    def _main_subject_before(self, position: int) -> Token | None:
        """The last subject of a sentence's main verb (or a verb joined to it) before ``position``,
        in its sentence or the one before, outside quoted words."""
        sentence = self.sentence_of(position)
        first_char = self.sentence_starts[max(sentence - 1, 0)]
        span = self.doc.char_span(first_char, position, alignment_mode="contract")
        if span is None:
            return None
        for token in reversed(span):
            if token.dep_ not in SUBJECT_ROLES or self.in_quote(token.idx):
                continue
            verb = token.head
            if verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
                return token
        return None

    def _person_like(self, token: Token) -> bool:
        """A token that names a person: a person's mention, a pronoun for persons, a person word
        (or one with a person's name in apposition: *his wife Kali*)."""
        if self._mention_at(token.idx, token.idx + len(token), person_only=True) is not None:
            return True
        features = self.lexicon.pronouns.get(token.lower_)
        if features is not None:
            return PERSON in features["types"]
        return token.lemma_.lower() in self.lexicon.exclusive_person_words

    def _chain(self, previous: str, word: str, position: int, since: int, scores: dict[str, float]) -> bool:
        """A chain of *he*s stays with its speaker past names of unknown gender who say nothing.

        *Smith faces ten years. He was arrested in April. ... he said, "..." Omar is one of
        the first ... he said, "..."*: the last speaker was last called by this very pronoun and
        is known to be a *he*; every other candidate is a name whose gender the article does not
        give (as likely a *she*) and who has not been the subject of a saying since that quote
        (*Omar said*). Then the chain, not the nearer subject, is the referent.
        """
        wanted = self.lexicon.pronouns[word].get("gender")
        if wanted is None or self.gender.get(previous) != wanted:
            return False
        last = next((m for m in self._before(position, None) if m.entity == previous), None)
        if last is None or not last.echo or self.doc.text[last.start : last.end].lower() != word:
            return False
        for eid in scores:
            if eid == previous:
                continue
            if self.gender.get(eid) is not None:
                return False
            for m in self._before(position, None):
                if m.start < since:
                    break
                if m.entity == eid and m.role >= 1.5 and self._subject_head(m).i in self.cue_heads:
                    return False
        return True

    def _subject_head(self, mention: Mention) -> Token:
        """The verb a subject mention is the subject of (through a coordinated subject)."""
        root = self.doc[mention.root]
        if root.dep_ == "conj" and root.head.dep_ in SUBJECT_ROLES:
            root = root.head
        return root.head

    def _sole_in_focus(self, pronoun: Token, best: str, scores: dict[str, float], shadow: Token) -> bool:
        """*After a few tries, I reached Valerie Smith by phone. ... Web of Angels was the first novel
        she sold. ... "...," she said*: in a long feature the one named person of the pronoun's gender
        in reach is its referent, though an unnamed subject came between (:meth:`_shadow`).

        Only when that person is the only candidate at all (no other named person of that gender or of
        unknown gender in the window), their gender is known from before, they were named in this
        paragraph or the one before, and what came between is only the same pronoun as a subject (a
        chain the scorer did not follow), never a person word (*The singer backed away ... he said*)
        nor a proper noun (a name the tagger missed).
        """
        wanted = self.lexicon.pronouns[pronoun.lower_].get("gender")
        if wanted is None or set(scores) != {best} or self.gender.get(best) != wanted:
            return False
        if self.entities[best].type != PERSON or shadow.lower_ != pronoun.lower_:
            return False  # only a chain of the same pronoun came between, no unnamed or untagged person
        last = next((m for m in self._before(pronoun.idx, None) if m.entity == best), None)
        here = bisect.bisect_right(self.paragraph_starts, pronoun.idx)
        return last is not None and here - bisect.bisect_right(self.paragraph_starts, last.start) <= 1

    def _shadow(
        self, pronoun: Token, best: str, mention: Mention, *, person: bool, chained: bool = False,
    ) -> Token | None:
        """An unnamed subject at least as salient as the best candidate's last mention: abstain
        (the token that shadows the candidate, or None).

        *West backed away from his support for President Trump. ... He said*: when the
        tagger misses *West*, *Trump* would win; *my lover's sister's husband ... he
        suggested*: the husband has no name. A subject the resolver cannot see is a
        candidate it cannot rule out.
        """
        lex = self.lexicon
        descriptors = self.descriptors.get(best, set())
        wanted = lex.pronouns[pronoun.lower_].get("gender")
        start = self.sentence_starts[mention.sentence]
        own = self.sentence_of(pronoun.idx)
        for token in self.doc.char_span(start, pronoun.idx, alignment_mode="expand") or ():
            # Subjects anywhere back to the best mention; in the pronoun's own sentence, objects
            # too (*I asked my lover's sister's husband ... and he suggested*).
            argument = token.dep_ in SUBJECT_ROLES or (
                token.dep_ in ("dobj", "pobj", "dative") and self.sentence_of(token.idx) == own
            )
            if token.i == pronoun.i:
                continue
            if token.lower_ == pronoun.lower_ and token.dep_ in SUBJECT_ROLES and token.idx > mention.end:
                if mention.role < 2.0:
                    return token  # *Raju ... He asked Ratnamma ... He told her*: a chain we did not follow
                continue
            if not argument or token.lower_ in lex.pronouns:
                continue
            if chained and token.head.i in self.cue_heads and pronoun in token.head.subtree:
                continue  # *the staff member recalled that he said*: on a chain, who reports the *he*
            if self.in_quote(token.idx):
                continue  # the subjects of someone's quoted words
            if self._reported_by(token, mention):
                continue  # *X told ... that her client did not ...*: who X spoke of, not a new narrator
            eid = self._mention_at(token.idx, token.idx + len(token))
            if eid is not None and self.entities[eid].type not in NON_SPEAKERS:
                continue
            if self.sentence_of(token.idx) == mention.sentence and mention.role >= 2.0 and token.idx < mention.start:
                continue
            lemma = token.lemma_.lower()
            if lemma in descriptors:
                continue  # *the minister*, already known as the best candidate's role
            if person:
                # *the United Nations High Commissioner*: a name built on an organisation's is an office.
                org_part = any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in token.lefts)
                named = token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON") and not org_part
                gender = lex.gendered_words.get(lemma)
                # A person noun (*the singer*), but not one that also names a body (*her party*);
                # as an object, only a word that names nothing but people (*husband*, not *doctor*
                # in *send Gloria to a doctor*).
                broad = lemma in lex.person_words and lemma not in lex.nominal_types and token.dep_ in SUBJECT_ROLES
                described = token.pos_ == "NOUN" and (lemma in lex.exclusive_person_words or broad)
                if named or (described and gender in (None, wanted)):
                    return token
            elif token.pos_ in ("NOUN", "PROPN"):
                return token
        return None

    def _reported_by(self, token: Token, mention: Mention) -> bool:
        """Whether ``token`` sits inside what the candidate's ``mention`` reports: under a cue whose
        subject is that mention (*Ana Ruiz, his attorney, told the paper that her client ...*)."""
        for ancestor in token.ancestors:
            if ancestor.i in self.cue_heads:
                return any(c.dep_ in SUBJECT_ROLES and c.i == mention.root for c in ancestor.children)
        return False

    def _follows_unknown(self, token: Token, mention: Mention | None) -> bool:
        """*He said ... He also said*: after a *he* we could not resolve, the next one is as unknown.

        Only while the best candidate was not the subject of a clause between them.
        """
        for position, word in reversed(self.abstained):
            if position >= token.idx:
                continue
            if word != token.lower_ or self.sentence_of(token.idx) - self.sentence_of(position) > 2:
                return False
            # Only a subject mention of the candidate since then breaks the chain.
            return mention is None or mention.start < position or mention.role < 1.5
        return False

    def _remember(self, token: Token, entity: str) -> None:
        """A resolved pronoun is the entity's latest mention for the pronouns that follow."""
        mention = Mention(token.idx, token.idx + len(token), entity, self.sentence_of(token.idx), mention_role(token),
                           False, token.i, False, echo=True)
        k = bisect.bisect_left(self.mention_starts, mention.start)
        self.mentions.insert(k, mention)
        self.mention_starts.insert(k, mention.start)
