"""The own-authored framing training corpus (training/framing_en.jsonl, issue #6).

The corpus ships under MIT, so besides its shape these tests guard its licence rule: no text
may share a long passage with the SemEval-2021 task 6 texts (research use only), with the
articles in ../shared, or with the hand-written evaluation fixtures (which must stay
out-of-sample for the scorer trained on it).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "training" / "framing_en.jsonl"
SHARED = Path(os.environ.get("NEWSPRISM_SHARED", ROOT.parent / "shared"))
SEMEVAL = SHARED / "data" / "semeval2021-task6"
FIXTURES = ROOT / "tests" / "analyze" / "fixtures"

#: The SemEval-2021 task 6 technique names (subtasks 1-2), as benchmarks/framing.py reads them.
TECHNIQUES = (
    "Appeal to authority",
    "Appeal to fear/prejudice",
    "Black-and-white Fallacy/Dictatorship",
    "Causal Oversimplification",
    "Doubt",
    "Exaggeration/Minimisation",
    "Flag-waving",
    "Glittering generalities (Virtue)",
    "Loaded Language",
    "Misrepresentation of Someone's Position (Straw Man)",
    "Name calling/Labeling",
    "Obfuscation, Intentional vagueness, Confusion",
    "Presenting Irrelevant Data (Red Herring)",
    "Reductio ad hitlerum",
    "Repetition",
    "Slogans",
    "Smears",
    "Thought-terminating cliché",
    "Whataboutism",
    "Bandwagon",
)
GENRES = {"meme", "headline", "opinion", "news"}
MIN_PER_TECHNIQUE = 30
MIN_NEUTRAL = 400
#: Sharing this many consecutive characters (case- and space-folded) counts as copying.
SHINGLE = 40


def _rows() -> list[dict[str, Any]]:
    lines = CORPUS.read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def _shingles(text: str) -> set[str]:
    folded = _fold(text)
    return {folded[i : i + SHINGLE] for i in range(len(folded) - SHINGLE + 1)}


def test_every_line_is_a_valid_example() -> None:
    for number, line in enumerate(CORPUS.read_text("utf-8").splitlines(), 1):
        row = json.loads(line)
        assert isinstance(row, dict), number
        assert set(row) <= {"id", "text", "labels", "genre", "note"}, number
        assert isinstance(row["id"], str) and row["id"], number
        assert isinstance(row["text"], str) and row["text"].strip() == row["text"] and row["text"], number
        assert isinstance(row["labels"], list), number
        assert len(set(row["labels"])) == len(row["labels"]), number
        assert row["genre"] in GENRES, number
        assert isinstance(row.get("note", ""), str), number


def test_ids_are_unique() -> None:
    ids = Counter(row["id"] for row in _rows())
    assert [i for i, n in ids.items() if n > 1] == []


def test_labels_are_semeval_technique_names() -> None:
    unknown = {label for row in _rows() for label in row["labels"]} - set(TECHNIQUES)
    assert unknown == set()


def test_names_match_the_semeval_list_when_present() -> None:
    listing = SEMEVAL / "techniques_list_task1-2.txt"
    if not listing.is_file():
        pytest.skip("SemEval-2021 task 6 data is not present")
    names = [line.strip() for line in listing.read_text("utf-8").splitlines() if line.strip()]
    assert sorted(names) == sorted(TECHNIQUES)


def test_every_technique_and_neutral_text_is_covered() -> None:
    rows = _rows()
    counts = Counter(label for row in rows for label in row["labels"])
    thin = {t: counts[t] for t in TECHNIQUES if counts[t] < MIN_PER_TECHNIQUE}
    assert thin == {}
    assert sum(1 for row in rows if not row["labels"]) >= MIN_NEUTRAL
    assert set(Counter(row["genre"] for row in rows)) == GENRES


def test_no_duplicate_texts() -> None:
    texts = Counter(_fold(row["text"]) for row in _rows())
    assert [t for t, n in texts.items() if n > 1] == []


def test_no_text_copies_semeval() -> None:
    """The licence guard: research-use SemEval texts must not leak into the MIT corpus."""
    files = sorted(SEMEVAL.glob("*_set_task1.txt")) if SEMEVAL.is_dir() else []
    if not files:
        pytest.skip("SemEval-2021 task 6 data is not present")
    theirs: set[str] = set()
    for path in files:
        for item in json.loads(path.read_text("utf-8")):
            theirs |= _shingles(item["text"])
    copied = [row["id"] for row in _rows() if _shingles(row["text"]) & theirs]
    assert copied == []


def test_no_text_copies_the_evaluation_fixtures() -> None:
    """Keeps the hand-written framing fixtures out-of-sample for a scorer trained here."""
    theirs: set[str] = set()
    for path in sorted(FIXTURES.glob("framing_*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                theirs |= _shingles(str(json.loads(line).get("text", "")))
    copied = [row["id"] for row in _rows() if _shingles(row["text"]) & theirs]
    assert copied == []


def _copied_from(paths: list[Path]) -> list[str]:
    """Ids of corpus texts sharing a shingle with any of these (large) files.

    Scans each file once against the corpus's own shingles, so big files cost one pass each
    instead of a set of all their shingles.
    """
    ours: dict[str, str] = {}
    for row in _rows():
        for shingle in _shingles(row["text"]):
            ours.setdefault(shingle, row["id"])
    hits: set[str] = set()
    for path in paths:
        folded = _fold(path.read_text("utf-8", errors="replace"))
        for i in range(len(folded) - SHINGLE + 1):
            if (found := ours.get(folded[i : i + SHINGLE])) is not None:
                hits.add(found)
    return sorted(hits)


def test_no_text_copies_the_shared_articles() -> None:
    """No sentence of the seed, Wikinews or GUM news articles in ../shared may be reused."""
    paths = sorted((SHARED / "seed").glob("*.txt")) if (SHARED / "seed").is_dir() else []
    paths += sorted((SHARED / "data" / "wikinews").glob("*.csv"))
    paths += sorted((SHARED / "data" / "gum-news-quotes" / "text").glob("*.txt"))
    if not paths:
        pytest.skip("../shared articles are not present")
    assert _copied_from(paths) == []


def test_the_guard_can_fail() -> None:
    """A text sharing 40 folded characters with another is caught; a shorter overlap is not."""
    sentence = "The finance ministry published its quarterly budget report on Monday."
    assert _shingles(sentence.upper()) & _shingles("  " + sentence[5:50] + " and more")
    assert not _shingles("short line") & _shingles("short line")
    first = _rows()[0]["text"]
    assert _copied_from([CORPUS]) != [] and len(first) >= SHINGLE
