"""The evaluation gate: each accuracy benchmark's quick subset must stay at or above its floor.

The floors live in ``tests/eval_floors.json``, one key per benchmark::

    "extraction": {
      "scorer": "benchmarks.extraction:quick",   # module:function -> {metric: value}
      "min": {"f1": 0.975},                      # floors (higher is better)
      "max": {"invented_author": 0.05},          # ceilings (error rates)
      "why": "what is measured and why the floor is where it is"
    }

To add a benchmark to the gate, give its module a ``quick()`` that scores newsprism
on a fixed subset in well under a minute, and add a key here. A change that lowers a
score fails CI unless the floor is lowered in the same commit, with a reason in "why".
Scorers that read ``../shared`` data are skipped where it is absent.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

FLOORS_PATH = Path(__file__).parent / "eval_floors.json"
FLOORS: dict[str, Any] = {k: v for k, v in json.loads(FLOORS_PATH.read_text("utf-8")).items() if not k.startswith("_")}


def load_scorer(spec: str) -> Callable[[], Mapping[str, float]]:
    """``"package.module:function"`` -> the function."""
    module_name, _, function = spec.partition(":")
    scorer: Callable[[], Mapping[str, float]] = getattr(importlib.import_module(module_name), function)
    return scorer


def check(scores: Mapping[str, float], entry: Mapping[str, Any]) -> list[str]:
    """Every way ``scores`` breaks ``entry``'s floors and ceilings, as readable lines."""
    failures = []
    for metric, floor in entry.get("min", {}).items():
        if metric not in scores:
            failures.append(f"{metric}: the scorer did not report it")
        elif scores[metric] < floor:
            failures.append(f"{metric} = {scores[metric]:.4f} is below its floor {floor}")
    for metric, ceiling in entry.get("max", {}).items():
        if metric not in scores:
            failures.append(f"{metric}: the scorer did not report it")
        elif scores[metric] > ceiling:
            failures.append(f"{metric} = {scores[metric]:.4f} is above its ceiling {ceiling}")
    return failures


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_entry_is_well_formed(key: str) -> None:
    entry = FLOORS[key]
    assert isinstance(entry.get("why"), str) and entry["why"].strip(), f"{key}: say why the floor is where it is"
    assert entry.get("min") or entry.get("max"), f"{key}: no floor or ceiling"
    assert callable(load_scorer(entry["scorer"]))


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_score_holds_its_floor(key: str, shared: Path) -> None:
    entry = FLOORS[key]
    scores = load_scorer(entry["scorer"])()
    failures = check(scores, entry)
    assert not failures, f"{key} fell below the gate (tests/eval_floors.json):\n" + "\n".join(failures)


def test_check_catches_a_drop_and_a_rise_in_errors() -> None:
    entry = {"min": {"f1": 0.9}, "max": {"invented_author": 0.1}}
    assert check({"f1": 0.95, "invented_author": 0.0}, entry) == []
    assert check({"f1": 0.89, "invented_author": 0.0}, entry) == ["f1 = 0.8900 is below its floor 0.9"]
    assert check({"f1": 0.95, "invented_author": 0.2}, entry) == ["invented_author = 0.2000 is above its ceiling 0.1"]
    assert check({}, {"min": {"f1": 0.9}}) == ["f1: the scorer did not report it"]
