"""The writer's own evaluative language found by construction, the word lists only a filter (issue #6, F17).

Every round of hand-labelled pages showed the same thing: the loaded words the next, unseen batch used
were mostly in no list, so adding one page's words never carried over to the next. What carries over
is the *construction* by which a writer passes judgement in their own voice; a word list then only
says which words can carry a judgement at all. Two constructions, each measured leave-one-batch-out
on the labelled pages (``docs/benchmarks.md``):

- **a verdict on a personal page**: news keeps *great*, *perfect*, *beautiful* or *excellent* plain
  (``vader_stop`` of the framing lexicon: *a great deal*, *the perfect storm*, a quoted *excellent*),
  because a report's writer stays out of sight. A column, review, blog or deals post speaks to the
  reader (*I*, *you*, exclamations outside any quotation: :func:`personal_voice`, the genre read from
  the page itself), and there the writer's strong praise or blame word (VADER |valence| at or above
  ``verdict_valence``, MIT, read from the installed package) is a verdict: *perfect for a long
  commute*, *a truly great keyboard*, *an outstanding little camera*. Not a rank (*the best
  prices*), a fact or a feeling (*dead*, *happy*), a comparison or a degree asked or reached (*as
  excellent as*, *how bad the queue was*, *bad enough*), a condition (*if the hinge gets bad*) or a
  fixed phrase whose noun the word only sizes (*a great time*, *perfect sense*);
- **distrust urged on the reader**: a verb of belief negated with the reader as subject and a modal
  of advice, or in the imperative (*You shouldn't simply believe the ministry*, *Don't trust the figures*), and
  a reason given to suspect (*good reason to doubt*, *cause to suspect*): Doubt, the writer's
  insinuation, where a report of someone's belief (*voters do not trust him*) has no modal of advice.

The stage decides the voice: the same words inside a quotation or a report are the speaker's. Word
lists and thresholds are data (``lexicons/evaluative_<lang>.toml``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache, partial

from spacy.tokens import Doc, Token

from newsprism.analyze.framing.lexicon import read_rules, rule_settings, vader_valences, word_set
from newsprism.analyze.framing.patterns import DOUBT, LOADED, RawHit
from newsprism.analyze.framing.tokens import doc_tokens
from newsprism.analyze.framing.voice import quote_mark_segments

__all__ = ["Evaluative", "evaluative_hits", "load_evaluative", "personal_voice"]


@dataclass(frozen=True, slots=True)
class Evaluative:
    """One language's evaluative-construction data, compiled."""

    valence: Mapping[str, float]
    personal_words: frozenset[str]
    not_verdict: frozenset[str]
    degree_marks: frozenset[str]
    sized_nouns: frozenset[str]
    condition_marks: frozenset[str]
    belief_verbs: frozenset[str]
    modals: frozenset[str]
    reader_subjects: frozenset[str]
    imperative_aux: frozenset[str]
    suspicion_verbs: frozenset[str]
    reason_nouns: frozenset[str]
    negating_determiners: frozenset[str]
    settings: dict[str, float]


@lru_cache(maxsize=4)
def load_evaluative(language: str = "en") -> Evaluative | None:
    """Compile ``lexicons/evaluative_<language>.toml`` once; ``None`` for a language without one."""
    data = read_rules("evaluative", language)
    if data is None:
        return None
    words = partial(word_set, data, "words")  # the loaders' shared normalisation (lexicon.word_set)
    return Evaluative(
        # VADER rates English only; another language's file would name its own valence source
        valence=vader_valences() if language == "en" else {},
        personal_words=words("personal_words"),
        not_verdict=words("not_verdict"),
        degree_marks=words("degree_marks"),
        sized_nouns=words("sized_nouns"),
        condition_marks=words("condition_marks"),
        belief_verbs=words("belief_verbs"),
        modals=words("modals"),
        reader_subjects=words("reader_subjects"),
        imperative_aux=words("imperative_aux"),
        suspicion_verbs=words("suspicion_verbs"),
        reason_nouns=words("reason_nouns"),
        negating_determiners=words("negating_determiners"),
        settings=rule_settings(data),
    )


