"""The store: articles and their layers in SQLite (embedded) or PostgreSQL (shared).

::

    from newsprism.store import Store, ingest
    with Store.open("news.db") as store:            # or "postgresql://user@host/db"
        results = ingest(store, ["pages/", "feed.jsonl"])
        hits = search(store, "sanctions", kind="quotes")
"""

from newsprism.store.db import Store, default_db_path, resolve_url
from newsprism.store.ingest import IngestResult, ingest, ingest_articles
from newsprism.store.reanalyze import ReanalyzeResult, reanalyze

__all__ = ["IngestResult", "ReanalyzeResult", "Store", "default_db_path", "ingest", "ingest_articles", "reanalyze",
           "resolve_url"]
