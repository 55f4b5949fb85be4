"""The public functions: read an article, analyse it, stream many.

::

    import newsprism
    article = newsprism.analyze("story.html")        # path, "-", or URL
    print(newsprism.dumps(article))
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from newsprism.config import Settings
from newsprism.errors import NewsprismError
from newsprism.extract import extract_article
from newsprism.ingest import read_source
from newsprism.model import Article
from newsprism.pipeline import Pipeline

__all__ = ["Outcome", "analyze", "analyze_many", "extract", "extract_many"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """One input's result in a batch: an article, or the error that stopped it."""

    source: str
    article: Article | None = None
    error: NewsprismError | None = None


def extract(source: str, *, settings: Settings | None = None) -> Article:
    """Read and extract one input: metadata and clean text, no language analysis."""
    settings = settings or Settings.from_env()
    return extract_article(read_source(source, settings=settings), settings=settings)


def analyze(source: str | Article, *, settings: Settings | None = None, pipeline: Pipeline | None = None) -> Article:
    """Extract (unless given an Article) and run the full analysis."""
    settings = settings or Settings.from_env()
    article = source if isinstance(source, Article) else extract(source, settings=settings)
    return (pipeline or Pipeline.from_settings(settings)).analyze(article)


def extract_many(sources: Iterable[str], *, settings: Settings | None = None) -> Iterator[Outcome]:
    """Each input in turn; a bad one yields its error and the stream goes on."""
    settings = settings or Settings.from_env()
    for source in sources:
        try:
            yield Outcome(source, article=extract(source, settings=settings))
        except NewsprismError as e:
            yield Outcome(source, error=e)


def analyze_many(
    sources: Iterable[str], *, settings: Settings | None = None, pipeline: Pipeline | None = None
) -> Iterator[Outcome]:
    """Extract each input, then analyse the good ones in ``nlp.pipe`` batches, in order."""
    settings = settings or Settings.from_env()
    pipeline = pipeline or Pipeline.from_settings(settings)
    pending: list[Outcome] = []

    def flush() -> Iterator[Outcome]:
        good = [o.article for o in pending if o.article is not None]
        analysed = iter(pipeline.analyze_many(good))
        for outcome in pending:
            yield outcome if outcome.article is None else Outcome(outcome.source, article=next(analysed))
        pending.clear()

    for outcome in extract_many(sources, settings=settings):
        pending.append(outcome)
        if len(pending) >= settings.batch_size:
            yield from flush()
    yield from flush()
