"""Reported speech without quotation marks (issue #6, settled convention; docs/format.md, Frame).

A loaded word in the content of a report is the speaker's judgement, although the wording is
the writer's paraphrase: it must never be charged to the writer. The reporting verb, a label by
which the writer names someone inside the report, and the writer's scare quotes stay the writer's.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprism.model import Article

AUTHOR = "author"


def _voices(article: Article, word: str, technique: str = "Loaded Language") -> set[str]:
    """The voices of the frames of ``technique`` whose evidence holds ``word``."""
    return {f.voice for f in article.frames
            if f.technique == technique and any(word in e.text for e in f.evidence)}


def test_the_same_judgement_is_the_writers_in_prose(analyze_text: Callable[[str], Article]) -> None:
    article = analyze_text("The new levy is a disgraceful swindle.")
    assert _voices(article, "disgraceful") == {AUTHOR}


@pytest.mark.parametrize("text", [
    "Residents of the town say the new levy is a disgraceful swindle.",
    "Most farmers argue that the new levy is a disgraceful swindle.",
])
def test_an_unnamed_speakers_report_is_not_the_writers(analyze_text: Callable[[str], Article], text: str) -> None:
    voices = _voices(analyze_text(text), "disgraceful")
    assert voices and AUTHOR not in voices


def test_a_named_speakers_report_is_that_speakers(analyze_text: Callable[[str], Article]) -> None:
    article = analyze_text("Harlan Pike, the opposition leader, said the new levy was a disgraceful swindle.")
    pike = next(e.id for e in article.entities if "Pike" in e.name)
    assert _voices(article, "disgraceful") == {pike}
    # the reporting verb stays the writer's, with its stance
    assert [a.cue.text for a in article.framing.attributions] == ["said"]


def test_the_charge_of_an_accusation_is_the_accusers(analyze_text: Callable[[str], Article]) -> None:
    voices = _voices(analyze_text("Farmers accused the ministry of a disgraceful swindle."), "disgraceful")
    assert voices and AUTHOR not in voices
    # the writer's own accusation stays the writer's
    assert _voices(analyze_text("We accused the ministry of a disgraceful swindle."), "disgraceful") == {AUTHOR}


def test_a_label_naming_someone_inside_a_report_stays_the_writers(analyze_text: Callable[[str], Article]) -> None:
    article = analyze_text("The lawyer said her client had never met the pedophile before that evening.")
    assert _voices(article, "pedophile", "Name calling/Labeling") == {AUTHOR}


def test_scare_quotes_inside_a_report_stay_the_writers(analyze_text: Callable[[str], Article]) -> None:
    # the quotes stage reads the marks as the writer's term (not the monitors' fragment)
    article = analyze_text("The monitors said two men were wounded by gunfire and called on the “transitional” "
                           "council to pull back its police.")
    assert any(q.kind == "term" and q.span.text == "transitional" for q in article.quotes)
    assert _voices(article, "transitional", "Doubt") == {AUTHOR}


def test_a_consensus_the_writer_vouches_for_stays_the_writers(analyze_text: Callable[[str], Article]) -> None:
    article = analyze_text("Everyone in the county now agrees that the new levy is a disgraceful swindle.")
    assert _voices(article, "disgraceful") == {AUTHOR}
