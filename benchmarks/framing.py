"""Framing (issue #6): persuasion techniques on SemEval-2021 task 6, fixtures, neutral vs opinion, speed.

Four measurements in one run:

1. **SemEval-2021 task 6, subtask 1** (meme texts, multi-label over 20 techniques; research
   use only, read from ``../shared``, never bundled): micro- and macro-F1 of the techniques
   newsprism's framing stage finds in each text (any voice), beside the majority-class
   baseline (the training set's most frequent technique predicted for every text).
2. **Hand-written fixtures** (``tests/analyze/fixtures/framing_*.jsonl``): recall per
   technique (the labelled technique found in the author's voice), and flag precision
   over technique + neutral news sentences (a neutral sentence with any author frame is a
   false positive).
3. **Author-voice frames per 1,000 words** on Wikinews (neutral point of view) vs opinion
   text (the seed and the opinion fixtures).
4. **Speed**: CPU time of the framing stage over the Wikinews parses, as a share of the
   spaCy pipeline's own time on the same texts (target: at most 25%).

Usage::

    python -m benchmarks framing [--split test|dev] [--limit N] [--skip-wikinews] [--no-scorer]

The learned-scorer rows train the optional scorer on SemEval's other splits inside the
run (needs the ``learn`` extra) and discard it: research use, nothing is written or shipped.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import ROOT, format_table, shared_dir, write_results
from benchmarks.speed import stage_overhead, wikinews_texts
from newsprism.analyze import STAGES
from newsprism.config import Settings
from newsprism.extract.build import build_article
from newsprism.extract.text import extract_text
from newsprism.model import Article
from newsprism.pipeline import Pipeline

__all__ = [
    "FIXTURES",
    "fixture_scores",
    "frames_per_1000_words",
    "load_semeval",
    "main",
    "make_pipeline",
    "quick",
    "semeval_scores",
]

FIXTURES = ROOT / "tests" / "analyze" / "fixtures"
AUTHOR = "author"


def make_pipeline() -> Pipeline:
    """entities (+ quotes when that stage exists) + framing: what ``analyze`` runs for frames."""
    stages = tuple(s for s in ("entities", "actors", "quotes", "framing") if s in STAGES)
    return Pipeline.from_settings(Settings.from_env(stages=stages))


def _article(text: str) -> Article:
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return build_article(paragraphs or [text.strip()])


def analyze_texts(pipeline: Pipeline, texts: Sequence[str]) -> list[Article]:
    return list(pipeline.analyze_many(_article(t) for t in texts))


# --- SemEval-2021 task 6 -------------------------------------------------------------------


def semeval_dir() -> Path:
    return shared_dir() / "data" / "semeval2021-task6"


def load_semeval(split: str) -> list[dict[str, Any]]:
    name = {"train": "training", "dev": "dev", "test": "test"}[split]
    data: list[dict[str, Any]] = json.loads((semeval_dir() / f"{name}_set_task1.txt").read_text("utf-8"))
    return data


def techniques_list() -> list[str]:
    lines = (semeval_dir() / "techniques_list_task1-2.txt").read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


@dataclass(frozen=True, slots=True)
class MultiLabelScore:
    micro_p: float
    micro_r: float
    micro_f1: float
    macro_f1: float


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def multilabel_scores(gold: Sequence[set[str]], pred: Sequence[set[str]], labels: Sequence[str]) -> MultiLabelScore:
    """Micro and macro F1 as the SemEval-2021 task 6 scorer computes them (sklearn-style)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        for label in p & g:
            tp[label] += 1
        for label in p - g:
            fp[label] += 1
        for label in g - p:
            fn[label] += 1
    all_tp, all_fp, all_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    micro_p = all_tp / (all_tp + all_fp) if all_tp + all_fp else 0.0
    micro_r = all_tp / (all_tp + all_fn) if all_tp + all_fn else 0.0
    per_label = []
    for label in labels:
        p = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        r = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        per_label.append(_f1(p, r))
    return MultiLabelScore(micro_p, micro_r, _f1(micro_p, micro_r), sum(per_label) / len(per_label))


