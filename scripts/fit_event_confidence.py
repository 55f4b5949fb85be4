"""Fit the events stage's confidence: P(the event's type is right | its evidence) (issue #5).

    .venv/bin/python scripts/fit_event_confidence.py [--write] [--probes DIR]

Data: the **dev split** of PLOVER's gold sentences (``benchmarks/labels/plover_split.json``;
CC BY-SA 4.0, PLOVER, Open Event Data Alliance) and the own corpus ``training/events_en.jsonl``
(MIT). The test split is never read.

1. run the stage with no threshold on every sentence; take the event the benchmark scores (its
   primary event, ``benchmarks.events.primary_event``) and its evidence (``on_evidence``:
   :data:`newsprism.analyze.events.scorer.EVIDENCE_KEYS`), labelled right when its type is the
   gold type (an own sentence with no event: wrong whatever the type);
2. fit a logistic regression over that evidence (L2, ``C`` below; deterministic: lbfgs on a
   fixed row order), so the confidence is a probability and the threshold trades coverage for
   precision steadily; print reliability tables (predicted vs observed accuracy per bin) on dev
   and own, and precision / coverage / macro-F1 per threshold on dev and own;
3. ``--write``: write both models' tables and the fitted weights to
   ``benchmarks/results/events_confidence.json``.

``--probes DIR``: also report on extra ``TYPE<TAB>sentence`` files (not fitted on).

Measured 2026-11-29 (issue #5, E3), stage threshold 0.7, fitted model chosen threshold 0.7
(dev, own and E1's ~400 probe sentences favour it on macro-F1; 0.8 is the precision setting):

| confidence | dev P / cov / macro-F1 / party F1 | own P / cov / macro-F1 | test P / macro-F1 / party F1 |
|---|---|---|---|
| stage's additive score @ 0.7 | 0.871 / 0.919 / 0.808 / 0.868 | 0.962 / 0.927 / 0.924 | 0.774 / 0.687 / 0.753 (E1) |
| fitted logistic @ 0.7 | 0.870 / 0.912 / 0.809 / 0.854 | 0.962 / 0.918 / 0.918 | 0.779 / 0.683 / 0.740 (*) |

(*) measured with a fit that also read a noun's participle as passive (same dev type rows).

The fitted model does what it was fitted for: its probabilities track observed accuracy
(dev bin 0.8-0.9: predicted 0.84, observed 0.83; probes 0.85 / 0.82) and dev precision rises
with the threshold (0.871 at 0.5, 0.888 at 0.75, 0.901 at 0.8, 0.910 at 0.9, coverage 0.831),
where the additive score's does not (0.892 at 0.8, 0.873 at 0.85, 0.869 at 0.9 with coverage
0.619). But at the operating point it is no better on dev or own, and on PLOVER test (run once
with it, totals only) precision +0.005, macro-F1 -0.004 and party F1 -0.013 (more abstention
costs parties): so **it is not shipped** and the stage keeps its score. The data are the limit:
about 90% of dev's primary events share one evidence profile (own reading, an actor) and most
errors sit among them, where no evidence term separates right from wrong; 5-fold CV found
the prior alone as good as anything on dev (held-out log-loss 0.367 vs 0.382 for the model).
What would help is evidence that varies inside that group, or more labelled news sentences.
A first look (not fitted here): the trigger's depth in the parse separates (dev primary events
at the root right 0.93, one level down 0.83, four or more 0.2); with it and the number of
events in the sentence, held-out log-loss falls 0.345 -> 0.322 on dev and 0.205 -> 0.196 on
own. Part of that may be the benchmark's own choice of the primary event (the shallowest), so
check it against the events' own words before relying on it; it was not run on test.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.events import Prediction, Record, load_records, parse_records, primary_event, score  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from newsprism.analyze.events import _confidence, extract_events  # noqa: E402
from newsprism.analyze.events.scorer import ConfidenceModel  # noqa: E402

OUT = ROOT / "benchmarks" / "results" / "events_confidence.json"
#: L2 strength: mild, so that a rare flag (hypothetical, doubt) moves the probability only
#: as far as its few examples say.
C = 1.0
#: The evidence fitted. 5-fold cross-validation on dev + own (held-out log-loss, C 1, each
#: source weighing the same) found the named recipient, the entity link and the multi-word
#: trigger add nothing (dev 0.386 with them, 0.382 without; own 0.207, 0.203). The prior alone
#: does as well on dev (0.367) but worse on own (0.215): E1's finding that the prior is by far
#: the strongest sign holds; the other terms mostly separate the own corpus's cases.
FITTED = ("prior_logit", "own", "pattern", "nominal", "actor", "future")
#: Weights set by hand for evidence too rare in the data to fit (5 anchored event nouns, 1
#: disputed future recoding, no hypothetical primary event in dev + own). A value of 0.1, the
#: lexicon's penalty, costs 1.0 in log-odds (0.1 in probability near 0.9, as the old additive
#: score took off): PLOVER codes what happened, so a hypothetical reading (*could attack*) or
#: a disputed future recoding is less often the coded event. An event noun's place, count or
#: date is neutral (0): it keeps the bare noun from being dropped (issue #5: *uprisings in
#: more than 140 cities*), and says nothing more.
HAND = {"hypothetical": -10.0, "doubt": -10.0, "anchored_nominal": 0.0}
BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
THRESHOLDS = (0.0, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


def load_probes(folder: Path) -> list[Record]:
    records = []
    for path in sorted(folder.glob("*.tsv")):
        for n, line in enumerate(path.read_text("utf-8").splitlines()):
            kind, _, text = line.partition("\t")
            if text.strip():
                records.append(Record(f"{path.stem}-{n}", text.strip(), kind.strip(), [], [], []))
    return records


Collected = tuple[Record, Any, dict[str, float] | None, list[tuple[Any, dict[str, float]]], Any]


def collect(records: Sequence[Record]) -> list[Collected]:
    """(record, primary event or None, its evidence, every event with its evidence, doc) with no threshold."""
    out = []
    for record, (article, doc) in zip(records, parse_records(list(records)), strict=True):
        seen: dict[tuple[int, int, str], dict[str, float]] = {}

        def keep(trigger: Any, kind: str, facts: dict[str, float],
                 seen: dict[tuple[int, int, str], dict[str, float]] = seen) -> None:
            seen.setdefault((trigger.start, trigger.end, kind), facts)

        events = extract_events(article, doc, scorer=None, min_confidence=0.0, on_evidence=keep)
        every = [(e, seen[(e.trigger.start, e.trigger.end, e.type)]) for e in events]
        best = primary_event(record, events, doc)
        facts = None if best is None else seen[(best.trigger.start, best.trigger.end, best.type)]
        out.append((record, best, facts, every, doc))
    return out


def rows(collected: Sequence[Collected]) -> tuple[list[dict[str, float]], list[int]]:
    """The evidence of each primary event and whether its type is right (an own non-event sentence: never)."""
    facts_list, y = [], []
    for record, best, facts, _, _ in collected:
        if best is None or facts is None:
            continue
        facts_list.append(facts)
        y.append(int(record.type is not None and best.type == record.type))
    return facts_list, y


class HandScore(ConfidenceModel):
    """The stage's own additive evidence score (``newsprism.analyze.events._confidence``)."""

    def probability(self, evidence: Any) -> float:
        return _confidence(dict(evidence))


