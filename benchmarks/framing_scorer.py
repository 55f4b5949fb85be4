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
from collections.abc import Sequence
from typing import Any

import numpy as np

from benchmarks import ROOT, format_table, shared_dir, write_results
from benchmarks.framing import (
    AUTHOR,
    FIXTURES,
    _article,
    _jsonl,
    _rounded,
    analyze_texts,
    fixture_scores,
    frames_per_1000_words,
    load_semeval,
    make_pipeline,
    multilabel_scores,
    semeval_scores,
    techniques_list,
)
from benchmarks.speed import stage_overhead, wikinews_texts
from newsprism.analyze.framing.scorer import BUILTIN
from newsprism.analyze.framing.training import is_wikinews_training_article, lexicon_findings
from newsprism.extract.build import build_article
from newsprism.extract.text import extract_text
from newsprism.model import Article
from newsprism.pipeline import Pipeline

__all__ = ["CANDIDATES", "candidates", "heldout_wikinews", "main", "measure"]


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


# --- candidates: feature sets and threshold choices compared on SemEval dev and own-data CV (never test) -------

#: Feature sets compared for the own-data scorer (#6). MiniLM-N reads the first N word pieces of each unit
#: (a sentence: the stage scores sentences); its vector is always the full 384 dimensions (no PCA).
CANDIDATES: dict[str, dict[str, Any]] = {
    "word+char+lexicon (current recipe)": {"embeddings": False, "chars": True, "c": 4.0, "max_tokens": 128},
    "word+char+lexicon+MiniLM-32": {"embeddings": True, "chars": True, "c": 4.0, "max_tokens": 32},
    "MiniLM-32+lexicon": {"embeddings": True, "chars": False, "words": False, "c": 4.0, "max_tokens": 32},
    "word+char+lexicon+MiniLM-64": {"embeddings": True, "chars": True, "c": 4.0, "max_tokens": 64},
    "MiniLM-64+lexicon": {"embeddings": True, "chars": False, "words": False, "c": 4.0, "max_tokens": 64},
    "word+char+lexicon+MiniLM-128": {"embeddings": True, "chars": True, "c": 4.0, "max_tokens": 128},
    "MiniLM-128+lexicon": {"embeddings": True, "chars": False, "words": False, "c": 4.0, "max_tokens": 128},
}
#: a threshold no probability reaches: the technique is left to the lexicon.
_NEVER = 2.0


class _MemoEmbedder:
    """MiniLM vectors remembered by text: every candidate re-reads the same sentences (a benchmark speed-up only)."""

    def __init__(self, max_tokens: int) -> None:
        from newsprism.analyze.framing.scorer import Embedder

        self.embedder = Embedder(max_tokens=max_tokens)
        self.seen: dict[str, Any] = {}

    def __call__(self, texts: Sequence[str]) -> Any:
        import numpy as np

        missing = sorted({t for t in texts if t not in self.seen})
        if missing:
            self.seen.update(zip(missing, self.embedder(missing), strict=True))
        return np.vstack([self.seen[t] for t in texts]) if texts else np.zeros((0, 384), dtype=np.float32)


class _Probe:
    """Stands in for a scorer in the stage: keeps each text's best probability per technique, flags nothing."""

    def __init__(self, scorer: Any) -> None:
        self.scorer = scorer
        self.unit = scorer.unit
        self.rows: list[Any] = []

    def score(self, texts: Sequence[str], lexicon: Sequence[dict[str, float]]) -> list[list[Any]]:
        import numpy as np

        if texts:
            self.rows.append(self.scorer.probabilities(texts, lexicon).max(axis=0))
        else:
            self.rows.append(np.zeros(len(self.scorer.techniques)))
        return [[] for _ in texts]


def _parsed(pipeline: Pipeline, texts: Sequence[Article]) -> list[tuple[Article, Any]]:
    """Articles with every stage before framing applied, and their Docs: parsed once for all candidates."""
    framing = next(s for s in pipeline.stages if s.name == "framing")
    before = pipeline.stages[: pipeline.stages.index(framing)]
    out = []
    for article, doc in zip(texts, pipeline.nlp.pipe((a.text for a in texts), batch_size=pipeline.batch_size),
                            strict=True):
        for stage in before:
            article = stage(article, doc)
        out.append((article, doc))
    return out


