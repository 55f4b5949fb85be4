"""Words that measure or name, not judge: a stat line's figures, a name's given word, a hedged study,
an answered question, a record backed by a survey (issue #6, F11, F16).

Five constructions read a flagged word in its plain role, each from what the Doc already holds:

- **a figure in a stat line**: *100%* in a line of figures (a table row, a box score: several numbers
  beside it) is a measure, not Exaggeration; *I'm 100% sure* in prose has no figures around it and
  keeps its reading;
- **a given word of a name**: a capitalised word before a surname that the page itself uses as the
  person's name -- in a stat line, or after a role abbreviation or a team hashtag (*CB Greedy
  Williams*, *#Browns Greedy Williams*) -- is that person's name on every occurrence, not a label;
  a nickname the writer coins in prose (*Sleepy Hartley missed another vote*) is used nowhere as a
  plain name and stays a label;
- **a hedged or cited study**: *studies have shown that X tend to ...* reports a finding with its
  hedge, or names its source; Appeal to authority is kept for an unnamed study settling a sweeping
  claim (*studies show the policy works*);
- **a question answered at once**: a question whose doubt cue sits in the writer's own parenthetical
  answer (*Is Smith going to start (actually, Thomas would shift over)?*), or that the next sentence
  answers with a yes/no word, asks the reader nothing to doubt;
- **a record comparison measured** (F16, batch 13 in-sample): *more than ever before*, *the biggest ever* in a
  sentence that holds a figure or cites a survey, a poll or data, or whose next sentence points back and does
  (*... more than ever before. That's according to a new survey*), reports a measured high, not the writer's
  exaggeration;
  *the country needs unity more than ever before* has no measure and keeps its reading.

The words of each class are data per language (``lexicons/measures_<lang>.toml``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from newsprism.analyze.framing.figurative import EXAGGERATION
from newsprism.analyze.framing.lexicon import read_rules, rule_settings, token_keys, word_set
from newsprism.analyze.framing.patterns import AUTHORITY, DOUBT, LOADED, NAME_CALLING, SMEARS
from newsprism.analyze.framing.tokens import doc_tokens

__all__ = ["Measures", "load_measures", "measure_filter"]

#: the techniques a name's given word may have been read as
_NAME_TECHNIQUES = frozenset({NAME_CALLING, SMEARS, LOADED})
_DIGIT = re.compile(r"\d")
_OPEN, _CLOSE = "([", ")]"


@dataclass(frozen=True, slots=True)
class Measures:
    """One language's data for the constructions above."""

    settings: dict[str, float]
    study_words: frozenset[str]
    hedges: frozenset[str]
    answer_words: frozenset[str]
    record_words: frozenset[str] = frozenset()
    back_pointers: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def load_measures(language: str = "en") -> Measures | None:
    """Compile ``lexicons/measures_<language>.toml`` once; ``None`` for a language without one."""
    data = read_rules("measures", language)
    if data is None:
        return None
    return Measures(
        settings=rule_settings(data),
        study_words=word_set(data, "authority", "study_words"),
        hedges=word_set(data, "authority", "hedges"),
        answer_words=word_set(data, "questions", "answer_words"),
        record_words=word_set(data, "records", "record_words"),
        back_pointers=word_set(data, "records", "back_pointers"),
    )


def _figure(token: Token) -> bool:
    return token.like_num or token.text == "%" or bool(_DIGIT.search(token.text))