class SlotModel(ConfidenceModel):
    """The fitted model, reading ``actor`` as the actor slot: a party acts, or none is expected."""

    def probability(self, evidence: Any) -> float:
        return ConfidenceModel.probability(self, slot(evidence))


def slot(evidence: Any) -> dict[str, float]:
    facts = dict(evidence)
    facts["actor"] = max(facts.get("actor", 0.0), facts.pop("agentless", 0.0))
    return facts


Table = list[dict[str, float]]


def reliability(model: ConfidenceModel, collected: Sequence[Collected]) -> Table:
    """Predicted vs observed accuracy of the primary events, per confidence bin."""
    facts_list, y = rows(collected)
    probs = [model.probability(f) for f in facts_list]
    table = []
    for lo, hi in itertools.pairwise(BINS):
        idx = [i for i, p in enumerate(probs) if lo <= p < hi]
        if idx:
            table.append({"from": lo, "to": min(hi, 1.0), "n": len(idx),
                          "predicted": round(sum(probs[i] for i in idx) / len(idx), 3),
                          "observed": round(sum(y[i] for i in idx) / len(idx), 3)})
    return table


def curve(model: ConfidenceModel, collected: Sequence[Collected]) -> Table:
    """The benchmark's type scores per threshold: the primary event re-chosen among those kept."""
    records = [c[0] for c in collected]
    table = []
    for t in THRESHOLDS:
        preds = []
        for record, _, _, every, doc in collected:
            best = primary_event(record, [e for e, facts in every if model.probability(facts) >= t], doc)
            preds.append(Prediction(best.type if best is not None else None, [], []))
        s = score(records, preds)
        table.append({"threshold": t, **{k: round(s[k], 3) for k in ("precision", "coverage", "macro_f1")}})
    return table


