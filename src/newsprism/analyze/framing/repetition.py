"""The Repetition detector: the same wording again, close together (anaphora, epistrophe, a drummed-in word).

Split out of :mod:`.detectors` (behaviour unchanged): it reads the other detectors' hits (a loaded word
used again and again), so :func:`.detectors.detect` runs it last, on what they found.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from newsprism.analyze.framing.hits import LOADED, NAME_CALLING, REPETITION, Hit
from newsprism.analyze.framing.lexicon import Lexicon, token_keys
from newsprism.analyze.framing.tokens import doc_tokens

__all__ = ["repetition_hits"]

# A repeated phrase must carry a clause word, not only nouns: see repetition_hits.
_CLAUSE_POS = {"VERB", "AUX", "ADV", "PRON"}
# A verb form modifying a noun (*giving opportunities*, *the ruling party*) is no clause.
_NOMINAL_DEPS = {"amod", "compound", "nmod"}
# "lied about the costs, lied about the delays, and lied about ...": three within this many tokens.
_WORD_SPREAD = 15
_NOUN_SPREAD = 6
# A repeated phrase without a content word counts only from this many words ("we will not back down").
_LONG_PHRASE = 5


def _content(token: Token) -> bool:
    return token.is_alpha and not token.is_stop and not token.ent_type_


def _local_run(places: list[int], sentence: list[int], count: int, window: int) -> list[int]:
    """The first ``count`` token positions that fall within ``window`` consecutive sentences."""
    for i in range(len(places) - count + 1):
        if sentence[places[i + count - 1]] - sentence[places[i]] < window:
            return places[i : i + count]
    return []


def repetition_hits(doc: Doc, lexicon: Lexicon, found: list[Hit]) -> Iterator[Hit]:
    """The same wording again, close together (anaphora, epistrophe, a drummed-in word).

    Three rules: a clause-like phrase of 3+ words (a verb, adverb or pronoun in it, no
    names or numbers) said three times within ``repetition_window`` sentences; a
    content word three times close together in one sentence; a loaded word or label
    used ``repetition_word_count`` times anywhere in the text.
    """
    lo = int(lexicon.settings.get("repetition_min_ngram", 3))
    hi = int(lexicon.settings.get("repetition_max_ngram", 6))
    window = int(lexicon.settings.get("repetition_window", 3))
    minimum = int(lexicon.settings.get("repetition_word_count", 3))
    shared = doc_tokens(doc)
    words = [t for t in shared.tokens if not t.is_space and not t.is_punct]
    sentence = [0] * len(doc)
    for number, sent in enumerate(shared.sents):
        sentence[sent.start : sent.end] = [number] * (sent.end - sent.start)
    content = [_content(t) for t in words]
    lowers = [t.lower_ for t in words]
    word_sentence = [sentence[t.i] for t in words]
    # A longer phrase said twice has its first ``lo`` words said twice, so only positions
    # whose opening ``lo``-gram repeats (within a sentence) can start a repeated longer one.
    openings = [tuple(lowers[i : i + lo]) for i in range(len(words) - lo + 1)]
    said: Counter[tuple[str, ...]] = Counter(
        gram for i, gram in enumerate(openings) if word_sentence[i] == word_sentence[i + lo - 1])
    again = [said[gram] >= 2 for gram in openings]
    seen: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n in range(hi, lo - 1, -1):
        for i in range(len(words) - n + 1):
            if again[i] and word_sentence[i] == word_sentence[i + n - 1]:
                seen[tuple(lowers[i : i + n])].append(i)
    covered: set[int] = set()
    # Only repeated grams can count: sort those (most are said once).
    repeated = [(gram, starts) for gram, starts in seen.items() if len(starts) >= 2]
    for gram, starts in sorted(repeated, key=lambda kv: (-len(kv[0]), kv[1][0])):
        n = len(gram)
        if any(words[s].i in covered for s in starts):
            continue
        first = words[starts[0] : starts[0] + n]
        # Rhetoric repeats a clause ("we will not back down"); news repeats its topic's
        # names and nouns ("state of emergency"), which are not a technique.
        if any(t.ent_type_ or t.like_num for t in first) or not any(_clause_word(t, first) for t in first):
            continue
        if n < _LONG_PHRASE and not any(content[starts[0] : starts[0] + n]):
            continue  # "I didn't", "we have to": talk, not rhetoric, unless the phrase is long
        token_starts = [words[s].i for s in starts]
        if not _local_run(token_starts, sentence, 3, window):
            continue
        spans = [(s, _end_after(doc, s, n)) for s in token_starts]
        for s, e in spans:
            covered.update(range(s, e))
        yield Hit(technique=REPETITION, start=spans[1][0], end=spans[1][1], confidence=0.7, extra=tuple(spans))
    words_by_index = {t.i: t for t in words}
    by_lemma: dict[str, list[int]] = defaultdict(list)
    for token, is_content in zip(words, content, strict=True):
        if is_content and token.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "ADV") and token.i not in covered:
            # shortest form: "Jobs" (tagged a name, lemma "Jobs") and "jobs" are one word
            by_lemma[min(token_keys(token), key=lambda k: (len(k), k))].append(token.i)
    for places in by_lemma.values():
        run = _local_run(places, sentence, 3, 1)  # "jobs, jobs, jobs": one sentence, close together
        spread = run[-1] - run[0] if run else _WORD_SPREAD + 1
        # A noun three times is often a list ("cases ... cases"); only back to back is a drum. So is a
        # neutral word of any kind (a press release's *native* product three times); a loaded one drums.
        word = words_by_index[run[0]] if run else None
        loaded = word is not None and word.pos_ not in ("NOUN", "PROPN") and _loaded(word, run, lexicon, found)
        if run and spread <= (_WORD_SPREAD if loaded else _NOUN_SPREAD):
            yield Hit(technique=REPETITION, start=run[1], end=run[1] + 1, confidence=0.6,
                      extra=tuple((i, i + 1) for i in run))
    by_word: dict[str, list[Hit]] = defaultdict(list)
    for hit in found:
        if hit.technique in (LOADED, NAME_CALLING) and hit.confidence >= 0.6:
            by_word[doc[hit.start : hit.end].lemma_.lower()].append(hit)
    for hits in by_word.values():
        pairs = sorted({(h.start, h.end) for h in hits})
        if len(pairs) >= minimum:
            yield Hit(technique=REPETITION, start=pairs[1][0], end=pairs[1][1], confidence=0.6, extra=tuple(pairs))


def _loaded(token: Token, run: list[int], lexicon: Lexicon, found: list[Hit]) -> bool:
    """A word VADER rates, or one a detector flagged at one of its places in the run."""
    if any(lexicon.vader.get(k, 0.0) for k in token_keys(token)):
        return True
    return any(h.start <= i < h.end for h in found for i in run)


def _clause_word(token: Token, phrase: list[Token]) -> bool:
    """A word that makes a repeated phrase a clause, not a noun phrase a blog names again.

    *our current top charities* (a possessive), *cost-effective giving opportunities* (a verb
    form as a noun's modifier), *similarly cost-effective* (an adverb of a verb outside it) are
    the topic said again; *we will not back down* has a verb, a subject pronoun, a particle.
    """
    if token.pos_ in ("VERB", "AUX"):
        return token.dep_ not in _NOMINAL_DEPS
    if token.pos_ == "PRON":
        return token.dep_ != "poss"
    if token.pos_ == "ADV":
        return token.head.pos_ in ("VERB", "AUX") and token.head.dep_ not in _NOMINAL_DEPS \
            and any(t.i == token.head.i for t in phrase)
    return token.pos_ in _CLAUSE_POS


def _end_after(doc: Doc, start: int, n: int) -> int:
    """Token end of the n-word stretch from ``start`` (punctuation between words included)."""
    count, i = 0, start
    while i < len(doc) and count < n:
        if not doc[i].is_space and not doc[i].is_punct:
            count += 1
        i += 1
    return i
