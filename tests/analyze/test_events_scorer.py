"""The learned type scorer's arithmetic and seams (issue #5); no weights file is needed."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.analyze.events.scorer import TypeScorer, event_features

SCORER = TypeScorer(
    classes=("REJECT", "RETREAT"),
    intercept=(0.0, 0.0),
    weights={"lemma=allow": {"RETREAT": 1.0}, "up=refuse": {"REJECT": 3.0}},
    threshold=0.5,
    switch_margin=0.3,
)


def test_probabilities_are_a_softmax_and_ignore_unknown_features() -> None:
    probs = SCORER.probabilities(["lemma=allow", "never-seen"])
    assert probs["RETREAT"] == pytest.approx(math.e / (math.e + 1))
    assert sum(probs.values()) == pytest.approx(1.0)


def test_a_clearly_surer_type_replaces_the_lexicon_type() -> None:
    kind, confidence = SCORER.decide(["lemma=allow", "up=refuse"], "RETREAT")
    assert kind == "REJECT" and confidence > 0.8


def test_a_close_call_keeps_the_lexicon_type_with_its_probability() -> None:
    kind, confidence = SCORER.decide(["bias"], "RETREAT")
    assert kind == "RETREAT" and confidence == pytest.approx(0.5)


@given(st.lists(st.sampled_from(["lemma=allow", "up=refuse", "x", "bias"]), max_size=6))
def test_confidence_is_a_probability(features: list[str]) -> None:
    _, confidence = SCORER.decide(features, "REJECT")
    assert 0.0 <= confidence <= 1.0


@pytest.mark.slow
def test_features_name_the_trigger_its_governor_and_the_lexicon_reading() -> None:
    from newsprism.analyze.language import load_nlp

    doc = load_nlp(None)("The rebels refused to allow the planes to land.")
    allow = next(t for t in doc if t.lemma_ == "allow")
    features = event_features(allow, None, cue_type="RETREAT", cue_source="cameo", event_type="RETREAT",
                              relation="current", nominal=False, negated=False, has_actor=True, has_recipient=False)
    assert {"lemma=allow", "up=refuse", "cue=RETREAT&src=cameo", "actor=True"} <= set(features)


def test_none_lowers_the_confidence_but_never_becomes_the_type() -> None:
    scorer = TypeScorer(classes=("NONE", "RETREAT", "REJECT"), intercept=(0.0, 0.0, 0.0),
                        weights={"nonevent": {"NONE": 5.0}}, threshold=0.5, switch_margin=0.1)
    kind, confidence = scorer.decide(["nonevent"], "RETREAT")
    assert kind == "RETREAT" and confidence < 0.05


def test_blend_mixes_the_lexicon_evidence_into_the_confidence() -> None:
    blended = TypeScorer(SCORER.classes, SCORER.intercept, SCORER.weights, 0.5, 0.3, blend=0.5)
    _, alone = SCORER.decide(["bias"], "RETREAT", evidence=0.9)
    _, mixed = blended.decide(["bias"], "RETREAT", evidence=0.9)
    assert alone == pytest.approx(0.5) and mixed == pytest.approx(0.7)


def test_no_weights_ship_so_the_stage_runs_on_the_lexicon() -> None:
    # Measured (scripts/train_event_types.py): no learned model beat the lexicon on PLOVER test.
    from newsprism.analyze.events.scorer import load_scorer

    assert load_scorer("en") is None


@pytest.mark.slow
def test_the_evidence_score_is_a_bucketed_feature() -> None:
    from newsprism.analyze.language import load_nlp

    doc = load_nlp(None)("The army shelled the town.")
    shell = next(t for t in doc if t.lemma_ == "shell")
    features = event_features(shell, None, cue_type="ASSAULT", cue_source="own", event_type="ASSAULT",
                              relation="current", nominal=False, negated=False, has_actor=True,
                              has_recipient=True, evidence=0.87)
    assert {"evidence=0.85", "evidence>=0.7=True"} <= set(features)
