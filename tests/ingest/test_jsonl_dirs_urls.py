"""JSONL corpora, folders of pages, and URL canonical form."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsprism.extract.build import build_article
from newsprism.ingest.dirs import read_dir
from newsprism.ingest.jsonl import read_jsonl
from newsprism.ingest.urls import canonical_url, keep_url
from newsprism.jsonformat import article_to_dict
from newsprism.model import Article, Provenance


def test_jsonl_lines_of_every_kind(tmp_path: Path) -> None:
    article = build_article(["The mayor opened the bridge on Friday."], url="https://example.com/bridge")
    lines = [
        json.dumps(article_to_dict(article)),
        json.dumps({"url": "https://example.com/a?utm_campaign=x", "html": "<html><p>Hello</p></html>"}),
        json.dumps({"title": "Budget passed", "text": "The council passed the budget."}),
        "{not json",
        json.dumps({"url": "https://example.com/empty"}),
        "",
        json.dumps([1, 2]),
    ]
    path = tmp_path / "corpus.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(lines).encode()))
    records = list(read_jsonl(path))
    assert [r.key for r in records] == [
        "url:https://example.com/bridge", "url:https://example.com/a", f"jsonl:{path}#3", f"jsonl:{path}#4",
        "url:https://example.com/empty", f"jsonl:{path}#7",
    ]
    assert records[0].article is not None and records[0].article.text == article.text
    assert records[1].raw is not None and records[1].raw.url == "https://example.com/a?utm_campaign=x"
    assert records[2].raw is not None and records[2].raw.data.startswith(b"Budget passed\n\n")
    assert [r.error.code for r in records[3:] if r.error] == ["broken-record"] * 3


def test_dir_is_read_in_a_stable_order_without_hidden_or_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.html").write_text("<html><p>two</p></html>")
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "c.txt").write_text("   ")
    (tmp_path / ".git" / "x.txt").write_text("hidden")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    records = list(read_dir(tmp_path))
    assert [Path(r.source).relative_to(tmp_path).as_posix() for r in records] == ["a.txt", "c.txt", "b/2.html"]
    assert records[1].error is not None and records[1].error.code == "empty-input"


def test_canonical_url_examples() -> None:
    assert canonical_url("HTTPS://Example.com:443/a?utm_source=rss&id=3#top") == "https://example.com/a?id=3"
    assert canonical_url("http://127.0.0.1:8000/p?b=2&a=1") == "http://127.0.0.1:8000/p?a=1&b=2"
    assert canonical_url("https://example.com/a?story=9&fbclid=x") == "https://example.com/a?story=9"
    assert canonical_url("https://example.com/#!/story/9") == "https://example.com/#!/story/9"


def test_keep_url_drops_what_is_not_an_article() -> None:
    assert keep_url("https://example.com/news/2020/story.html")
    assert keep_url("http://127.0.0.1:8000/news/story.html")
    assert not keep_url("https://example.com/photo.jpg")
    assert not keep_url("https://example.com/tag/politics/")
    assert not keep_url("https://example.com/page/2")
    assert not keep_url("mailto:desk@example.com")


@given(st.sampled_from(["http", "https"]), st.from_regex(r"[a-z]{1,10}\.(com|org|net)", fullmatch=True),
       st.lists(st.from_regex(r"[a-z0-9]{1,8}", fullmatch=True), max_size=4),
       st.dictionaries(st.sampled_from(["id", "utm_source", "p", "fbclid", "q"]),
                       st.from_regex(r"[a-z0-9]{1,5}", fullmatch=True), max_size=3))
def test_canonical_url_is_idempotent(scheme: str, host: str, path: list[str], query: dict[str, str]) -> None:
    params = "&".join(f"{k}={v}" for k, v in query.items())
    url = f"{scheme}://{host}/{'/'.join(path)}" + (f"?{params}" if params else "")
    once = canonical_url(url)
    assert canonical_url(once) == once
    assert "utm_source" not in once and "fbclid" not in once


def test_an_analysed_article_line_comes_back_as_extraction_left_it(tmp_path: Path, seed_article: Article) -> None:
    # Every layer goes, the framing summary and the captions' events too: a later run with
    # fewer stages must not hand on an old layer under its own provenance.
    assert seed_article.framing is not None and any(c.events for c in seed_article.captions)
    extractor = Provenance(stage="extract", version="1")
    line = article_to_dict(replace(seed_article, stages=(extractor, *seed_article.stages)))
    path = tmp_path / "analysed.jsonl"
    path.write_text(json.dumps(line) + "\n")
    (record,) = read_jsonl(path)
    again = record.article
    assert again is not None and again.text == seed_article.text and again.captions
    assert (again.entities, again.quotes, again.voices, again.events, again.frames) == ((), (), (), (), ())
    assert again.framing is None and all(not c.events for c in again.captions)
    assert again.stages == (extractor,)
