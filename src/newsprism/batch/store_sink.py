"""The store as a batch sink: articles into SQLite or PostgreSQL through the store's own writer.

Articles are buffered until the batch flushes, then stored in *one* transaction
(``Store.write``) with :func:`newsprism.store.write.store_article`, the same code
``newsprism ingest`` uses, so a batch and an ingest make identical rows. The store
keys articles by content hash: an article written again after a crash is
``unchanged``, never a second row, so restoring needs no undo here.
"""

from __future__ import annotations

import os
from typing import Any

from newsprism.batch.sinks import SinkState
from newsprism.config import Settings
from newsprism.jsonformat import article_to_dict
from newsprism.model import Article

__all__ = ["StoreSink"]


class StoreSink:
    """Write analysed articles and failures to a newsprism store (``--db``)."""

    def __init__(self, db: str | os.PathLike[str], *, settings: Settings) -> None:
        from newsprism.store.db import Store
        from newsprism.store.ingest import analysis_signature, load_index

        self.store = Store.open(db)
        self.index = load_index(self.store)
        self.signature = analysis_signature(settings)
        self._articles: list[Article] = []
        self._failures: list[tuple[str, str, str]] = []
        self.written = 0

    def restore(self, state: SinkState | None) -> None:
        """Nothing to undo: the store's writes are idempotent (keyed by content hash)."""

    def write(self, article: Article) -> None:
        self._articles.append(article)

    def record_failure(self, source: str, error: str, *, code: str = "error") -> None:
        self._failures.append((source, code, error))

    def flush(self) -> SinkState:
        from newsprism.store.ingest import record_failure
        from newsprism.store.write import SourceInfo, store_article

        added: list[tuple[int, Any]] = []
        if self._articles:
            with self.store.write() as conn:
                for article in self._articles:
                    info = SourceInfo(location=article.url or article.source or article.id, signature=self.signature)
                    result = store_article(conn, article_to_dict(article), info, index=self.index)
                    if result.minhash is not None:
                        added.append((result.article_pk, result.minhash))
            # Only after commit, as store_article asks: a rolled-back article never enters the index.
            for article_pk, minhash in added:
                self.index.add(article_pk, minhash)
            self.written += len(self._articles)
        for source, code, error in self._failures:
            record_failure(self.store, source, code, error)
        self._articles.clear()
        self._failures.clear()
        return {"written": self.written}

    def close(self) -> None:
        self.store.close()
