"""Reanalysis cost: ``newsprism reanalyze`` against the pipeline alone on the same articles.

Anchor: ``Pipeline.analyze_many`` over Wikinews articles (the analysis any re-run must
pay). newsprism: the same articles stored stale (no layers, an old stage version) in a
fresh SQLite store, then ``store.reanalyze`` (read each document, strip it, analyse,
replace its layers in one transaction). Rounds alternate anchor and reanalysis so a noisy
machine hits both alike; the ratio of the medians is the store's share of the cost. A
second reanalysis with nothing stale is timed too (it only reads and compares versions).

``python -m benchmarks reanalyze [--articles 60] [--rounds 3]``
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from benchmarks import format_table, write_results
from benchmarks.speed import wikinews_texts
from newsprism.config import Settings
from newsprism.extract.build import build_article
from newsprism.model import Provenance
from newsprism.pipeline import Pipeline
from newsprism.store import Store, ingest_articles, reanalyze
from newsprism.store.reanalyze import without_analysis


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks reanalyze", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv or [])
    pipeline = Pipeline.from_settings(Settings.from_env())
    articles = [build_article(text.split("\n"), url=f"https://example.org/{i}")
                for i, text in enumerate(wikinews_texts(args.articles))]
    stale = [replace(without_analysis(a), stages=(Provenance(stage="entities", version="0-old"),))
             for a in pipeline.analyze_many(articles)]
    anchor: list[float] = []
    ours: list[float] = []
    idle: list[float] = []
    for _ in range(args.rounds):
        t0 = time.process_time()
        list(pipeline.analyze_many(articles))
        anchor.append(time.process_time() - t0)
        with tempfile.TemporaryDirectory() as folder, Store.open(str(Path(folder) / "store.db")) as store:
            ingest_articles(store, stale)
            t0 = time.process_time()
            done = reanalyze(store, pipeline)
            ours.append(time.process_time() - t0)
            assert len(done) == len(stale) and all(r.status == "updated" for r in done), "every article updated"
            t0 = time.process_time()
            assert reanalyze(store, pipeline) == [], "nothing stale after a reanalysis"
            idle.append(time.process_time() - t0)
    ratio = statistics.median(ours) / statistics.median(anchor)
    print(f"{len(articles)} Wikinews articles, {args.rounds} alternating rounds (CPU seconds)\n")
    rows = [("pipeline.analyze_many alone (anchor)", anchor, 2), ("reanalyze (stale store)", ours, 2),
            ("reanalyze again (nothing stale)", idle, 3)]
    print(format_table(["run", "CPU-s per round", "median"],
                       [[name, ", ".join(f"{x:.{d}f}" for x in xs), f"{statistics.median(xs):.{d}f}"]
                        for name, xs, d in rows]))
    print(f"\nreanalyze / pipeline alone: {ratio:.2f}")
    write_results("reanalyze", {"articles": len(articles), "rounds": args.rounds,
                                "anchor_cpu_s": [round(x, 3) for x in anchor],
                                "reanalyze_cpu_s": [round(x, 3) for x in ours],
                                "idle_cpu_s": [round(x, 4) for x in idle], "ratio_of_medians": round(ratio, 3)})
    return 0
