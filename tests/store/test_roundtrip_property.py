"""Property: any span survives the trip through the database unchanged (SQLite file)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from newsprism.extract.build import build_article
from newsprism.jsonformat import article_to_dict
from newsprism.model import Quote, Speaker
from newsprism.store import Store, ingest_articles
from newsprism.store import queries as Q
from newsprism.store import schema as t

_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=300)


@pytest.fixture(scope="module")
def one_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return Store.open(tmp_path_factory.mktemp("prop") / "prop.db")


@settings(max_examples=40, deadline=None)
@given(
    paragraphs=st.lists(_TEXT, min_size=1, max_size=4),
    cuts=st.lists(st.tuples(st.integers(0, 2000), st.integers(0, 60)), max_size=6),
    speaker=_TEXT,
)
def test_quote_spans_round_trip(
    one_store: Store, paragraphs: list[str], cuts: list[tuple[int, int]], speaker: str
) -> None:
    article = build_article(paragraphs, url="https://example.org/p")
    if not article.text:
        return
    quotes = []
    for i, (start, length) in enumerate(cuts):
        start = start % len(article.text)
        end = min(len(article.text), start + length)
        quotes.append(
            Quote(
                id=f"q{i}", kind="direct", span=article.span(start, end), speaker=Speaker(name=speaker.strip() or "x")
            )
        )
    article = replace(article, quotes=tuple(quotes))
    [result] = ingest_articles(one_store, [article])
    with one_store.read() as conn:
        stored = Q.get_article(conn, result.article_pk or 0)
        rows = conn.execute(
            select(t.quotes.c.start, t.quotes.c.end, t.quotes.c.text).where(t.quotes.c.article_pk == result.article_pk)
        ).all()
    assert stored is not None
    assert stored["text"] == article.text
    assert stored["document"] == article_to_dict(article)
    assert all(stored["text"][s:e] == text for s, e, text in rows)
