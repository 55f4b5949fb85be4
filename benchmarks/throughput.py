"""Throughput benchmark: the full analysis of a corpus with ``newsprism batch``, beside spaCy's own pipe.

The corpus is real: the article-extraction-benchmark pages (HTML) and the Wikinews
texts, repeated to ``--n`` documents and written as one JSONL file (no URLs, so a
repeat is a new document to the batch). Measured in one run:

- **spaCy alone**: ``nlp.pipe`` (the same model, every component, the same batch
  size) over the articles' extracted texts, one process: the floor newsprism cannot
  beat, since it runs this parse and more (extraction, stages, writing Parquet);
- **newsprism batch** with 1 worker (``--n`` documents) and 2 workers
  (``--memory-n`` documents) from JSONL to Parquet, extraction included;
- **peak memory** of the 2-worker run's whole process tree (this process + workers,
  RSS summed, sampled every 0.2 s) after 1k documents and at the end.

Targets: 1-worker batch >= 0.6x spaCy alone; 2 workers >= 1.7x 1 worker; peak
memory at 4k within 10% of 1k.

``python -m benchmarks throughput [--n 2000] [--memory-n 4000]``
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import format_table, shared_dir, write_results

TARGETS = {"vs_spacy": 0.6, "scaling_2_workers": 1.7, "memory_growth": 0.10}


def corpus_documents() -> list[dict[str, str]]:
    """Every benchmark page (``{"html"}``) and Wikinews article (``{"title", "text"}``), in a fixed order."""
    shared = shared_dir() / "data"
    documents: list[dict[str, str]] = []
    for path in sorted((shared / "article-extraction-benchmark" / "html").glob("*.html.gz")):
        documents.append({"html": gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")})
    csv.field_size_limit(10**9)
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with (shared / "wikinews" / name).open(encoding="utf-8", newline="") as handle:
            documents.extend({"title": row["title"], "text": row["text"]} for row in csv.DictReader(handle))
    return documents


def write_corpus(documents: list[dict[str, str]], n: int, path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps(documents[i % len(documents)], ensure_ascii=False) + "\n")
    return path


def extracted_texts(documents: list[dict[str, str]]) -> list[str | None]:
    """The body text newsprism extracts from each distinct document (``None``: refused)."""
    from newsprism.config import Settings
    from newsprism.errors import NewsprismError
    from newsprism.extract import extract_article
    from newsprism.model import RawDocument

    settings = Settings.from_env()
    texts: list[str | None] = []
    for document in documents:
        data = document.get("html") or f"{document['title']}\n\n{document['text']}"
        try:
            texts.append(extract_article(RawDocument(source="bench", data=data.encode()), settings=settings).text)
        except NewsprismError:
            texts.append(None)
    return texts


def spacy_alone(texts: list[str]) -> float:
    """Documents per second of ``nlp.pipe`` over ``texts``, one process, every component."""
    from newsprism.analyze.language import load_nlp
    from newsprism.config import Settings

    settings = Settings.from_env()
    nlp = load_nlp(settings.model)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size):
        pass
    return len(texts) / (time.perf_counter() - started)


class _TreeMemory:
    """Peak RSS of this process and its children, sampled in a thread; peaks kept per milestone."""

    def __init__(self, checkpoint: Path, milestones: list[int]) -> None:
        self.checkpoint = checkpoint
        self.milestones = milestones
        self.peaks: dict[int, int] = {}
        self._peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> _TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        for milestone in self.milestones:
            self.peaks.setdefault(milestone, self._peak)

    def _done(self) -> int:
        if not self.checkpoint.exists():
            return 0
        try:
            with sqlite3.connect(self.checkpoint, timeout=1) as conn:
                return int(conn.execute("select count(*) from items").fetchone()[0])
        except sqlite3.Error:
            return 0

    def _run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.wait(0.2):
            rss = 0
            for process in [me, *me.children(recursive=True)]:
                try:
                    rss += process.memory_info().rss
                except psutil.Error:
                    continue
            self._peak = max(self._peak, rss)
            done = self._done()
            for milestone in self.milestones:
                if done >= milestone and milestone not in self.peaks:
                    self.peaks[milestone] = self._peak
                    print(f"  peak RSS after {done} documents: {self._peak / 2**20:.1f} MB", flush=True)


def batch_rate(corpus: Path, out: Path, *, workers: int, measure: Callable[[Path], Any] | None = None) -> tuple[
        float, int, Any]:
    """Documents per second of ``run_batch`` from the JSONL corpus to Parquet."""
    from newsprism.batch import run_batch

    started = time.perf_counter()
    if measure is not None:
        with measure(out / "_checkpoint.sqlite") as meter:
            report = run_batch([str(corpus)], out=out, workers=workers, commit_every=512)
    else:
        meter = None
        report = run_batch([str(corpus)], out=out, workers=workers, commit_every=512)
    seconds = time.perf_counter() - started
    return report.documents / seconds, report.articles, meter


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks throughput")
    parser.add_argument("--n", type=int, default=2000, help="documents for spaCy alone and the 1-worker run")
    parser.add_argument("--memory-n", type=int, default=4000,
                        help="documents for the 2-worker run (its rate, and peak memory at 1k and at the end)")
    args = parser.parse_args(argv)

    documents = corpus_documents()
    texts = extracted_texts(documents)
    kept = [t for t in texts if t]
    spacy_texts = [kept[i % len(kept)] for i in range(args.n)]
    words = sum(len(t.split()) for t in spacy_texts)
    print(f"corpus: {len(documents)} distinct documents, repeated to {args.n}; "
          f"{len(kept)} have article text; {words / args.n:.0f} words per article", flush=True)

    rows: list[list[Any]] = []
    results: dict[str, Any] = {"n": args.n, "distinct_documents": len(documents), "targets": TARGETS}
    spacy_rate = spacy_alone(spacy_texts)
    rows.append(["spaCy nlp.pipe alone (1 process, anchor)", args.n, spacy_rate, 1.0])
    results["spacy_docs_per_s"] = spacy_rate
    print(f"spaCy alone: {spacy_rate:.2f} docs/s", flush=True)

    with tempfile.TemporaryDirectory(prefix="newsprism-throughput-") as tmp:
        corpus = write_corpus(documents, args.n, Path(tmp) / "corpus.jsonl")
        rates: dict[int, float] = {}
        rate, articles, _ = batch_rate(corpus, Path(tmp) / "out-1", workers=1)
        rates[1] = rate
        rows.append(["newsprism batch, 1 worker, JSONL -> Parquet", args.n, rate, rate / spacy_rate])
        print(f"batch, 1 worker: {rate:.2f} docs/s ({articles} articles)", flush=True)
        # One 2-worker run gives both the 2-worker rate and the memory at 1k and at the end.
        big = write_corpus(documents, args.memory_n, Path(tmp) / "memory.jsonl")
        milestones = sorted({min(1000, args.memory_n), args.memory_n})
        rate, articles, meter = batch_rate(big, Path(tmp) / "out-2", workers=2,
                                           measure=lambda path: _TreeMemory(path, milestones))
        rates[2] = rate
        rows.append(["newsprism batch, 2 workers, JSONL -> Parquet", args.memory_n, rate, rate / spacy_rate])
        print(f"batch, 2 workers: {rate:.2f} docs/s ({articles} articles)", flush=True)
        results["batch_docs_per_s"] = {str(k): v for k, v in rates.items()}
        results["vs_spacy"] = rates[1] / spacy_rate
        results["scaling_2_workers"] = rates[2] / rates[1]
        peaks = {k: v / 2**20 for k, v in meter.peaks.items()}
        results["peak_rss_mb"] = {str(k): round(v, 1) for k, v in peaks.items()}
        results["memory_growth"] = peaks[args.memory_n] / peaks[milestones[0]] - 1
        results["memory_n"] = args.memory_n

    print()
    print(format_table(["run", "documents", "docs/s", "x spaCy alone"], rows))
    print()
    summary = [
        ["1 worker / spaCy alone", results["vs_spacy"], f">= {TARGETS['vs_spacy']}"],
        ["2 workers / 1 worker", results["scaling_2_workers"], f">= {TARGETS['scaling_2_workers']}"],
    ]
    first, last = sorted(results["peak_rss_mb"], key=int)[0], str(args.memory_n)
    summary.append([f"peak RSS of the 2-worker run: {results['peak_rss_mb'][first]} MB at {first} docs -> "
                    f"{results['peak_rss_mb'][last]} MB at {last}", results["memory_growth"],
                    f"<= {TARGETS['memory_growth']}"])
    print(format_table(["ratio", "measured", "target"], summary))
    write_results("throughput", results)
    return 0
