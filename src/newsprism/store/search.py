"""Full-text search over articles, quotes and events: SQLite FTS5 or PostgreSQL tsvector.

The user's words never reach the FTS syntax raw: for SQLite each word becomes a quoted
FTS5 string (``"word"``) and ``"a phrase"`` stays a phrase, so ``"`` or ``NEAR(`` in a
query can only fail to match, never raise; PostgreSQL parses with
``websearch_to_tsquery``, which is designed for user input. Lower rank is better in both.
"""

from __future__ import annotations

import re
from typing import Literal

from sqlalchemy import Connection, Float, Integer, Subquery, text

__all__ = ["Kind", "fts_query", "matches", "snippet"]

Kind = Literal["articles", "quotes", "events"]
_TOKEN = re.compile(r'"([^"]+)"|(\w+)', re.UNICODE)
_WORD = re.compile(r"\w+", re.UNICODE)
_TABLES = {"articles": "articles", "quotes": "quotes", "events": "events"}


def fts_query(query: str) -> str:
    """User words -> a safe FTS5 query: ``sanctions "nuclear deal"`` -> ``"sanctions" "nuclear deal"``."""
    parts = []
    for phrase, word in _TOKEN.findall(query):
        words = _WORD.findall(phrase) if phrase else [word]
        if words:
            parts.append('"' + " ".join(words) + '"')
    return " ".join(parts)


def matches(conn: Connection, kind: Kind, query: str, *, ranked: bool = True) -> Subquery | None:
    """A subquery ``(pk, rank)`` of the rows of ``kind`` that match ``query``; None if it has no words.

    ``ranked=False`` gives ``(pk)`` alone, for counting without the cost of ranking.
    """
    table = _TABLES[kind]
    if conn.dialect.name == "sqlite":
        fts = fts_query(query)
        if not fts:
            return None
        rank = f", bm25({table}_fts) AS rank" if ranked else ""
        sql = text(f"SELECT rowid AS pk{rank} FROM {table}_fts WHERE {table}_fts MATCH :q")
        bound = sql.bindparams(q=fts)
    else:
        if not _WORD.search(query):
            return None
        rank = ", -ts_rank(tsv, websearch_to_tsquery('english', :q)) AS rank" if ranked else ""
        sql = text(f"SELECT pk{rank} FROM {table} WHERE tsv @@ websearch_to_tsquery('english', :q)")
        bound = sql.bindparams(q=query)
    columns = {"pk": Integer, "rank": Float} if ranked else {"pk": Integer}
    return bound.columns(**columns).subquery(f"{kind}_{'hits' if ranked else 'matches'}")


def snippet(body: str, query: str, *, width: int = 220) -> tuple[str, list[tuple[int, int]]]:
    """A window of ``body`` around the first query word, and where the words are in it.

    Done in Python, not with ``snippet()``/``ts_headline``, so both backends give the same
    result and the highlights are offsets the page escapes and marks, never markup.
    """
    words = {w.casefold() for w in _WORD.findall(query) if len(w) > 1}
    if not words:
        return body[:width], []
    stems = tuple(w[: max(4, len(w) - 2)] for w in words)
    found = [(m.start(), m.end()) for m in _WORD.finditer(body) if m.group().casefold().startswith(stems)]
    if not found:
        return body[:width], []
    start = 0 if len(body) <= width else max(0, found[0][0] - width // 3)
    end = min(len(body), start + width)
    return body[start:end], [(s - start, e - start) for s, e in found if s >= start and e <= end]
