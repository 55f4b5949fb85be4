"""The framing lexicon (``analyze/lexicons/framing_<lang>.toml``) compiled for matching.

Phrases are kept as data; this module turns them into a first-word index so a
document is scanned once. Hand-written rather than spaCy's ``PhraseMatcher``
because a pattern token here matches on *any* of lower form, lemma or naive
singular (``PhraseMatcher`` compares one attribute), and ``*`` / ``a|b`` are needed
for phrases like ``shook * to its core`` without writing token-pattern JSON.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import spacy
from spacy.tokens import Doc, Token

__all__ = [
    "AttributionVerb",
    "Lexicon",
    "PhraseHit",
    "PhraseTable",
    "load_lexicon",
    "phrase_table",
    "read_rules",
    "rule_words",
    "token_keys",
    "vader_valences",
]

WILDCARD = "*"
#: keys a ``[techniques."X"]`` table may carry beside its tiers (see the TOML's comments)
TECHNIQUE_OPTIONS = frozenset({"in_names", "subject_mentions"})


def _normalise(word: str) -> str:
    return word.lower().replace("’", "'").replace("‘", "'")


def token_keys(token: Token) -> frozenset[str]:
    """The forms a pattern token may match: lower, lemma, naive singular.

    >>> # "Thugs" -> {"thugs", "thug"}; "MULLAHS" -> {"mullahs", "mullah"}; "’s" -> {"'s"}
    """
    return _keys(token.text, token.lemma_)


@lru_cache(maxsize=1 << 16)
def _keys(text: str, lemma: str) -> frozenset[str]:
    """:func:`token_keys` of a (text, lemma) pair, cached: news repeats its words, and the forms are pure."""
    lower = _normalise(text)
    keys = {lower, _normalise(lemma)}
    if len(lower) > 3 and lower.endswith("ies"):
        keys.add(lower[:-3] + "y")
    elif len(lower) > 3 and lower.endswith("es") and lower[-3] in "sxz":
        keys.add(lower[:-2])
    elif len(lower) > 3 and lower.endswith("s") and not lower.endswith("ss"):
        keys.add(lower[:-1])
    return frozenset(keys)


@dataclass(frozen=True, slots=True)
class PhraseHit:
    """A lexicon phrase found over tokens ``[start, end)`` of a Doc."""

    key: str
    phrase: str
    start: int
    end: int
    confidence: float


@dataclass(slots=True)
class PhraseTable:
    """Phrases indexed by their first token; each phrase is a tuple of alternatives per token."""

    index: dict[str, list[tuple[tuple[frozenset[str], ...], str, str, float]]] = field(default_factory=dict)

    def add(self, words: list[str], *, key: str, phrase: str, confidence: float) -> None:
        alternatives = tuple(frozenset(_normalise(w).split("|")) for w in words)
        if not alternatives or WILDCARD in alternatives[0]:
            raise ValueError(f"phrase {phrase!r} must start with a word")
        for first in alternatives[0]:
            self.index.setdefault(first, []).append((alternatives, key, phrase, confidence))

    def find(self, doc: Doc, keys: list[frozenset[str]] | None = None) -> Iterator[PhraseHit]:
        """Every phrase occurrence (overlaps allowed; the caller decides what to keep)."""
        keys = keys if keys is not None else [token_keys(t) for t in doc]
        n = len(keys)
        for i in range(n):
            candidates: list[tuple[tuple[frozenset[str], ...], str, str, float]] = []
            # Sorted: a token's keys are a frozenset, whose order follows the string hash seed;
            # the order of hits at one token decides which label survives de-duplication.
            for k in sorted(keys[i]):
                candidates.extend(self.index.get(k, ()))
            if not candidates:
                continue
            seen: set[tuple[str, str]] = set()
            for alternatives, key, phrase, confidence in candidates:
                width = len(alternatives)
                if (key, phrase) in seen or i + width > n:
                    continue
                # The first word matched by the index lookup; most candidates fail on the
                # second, so test it before the general loop over the rest.
                if width > 1:
                    second = alternatives[1]
                    if WILDCARD not in second and not keys[i + 1] & second:
                        continue
                    if width > 2 and not all(WILDCARD in alt or keys[i + j] & alt
                                             for j, alt in enumerate(alternatives[2:], 2)):
                        continue
                seen.add((key, phrase))
                yield PhraseHit(key=key, phrase=phrase, start=i, end=i + width, confidence=confidence)


@dataclass(frozen=True, slots=True)
class AttributionVerb:
    """A reporting verb lemma (one or two words: ``pick on``) and its stance.

    ``nonfinite``, ``naming`` and ``indirect`` come from the quotes stage's cue flags: the verb's
    to-infinitive or -ing complement is what it reports (*vowed to appeal*, *denied taking*), it
    names or labels something (*dubbed*) rather than reporting words, it can report without
    quotation marks (*reported being logged off*).
    """

    words: tuple[str, ...]
    stance: str
    kind: str
    nonfinite: bool = False
    naming: bool = False
    indirect: bool = False


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's framing data, compiled."""

    techniques: PhraseTable
    labels: frozenset[str]
    settings: dict[str, Any]
    vader: dict[str, float]
    attribution: dict[str, AttributionVerb]
    technique_names: tuple[str, ...]
    #: word lists of the shape rules in :mod:`.patterns` (``[rules]`` in the TOML)
    rules: dict[str, Any] = field(default_factory=dict)
    #: techniques whose phrases are names, so a hit inside a named entity counts (``in_names``)
    in_names: frozenset[str] = frozenset()
    #: technique -> mentions of one figure that make it the article's subject (``subject_mentions``)
    subject_mentions: dict[str, int] = field(default_factory=dict)

    @property
    def min_confidence(self) -> float:
        return float(self.settings.get("min_confidence", 0.5))


