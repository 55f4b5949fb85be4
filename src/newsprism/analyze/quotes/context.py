"""What around a quote decides whose words it is, or that it is nobody's (a term).

Split from :mod:`.kinds` (which drafts each marked quote) for size: the reported-content test
shared by cues before and after a quote, and the constructions real outlet pages showed:

- a cue farther along the sentence whose reported clause holds the quote (:func:`governing_cue`);
- a quote named by a term noun (*the word "We"*) or sitting in a cue's subject (*the host of
  "Harbor Days" said*): a term (:func:`named_as_term`, :func:`in_cue_subject`);
- where a quote's right window stops: the next quote, unless it is a short name inside the
  attribution (:func:`right_ceiling`);
- a quote after a colon that closes a clause about a person with no cue of its own (*She put it
  simply: "..."*, also when the clause's object carries a clause describing it: *one drawback to
  working with them: "..."*): that person's (:func:`colon_subject`);
- whether a speaker phrase can name a source at all (:func:`can_speak`).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsprism.analyze.quotes.cues import Cue
from newsprism.analyze.quotes.marks import OPENERS
from newsprism.analyze.quotes.speakers import SpeakerPhrase, noun_phrase

if TYPE_CHECKING:
    from newsprism.analyze.quotes.kinds import Frame
    from newsprism.analyze.quotes.marks import MarkedQuote

__all__ = [
    "CLAUSAL", "MIN_FLOATING_WORDS", "TERMINAL", "can_speak", "colon_subject", "governing_cue", "in_cue_subject",
    "is_agent", "named_as_term", "named_thing", "named_word", "reported_by", "right_ceiling",
]

#: How a quote that ends its own sentence ends (also where a quote inside it ends it: *... if it kills me!’”*).
TERMINAL = (".", "?", "!", "…", ".'", ".’", "!'", "!’", "?'", "?’")
#: Fewest words for a cue-less quote to be a floating quote, or for a quoted object to be reported words.
MIN_FLOATING_WORDS = 4
#: Dependents of a cue that hold reported content.
CLAUSAL = frozenset({"ccomp", "xcomp", "csubj", "advcl", "parataxis", "oprd", "conj", "acomp", "attr"})


def reported_by(frame: Frame, cue: Cue, start: int, end: int) -> bool:
    """Whether the quoted words sit in the cue's reported content, not just its object.

    *said the deal "is becoming difficult"* (a clausal complement) is reported speech;
    *announced new "reforms"* (a short object) is the author's scare quote.
    """
    tokens = frame.tokens_between(start, end)
    if not tokens:
        return False
    if cue.phrase:
        # *According to X, the pills "worked within days."*: the phrase reports the clause it opens,
        # whose verb the parser finds inside the quote; the quote is in that clause, not the phrase
        # (a quote with no verb is a name the clause gives: *the bar is called 'Oxy Pure'*, a term)
        opener = frame.doc[cue.start]
        clause = opener.head
        return (tokens[0].i not in {t.i for t in opener.subtree} and tokens[0] in clause.subtree
                and any(t.pos_ in ("VERB", "AUX") for t in tokens) and opener.idx < start
                and not frame.text[opener.idx : start].rstrip(OPENERS + " ").rstrip().endswith((",", ":")))
    head = frame.doc[cue.head]
    for child in head.children:
        span = {t.i for t in child.subtree}
        if tokens[0].i not in span:
            continue
        if child.dep_ in CLAUSAL:
            return True
        if child.dep_ == "prep" and child.lower_ == "as" and (cue.evaluative or cue.naming):
            return True  # "slammed the hearings as a "disgrace"": the label the subject applies
        # "told the meeting that developers used "X" tactics": a that-clause the parser hung
        # on the object is still the reported content.
        if any(t.dep_ == "mark" and t.lower_ in frame.cue_lexicon.complementizers and t.i < tokens[0].i
               for t in child.subtree):
            return True
        return child.dep_ in ("dobj", "pobj", "prep") and len(tokens) >= MIN_FLOATING_WORDS
    return False


#: one word of three or more capitals (digits and *&* allowed inside), a stop or comma after it
#: at most: an abbreviation (*"DWTS."*); an exclamation in capitals (*"STOP!"*) and a two-letter
#: word (*"OK"*) are speech
_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9&]+[A-Z0-9][.,]?")


def named_as_term(frame: Frame, quote: MarkedQuote) -> bool:
    """*the right to use the word "We"*, *The tagline? "Meth. We're on it."*: the quote is what a
    term noun right before it names, not words anyone is reported to have said.

    Also what the words before name by their grammar: a title owned by a name (*on the network's
    "Evening Desk"*: a short capitalised name after a possessive), the object of a preposition the
    lexicon says names a thing (*diagnosed with "X"*: ``term_preps``), or a new name given to a term
    noun (*changed the name of its account to "X"*), or an abbreviation standing alone in its
    marks (*an episode of "NTO."*: a name, no one's words)."""
    if _ABBREVIATION.fullmatch(frame.text[quote.content_start : quote.content_end].strip()):
        return True
    lo = frame.paragraphs[frame.paragraph(quote.start)][0]
    before = [t for t in frame.tokens_between(lo, quote.start) if not t.is_space]
    if _work_title(frame, quote, before):
        return True
    while before and before[-1].is_punct and before[-1].text in ":?,":
        before.pop()
    if not before:
        return False
    last = before[-1]
    lexicon = frame.cue_lexicon
    if last.lower_ in lexicon.term_nouns and last.pos_ == "NOUN":
        return True
    words = frame.text[quote.content_start : quote.content_end].strip()
    if last.tag_ == "POS" and _short_name(words) and all(w[:1].isupper() or not w[:1].isalpha() for w in words.split()):
        return True
    if last.dep_ in ("prep", "dative") and last.head.pos_ in ("VERB", "AUX") and last.lower_ in lexicon.term_preps.get(
            last.head.lemma_.lower(), frozenset()):
        return True
    return last.lower_ in ("to", "as") and _renamed(last, lexicon.term_nouns)


#: how many linking words may stand between a work noun and its title (*singles like 1978's "X"*)
_WORK_GAP = 3
#: a title longer than this is more likely a sentence someone said
_MAX_TITLE_WORDS = 8


def _work_title(frame: Frame, quote: MarkedQuote, before: list[Token]) -> bool:
    """*the band's hit single "Paper Lanterns"*, *hits like 1994's "Salt in the Wound."*: a title-case
    quote after a noun naming a work (``work_nouns``), directly or across a few linking words
    (``work_links``, a year, a possessive, an article), is the work's title. No comma may stand
    between (*In the film, "I never wanted this," she says* is a quote), and every longer word is
    capitalised, as English titles are (*the song "was a mistake"* is someone's words)."""
    words = frame.text[quote.content_start : quote.content_end].split()
    if not words or len(words) > _MAX_TITLE_WORDS or not words[0][:1].isupper():
        return False
    if any(w[:1].islower() and len(w.strip(".,!?;:")) > 3 for w in words):
        return False
    lexicon = frame.cue_lexicon
    for gap, token in enumerate(reversed(before)):
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in lexicon.work_nouns:
            return True
        # a possessive typed with a curly mark is tagged as punctuation (*1994’s*)
        linking = token.tag_ in ("POS", "DT", "CD") or token.lower_ in (*lexicon.work_links, "'s", "’s")
        if gap >= _WORK_GAP or not linking:
            return False
    return False


def _title_like(words: list[str]) -> bool:
    """A short title-case run of words (every longer word capitalised), as :func:`_work_title` reads titles."""
    if not words or len(words) > _MAX_TITLE_WORDS or not words[0][:1].isupper():
        return False
    return not any(w[:1].islower() and len(w.strip(".,!?;:")) > 3 for w in words)


def listed_title(frame: Frame, n: int) -> bool:
    """*hits including "Paper Lanterns," "Salt in the Wound" and others*: a title-case quote in a list
    of two or more title-case quotes, joined only by commas and coordinators (``coordinators``), the
    list opened by a listing word (``work_links``: *including*, *like*, *such as*), names works, not
    anyone's words, even where a cue elsewhere in the sentence (*According to X, expect ...*) would
    make each item a quote. One title-case quote alone after *including* stays to the other rules."""
    marked = frame.marked
    lexicon = frame.cue_lexicon

    def title(k: int) -> bool:
        return _title_like(frame.text[marked[k].content_start : marked[k].content_end].split())

    def joined(a: int, b: int) -> bool:
        between = frame.text[marked[a].end : marked[b].start]
        return all(w in lexicon.coordinators for w in re.findall(r"\w+", between.lower())) and not re.search(
            r"[.;:!?]", between)

    if not title(n):
        return False
    first = n
    while first > 0 and title(first - 1) and joined(first - 1, first):
        first -= 1
    last = n
    while last + 1 < len(marked) and title(last + 1) and joined(last, last + 1):
        last += 1
    if last == first:
        return False
    lo = frame.paragraphs[frame.paragraph(marked[first].start)][0]
    before = re.findall(r"\w+", frame.text[lo : marked[first].start].lower())
    return bool(before) and before[-1] in lexicon.work_links


def _renamed(prep: Token, term_nouns: frozenset[str]) -> bool:
    """*changing the name of its account to "X"*: a term noun between the verb and this *to*/*as*.

    Read back along the words, not the tree: the parser hangs such a *to* on whichever noun is
    nearest (*account*), so the verb's own object is found by walking back to the verb."""
    for token in reversed(prep.doc[prep.sent.start : prep.i]):
        if token.pos_ in ("VERB", "AUX"):
            return False
        if token.pos_ == "NOUN" and token.lemma_.lower() in term_nouns:
            return True
    return False


def right_ceiling(frame: Frame, n: int) -> int:
    """Where the right window of quote ``n`` must stop: the next quote, unless that is a short
    name inside the attribution (*"...," the host of "Harbor Days" said*), which the window
    passes over so the quote still reaches its cue."""
    for later in frame.marked[n + 1 :]:
        words = frame.text[later.content_start : later.content_end].strip()
        if not _short_name(words) or not later.closed:
            return later.start
        if frame.sentence(later.start) != frame.sentence(frame.marked[n].end - 1):
            return later.start
    return len(frame.text)


#: At most this many words in a quoted name inside an attribution (*the "Harbor Days" host*).
_MAX_NAME_WORDS = 4


def _short_name(words: str) -> bool:
    """Quoted words that can be a name (*"Harbor Days"*): a few words, not ending as a clause does."""
    return len(words.split()) <= _MAX_NAME_WORDS and not words.endswith((",", *TERMINAL))


def in_cue_subject(frame: Frame, start: int, end: int) -> bool:
    """A quote inside a reporting verb's subject (*the host of "Harbor Days" said*) names something
    in the speaker's description; it is a term, not the speaker's words. Only a short name: the
    parser can make a whole quoted sentence the cue's subject too (*"The flight I did ...," X
    responded*)."""
    tokens = frame.tokens_between(start, end)
    words = frame.text[start:end].strip()
    if not tokens or not _short_name(words):
        return False
    sentence = tokens[0].sent
    for cue in frame.cues_between(sentence.start_char, sentence.end_char):
        for child in frame.doc[cue.head].children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.left_edge.i <= tokens[0].i \
                    and tokens[-1].i <= child.right_edge.i:
                return True
    return False


#: Dependencies of a quoted word that only modifies the noun after the quote.
_PREMODIFIER = frozenset({"compound", "amod", "nmod", "nummod", "poss"})


def governing_cue(frame: Frame, start: int, end: int) -> Cue | None:
    """A reporting verb farther along the sentence whose reported clause holds the quoted words.

    *The outages have been "terribly disruptive" and ..., "we won't roll the dice," the CEO
    said.*, *"We don't want those people" working here, she said.*: the cue is not next to
    this quote (another quote or the rest of the clause stands between), but the quote sits in
    the clause it reports, so it is the speaker's fragment (mixed), not the writer's term.
    """
    tokens = frame.tokens_between(start, end)
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    if any(t.head.i not in inside and t.head.i > tokens[-1].i and t.dep_ in _PREMODIFIER for t in tokens):
        return None  # *a "skinny" trade deal*, *the "Bad Blood" singer*: a name or label for the noun after
    sentence = tokens[0].sent
    for cue in frame.cues_between(sentence.start_char, sentence.end_char):
        head = frame.doc[cue.head]
        if cue.noun or cue.phrase or cue.naming or head.i < tokens[-1].i:
            continue
        if reported_by(frame, cue, start, end) and any(c.dep_ == "ccomp" for c in head.children):
            return cue
    return None


#: Clauses under a main clause: a colon that closes one of them is not the main clause's.
_SUBORDINATE = frozenset({"relcl", "acl", "advcl", "ccomp", "pcomp"})


def _person_name(frame: Frame, token: Token) -> bool:
    """A name the NER types a person here, or the surname of a person named in full elsewhere in the
    article (*Mary Quist* ... *Quist has found:*, where the NER may type the bare surname otherwise)."""
    if token.ent_type_ == "PERSON":
        return True
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == token.text for e in frame.doc.ents)


