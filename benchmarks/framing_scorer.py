"""The shipped framing scorer (issue #6): trained only on own data, measured beside the lexicon.

``src/newsprism/analyze/framing/data/scorer_en.json.gz`` (``make framing-model``) learns from
``training/framing_en.jsonl`` (MIT, own) and neutral sentences of a fixed quarter of the
Wikinews articles (:func:`~newsprism.analyze.framing.training.is_wikinews_training_article`).
So every Wikinews number here is on the **other** articles only. Rows, each for the lexicon
alone and with the scorer in the same run:

- SemEval-2021 task 6 subtask 1 micro/macro-F1 on dev (the scorer's per-technique
  thresholds were chosen there) and on test (measured once per final candidate);
- fixture flag precision (technique vs neutral news sentences);
- author-voice frames per 1,000 words on held-out Wikinews, the opinion fixtures and the seed;
- the framing stage's CPU share of spaCy on the held-out Wikinews articles (limit 25%).

Usage: ``python -m benchmarks framing_scorer [--split dev|test] [--limit N]``.
"""

from __future__ import annotations

import argparse
from typing import Any

from benchmarks import format_table, shared_dir, write_results
from benchmarks.framing import (
    FIXTURES,
    _jsonl,
    _rounded,
    analyze_texts,
    fixture_scores,
    frames_per_1000_words,
    make_pipeline,
    semeval_scores,
)
from benchmarks.speed import stage_overhead, wikinews_texts
from newsprism.analyze.framing.scorer import BUILTIN
from newsprism.analyze.framing.training import is_wikinews_training_article
from newsprism.extract.text import extract_text

__all__ = ["heldout_wikinews", "main", "measure"]


def heldout_wikinews(limit: int | None = None, *, min_words: int = 30) -> list[str]:
    """Wikinews bodies the shipped scorer never trained on, in file order (as ``wikinews_texts``)."""
    return wikinews_texts(limit, min_words=min_words, keep_url=lambda url: not is_wikinews_training_article(url))


def measure(scorer: str, *, splits: tuple[str, ...] = ("dev",), limit: int | None = None,
            speed: bool = True) -> dict[str, Any]:
    """Every row for one ``framing_scorer`` setting (``"none"``: the lexicon alone)."""
    pipeline = make_pipeline(framing_scorer=scorer)
    out: dict[str, Any] = {"framing_scorer": scorer}
    for split in splits:
        out[split] = _rounded(semeval_scores(pipeline, split, limit=limit)["newsprism"])
    fx = fixture_scores(pipeline)
    out["fixture_flag_precision"] = fx["flag_precision"]
    out["fixture_macro_recall"] = fx["macro_recall"]
    out["neutral_clean"] = fx["neutral_clean"]
    out["false_flags"] = fx["false_flags"]
    texts = heldout_wikinews(limit)
    if speed:
        timing = stage_overhead("framing", texts, pipeline=pipeline)
        wikinews = list(timing.articles)
        out["share_of_spacy"] = round(timing.overhead, 4)
    else:
        wikinews = analyze_texts(pipeline, texts)
    out["wikinews_articles"] = len(wikinews)
    out["wikinews_per_1000"] = round(frames_per_1000_words(wikinews), 3)
    opinion = analyze_texts(pipeline, [x["text"] for x in _jsonl(FIXTURES / "framing_opinion.jsonl")])
    out["opinion_per_1000"] = round(frames_per_1000_words(opinion), 3)
    seed = shared_dir() / "seed" / "000_44594d93ab0e9793.txt"
    seed_article = pipeline.analyze(extract_text(seed.read_text("utf-8"), source=str(seed)))
    out["seed_per_1000"] = round(frames_per_1000_words([seed_article]), 3)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks framing_scorer", description=__doc__.split("\n")[0])
    parser.add_argument("--split", action="append", choices=["dev", "test"],
                        help="SemEval splits (default dev and test; test is measured once per candidate)")
    parser.add_argument("--limit", type=int, help="only the first N texts of each corpus")
    parser.add_argument("--scorer", default=BUILTIN, help="the framing_scorer setting to measure (default builtin)")
    args = parser.parse_args(argv or [])
    splits = tuple(args.split or ("dev", "test"))
    rows = [measure("none", splits=splits, limit=args.limit), measure(args.scorer, splits=splits, limit=args.limit)]
    names = ["lexicons + patterns alone", f"+ own-data scorer ({args.scorer})"]
    head = ["system", *[f"{s} {m}" for s in splits for m in ("micro-F1", "macro-F1")], "fixture precision",
            "Wikinews /1k", "opinion /1k", "seed /1k", "framing / spaCy"]
    print(f"Held-out Wikinews articles: {rows[0]['wikinews_articles']} (the scorer trained on the others)\n")
    print(format_table(head, [[name, *[r[s][m] for s in splits for m in ("micro_f1", "macro_f1")],
                                r["fixture_flag_precision"], r["wikinews_per_1000"], r["opinion_per_1000"],
                                r["seed_per_1000"], r["share_of_spacy"]] for name, r in zip(names, rows, strict=True)]))
    for text, techniques in rows[1]["false_flags"]:
        print(f"  false flag with the scorer {techniques}: {text}")
    if args.limit is None and set(splits) == {"dev", "test"}:
        write_results("framing_scorer", {"lexicon": {k: v for k, v in rows[0].items() if k != "false_flags"},
                                         "scorer": rows[1]})
    return 0
