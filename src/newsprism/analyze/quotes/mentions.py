"""What an article says about the entities a speaker phrase can name, read once per article.

The resolver (:mod:`.resolve`) links speaker phrases; this module holds the facts it links
against, which do not depend on the phrase: every mention of a speaking entity with its
sentence, grammatical role (salience: Lappin & Leass 1994) and whether it sits inside a
quotation; each person's gender where a first-name list, an honorific or a gendered word
beside a mention says it; the role words the article describes each person with (*Professor
Eastman*, *X, the EU's foreign policy chief*) for descriptions later; and surname merges
(*Jonas Frey* ... *Frey*, including surnames the tagger missed), so one person is one
candidate before the actors stage merges them.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from newsprism.analyze.quotes.cues import Gender, SpeakerLexicon
from newsprism.model import Article, Entity

__all__ = ["NON_SPEAKERS", "ORGANIZATION", "PERSON", "SUBJECT_ROLES", "ArticleMentions", "Mention", "mention_role"]

PERSON = "person"
ORGANIZATION = "organization"
#: an unnamed group the actors layer keeps as an entity (*prosecutors*, *residents*)
GROUP = "group"
#: Entity types that never speak.
NON_SPEAKERS = frozenset({"location", "event", "law", "work", "product", "date", "money", "quantity"})
#: Dependency labels of a clause's subject: the likeliest referents.
SUBJECT_ROLES = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a speaking entity, as the resolver scores it."""

    start: int
    end: int
    entity: str
    sentence: int
    role: float  # 2 subject, 1 possessor/appositive of a subject, 0 otherwise
    in_quote: bool
    root: int
    modifier: bool  # *Australian* children, the *Obama* administration: not a referent
    echo: bool = False  # a pronoun we resolved: counts for recency, not for how often named


