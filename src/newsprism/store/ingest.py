"""``newsprism ingest``: inputs -> extraction + analysis -> the store, one article at a time.

Inputs are files (``.html``, ``.htm``, ``.html.gz``, ``.txt``), folders (walked in name
order), ``.jsonl`` files (each line a ``newsprism.article/1`` document, stored as is, or a
raw page ``{"url", "html"}`` / ``{"url", "text"}``), and ``http(s)`` URLs.

Each article is stored in its own transaction; a failure at any step (reading,
extraction, analysis, storing) is recorded in ``ingest_failures`` with its reason, and
the batch goes on. Inputs whose bytes were already ingested by the same stages are
skipped before analysis, so re-running a killed batch costs little and doubles nothing.
"""

from __future__ import annotations

import hashlib
import json
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, select

from newsprism.config import Settings
from newsprism.errors import NewsprismError, StoreError, TooLarge
from newsprism.jsonformat import SCHEMA_ID, article_from_dict, article_to_dict
from newsprism.model import Article, RawDocument
from newsprism.pipeline import Pipeline
from newsprism.store import schema as t
from newsprism.store.db import Store
from newsprism.store.dedupe import DuplicateIndex, from_bytes
from newsprism.store.original import original_text
from newsprism.store.write import SourceInfo, store_article

__all__ = [
    "IngestResult",
    "analysis_signature",
    "expand_inputs",
    "ingest",
    "ingest_articles",
    "load_index",
    "record_failure",
    "store_document",
]

#: articles stored in one batch after which planner statistics are refreshed.
BULK = 200
ARTICLE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz", ".txt", ".text")


@dataclass(frozen=True, slots=True)
class IngestResult:
    """One input's fate: stored (with a status) or failed (with a code and reason)."""

    source: str
    status: str  # added | revision | duplicate | unchanged | updated | skipped | failed
    article_pk: int | None = None
    code: str | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class _Item:
    """One article to store: raw bytes still to extract, or a document already analysed."""

    location: str
    raw: RawDocument | None = None
    document: dict[str, object] | None = None


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsprism")
    except PackageNotFoundError:
        return "0"


def analysis_signature(settings: Settings) -> str:
    """Same input bytes + same signature = nothing new to learn; skip before analysis."""
    return f"newsprism {_version()}; model {settings.model or 'default'}; stages {','.join(settings.stages)}"


def expand_inputs(sources: Iterable[str]) -> Iterator[str]:
    """Folders become their article and ``.jsonl`` files, in name order; others pass through."""
    for source in sources:
        path = Path(source)
        if not source.startswith(("http://", "https://")) and path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name.lower().endswith((*ARTICLE_SUFFIXES, ".jsonl")):
                    yield str(child)
        else:
            yield source


def _jsonl_items(path: str, settings: Settings) -> Iterator[_Item | IngestResult]:
    file = Path(path)
    if file.stat().st_size > settings.max_bytes * 100:
        yield IngestResult(path, "failed", code=TooLarge.code, reason="file is over the JSON-lines size limit")
        return
    with file.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            location = f"{path}:{number}"
            if not line.strip():
                continue
            if len(line) > settings.max_bytes:
                yield IngestResult(location, "failed", code=TooLarge.code, reason="line is over the size limit")
                continue
            try:
                value = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as e:
                yield IngestResult(location, "failed", code="bad-json", reason=f"not a JSON line: {e}")
                continue
            if not isinstance(value, dict):
                yield IngestResult(location, "failed", code="bad-json", reason="a JSON line must be an object")
            elif value.get("schema") == SCHEMA_ID:
                yield _Item(location, document=value)
            elif isinstance(value.get("html") or value.get("text"), str):
                body = str(value.get("html") or value.get("text"))
                url = value.get("url") if isinstance(value.get("url"), str) else None
                yield _Item(location, raw=RawDocument(source=location, data=body.encode("utf-8"), url=url))
            else:
                yield IngestResult(
                    location,
                    "failed",
                    code="bad-json",
                    reason=f"expected a {SCHEMA_ID} document or an object with 'html' or 'text'",
                )


