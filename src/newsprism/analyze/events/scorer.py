"""A learned type scorer that backs the event lexicon: P(PLOVER type | trigger and its context).

The lexicon proposes a trigger and a type; this scorer reads sparse features of the trigger
(its lemma, the lexicon's reading and where it came from, the governing and governed verbs,
objects, prepositions, auxiliaries, time relation, neighbouring lemmas) and gives a
probability for each PLOVER type. The events stage uses it two ways:

- **re-typing**: when the scorer is sure of another type (*refused to allow* is REJECT, not
  the RETREAT of *allow*), the event takes it;
- **calibrated abstention**: the probability of the chosen type is the event's confidence,
  and events below the stage's threshold are not emitted (precision first).

The weights would be a multinomial logistic regression trained by ``scripts/train_event_types.py``
on the dev half of PLOVER's gold sentences (never the test half) and the own corpus
``training/events_en.jsonl``. Being derived from PLOVER data, they would ship in their own file,
``events/models/event_types_en.weights.json``, with their source and licence (CC BY-SA 4.0,
PLOVER, Open Event Data Alliance) inside it. **None ships**: with the lexicon's evidence score
as a feature and blended into the confidence, cross-validation on dev + own only matched the
lexicon, and on PLOVER test it lost 0.05 macro-F1 (a MiniLM abstainer changed nothing and
costs too much time; the table is in the training script's docstring and
``benchmarks/results/events_scorer.json``). So :func:`load_scorer` returns ``None`` and the
stage runs on the lexicon. Scoring is a sparse dot product and a softmax in plain Python:
scikit-learn is needed to train, not to run, and the cost is a few microseconds per event.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Token

__all__ = ["EVIDENCE_KEYS", "ConfidenceModel", "TypeScorer", "event_features", "load_scorer", "prior_logit", "sigmoid"]

#: Lemmas too common to say anything about an event type.
_STOP_POS = frozenset({"DET", "PUNCT", "CCONJ", "SCONJ", "PART", "SPACE", "NUM", "SYM", "X"})
#: Neighbouring tokens read on each side of the trigger.
_WINDOW = 3


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def event_features(
    head: Token,
    governor: Token | None,
    *,
    cue_type: str,
    cue_source: str,
    event_type: str,
    relation: str,
    nominal: bool,
    negated: bool,
    has_actor: bool,
    has_recipient: bool,
    evidence: float | None = None,
) -> list[str]:
    """Sparse string features of one candidate event (names are part of the weights file's format)."""
    anchor = governor if governor is not None else head
    features = [
        "bias",
        f"cue={cue_type}",
        f"type={event_type}",
        f"src={cue_source}",
        f"cue={cue_type}&src={cue_source}",
        f"lemma={_lemma(head)}",
        f"rel={relation}",
        f"nominal={nominal}",
        f"actor={has_actor}",
        f"recipient={has_recipient}",
    ]
    if evidence is not None:
        # The lexicon's own evidence score, bucketed: the scorer re-ranks its readings.
        features.append(f"evidence={min(int(evidence * 20), 19) / 20:.2f}")
        features.append(f"evidence>=0.7={evidence >= 0.7}")
    if negated:
        features.append("negated")
    if governor is not None:
        features.append(f"gov={_lemma(governor)}")
        features.append(f"gov={_lemma(governor)}&lemma={_lemma(head)}")
    for child in anchor.children:
        dep = child.dep_
        if dep in {"dobj", "obj", "dative", "attr", "oprd"}:
            features.append(f"obj={_lemma(child)}")
            features.append(f"lemma={_lemma(head)}&obj={_lemma(child)}")
        elif dep in {"prep", "prt", "agent"}:
            features.append(f"prep={child.lower_}")
            features.append(f"lemma={_lemma(head)}&prep={child.lower_}")
        elif dep in {"xcomp", "ccomp"}:
            features.append(f"down={_lemma(child)}")
        elif dep in {"aux", "auxpass"}:
            features.append(f"aux={child.lower_}")
    if anchor.dep_ in {"xcomp", "ccomp", "advcl", "conj"} and anchor.head.i != anchor.i:
        features.append(f"up={_lemma(anchor.head)}")
        features.append(f"up={_lemma(anchor.head)}&lemma={_lemma(head)}")
    doc = head.doc
    sent = head.sent
    lo, hi = max(sent.start, head.i - _WINDOW), min(sent.end, head.i + _WINDOW + 1)
    features.extend(f"ctx={_lemma(doc[i])}" for i in range(lo, hi) if i != head.i and doc[i].pos_ not in _STOP_POS)
    return features


@dataclass(frozen=True, slots=True)
class TypeScorer:
    """Multinomial logistic regression over sparse features (weights from a data file)."""

    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: Mapping[str, Mapping[str, float]]  # feature -> {class: weight}; absent = 0
    threshold: float  # the confidence below which the events stage abstains
    switch_margin: float  # how much surer than the lexicon's type another type must be
    blend: float = 0.0  # weight of the lexicon's evidence score in the confidence (0: the probability alone)

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """Softmax over the classes; unknown features count zero."""
        scores = dict(zip(self.classes, self.intercept, strict=True))
        for feature in set(features):
            for kind, weight in self.weights.get(feature, {}).items():
                scores[kind] += weight
        top = max(scores.values())
        exps = {kind: math.exp(score - top) for kind, score in scores.items()}
        total = sum(exps.values())
        return {kind: value / total for kind, value in exps.items()}

    def decide(self, features: Iterable[str], proposed: str, evidence: float = 0.0) -> tuple[str, float]:
        """(type, confidence): the lexicon's type unless the scorer is clearly surer of another;
        the confidence blends the type's probability with the lexicon's ``evidence`` score."""
        probs = self.probabilities(features)
        if self.blend:
            probs = {kind: self.blend * evidence + (1 - self.blend) * p for kind, p in probs.items()}
        # NONE (no event: trained on sentences that hold none) lowers the type's probability, never replaces it.
        best = max((k for k in probs if k != "NONE"), key=lambda kind: probs[kind])
        if best != proposed and probs[best] - probs.get(proposed, 0.0) >= self.switch_margin:
            return best, probs[best]
        return proposed, probs.get(proposed, 0.0)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TypeScorer:
        return cls(
            classes=tuple(data["classes"]),
            intercept=tuple(float(x) for x in data["intercept"]),
            weights={f: dict(w) for f, w in data["weights"].items()},
            threshold=float(data["threshold"]),
            switch_margin=float(data["switch_margin"]),
            blend=float(data.get("blend", 0.0)),
        )


#: The evidence an event's confidence is read from (values 0/1 unless said): ``prior_logit``
#: the log-odds of the cue's prior (how often readings like it are right: own list, CAMEO
#: pattern or default, the two sources agreeing or not); ``own`` the reading is a hand-checked
#: entry; ``pattern`` it is a CAMEO pattern over the verb's phrase; ``phrase`` the trigger is
#: more than one word (*put under surveillance*, *hunger strike*); ``nominal`` the trigger is
#: an event noun; ``anchored_nominal`` that noun has a place, count or date (*uprisings in 140
#: cities*); ``actor`` a party acts; ``agentless`` none does and none is expected (an agentless
#: passive, *was jailed*; a weapon for subject, *a bomb exploded*); ``recipient`` a named
#: party, not the polity where it happened; ``linked`` a party is a linked entity;
#: ``future`` the act is announced; ``doubt`` how far PLOVER's notes disagree on its future
#: recoding; ``hypothetical`` a conditional reading's penalty (0.1 for *could attack*, 0 for
#: an attempted act read as the act).
EVIDENCE_KEYS = ("prior_logit", "own", "pattern", "phrase", "nominal", "anchored_nominal", "actor", "agentless",
                 "recipient", "linked", "future", "doubt", "hypothetical")


def prior_logit(prior: float) -> float:
    """The log-odds of a prior, clipped away from 0 and 1."""
    p = min(max(prior, 0.01), 0.99)
    return math.log(p / (1 - p))


def sigmoid(z: float) -> float:
    """The inverse of :func:`prior_logit`: log-odds back to a probability."""
    return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    """P(the event's type is right | its evidence): a logistic regression over :data:`EVIDENCE_KEYS`.

    Fitted by ``scripts/fit_event_confidence.py`` on PLOVER-dev and the own corpus. Its
    probabilities are calibrated and raising a threshold on them trades coverage for precision
    steadily (the stage's additive score does not: on dev its 0.85 and 0.9 rows are less
    precise than its 0.8 one), but at the stage's operating point it did not beat that score
    on dev, own or test, so **the stage does not use it**; the script measures both (issue #5).
    """

    intercept: float
    weights: Mapping[str, float]  # evidence key -> weight; absent = 0

    def probability(self, evidence: Mapping[str, float]) -> float:
        return sigmoid(self.intercept + sum(w * evidence.get(k, 0.0) for k, w in self.weights.items()))

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ConfidenceModel:
        return cls(intercept=float(data["intercept"]),
                   weights={k: float(v) for k, v in data["weights"].items() if k in EVIDENCE_KEYS})


@lru_cache(maxsize=4)
def load_scorer(language: str = "en") -> TypeScorer | None:
    """The shipped scorer for ``language``, or ``None`` when there is none (the lexicon alone)."""
    path = resources.files("newsprism.analyze.events").joinpath("models", f"event_types_{language}.weights.json")
    if not path.is_file():
        return None
    return TypeScorer.from_json(json.loads(path.read_text("utf-8")))
