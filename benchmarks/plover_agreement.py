"""How far PLOVER's gold sentences are from a second coder who reads today's manual.

The gold records (``plover_gsr_current.jsonl``) were hand-coded in a 2016 PLOVER draft and
mapped to today's event names by machine; newsprism codes by today's manual. A score against
that gold therefore mixes newsprism's errors with the places where the two codebooks part.
``benchmarks/labels/plover_second_coder.jsonl`` is a second coding of the same sentences (both
splits), made blind: the coder saw only each sentence and its gold event words (the words the
gold says it coded, so both code the same event), under anonymous ids in shuffled order, with the
manual and the derived ontology as the only codebook, and never the gold types, the gold parties,
newsprism's output or the benchmark. Field practice reports inter-coder agreement beside a
coder's accuracy for this reason (trained CAMEO coders agree at about kappa 0.5-0.6 on root codes).

Rows added to the events benchmark when the coding covers the split:

- ``second coder vs gold``: the second coder scored against the gold exactly as newsprism is
  (type precision, macro-F1, party overlap): the agreement a careful coder of today's manual
  reaches, i.e. what a target on this gold can mean;
- ``newsprism vs second coder``: newsprism scored with the second coding as gold.

Cohen's kappa of the two codings' types (no event as its own category) is reported beside them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from benchmarks.events import Prediction, Record, find_all, score

SECOND_CODER = Path(__file__).resolve().parent / "labels" / "plover_second_coder.jsonl"


@dataclass(frozen=True)
class Coding:
    """One record's second coding: the type (None: no event under today's manual) and parties."""

    type: str | None
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    alternative: str | None


def load_second_coding(path: Path = SECOND_CODER) -> dict[str, Coding]:
    """Gold record id -> the second coder's reading (empty when the file is absent)."""
    if not path.exists():
        return {}
    coding = {}
    for line in path.read_text("utf-8").splitlines():
        row = json.loads(line)
        coding[row["id"]] = Coding(row["type"], tuple(row.get("actor") or ()), tuple(row.get("recipient") or ()),
                                   row.get("alt"))
    return coding


def as_prediction(record: Record, coding: Coding) -> Prediction:
    return Prediction(coding.type, find_all(record.text, coding.actors), find_all(record.text, coding.recipients))


def as_gold(record: Record, coding: Coding) -> Record:
    """The record with the second coder's type and parties in place of the gold's."""
    return replace(record, type=coding.type, actors=find_all(record.text, coding.actors),
                   recipients=find_all(record.text, coding.recipients))


def kappa(first: list[str | None], second: list[str | None]) -> float:
    """Cohen's kappa over types, "no event" a category of its own."""
    from sklearn.metrics import cohen_kappa_score

    return float(cohen_kappa_score([t or "NONE" for t in first], [t or "NONE" for t in second]))


def agreement_rows(records: list[Record], newsprism: list[Prediction],
                   coding: dict[str, Coding] | None = None) -> dict[str, dict[str, float]]:
    """The benchmark rows above, or {} unless every record of the split has a second coding."""
    coding = load_second_coding() if coding is None else coding
    if not records or any(r.id not in coding for r in records):
        return {}
    second = [coding[r.id] for r in records]
    versus_gold = score(records, [as_prediction(r, c) for r, c in zip(records, second, strict=True)])
    versus_gold["kappa"] = kappa([r.type for r in records], [c.type for c in second])
    versus_gold["agree_with_alternative"] = sum(
        r.type in (c.type, c.alternative) for r, c in zip(records, second, strict=True)) / len(records)
    recoded = [as_gold(r, c) for r, c in zip(records, second, strict=True)]
    versus_second = score(recoded, newsprism)
    versus_second["kappa"] = kappa([c.type for c in second], [p.type for p in newsprism])
    return {"second coder vs gold": versus_gold, "newsprism vs second coder": versus_second}
