"""Event coding on PLOVER's gold-standard sentences, and the events stage's speed.

``python -m benchmarks events [--split dev|test] [--limit N] [--only ID_PREFIX] [--no-speed]``

Data: ``../shared/data/plover/plover_gsr_current.jsonl`` (322 CAMEO-manual sentences coded
in PLOVER; CC BY-SA 4.0, PLOVER, Open Event Data Alliance), split once into dev and test by
``benchmarks/labels/plover_split.json`` (stratified by gold type, ``random.Random(20250505)``;
the lexicon was tuned on dev only). Reported on test by default.

Scoring, per gold record (one sentence, one coded event):

- **primary event**: the system's event whose trigger overlaps the gold ``EVT`` words (the
  gold marks which of a sentence's events it coded: *opened fire ..., killing one and
  arresting 12* is coded twice, once ASSAULT and once COERCE); if none overlaps, the event
  highest in the parse tree; if the system finds no event, it abstains.
- **type**: accuracy (correct / records), precision (correct / records with a prediction),
  recall, and macro precision/recall/F1 over PLOVER's 16 types.
- **parties**: the primary event's actor and recipient spans against the gold ``actorText``
  spans, role by role (actor vs actor, recipient vs recipient), one-to-one, a match being
  any shared character; micro P/R/F1 over all records (abstentions count as misses).

Rows ``newsprism @ confidence >= t`` re-run the stage with another emission threshold (the
stage's own is 0.7): precision against recall (= accuracy) when the stage abstains more or less.

Baselines in the same run: the majority class of dev, and a verb lookup (the first word whose
lemma is in the CAMEO-derived verb list, no parse; its parties are the named entities before
and after that word).

Rows ``second coder vs gold`` and ``newsprism vs second coder`` (benchmarks/plover_agreement.py):
a blind second coding of the same sentences from today's manual, scored against the gold like
newsprism, and newsprism scored against it: how far the 2016-draft gold is from today's manual.

Speed: the spaCy pipeline alone vs the events stage alone on ~100 Wikinews texts.

``--split own`` scores ``training/events_en.jsonl`` instead: newsprism's own-authored event
sentences (MIT; ~25 per PLOVER type written from PLOVER's definitions, plus sentences that are
no event). Scored the same way; a sentence with no event counts against precision when
newsprism codes one (``nonevent_fp``: the share of them that get a primary event), and not in
accuracy's denominator. It is written by the lexicon's authors, so it measures coverage of
ordinary news vocabulary, not generalisation: PLOVER test stays the independent measure.

``--split blind`` scores ``training/events_en_blind.jsonl`` the same way: own-written wire-style
sentences (names, dates, places, subordinate clauses, reported speech; every PLOVER type, most
modes), coded from the PLOVER manual and committed before newsprism first ran on them: a first batch
of 199 event and 40 no-event sentences, whose first run (``blind_first_run`` in the results file) is
the held-out "unseen own text" measure and whose errors were then fixed (so it is in-sample now), and
a second batch of 80 + 16 written after those fixes and never fixed from (``blind_second_batch``).
A third batch (ids ``evb3-``, 36 event + 16 near-miss no-event sentences) covers five classes of
abstention on ordinary vocabulary (permission with a complex object, easing a restriction,
investigations, mobilisation, defiance/censorship/petitions/human shields); ``--only evb3-`` scores it
alone (stored as ``blind_only_evb3-``; its first run, on the code before those classes were worked
on, as ``blind_third_first_run``). A fifth batch (ids ``evb5-``, 70 event + 8 no-event sentences over
all 16 types, varying how parties are named) was run once before any of its fixes
(``blind_fifth_first_run``) and after them (``blind_fifth_after``). A sixth batch (ids ``evb6-``, 80 event + 10
no-event sentences, five per type, in the register of PLOVER's gold: short international wire sentences with
states, ministries, rebels and police as parties) is stored the same way (``blind_sixth_first_run``,
``blind_sixth_after``; ``--store-as`` names the key).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import shared_dir
from benchmarks.scoring import Counts, match_spans, prf

ROOT = Path(__file__).resolve().parent.parent
SHARED = shared_dir() / "data"
GSR = SHARED / "plover" / "plover_gsr_current.jsonl"
SPLIT = Path(__file__).resolve().parent / "labels" / "plover_split.json"
RESULTS = Path(__file__).resolve().parent / "results" / "events.json"
OWN = ROOT / "training" / "events_en.jsonl"
#: Own sentences written and coded before newsprism first ran on them (``--split blind``).
BLIND = ROOT / "training" / "events_en_blind.jsonl"
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT")
_EVT = re.compile(r"\(EVT:\s*([^()]*?)\)")
ANY_OVERLAP = 1e-9


@dataclass
class Record:
    id: str
    text: str
    type: str | None  # None: the sentence holds no event (own corpus only)
    triggers: list[tuple[int, int]]
    actors: list[tuple[int, int]]
    recipients: list[tuple[int, int]]


@dataclass
class Prediction:
    type: str | None
    actors: list[tuple[int, int]]
    recipients: list[tuple[int, int]]


def _find(text: str, needle: str) -> tuple[int, int] | None:
    needle = needle.strip()
    if not needle:
        return None
    at = text.find(needle)
    return None if at < 0 else (at, at + len(needle))


def find_all(text: str, needles: Any) -> list[tuple[int, int]]:
    """The span of each needle found in ``text`` (first occurrence), the rest left out."""
    return [s for s in (_find(text, n) for n in needles) if s is not None]


def _parties(text: str, raw: Any) -> list[tuple[int, int]]:
    if not isinstance(raw, list):
        return []
    return find_all(text, (p.get("actorText", "") for p in raw if isinstance(p, dict)))


def load_own_records(path: Path = OWN) -> list[Record]:
    """An own-authored corpus (``training/events_en.jsonl``), parties and trigger by exact substring."""
    records = []
    for line in path.read_text("utf-8").splitlines():
        row = json.loads(line)
        text = row["text"]
        trigger = _find(text, row.get("trigger") or "")
        records.append(Record(row["id"], text, row["type"], [trigger] if trigger else [],
                              find_all(text, row["actor"]), find_all(text, row["recipient"])))
    return records


def load_records(split: str) -> list[Record]:
    if split == "own":
        return load_own_records()
    if split == "blind":
        return load_own_records(BLIND)
    listed = json.loads(SPLIT.read_text("utf-8"))
    records, seen = [], Counter[str]()
    for line in GSR.read_text("utf-8").splitlines():
        row = json.loads(line)
        # One GSR id names two sentences (COERCE-0004), and the split lists it once in each half:
        # the k-th sentence of an id goes to the k-th listing (dev's before test's), so no sentence
        # is in both halves. Later sentences of an id are told apart as ``id#2``.
        occurrence = seen[row["id"]]
        seen[row["id"]] += 1
        in_dev = listed["dev"].count(row["id"])
        if (split == "dev") != (occurrence < in_dev) or row["id"] not in listed[split]:
            continue
        if not isinstance(row.get("markup"), str):
            continue
        row["id"] = row["id"] if occurrence == 0 else f"{row['id']}#{occurrence + 1}"
        text = row["text"].strip()
        triggers = find_all(text, _EVT.findall(row["markup"]))
        records.append(Record(row["id"], text, row["event"], triggers,
                              _parties(text, row.get("actor")), _parties(text, row.get("recipient"))))
    return sorted(records, key=lambda r: r.id)


def _depth(doc: Any, start: int, end: int) -> int:
    """Depth in the parse of the trigger's syntactic root (*hunger strike* counts at *strike*)."""
    token = doc.char_span(start, end, alignment_mode="expand")
    if token is None:
        return 99
    token = token.root
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def parse_records(records: list[Record]) -> list[tuple[Any, Any]]:
    """(article with entities, spaCy doc) per record: parse once, score many ways."""
    from newsprism.analyze.entities import EntityMentions
    from newsprism.analyze.language import load_nlp
    from newsprism.extract.build import build_article

    nlp = load_nlp(None)
    entities = EntityMentions()
    articles = [build_article([r.text]) for r in records]
    docs = list(nlp.pipe(a.text for a in articles))
    return [(entities(article, doc), doc) for article, doc in zip(articles, docs, strict=True)]


