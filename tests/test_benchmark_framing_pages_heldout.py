"""framing_pages keeps a labelled batch with no stored first run out of default runs (held out)."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.framing_pages import Page, held_out


def _pages(*batches: int) -> list[Page]:
    return [Page(id=f"p{i}", genre="news", text="x", batch=b) for i, b in enumerate(batches)]


def test_a_batch_without_a_stored_first_run_is_held_out(tmp_path: Path) -> None:
    results = tmp_path / "framing_pages.json"
    results.write_text(json.dumps({"first_run": {}, "first_run_batch_3": {}, "first_run_batch_6": {}}))
    assert held_out(_pages(1, 2, 3, 6, 7, 7), results) == frozenset({7})


def test_batches_one_and_two_are_never_held_out(tmp_path: Path) -> None:
    # batches 1-2 predate the first-run records (their first runs are stored under other keys)
    assert held_out(_pages(1, 2, 4), tmp_path / "missing.json") == frozenset({4})


def test_a_stored_first_run_releases_the_batch(tmp_path: Path) -> None:
    results = tmp_path / "framing_pages.json"
    results.write_text(json.dumps({"first_run_batch_7": {"note": "first"}}))
    assert held_out(_pages(7), results) == frozenset()
