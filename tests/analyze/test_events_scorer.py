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