class ArticleMentions:
    """The article's speaking entities and their mentions; :class:`.resolve.Resolver` builds on it."""

    def __init__(
        self, article: Article, doc: Doc, lexicon: SpeakerLexicon, quoted: list[tuple[int, int]],
        cue_heads: Collection[int] = (),
    ) -> None:
        self.doc = doc
        #: the article's text as a string (``Doc.text`` joins every token again on each access)
        self.text = article.text
        #: token indices of the article's reporting cues (*said*, *told*): who speaks, not who is
        self.cue_heads = frozenset(cue_heads)
        self.lexicon = lexicon
        self.entities: dict[str, Entity] = {e.id: e for e in article.entities if e.type not in NON_SPEAKERS}
        self.sentence_starts = [sent.start_char for sent in doc.sents]
        self.paragraph_starts = [p.start for p in article.paragraphs]
        #: speaker pronouns left unresolved so far, as (offset, lower-case word)
        self.abstained: list[tuple[int, str]] = []
        self.quoted, self.quoted_starts = quoted, [a for a, _ in quoted]
        mentions: list[Mention] = []
        self.descriptors: dict[str, set[str]] = defaultdict(set)
        #: the common nouns the text calls each body by (*The group, X Coalition, formed*: ``group``)
        self.body_words: dict[str, set[str]] = defaultdict(set)
        self.gender: dict[str, Gender | None] = {}
        votes: dict[str, set[Gender]] = defaultdict(set)
        for entity in self.entities.values():
            for role in entity.roles:
                self.descriptors[entity.id].update(role.title.lower().split())
            # *Ilhan Omar* ... *Omar*: a word that ends a longer mention is a surname here, however
            # often it is a first name elsewhere, and says nothing of gender.
            surnames = {m.text.split()[-1] for m in entity.mentions if len(m.text.split()) > 1}
            for span in entity.mentions:
                tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
                if tokens is None or len(tokens) == 0:
                    continue
                root = tokens.root
                in_quote = self.in_quote(span.start)
                sentence = self.sentence_of(span.start)
                modifier = root.dep_ in ("amod", "compound") and root.head.i >= tokens.end
                mentions.append(
                    Mention(span.start, span.end, entity.id, sentence, mention_role(root), in_quote, root.i, modifier)
                )
                if entity.type == PERSON:
                    given = not (len(tokens) == 1 and tokens[0].text in surnames)
                    self._describe(entity.id, tokens[0], root, votes, given=given)
                else:
                    self.body_words[entity.id].update(_body_nouns(root))
        self._merge_surnames(mentions)
        #: last word of a person's name -> that person, when only one person has it.
        last_words: dict[str, list[str]] = defaultdict(list)
        for entity in self.entities.values():
            if entity.type == PERSON and entity.id not in self.alias:
                words = _without_suffixes(entity.name.split(), self.lexicon.name_suffixes)  # *Ana Ruiz Jr.*: *Ruiz*
                last_words[words[-1]].append(entity.id)
        self.surnames = {word: ids[0] for word, ids in last_words.items() if len(ids) == 1}
        mentions.extend(self._missed_surnames(doc, mentions))
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        for source, target in self.alias.items():
            votes[target].update(votes.pop(source, set()))
        for eid in self.entities:
            found = votes.get(eid, set())
            self.gender[eid] = next(iter(found)) if len(found) == 1 else None

    # --- article facts --------------------------------------------------------------

    def _merge_surnames(self, mentions: list[Mention]) -> None:
        """*Jonas Frey* ... *Frey*: one person for scoring, even before the actors stage merges them.

        A one-word person name that is the last word of exactly one longer person name
        counts as that person; the longer name is the one reported.
        """
        people = [e for e in self.entities.values() if e.type == PERSON]
        last: dict[str, list[str]] = defaultdict(list)
        first: dict[str, list[str]] = defaultdict(list)
        for entity in people:
            words = _without_suffixes(_name_words(entity.name), self.lexicon.name_suffixes)  # *Smith Jr.*: *Smith*
            if len(words) > 1:
                last[words[-1]].append(entity.id)
                first[words[0]].append(entity.id)
        alias = self._given_name_forms(people, last)
        for source in alias:  # one person now: a lone surname names the one left
            for table in (last, first):
                for ids in table.values():
                    if source in ids:
                        ids.remove(source)
        # The tagger sometimes types a surname as an organisation or place (*Trump*, *Montalvo*).
        for entity in people + [e for e in self.entities.values() if e.type != PERSON]:
            words = _name_words(entity.name)
            if len(words) != 1:
                continue
            # Surname first (*Frey*); else a first name only one person has (*Thomas' sister*). A
            # surname two people share (siblings) names neither: left to their full names.
            targets = last.get(words[0]) or (first.get(words[0], []) if self._given_name_of(entity, words[0])
                                              else [])
            if len(targets) == 1:
                alias[entity.id] = targets[0]
        for n, m in enumerate(mentions):
            if m.entity in alias:
                mentions[n] = replace(m, entity=alias[m.entity])
        for source, target in alias.items():
            self.descriptors[target].update(self.descriptors.pop(source, set()))
        self.alias = alias

    def _given_name_of(self, entity: Entity, word: str) -> bool:
        """Whether a one-word entity can be a person's given name used alone: a person entity, or one
        the tagger typed otherwise (*Dale wrote*: an organisation) whose word is on the given-name
        lists and which the text only uses after that person's full name was given (a reader's
        *Dale* after *Dale Hume*; *Chase* the bank before any *Chase Ortiz* is not him)."""
        if entity.type == PERSON:
            return True
        shown = word.title()  # the name lists are capitalised; ``word`` is lower-cased
        if shown not in self.lexicon.male_names and shown not in self.lexicon.female_names:
            return False
        first_use = min((m.start for m in entity.mentions), default=0)
        return any(e.type == PERSON and _name_words(e.name)[:1] == [word] and len(_name_words(e.name)) > 1
                   and min((m.start for m in e.mentions), default=first_use) < first_use
                   for e in self.entities.values())

    def _given_name_forms(self, people: list[Entity], last: dict[str, list[str]]) -> dict[str, str]:
        """*Josh Apte* ... *Joshua Apte*: a given name's short form (``given_name_variants``) with the
        same surname is the same person (a post signed with the short form under the full name's quote).

        The name with more mentions (then the longer given name) is the one kept; only when the
        short form fits one other name of that surname (*Chris* beside both *Christopher* and
        *Christine* is left alone).
        """
        given = {e.id: _name_words(e.name)[0] for e in people if len(_name_words(e.name)) > 1}
        count = {e.id: len(e.mentions) for e in people}
        alias: dict[str, str] = {}
        for ids in last.values():
            for eid in ids:
                partners = [o for o in ids if o != eid and given[o] != given[eid]
                            and self.lexicon.same_given_name(given[eid], given[o])]
                if len(partners) != 1:
                    continue
                other = partners[0]
                if (count[eid], len(given[eid])) < (count[other], len(given[other])):
                    alias[eid] = other
        return alias

    def _missed_surnames(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Proper nouns the tagger did not mark that are a known person's surname (*Rathbun*)."""
        covered = sorted((m.start, m.end) for m in mentions)
        starts = [a for a, _ in covered]
        found = []
        for token in doc:
            # The tagger also calls such a name a noun (*Rathbun requested donations*), or, for a
            # surname that is also a word, an adverb or adjective (*says Early*) where a capital
            # mid-sentence gives it away.
            if not token.is_title or token.text not in self.surnames:
                continue
            if token.pos_ not in ("PROPN", "NOUN") and (token.pos_ not in ("ADV", "ADJ") or token.is_sent_start):
                continue
            k = bisect.bisect_right(starts, token.idx) - 1
            if k >= 0 and covered[k][0] <= token.idx < covered[k][1]:
                continue
            in_quote = self.in_quote(token.idx)
            found.append(
                Mention(token.idx, token.idx + len(token), self.surnames[token.text],
                         self.sentence_of(token.idx), mention_role(token), in_quote, token.i, False)
            )
        return found

    def in_quote(self, char: int) -> bool:
        """Whether ``char`` falls inside one of the article's quoted spans (they never overlap)."""
        k = bisect.bisect_right(self.quoted_starts, char) - 1
        return k >= 0 and self.quoted[k][0] <= char < self.quoted[k][1]

    def sentence_of(self, char: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, char) - 1, 0)

    def _describe(
        self, eid: str, first: Token, root: Token, votes: dict[str, set[Gender]], *, given: bool = True,
    ) -> None:
        """Collect role words and gender evidence around one person mention.

        ``given`` says the mention's first word may be a given name (not a lone surname).
        """
        lex = self.lexicon
        if given and first.text in lex.male_names:
            votes[eid].add("male")
        elif given and first.text in lex.female_names:
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
        words.extend(self._title_run(first))
        words.extend(self._predicated_role(root))
        for token in words:
            word = token.lower_.rstrip(".")
            self.descriptors[eid].add(token.lemma_.lower())
            self.descriptors[eid].add(word)
            if word in lex.title_abbreviations:
                self.descriptors[eid].add(lex.title_abbreviations[word])  # *Gov. X* ... *the governor*
            gender = lex.honorifics.get(word) or lex.gendered_words.get(word)
            if gender:
                votes[eid].add(gender)

    def _predicated_role(self, root: Token) -> list[Token]:
        """The role the text states the person has (*X is an actor*, *X, who works as a real estate
        agent, ...*: ``role_links``, verb lemma -> the preposition before the role, empty for a
        copula's attribute), so *said the actor* later is that person; never a role merely near
        the name. The role noun and its modifiers, when the noun is a person word."""
        links = self.lexicon.role_links
        verbs = [root.head] if root.dep_ in ("nsubj", "nsubjpass") else []
        verbs += [c for c in root.rights if c.dep_ == "relcl"]
        found: list[Token] = []
        for verb in verbs:
            prep = links.get(verb.lemma_.lower())
            if prep is None:
                continue
            if prep:
                nouns = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == prep
                         for g in c.children if g.dep_ == "pobj"]
            else:
                nouns = [c for c in verb.children if c.dep_ == "attr"]
            for noun in nouns:
                if noun.lemma_.lower() in self.lexicon.person_words:
                    found.append(noun)
                    found.extend(t for t in noun.lefts if t.dep_ in ("compound", "amod"))
        return found

    def _title_run(self, first: Token) -> list[Token]:
        """The words of a title written right before a name (*Wikileaks co-founder X*, *Harbour Bank
        chief economist X*), however the parser hung them, when a role noun is among them.

        A later description (*the Wikileaks founder*) must fit every modifier it carries, and the
        parser often hangs the organisation in such a title outside the name's phrase (as the object
        of the preposition before it), so the run of nouns, names and adjectives is read off the words.
        """
        run: list[Token] = []
        for token in reversed(first.doc[max(0, first.i - _MAX_TITLE_WORDS) : first.i]):
            if token.pos_ in ("NOUN", "PROPN", "ADJ") or (token.text == "-" and run):
                run.append(token)
                continue
            break
        lex = self.lexicon
        if any(t.lemma_.lower() in lex.person_words or t.lemma_.lower() in lex.speaker_heads for t in run):
            return run
        return []

    def _eligible(self, entity: Entity, types: list[str]) -> bool:
        return entity.type in types

    def person_at(self, start: int, end: int) -> str | None:
        """The person entity mentioned at ``[start, end)``, if any (surname merges applied)."""
        eid = self._mention_at(start, end, person_only=True)
        return self.alias.get(eid, eid) if eid is not None else None

    def _mention_at(self, start: int, end: int, *, person_only: bool = False) -> str | None:
        k = bisect.bisect_right(self.mention_starts, end) - 1
        while k >= 0 and self.mentions[k].start > start - 200:
            m = self.mentions[k]
            if m.start < end and start < m.end and (not person_only or self.entities[m.entity].type == PERSON):
                return m.entity
            k -= 1
        return None

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """Mentions that start in ``[start, end)``, in text order (a bisect, not a scan of all)."""
        starts = self.mention_starts
        return self.mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def _before(self, position: int, window: int | None) -> list[Mention]:
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


