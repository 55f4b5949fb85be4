"""framing_pages' label -> actor score (benchmarks/framing_pages.py) on a hand-made page.

The benchmark itself runs in the evaluation gate; this checks that the label score tells a label
not found, one found but unattached, one attached to another actor, and a right one apart, and
that attachment given the gold span is scored beside detection.
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.framing_pages import Gold, Page, Tally, score_labels, summary

from newsprism.model import Article

TEXT = ("Voters re-elected the corrupt thug Viktor Orlov on Sunday. "
        "Critics say the Freedonian government under Orlov is a kleptocracy.")


def _gold(text: str, what: str, actor: str) -> Gold:
    start = text.index(what)
    return Gold(start, start + len(what), what, actor)


def test_label_score_tells_found_attached_and_given_span_apart(analyze_text: Callable[[str], Article]) -> None:
    article = analyze_text(TEXT)
    page = Page(id="hand-made", genre="opinion", text=article.text,
                labels=[_gold(article.text, "thug", "Viktor Orlov"),   # found and attached right
                        _gold(article.text, "thug", "Sunday"),         # found, another actor
                        _gold(article.text, "Critics", "Orlov")])      # not a label newsprism finds
    tally = Tally()
    score_labels(page, article, tally, show=True)
    result = summary(tally)
    assert result["labels"] == 3 and result["label_accuracy"] == round(1 / 3, 4)
    assert result["label_found"] == round(2 / 3, 4)
    assert result["label_misses"] == {"not found": 1, "other actor": 1}
    assert result["label_attached_given_span"] == round(1 / 3, 4)
    assert any("(not found)" in e for e in tally.errors) and any("(other actor)" in e for e in tally.errors)
