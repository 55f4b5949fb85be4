"""Training the optional scorer (see :mod:`.scorer`): used by ``scripts/train_framing.py``.

The corpus is the caller's: a SemEval-2021 task 6 (subtask 1) JSON file, a copy of the
SemEval-2020 PTC corpus, or any list of (text, techniques). Nothing here ships or
downloads data. Features need the lexicon's own findings per text, so the caller runs
the newsprism pipeline first (:func:`lexicon_findings`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from newsprism.analyze.framing.scorer import FORMAT, _embedder, lexicon_features
from newsprism.model import Article

__all__ = ["lexicon_findings", "train_scorer"]


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


def train_scorer(
    texts: Sequence[str],
    labels: Sequence[set[str]],
    lexicon: Sequence[dict[str, float]],
    *,
    lexicon_techniques: Sequence[str],
    embeddings: bool = True,
    c: float = 4.0,
    threshold: float = 0.3,
    min_examples: int = 3,
    unit: str = "sentence",
) -> dict[str, Any]:
    """Fit one logistic regression per technique; return the model as plain JSON-able data."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(lowercase=True, ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    tfidf = vectorizer.fit_transform(texts).toarray()
    blocks = [_embedder()(texts).astype(np.float64)] if embeddings else []
    blocks += [tfidf, lexicon_features(lexicon, lexicon_techniques).astype(np.float64)]
    x = np.hstack(blocks)
    counts: dict[str, int] = {}
    for row in labels:
        for label in row:
            counts[label] = counts.get(label, 0) + 1
    techniques = sorted(t for t, n in counts.items() if n >= min_examples and n < len(texts))
    coef, intercept = [], []
    for technique in techniques:
        y = np.array([technique in row for row in labels])
        model = LogisticRegression(C=c, max_iter=3000).fit(x, y)
        coef.append([round(float(w), 6) for w in model.coef_[0]])
        intercept.append(round(float(model.intercept_[0]), 6))
    return {
        "format": FORMAT,
        "techniques": techniques,
        "lexicon_techniques": list(lexicon_techniques),
        "threshold": threshold,
        "embeddings": embeddings,
        "unit": unit,
        "vocabulary": {term: int(i) for term, i in vectorizer.vocabulary_.items()},
        "idf": [round(float(v), 6) for v in vectorizer.idf_],
        "coef": coef,
        "intercept": intercept,
        "trained_on": {"texts": len(texts), "labels": counts},
    }