def _items(sources: Iterable[str], settings: Settings) -> Iterator[_Item | IngestResult]:
    from newsprism.ingest import read_source

    for source in expand_inputs(sources):
        if source.lower().endswith(".jsonl") and Path(source).is_file():
            yield from _jsonl_items(source, settings)
            continue
        try:
            raw = read_source(source, settings=settings)
        except NewsprismError as e:
            yield IngestResult(source, "failed", code=e.code, reason=e.message)
            continue
        yield _Item(source, raw=raw)


def record_failure(store: Store, source: str, code: str, reason: str) -> None:
    """A failure row, in its own transaction (the article's own was rolled back)."""
    with store.write() as conn:
        conn.execute(
            insert(t.ingest_failures).values(
                source=source[:4000], code=code, reason=reason[:4000], at=datetime.now(UTC)
            )
        )


def load_index(store: Store) -> DuplicateIndex:
    """The LSH index over every stored signature (current revisions only)."""
    index = DuplicateIndex()
    with store.read() as conn:
        rows = conn.execute(
            select(t.minhashes.c.article_pk, t.minhashes.c.signature)
            .join(t.articles, t.articles.c.pk == t.minhashes.c.article_pk)
            .where(t.articles.c.is_current.is_(True))
        )
        for article_pk, data in rows:
            index.add(int(article_pk), from_bytes(bytes(data)))
    return index


class _Ingester:
    def __init__(self, store: Store, settings: Settings, pipeline: Pipeline | None) -> None:
        self.store = store
        self.settings = settings
        self._pipeline = pipeline
        self.signature = analysis_signature(settings)
        self.index = load_index(store)

    @property
    def pipeline(self) -> Pipeline:
        # Loaded only when a raw input needs analysis: a .jsonl of analysed documents never loads spaCy.
        if self._pipeline is None:
            self._pipeline = Pipeline.from_settings(self.settings)
        return self._pipeline

    def fail(self, source: str, code: str, reason: str) -> IngestResult:
        record_failure(self.store, source, code, reason)
        return IngestResult(source, "failed", code=code, reason=reason)

    def seen(self, raw_sha: str) -> int | None:
        with self.store.read() as conn:
            found = conn.execute(
                select(t.sources.c.article_pk)
                .where(t.sources.c.raw_sha256 == raw_sha, t.sources.c.signature == self.signature)
                .limit(1)
            ).scalar()
        return None if found is None else int(found)

    def save(self, location: str, document: dict[str, object], info: SourceInfo) -> IngestResult:
        try:
            with self.store.write() as conn:
                result = store_article(conn, document, info, index=self.index)
        except (KeyError, TypeError, ValueError) as e:
            return self.fail(location, "bad-document", f"not a valid {SCHEMA_ID} document: {e!r}")
        except Exception as e:  # noqa: BLE001 - any database error fails this article only, the batch goes on
            return self.fail(location, StoreError.code, f"could not store: {type(e).__name__}: {e}"[:2000])
        if result.minhash is not None:
            self.index.add(result.article_pk, result.minhash)
        return IngestResult(location, result.status, article_pk=result.article_pk)

    def analyse(self, pending: list[tuple[_Item, Article, SourceInfo]]) -> Iterator[IngestResult]:
        analysed = self.pipeline.analyze_each([article for _, article, _ in pending], fatal=(NewsprismError,))
        # Failures first, then the stored articles (the order results have always come in).
        for (item, _, _), article in zip(pending, analysed, strict=True):
            if isinstance(article, Exception):
                yield self.fail(item.location, "analysis-error", f"{type(article).__name__}: {article}"[:2000])
        for (item, _, info), article in zip(pending, analysed, strict=True):
            if not isinstance(article, Exception):
                yield self.save(item.location, article_to_dict(article), info)

    def run(self, sources: Iterable[str]) -> Iterator[IngestResult]:
        from newsprism.extract import extract_article

        pending: list[tuple[_Item, Article, SourceInfo]] = []
        for item in _items(sources, self.settings):
            if isinstance(item, IngestResult):
                yield self.fail(item.source, item.code or "bad-input", item.reason or "")
                continue
            if item.document is not None:
                yield self.save_document(item)
                continue
            assert item.raw is not None
            raw_sha = hashlib.sha256(item.raw.data).hexdigest()
            if (known := self.seen(raw_sha)) is not None:
                yield IngestResult(item.location, "skipped", article_pk=known)
                continue
            try:
                article = extract_article(item.raw, settings=self.settings)
                original = original_text(item.raw)
            except NewsprismError as e:
                yield self.fail(item.location, e.code, e.message)
                continue
            except Exception as e:  # noqa: BLE001 - a hostile page (HTML bomb...) must not stop the batch
                yield self.fail(item.location, "extraction-error", f"{type(e).__name__}: {e}"[:2000])
                continue
            info = SourceInfo(
                location=item.location,
                raw_sha256=raw_sha,
                signature=self.signature,
                content_type=item.raw.content_type,
                size=len(item.raw.data),
                original=original,
            )
            pending.append((item, article, info))
            if len(pending) >= self.settings.batch_size:
                yield from self.analyse(pending)
                pending = []
        if pending:
            yield from self.analyse(pending)

    def save_document(self, item: _Item) -> IngestResult:
        assert item.document is not None
        try:
            # Round trip through the model: validates spans and shape before anything is written.
            document = article_to_dict(article_from_dict(item.document))
        except (KeyError, TypeError, ValueError) as e:
            return self.fail(item.location, "bad-document", f"not a valid {SCHEMA_ID} document: {e!r}"[:2000])
        raw_sha = hashlib.sha256(json.dumps(item.document, sort_keys=True).encode()).hexdigest()
        return self.save(
            item.location, document, SourceInfo(location=item.location, raw_sha256=raw_sha, signature="document")
        )


