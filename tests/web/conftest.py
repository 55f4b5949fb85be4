"""Web fixtures: a SQLite store with the seed (analysed) and hand-built articles, served for real.

``served`` runs ``newsprism serve`` on 127.0.0.1 (see ``webutil.serve``); ``chromium`` is
Debian's browser (``$NEWSPRISM_CHROMIUM`` or ``/usr/bin/chromium``), never a download.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from webutil import Served, hostile_article, seed_with_quotes, serve

from newsprism.model import Article
from newsprism.store import Store, ingest_articles


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, seed_article: Article) -> tuple[Path, int, int]:
    db = tmp_path_factory.mktemp("web") / "web.db"
    with Store.open(db) as store:
        seed, hostile = ingest_articles(store, [seed_with_quotes(seed_article), hostile_article()])
    assert seed.article_pk and hostile.article_pk
    return db, seed.article_pk, hostile.article_pk


@pytest.fixture(scope="session")
def served(web_db: tuple[Path, int, int]) -> Iterator[Served]:
    db, seed_pk, hostile_pk = web_db
    with serve(db) as url:
        yield Served(url, db, seed_pk, hostile_pk)


@pytest.fixture(scope="session")
def chromium() -> str:
    path = os.environ.get("NEWSPRISM_CHROMIUM", "/usr/bin/chromium")
    if not Path(path).exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but there is no chromium at {path}: .ci/services.sh installs it")
        pytest.skip(f"no chromium at {path} (apt-get install chromium, or source .ci/services.sh)")
    return path
