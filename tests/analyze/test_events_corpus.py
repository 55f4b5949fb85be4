"""The own-authored event corpus (training/events_en.jsonl, issue #5).

It ships under MIT and is scored by ``python -m benchmarks events --split own`` (floors in
tests/eval_floors.json, key ``events_own``), so its shape is checked here: unique ids, PLOVER
types and modes, every trigger and party an exact substring of its text, enough sentences per
type, and no long passage shared with PLOVER's gold sentences (CC BY-SA; the test split must
stay unseen).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from newsprism.analyze.events.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "training" / "events_en.jsonl"
SHARED = Path(os.environ.get("NEWSPRISM_SHARED", ROOT.parent / "shared"))
GSR = SHARED / "data" / "plover" / "plover_gsr_current.jsonl"
MIN_PER_TYPE = 20
MIN_NON_EVENTS = 50
#: Sharing this many consecutive characters (case- and space-folded) counts as copying.
SHINGLE = 40
FIELDS = {"id", "text", "type", "mode", "trigger", "actor", "recipient", "note"}


def _rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line.strip()]


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def test_rows_are_well_formed() -> None:
    plover = load_lexicon("en").plover["events"]
    rows = _rows()
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)), "ids must be unique"
    assert len({_fold(row["text"]) for row in rows}) == len(rows), "texts must be unique"
    for row in rows:
        assert set(row) == FIELDS, row["id"]
        text, kind, mode = row["text"], row["type"], row["mode"]
        if kind is None:
            assert mode is None and row["trigger"] is None and not row["actor"] and not row["recipient"], row["id"]
            continue
        assert kind in plover, row["id"]
        assert mode is None or mode in plover[kind].get("modes", []), f"{row['id']}: {mode} is no {kind} mode"
        for part in [row["trigger"], *row["actor"], *row["recipient"]]:
            assert isinstance(part, str) and part and part in text, f"{row['id']}: {part!r} not in its text"


def test_every_type_is_covered() -> None:
    counts = Counter(row["type"] for row in _rows())
    plover = load_lexicon("en").plover["events"]
    for kind in plover:
        assert counts[kind] >= MIN_PER_TYPE, f"{kind}: {counts[kind]} sentences"
    assert counts[None] >= MIN_NON_EVENTS


@pytest.mark.skipif(not GSR.exists(), reason="PLOVER gold sentences not present")
def test_no_text_copies_plover() -> None:
    shingles: set[str] = set()
    for line in GSR.read_text("utf-8").splitlines():
        text = _fold(json.loads(line)["text"])
        shingles.update(text[i:i + SHINGLE] for i in range(len(text) - SHINGLE + 1))
    copied = [row["id"] for row in _rows()
              if any(_fold(row["text"])[i:i + SHINGLE] in shingles
                     for i in range(len(_fold(row["text"])) - SHINGLE + 1))]
    assert not copied


def test_the_scorer_can_fail() -> None:
    """The benchmark's scoring of the corpus: a wrong type and an event on a non-event both count."""
    from benchmarks.events import Prediction, load_own_records, score

    records = load_own_records()
    gold = [Prediction(r.type, r.actors, r.recipients) for r in records]
    perfect = score(records, gold)
    assert perfect["accuracy"] == perfect["precision"] == perfect["party_f1"] == 1.0
    assert perfect["nonevent_fp"] == 0.0
    flipped = score(records, [Prediction("ASSAULT", [], []) for _ in records])
    assert flipped["precision"] < 0.1 and flipped["nonevent_fp"] == 1.0