def _modifier_clause(frame: Frame, verb: Token) -> bool:
    """A clause that only describes a noun of the main clause, with no speaker of its own: a
    relative clause without a relative pronoun (*the life she tried to escape*) or a participle or
    gerund clause with no subject (*one drawback to working with them*). The colon after it still
    closes the main clause (*She apologizes to the life she tried to escape: "..."*); a relative
    clause whose subject is its relative pronoun (*the website, which contains:*) does not."""
    if verb.dep_ not in ("relcl", "acl", "pcomp"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    relative = frame.speaker_lexicon.relative_pronouns
    if verb.dep_ == "relcl":
        return subject is not None and subject.lower_ not in relative and not any(
            c.lower_ in relative for c in verb.children)
    return subject is None


def colon_subject(frame: Frame, left: tuple[int, int], cues: list[Cue]) -> SpeakerPhrase | None:
    """*She put it simply: "..."*, *By the time X learned who had written it, she was only half-surprised:
    "..."*: a colon that closes a main clause whose verb is no cue introduces the words of that
    clause's subject, when the subject is a person: a third-person pronoun for people or a person's
    name. A cue on the main clause (*She told me: "..."*) is left to the cue; a cue in a clause under
    it (*who had written the song*) does not speak the quote.
    """
    tokens = [t for t in frame.tokens_between(*left) if not (t.is_punct or t.is_space)]
    if not tokens:
        return None
    root = tokens[-1]
    while root.head.i != root.i and left[0] <= root.head.idx < left[1]:
        if root.dep_ in _SUBORDINATE and root.pos_ in ("VERB", "AUX") and not _modifier_clause(frame, root):
            return None  # *the website, which contains the following statement:*: the colon ends a clause under it
        root = root.head
    if root.pos_ not in ("VERB", "AUX") or root.i in frame.cues:
        return None
    chain = {root.i} | {c.i for c in root.children if c.dep_ in ("conj", "xcomp")}
    if any(cue.head in chain for cue in cues):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or frame.in_marked(subject.idx):
        return None
    features = frame.speaker_lexicon.pronouns.get(subject.lower_)
    person = features is not None and "person" in features["types"] and features.get("number") != "plural"
    if not (person or (subject.pos_ == "PROPN" and _person_name(frame, subject))):
        return None
    return noun_phrase(subject, via="colon-subject")


def named_word(frame: Frame, cue: Cue, content: str, span: tuple[int, int]) -> bool:
    """*too scared to say "yes"*, *by saying "Hey Siri"*: a word or two as the object of an infinitive
    or gerund cue with no speaker is a word named (what anyone might say), not someone's speech.
    A whole sentence (*declaring, "I'm on it."*) and words in a reported clause stay quotes."""
    words = frame.text[span[0] : span[1]].split()
    if frame.doc[cue.head].tag_ not in ("VB", "VBG") or len(words) >= MIN_FLOATING_WORDS:
        return False
    if len(words) >= 2 and content.endswith(TERMINAL) and frame.text[span[0]].isupper():
        return False
    return not reported_by(frame, cue, *span)


def named_thing(frame: Frame, quote: MarkedQuote) -> bool:
    """Whether another quote follows this one with nothing but space between (*called "X" "Y"*)."""
    k = bisect.bisect_right(frame.marked_starts, quote.start)
    return k < len(frame.marked) and not frame.text[quote.end : frame.marked[k].start].strip()


#: Named-entity labels of things that can say something.
_SPEAKING_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})


