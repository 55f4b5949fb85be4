"""The voice benchmark's gold file and scoring (benchmarks/voice.py), without running the pipeline.

The full benchmark runs in the evaluation gate (tests/eval_floors.json, key ``voice``);
these checks keep the gold well-formed and make sure the scorer can tell right from wrong.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from benchmarks.voice import AUTHOR, QUOTED, Doc, Reading, Target, load, locate, names_match, norm, score
from hypothesis import given
from hypothesis import strategies as st


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    return load()


def test_gold_has_the_promised_shape(docs: list[Doc]) -> None:
    targets = [t for d in docs for t in d.targets]
    assert len(docs) >= 40 and len(targets) >= 350
    assert 0.35 <= sum(not t.quoted for t in targets) / len(targets) <= 0.65, "about half author, half quoted"
    for doc in docs:
        paragraphs = doc.text.split("\n\n")
        # Transcripts print each short turn as a paragraph of its own, so they may run a little longer.
        turns = sum(bool(re.match(r"[A-Z]+:|\(\(", p)) for p in paragraphs)
        assert 3 <= len(paragraphs) <= (10 if turns >= 3 else 8), doc.id
    assert len({d.id for d in docs}) == len(docs)


def test_every_target_is_located_and_its_speaker_is_named_in_the_article(docs: list[Doc]) -> None:
    for doc in docs:
        for t in doc.targets:
            assert doc.text[t.start : t.end] == t.text
            if t.named:
                assert t.voice in doc.text, f"{doc.id}: {t.voice!r} is not written in the article"


def test_every_construction_is_covered(docs: list[Doc]) -> None:
    kinds = Counter(t.kind for d in docs for t in d.targets)
    for kind in ("mixed", "scare", "indirect", "nested", "multi-paragraph", "pronoun-speaker", "interview-qa",
                 "interview-name", "interview-paren", "interviewer", "headline", "apostrophe", "opinion"):
        assert kinds[kind] >= 3, kind


@given(st.text(alphabet="ab ", max_size=30), st.text(alphabet="ab", min_size=1, max_size=3))
def test_locate_finds_the_nth_occurrence(text: str, needle: str) -> None:
    starts = [i for i in range(len(text)) if text.startswith(needle, i)]
    for nth, start in enumerate(starts, start=1):
        assert locate(text, needle, nth) == start
    with pytest.raises(ValueError):
        locate(text, needle, len(starts) + 1)


def test_names_match_allows_a_title_but_not_a_bare_surname() -> None:
    assert names_match("Lena Haas", {"chief superintendent lena haas"})
    assert names_match("Ministry of Fisheries", {norm("The Ministry of Fisheries")})
    assert not names_match("Lena Haas", {"haas", "lena"})
    assert not names_match("Lena Haas", {"she"})


def _doc() -> Doc:
    text = "The plan is a scam, said Ana Roe. Critics call it “theft”."
    targets = (
        Target("d", "scam", 1, 14, 18, "Ana Roe", "quote-first"),
        Target("d", "plan", 1, 4, 8, AUTHOR, "opinion"),
        Target("d", "theft", 1, 51, 56, QUOTED, "mixed"),
    )
    return Doc("d", text, targets)


def test_score_separates_right_from_wrong_voices_and_speakers() -> None:
    doc = _doc()
    right = {("scam", 1): Reading(True, frozenset({"ana roe"}), True), ("plan", 1): Reading(False),
             ("theft", 1): Reading(True)}
    result = score([doc], [right])
    assert result["voice_accuracy"] == 1.0 and result["speaker_accuracy"] == 1.0
    assert result["author_charged_to_speaker"] == 0.0 and result["quoted_charged_to_author"] == 0.0
    wrong = {("scam", 1): Reading(True, frozenset({"bo lin"}), True), ("plan", 1): Reading(True),
             ("theft", 1): Reading(False)}
    result = score([doc], [wrong])
    assert result["voice_accuracy"] == pytest.approx(1 / 3, abs=1e-3)
    assert result["speaker_accuracy"] == 0.0 and result["emitted_speaker_precision"] == 0.0
    assert result["author_charged_to_speaker"] == 1.0 and result["quoted_charged_to_author"] == 0.5


def test_a_crashed_article_counts_as_wrong_but_framing_skips_unread_targets() -> None:
    doc = _doc()
    assert score([doc], [{}])["voice_accuracy"] == 0.0
    framing = score([doc], [{("plan", 1): Reading(False)}], missing_wrong=False)
    assert framing["targets_read"] == 1 and framing["voice_accuracy"] == 1.0
