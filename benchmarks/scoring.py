"""Shared metrics for every newsprism benchmark.

Two families:

- :func:`shingle_counts` / :func:`page_scores` / :func:`corpus_scores`: the
  article-extraction-benchmark's own metric, re-implemented from its README so that
  our numbers can be compared with the published ones. Tokens are ``\\w+``; each
  text is a multiset of 4-token shingles; per page tp/fp/fn are the multiset overlap,
  normalised by tp+fp+fn so long pages do not weigh more; precision is the mean over
  pages with tp+fp > 0, recall the mean over pages with tp+fn > 0, and F1 the harmonic
  mean of those two means (not the mean of per-page F1s).
- :class:`Counts` with :func:`prf`, and :func:`match_spans`: plain precision/recall/F1
  and span matching at a minimum character overlap, for the quote, entity and event
  benchmarks to reuse.

Written by hand rather than imported: the upstream scorer is a script, not a package,
and the metric is twenty lines.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

K = TypeVar("K", bound=Hashable)

__all__ = [
    "CorpusScore",
    "Counts",
    "PageScore",
    "b_cubed",
    "corpus_scores",
    "match_spans",
    "page_scores",
    "prf",
    "shingle_counts",
    "tokenize",
]

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokenize(text: str | None) -> list[str]:
    """``\\w+`` tokens, case kept, as the benchmark's scorer reads them."""
    return _TOKEN.findall(text or "")


def shingle_counts(text: str | None, n: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of n-token shingles; a text shorter than n is one short shingle.

    >>> sorted(shingle_counts("a b c d e", 4))
    [('a', 'b', 'c', 'd'), ('b', 'c', 'd', 'e')]
    >>> shingle_counts("a b", 4)
    Counter({('a', 'b'): 1})
    >>> shingle_counts("", 4)
    Counter()
    """
    tokens = tokenize(text)
    shingles = (tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(s for s in shingles if s)


@dataclass(frozen=True, slots=True)
class PageScore:
    """One page's tp/fp/fn, normalised to sum to 1 (all zero when both texts are empty)."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp == self.fp == 0:
            return 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp == self.fn == 0:
            return 0.0
        return self.tp / (self.tp + self.fn)


def page_scores(true: str | None, pred: str | None, n: int = 4) -> PageScore:
    """Shingle-multiset overlap of one page's gold and predicted body.

    >>> page_scores("one two three four five", "one two three four five")
    PageScore(tp=1.0, fp=0.0, fn=0.0)
    >>> page_scores("one two three four five", "one two three four").precision
    1.0
    """
    gold = shingle_counts(true, n)
    got = shingle_counts(pred, n)
    tp = float(sum((gold & got).values()))
    fp = float(sum((got - gold).values()))
    fn = float(sum((gold - got).values()))
    total = tp + fp + fn
    if total > 0:
        tp, fp, fn = tp / total, fp / total, fn / total
    return PageScore(tp=tp, fp=fp, fn=fn)


@dataclass(frozen=True, slots=True)
class CorpusScore:
    precision: float
    recall: float
    f1: float
    pages: int


def corpus_scores(pages: Sequence[PageScore]) -> CorpusScore:
    """Mean precision and mean recall over pages, and the F1 of those two means."""
    precisions = [p.precision for p in pages if p.tp + p.fp > 0]
    recalls = [p.recall for p in pages if p.tp + p.fn > 0]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return CorpusScore(precision=precision, recall=recall, f1=f1, pages=len(pages))


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives, summed across items."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


def prf(counts: Counts) -> tuple[float, float, float]:
    """(precision, recall, F1) from summed counts (micro-averaged); 0 where undefined.

    >>> prf(Counts(tp=3, fp=1, fn=0))
    (0.75, 1.0, 0.8571428571428571)
    """
    precision = counts.tp / (counts.tp + counts.fp) if counts.tp + counts.fp else 0.0
    recall = counts.tp / (counts.tp + counts.fn) if counts.tp + counts.fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(
    gold: Iterable[tuple[int, int]],
    predicted: Iterable[tuple[int, int]],
    *,
    min_overlap: float = 0.5,
) -> Counts:
    """Count matches between gold and predicted character spans, one-to-one.

    A pair matches when the shared characters are at least ``min_overlap`` of the
    longer span's length (so a tiny prediction inside a long gold span does not
    count). Pairs are taken greedily by overlap, largest first.

    >>> match_spans([(0, 10), (20, 30)], [(0, 9), (40, 50)])
    Counts(tp=1, fp=1, fn=1)
    """
    gold_list = list(gold)
    pred_list = list(predicted)
    pairs = []
    for gi, g in enumerate(gold_list):
        for pi, p in enumerate(pred_list):
            shared = _overlap(g, p)
            longest = max(g[1] - g[0], p[1] - p[0], 1)
            if shared and shared / longest >= min_overlap:
                pairs.append((shared, gi, pi))
    pairs.sort(reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for _, gi, pi in pairs:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
    tp = len(used_gold)
    return Counts(tp=tp, fp=len(pred_list) - tp, fn=len(gold_list) - tp)


def b_cubed(gold: Mapping[K, Hashable], predicted: Mapping[K, Hashable]) -> tuple[float, float, float]:
    """B-cubed (Bagga & Baldwin 1998) precision, recall and F1 of a clustering.

    ``gold`` and ``predicted`` map each item to its cluster id; items are the keys of
    ``gold`` (a predicted item missing from ``predicted`` is its own singleton).

    >>> b_cubed({1: "a", 2: "a", 3: "b"}, {1: "x", 2: "y", 3: "y"})
    (0.6666666666666666, 0.6666666666666666, 0.6666666666666666)
    """
    by_gold: dict[Hashable, set[Hashable]] = {}
    by_pred: dict[Hashable, set[Hashable]] = {}
    for item, cluster in gold.items():
        by_gold.setdefault(cluster, set()).add(item)
        by_pred.setdefault(predicted.get(item, ("singleton", item)), set()).add(item)
    if not gold:
        return 0.0, 0.0, 0.0
    precision = recall = 0.0
    for item, cluster in gold.items():
        g = by_gold[cluster]
        p = by_pred[predicted.get(item, ("singleton", item))]
        shared = len(g & p)
        precision += shared / len(p)
        recall += shared / len(g)
    precision /= len(gold)
    recall /= len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
