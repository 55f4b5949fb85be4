"""Body-text extraction on the article-extraction-benchmark (181 real pages), its own metric.

Runs, in the same process and interleaved page by page (so load from other jobs
falls on every extractor alike):

- ``newsprism``: the body of :func:`newsprism.extract.html.extract_html` (what a user
  gets: captions and a repeated headline removed), timed as the whole call, metadata
  included;
- ``newsprism-body``: :func:`newsprism.extract.html.extract_body` alone;
- ``trafilatura``: ``trafilatura.extract(favor_precision=True)``, the anchor;
- ``readability``: readability-lxml's summary as text;
- ``newspaper4k``: when it is installed (it is not a dependency; skipped otherwise).

Speed is pages per CPU-second of this process (``time.process_time``), and the ratio
to trafilatura's. Usage::

    python -m benchmarks extraction [--limit N] [--only NAME,...] [--dump FILE]
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import lxml.html

from benchmarks import format_table, shared_dir, write_results
from benchmarks.scoring import CorpusScore, PageScore, corpus_scores, page_scores
from newsprism.errors import NoArticleText
from newsprism.extract.decode import decode_text
from newsprism.model import RawDocument

__all__ = ["EXTRACTORS", "QUICK_EVERY", "Page", "load_pages", "main", "quick", "score"]

Extractor = Callable[[str, str | None], str]


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    url: str | None
    html: str
    gold: str


def benchmark_dir() -> Path:
    return shared_dir() / "data" / "article-extraction-benchmark"


def load_pages(ids: Sequence[str] | None = None, *, limit: int | None = None) -> list[Page]:
    """The benchmark's pages, decoded the way newsprism decodes any input."""
    root = benchmark_dir()
    truth = json.loads((root / "ground-truth.json").read_text("utf-8"))
    keys = list(ids) if ids is not None else sorted(truth)
    if limit is not None:
        keys = keys[:limit]
    pages = []
    for key in keys:
        path = root / "html" / f"{key}.html.gz"
        html = decode_text(RawDocument(source=str(path), data=gzip.decompress(path.read_bytes())))
        pages.append(Page(id=key, url=truth[key].get("url"), html=html, gold=truth[key].get("articleBody", "")))
    return pages


def _newsprism(html: str, url: str | None) -> str:
    from newsprism.extract.html import extract_html

    try:
        return extract_html(html, url=url).text
    except NoArticleText:
        return ""


def _newsprism_body(html: str, url: str | None) -> str:
    from newsprism.extract.html import extract_body

    return "\n".join(extract_body(html, url=url))


def _trafilatura(html: str, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url, favor_precision=True) or ""


def _readability(html: str, url: str | None) -> str:
    from readability import Document

    try:
        summary = Document(html).summary(html_partial=True)
    except Exception:  # readability raises bare Exceptions on odd markup  # noqa: BLE001
        return ""
    return str(lxml.html.fromstring(summary).text_content())


def _newspaper4k(html: str, url: str | None) -> str:
    import newspaper  # optional; absent unless installed by hand

    article = newspaper.Article(url or "http://example.invalid/")
    article.download(input_html=html)
    try:
        article.parse()
    except Exception:  # it raises on pages in languages whose optional tokenizer is absent  # noqa: BLE001
        return ""
    return str(article.text)


def _installed(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


#: name -> extractor; the anchor is ``trafilatura``.
EXTRACTORS: dict[str, Extractor] = {
    "newsprism": _newsprism,
    "newsprism-body": _newsprism_body,
    "trafilatura": _trafilatura,
    "readability": _readability,
}
if _installed("newspaper"):
    EXTRACTORS["newspaper4k"] = _newspaper4k


@dataclass(slots=True)
class Run:
    name: str
    pages: list[PageScore]
    seconds: float
    outputs: dict[str, str]

    @property
    def score(self) -> CorpusScore:
        return corpus_scores(self.pages)

    @property
    def pages_per_second(self) -> float:
        return len(self.pages) / self.seconds if self.seconds else float("inf")


def score(pages: Sequence[Page], names: Sequence[str]) -> dict[str, Run]:
    """Run each named extractor over every page, interleaved, scoring and timing each."""
    runs = {name: Run(name=name, pages=[], seconds=0.0, outputs={}) for name in names}
    if pages:  # warm up imports and lazy caches outside the clock
        for name in names:
            EXTRACTORS[name](pages[0].html, pages[0].url)
    for page in pages:
        for name in names:
            start = time.process_time()
            text = EXTRACTORS[name](page.html, page.url)
            runs[name].seconds += time.process_time() - start
            runs[name].pages.append(page_scores(page.gold, text))
            runs[name].outputs[page.id] = text
    return runs


#: The evaluation gate's quick subset: every third page by id (61 pages, about 2 s).
QUICK_EVERY = 3


def quick() -> dict[str, float]:
    """newsprism alone on the fixed quick subset, for ``tests/test_eval_gate.py``."""
    root = benchmark_dir()
    ids = sorted(json.loads((root / "ground-truth.json").read_text("utf-8")))[::QUICK_EVERY]
    run = score(load_pages(ids), ["newsprism"])["newsprism"]
    s = run.score
    return {"precision": s.precision, "recall": s.recall, "f1": s.f1, "pages": float(s.pages)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks extraction", description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N pages (by id)")
    parser.add_argument("--only", help="comma-separated extractor names")
    parser.add_argument("--dump", type=Path, help="write per-page scores and outputs to this JSON file")
    args = parser.parse_args(argv or [])
    names = args.only.split(",") if args.only else list(EXTRACTORS)
    pages = load_pages(limit=args.limit)
    runs = score(pages, names)
    anchor = runs.get("trafilatura")
    rows = []
    results = {}
    for name, run in runs.items():
        s = run.score
        ratio = run.pages_per_second / anchor.pages_per_second if anchor else float("nan")
        rows.append([name, s.precision, s.recall, s.f1, f"{run.pages_per_second:.1f}", f"{ratio:.2f}x"])
        results[name] = {
            "precision": round(s.precision, 4),
            "recall": round(s.recall, 4),
            "f1": round(s.f1, 4),
            "pages_per_cpu_second": round(run.pages_per_second, 1),
            "speed_vs_trafilatura": round(ratio, 3),
        }
    print(f"article-extraction-benchmark: {len(pages)} pages, shingle metric (n=4)\n")
    print(format_table(["extractor", "precision", "recall", "F1", "pages/CPU-s", "speed vs trafilatura"], rows))
    if args.dump:
        dump = {name: {pid: {"p": ps.precision, "r": ps.recall, "text": run.outputs[pid]}
                       for pid, ps in zip(run.outputs, run.pages, strict=True)} for name, run in runs.items()}
        args.dump.write_text(json.dumps(dump, ensure_ascii=False), encoding="utf-8")
    if args.limit is None and args.only is None:
        write_results("extraction", {"pages": len(pages), "extractors": results})
    return 0
