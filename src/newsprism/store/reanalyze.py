"""``newsprism reanalyze``: today's stages over articles already stored, in place.

A store outlives the analysis that filled it: lexicons and rules improve, a new layer
appears (the writer's reporting verbs since migration 0004), and a collection of a
million articles should not need its pages fetched and extracted again to catch up. The
clean text and metadata are stored with every article, and every span is an offset into
that text, so the stages can run again on it alone; extraction is not repeated (a
changed extractor needs the pages, that is ``ingest``).

By default only *stale* articles are analysed: those whose recorded stages (name and
version, the document's ``stages``) differ from the pipeline's. Each article is written in
its own transaction, through the same path as an ingest that finds the article with new
layers (``updated``), so a crash or a bad document leaves every other article as it was,
and a failure is recorded in ``ingest_failures`` with the article's id and the reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from sqlalchemy import select

from newsprism.analyze import STAGES, without_analysis
from newsprism.jsonformat import article_from_dict, article_to_dict
from newsprism.model import Article, Provenance
from newsprism.pipeline import Pipeline
from newsprism.store import schema as t
from newsprism.store.db import Store
from newsprism.store.ingest import record_failure
from newsprism.store.write import replace_analysis

__all__ = ["ReanalyzeResult", "is_stale", "reanalyze", "without_analysis"]


@dataclass(frozen=True, slots=True)
class ReanalyzeResult:
    """One stored article's fate: ``updated`` (new layers written), ``unchanged`` or ``failed``."""

    article_pk: int
    article_id: str
    status: str
    reason: str | None = None


def _analysis_stages(stages: tuple[Provenance, ...]) -> set[tuple[str, str]]:
    return {(p.stage, p.version) for p in stages if p.stage in STAGES}


def is_stale(article: Article, pipeline: Pipeline) -> bool:
    """Whether the stored analysis came from other stages or other versions than ``pipeline``'s."""
    return _analysis_stages(article.stages) != {(s.name, s.version) for s in pipeline.stages}


def _stored(store: Store, *, batch: int) -> Iterator[tuple[int, dict[str, Any]]]:
    """Every stored article's pk and document, in pk order, ``batch`` rows per query.

    Keyset pages (``pk > last``), not one query over the table: a store of millions of
    documents is never held in memory, and articles added meanwhile are still reached.
    """
    last = 0
    while True:
        with store.read() as conn:
            rows = conn.execute(
                select(t.articles.c.pk, t.articles.c.document)
                .where(t.articles.c.pk > last)
                .order_by(t.articles.c.pk)
                .limit(batch)
            ).all()
        if not rows:
            return
        for row in rows:
            yield int(row.pk), row.document
        last = int(rows[-1].pk)


def reanalyze(
    store: Store,
    pipeline: Pipeline,
    *,
    every: bool = False,
    limit: int | None = None,
    on_result: Callable[[ReanalyzeResult], None] | None = None,
) -> list[ReanalyzeResult]:
    """Analyse stored articles again (only stale ones unless ``every``); one result per article touched.

    ``limit`` caps how many articles are analysed in this run (the rest stay stale for the
    next). Failures are recorded and returned, never raised: the batch goes on.
    """
    results: list[ReanalyzeResult] = []

    def done(result: ReanalyzeResult) -> None:
        results.append(result)
        if result.status == "failed":
            record_failure(store, f"article {result.article_id} (pk {result.article_pk})", "reanalysis-error",
                           result.reason or "")
        if on_result is not None:
            on_result(result)

    def todo() -> Iterator[tuple[int, Article]]:
        count = 0
        for pk, document in _stored(store, batch=max(pipeline.batch_size, 100)):
            if limit is not None and count >= limit:
                return
            try:
                article = article_from_dict(document)
            except (KeyError, TypeError, ValueError) as e:
                done(ReanalyzeResult(pk, str(document.get("id", "?")), "failed",
                                     f"stored document does not load: {e!r}"[:2000]))
                continue
            if every or is_stale(article, pipeline):
                count += 1
                yield pk, without_analysis(article)

    items = todo()
    while pending := list(islice(items, pipeline.batch_size)):  # as Pipeline.analyze_many batches
        _analyse_and_write(store, pipeline, pending, done)
    return results


def _analyse_and_write(store: Store, pipeline: Pipeline, pending: list[tuple[int, Article]],
                       done: Callable[[ReanalyzeResult], None]) -> None:
    analysed = pipeline.analyze_each([a for _, a in pending])
    for (pk, before), after in zip(pending, analysed, strict=True):
        if isinstance(after, Exception):
            done(ReanalyzeResult(pk, before.id, "failed", f"{type(after).__name__}: {after}"[:2000]))
            continue
        try:
            with store.write() as conn:
                changed = replace_analysis(conn, pk, article_to_dict(after))
        except Exception as e:  # noqa: BLE001 - a database error fails this article only
            done(ReanalyzeResult(pk, before.id, "failed", f"could not store: {type(e).__name__}: {e}"[:2000]))
            continue
        done(ReanalyzeResult(pk, before.id, "updated" if changed else "unchanged"))
