"""The store commands as real subprocesses: ingest, search, export (every format)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsprism.jsonformat import article_to_dict
from newsprism.model import Article

NEWSPRISM = Path(sys.executable).parent / "newsprism"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(NEWSPRISM), *args], capture_output=True, text=True, timeout=300)


def test_ingest_search_export(db_url: str, make_article: Callable[..., Article], tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(article_to_dict(make_article())) + "\n{broken\n", encoding="utf-8")
    first = run("ingest", str(feed), "--db", db_url)
    assert first.returncode == 0, first.stderr
    assert "1 added" in first.stderr and "1 failed" in first.stderr
    assert f"newsprism: error: {feed}:2: not a JSON line" in first.stderr
    again = run("ingest", str(feed), "--db", db_url, "-q")
    assert "1 unchanged" in again.stderr

    quotes = run("search", "conditions", "--kind", "quotes", "--db", db_url, "--jsonl")
    assert quotes.returncode == 0, quotes.stderr
    [hit] = [json.loads(line) for line in quotes.stdout.splitlines()]
    assert hit["speaker_name"] == "Duarte" and hit["outlet"] == "Example News"
    by_speaker = run("search", "talks", "--speaker", "ana", "--db", db_url)
    assert "Ana Duarte: “the talks would resume next week”" in by_speaker.stdout
    assert run("search", "x", "--kind", "nonsense", "--db", db_url).returncode == 3

    for fmt in ("jsonl", "csv", "plover", "graphml"):
        out = run("export", "--format", fmt, "--db", db_url)
        assert out.returncode == 0 and out.stdout.strip(), (fmt, out.stderr)
    parquet = tmp_path / "q.parquet"
    assert run("export", "--format", "parquet", "--table", "actors", "-o", str(parquet), "--db", db_url).returncode == 0
    verbs = run("export", "--format", "csv", "--table", "attributions", "--db", db_url)
    assert verbs.returncode == 0 and verbs.stdout.splitlines()[0].startswith("pk,cue,lemma,stance")
    assert parquet.read_bytes()[:4] == b"PAR1"


def test_bad_database_is_one_clear_line(tmp_path: Path) -> None:
    result = run("search", "x", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert result.returncode == 6
    assert result.stderr.startswith("newsprism: error:") and "[store-error]" in result.stderr
    assert "Traceback" not in result.stderr


def test_actors_show_reads_the_store(db_url: str, make_article: Callable[..., Article], tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(article_to_dict(make_article())) + "\n", encoding="utf-8")
    assert run("ingest", str(feed), "--db", db_url, "-q").returncode == 0
    shown = run("actors", "show", "Ana Duarte", "--db", db_url)
    assert shown.returncode == 0, shown.stderr
    assert "roles: Foreign minister" in shown.stdout
    assert "reported with: 2 neutral, 0 evaluative" in shown.stdout
    assert "quote: “We will not accept new conditions,”" in shown.stdout
    assert run("actors", "show", "Nobody Atall", "--db", db_url).returncode == 1


@pytest.mark.slow
def test_demo_builds_a_collection_from_shared_or_examples(tmp_path: Path) -> None:
    import os
    import shutil

    root = Path(__file__).resolve().parents[2]
    fake_shared = tmp_path / "shared"
    (fake_shared / "seed").mkdir(parents=True)
    html = fake_shared / "data" / "article-extraction-benchmark" / "html"
    html.mkdir(parents=True)
    for example in sorted((root / "examples").glob("*.txt"))[:2]:
        shutil.copy(example, fake_shared / "seed" / example.name)
    db = tmp_path / "demo.db"
    env = {**os.environ, "NEWSPRISM_SHARED": str(fake_shared)}
    result = subprocess.run(
        [str(NEWSPRISM), "demo", "--no-serve", "--db", str(db)], capture_output=True, text=True, timeout=600, env=env
    )
    assert result.returncode == 0, result.stderr
    assert "2 added" in result.stderr
    env["NEWSPRISM_SHARED"] = str(tmp_path / "absent")
    again = subprocess.run(
        [str(NEWSPRISM), "demo", "--no-serve", "--db", str(db)], capture_output=True, text=True, timeout=600, env=env
    )
    assert again.returncode == 0, again.stderr
    # Without ../shared the demo falls back to examples/: the two already stored are skipped.
    n_examples = len(list((root / "examples").glob("*.txt")))
    assert f"{n_examples - 2} added, 2 skipped" in again.stderr
