"""Hand-written fixtures: each technique is found in the author's voice; neutral news is left alone.

``fixtures/framing_techniques.jsonl`` holds at least five sentences per technique and
``fixtures/framing_neutral.jsonl`` as many neutral news sentences, all written for
newsprism (no third-party text). ``framing_opinion.jsonl`` is opinion-style prose.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsprism.model import Article

FIXTURES = Path(__file__).parent / "fixtures"
REQUIRED = {
    "Loaded Language", "Name calling/Labeling", "Exaggeration/Minimisation", "Doubt", "Appeal to fear/prejudice",
    "Flag-waving", "Repetition", "Slogans", "Causal Oversimplification", "Whataboutism", "Smears",
    "Glittering generalities (Virtue)", "Appeal to authority", "Black-and-white Fallacy/Dictatorship",
}


def load(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (FIXTURES / name).read_text("utf-8").splitlines() if line.strip()]


def author_techniques(article: Article) -> set[str]:
    return {f.technique for f in article.frames if f.voice == "author"}


@pytest.fixture(scope="module")
def technique_results(analyze_text: Callable[[str], Article]) -> list[tuple[str, set[str]]]:
    items = load("framing_techniques.jsonl")
    return [(item["technique"], author_techniques(analyze_text(item["text"]))) for item in items]


@pytest.fixture(scope="module")
def neutral_results(analyze_text: Callable[[str], Article]) -> list[set[str]]:
    return [author_techniques(analyze_text(item["text"])) for item in load("framing_neutral.jsonl")]


def test_fixtures_cover_every_technique_five_times_and_as_many_neutral() -> None:
    counts = Counter(item["technique"] for item in load("framing_techniques.jsonl"))
    assert set(counts) >= REQUIRED
    assert min(counts.values()) >= 5
    assert len(load("framing_neutral.jsonl")) >= sum(counts.values())


@pytest.mark.parametrize("technique", sorted(REQUIRED))
def test_each_technique_is_found(technique: str, technique_results: list[tuple[str, set[str]]]) -> None:
    hits = [technique in found for label, found in technique_results if label == technique]
    assert sum(hits) / len(hits) >= 0.8, f"{technique}: {sum(hits)}/{len(hits)}"


def test_precision_against_neutral_news(
    technique_results: list[tuple[str, set[str]]], neutral_results: list[set[str]]
) -> None:
    true_flags = sum(bool(found) for _, found in technique_results)
    false_flags = sum(bool(found) for found in neutral_results)
    assert true_flags / (true_flags + false_flags) >= 0.80
    assert false_flags / len(neutral_results) <= 0.2


def test_opinion_prose_is_framed_far_more_than_neutral_news(analyze_text: Callable[[str], Article]) -> None:
    def rate(texts: list[str]) -> float:
        articles = [analyze_text(t) for t in texts]
        frames = sum(len([f for f in a.frames if f.voice == "author"]) for a in articles)
        return 1000 * frames / sum(len(a.text.split()) for a in articles)

    opinion = rate([x["text"] for x in load("framing_opinion.jsonl")])
    neutral = rate([" ".join(x["text"] for x in load("framing_neutral.jsonl"))])
    assert opinion > 5 * max(neutral, 1.0)
