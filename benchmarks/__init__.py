"""newsprism's benchmarks: accuracy and speed, each running its anchor beside newsprism.

Run one with ``python -m benchmarks NAME`` (``all`` runs every one; ``make bench``
does that). Each benchmark prints a table and writes its last results to
``benchmarks/results/NAME.json`` (committed, so a lead can quote them). Metrics live
in :mod:`benchmarks.scoring`; the registry is in :mod:`benchmarks.__main__`.
"""

from __future__ import annotations

import json
import os
import platform
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["RESULTS", "ROOT", "format_table", "shared_dir", "write_results"]

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"


def shared_dir() -> Path:
    """``../shared`` beside the repository, or ``$NEWSPRISM_SHARED``."""
    return Path(os.environ.get("NEWSPRISM_SHARED", ROOT.parent / "shared"))


def format_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A Markdown table (floats to 3 places), readable on a terminal and pasteable into docs."""

    def cell(value: Any) -> str:
        return f"{value:.3f}" if isinstance(value, float) else str(value)

    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def write_results(name: str, data: dict[str, Any]) -> Path:
    """Write ``results/NAME.json`` with when and where it was measured."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    payload = {
        "benchmark": name,
        "measured": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "python": platform.python_version(),
        **data,
    }
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