def primary_event(record: Record, events: Any, doc: Any) -> Any:
    """The system event scored against the gold record (see the module docstring), or None."""
    aligned = [e for e in events if any(e.trigger.start < t1 and t0 < e.trigger.end for t0, t1 in record.triggers)]
    pool = aligned or list(events)
    if not pool:
        return None
    return min(pool, key=lambda e: (_depth(doc, e.trigger.start, e.trigger.end), -e.confidence, e.trigger.start))


def run_newsprism(
    records: list[Record], *, parsed: list[tuple[Any, Any]] | None = None, scorer: Any = "default",
    min_confidence: float | None = None,
) -> list[Prediction]:
    """newsprism's primary event per record; ``scorer``: "default" (shipped), None (lexicon alone) or one."""
    from newsprism.analyze.events import extract_events

    parsed = parsed if parsed is not None else parse_records(records)
    out = []
    for record, (article, doc) in zip(records, parsed, strict=True):
        events = extract_events(article, doc, scorer=scorer, min_confidence=min_confidence)
        best = primary_event(record, events, doc)
        if best is None:
            out.append(Prediction(None, [], []))
            continue
        out.append(Prediction(best.type, [(p.span.start, p.span.end) for p in best.actors],
                              [(p.span.start, p.span.end) for p in best.recipients]))
    return out