def _interview(text: str, ev: Evaluative) -> bool:
    """A page of questions and answers: its *I* and *you* are the interviewee's and the interviewer's, set out
    without quotation marks (a question paragraph at least ``interview_share`` of the paragraphs, and
    ``interview_min`` of them)."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    asked = sum(p.endswith("?") for p in paragraphs)
    return asked >= ev.settings["interview_min"] and asked >= ev.settings["interview_share"] * len(paragraphs)


def personal_voice(doc: Doc, ev: Evaluative) -> bool:
    """Whether the page speaks in a person's voice: *I*, *you* and exclamation marks outside quotation marks, per
    1,000 of its words outside them, at or above ``personal_rate``. A news report keeps its writer out of sight
    (its *I* and *you* are in quotations); a column, review, blog or deals post speaks to the reader. An interview
    is not the writer speaking (:func:`_interview`)."""
    text = doc.text
    if _interview(text, ev):
        return False
    inside = bytearray(len(text) + 1)
    for seg in quote_mark_segments(text):
        inside[seg.start : seg.end] = b"\x01" * (min(seg.end, len(text)) - seg.start)
    words = personal = 0
    for token in doc:
        if token.is_space or inside[token.idx]:
            continue
        words += not token.is_punct
        personal += token.lower_ in ev.personal_words or token.text == "!"
    # a caption or a meme is too short to tell a page's genre by a rate
    return words >= ev.settings["personal_min_words"] and 1000 * personal / words >= ev.settings["personal_rate"]


def _measured(token: Token, ev: Evaluative) -> bool:
    """*as excellent as*, *how bad the queue was*, *bad enough*, *if the hinge gets bad*, *a great time*, *perfect
    sense*: a comparison, a degree asked or reached, a condition, or a fixed phrase whose noun the word only sizes."""
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if (prev is not None and prev.lower_ in ev.degree_marks) or (nxt is not None and nxt.lower_ in ev.degree_marks):
        return True
    if token.dep_ == "amod" and token.head.lemma_.lower() in ev.sized_nouns:
        return True
    return any(any(c.dep_ == "mark" and c.lower_ in ev.condition_marks for c in a.children)
               for a in (token, *token.ancestors))


#: where a praise or blame word judges what it is said of: a modifier (*a great keyboard*, *wonderfully light*), a
#: predicate (*it is perfect*), a fragment's head (*Perfect!*) or one of a pair (*light and excellent*)
_VERDICT_DEPS = frozenset({"amod", "acomp", "advmod", "ROOT", "conj"})


def _verdicts(doc: Doc, ev: Evaluative) -> Iterator[RawHit]:
    """The writer's strong praise or blame words, on a page in a person's voice only (news keeps them plain)."""
    if not personal_voice(doc, ev):
        return
    limit = ev.settings["verdict_valence"]
    for token in doc_tokens(doc).tokens:
        if token.pos_ not in ("ADJ", "ADV") or token.dep_ not in _VERDICT_DEPS:
            continue
        word = token.lower_
        if abs(ev.valence.get(word, 0.0)) < limit or word in ev.not_verdict or _measured(token, ev):
            continue
        yield LOADED, token.i, token.i + 1, ev.settings["confidence"], None, ()


def _urged_disbelief(verb: Token, ev: Evaluative) -> RawHit | None:
    """*You shouldn't simply believe X*, *Don't trust X*: a negated verb of belief with the reader and a modal
    of advice, or in the imperative (the caller has found the negation); *voters do not trust X* reports a
    belief, no advice: no hit."""
    children = list(verb.children)
    subj = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    advised = subj is not None and subj.lower_ in ev.reader_subjects and any(
        c.dep_ == "aux" and c.lower_ in ev.modals for c in children)
    imperative = subj is None and verb.dep_ == "ROOT" and any(
        c.dep_ == "aux" and c.lower_ in ev.imperative_aux for c in children)
    if not (advised or imperative):
        return None
    start = min([verb.i, *(c.i for c in children if c.dep_ in ("nsubj", "aux", "neg", "advmod"))])
    end = max([verb.i, *(c.i for c in children if c.dep_ == "dobj")]) + 1
    return DOUBT, start, end, ev.settings["confidence"], None, ()


def _denied(noun: Token, ev: Evaluative) -> bool:
    """A reason the text denies (*no reason to doubt*, *does not have any cause to suspect*): reassurance, the
    opposite of an insinuation. Read on the noun's determiner and on the verb that holds the noun."""
    if any(c.dep_ == "det" and c.lower_ in ev.negating_determiners for c in noun.children):
        return True
    return noun.dep_ in ("dobj", "attr", "nsubj") and any(c.dep_ == "neg" for c in noun.head.children)


def _distrust(doc: Doc, ev: Evaluative) -> Iterator[RawHit]:
    """Distrust the writer urges on the reader (:func:`_urged_disbelief`) or a reason the writer gives to
    suspect (*good reason to doubt*, the suspicion verb attached to its reason noun): Doubt."""
    for token in doc_tokens(doc).tokens:
        if token.pos_ != "VERB":
            continue
        lemma = token.lemma_.lower()
        if lemma in ev.belief_verbs and any(c.dep_ == "neg" for c in token.children):
            if (hit := _urged_disbelief(token, ev)) is not None:
                yield hit
        elif lemma in ev.suspicion_verbs and token.dep_ in ("acl", "relcl", "xcomp") \
                and token.head.lemma_.lower() in ev.reason_nouns and not _denied(token.head, ev):
            head = token.head
            start = min([head.i, *(c.i for c in head.children if c.dep_ in ("det", "amod"))])
            yield DOUBT, start, token.i + 1, ev.settings["confidence"], None, ()


def evaluative_hits(doc: Doc, language: str | None = None) -> Iterator[RawHit]:
    """Every evaluative-construction hit in the Doc; none for a language without data."""
    ev = load_evaluative(language or doc.lang_ or "en")
    if ev is None:
        return
    yield from _verdicts(doc, ev)
    yield from _distrust(doc, ev)
