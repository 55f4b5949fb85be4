"""The seed article: every quotation attributed as a careful reader would (issue #3)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from quote_helpers import entity_name

from newsprism import jsonformat
from newsprism.model import Article, Quote

pytestmark = pytest.mark.slow


def quote_with(article: Article, words: str) -> Quote:
    found = [q for q in article.quotes if words in q.span.text]
    assert len(found) == 1, (words, [q.span.text for q in article.quotes])
    return found[0]


@pytest.mark.parametrize(
    "words",
    [
        "the most loyal forces should not be turned away",
        "they were the ones who stopped the enemy",
        "I have told the past presidents",
        "it appears that the Europeans mediate",
        "remained true to their U.S. allies",
        "There is no difference between them and the U.S.",
    ],
)
def test_supreme_leaders_quoted_passages_are_his(seed_article: Article, words: str) -> None:
    quote = quote_with(seed_article, words)
    assert quote.kind == "direct"
    assert "Khamenei" in (entity_name(seed_article, quote) or "")
    assert quote.speaker is not None and "Khamenei" in quote.speaker.name, "the name, not 'He'"


def test_multi_sentence_passages_are_one_quote_each(seed_article: Article) -> None:
    first = quote_with(seed_article, "With labels such as hardliners")
    assert first.span.text.endswith("they were the ones who stopped the enemy.")


def test_foreign_policy_chiefs_partial_quote_is_hers(seed_article: Article) -> None:
    quote = quote_with(seed_article, "is becoming increasingly difficult")
    assert quote.kind == "mixed"
    assert "Mogherini" in (entity_name(seed_article, quote) or "")


@pytest.mark.parametrize(
    ("words", "cue"),
    [("his regime is in crisis", "admits"), ("it’s the U.S. and Europe that are in financial", "told")],
)
def test_reported_statements_are_indirect(seed_article: Article, words: str, cue: str) -> None:
    quote = quote_with(seed_article, words)
    assert quote.kind == "indirect"
    assert quote.cue is not None and quote.cue.text == cue
    assert "Khamenei" in (entity_name(seed_article, quote) or "")


def test_facing_the_enemy_is_his_fragment(seed_article: Article) -> None:
    quote = quote_with(seed_article, "facing the enemy")
    assert quote.kind == "mixed"
    assert "Khamenei" in (entity_name(seed_article, quote) or "")


def test_apostrophes_make_no_quotes(seed_article: Article) -> None:
    for quote in seed_article.quotes:
        if quote.kind in ("direct", "mixed", "term"):
            assert not quote.span.text.startswith(("s ", "’s", "hope")), quote.span.text


def test_author_voice_is_kept_outside_quotes(seed_article: Article) -> None:
    text = seed_article.text
    thugs = text.index("well-fed plain-clothes thugs")
    covering = [v for v in seed_article.voices if v.start <= thugs < v.end]
    assert [v.voice for v in covering] == ["author"]
    quoted = [v for v in seed_article.voices if v.voice == "quoted"]
    assert all(v.speaker is not None for v in quoted)


def test_seed_json_is_valid(seed_article: Article, validate: Callable[[dict[str, Any]], None]) -> None:
    document = jsonformat.article_to_dict(seed_article)
    validate(document)
    assert document["quotes"] and all(q["speaker"] for q in document["quotes"])


def test_report_groups_quotes_by_speaker_and_shows_the_voice_map(seed_article: Article) -> None:
    from rich.console import Console

    from newsprism.cli.report import quotes as quotes_section

    console = Console(record=True, width=200, color_system=None)
    section = quotes_section(seed_article)
    assert section is not None
    console.print(section)
    shown = console.export_text()
    assert "voice: writer" in shown and "quoted" in shown
    khamenei = [line for line in shown.splitlines() if line.strip("│ ").startswith("Ali Khamenei")]
    assert len(khamenei) == 1, "one group per speaker, however the text names him"
