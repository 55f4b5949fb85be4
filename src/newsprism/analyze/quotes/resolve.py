"""Linking a speaker phrase to an entity of the article, pronouns and descriptions included.

Names, appositions (*The union leader, Mara Vance, said*), surnames the tagger missed and
source nouns resolve here directly. Pronouns go to the salience scorer of
:mod:`.pronouns` (:class:`.pronouns.PronounResolver`, which :class:`Resolver` extends).

Descriptions (*the minister*, *the Church*, *the agency*) resolve to the latest entity
that the article described with that word (*Professor Eastman* ... *the professor*),
whose name contains it (*the Church of ...* ... *the Church*), or, for words like
*city* and *ministry*, to the only entity of a fitting type close by.

The article's side (mentions with their roles, genders, role words, surname merges) is read
once per article by :class:`.mentions.ArticleMentions`, which the resolvers extend.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from newsprism.analyze.quotes.acronyms import body_spelled, spelled_out
from newsprism.analyze.quotes.mentions import ORGANIZATION, PERSON
from newsprism.analyze.quotes.pronouns import PronounResolver, Resolution
from newsprism.analyze.quotes.speakers import SpeakerPhrase

__all__ = ["Resolution", "Resolver"]

#: Determiners that make a description point back to someone already named.
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: How many sentences back a document's earlier mention may be (*the statement continued*).
_DOCUMENT_WINDOW = 12


class Resolver(PronounResolver):
    """Built once per article; ``link`` is called for each speaker phrase in text order."""

    # --- linking -------------------------------------------------------------------

    def link(
        self, phrase: SpeakerPhrase, *, previous: str | None, previous_end: int | None = None,
        anchor: int | None = None, continuing: bool = False,
    ) -> Resolution:
        """The entity a speaker phrase names (:meth:`_link`), or, for a bare acronym nothing else
        resolved, the body it spells (:meth:`_acronym`)."""
        resolution = self._link(phrase, previous=previous, previous_end=previous_end, anchor=anchor,
                                continuing=continuing)
        if resolution.entity is None and resolution.group is None:
            return self._acronym(phrase, resolution)
        return resolution

    def _acronym(self, phrase: SpeakerPhrase, resolution: Resolution) -> Resolution:
        """*..., says WHO* with the letters no entity: the organisation named in full before
        (:func:`.acronyms.body_spelled`); with none, an acronym no entity holds at all whose name is
        printed elsewhere (*According to KV* ... *Kestrel Ventures*: :func:`.acronyms.spelled_out`), that
        name. How it was found and how sure stay the failed link's: the letters add no certainty."""
        words = self.doc[phrase.start : phrase.end]
        body = body_spelled(self.entities.values(), words.text, words.start_char)
        if body is not None:
            return replace(resolution, entity=body.id)
        spelled = spelled_out(self.text, words.text)
        return resolution if spelled is None else replace(resolution, name=spelled)

    def _link(
        self, phrase: SpeakerPhrase, *, previous: str | None, previous_end: int | None = None,
        anchor: int | None = None, continuing: bool = False,
    ) -> Resolution:
        """The entity a speaker phrase names.

        ``previous`` is the last quote's speaker entity and ``previous_end`` where that
        quote ended: right after a quote, *he added* most likely means its speaker.
        ``anchor`` is where the quote began when its cue comes after it: a pronoun there
        (*"...three paragraphs...," she said*) looks back from the quote's start, since the
        quoted sentences are not the narrative the pronoun refers into. ``continuing`` says the
        cue goes on with the last speaker (*he continued*): an aside between the two quotes
        (*(Cooke's clients include ...)*) does not make that speaker less likely.
        """
        doc = self.doc
        head = doc[phrase.head]
        previous = self.alias.get(previous, previous) if previous is not None else None
        eid = self._mention_at(head.idx, head.idx + len(head))
        if eid is not None:
            return Resolution(eid, "name", 0.9)
        word = head.lower_
        if word in self.lexicon.group_determiners or any(
                c.dep_ in ("det", "predet") and c.lower_ in self.lexicon.group_determiners for c in head.children):
            # *Both sides said*, *Both men claimed*: the pair named before, which no one entity
            # stands for; unresolved beats one of the two.
            return Resolution(None, "none", 0.0)
        if word in self.lexicon.pronouns:
            return self.pronoun(head, previous=previous, previous_end=previous_end, anchor=anchor,
                                continuing=continuing)
        # "The union leader, Mara Vance, said": the name in apposition, a person's first, else
        # any (*the contractor, Halden Works, said*: the description is the firm's).
        for person_only in (True, False):
            for a, b in phrase.others:
                eid = self._mention_at(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), person_only=person_only)
                if eid is not None:
                    return Resolution(eid, "name", 0.85)
        if head.lemma_.lower() in self.lexicon.research_groups:
            leader = self._group_leader(head)
            if leader is not None:
                return Resolution(leader, "name", 0.8)
        if head.pos_ == "NOUN":
            # *The group that owns her music, Big Machine, says*: a description's appositive proper
            # name the tagger left without an entity is still the name; the description's own
            # nominal reading would guess at another entity.
            for a, b in phrase.others:
                if _proper_name(doc[a:b]):
                    return Resolution(None, "name", 0.75, group=(a, b))
        for child in head.lefts:
            if child.dep_ in ("compound", "flat"):
                eid = self._mention_at(child.idx, child.idx + len(child), person_only=True)
                if eid is not None:
                    return Resolution(eid, "name", 0.85)
        if (head.pos_ == "PROPN" or (head.pos_ in ("ADV", "ADJ") and head.is_title)) and head.text in self.surnames:
            # The tagger missed this mention of a person named elsewhere (*Rathbun wrote*).
            return Resolution(self.surnames[head.text], "name", 0.75)
        start, end = doc[phrase.start].idx, doc[phrase.end - 1].idx + len(doc[phrase.end - 1])
        titled = self._titled_person(phrase)
        if titled is not None:
            return Resolution(titled, "nominal", 0.7)
        if head.lemma_.lower() in self.lexicon.speaker_heads or word in self.lexicon.speaker_heads:
            for m in self.starting_in(start, end):
                if self.entities[m.entity].type != PERSON:
                    return Resolution(m.entity, "name", 0.75)
        if word in self.lexicon.source_nouns or head.lemma_.lower() in self.lexicon.source_nouns:
            # *according to analysis from Poynter*: the organisation whose analysis it is, named
            # after the head (not *Texas* in *residents of Texas*: organisations only).
            after = head.idx + len(head)
            for m in self.starting_in(after, end):
                if self.entities[m.entity].type == ORGANIZATION:
                    return Resolution(m.entity, "name", 0.75)
        if head.lemma_.lower() in self.lexicon.documents and _definite(head):
            owner = self._document_owner(head)
            if owner is not None:
                return Resolution(owner, "nominal", 0.7)
        if head.pos_ in ("NOUN", "PROPN"):
            return self.nominal(head, previous=previous)
        return Resolution(None, "none", 0.0)

    def _titled_person(self, phrase: SpeakerPhrase) -> str | None:
        """*Ruritania's envoy to Peru accused ...* with the name only elsewhere (*Ruritania's envoy to
        Peru Ana Ruiz has said*, *Ana Ruiz, Ruritania's envoy to Peru, ...*): the one person the text
        ties to the same description is its speaker, before or after it, as a reader takes it.

        Conservative: a description of a person word (*envoy*, *minister*) of at least two words
        besides an article, tied by the exact same words (case and apostrophe shapes aside) right
        before a person's mention (a title) or right after it behind a comma (an apposition), and
        only when exactly one person is so tied. A bare *the minister* is :meth:`nominal`'s.
        """
        doc = self.doc
        head = doc[phrase.head]
        lemma = head.lemma_.lower()
        lexicon = self.lexicon
        if head.pos_ != "NOUN" or lemma not in lexicon.person_words:
            return None
        if lemma in lexicon.speaker_heads and lemma not in lexicon.exclusive_person_words:
            return None  # *a case report*, *a source*: a document or a channel, not a person's title
        # the description with its prepositional phrases (*envoy to Peru*), not a clause after it
        described = [t for t in head.subtree
                     if phrase.start <= t.i and not any(a.dep_ in _CLAUSES and head.is_ancestor(a)
                                                        for a in (t, *t.ancestors))]
        words = [t for t in described if not (t.i == phrase.start and t.lower_ in _ARTICLES) and not t.is_punct]
        if len(words) < _MIN_TITLE_WORDS or words[-1].i - words[0].i + 1 != len(words):
            return None
        own_start, own_end = doc[phrase.start].idx, words[-1].idx + len(words[-1])
        key = _fold(doc.text[words[0].idx : own_end])
        tied = set()
        for m in self.mentions:
            if self.entities[m.entity].type != PERSON or m.in_quote or m.echo:
                continue
            if own_start - _BESIDE <= m.end <= own_start or own_end <= m.start <= own_end + _BESIDE:
                continue  # the name beside this very description ties nothing: the parse decides there
            before = _fold(doc.text[max(0, m.start - len(key) - 2) : m.start]).rstrip(" ,")
            after = _fold(doc.text[m.end : m.end + len(key) + 8])
            after = after[2:] if after.startswith(", ") else ""
            after = next((after[len(a) + 1 :] for a in _ARTICLES if after.startswith(a + " ")), after)
            if (before.endswith(key) and not before[: -len(key)][-1:].isalnum()) or (
                    after.startswith(key) and not after[len(key) : len(key) + 1].isalnum()):
                tied.add(self.alias.get(m.entity, m.entity))
        return tied.pop() if len(tied) == 1 else None

    def _document_owner(self, head: Token) -> str | None:
        """*the statement read / continued / concluded*: whoever issued the statement named last.

        Back through the earlier mentions of the same noun (outside quotes): the first with an
        owner decides (*X issued a statement*, *X said in a statement*, *X's statement*, *a
        statement from X*), resolved as a name or a description; a definite one without an owner
        (*The statement, obtained by the paper, claimed*) points further back; an indefinite one
        without an owner is someone else's document, and nothing is named.
        """
        lemma = head.lemma_.lower()
        sentence = self.sentence_of(head.idx)
        for token in reversed(self.doc[: head.i]):
            if token.lemma_.lower() != lemma or self.in_quote(token.idx):
                continue
            if sentence - self.sentence_of(token.idx) > _DOCUMENT_WINDOW:
                return None
            owner = _owner_of(token)
            if owner is not None:
                eid = self._mention_at(owner.idx, owner.idx + len(owner))
                if eid is None and owner.pos_ == "NOUN":
                    eid = self.nominal(owner, previous=None).entity
                return self.alias.get(eid, eid) if eid is not None else None
            if not _definite(token):
                return None
        return None

    def nominal(self, head: Token, *, previous: str | None) -> Resolution:
        """A definite description (*the minister*, *the Church*) as the entity it describes.

        Indefinite and possessive phrases (*aid agencies*, *his legal team*, *President of
        Ukraine X*) introduce someone new or someone else, so they stay unresolved.
        """
        if not _definite(head):
            return Resolution(None, "nominal", 0.0)
        lemma = head.lemma_.lower()
        word = head.lower_
        position = head.idx
        before = self._before(position, None)
        # The Church of X ... the Church; the Korean Central News Agency ... the agency.
        for m in before:
            entity = self.entities[m.entity]
            if entity.type != PERSON and word in entity.name.lower().split():
                return Resolution(m.entity, "nominal", 0.75)
        # *The group, the Harbour Staff Alliance, formed ...* ... *the group said*: the latest body the text
        # called by this very noun (an apposition or a copula, :func:`.mentions._body_nouns`), however
        # far back; a rival body merely mentioned nearer (the employer the group criticises) is not it.
        for m in before:
            if self.entities[m.entity].type != PERSON and lemma in self.body_words.get(m.entity, ()):
                return Resolution(self.alias.get(m.entity, m.entity), "nominal", 0.75)
        # Dick Clark Productions ... the production company: a body's description whose modifier is the
        # head (last word) of the one body's name mentioned before (several such bodies: none; *the port
        # authority* is not *Port Workers' Guild*, whose name's head is another word).
        if ORGANIZATION in self.lexicon.nominal_types.get(lemma, ()):
            # common-noun modifiers only: a proper-name one names the body itself (*the Ostrava water board*)
            modifiers = {_stem(c.lower_) for c in head.lefts
                         if c.dep_ in ("amod", "compound") and c.pos_ in ("NOUN", "ADJ") and len(c) > 3}
            fitting = {
                m.entity for m in before
                if self.entities[m.entity].type == ORGANIZATION
                and _stem(self.entities[m.entity].name.lower().split()[-1]) in modifiers
            }
            if len(fitting) == 1:
                return Resolution(fitting.pop(), "nominal", 0.7)
        # Professor Eastman ... the professor; X, the EU's foreign policy chief ... the chief.
        if lemma in self.lexicon.person_words or lemma in self.lexicon.speaker_heads:
            # *the local health minister* is not *the civil aviation minister*: every modifier must fit.
            words = {lemma} | {c.lemma_.lower() for c in head.lefts if c.dep_ in ("amod", "compound")}
            described = [m.entity for m in before if words <= self.descriptors.get(m.entity, set())]
            if previous is not None and previous in described:
                return Resolution(previous, "nominal", 0.75)
            if described:
                return Resolution(described[0], "nominal", 0.7)
            return Resolution(None, "nominal", 0.0)
        types = self.lexicon.nominal_types.get(lemma)
        named = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if types and named:
            # *the Inner Mongolia health commission*: a body named by its own proper-name modifier is
            # that body, not the one organisation mentioned nearby; its words are its name.
            return Resolution(None, "nominal", 0.0, group=(named[0].left_edge.i, head.i + 1))
        if types:
            near = {
                m.entity for m in self._before(position, 2)
                if self.entities[m.entity].type in types and m.role >= 1.5 and not m.modifier
            }
            if len(near) == 1:
                return Resolution(near.pop(), "nominal", 0.65)
        return Resolution(None, "nominal", 0.0)


