"""Reliability: a killed ingest loses and doubles nothing; readers work during writes; hostile input."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from newsprism.jsonformat import article_to_dict
from newsprism.model import Article
from newsprism.store import Store
from newsprism.store import queries as Q
from newsprism.store import schema as t

NEWSPRISM = Path(sys.executable).parent / "newsprism"
Make = Callable[..., Article]


def _feed(make_article: Make, path: Path, n: int) -> Path:
    """``n`` distinct analysed articles (distinct stories, distinct text) as JSON lines."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            article = make_article(
                url=f"https://example.org/story/{i}",
                site=f"Outlet {i % 7}",
                text_extra=f" Item {i}: " + " ".join(f"w{i}x{j}" for j in range(40)),
            )
            out.write(json.dumps(article_to_dict(article)) + "\n")
    return path


def _consistent(store: Store) -> dict[str, int]:
    """Every stored article has all of its layers: no half articles, no doubles."""
    with store.read() as conn:
        articles = conn.execute(select(func.count()).select_from(t.articles)).scalar_one()
        hashes = conn.execute(select(func.count(func.distinct(t.articles.c.content_hash)))).scalar_one()
        quotes = conn.execute(select(func.count()).select_from(t.quotes)).scalar_one()
        events = conn.execute(select(func.count()).select_from(t.events)).scalar_one()
        if conn.dialect.name == "sqlite":
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
    assert hashes == articles
    assert quotes == 2 * articles and events == articles
    return {"articles": int(articles)}


def test_killed_ingest_rerun_loses_and_doubles_nothing(db_url: str, make_article: Make, tmp_path: Path) -> None:
    n = 150
    feed = _feed(make_article, tmp_path / "feed.jsonl", n)
    Store.open(db_url).close()
    writer = subprocess.Popen(
        [str(NEWSPRISM), "ingest", str(feed), "--db", db_url, "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    store = Store.open(db_url)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and writer.poll() is None:
        with store.read() as conn:
            if conn.execute(select(func.count()).select_from(t.articles)).scalar_one() >= 10:
                break
        time.sleep(0.05)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    partial = _consistent(store)["articles"]
    assert 0 < partial < n, "the writer was not killed mid-batch"
    rerun = subprocess.run(
        [str(NEWSPRISM), "ingest", str(feed), "--db", db_url, "-q"], capture_output=True, text=True, timeout=300
    )
    assert rerun.returncode == 0, rerun.stderr
    assert _consistent(store)["articles"] == n
    store.close()


def test_reader_keeps_working_while_a_writer_ingests(db_url: str, make_article: Make, tmp_path: Path) -> None:
    feed = _feed(make_article, tmp_path / "feed.jsonl", 80)
    store = Store.open(db_url)
    seen: list[int] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def read() -> None:
        try:
            while not done.is_set():
                with store.read() as conn:
                    seen.append(Q.stats(conn)["articles"])
                    Q.list_quotes(conn, q="conditions", per_page=5)
        except BaseException as e:  # noqa: BLE001 - surfaced by the assertion below
            errors.append(e)

    reader = threading.Thread(target=read)
    reader.start()
    writer = subprocess.run(
        [str(NEWSPRISM), "ingest", str(feed), "--db", db_url, "-q"], capture_output=True, text=True, timeout=300
    )
    done.set()
    reader.join(timeout=60)
    assert writer.returncode == 0, writer.stderr
    assert not errors, errors
    assert len(seen) > 3 and seen == sorted(seen), "reads must see a growing, consistent store"
    assert _consistent(store)["articles"] == 80
    store.close()


@pytest.mark.slow
def test_hostile_inputs_fail_clearly_and_leave_the_store_consistent(db_url: str, tmp_path: Path) -> None:
    huge = tmp_path / "huge.html"
    huge.write_bytes(b"<html><body><p>" + b"word " * 400_000 + b"</p></body></html>")
    invalid = tmp_path / "invalid.txt"
    invalid.write_bytes(bytes(range(128, 256)) * 40)
    bomb = tmp_path / "nested.html"
    bomb.write_text("<html><body>" + "<div>" * 50_000 + "deep" + "</div>" * 50_000 + "</body></html>")
    gzbomb = tmp_path / "bomb.html.gz"
    gzbomb.write_bytes(gzip.compress(b"<p>" + b"A" * 30_000_000))
    script = tmp_path / "script.html"
    script.write_text(
        "<html><head><title>Council vote <script>alert(1)</script></title></head><body><article><h1>Council "
        "votes on budget</h1><p>The council voted on Tuesday to approve the budget &lt;script&gt;window.x=1"
        "&lt;/script&gt; after a long debate about schools, roads and the new library in the town centre.</p>"
        "<p>“We have done our duty,” the mayor said after the vote, adding that taxes would not rise.</p>"
        "<script>document.title='pwned'</script><p>Opposition members said they would keep asking questions "
        "about the costs of the project and the delays that have hit it since last spring.</p></article>"
        "</body></html>"
    )
    env = {**os.environ, "NEWSPRISM_MAX_BYTES": "1000000"}
    result = subprocess.run(
        [str(NEWSPRISM), "ingest", str(huge), str(invalid), str(bomb), str(gzbomb), str(script), "--db", db_url, "-q"],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("newsprism: error:")]
    assert any("huge.html" in line and "[too-large]" in line for line in lines), result.stderr
    assert any("bomb.html.gz" in line and "[too-large]" in line for line in lines), result.stderr
    assert any("invalid.txt" in line for line in lines), result.stderr
    with Store.open(db_url) as store:
        with store.read() as conn:
            failures = {f["source"] for f in Q.list_failures(conn).items}
            stored = conn.execute(select(t.articles.c.text, t.articles.c.title)).all()
        assert {str(huge), str(invalid), str(gzbomb)} <= failures
        assert any("<script>window.x=1</script>" in row.text for row in stored), "escaped text kept as text"
        assert not any("pwned" in row.text for row in stored)
        if stored:  # the store stays usable
            with store.read() as conn:
                assert Q.search(conn, "budget").total >= 1
