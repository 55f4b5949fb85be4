"""Framing precision rules that need code, not lexicon data (issue #6, F4).

Each test is a case in other words than the framing_pages batches that prompted it, and each
fails without its rule: filed hashtags, bare exclamations, an anaphoric *That's why*.
"""

from __future__ import annotations

from collections.abc import Callable

from newsprism.model import Article

SLOGANS = "Slogans"


def _author(article: Article, technique: str) -> list[str]:
    return [f.span.text for f in article.frames if f.technique == technique and f.voice == "author"]


def _evidence(article: Article, technique: str) -> list[str]:
    return [e.text for f in article.frames if f.technique == technique and f.voice == "author" for e in f.evidence]


def test_a_tag_line_is_no_slogan(analyze_text: Callable[[str], Article]) -> None:
    article = analyze_text("Our trip was paid for by #TrailCo, Inc. and its partners. The views are my own. "
                           "#MountainDays #sponsored\n\nWe set off early and reached the lake by noon.")
    assert not _evidence(article, SLOGANS)


def test_a_named_hashtag_is_no_slogan(analyze_text: Callable[[str], Article]) -> None:
    article = analyze_text("The council then posted its plan under the hashtag #GreenerStreets on Monday.")
    assert not _evidence(article, SLOGANS)


def test_a_tag_in_a_signed_embedded_post_is_no_slogan(analyze_text: Callable[[str], Article]) -> None:
    article = analyze_text("The mayor answered on Twitter.\n\nWe hear you, and the buses will run on time. "
                           "#listening\n\n— Mayor Ana Ruiz (@mayor_ruiz) May 3, 2021\n\nThe buses were late again.")
    assert not _evidence(article, SLOGANS)


def test_a_lone_campaign_hashtag_stays_a_slogan(analyze_text: Callable[[str], Article]) -> None:
    article = analyze_text("They will not silence us. Everyone to the square on Sunday. #HandsOffOurParks")
    assert any("HandsOffOurParks" in e for e in _evidence(article, SLOGANS))


def test_a_bare_exclamation_in_a_blog_is_no_slogan(analyze_text: Callable[[str], Article]) -> None:
    article = analyze_text("We packed the car at dawn.\n\nBack at the lake!\n\nThe crisp morning air!\n\n"
                           "The water was still cold, so we stayed on the shore.")
    assert not _author(article, SLOGANS)


def test_an_exclamation_that_rallies_stays_a_slogan(analyze_text: Callable[[str], Article]) -> None:
    for text, word in (("The park is ours. Defend it now!", "Defend"),
                       ("The park is ours. Hands off our park!", "Hands"),
                       ("The park is ours. Justice for the park!", "Justice")):
        assert any(word in s for s in _author(analyze_text(text), SLOGANS)), text


def test_an_exclamative_is_the_writers_judgement_not_a_slogan(analyze_text: Callable[[str], Article]) -> None:
    article = analyze_text("He kept the prize money for himself. How generous!")
    assert not _author(article, SLOGANS)
    assert any("How generous" in s for s in _author(article, "Loaded Language"))


CAUSAL = "Causal Oversimplification"


def test_a_pointing_explanation_is_no_causal_oversimplification(analyze_text: Callable[[str], Article]) -> None:
    article = analyze_text("Outbreaks of this kind are still rare in the region. "
                           "That's why the clinic published the case in a journal.")
    assert not _author(article, CAUSAL)


def test_an_explanation_naming_one_cause_stays(analyze_text: Callable[[str], Article]) -> None:
    for text in ("That's why the buses run late: the drivers' union controls the timetable.",
                 "Greed is why the rents doubled."):
        assert _author(analyze_text(text), CAUSAL), text