class _Reader:
    """The Doc's lines of figures and its name pairs, computed once per Doc."""

    def __init__(self, doc: Doc, data: Measures) -> None:
        self.doc = doc
        self.data = data
        self.shared = doc_tokens(doc)
        self.toks = self.shared.tokens
        breaks = [m.start() for m in re.finditer("\n", doc.text)]
        # a line is the text between two newlines: a table row, a stat line, a paragraph
        self.line_of = [bisect_right(breaks, t.idx) for t in self.toks]
        figures: dict[int, int] = {}
        words: dict[int, int] = {}
        for token, line in zip(self.toks, self.line_of, strict=True):
            if not (token.is_space or token.is_punct) or token.text == "%":
                words[line] = words.get(line, 0) + 1
                figures[line] = figures.get(line, 0) + _figure(token)
        least = int(data.settings.get("stat_min_figures", 3))
        share = data.settings.get("stat_min_share", 0.3)
        self.stat_lines = frozenset(n for n, f in figures.items() if f >= least and f >= share * words[n])

    @cached_property
    def names(self) -> frozenset[int]:
        """Indices of capitalised words the page uses as a given name (see the module docstring);
        read only when a hit of a name technique asks, not for every Doc with a hit."""
        toks = self.toks
        pairs: dict[tuple[str, str], list[int]] = {}
        plain: set[tuple[str, str]] = set()
        personal: set[tuple[str, str]] = set()
        for token in toks[:-1]:
            nxt = toks[token.i + 1]
            if not (token.is_alpha and token.is_title and nxt.is_alpha and nxt.is_title):
                continue
            key = (token.text, nxt.text)
            pairs.setdefault(key, []).append(token.i)
            if nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN":
                personal.add(key)  # the pair names a person somewhere (a stat line's tagger may miss it)
            before = toks[token.i - 1] if token.i else None
            role = (before is not None and before.is_alpha and before.is_upper and len(before) <= 3
                    and not before.is_stop)
            tag = before is not None and ((before.text.startswith("#") and len(before.text) > 1)
                                          or (token.i >= 2 and toks[token.i - 2].text == "#"))
            if role or tag or self.line_of[token.i] in self.stat_lines:
                plain.add(key)
        return frozenset(i for key in plain & personal for i in pairs[key])

    def stat_figure(self, start: int, end: int) -> bool:
        span = self.toks[start:end]
        return all(_figure(t) or t.is_space for t in span) and self.line_of[start] in self.stat_lines

    def name(self, start: int, end: int) -> bool:
        inside = [i for i in range(start, end) if i in self.names]
        # the hit is the given word, or the given word and the surname after it
        return bool(inside) and all(i in self.names or i - 1 in self.names for i in range(start, end))

    def hedged_study(self, start: int, end: int) -> bool:
        span = self.toks[start:end]
        if not any(token_keys(t) & self.data.study_words for t in span):
            return False
        sentence = self.shared.sent_of(start)  # Token.sent scans the Doc per call
        if any(e.label_ in ("ORG", "PERSON") and not (start <= e.start < end) for e in sentence.ents):
            return True  # the study's source is named
        verb = next((t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")), None)
        claim = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")] if verb is not None else []
        words = [w for c in claim for w in c.subtree] or [t for t in sentence if t.i >= end]
        return any(token_keys(w) & self.data.hedges for w in words)

    def measured_record(self, start: int, end: int) -> bool:
        span = self.toks[start:end]
        if not any(token_keys(t) & self.data.record_words for t in span):
            return False
        sentence = self.shared.sent_of(start)
        after = sentence.end
        while after < len(self.toks) and self.toks[after].is_space:
            after += 1
        words = [t for t in sentence if not start <= t.i < end]
        if after < len(self.toks) and "\n\n" not in self.toks[after - 1].text \
                and self.toks[after].lower_ in self.data.back_pointers:
            # the next sentence of the paragraph points back and names the source (*That's according to a survey*);
            # one opening on its own data (*According to data released in August, ...*) backs the writer's verdict
            words += list(self.shared.sent_of(after))
        return any(_figure(t) or token_keys(t) & self.data.study_words for t in words)

    def answered(self, start: int) -> bool:
        sentence = self.shared.sent_of(start)  # Token.sent scans the Doc per call
        cue = self.toks[start]
        # the cue inside a parenthesis of the question: the writer's own aside answering it
        depth = 0
        for t in sentence:
            if t.i == cue.i and depth > 0:
                return True
            depth += (t.text in _OPEN) - (t.text in _CLOSE)
        after = sentence.end
        while after < len(self.toks) and (self.toks[after].is_space or self.toks[after].is_punct):
            if "\n\n" in self.toks[after].text:
                return False  # a new paragraph answers nothing
            after += 1
        return after < len(self.toks) and self.toks[after].lower_ in self.data.answer_words


def measure_filter(doc: Doc, hits: list[Any], language: str | None = None) -> list[Any]:
    """``hits`` (objects with ``technique``, ``start``, ``end``) without those the five
    constructions read as plain; unchanged for a language without data."""
    data = load_measures(language or doc.lang_ or "en")
    if data is None or not hits:
        return hits
    reader = _Reader(doc, data)

    def plain(hit: Any) -> bool:
        if hit.technique == EXAGGERATION and (reader.stat_figure(hit.start, hit.end)
                                              or reader.measured_record(hit.start, hit.end)):
            return True
        if hit.technique in _NAME_TECHNIQUES and reader.names and reader.name(hit.start, hit.end):
            return True
        if hit.technique == AUTHORITY and reader.hedged_study(hit.start, hit.end):
            return True
        return hit.technique == DOUBT and reader.answered(hit.start)

    return [h for h in hits if not plain(h)]