def _pattern_words(phrase: str) -> list[str]:
    tokenizer = _tokenizer()
    words: list[str] = []
    for part in phrase.split():
        if part == WILDCARD or "|" in part:
            words.append(part)
        else:
            words.extend(t.text for t in tokenizer(part))
    return words


def phrase_table(phrases: Iterable[str], key: str) -> PhraseTable:
    """A table of data phrases (``*`` and ``a|b`` as in the framing lexicon), every one under ``key``:
    the figurative and judgement rules match their word lists this way."""
    table = PhraseTable()
    for phrase in phrases:
        table.add(_pattern_words(phrase), key=key, phrase=phrase, confidence=1.0)
    return table


def word_set(data: Mapping[str, Any], table: str, key: str) -> frozenset[str]:
    """The list ``data[table][key]`` of a rules file, normalised as tokens are keyed, so a lookup by
    ``token_keys`` finds curly and straight apostrophes alike (shared by every rules loader)."""
    return frozenset(_normalise(w) for w in data[table][key])


def optional_words(table: Mapping[str, Any], key: str) -> frozenset[str]:
    """The list ``table[key]`` of a rules table normalised as :func:`word_set` does; none when the
    table has no such list (a per-row or optional key of a rules file)."""
    return frozenset(_normalise(str(w)) for w in table.get(key, ()))


def rule_settings(data: Mapping[str, Any]) -> dict[str, float]:
    """A rules file's ``[settings]`` table (confidences and thresholds) as floats."""
    return {k: float(v) for k, v in data["settings"].items()}


def read_rules(name: str, language: str) -> dict[str, Any] | None:
    """``lexicons/<name>_<language>.toml`` parsed, or ``None`` for a language without that file."""
    source = resources.files("newsprism.analyze").joinpath(f"lexicons/{name}_{language}.toml")
    if not source.is_file():
        return None
    data: dict[str, Any] = tomllib.loads(source.read_text("utf-8"))
    return data


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    # The blank English tokenizer has the same rules as the trained English pipelines,
    # so "so-called" and "it's" split in patterns exactly as they do in text.
    return spacy.blank("en").tokenizer


@lru_cache(maxsize=1)
def vader_valences() -> Mapping[str, float]:
    """VADER's word valences (MIT), read from the installed package (none bundled here) once per process:
    the framing lexicon and the evaluative rules both read its 7,500 lines. Read-only, being shared."""
    import vaderSentiment

    path = Path(vaderSentiment.__file__).parent / "vader_lexicon.txt"
    valences: dict[str, float] = {}
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            valences[parts[0]] = float(parts[1])
    return MappingProxyType(valences)


#: the name benchmarks/framing_pages.py imports (its VADER anchor)
_load_vader = vader_valences