def run_verb_lookup(records: list[Record]) -> list[Prediction]:
    from newsprism.analyze.events.lexicon import load_lexicon
    from newsprism.analyze.language import load_nlp

    lexicon = load_lexicon("en")
    nlp = load_nlp(None)
    out = []
    for doc in nlp.pipe(r.text for r in records):
        hit = next((t for t in doc if t.pos_ == "VERB" and lexicon.cameo_verbs.get(t.lemma_.lower())), None)
        if hit is None:
            out.append(Prediction(None, [], []))
            continue
        cue = lexicon.cameo_verbs[hit.lemma_.lower()]
        assert cue is not None
        ents = [e for e in doc.ents if e.label_ in {"PERSON", "ORG", "GPE", "NORP"}]
        out.append(Prediction(cue.type, [(e.start_char, e.end_char) for e in ents if e.end <= hit.i],
                              [(e.start_char, e.end_char) for e in ents if e.start > hit.i]))
    return out


def score(records: list[Record], predictions: list[Prediction]) -> dict[str, float]:
    n = sum(r.type is not None for r in records)
    correct = sum(p.type is not None and p.type == r.type for r, p in zip(records, predictions, strict=True))
    predicted = sum(p.type is not None for p in predictions)
    nonevents = [p for r, p in zip(records, predictions, strict=True) if r.type is None]
    per_type = []
    for kind in TYPES:
        tp = sum(p.type == kind == r.type for r, p in zip(records, predictions, strict=True))
        fp = sum(p.type == kind != r.type for r, p in zip(records, predictions, strict=True))
        fn = sum(r.type == kind != p.type for r, p in zip(records, predictions, strict=True))
        if tp + fp + fn:
            per_type.append(prf(Counts(tp=tp, fp=fp, fn=fn)))
    parties = Counts()
    for record, prediction in zip(records, predictions, strict=True):
        parties.add(match_spans(record.actors, prediction.actors, min_overlap=ANY_OVERLAP))
        parties.add(match_spans(record.recipients, prediction.recipients, min_overlap=ANY_OVERLAP))
    party_p, party_r, party_f = prf(parties)
    return {
        "records": n,
        "accuracy": correct / n if n else 0.0,
        "precision": correct / predicted if predicted else 0.0,
        "recall": correct / n if n else 0.0,
        "coverage": sum(p.type is not None for r, p in zip(records, predictions, strict=True)
                        if r.type is not None) / n if n else 0.0,
        **({"nonevent_fp": sum(p.type is not None for p in nonevents) / len(nonevents)} if nonevents else {}),
        "macro_precision": sum(p for p, _, _ in per_type) / len(per_type) if per_type else 0.0,
        "macro_recall": sum(r for _, r, _ in per_type) / len(per_type) if per_type else 0.0,
        "macro_f1": sum(f for _, _, f in per_type) / len(per_type) if per_type else 0.0,
        "party_precision": party_p,
        "party_recall": party_r,
        "party_f1": party_f,
    }


