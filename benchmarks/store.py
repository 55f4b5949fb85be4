"""Store benchmark: ingest and search timings at 1k and 10k articles, and how they grow.

Synthetic articles are built from the shared Wikinews texts (three source articles'
paragraphs per synthetic one, seeded), with entities and quotes found by cheap
patterns so no spaCy run is needed: the benchmark measures the store, not the analysis.
Search latency (p50/p95 over 200 queries of 1-2 words) is measured for full-text search
(FTS5 / tsvector) beside the anchor, a plain ``LIKE '%word%'`` scan, in the same run.

``python -m benchmarks store [--sizes 1000,10000] [--backend sqlite|postgresql|both]``
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import statistics
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from newsprism.extract.build import build_article
from newsprism.model import Article, Entity, Quote, Speaker
from newsprism.store import Store, ingest_articles
from newsprism.store import queries as Q
from newsprism.store import schema as t

SHARED = Path(os.environ.get("NEWSPRISM_SHARED", Path(__file__).resolve().parents[2] / "shared"))
RESULTS = Path(__file__).resolve().parent / "results" / "store.json"
_NAME = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")
_QUOTE = re.compile(r"“([^”]{10,400})”|\"([^\"]{10,400})\"")


def _paragraphs() -> list[list[str]]:
    csv.field_size_limit(10**9)
    rows: list[list[str]] = []
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with (SHARED / "data" / "wikinews" / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                paragraphs = [p.strip() for p in row["text"].split("\n\n") if len(p.split()) > 5]
                if paragraphs:
                    rows.append(paragraphs[:12])
    return rows


def synthetic(n: int, *, seed: int = 7) -> list[Article]:
    """``n`` distinct articles with entities (name patterns) and quotes (quote marks)."""
    rng = random.Random(seed)
    sources = _paragraphs()
    articles = []
    for i in range(n):
        paragraphs = [p for row in rng.sample(sources, 3) for p in row[: rng.randint(2, 5)]]
        article = build_article(
            paragraphs,
            url=f"https://outlet{i % 40}.example/story/{i}",
            site=f"Outlet {i % 40}",
            title=paragraphs[0][:80],
        )
        names: dict[str, list[tuple[int, int]]] = {}
        for m in _NAME.finditer(article.text):
            names.setdefault(m.group(), []).append(m.span())
        entities = tuple(
            Entity(
                id=f"e{k}",
                name=name,
                type="person",
                kb_id=f"Q{abs(hash(name)) % 5000}",
                mentions=tuple(article.span(s, e) for s, e in spans[:5]),
            )
            for k, (name, spans) in enumerate(list(names.items())[:12], start=1)
        )
        quotes = []
        for k, m in enumerate(_QUOTE.finditer(article.text), start=1):
            start, end = m.span(1) if m.group(1) else m.span(2)
            speaker = entities[k % len(entities)] if entities else None
            quotes.append(
                Quote(
                    id=f"q{k}",
                    kind="direct",
                    span=article.span(start, end),
                    speaker=None if speaker is None else Speaker(name=speaker.name, entity=speaker.id),
                )
            )
        articles.append(replace(article, entities=entities, quotes=tuple(quotes)))
    return articles


def _latency(fn, queries: list[str]) -> dict[str, float]:  # type: ignore[no-untyped-def]
    times = []
    for query in queries:
        start = time.perf_counter()
        fn(query)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {"p50_ms": round(statistics.median(times), 2), "p95_ms": round(times[int(0.95 * len(times)) - 1], 2)}


def _like(store: Store, query: str) -> int:
    with store.read() as conn:
        pattern = f"%{query}%"
        return int(
            conn.execute(
                select(func.count()).select_from(t.articles).where(func.lower(t.articles.c.text).like(pattern.lower()))
            ).scalar_one()
        )


def run_backend(url: str, sizes: list[int], articles: list[Article]) -> list[dict[str, object]]:
    rng = random.Random(11)
    vocabulary = sorted({w for a in articles[:300] for w in re.findall(r"[a-z]{5,}", a.text)})
    queries = [" ".join(rng.sample(vocabulary, rng.choice((1, 1, 2)))) for _ in range(200)]
    rows = []
    store = Store.open(url)
    done = 0
    total_ingest = 0.0
    for size in sizes:
        start = time.perf_counter()
        ingest_articles(store, articles[done:size], location="bench")
        elapsed = time.perf_counter() - start
        total_ingest += elapsed
        batch = size - done
        done = size
        with store.read() as conn:
            stored = Q.stats(conn)
        fts_articles = _latency(lambda q: _search(store, q, "articles"), queries)
        fts_quotes = _latency(lambda q: _search(store, q, "quotes"), queries)
        like = _latency(lambda q: _like(store, q), queries[:50])
        rows.append(
            {
                "backend": store.dialect,
                "articles": size,
                "stored": stored["articles"],
                "copies": stored["copies"],
                "quotes": stored["quotes"],
                "ingest_per_s": round(batch / elapsed, 1),
                "ingest_s_total": round(total_ingest, 1),
                "search_articles": fts_articles,
                "search_quotes": fts_quotes,
                "like_scan": like,
            }
        )
        print(
            f"{store.dialect} {size}: {batch / elapsed:.0f} articles/s; FTS article p95 {fts_articles['p95_ms']} ms",
            flush=True,
        )
    store.close()
    return rows


def _search(store: Store, query: str, kind: str) -> int:
    with store.read() as conn:
        return Q.search(conn, query, kind=kind, per_page=20).total  # type: ignore[arg-type]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks store")
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--backend", default="both", choices=["sqlite", "postgresql", "both"])
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    started = time.perf_counter()
    articles = synthetic(max(sizes))
    print(f"built {len(articles)} synthetic articles in {time.perf_counter() - started:.1f}s", flush=True)
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as folder:
        if args.backend in ("sqlite", "both"):
            rows += run_backend(str(Path(folder) / "bench.db"), sizes, articles)
    pg = os.environ.get("NEWSPRISM_TEST_PG")
    if args.backend in ("postgresql", "both") and pg:
        base = make_url(pg)
        name = f"np_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(base, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            rows += run_backend(base.set(database=name).render_as_string(hide_password=False), sizes, articles)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    print(
        "| backend | articles | ingest art/s | ingest total s | FTS articles p50/p95 ms | "
        "FTS quotes p50/p95 ms | LIKE scan p50/p95 ms |"
    )
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        fa, fq, lk = r["search_articles"], r["search_quotes"], r["like_scan"]
        print(
            f"| {r['backend']} | {r['articles']} | {r['ingest_per_s']} | {r['ingest_s_total']} | "
            f"{fa['p50_ms']}/{fa['p95_ms']} | {fq['p50_ms']}/{fq['p95_ms']} | {lk['p50_ms']}/{lk['p95_ms']} |"
        )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"rows": rows}, indent=2) + "\n", encoding="utf-8")
    return 0