def predict_techniques(articles: Iterable[Article], labels: Sequence[str]) -> list[set[str]]:
    known = set(labels)
    return [{f.technique for f in a.frames if f.technique in known} for a in articles]


def semeval_scores(pipeline: Pipeline, split: str = "test", *, limit: int | None = None) -> dict[str, Any]:
    items = load_semeval(split)[:limit]
    labels = techniques_list()
    gold = [set(x["labels"]) for x in items]
    articles = analyze_texts(pipeline, [x["text"] for x in items])
    pred = predict_techniques(articles, labels)
    majority = Counter(label for x in load_semeval("train") for label in x["labels"]).most_common(1)[0][0]
    base = multilabel_scores(gold, [{majority} for _ in items], labels)
    ours = multilabel_scores(gold, pred, labels)
    per_technique = {}
    for label in labels:
        s = multilabel_scores(gold, pred, [label])
        support = sum(1 for g in gold if label in g)
        if support or any(label in p for p in pred):
            per_technique[label] = {"f1": round(s.macro_f1, 3), "support": support,
                                    "predicted": sum(1 for p in pred if label in p)}
    return {"split": split, "texts": len(items), "majority_label": majority, "newsprism": ours,
            "majority": base, "per_technique": per_technique}


def research_scorer_scores(pipeline: Pipeline, split: str = "test", *, limit: int | None = None,
                           embeddings: bool = True) -> dict[str, Any]:
    """The optional learned scorer, trained here on SemEval's train split and thrown away.

    Research use only: the weights are never written to the repository or shipped. It
    shows what ``scripts/train_framing.py`` gives a user who holds such a corpus.
    """
    from newsprism.analyze.framing import FramingStage
    from newsprism.analyze.framing.scorer import SentenceScorer
    from newsprism.analyze.framing.training import lexicon_findings, train_scorer

    # Trained on every labelled text outside the scored split (C and threshold were chosen on dev).
    train = [x for part in ("train", "dev", "test") if part != split for x in load_semeval(part)][:limit]
    found = lexicon_findings(analyze_texts(pipeline, [x["text"] for x in train]))
    framing = next(s for s in pipeline.stages if s.name == "framing")
    t0 = time.process_time()
    model = train_scorer([x["text"] for x in train], [set(x["labels"]) for x in train], found,
                         lexicon_techniques=framing.lexicon.technique_names, embeddings=embeddings,
                         unit="text")
    train_cpu = time.process_time() - t0
    scorer = SentenceScorer(model)
    stages = [FramingStage(use_quotes=framing.use_quotes, scorer=scorer) if s.name == "framing" else s
              for s in pipeline.stages]
    learned = Pipeline(stages, nlp=pipeline.nlp, batch_size=pipeline.batch_size)
    items = load_semeval(split)[:limit]
    labels = techniques_list()
    gold = [set(x["labels"]) for x in items]
    t1 = time.process_time()
    pred = predict_techniques(analyze_texts(learned, [x["text"] for x in items]), labels)
    run_cpu = time.process_time() - t1
    # The same model on whole texts (as it was trained), for reference.
    texts = [x["text"] for x in items]
    whole_found = lexicon_findings(analyze_texts(pipeline, texts))
    whole = [{s.technique for s in row} for row in scorer.score(texts, whole_found)]
    return {"stage": multilabel_scores(gold, pred, labels), "whole_text": multilabel_scores(gold, whole, labels),
            "train_cpu_s": train_cpu, "run_cpu_s": run_cpu, "embeddings": embeddings}