def _dev_f1(p: Any, lexicon: Sequence[set[str]], techniques: Sequence[str], cuts: dict[str, float],
            gold: Sequence[set[str]], labels: Sequence[str]) -> tuple[float, float]:
    """Dev micro/macro-F1 of what the stage outputs: the lexicon's techniques plus the scorer's at ``cuts``."""
    known = set(labels)
    pred = [(lex & known) | {t for j, t in enumerate(techniques) if p[i, j] >= cuts.get(t, _NEVER)}
            for i, lex in enumerate(lexicon)]
    score = multilabel_scores(gold, pred, labels)
    return score.micro_f1, score.macro_f1


def _choose_on_dev(p: Any, lexicon: Sequence[set[str]], techniques: Sequence[str], gold: Sequence[set[str]],
                   labels: Sequence[str], *, min_support: int = 1) -> dict[str, float]:
    """Per-technique thresholds by two passes of coordinate ascent on dev (a model choice; never test).

    Only techniques with at least ``min_support`` dev texts get one (the others stay with the
    lexicon): a threshold fitted to one to eight of 63 memes is noise.
    """
    from newsprism.analyze.framing.training import GRID

    cuts: dict[str, float] = {}
    support = {t: sum(t in g for g in gold) for t in techniques}
    for _ in range(2):
        for t in sorted((t for t in techniques if support[t] >= min_support), key=lambda t: -support[t]):
            cuts[t] = max([*GRID, _NEVER], key=lambda c: (_dev_f1(p, lexicon, techniques, {**cuts, t: c}, gold,
                                                                    labels)[0], c))
    return {t: c for t, c in cuts.items() if c < _NEVER}