def evaluate(split: str = "test", limit: int | None = None, only: str | None = None) -> dict[str, dict[str, float]]:
    """Scores of newsprism and the baselines on ``split`` (the first ``limit`` records if given;
    only records whose id starts with ``only`` if given: one batch of a corpus scored alone)."""
    records = [r for r in load_records(split) if only is None or r.id.startswith(only)][:limit]
    majority = Counter(r.type for r in load_records("dev")).most_common(1)[0][0] or "ASSAULT"
    from newsprism.analyze.events.scorer import load_scorer

    parsed = parse_records(records)
    predictions = run_newsprism(records, parsed=parsed)
    scored = {"newsprism": score(records, predictions)}
    if load_scorer("en") is not None:
        scored["newsprism, lexicon alone"] = score(records, run_newsprism(records, parsed=parsed, scorer=None))
    scored = {
        **scored,
        **{f"newsprism @ confidence >= {t:.2f}": score(records, run_newsprism(records, parsed=parsed, min_confidence=t))
           for t in CURVE},
        "verb lookup": score(records, run_verb_lookup(records)),
        f"majority ({majority})": score(records, [Prediction(majority, [], []) for _ in records]),
    }
    for name, row in _agreement(records, predictions).items():
        scored[name] = {**scored.get(name, {}), **row}
    return scored


def _agreement(records: list[Record], predictions: list[Prediction]) -> dict[str, dict[str, float]]:
    """The second coder's rows (benchmarks/plover_agreement.py) when it coded every record, and
    newsprism's own kappa against the gold beside them."""
    from benchmarks.plover_agreement import agreement_rows, kappa

    rows = agreement_rows(records, predictions)
    if rows:
        rows["newsprism"] = {"kappa": kappa([r.type for r in records], [p.type for p in predictions])}
    return rows


#: Confidence thresholds reported beside the stage's own (MIN_CONFIDENCE, 0.7): the
#: precision/recall trade-off of calibrated abstention, measured on the same split.
CURVE = (0.6, 0.75, 0.8, 0.85, 0.9)


def quick_own() -> dict[str, float]:
    """The gate's check on the own corpus (``events_own`` in tests/eval_floors.json)."""
    records = load_own_records()
    scores = score(records, run_newsprism(records))
    return {k: round(v, 4) for k, v in scores.items() if k in (*QUICK_METRICS, "nonevent_fp")}


#: Id prefix of the blind corpus's third batch (gated apart: its floors are its own).
THIRD_BATCH = "evb3-"
#: Id prefix of the fourth batch (E19: actors not found, parties outside the trigger's phrases), gated apart too.
FOURTH_BATCH = "evb4-"
#: Id prefix of the fifth batch (E22: every PLOVER type, varied party structures), gated apart too.
FIFTH_BATCH = "evb5-"
#: Id prefix of the sixth batch (E30: PLOVER gold's wire register, every type), gated apart too.
SIXTH_BATCH = "evb6-"


def _quick_blind(keep: Callable[[str], bool]) -> dict[str, float]:
    """newsprism on the blind own corpus's records whose id ``keep`` admits: the gate's metrics and
    the non-event false-positive rate."""
    records = [r for r in load_own_records(BLIND) if keep(r.id)]
    scores = score(records, run_newsprism(records))
    return {k: round(v, 4) for k, v in scores.items() if k in (*QUICK_METRICS, "nonevent_fp")}


def quick_blind() -> dict[str, float]:
    """The gate's check on the blind own corpus's first two batches (``events_blind`` in tests/eval_floors.json)."""
    return _quick_blind(lambda i: not i.startswith((THIRD_BATCH, FOURTH_BATCH, FIFTH_BATCH, SIXTH_BATCH)))


def quick_blind_third() -> dict[str, float]:
    """The gate's check on the blind corpus's third batch alone (``events_blind_third``)."""
    return _quick_blind(lambda i: i.startswith(THIRD_BATCH))


def quick_blind_fourth() -> dict[str, float]:
    """The gate's check on the blind corpus's fourth batch alone (``events_blind_fourth``)."""
    return _quick_blind(lambda i: i.startswith(FOURTH_BATCH))


def quick_blind_fifth() -> dict[str, float]:
    """The gate's check on the blind corpus's fifth batch alone (``events_blind_fifth``)."""
    return _quick_blind(lambda i: i.startswith(FIFTH_BATCH))