def can_speak(frame: Frame, phrase: SpeakerPhrase) -> bool:
    """Whether a speaker phrase names a possible source: a name, a pronoun, a person or source noun.

    Unmarked reported speech has no quote marks to vouch for it, so its speaker must
    look like one (*the ministry*, *officials*, *a 2011 study*, *she*).
    """
    lexicon = frame.speaker_lexicon
    head = frame.doc[phrase.head]
    tokens = [head] + [frame.doc[i] for a, b in phrase.others for i in range(a, b)]
    if head.pos_ == "PROPN" or any(t.ent_type_ in _SPEAKING_LABELS for t in tokens):
        return True
    if head.lower_ in lexicon.pronouns or (head.pos_ == "PRON" and head.lower_ in lexicon.quantifier_speakers):
        return True  # *she*, *they*; *Some said ...*: some of a group named before
    if head.lower_ in lexicon.group_determiners or (head.pos_ == "NOUN" and any(
            c.dep_ in ("det", "predet") and c.lower_ in lexicon.group_determiners for c in head.children)):
        return True  # *Both (sides) said*: the pair named before (left unresolved by the resolver)
    lemma = head.lemma_.lower()
    if lemma in lexicon.poll_shares and any(
            c.dep_ in ("nummod", "quantmod") or (c.dep_ == "prep" and c.lower_ == "of") for c in head.children):
        return True  # *Sixty-two percent say that*, *a majority of voters said*: a poll's respondents
    return any(
        word in vocabulary
        for word in (lemma, head.lower_)
        for vocabulary in (lexicon.person_words, lexicon.speaker_heads, lexicon.source_nouns, lexicon.nominal_types,
                           lexicon.research_groups)
    )

def is_agent(frame: Frame, phrase: SpeakerPhrase) -> bool:
    """Whether a speaker phrase names someone who can mean something by what they say: a name (a
    proper noun, a person's or a body's entity label), a pronoun, a noun that only ever names people
    (*the lawyer*) or a body's noun (*the ministry*); not a thing (*images*, *the readings*; the
    looser person-word list holds such nouns too, so it is not asked)."""
    head = frame.doc[phrase.head]
    lexicon = frame.speaker_lexicon
    lemma = head.lemma_.lower()
    return (head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            or head.lower_ in lexicon.pronouns or lemma in lexicon.exclusive_person_words
            or lemma in lexicon.nominal_types)
