"""Headings in capitals and greetings are page furniture, not persuasion (#6, F12; framing/furniture.py).

A short line of its own set in capitals is typography: a word that counts only because it is in
capitals (*WINS*) is no frame there, while a loaded word of its own kind in a heading, and capitals
in a shouted line of prose, still are. An exclaimed greeting is a courtesy, not a Slogan.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprism.model import Article

AUTHOR = "author"


def _author(article: Article) -> list[tuple[str, list[str]]]:
    return [(f.technique, [e.text for e in f.evidence]) for f in article.frames if f.voice == AUTHOR]


@pytest.mark.parametrize("text", [
    pytest.param("The hosts had lost every earlier tie.\n\nPORTUGAL WINS\n\n"
                 "Two days after the final, the pair took the deciding rubber in straight sets.",
                 id="a-results-heading-in-capitals"),
    pytest.param("You have been named to the council's list of young leaders. Congratulations!!! "
                 "What does the award mean to you?", id="an-exclaimed-greeting"),
])
def test_page_furniture_is_no_frame(analyze_text: Callable[[str], Article], text: str) -> None:
    assert _author(analyze_text(text)) == []


def test_a_loaded_word_of_its_own_kind_in_a_heading_is_still_flagged(analyze_text: Callable[[str], Article]) -> None:
    article = analyze_text("THUGS STORM THE SQUARE\n\nThe crowd gathered outside the town hall on Tuesday.")
    assert any("THUGS" in words for _, words in _author(article))


@pytest.mark.parametrize("text", [
    # two sentences on one line: a poster's shouting, not a heading
    pytest.param("STOP THE CROOKED PLAN NOW! THEY ARE LIARS!", id="a-shouted-line-of-prose"),
    pytest.param("The petition closes on Friday. Vote them out!", id="a-rallying-exclamation"),
])
def test_a_shouted_line_or_a_rallying_exclamation_is_still_a_slogan(
    analyze_text: Callable[[str], Article], text: str,
) -> None:
    assert any(t == "Slogans" for t, _ in _author(analyze_text(text)))


def test_a_speaker_label_is_not_part_of_the_exclamation(analyze_text: Callable[[str], Article]) -> None:
    article = analyze_text("Q: How did the first morning feel?\n\nA: Inspired and humbled!")
    evidence = [e.text for f in article.frames if f.technique == "Slogans" for e in f.evidence]
    assert evidence and all(w.startswith("Inspired") for w in evidence), evidence
