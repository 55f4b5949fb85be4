"""The quotes_pages benchmark's labels and scoring (benchmarks/quotes_pages.py), without running the pipeline.

The full benchmark runs in the evaluation gate (tests/eval_floors.json, key ``quotes_pages``); these
checks keep the labels well-formed and make sure the scorer tells right from wrong.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.quotes_pages import (
    QUOTATIONS,
    Label,
    Page,
    Pred,
    _new_tally,
    load,
    locate,
    score_page,
    summary,
)


def test_labels_have_the_promised_shape() -> None:
    pages = load()
    assert len(pages) == 109 and len({p.id for p in pages}) == 109
    # each later batch (labelled after the fixes before it, before any run on it) follows the last in the file;
    # batch 13 has 6 pages: the benchmark's English pages with quotations end at rank 180
    assert [p.batch for p in pages] == [1] * 15 + [b for b in range(2, 13) for _ in range(8)] + [13] * 6
    kinds = {label.kind for p in pages for label in p.labels}
    assert kinds <= QUOTATIONS | {"indirect", "term"}
    for page in pages:
        for label in page.labels:
            assert (label.speaker is None) == (label.kind == "term")
            assert label.chars > 0 and len(label.head) <= 70


def test_every_label_is_found_in_the_gold_body_at_its_length(shared: Path) -> None:
    truth = json.loads((shared / "data" / "article-extraction-benchmark" / "ground-truth.json").read_text("utf-8"))
    for page in load():
        body = truth[page.id]["articleBody"]
        for label in page.labels:
            span = locate(body, label)
            assert span is not None, (page.id, label.head)
            # A term typed with spaces inside its marks (`“ bird fancier’s lung. ”`) is found from
            # its first word to its last: the edge spaces shorter.
            edges = len(label.head) - len(label.head.strip()) if label.tail is None else 0
            edges += len(label.head) - len(label.head.lstrip()) if label.tail is not None else 0
            assert label.chars - (span[1] - span[0]) == edges, (page.id, label.head)


TEXT = "“We will build it,” said Ana Lima. Critics said the plan was “a fantasy.” The city said costs would rise."
PAGE = Page("p", "u", (
    Label("direct", "We will build it,", None, 1, "Ana Lima", True, False, 17),
    Label("mixed", "a fantasy.", None, 1, "critics", False, False, 10),
    Label("indirect", "costs would rise", None, 1, "City of Tarn", True, False, 16),
))


def _at(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def test_the_scorer_tells_a_right_a_wrong_and_a_missing_speaker() -> None:
    tally = _new_tally()
    preds = [
        Pred(*_at("We will build it,"), "direct", frozenset({"ana lima", "lima"}), "ana lima"),
        Pred(*_at("a fantasy."), "mixed", frozenset(), "critics"),
        Pred(*_at("costs would rise"), "indirect", frozenset({"ana lima"}), "ana lima"),
        Pred(*_at("The city"), "direct"),  # no gold there: a false quote
    ]
    score_page(tally, PAGE, TEXT, preds)
    result = summary(tally)
    assert result["quote_recall"] == 1.0 and result["quote_precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert result["indirect_f1"] == 1.0
    assert result["speaker_accuracy"] == 0.5 and result["speaker_wrong"] == 0.5  # Lima right, the city wrong
    assert result["unnamed_speaker_accuracy"] == 1.0


def test_a_quote_lost_in_extraction_is_missed() -> None:
    tally = _new_tally()
    score_page(tally, PAGE, TEXT.replace("a fantasy", "a dream"), [])
    result = summary(tally)
    assert result["lost_in_extraction"] == 1 and result["quote_recall"] == 0.0