#: Articles a description may open with (*the*, *a*): not part of the words that tie it to a name.
_ARTICLES = ("the", "a", "an")
#: Dependencies of a clause or an apposition hanging on a description: not part of its words.
_CLAUSES = frozenset({"relcl", "acl", "appos", "advcl", "ccomp", "conj", "cc"})
#: How close (in characters) a name sits beside a description when they are written together.
_BESIDE = 3
#: Fewest words (articles aside) a description needs to tie to a name it is written beside elsewhere.
_MIN_TITLE_WORDS = 2


def _fold(text: str) -> str:
    """Case, apostrophe shapes and runs of spaces aside: how a description is compared with another."""
    return " ".join(text.replace("’", "'").casefold().split())


def _proper_name(tokens: Span) -> bool:
    """Words that read as a name: proper nouns, every word capitalised, no pronoun or number."""
    words = [t for t in tokens if not t.is_punct]
    return bool(words) and words[-1].pos_ == "PROPN" and all(
        t.text[:1].isupper() or t.lower_ in ("of", "and", "for", "the", "&") for t in words
    ) and words[0].text[:1].isupper()


def _definite(head: Token) -> bool:
    return any(child.dep_ == "det" and child.lower_ in _DEFINITE for child in head.lefts)


def _stem(word: str) -> str:
    """A plural's singular, roughly (*productions* -> *production*; a name's words carry no lemma)."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _owner_of(noun: Token) -> Token | None:
    """Who issued a document noun: its possessor, its *from*/*by* object, or the subject of the verb
    it is the object of (*X issued a statement*, *X said in a statement*, *X denied it in a statement*)."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head