def _merge_cue_lexicon(attribution: dict[str, AttributionVerb], language: str) -> None:
    """Take the quotes stage's cue verbs (``cues_<lang>.json``) as the word on stance.

    One project, one judgement per verb: where the quotes lexicon rates a verb, its
    ``evaluative`` flag decides the stance (our list only adds a finer ``kind``), its verbs we
    lack are added, and its verbs of belief (``cognition``) are no reporting verbs, so both
    stages agree on what *said* vs *claimed* is.
    """
    source = resources.files("newsprism.analyze").joinpath(f"lexicons/cues_{language}.json")
    if not source.is_file():
        return
    cues = json.loads(source.read_text("utf-8"))
    verbs: dict[str, dict[str, Any]] = cues.get("verbs", {})
    # Verbs of belief (*think*, *believe*) state a holder's view, not words said: the quotes
    # lexicon reads their clauses as reported views but rules them out as reporting verbs. One our
    # list rates evaluative stays (*the coach recognizes that ...* grants the clause's truth like
    # *points out*: the writer's choice of verb, whatever the quotes stage reads its clause as).
    for lemma in cues.get("cognition", ()):
        ours = attribution.get(lemma)
        if ours is None or ours.stance != "evaluative":
            attribution.pop(lemma, None)
    for lemma, flags in verbs.items():
        words = tuple(lemma.split())
        evaluative = bool(flags.get("evaluative"))
        ours = attribution.get(" ".join(words))
        if ours is None:
            kind = "evaluative" if evaluative else "neutral"
        elif evaluative == (ours.stance == "evaluative"):
            kind = ours.kind
        else:
            kind = ours.kind if evaluative else "neutral"
        attribution[" ".join(words)] = AttributionVerb(
            words=words,
            stance="evaluative" if evaluative else "neutral",
            kind=kind,
            nonfinite=bool(flags.get("infinitive") or flags.get("gerund")),
            naming=bool(flags.get("naming")),
            indirect=bool(flags.get("indirect")),
        )


@lru_cache(maxsize=4)
def load_lexicon(language: str = "en") -> Lexicon:
    """Compile ``lexicons/framing_<language>.toml`` once per process."""
    text = resources.files("newsprism.analyze").joinpath(f"lexicons/framing_{language}.toml").read_text("utf-8")
    data = tomllib.loads(text)
    tiers: dict[str, float] = data["tiers"]
    table = PhraseTable()
    in_names: set[str] = set()
    subject_mentions: dict[str, int] = {}
    for technique, entries in data["techniques"].items():
        unknown = set(entries) - set(tiers) - TECHNIQUE_OPTIONS
        if unknown:
            raise ValueError(f"framing_{language}.toml: technique {technique!r} has unknown keys {sorted(unknown)}")
        if entries.get("in_names"):
            in_names.add(technique)
        if int(entries.get("subject_mentions", 0)) > 0:
            subject_mentions[technique] = int(entries["subject_mentions"])
        best: dict[str, float] = {}
        for tier, phrases in ((t, p) for t, p in entries.items() if t in tiers):
            for phrase in phrases:
                best[phrase] = max(best.get(phrase, 0.0), tiers[tier])
        for phrase, confidence in best.items():
            table.add(_pattern_words(phrase), key=technique, phrase=phrase, confidence=confidence)
    labels = frozenset(
        " ".join(_pattern_words(p))
        for tier in ("strong", "medium", "weak")
        for p in data["techniques"].get("Name calling/Labeling", {}).get(tier, ())
    )
    attribution: dict[str, AttributionVerb] = {}
    for phrase in data["attribution"]["neutral"]:
        words = tuple(_pattern_words(phrase))
        attribution[" ".join(words)] = AttributionVerb(words=words, stance="neutral", kind="neutral")
    for kind, phrases in data["attribution"]["evaluative"].items():
        for phrase in phrases:
            words = tuple(_pattern_words(phrase))
            attribution[" ".join(words)] = AttributionVerb(words=words, stance="evaluative", kind=kind)
    _merge_cue_lexicon(attribution, language)
    settings = dict(data["settings"])
    stop = set(settings.get("vader_stop", ()))
    vader = {w: v for w, v in vader_valences().items() if w not in stop}
    return Lexicon(
        techniques=table,
        labels=labels,
        settings=settings,
        vader=vader,
        attribution=attribution,
        technique_names=tuple(data["techniques"]),
        rules=dict(data.get("rules", {})),
        in_names=frozenset(in_names),
        subject_mentions=subject_mentions,
    )


_RULE_WORDS: dict[tuple[int, str], tuple[dict[str, Any], frozenset[str]]] = {}


def rule_words(rules: dict[str, Any], key: str) -> frozenset[str]:
    """The lower-cased word set of one list, built once per loaded lexicon (the stage reuses it).

    Keyed by the rules table's identity; the entry keeps the table itself, so an id is never
    reused by another table while its words are cached (a test's edited copy of the rules)."""
    cached = _RULE_WORDS.get((id(rules), key))
    if cached is None or cached[0] is not rules:
        cached = _RULE_WORDS[(id(rules), key)] = (
            rules, frozenset(" ".join(w.lower().split()) for w in rules.get(key, ())))
    return cached[1]