# --- fixtures ----------------------------------------------------------------------------


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def fixture_scores(pipeline: Pipeline) -> dict[str, Any]:
    """Per-technique recall on technique sentences; flag precision against neutral news sentences."""
    techniques = _jsonl(FIXTURES / "framing_techniques.jsonl")
    neutral = _jsonl(FIXTURES / "framing_neutral.jsonl")
    tech_articles = analyze_texts(pipeline, [x["text"] for x in techniques])
    neutral_articles = analyze_texts(pipeline, [x["text"] for x in neutral])
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    flagged_tech = 0
    for item, article in zip(techniques, tech_articles, strict=True):
        author = {f.technique for f in article.frames if f.voice == AUTHOR}
        total[item["technique"]] += 1
        found[item["technique"]] += item["technique"] in author
        flagged_tech += bool(author)
    false_flags = [
        (item["text"], sorted({f.technique for f in a.frames if f.voice == AUTHOR}))
        for item, a in zip(neutral, neutral_articles, strict=True)
        if any(f.voice == AUTHOR for f in a.frames)
    ]
    flagged = flagged_tech + len(false_flags)
    return {
        "technique_sentences": len(techniques),
        "neutral_sentences": len(neutral),
        "recall": {t: round(found[t] / total[t], 3) for t in total},
        "macro_recall": round(sum(found[t] / total[t] for t in total) / len(total), 3),
        "flag_precision": round(flagged_tech / flagged, 3) if flagged else 1.0,
        "neutral_clean": round(1 - len(false_flags) / len(neutral), 3),
        "false_flags": false_flags,
    }


# --- neutral vs opinion, speed ----------------------------------------------------------------


def frames_per_1000_words(articles: Iterable[Article]) -> float:
    words = frames = 0
    for article in articles:
        words += len(article.text.split())
        frames += sum(1 for f in article.frames if f.voice == AUTHOR)
    return 1000 * frames / words if words else 0.0


def neutral_vs_opinion(pipeline: Pipeline, *, limit: int | None = None) -> dict[str, Any]:
    """Rates per 1,000 words, and the framing stage's CPU share of spaCy's on Wikinews."""
    timing = stage_overhead("framing", wikinews_texts(limit), pipeline=pipeline)
    framed = timing.articles
    seed = shared_dir() / "seed" / "000_44594d93ab0e9793.txt"
    opinion = analyze_texts(pipeline, [x["text"] for x in _jsonl(FIXTURES / "framing_opinion.jsonl")])
    seed_article = pipeline.analyze(extract_text(seed.read_text("utf-8"), source=str(seed)))
    words = sum(len(a.text.split()) for a in framed)
    technique_mix = Counter(f.technique for a in framed for f in a.frames if f.voice == AUTHOR)
    return {
        "wikinews_articles": len(framed),
        "wikinews_words": words,
        "wikinews_per_1000": frames_per_1000_words(framed),
        "wikinews_techniques": dict(technique_mix.most_common()),
        "opinion_fixtures_per_1000": frames_per_1000_words(opinion),
        "seed_per_1000": frames_per_1000_words([seed_article]),
        "spacy_cpu_s": timing.spacy_cpu_s,
        "framing_cpu_s": timing.stage_cpu_s,
        "framing_share_of_spacy": timing.overhead,
    }


