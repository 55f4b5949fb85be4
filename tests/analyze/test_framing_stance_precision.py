"""Attribution stance, precision: a reporting verb counts only where it reports words.

Each case is a sense or construction in which a verb of the attribution lexicon reports nothing
(a belief, an act done, a thing kept or shown, a name) beside one in which it does report.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprism.model import Article

Analyze = Callable[[str], Article]


def _verbs(article: Article) -> list[str]:
    assert article.framing is not None
    return [a.lemma for a in article.framing.attributions]


@pytest.mark.parametrize(
    "text",
    [
        "Police believe the fire at the depot was set deliberately.",  # a view held, not words said
        "Most residents think the new bridge will ease traffic.",
        "The company continued to hire new staff through the winter.",  # an act, told by its infinitive
        "Ministers agreed to cut the fuel tax from next month.",
        "The agency bought spare parts to maintain its older aircraft.",  # a purpose
        "The airline maintains a fleet of forty jets.",  # a thing kept
        "The resort boasts three pools and a private beach.",  # a thing owned
        "The club posted a photo of the new stadium on Monday.",
        "The inmates were held in a fortress dubbed the Rock.",  # a name, no one's words
        "Prices rose in the spring, as the firm continued to expand abroad.",
    ],
)
def test_a_verb_that_reports_nothing_is_no_attribution(analyze_text: Analyze, text: str) -> None:
    assert _verbs(analyze_text(text)) == []


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("The minister vowed to appeal the ruling.", "vow"),
        ("The man claimed to be a retired surgeon.", "claim"),
        ("She maintained that she had never seen the letter.", "maintain"),
        ("The mayor boasted of record tourist numbers.", "boast"),
        ("Residents reported being woken by a loud bang.", "report"),
        ("Local media reported the suspect to be dead.", "report"),
        ("Critics dubbed the plan \u201ca giveaway to developers.\u201d", "dub"),
    ],
)
def test_the_same_verbs_still_report_words(analyze_text: Analyze, text: str, lemma: str) -> None:
    assert lemma in _verbs(analyze_text(text))
