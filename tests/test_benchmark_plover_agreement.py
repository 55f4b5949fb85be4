"""The second-coder agreement rows of the events benchmark (benchmarks/plover_agreement.py)."""

from __future__ import annotations

import json

import pytest
from benchmarks.events import TYPES, Prediction, Record
from benchmarks.plover_agreement import SECOND_CODER, Coding, agreement_rows, kappa

TEXT = "Rebels attacked the town and the army arrested ten men."


def _records() -> list[Record]:
    return [
        Record("r1", TEXT, "ASSAULT", [(7, 15)], [(0, 6)], [(16, 24)]),
        Record("r2", TEXT, "COERCE", [(38, 46)], [(29, 37)], [(47, 54)]),
        Record("r3", TEXT, "ASSAULT", [(7, 15)], [(0, 6)], []),
    ]


def _as_gold(record: Record) -> Coding:
    return Coding(record.type, tuple(record.text[a:b] for a, b in record.actors),
                  tuple(record.text[a:b] for a, b in record.recipients), None)


def test_a_coder_who_agrees_scores_one() -> None:
    records = _records()
    coding = {r.id: _as_gold(r) for r in records}
    rows = agreement_rows(records, [Prediction(r.type, r.actors, r.recipients) for r in records], coding)
    assert rows["second coder vs gold"]["precision"] == 1.0
    assert rows["second coder vs gold"]["kappa"] == 1.0
    assert rows["newsprism vs second coder"]["party_f1"] == 1.0


def test_a_disagreement_counts_against_the_coder_and_moves_newsprisms_gold() -> None:
    records = _records()
    coding = {r.id: _as_gold(r) for r in records}
    coding["r2"] = Coding("ASSAULT", ("the army",), ("ten men",), "COERCE")
    newsprism = [Prediction(r.type, r.actors, r.recipients) for r in records]  # newsprism == the gold
    rows = agreement_rows(records, newsprism, coding)
    second = rows["second coder vs gold"]
    assert second["precision"] == pytest.approx(2 / 3)
    assert second["agree_with_alternative"] == 1.0  # the gold's COERCE was the coder's second choice
    assert second["kappa"] < 1.0
    # Scored against the second coding, newsprism's COERCE is now the wrong one.
    assert rows["newsprism vs second coder"]["precision"] == pytest.approx(2 / 3)


def test_no_rows_unless_every_record_is_coded() -> None:
    records = _records()
    coding = {r.id: _as_gold(r) for r in records[:2]}
    assert agreement_rows(records, [Prediction(None, [], []) for _ in records], coding) == {}


def test_kappa_counts_no_event_as_a_category() -> None:
    assert kappa(["ASSAULT", None, "AGREE"], ["ASSAULT", None, "AGREE"]) == 1.0
    assert kappa(["ASSAULT", None, "AGREE"], ["ASSAULT", "AGREE", None]) < 0.5


def test_the_committed_coding_is_well_formed() -> None:
    """Every gold record of both splits coded once, types PLOVER's, parties substrings of the text."""
    from benchmarks.events import load_records

    texts = {r.id: r.text for split in ("dev", "test") for r in load_records(split)}
    rows = [json.loads(line) for line in SECOND_CODER.read_text("utf-8").splitlines()]
    assert sorted(row["id"] for row in rows) == sorted(texts)
    for row in rows:
        assert row["type"] is None or row["type"] in TYPES
        assert row.get("alt") is None or row["alt"] in TYPES
        assert all(p in texts[row["id"]] for p in (*row["actor"], *row["recipient"]))


def test_no_gold_record_is_in_both_splits() -> None:
    """One GSR id names two sentences; each goes to one half, as the split file lists the id once in each.

    (Six sentences are coded twice, for two of their events, under two ids: those are two records.)
    """
    from benchmarks.events import load_records

    dev, test = ({(r.text, tuple(r.triggers)) for r in load_records(split)} for split in ("dev", "test"))
    assert not dev & test
    assert len(dev) + len(test) == 322