def show(title: str, table: Table) -> None:
    print(f"\n{title}\n| " + " | ".join(table[0]) + " |\n|" + "---|" * len(table[0]))
    for row in table:
        print("| " + " | ".join(f"{v:.3f}" if isinstance(v, float) else str(v) for v in row.values()) + " |")


def fit(facts_list: list[dict[str, float]], y: list[int], weights: list[float]) -> SlotModel:
    """Logistic regression over :data:`FITTED` (the actor slot for ``actor``); the :data:`HAND`
    keys keep their set weights (their rows are left out: a hand-set term is an offset the fit
    cannot move)."""
    x = [[slot(f).get(k, 0.0) for k in FITTED] for f in facts_list]
    keep = [i for i, f in enumerate(facts_list) if not any(f.get(k) for k in HAND)]
    lr = LogisticRegression(C=C, max_iter=5000)
    lr.fit([x[i] for i in keep], [y[i] for i in keep], sample_weight=[weights[i] for i in keep])
    learned = {k: round(float(w), 4) for k, w in zip(FITTED, lr.coef_[0], strict=True)}
    return SlotModel(intercept=round(float(lr.intercept_[0]), 4), weights=learned | HAND)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="fit_event_confidence")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--probes", type=Path, default=None)
    args = parser.parse_args(argv)
    dev = collect(load_records("dev"))
    own = collect(load_records("own"))
    fd, yd = rows(dev)
    fo, yo = rows(own)
    # Each source weighs the same in total: PLOVER-dev is news as others write it, the own
    # corpus (three times larger) was written by the lexicon's authors and is easier.
    model = fit(fd + fo, yd + yo, [len(yo) / len(yd)] * len(yd) + [1.0] * len(yo))
    print(json.dumps({"intercept": model.intercept, "weights": dict(model.weights)}, indent=1))
    extra = [("probes", collect(load_probes(args.probes)))] if args.probes else []
    tables: dict[str, Any] = {}
    for name, collected in [("PLOVER dev", dev), ("own", own), *extra]:
        for label, scorer in (("stage score", HandScore(0.0, {})), ("fitted", model)):
            tables[f"{name}, {label}"] = {"reliability": reliability(scorer, collected),
                                          "thresholds": curve(scorer, collected)}
            show(f"reliability, {name}, {label}", tables[f"{name}, {label}"]["reliability"])
            show(f"thresholds, {name}, {label}", tables[f"{name}, {label}"]["thresholds"])
    if args.write:
        OUT.write_text(json.dumps({
            "about": "The events stage's confidence (issue #5): its additive evidence score against a "
                     "logistic regression over the same evidence (newsprism.analyze.events.scorer.EVIDENCE_KEYS) "
                     "fitted by scripts/fit_event_confidence.py on the primary events of PLOVER-dev (CC BY-SA "
                     "4.0, PLOVER, Open Event Data Alliance) and training/events_en.jsonl (MIT), "
                     f"{len(yd) + len(yo)} events; reliability per bin and type scores per threshold. "
                     "Test never read. Not shipped: the stage keeps its score.",
            "fitted": {"intercept": model.intercept, "weights": dict(model.weights)},
            "tables": tables,
        }, indent=1) + "\n", "utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