def quick_blind_sixth() -> dict[str, float]:
    """The gate's check on the blind corpus's sixth batch alone (``events_blind_sixth``)."""
    return _quick_blind(lambda i: i.startswith(SIXTH_BATCH))


def quick() -> dict[str, float]:
    """The evaluation gate's subset (tests/eval_floors.json): newsprism alone on the whole test split."""
    records = load_records("test")
    scores = score(records, run_newsprism(records))
    return {k: round(v, 4) for k, v in scores.items() if k in QUICK_METRICS}


#: What the gate checks: type accuracy, precision and macro-F1, party F1.
QUICK_METRICS = ("accuracy", "precision", "macro_f1", "party_f1")


def measure_speed(n_texts: int = 100) -> dict[str, float]:
    """CPU seconds of spaCy alone vs the events stage alone on ``n_texts`` Wikinews bodies."""
    from benchmarks.speed import stage_overhead, wikinews_texts

    timing = stage_overhead("events", wikinews_texts(n_texts))
    return timing.as_dict(found=sum(len(a.events) for a in timing.articles))


def _table(results: dict[str, dict[str, float]]) -> str:
    cols: tuple[str, ...] = ("accuracy", "precision", "coverage", "macro_precision", "macro_f1",
            "party_precision", "party_recall", "party_f1", "nonevent_fp", "kappa")
    cols = tuple(c for c in cols if any(c in row for row in results.values()))
    lines = ["| system | " + " | ".join(cols) + " |", "|---|" + "---|" * len(cols)]
    for name, row in results.items():
        lines.append(f"| {name} | " + " | ".join(f"{row[c]:.3f}" if c in row else "-" for c in cols) + " |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks events")
    parser.add_argument("--split", choices=("dev", "test", "own", "blind"), default="test")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--only", default=None, metavar="ID_PREFIX",
                        help="score only the records whose id starts with this (e.g. evb3- for a batch)")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--store-as", default=None, metavar="KEY",
                        help="own/blind only: also keep the results under KEY (a batch's first run, e.g. "
                             "blind_sixth_first_run), so a stored run is never copied by hand")
    args = parser.parse_args(argv)
    if not GSR.exists():
        print(f"missing {GSR}")
        return 2
    results = evaluate(args.split, args.limit, args.only)
    corpus = {"own": "own corpus (training/events_en.jsonl)",
              "blind": "blind own corpus (training/events_en_blind.jsonl)"}.get(
        args.split, f"PLOVER gold sentences, {args.split} split")
    print(f"{corpus}, {results['newsprism']['records']:.0f} event records\n")
    print(_table(results))
    document: dict[str, Any] = {"split": args.split, "results": results}
    if not args.no_speed:
        speed = measure_speed()
        document["speed"] = speed
        print(f"\nspeed on {speed['texts']:.0f} Wikinews texts ({speed['words']:.0f} words): spaCy "
              f"{speed['spacy_cpu_s']:.2f} CPU-s, events stage {speed['events_cpu_s']:.2f} CPU-s, "
              f"overhead {speed['events_overhead']:.1%} ({speed['events_found']:.0f} events)")
    if args.limit is None and args.only is None and args.split == "test":
        # The dev scores beside the test scores: their gap is how much the lexicon fits dev.
        dev = evaluate("dev")
        document["dev_results"] = dev
        print(f"\nfor comparison, dev split ({dev['newsprism']['records']:.0f} records, tuned on):\n")
        print(_table(dev))
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        stored = json.loads(RESULTS.read_text("utf-8")) if RESULTS.exists() else {}
        for kept, value in stored.items():  # own/blind results, first runs, batches scored alone
            if kept not in ("split", "results", "speed", "dev_results"):
                document.setdefault(kept, value)
        RESULTS.write_text(json.dumps(document, indent=2) + "\n", "utf-8")
    if args.limit is None and args.split in ("own", "blind") and RESULTS.exists():
        # Kept beside the PLOVER scores in the same results file (the test run rewrites the rest).
        stored = json.loads(RESULTS.read_text("utf-8"))
        stored[f"{args.split}_results" if args.only is None else f"{args.split}_only_{args.only}"] = results
        if args.store_as:
            stored[args.store_as] = results
        RESULTS.write_text(json.dumps(stored, indent=2) + "\n", "utf-8")
    return 0
