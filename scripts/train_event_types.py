"""Train and measure a learned re-ranker / abstainer for the events stage's readings (issue #5).

    .venv/bin/python scripts/train_event_types.py [--embed] [--test] [--write]

Training data: the **dev split** of PLOVER's gold sentences (``benchmarks/labels/plover_split.json``;
CC BY-SA 4.0, PLOVER, Open Event Data Alliance) plus the own corpus ``training/events_en.jsonl``
(MIT; its non-event sentences teach abstention). The test split is never read unless ``--test``.

1. run the events stage with the lexicon alone on every sentence and keep, for each candidate
   whose trigger overlaps the gold event words, its features (see
   ``newsprism.analyze.events.scorer.event_features``, with the lexicon's evidence score)
   labelled with the gold type; candidates in own non-event sentences are labelled NONE;
2. choose ``C``, ``switch_margin``, ``blend`` (weight of the evidence score in the confidence)
   and the abstention ``threshold`` by 5-fold cross-validation over sentences of dev + own,
   scoring each held-out fold with the benchmark's own scorer;
3. ``--test``: train on all of dev + own with the chosen settings and score PLOVER test with and
   without the scorer (the held-out measure: run it once); ``--embed``: the same for a binary
   abstainer over every candidate with a MiniLM vector of the trigger's window (learn extra);
4. ``--write``: write ``src/newsprism/analyze/events/models/event_types_en.weights.json`` with its
   source and licence, only if cross-validation beats the lexicon alone on precision and macro-F1.

Measured 2026-11-29 (``benchmarks/results/events_scorer.json``): neither model helps, so **no
weights ship** and the stage runs on the lexicon and its evidence score. Don't repeat these:

| system | CV dev+own P / cov / macro-F1 | PLOVER test acc / P / cov / macro-F1 / party F1 |
|---|---|---|
| lexicon alone | 0.922 / 0.907 / 0.871 (in-sample) | 0.652 / 0.754 / 0.866 / 0.662 / 0.750 |
| + sparse LR (C 1, margin 0.3, blend 0.5, t 0.6) | 0.922 / 0.895 / 0.862 | 0.646 / 0.746 / 0.866 / 0.613 / 0.730 |
| + MiniLM abstainer (C 0.3, blend 0, t 0.65) | 0.922 / 0.911 / 0.873 | 0.652 / 0.754 / 0.866 / 0.662 / 0.750 |

The sparse re-ranker's type switches cost rare types on test (macro-F1 -0.05); the MiniLM
abstainer learns the lexicon's own evidence threshold back (identical test predictions) and
costs ~6 ms per candidate, over the stage's 20% speed budget. (An earlier run on dev alone,
160 sentences: 0.841 precision / 0.777 macro-F1 in CV against 0.856 / 0.786.) The next step
that could help is more labelled *news* sentences of the rare types, not a different model.
scikit-learn is a training-time tool here (dev extra); the stage scores with plain Python.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.events import Record, load_records, parse_records, run_newsprism, score  # noqa: E402
from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from newsprism.analyze.events import extract_events  # noqa: E402
from newsprism.analyze.events.scorer import TypeScorer  # noqa: E402

OUT = ROOT / "src" / "newsprism" / "analyze" / "events" / "models" / "event_types_en.weights.json"
FOLDS = 5
SEED = 20250505
C_GRID = (0.3, 1.0, 3.0)
THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75)
MARGINS = (0.3, 0.5, 2.0)  # 2.0: never switch type, confidence only
BLENDS = (0.0, 0.5)  # weight of the lexicon's evidence score in the confidence
#: The smallest weight written out; smaller ones change no probability by more than ~1%.
MIN_WEIGHT = 0.005


def examples(records: Sequence[Record], parsed: Sequence[tuple[Any, Any]]) -> list[list[tuple[list[str], str]]]:
    """Per record, the (features, gold type) of every candidate aligned with the gold trigger."""
    out = []
    for record, (article, doc) in zip(records, parsed, strict=True):
        seen: list[tuple[list[str], str]] = []

        def keep(trigger: Any, _kind: str, features: list[str], record: Record = record,
                 seen: list[tuple[list[str], str]] = seen) -> None:
            if record.type is None:
                seen.append((features, "NONE"))  # an own sentence that holds no event
            elif any(trigger.start < t1 and t0 < trigger.end for t0, t1 in record.triggers):
                seen.append((features, record.type))

        extract_events(article, doc, scorer=None, min_confidence=0.0, on_features=keep)
        out.append(seen)
    return out


def fit(rows: Sequence[tuple[list[str], str]], c: float) -> tuple[DictVectorizer, LogisticRegression]:
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(f, 1.0) for f, _ in rows])
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, [label for _, label in rows])
    return vectorizer, model


def to_scorer(vectorizer: DictVectorizer, model: LogisticRegression, threshold: float, margin: float,
              blend: float = 0.0) -> TypeScorer:
    classes = [str(c) for c in model.classes_]
    coef = model.coef_
    weights: dict[str, dict[str, float]] = {}
    for j, feature in enumerate(vectorizer.get_feature_names_out()):
        row = {classes[k]: round(float(coef[k, j]), 4) for k in range(len(classes)) if abs(coef[k, j]) >= MIN_WEIGHT}
        if row:
            weights[str(feature)] = row
    return TypeScorer(classes=tuple(classes), intercept=tuple(round(float(b), 4) for b in model.intercept_),
                      weights=weights, threshold=threshold, switch_margin=margin, blend=blend)


def folds(n: int) -> list[list[int]]:
    import random

    order = list(range(n))
    random.Random(SEED).shuffle(order)
    return [sorted(order[k::FOLDS]) for k in range(FOLDS)]


def cross_validate(records: list[Record], parsed: list[tuple[Any, Any]],
                   per_record: list[list[tuple[list[str], str]]]) -> list[dict[str, Any]]:
    """Held-out benchmark scores for every grid point, pooled over the folds."""
    grid: list[dict[str, Any]] = []
    splits = folds(len(records))
    plover = [not r.id.startswith("ev-") for r in records]
    predictions: dict[tuple[float, float, float, float], list[Any]] = {}
    order = [i for fold in splits for i in fold]
    for fold in splits:
        held = set(fold)
        rows = [row for i, rows_ in enumerate(per_record) if i not in held for row in rows_]
        for c in C_GRID:
            vectorizer, model = fit(rows, c)
            for margin in MARGINS:
                scorer = to_scorer(vectorizer, model, 0.0, margin)
                for blend in BLENDS:
                    for threshold in THRESHOLDS:
                        scorer_t = TypeScorer(scorer.classes, scorer.intercept, scorer.weights, threshold, margin,
                                              blend)
                        preds = run_newsprism([records[i] for i in fold], parsed=[parsed[i] for i in fold],
                                              scorer=scorer_t)
                        predictions.setdefault((c, margin, blend, threshold), []).extend(preds)
    ordered = [records[i] for i in order]
    dev_at = [k for k, i in enumerate(order) if plover[i]]
    own_at = [k for k, i in enumerate(order) if not plover[i]]
    for (c, margin, blend, threshold), preds in predictions.items():
        row: dict[str, Any] = {"C": c, "switch_margin": margin, "blend": blend, "threshold": threshold,
                               **score(ordered, preds)}
        for name, at in (("dev", dev_at), ("own", own_at)):
            if at:
                part = score([ordered[k] for k in at], [preds[k] for k in at])
                row.update({f"{name}_{k}": part[k] for k in ("precision", "coverage", "macro_f1", "party_f1")})
        grid.append(row)
    return grid


def choose(grid: list[dict[str, Any]]) -> dict[str, Any]:
    """The setting with the best macro-F1 + precision (coverage counts through macro-F1)."""
    return max(grid, key=lambda g: (g["macro_f1"] + g["precision"], g["coverage"]))


def embedding_experiment(records: list[Record], parsed: list[tuple[Any, Any]], test: bool = False) -> None:
    """A binary abstainer over every lexicon candidate: P(the lexicon's type is right | evidence,
    type, MiniLM vector of the trigger's window); 5-fold CV on dev + own, blended with the evidence."""
    import time

    import numpy as np
    from benchmarks.events import Prediction, primary_event

    from newsprism.analyze.framing.scorer import Embedder

    embed = Embedder()

    def candidates(recs: list[Record], pars: list[tuple[Any, Any]]) -> list[list[Any]]:
        out = []
        for article, doc in pars:
            out.append(list(extract_events(article, doc, scorer=None, min_confidence=0.0)))
        return out

    def windows(recs: list[Record], pars: list[tuple[Any, Any]], cands: list[list[Any]]) -> list[Any]:
        texts, index = [], []
        for k, ((_, doc), events) in enumerate(zip(pars, cands, strict=True)):
            for event in events:
                span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
                lo, hi = max(span.sent.start, span.start - 8), min(span.sent.end, span.end + 8)
                texts.append(f"{event.trigger.text}: {doc[lo:hi].text}")
                index.append(k)
        started = time.process_time()
        vectors = embed(texts) if texts else np.zeros((0, 384), dtype=np.float32)
        print(f"embedded {len(texts)} trigger windows in {time.process_time() - started:.2f} CPU-s")
        per: list[list[Any]] = [[] for _ in recs]
        for k, v in zip(index, vectors, strict=True):
            per[k].append(v)
        return per

    types = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT")

    def row(event: Any, vector: Any) -> Any:
        onehot = [float(event.type == t) for t in types]
        return np.concatenate([[event.confidence, float(event.confidence >= 0.7)], onehot, vector])

    def label(record: Record, event: Any) -> int | None:
        if record.type is None:
            return 0
        if any(event.trigger.start < t1 and t0 < event.trigger.end for t0, t1 in record.triggers):
            return int(event.type == record.type)
        return None  # another event of a coded sentence: unknown

    cands = candidates(records, parsed)
    vecs = windows(records, parsed, cands)

    def predict(recs: list[Record], pars: list[tuple[Any, Any]], cs: list[list[Any]], probs: list[list[float]],
                blend: float, t: float) -> list[Any]:
        out = []
        for record, (_, doc), events, ps in zip(recs, pars, cs, probs, strict=True):
            kept = [e for e, p in zip(events, ps, strict=True) if blend * e.confidence + (1 - blend) * p >= t]
            best = primary_event(record, kept, doc)
            out.append(Prediction(None, [], []) if best is None else Prediction(
                best.type, [(p.span.start, p.span.end) for p in best.actors],
                [(p.span.start, p.span.end) for p in best.recipients]))
        return out

    def train(idx: list[int], c: float) -> LogisticRegression:
        x, y = [], []
        for i in idx:
            for event, vector in zip(cands[i], vecs[i], strict=True):
                got = label(records[i], event)
                if got is not None:
                    x.append(row(event, vector))
                    y.append(got)
        return LogisticRegression(C=c, max_iter=3000).fit(np.array(x), y)

    splits = folds(len(records))
    order = [i for fold in splits for i in fold]
    preds: dict[tuple[float, float, float], list[Any]] = {}
    for fold in splits:
        held = set(fold)
        for c in (0.1, 0.3, 1.0, 3.0):
            model = train([i for i in range(len(records)) if i not in held], c)
            probs = [list(model.predict_proba(np.array([row(e, v) for e, v in zip(cands[i], vecs[i], strict=True)])
                                              )[:, 1]) if cands[i] else [] for i in fold]
            for blend in (0.0, 0.5):
                for t in (0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75):
                    preds.setdefault((c, blend, t), []).extend(predict(
                        [records[i] for i in fold], [parsed[i] for i in fold], [cands[i] for i in fold], probs,
                        blend, t))
    ordered = [records[i] for i in order]
    dev_at = [k for k, i in enumerate(order) if not records[i].id.startswith("ev-")]
    grid = []
    for (c, blend, t), ps in preds.items():
        all_ = score(ordered, ps)
        dev = score([ordered[k] for k in dev_at], [ps[k] for k in dev_at])
        grid.append({"C": c, "blend": blend, "threshold": t, **{k: all_[k] for k in
                     ("precision", "coverage", "macro_f1", "party_f1")},
                     "dev_precision": dev["precision"], "dev_macro_f1": dev["macro_f1"]})
    keys = ("C", "blend", "threshold", "precision", "coverage", "macro_f1", "party_f1", "dev_precision",
            "dev_macro_f1")
    print("| " + " | ".join(keys) + " |")
    for g in sorted(grid, key=lambda g: -(g["macro_f1"] + g["precision"]))[:12]:
        print("| " + " | ".join(f"{g[k]:.3f}" for k in keys) + " |")
    best = choose(grid)
    print("chosen by 5-fold CV on dev + own (MiniLM abstainer):", {k: round(best[k], 3) for k in keys})
    if test:
        model = train(list(range(len(records))), best["C"])
        trecs = load_records("test")
        tpars = parse_records(trecs)
        tcands = candidates(trecs, tpars)
        tvecs = windows(trecs, tpars, tcands)
        probs = [list(model.predict_proba(np.array([row(e, v) for e, v in zip(es, vs, strict=True)]))[:, 1])
                 if es else [] for es, vs in zip(tcands, tvecs, strict=True)]
        result = score(trecs, predict(trecs, tpars, tcands, probs, best["blend"], best["threshold"]))
        print("PLOVER test, lexicon + MiniLM abstainer:", {k: round(result[k], 3) for k in
              ("accuracy", "precision", "coverage", "macro_f1", "party_f1")})


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="scripts/train_event_types.py")
    parser.add_argument("--write", action="store_true", help="train on dev + own and write the weights file")
    parser.add_argument("--test", action="store_true",
                        help="train on dev + own with the CV choice and score PLOVER test with and without it "
                             "(the held-out measure: run once)")
    parser.add_argument("--embed", action="store_true",
                        help="the MiniLM abstainer experiment instead (needs the learn extra)")
    args = parser.parse_args(argv)
    records = load_records("dev") + load_records("own")
    parsed = parse_records(records)
    if args.embed:
        embedding_experiment(records, parsed, test=args.test)
        return 0
    per_record = examples(records, parsed)
    print(f"dev + own: {len(records)} sentences, {sum(map(len, per_record))} labelled candidates")
    base_preds = run_newsprism(records, parsed=parsed, scorer=None)
    base = score(records, base_preds)
    for name, keep in (("dev", lambda r: not r.id.startswith("ev-")), ("own", lambda r: r.id.startswith("ev-"))):
        at = [k for k, r in enumerate(records) if keep(r)]
        part = score([records[k] for k in at], [base_preds[k] for k in at])
        base.update({f"{name}_{k}": part[k] for k in ("precision", "coverage", "macro_f1", "party_f1")})
    grid = cross_validate(records, parsed, per_record)
    keys = ("C", "switch_margin", "blend", "threshold", "precision", "coverage", "macro_f1", "party_f1",
            "dev_precision", "dev_macro_f1", "own_precision", "own_macro_f1")
    print("lexicon alone (in-sample):", {k: round(base[k], 3) for k in keys if k in base})
    print("| " + " | ".join(keys) + " |")
    for row in sorted(grid, key=lambda g: (g["C"], g["switch_margin"], g["blend"], g["threshold"])):
        print("| " + " | ".join(f"{row[k]:.3f}" if isinstance(row[k], float) else str(row[k]) for k in keys) + " |")
    best = choose(grid)
    print("chosen by 5-fold CV on dev + own:", {k: best[k] for k in keys})
    if args.test:
        vectorizer, model = fit([row for rows in per_record for row in rows], best["C"])
        scorer = to_scorer(vectorizer, model, best["threshold"], best["switch_margin"], best["blend"])
        test = load_records("test")
        test_parsed = parse_records(test)
        for name, used in (("lexicon alone", None), ("lexicon + scorer", scorer)):
            result = score(test, run_newsprism(test, parsed=test_parsed, scorer=used))
            print(f"PLOVER test, {name}:", {k: round(result[k], 3) for k in
                  ("accuracy", "precision", "coverage", "macro_f1", "party_f1")})
    if best["macro_f1"] <= base["macro_f1"] or best["precision"] <= base["precision"]:
        print("the scorer does not beat the lexicon alone in cross-validation: no weights written")
        return 0
    if args.write:
        vectorizer, model = fit([row for rows in per_record for row in rows], best["C"])
        scorer = to_scorer(vectorizer, model, best["threshold"], best["switch_margin"], best["blend"])
        document = {
            "about": "Type scorer for the events stage (newsprism.analyze.events.scorer): multinomial logistic "
                     "regression over sparse trigger features, trained by scripts/train_event_types.py on the dev "
                     "split of benchmarks/labels/plover_split.json and training/events_en.jsonl; settings chosen by "
                     "5-fold cross-validation on them (CV scores: "
                     f"{json.dumps({k: round(best[k], 3) for k in keys})}).",
            "source": "Derived from PLOVER gold-standard records (plover_gsr_current.jsonl, from "
                      "https://github.com/openeventdata/PLOVER gold_standard_records/PLOVER_GSR_CAMEO.txt, "
                      "commit 5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f), PLOVER, Open Event Data Alliance.",
            "licence": "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this file only.",
            "classes": list(scorer.classes),
            "intercept": list(scorer.intercept),
            "threshold": scorer.threshold,
            "switch_margin": scorer.switch_margin,
            "weights": dict(sorted(scorer.weights.items())),
        }
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(document, indent=0, sort_keys=False) + "\n", "utf-8")
        print(f"wrote {OUT} ({len(scorer.weights)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
