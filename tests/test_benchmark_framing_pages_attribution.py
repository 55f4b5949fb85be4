"""framing_pages' attribution precision (benchmarks/framing_pages.py) on a hand-made page.

The gold lists every reporting verb the writer uses, so an attribution whose cue is on no gold verb
is a false one, and an evaluative attribution counts as right only on a gold evaluative verb.
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.framing_pages import Gold, Page, Tally, score_stance, summary

from newsprism.model import Article

TEXT = ("The minister said the new budget was fair. "
        "She admitted that the cost of the plan was high, and officials told reporters it would pass.")


def _gold(text: str, what: str, stance: str) -> Gold:
    start = text.index(what)
    return Gold(start, start + len(what), what, stance)


def _score(article: Article, verbs: list[Gold]) -> tuple[dict[str, object], Tally]:
    page = Page(id="hand-made", genre="news", text=article.text, verbs=verbs)
    tally = Tally()
    score_stance(page, article, tally, show=True)
    return summary(tally), tally


def test_attributions_off_the_gold_verbs_lower_precision(analyze_text: Callable[[str], Article]) -> None:
    article = analyze_text(TEXT)
    assert article.framing is not None
    cues = {a.lemma: a.stance for a in article.framing.attributions}
    assert cues.get("say") == "neutral" and cues.get("admit") == "evaluative" and cues.get("tell") == "neutral"
    full, _ = _score(article, [_gold(article.text, "said", "neutral"), _gold(article.text, "admitted", "evaluative"),
                               _gold(article.text, "told", "neutral")])
    assert full["attribution_precision"] == 1.0 and full["evaluative_precision"] == 1.0
    # *admitted* left out of the gold: its attribution is on no gold verb, and the evaluative one is wrong
    part, tally = _score(article, [_gold(article.text, "said", "neutral"), _gold(article.text, "told", "neutral")])
    assert part["attribution_precision"] == round(2 / 3, 4) and part["evaluative_precision"] == 0.0
    assert any("attribution 'admitted'" in e and "no gold verb" in e for e in tally.errors)


def test_an_evaluative_reading_of_a_neutral_gold_verb_is_not_evaluative_precision(
        analyze_text: Callable[[str], Article]) -> None:
    article = analyze_text(TEXT)
    result, _ = _score(article, [_gold(article.text, "said", "neutral"), _gold(article.text, "admitted", "neutral"),
                                 _gold(article.text, "told", "neutral")])
    assert result["attribution_precision"] == 1.0 and result["evaluative_precision"] == 0.0
