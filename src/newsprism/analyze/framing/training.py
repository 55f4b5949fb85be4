"""Training the optional scorer (see :mod:`.scorer`): used by ``scripts/train_framing.py``.

The corpus is the caller's: a SemEval-2021 task 6 (subtask 1) JSON file, a copy of the
SemEval-2020 PTC corpus, or any list of (text, techniques). Nothing here ships or
downloads data. Features need the lexicon's own findings per text, so the caller runs
the newsprism pipeline first (:func:`lexicon_findings`).

Model selection happens inside :func:`train_scorer`, on the training data only: the
decision threshold is the one that gives the best micro-F1 of *scorer flags together
with the lexicon's flags* (what the stage outputs) on out-of-fold predictions of a
k-fold cross-validation; the final model is then fitted on every example. On
SemEval-2021 task 6 one threshold shared by all techniques beat per-technique
thresholds on held-out data (the rare techniques have a handful of examples, and their
thresholds overfit), so per-technique thresholds are opt-in.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from newsprism.analyze.framing.scorer import (
    FORMAT,
    _embedder,
    feature_matrix,
    lexicon_features,
    vectorizer,
)
from newsprism.model import Article

__all__ = ["is_wikinews_training_article", "lexicon_findings", "micro_f1", "train_scorer",
           "wikinews_training_sentences"]

#: candidate decision thresholds for the cross-validated choice.
GRID = tuple(round(x, 3) for x in np.arange(0.05, 0.725, 0.025))


#: one Wikinews article in this many lends its sentences to training as neutral examples (see below).
WIKINEWS_SHARE = 4


def is_wikinews_training_article(url: str) -> bool:
    """Whether the shipped model may learn from this Wikinews article (a fixed, seeded quarter of them).

    The choice hangs on a hash of the article's URL alone, so it is the same on every machine
    and whatever else is in the file; benchmarks measure the Wikinews frame rate only on the
    other articles (``not is_wikinews_training_article(url)``).
    """
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % WIKINEWS_SHARE == 0


# Sentence ends for neutral text: a full stop, ! or ? before a space and a capital. A rough cut is
# enough for negatives (and avoids loading spaCy twice); the stage itself uses spaCy's sentences.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def wikinews_training_sentences(path: Path) -> tuple[list[str], int]:
    """Neutral sentences of the Wikinews articles set aside for training, and how many articles gave them.

    ``path`` is a Wikinews CSV (``url``, ``title``, ``text`` columns) or a folder of them.
    Only the fixed quarter of articles :func:`is_wikinews_training_article` picks is read
    (the rest stay for measuring), and only sentences with no quotation mark: a quoted
    speaker's words are not the neutral writer's, and the stage charges them to the
    speaker anyway. A model that learns techniques from memes or propaganda alone has never
    seen plain news and flags it (*The central bank raised its rate*: Loaded Language); these
    sentences are the examples of what no technique looks like in news.
    """
    csv.field_size_limit(10**9)
    files = sorted(path.glob("*.csv")) if path.is_dir() else [path]
    sentences: list[str] = []
    articles = 0
    for file in files:
        with file.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["title"].startswith("TEST PAGE:") or len(row["text"].split()) < 30:
                    continue
                if not is_wikinews_training_article(row["url"]):
                    continue
                articles += 1
                for para in row["text"].split("\n"):
                    for sentence in SENTENCE_END.split(para):
                        sentence = sentence.strip()
                        if len(sentence.split()) >= 5 and not any(q in sentence for q in '"“”'):
                            sentences.append(sentence)
    return sentences, articles


def lexicon_findings(articles: Iterable[Article]) -> list[dict[str, float]]:
    """Per article, the best confidence the lexicon stage gave each technique (any voice)."""
    out: list[dict[str, float]] = []
    for article in articles:
        best: dict[str, float] = {}
        for frame in article.frames:
            if frame.provenance.stage == "framing" and not frame.provenance.version.endswith("-scorer"):
                best[frame.technique] = max(best.get(frame.technique, 0.0), frame.confidence)
        out.append(best)
    return out


def micro_f1(gold: Sequence[set[str]], pred: Sequence[set[str]]) -> float:
    """Micro-averaged F1 over every (text, technique) decision."""
    tp = sum(len(g & p) for g, p in zip(gold, pred, strict=True))
    fp = sum(len(p - g) for g, p in zip(gold, pred, strict=True))
    fn = sum(len(g - p) for g, p in zip(gold, pred, strict=True))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


class _Fit:
    """Vectorizers and one logistic regression per technique, fitted on some rows."""

    def __init__(self, texts: Sequence[str], embeddings: npt.NDArray[np.float32] | None,
                 lexicon: npt.NDArray[np.float32], labels: Sequence[set[str]], techniques: Sequence[str], *,
                 chars: bool, c: float, class_weight: str | None, max_char_features: int, seed: int,
                 words: bool = True) -> None:
        from sklearn.linear_model import LogisticRegression

        self.vectorizers = [vectorizer("word", min_df=2)]
        if chars:
            self.vectorizers.append(vectorizer("char", min_df=3, max_features=max_char_features))
        for vec in self.vectorizers:
            vec.fit(texts)
        x = feature_matrix(embeddings, texts, self.vectorizers, lexicon)
        # words=False: the word block is still fitted (the stage names its terms as evidence) but gets no
        # weight, so the model reads only embeddings (+ chars) + lexicon; a candidate compared on dev.
        keep = np.ones(x.shape[1], dtype=bool)
        if not words:
            start = 0 if embeddings is None else embeddings.shape[1]
            keep[start : start + len(self.vectorizers[0].vocabulary_)] = False
        fit_x = x[:, np.flatnonzero(keep)] if not words else x
        self.coef = np.zeros((len(techniques), x.shape[1]))
        self.intercept = np.full(len(techniques), -30.0)  # a technique with no examples here is never flagged
        for j, technique in enumerate(techniques):
            y = np.array([technique in row for row in labels])
            if 0 < y.sum() < len(y):
                model = LogisticRegression(C=c, max_iter=3000, class_weight=class_weight, random_state=seed)
                model.fit(fit_x, y)
                self.coef[j, keep], self.intercept[j] = model.coef_[0], model.intercept_[0]

    def probabilities(self, texts: Sequence[str], embeddings: npt.NDArray[np.float32] | None,
                      lexicon: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
        x = feature_matrix(embeddings, texts, self.vectorizers, lexicon)
        return np.asarray(1.0 / (1.0 + np.exp(-(np.asarray(x @ self.coef.T) + self.intercept))))


def _decide(p: npt.NDArray[np.float64], cuts: Sequence[float], techniques: Sequence[str],
            found: Sequence[dict[str, float]], gated: Sequence[bool] | None = None) -> list[set[str]]:
    """Scorer flags at the cuts, plus every technique the lexicon flagged (the stage keeps those).

    ``gated[i]``: text ``i`` takes no scorer flag (the stage's ``needs_lexicon`` rule: the lexicon
    found nothing there), so the threshold is chosen for the rule the stage applies."""
    return [({t for j, t in enumerate(techniques) if p[i, j] >= cuts[j]} if not (gated and gated[i]) else set())
            | set(found[i]) for i in range(len(p))]


def _choose_thresholds(p: npt.NDArray[np.float64], labels: Sequence[set[str]], techniques: Sequence[str],
                       found: Sequence[dict[str, float]], *, per_technique: bool,
                       min_positives: int = 10, needs_lexicon: bool = False) -> tuple[float, dict[str, float], float]:
    """Global threshold (and optionally per-technique ones) with the best out-of-fold micro-F1."""
    known = set(techniques)
    gold = [row & known for row in labels]
    lex = [{t: c for t, c in row.items() if t in known} for row in found]
    gated = [not row for row in found] if needs_lexicon else None

    def f1(cuts: Sequence[float]) -> float:
        return micro_f1(gold, _decide(p, cuts, techniques, lex, gated))

    best = max(GRID, key=lambda t: (f1([t] * len(techniques)), -abs(t - 0.3)))
    cuts = [best] * len(techniques)
    if per_technique:
        for j, technique in enumerate(techniques):  # one pass of coordinate ascent, frequent techniques only
            if sum(technique in row for row in gold) < min_positives:
                continue
            cuts[j] = max(GRID, key=lambda t: (f1([*cuts[:j], t, *cuts[j + 1:]]), t == cuts[j]))
    per = {t: cuts[j] for j, t in enumerate(techniques) if cuts[j] != best}
    return best, per, f1(cuts)


def train_scorer(
    texts: Sequence[str],
    labels: Sequence[set[str]],
    lexicon: Sequence[dict[str, float]],
    *,
    lexicon_techniques: Sequence[str],
    embeddings: bool = True,
    chars: bool = True,
    words: bool = True,
    c: float = 4.0,
    class_weight: str | None = None,
    threshold: float | None = None,
    per_technique: bool = False,
    folds: int = 5,
    seed: int = 0,
    min_examples: int = 3,
    max_char_features: int = 20000,
    unit: str = "sentence",
    max_tokens: int = 128,
    needs_lexicon: bool = True,
) -> dict[str, Any]:
    """Fit one logistic regression per technique; return the model as plain JSON-able data.

    ``threshold=None`` chooses it by ``folds``-fold cross-validation (see the module
    docstring); a number fixes it and skips the cross-validation. ``needs_lexicon`` (stored
    in the model) makes the stage add scorer frames only to units in which the lexicons and
    patterns found something: the scorer then says *which* techniques, never *whether*
    (see ``stage._scored_groups``); turn it off to learn a technique no lexicon covers.
    """
    from sklearn.model_selection import KFold

    counts: dict[str, int] = {}
    for row in labels:
        for label in row:
            counts[label] = counts.get(label, 0) + 1
    techniques = sorted(t for t, n in counts.items() if n >= min_examples and n < len(texts))
    vectors = _embedder(max_tokens)(texts) if embeddings else None
    lex = lexicon_features(lexicon, lexicon_techniques)
    options: dict[str, Any] = {"chars": chars, "words": words, "c": c, "class_weight": class_weight,
                               "max_char_features": max_char_features, "seed": seed}
    selection: dict[str, Any] = {"folds": folds, "seed": seed}
    per: dict[str, float] = {}
    if threshold is None:
        oof = np.zeros((len(texts), len(techniques)))
        for train, held in KFold(folds, shuffle=True, random_state=seed).split(np.arange(len(texts))):
            fit = _Fit([texts[i] for i in train], None if vectors is None else vectors[train], lex[train],
                       [labels[i] for i in train], techniques, **options)
            oof[held] = fit.probabilities([texts[i] for i in held], None if vectors is None else vectors[held],
                                          lex[held])
        threshold, per, cv_f1 = _choose_thresholds(oof, labels, techniques, lexicon, per_technique=per_technique,
                                                   needs_lexicon=needs_lexicon)
        selection["cv_micro_f1"] = round(cv_f1, 4)
    final = _Fit(texts, vectors, lex, labels, techniques, **options)
    blocks = dict(zip(("word", "char"), final.vectorizers, strict=False))
    return {
        "format": FORMAT,
        "techniques": techniques,
        "lexicon_techniques": list(lexicon_techniques),
        "threshold": threshold,
        "thresholds": per,
        "embeddings": embeddings,
        "max_tokens": max_tokens,
        "unit": unit,
        "needs_lexicon": needs_lexicon,
        **{name: {"vocabulary": {term: int(i) for term, i in vec.vocabulary_.items()},
                  "idf": [round(float(v), 5) for v in vec.idf_]} for name, vec in blocks.items()},
        # 5 significant digits: the JSON stays a few MB with character n-grams, probabilities move < 1e-4
        "coef": [[float(f"{w:.5g}") for w in row] for row in final.coef],
        "intercept": [float(f"{b:.6g}") for b in final.intercept],
        "trained_on": {"texts": len(texts), "labels": counts},
        "options": {"c": c, "chars": chars, "class_weight": class_weight, "max_char_features": max_char_features,
                    **({} if words else {"words": False})},
        "selection": selection,
    }