def _body_nouns(root: Token) -> set[str]:
    """The common nouns a body's mention is tied to by the grammar, which a later *the group* /
    *the coalition* can point back with: an apposition either way (*The group, X Coalition,
    formed*; *X Coalition, a group of workers, said*) or a copula's attribute (*X is a coalition
    of ...*). Only what the text states: a noun merely near the name ties nothing."""
    nouns = [root.head] if root.dep_ == "appos" else []
    nouns += [c for c in root.rights if c.dep_ == "appos"]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        nouns += [c for c in root.head.rights if c.dep_ == "attr"]
    return {n.lemma_.lower() for n in nouns if n.pos_ == "NOUN"}


#: Most words of a title read back from a name (*Wikileaks co - founder*).
_MAX_TITLE_WORDS = 5


def _without_suffixes(words: list[str], suffixes: Collection[str]) -> list[str]:
    """A name's words without generational suffixes (*Patrick W. Smith Jr.* -> ... *Smith*), which
    are never the surname a later mention uses; a one-word name is kept whole."""
    words = list(words)
    while len(words) > 1 and words[-1].lower().rstrip(".,") in suffixes:
        words.pop()
    return words


def _name_words(name: str) -> list[str]:
    """A name's words without a possessive: *Thomas'* -> ``["thomas"]``."""
    return [w.lower().removesuffix("'s").removesuffix("’s").rstrip("'’") for w in name.split()]


def mention_role(root: Token) -> float:
    """Salience of a mention's grammatical role: subjects are what a text is about."""
    if root.dep_ == "conj" and root.head.dep_ in SUBJECT_ROLES:
        root = root.head
    if root.dep_ in SUBJECT_ROLES:
        # The main clause's subject is what the sentence is about; an embedded one less so
        # (*West backed away from ..., at reports Trump hid*).
        return 2.0 if root.head.dep_ in ("ROOT", "conj", "parataxis") else 1.5
    if root.dep_ in ("poss", "appos", "compound") and root.head.dep_ in SUBJECT_ROLES:
        return 1.0
    return 0.0
