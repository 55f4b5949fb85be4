"""What one analysis stage costs beside spaCy's own pipeline, measured in one run.

The anchor is ``nlp.pipe`` over the same texts; each stage's budget in the issues is a
share of that (quotes 15%, events 20%, framing 25%). CPU seconds of this process
(``time.process_time``) are used because the machine is shared and wall time is noisy.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks import shared_dir
from newsprism.config import DEFAULT_STAGES, Settings
from newsprism.extract.build import build_article
from newsprism.model import Article
from newsprism.pipeline import Pipeline

__all__ = ["StageTiming", "stage_overhead", "wikinews_texts"]


def wikinews_texts(
    limit: int | None = None, *, min_words: int = 30, keep_url: Callable[[str], bool] | None = None
) -> list[str]:
    """Wikinews bodies in file order (2019, then 2020), skipping test pages, stubs and, with
    ``keep_url``, the articles whose URL it refuses (e.g. those a model trained on)."""
    csv.field_size_limit(10**9)
    texts: list[str] = []
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with (shared_dir() / "data" / "wikinews" / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["title"].startswith("TEST PAGE:") or len(row["text"].split()) < min_words:
                    continue
                if keep_url is not None and not keep_url(row["url"]):
                    continue
                texts.append(row["text"])
                if limit is not None and len(texts) >= limit:
                    return texts
    return texts


@dataclass(frozen=True)
class StageTiming:
    stage: str
    texts: int
    words: int
    spacy_cpu_s: float
    stage_cpu_s: float
    articles: tuple[Article, ...]

    @property
    def overhead(self) -> float:
        return self.stage_cpu_s / self.spacy_cpu_s if self.spacy_cpu_s else 0.0

    def as_dict(self, found: int) -> dict[str, float]:
        prefix = self.stage
        return {
            "texts": self.texts,
            "words": self.words,
            "spacy_cpu_s": round(self.spacy_cpu_s, 2),
            f"{prefix}_cpu_s": round(self.stage_cpu_s, 2),
            f"{prefix}_overhead": round(self.overhead, 4),
            f"{prefix}_found": found,
        }

    def line(self) -> str:
        return (
            f"speed on {self.texts} Wikinews texts ({self.words} words): spaCy {self.spacy_cpu_s:.2f} CPU-s, "
            f"{self.stage} stage {self.stage_cpu_s:.2f} CPU-s = {self.overhead:.1%} of spaCy"
        )


def stage_overhead(stage: str, texts: list[str], *, pipeline: Pipeline | None = None) -> StageTiming:
    """Time ``nlp.pipe`` over ``texts``, then ``stage`` alone (the stages before it run untimed).

    The default pipeline is the default stages up to and including ``stage``.
    """
    if pipeline is None:
        stages = DEFAULT_STAGES[: DEFAULT_STAGES.index(stage) + 1]
        pipeline = Pipeline.from_settings(Settings(stages=stages))
    target = next(s for s in pipeline.stages if s.name == stage)
    before = pipeline.stages[: pipeline.stages.index(target)]
    articles = [build_article(text.split("\n\n")) for text in texts]
    list(pipeline.nlp.pipe(["Warm the pipeline up."]))
    start = time.process_time()
    docs = list(pipeline.nlp.pipe((a.text for a in articles), batch_size=pipeline.batch_size))
    spacy_seconds = time.process_time() - start
    ready = []
    for article, doc in zip(articles, docs, strict=True):
        for earlier in before:
            article = earlier(article, doc)
        ready.append(article)
    target(ready[0], docs[0])  # lexicons load outside the timing
    start = time.process_time()
    done = tuple(target(article, doc) for article, doc in zip(ready, docs, strict=True))
    stage_seconds = time.process_time() - start
    words = sum(len(a.text.split()) for a in articles)
    return StageTiming(stage, len(articles), words, spacy_seconds, stage_seconds, done)