def candidates(names: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Train each candidate on the shippable data and measure it on dev, CV, fixtures and held-out Wikinews.

    Four threshold choices per candidate: one global threshold by 5-fold CV on the own data, per
    technique by CV, per technique on SemEval dev, and on dev only for the techniques with at
    least 10 dev texts (Loaded Language, Name calling, Smears). SemEval test is never read here.
    """
    import importlib.util
    from unittest import mock

    from newsprism.analyze.framing import scorer as scorer_module
    from newsprism.analyze.framing import training
    from newsprism.analyze.framing.lexicon import load_lexicon
    from newsprism.analyze.framing.scorer import SentenceScorer
    from newsprism.analyze.framing.stage import FramingStage

    spec = importlib.util.spec_from_file_location("train_framing", ROOT / "scripts" / "train_framing.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    examples = script.load_jsonl(ROOT / "training" / "framing_en.jsonl")
    examples += script.load_wikinews(shared_dir() / "data" / "wikinews")[0]
    texts, labels = [t for t, _ in examples], [set(x) for _, x in examples]
    pipeline = make_pipeline("none")
    # as scripts/train_framing.py builds them: one paragraph per example
    found = lexicon_findings(pipeline.analyze_many(build_article([t]) for t in texts))
    use_quotes = bool(getattr(next(s for s in pipeline.stages if s.name == "framing"), "use_quotes", False))
    dev_items = load_semeval("dev")
    gold, all_labels = [set(x["labels"]) for x in dev_items], techniques_list()
    sets = {
        "dev": _parsed(pipeline, [_article(x["text"]) for x in dev_items]),
        "technique": _parsed(pipeline, [_article(x["text"]) for x in _jsonl(FIXTURES / "framing_techniques.jsonl")]),
        "neutral": _parsed(pipeline, [_article(x["text"]) for x in _jsonl(FIXTURES / "framing_neutral.jsonl")]),
        "opinion": _parsed(pipeline, [_article(x["text"]) for x in _jsonl(FIXTURES / "framing_opinion.jsonl")]),
        "wikinews": _parsed(pipeline, [_article(t) for t in heldout_wikinews()]),
    }
    memo: dict[int, _MemoEmbedder] = {}

    def embedder(max_tokens: int = 128) -> _MemoEmbedder:
        return memo.setdefault(max_tokens, _MemoEmbedder(max_tokens))

    rows = []
    with mock.patch.object(scorer_module, "_embedder", embedder), mock.patch.object(training, "_embedder", embedder):
        for name in names or list(CANDIDATES):
            model = training.train_scorer(texts, labels, found, lexicon_techniques=load_lexicon("en").technique_names,
                                          per_technique=True, **CANDIDATES[name])
            probe = _Probe(SentenceScorer(model))
            stage = FramingStage(use_quotes=use_quotes, scorer=probe)  # type: ignore[arg-type]
            lexicon = [{f.technique for f in stage(a, d).frames} for a, d in sets["dev"]]
            p = np.vstack(probe.rows)
            techniques = probe.scorer.techniques
            by_cv = {t: model["threshold"] for t in techniques}
            choices = {"CV, one threshold": by_cv, "CV, per technique": {**by_cv, **model["thresholds"]},
                       "dev, per technique": _choose_on_dev(p, lexicon, techniques, gold, all_labels),
                       "dev, techniques with >= 10 dev texts": _choose_on_dev(p, lexicon, techniques, gold, all_labels,
                                                                              min_support=10)}
            for choice, cuts in choices.items():
                scorer = SentenceScorer({**model, "thresholds": {t: cuts.get(t, _NEVER) for t in techniques}})
                stage = FramingStage(use_quotes=use_quotes, scorer=scorer)
                out = {key: [stage(a, d) for a, d in pairs] for key, pairs in sets.items() if key != "dev"}
                flagged = sum(any(f.voice == AUTHOR for f in a.frames) for a in out["technique"])
                false = [a for a in out["neutral"] if any(f.voice == AUTHOR for f in a.frames)]
                micro, macro = _dev_f1(p, lexicon, techniques, cuts, gold, all_labels)
                rows.append({
                    "candidate": name, "thresholds": choice, "cv_micro_f1": model["selection"]["cv_micro_f1"],
                    "dev_micro_f1": round(micro, 4), "dev_macro_f1": round(macro, 4),
                    "fixture_flag_precision": round(flagged / (flagged + len(false)), 3),
                    "wikinews_per_1000": round(frames_per_1000_words(out["wikinews"]), 2),
                    "opinion_per_1000": round(frames_per_1000_words(out["opinion"]), 1),
                    "cuts": {t: c for t, c in cuts.items() if c < _NEVER},
                    "false_flags": [(a.text, sorted({f.technique for f in a.frames if f.voice == AUTHOR}))
                                    for a in false],
                })
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks framing_scorer", description=__doc__.split("\n")[0])
    parser.add_argument("--split", action="append", choices=["dev", "test"],
                        help="SemEval splits (default dev; test only by name, once per final candidate)")
    parser.add_argument("--limit", type=int, help="only the first N texts of each corpus")
    parser.add_argument("--scorer", default=BUILTIN, help="the framing_scorer setting to measure (default builtin)")
    parser.add_argument("--candidates", nargs="*", choices=list(CANDIDATES), metavar="NAME",
                        help="instead: train and compare the feature-set candidates on dev, CV, fixtures and "
                             "held-out Wikinews (no test; all of them when no NAME is given)")
    args = parser.parse_args(argv or [])
    if args.candidates is not None:
        found = candidates(args.candidates)
        print(format_table(["candidate", "thresholds", "CV micro-F1", "dev micro-F1", "dev macro-F1",
                            "fixture precision", "Wikinews /1k", "opinion /1k"],
                           [[r["candidate"], r["thresholds"], r["cv_micro_f1"], r["dev_micro_f1"], r["dev_macro_f1"],
                             r["fixture_flag_precision"], r["wikinews_per_1000"], r["opinion_per_1000"]]
                            for r in found]))
        if not args.candidates:
            write_results("framing_scorer_candidates", {"candidates": found})
        return 0
    splits = tuple(args.split or ("dev",))
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
