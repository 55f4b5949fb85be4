"""Sinks and the checkpoint on their own: restoring undoes exactly what came after a state."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pytest

from newsprism.batch.ledger import Ledger, LedgerEntry
from newsprism.batch.shards import plan_shards
from newsprism.batch.sinks import JsonlSink, ParquetSink
from newsprism.batch.tables import TABLES, article_rows
from newsprism.errors import MissingInput
from newsprism.extract.build import build_article
from newsprism.model import Article


def _article(n: int) -> Article:
    return build_article([f"Paragraph number {n} of a short story."], url=f"https://example.com/{n}")


def test_jsonl_sink_restore_truncates_to_the_state(tmp_path: Path) -> None:
    sink = JsonlSink(tmp_path)
    sink.restore(None)
    sink.write(_article(1))
    state = sink.flush()
    sink.write(_article(2))
    sink.record_failure("x", "boom", code="internal-error")
    sink.flush()
    sink.close()
    again = JsonlSink(tmp_path)
    again.restore(state)
    again.write(_article(3))
    again.flush()
    again.close()
    lines = (tmp_path / "articles.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == 2 and '"https://example.com/3"' in lines[1]
    assert (tmp_path / "failures.jsonl").read_text("utf-8") == ""


def test_parquet_sink_restore_deletes_later_parts(tmp_path: Path) -> None:
    import pyarrow.dataset as ds

    sink = ParquetSink(tmp_path)
    sink.restore(None)
    sink.write(_article(1))
    state = sink.flush()
    sink.write(_article(2))
    sink.flush()
    assert len(list((tmp_path / "articles").iterdir())) == 2
    again = ParquetSink(tmp_path)
    again.restore(state)
    assert [p.name for p in (tmp_path / "articles").iterdir()] == ["part-000000.parquet"]
    rows = ds.dataset(tmp_path / "articles").to_table().to_pylist()
    assert [r["url"] for r in rows] == ["https://example.com/1"]
    assert rows[0]["words"] == 7


def test_ledger_commit_is_all_or_nothing(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "ckpt.sqlite")
    ledger.commit([LedgerEntry("k1", "s", "ok")], sink_state={"parts": 1}, finished=["s"])

    class Boom(Exception):
        pass

    def entries() -> Iterator[LedgerEntry]:
        yield LedgerEntry("k2", "t", "failed", "src", "code", "message")
        raise Boom

    with pytest.raises(Boom):
        ledger.commit(entries(), sink_state={"parts": 2})
    assert "k1" in ledger and "k2" not in ledger
    assert ledger.sink_state() == {"parts": 1}
    assert ledger.finished_shards() == {"s"}
    assert ledger.counts() == {"ok": 1, "failed": 0}
    ledger.close()


def test_plan_shards_by_path_and_content(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "feed.xml").write_text('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>')
    (tmp_path / "sitemap.xml").write_text('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>')
    (tmp_path / "story.txt").write_text("text")
    (tmp_path / "a.warc.gz").write_bytes(b"")
    (tmp_path / "b.jsonl").write_text("")
    names = ["pages", "feed.xml", "sitemap.xml", "story.txt", "a.warc.gz", "b.jsonl", "pages"]
    shards = plan_shards([str(tmp_path / n) for n in names] + ["https://Example.com/rss?utm_source=x"])
    assert [s.kind for s in shards] == ["dir", "feed", "sitemap", "file", "warc", "jsonl", "url"]
    assert shards[-1].location == "https://example.com/rss"
    with pytest.raises(MissingInput):
        plan_shards([str(tmp_path / "nope.warc.gz")])


def test_the_core_never_imports_ray() -> None:
    code = ("import sys, newsprism, newsprism.batch, newsprism.batch.local, newsprism.cli; "
            "from newsprism.cli import app; print('ray' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_a_missing_model_is_one_config_error_before_any_work(tmp_path: Path) -> None:
    from newsprism.batch import run_batch
    from newsprism.config import Settings
    from newsprism.errors import ConfigError

    with pytest.raises(ConfigError, match=r"no spaCy pipeline 'no_such\.model'"):
        run_batch([str(tmp_path)], out=tmp_path / "out", settings=Settings(model="no_such.model"))
    assert not (tmp_path / "out").exists()


def test_event_rows_fit_the_events_table_and_carry_re_tellings(seed_article: Article) -> None:
    """Every events row has exactly the Parquet table's columns, ``same_as`` included."""
    rows = article_rows(seed_article)["events"]
    assert rows and all(list(row) == TABLES["events"].names for row in rows)
    linked = {e.id: e.same_as for e in seed_article.events if e.same_as}
    assert linked and {r["event_id"]: r["same_as"] for r in rows if r["same_as"]} == linked
    pa.Table.from_pylist(rows, schema=TABLES["events"])  # types agree with the schema
