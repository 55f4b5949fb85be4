"""The framing shape rules (analyze/framing/patterns.py): each fires on its form, not on look-alikes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprism.analyze.framing import load_lexicon
from newsprism.model import Article, Frame

Analyze = Callable[[str], Article]


def author(article: Article, technique: str) -> list[Frame]:
    return [f for f in article.frames if f.voice == "author" and f.technique == technique]


def evidence(frames: list[Frame]) -> set[str]:
    return {e.text for f in frames for e in f.evidence}


def test_rules_are_data_in_the_lexicon() -> None:
    rules = load_lexicon("en").rules
    for key in ("epithet_adjectives", "person_nouns", "doubt_question_words", "scare_quote_nouns", "smear_labels"):
        assert rules[key], key


def test_insulting_adjective_on_a_person_is_a_label_and_a_smear(analyze_text: Analyze) -> None:
    article = analyze_text("The crooked senator voted against the bill again.")
    assert "crooked senator" in evidence(author(article, "Name calling/Labeling"))
    assert author(article, "Smears")
    assert article.framing is not None
    assert any(x.label == "crooked senator" for x in article.framing.labels)


def test_nickname_before_a_name(analyze_text: Analyze) -> None:
    article = analyze_text("Sleepy Hartley missed another vote on Tuesday.")
    assert "Sleepy Hartley" in evidence(author(article, "Name calling/Labeling"))


@pytest.mark.parametrize("text", [
    "The injured man was taken to hospital.",
    "The Liberal Democrats won four seats.",
    "An anti-war activist spoke at the rally.",
])
def test_plain_adjectives_and_names_are_not_epithets(analyze_text: Analyze, text: str) -> None:
    assert author(analyze_text(text), "Name calling/Labeling") == []


def test_damning_noun_said_of_someone(analyze_text: Analyze) -> None:
    article = analyze_text("He is a fraud, and he always has been.")
    assert "fraud" in evidence(author(article, "Name calling/Labeling"))
    assert author(article, "Smears")


def test_question_on_credibility_is_doubt_but_an_interview_question_is_not(analyze_text: Analyze) -> None:
    doubt = analyze_text("Is the minister really the right person to run the inquiry?")
    assert {"really", "?"} <= evidence(author(doubt, "Doubt"))
    assert author(analyze_text("How will the new rules affect small farmers?"), "Doubt") == []
    assert author(analyze_text("What do you think of the new rules?"), "Doubt") == []


def test_scare_quotes_are_the_authors_doubt(analyze_text: Analyze) -> None:
    article = analyze_text('The "experts" who wrote the plan have never run a hospital.')
    frames = author(article, "Doubt")
    assert frames and any('"experts"' in e for e in evidence(frames))
    # the frame is the writer's sentence, read on past the closing mark
    assert frames[0].span.text.startswith('The "experts" who wrote')
    assert author(analyze_text('The storm was described as "life-threatening" by forecasters.'), "Doubt") == []


def test_either_or_put_to_the_reader(analyze_text: Analyze) -> None:
    assert author(analyze_text("Either you back the plan or you back the criminals."),
                  "Black-and-white Fallacy/Dictatorship")
    neutral = analyze_text("Applicants must either hold a degree or have five years of experience.")
    assert author(neutral, "Black-and-white Fallacy/Dictatorship") == []


def test_signed_saying_is_an_appeal_to_authority(analyze_text: Analyze) -> None:
    article = analyze_text('"Never give up on the people you love." - Margaret Ellison')
    assert "Margaret Ellison" in evidence([f for f in article.frames if f.technique == "Appeal to authority"])


def test_plain_attribution_to_experts_is_not_an_appeal(analyze_text: Analyze) -> None:
    article = analyze_text("According to experts at the university, the water is safe to drink.")
    assert author(article, "Appeal to authority") == []
    assert author(analyze_text("Experts agree that the law is the only sensible answer."), "Appeal to authority")


def test_because_in_reporting_is_not_oversimplification(analyze_text: Analyze) -> None:
    assert author(analyze_text("The flight was delayed because of fog."), "Causal Oversimplification") == []
    assert author(analyze_text("Prices went up all because of the new mayor."), "Causal Oversimplification")


def test_virtue_words_need_company(analyze_text: Analyze) -> None:
    technique = "Glittering generalities (Virtue)"
    assert author(analyze_text("The peace talks will resume next week."), technique) == []
    assert author(analyze_text("We stand for freedom and democracy, for hope and for greatness."), technique)
