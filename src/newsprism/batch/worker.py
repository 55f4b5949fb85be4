"""The work itself, the same in every engine: records in, analysed articles or failures out.

:class:`Analyzer` holds one loaded :class:`~newsprism.pipeline.Pipeline` (spaCy
loads once per worker process or Ray actor) and turns a chunk of records into
results with the library's own steps: :func:`newsprism.extract.extract_article`
(what :func:`newsprism.api.extract` runs) then ``Pipeline.analyze_many``.
A document that fails is a failure result and the chunk goes on; if a stage
raises on one document of a parsed batch, the batch is redone one document at a
time so only the bad one fails.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.config import Settings
from newsprism.errors import NewsprismError
from newsprism.ingest.records import Record
from newsprism.model import Article

__all__ = ["Analyzer", "Result", "analyze_chunk", "init_worker"]


@dataclass(frozen=True, slots=True)
class Result:
    """One document's outcome; ``article`` is set, or ``code`` and ``message`` say why not."""

    key: str
    shard: str
    source: str
    article: Article | None = None
    code: str = ""
    message: str = ""


def failure(record: Record, shard: str, error: BaseException) -> Result:
    if isinstance(error, NewsprismError):
        return Result(record.key, shard, record.source, code=error.code, message=error.message)
    # Not a user error: a bug in a stage or a library. Record it (with its type) and go on.
    return Result(record.key, shard, record.source, code="internal-error", message=f"{type(error).__name__}: {error}")


class Analyzer:
    """A loaded pipeline and the settings it was built from; one per worker."""

    def __init__(self, settings: Settings) -> None:
        from newsprism.pipeline import Pipeline

        self.settings = settings
        self.pipeline = Pipeline.from_settings(settings)

    def __call__(self, chunk: Sequence[tuple[str, Record]]) -> list[Result]:
        """Analyse ``(shard id, record)`` pairs; results come back in the same order."""
        from newsprism.extract import extract_article

        results: list[Result | None] = [None] * len(chunk)
        ready: list[tuple[int, str, Record, Article]] = []
        for i, (shard, record) in enumerate(chunk):
            try:
                if record.error is not None:
                    results[i] = failure(record, shard, record.error)
                    continue
                article = record.article
                if article is None and record.raw is not None:
                    article = extract_article(record.raw, settings=self.settings)
                if article is None:
                    raise ValueError("a record with neither bytes nor an article")
                ready.append((i, shard, record, article))
            except Exception as e:  # noqa: BLE001 - one bad document must not stop the batch
                results[i] = failure(record, shard, e)
        for i, result in self._analyse(ready):
            results[i] = result
        return [r for r in results if r is not None]

    def _analyse(self, ready: list[tuple[int, str, Record, Article]]) -> list[tuple[int, Result]]:
        analysed = self.pipeline.analyze_each([article for _, _, _, article in ready])
        return [(i, failure(record, shard, article) if isinstance(article, Exception)
                 else Result(record.key, shard, record.source, article=article))
                for (i, shard, record, _), article in zip(ready, analysed, strict=True)]


_ANALYZER: Analyzer | None = None


def init_worker(settings: Settings) -> None:
    """Process-pool initializer: load the pipeline once for the life of the worker."""
    global _ANALYZER
    _ANALYZER = Analyzer(settings)


def analyze_chunk(chunk: Sequence[tuple[str, Record]]) -> list[Result]:
    """Process-pool task: run this worker's :class:`Analyzer` on one chunk."""
    if _ANALYZER is None:
        raise RuntimeError("init_worker() was not called in this process")
    return _ANALYZER(chunk)
