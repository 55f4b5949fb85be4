"""Shared fixtures.

- ``shared``: the ``../shared`` folder (data, seed); tests that need it skip without it.
- ``seed_path``: the seed article (a plain-text scrape with page furniture).
- ``pipeline``: one loaded :class:`newsprism.Pipeline` per test session (spaCy loads
  once; ~1 s); ``analyze_text`` runs it on a string and returns the Article.
- ``run_cli``: runs the real ``newsprism`` console script as a subprocess.
- ``validate``: checks an output dict against the JSON Schema and the span invariant.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import newsprism
from newsprism.extract.text import extract_text
from newsprism.model import Article

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSPRISM_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seed" / "000_44594d93ab0e9793.txt"
NEWSPRISM_BIN = Path(sys.executable).parent / "newsprism"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared: Path) -> Path:
    return SEED


@pytest.fixture(scope="session")
def pipeline() -> newsprism.Pipeline:
    return newsprism.Pipeline.from_settings(newsprism.Settings.from_env())


@pytest.fixture(scope="session")
def analyze_text(pipeline: newsprism.Pipeline) -> Callable[[str], Article]:
    """Analyse a plain text as a body (no title/furniture detection)."""

    def run(text: str) -> Article:
        from newsprism.extract.build import build_article

        return pipeline.analyze(build_article(text.split("\n\n")))

    return run


@pytest.fixture(scope="session")
def seed_article(seed_path: Path, pipeline: newsprism.Pipeline) -> Article:
    return pipeline.analyze(extract_text(seed_path.read_text("utf-8"), source=str(seed_path)))


def _check_spans(node: Any, text: str, where: str = "$") -> Iterator[str]:
    if isinstance(node, dict):
        is_span = {"start", "end", "text"} <= node.keys() and isinstance(node["start"], int)
        if is_span and text[node["start"] : node["end"]] != node["text"]:
            yield f"{where}: text[{node['start']}:{node['end']}] != {node['text']!r}"
        if "events" in node and isinstance(node.get("text"), str) and not is_span:
            text = node["text"]  # a caption: its events' offsets point into its own text
        for key, value in node.items():
            if key != "text" or not isinstance(value, str):
                yield from _check_spans(value, text, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _check_spans(value, text, f"{where}[{i}]")


@pytest.fixture(scope="session")
def validate() -> Callable[[dict[str, Any]], None]:
    """Assert a JSON document fits the schema and every span slices ``text`` exactly."""
    validator = jsonschema.Draft202012Validator(newsprism.json_schema())

    def check(document: dict[str, Any]) -> None:
        errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(document)]
        assert not errors, errors[:5]
        bad = list(_check_spans({k: v for k, v in document.items() if k != "text"}, document["text"]))
        assert not bad, bad[:5]

    return check


@pytest.fixture(scope="session")
def run_cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    def run(*args: str, stdin: str | None = None, timeout: float = 180) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1"}
        return subprocess.run(
            [str(NEWSPRISM_BIN), *args], input=stdin, capture_output=True, text=True, timeout=timeout, env=env
        )

    return run
