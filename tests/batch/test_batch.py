"""Batch runs end to end: every engine, Parquet and JSONL and the store, reruns and crashes."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsprism.batch import JsonlSink, run_batch
from newsprism.batch.sinks import MultiSink, SinkState
from newsprism.model import Article

pytestmark = pytest.mark.slow

ENGINES = [
    "local",
    pytest.param("ray", marks=pytest.mark.skipif(importlib.util.find_spec("ray") is None,
                                                 reason="Ray is not installed (pip install 'newsprism[ray]')")),
]


def _parquet(out: Path, table: str) -> list[dict[str, Any]]:
    import pyarrow.dataset as ds

    return list(ds.dataset(out / table, format="parquet").to_table().to_pylist())


@pytest.mark.parametrize("engine", ENGINES)
def test_corpus_to_parquet_then_rerun_does_nothing(
    engine: str, corpus: Any, tmp_path: Path, validate: Callable[[dict[str, Any]], None]
) -> None:
    out = tmp_path / "out"
    report = run_batch(corpus.sources, out=out, engine=engine, workers=1, chunk_size=4)  # type: ignore[arg-type]
    assert report.articles == corpus.expected_articles
    assert dict(report.failed_codes) == corpus.expected_failures
    assert report.duplicates == 1

    articles = _parquet(out, "articles")
    assert len(articles) == corpus.expected_articles == len({a["id"] for a in articles})
    for row in articles:
        document = json.loads(row["document"])
        validate(document)
        assert document["entities"], "the analysis ran: entities were found"
        assert row["entities"] == len(document["entities"])
    entities = _parquet(out, "entities")
    assert {e["article_id"] for e in entities} == {a["id"] for a in articles}
    failures = _parquet(out, "failures")
    assert Counter(f["code"] for f in failures) == corpus.expected_failures

    again = run_batch(corpus.sources, out=out, engine=engine, workers=1)  # type: ignore[arg-type]
    assert (again.articles, again.failures, again.shards_skipped) == (0, 0, 3)
    assert len(_parquet(out, "articles")) == corpus.expected_articles


def test_store_and_jsonl_sinks_together(corpus: Any, tmp_path: Path) -> None:
    from sqlalchemy import func, select

    from newsprism.store import Store
    from newsprism.store import schema as t

    db = tmp_path / "news.db"
    out = tmp_path / "out"
    report = run_batch(corpus.sources, db=str(db), out=out, out_format="jsonl", workers=0)
    assert report.articles == corpus.expected_articles
    lines = (out / "articles.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == corpus.expected_articles
    with Store.open(db) as store, store.read() as conn:
        assert conn.execute(select(func.count()).select_from(t.articles)).scalar_one() == corpus.expected_articles


class _DiesAfterFlushing:
    """A JSONL sink whose process "dies" right after its n-th flush reached the disk,
    before the checkpoint could record it: the worst moment for exactly-once."""

    def __init__(self, directory: Path, *, flushes: int) -> None:
        self.inner = JsonlSink(directory)
        self.flushes = flushes

    def write(self, article: Article) -> None:
        self.inner.write(article)

    def record_failure(self, source: str, error: str, *, code: str = "error") -> None:
        self.inner.record_failure(source, error, code=code)

    def flush(self) -> SinkState:
        state = self.inner.flush()
        self.flushes -= 1
        if self.flushes <= 0:
            raise SystemExit("simulated crash after the output was flushed")
        return state

    def restore(self, state: SinkState | None) -> None:
        self.inner.restore(state)

    def close(self) -> None:
        self.inner.close()


def test_crash_between_output_and_checkpoint_then_rerun_is_exactly_once(corpus: Any, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(SystemExit):
        run_batch(corpus.sources, out=out, out_format="jsonl", workers=0, chunk_size=2, commit_every=2,
                  sink=MultiSink([("jsonl", _DiesAfterFlushing(out, flushes=3))]))
    written = (out / "articles.jsonl").read_text("utf-8").splitlines()
    assert 0 < len(written) < corpus.expected_articles  # the crash left partial output behind

    report = run_batch(corpus.sources, out=out, out_format="jsonl", workers=0, chunk_size=2, commit_every=2)
    ids = [json.loads(line)["id"] for line in (out / "articles.jsonl").read_text("utf-8").splitlines()]
    assert len(ids) == len(set(ids)) == corpus.expected_articles
    failures = [json.loads(line) for line in (out / "failures.jsonl").read_text("utf-8").splitlines()]
    assert Counter(f["code"] for f in failures) == corpus.expected_failures
    assert report.articles < corpus.expected_articles  # the rerun did not start over


def test_rerun_with_other_outputs_is_refused_not_truncated(corpus: Any, tmp_path: Path) -> None:
    from newsprism.errors import ConfigError

    out = tmp_path / "out"
    run_batch(corpus.sources[:1], out=out, out_format="jsonl", workers=0)
    size = (out / "articles.jsonl").stat().st_size
    with pytest.raises(ConfigError, match="checkpoint was written to jsonl"):
        run_batch(corpus.sources[:1], out=out, db=str(tmp_path / "news.db"), out_format="jsonl", workers=0)
    (out / "_checkpoint.sqlite").unlink()
    with pytest.raises(ConfigError, match="already holds output"):
        run_batch(corpus.sources[:1], out=out, out_format="jsonl", workers=0)
    assert (out / "articles.jsonl").stat().st_size == size