def ingest(
    store: Store,
    sources: Iterable[str],
    *,
    settings: Settings | None = None,
    pipeline: Pipeline | None = None,
    on_result: Callable[[IngestResult], None] | None = None,
) -> list[IngestResult]:
    """Ingest every input; returns one result per article (failures included, never raised)."""
    settings = settings or Settings.from_env()
    ingester = _Ingester(store, settings, pipeline)
    results = []
    for result in ingester.run(sources):
        results.append(result)
        if on_result is not None:
            on_result(result)
    _optimize_after(store, results)
    return results


def _optimize_after(store: Store, results: list[IngestResult]) -> None:
    if sum(r.status in ("added", "revision", "duplicate", "updated") for r in results) >= BULK:
        store.optimize()


_API_LOCK = threading.Lock()
_API_INGESTERS: weakref.WeakKeyDictionary[Store, _Ingester] = weakref.WeakKeyDictionary()


def store_document(store: Store, document: dict[str, object], *, location: str = "api") -> IngestResult:
    """Validate and store one ``newsprism.article/1`` dict (the API's write path); never raises."""
    # One ingester per store, so the LSH index is loaded once, not on every API request.
    with _API_LOCK:  # the LSH index is not thread-safe; the API serves requests from a thread pool
        ingester = _API_INGESTERS.get(store)
        if ingester is None:
            ingester = _API_INGESTERS[store] = _Ingester(store, Settings(), None)
        return ingester.save_document(_Item(location, document=document))


def ingest_articles(store: Store, articles: Iterable[Article], *, location: str = "api") -> list[IngestResult]:
    """Store already analysed Articles (tests, the API, benchmarks): no reading, no analysis."""
    ingester = _Ingester(store, Settings(), None)
    results = []
    for number, article in enumerate(articles, start=1):
        document = article_to_dict(article)
        info = SourceInfo(location=f"{location}:{number}", signature="document")
        results.append(ingester.save(info.location, document, info))
    _optimize_after(store, results)
    return results
