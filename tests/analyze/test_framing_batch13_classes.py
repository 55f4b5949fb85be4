"""Batch 13's general classes (issue #6, F16; batch 13 of the real outlet pages is in-sample for them).

Stance (framing/stance.py ``_reports_by_construction``, rules in lexicons/framing_en.toml): a charge made with
*accuse ... of*, active or passive; *claimed responsibility* (evaluative, as *claimed*); *ruled out* and *depicted*
with a speaker and an object; *responded to* words said; *tells the paper that ...* (the parser's relative
clause); *is said to be*. docs/format.md: a verb naming the act performed (*accused*, *ruled out*) is neutral, one
judging the claim's truth (*claimed*) evaluative.

Precision: a literal act in a game's discipline (*sent off for spitting on an opponent*; lexicons/plain_en.toml),
a shouted answer to the question just asked (*The answer is YES!*; framing/furniture.py), a record comparison a
survey measures (*more than ever before. That is according to a survey*; framing/measures.py).

Recall as lexicon data: a release's *innovative solution*, *upstarts*.

Every sentence is written for newsprism in other words than the pages. Each reported, plain or loaded case was
missed or flagged before this round; the guards (a suspect named, a thing won, an injury list, a mural, an act in
return, a non-answer, the figurative *spat on*, an unmeasured record, a study's method) pass either way.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from framing_helpers import author, evidence, stances

from newsprism.model import Article

Analyze = Callable[[str], Article]


@pytest.mark.parametrize(("text", "cue", "stance"), [
    ("The opposition leader accused the ministry of hiding the audit from parliament.", "accused", "neutral"),
    ("The two firms were accused of fixing prices for a decade.", "accused", "neutral"),
    ("A separatist group claimed responsibility for the blast near the depot.", "claimed", "evaluative"),
    ("The interior ministry has ruled out foul play in the fire.", "ruled out", "neutral"),
    ('The watchdog published a report that depicted "chronic delays" at the port.', "depicted", "neutral"),
    ("The mayor's office responded to the criticism in a statement on Tuesday.", "responded", "neutral"),
    ("A neighbour tells the newspaper that she heard two shots.", "tells", "neutral"),
    ("The founder is said to be planning a return.", "said", "neutral"),
])
def test_a_report_by_its_construction_is_an_attribution(analyze_text: Analyze, text: str, cue: str,
                                                        stance: str) -> None:
    assert stances(analyze_text(text)).get(cue) == stance


@pytest.mark.parametrize("text", [
    "The driver accused of speeding was released on bail.",
    "The runner claimed the title in Berlin.",
    "The striker was ruled out for six weeks with a knee injury.",
    "The mural depicts a fishing village at dawn.",
    "The goalkeeper responded by diving to his left.",
    "The council did not respond to a request for comment.",
    "The group is yet to respond to the journalists' queries.",
    "Police responded to multiple reports of a shooting at a party.",
])
def test_the_same_verbs_reporting_nothing_stay_out(analyze_text: Analyze, text: str) -> None:
    assert stances(analyze_text(text)) == {}


@pytest.mark.parametrize("text", [
    "The defender was sent off for spitting on an opponent in the second half.",
    "Is the tap water safe to drink? The answer is YES!",
    "Shoppers spent more than ever before on gadgets this year. That is according to a new survey by a retail group.",
])
def test_a_literal_act_an_answer_or_a_measured_record_is_no_frame(analyze_text: Analyze, text: str) -> None:
    assert author(analyze_text(text)) == []


@pytest.mark.parametrize(("text", "word"), [
    ("The minister spat on the memory of the victims.", "spat"),
    ("The nation needs courage more than ever before.", "ever"),
    ("The firm offers hospitals an innovative solution for tracking beds.", "innovative"),
    ("Regulators are wary of the upstarts that now dominate the market.", "upstarts"),
])
def test_a_figure_an_unmeasured_record_or_promotion_flags(analyze_text: Analyze, text: str, word: str) -> None:
    assert word in " ".join(evidence(analyze_text(text)))


def test_a_study_method_called_innovative_stays_plain(analyze_text: Analyze) -> None:
    assert author(analyze_text("The team tested an innovative method of cooling the samples.")) == []