def quick() -> dict[str, float]:
    """The eval-gate subset (tests/eval_floors.json): SemEval dev, the fixtures, 30 Wikinews articles."""
    pipeline = make_pipeline()
    dev = semeval_scores(pipeline, "dev")["newsprism"]
    fx = fixture_scores(pipeline)
    neutral = analyze_texts(pipeline, wikinews_texts(30))
    opinion = analyze_texts(pipeline, [x["text"] for x in _jsonl(FIXTURES / "framing_opinion.jsonl")])
    return {
        "semeval_dev_micro_f1": round(dev.micro_f1, 4),
        "fixture_flag_precision": fx["flag_precision"],
        "fixture_macro_recall": fx["macro_recall"],
        "neutral_clean": fx["neutral_clean"],
        "wikinews_author_frames_per_1000": round(frames_per_1000_words(neutral), 3),
        "opinion_author_frames_per_1000": round(frames_per_1000_words(opinion), 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks framing", description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="test", choices=["test", "dev", "train"])
    parser.add_argument("--limit", type=int, help="only the first N texts of each corpus")
    parser.add_argument("--skip-wikinews", action="store_true", help="skip the Wikinews rate and speed run")
    parser.add_argument("--no-scorer", action="store_true", help="skip the research-only learned scorer row")
    args = parser.parse_args(argv or [])
    pipeline = make_pipeline()
    print(f"stages: {', '.join(s.name for s in pipeline.stages)}\n")

    sem = semeval_scores(pipeline, args.split, limit=args.limit)
    ours, base = sem["newsprism"], sem["majority"]
    rows = [["newsprism framing, lexicons + patterns (shipped default)", ours.micro_p, ours.micro_r, ours.micro_f1,
             ours.macro_f1]]
    research = None if args.no_scorer else research_scorer_scores(pipeline, args.split, limit=args.limit)
    if research is not None:
        for key, name in (("stage", "+ learned scorer, in the stage (lexicon frames kept)"),
                          ("whole_text", "learned scorer alone, whole text")):
            m = research[key]
            rows.append([f"{name} (trained here, research only)", m.micro_p, m.micro_r, m.micro_f1, m.macro_f1])
    rows.append([f"majority class ({sem['majority_label']})", base.micro_p, base.micro_r, base.micro_f1,
                 base.macro_f1])
    print(f"SemEval-2021 task 6 subtask 1, {sem['split']} split: {sem['texts']} texts (research use only)\n")
    print(format_table(["system", "micro-P", "micro-R", "micro-F1", "macro-F1"], rows))
    print()
    print(format_table(["technique", "F1", "gold", "predicted"],
                       [[t, v["f1"], v["support"], v["predicted"]] for t, v in sem["per_technique"].items()]))

    fx = fixture_scores(pipeline)
    print(f"\nHand-written fixtures: {fx['technique_sentences']} technique sentences, "
          f"{fx['neutral_sentences']} neutral news sentences\n")
    print(format_table(["technique", "recall (author voice)"], list(fx["recall"].items())))
    print(f"\nflag precision (technique vs neutral sentences): {fx['flag_precision']:.3f}; "
          f"neutral sentences with no author frame: {fx['neutral_clean']:.3f}")
    for text, techniques in fx["false_flags"]:
        print(f"  false flag {techniques}: {text}")

    results: dict[str, Any] = {
        "semeval": {
            "split": sem["split"], "texts": sem["texts"],
            "newsprism": {"micro_f1": round(ours.micro_f1, 4), "macro_f1": round(ours.macro_f1, 4),
                          "micro_p": round(ours.micro_p, 4), "micro_r": round(ours.micro_r, 4)},
            "majority": {"label": sem["majority_label"], "micro_f1": round(base.micro_f1, 4),
                         "macro_f1": round(base.macro_f1, 4)},
            "per_technique": sem["per_technique"],
        },
        "fixtures": {k: v for k, v in fx.items() if k != "false_flags"},
    }
    if research is not None:
        results["semeval"]["learned_scorer_research_only"] = {
            key: {"micro_f1": round(research[key].micro_f1, 4), "macro_f1": round(research[key].macro_f1, 4),
                  "micro_p": round(research[key].micro_p, 4), "micro_r": round(research[key].micro_r, 4)}
            for key in ("stage", "whole_text")
        } | {"trained_on": "SemEval-2021 t6 train+dev, in this run; weights discarded",
             "train_cpu_s": round(research["train_cpu_s"], 1)}
    if not args.skip_wikinews:
        rates = neutral_vs_opinion(pipeline, limit=args.limit)
        print(f"\nAuthor-voice frames per 1,000 words ({rates['wikinews_articles']} Wikinews articles, "
              f"{rates['wikinews_words']} words)\n")
        print(format_table(["text", "frames / 1,000 words"], [
            ["Wikinews (neutral point of view)", rates["wikinews_per_1000"]],
            ["opinion fixtures", rates["opinion_fixtures_per_1000"]],
            ["seed article", rates["seed_per_1000"]],
        ]))
        print(f"\nWikinews author-voice techniques: {rates['wikinews_techniques']}")
        print(f"\nSpeed: spaCy {rates['spacy_cpu_s']:.1f} CPU-s, framing {rates['framing_cpu_s']:.2f} CPU-s "
              f"= {100 * rates['framing_share_of_spacy']:.1f}% of spaCy (target <= 25%)")
        results["rates"] = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in rates.items()}
    if args.limit is None and args.split == "test":
        write_results("framing", results)
    return 0
