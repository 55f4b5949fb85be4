"""The events stage's confidence (issue #5): the evidence it is read from, the stage's additive
score over it, and the fitted logistic model ``scripts/fit_event_confidence.py`` measures beside it."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.analyze.events import _confidence, extract_events
from newsprism.analyze.events.scorer import EVIDENCE_KEYS, ConfidenceModel, prior_logit, sigmoid
from newsprism.model import Article

Analyze = Callable[[str], Article]

MODEL = ConfidenceModel(intercept=-1.0, weights={"prior_logit": 1.5, "actor": 2.0, "hypothetical": -10.0})


def evidence(prior: float, **flags: float) -> dict[str, float]:
    base = dict.fromkeys(EVIDENCE_KEYS, 0.0) | {"prior_logit": prior_logit(prior)}
    return base | flags


def test_the_fitted_model_is_the_logistic_of_the_weighted_evidence() -> None:
    assert MODEL.probability({}) == pytest.approx(1 / (1 + math.e))
    assert MODEL.probability({"actor": 1.0, "prior_logit": 0.0}) == pytest.approx(1 / (1 + math.e ** -1))
    assert MODEL.probability({"unknown": 5.0}) == MODEL.probability({})


@given(st.floats(0.0, 1.0), st.floats(0.0, 1.0), st.booleans())
def test_a_higher_prior_never_lowers_either_confidence(low: float, high: float, actor: bool) -> None:
    low, high = min(low, high), max(low, high)
    flags = {"actor": float(actor)}
    assert 0.0 <= MODEL.probability(evidence(low, **flags)) <= MODEL.probability(evidence(high, **flags)) <= 1.0
    assert 0.0 <= _confidence(evidence(low, **flags)) <= _confidence(evidence(high, **flags)) <= 0.95


@given(st.floats(0.02, 0.98))
def test_the_prior_survives_its_log_odds(prior: float) -> None:
    assert sigmoid(prior_logit(prior)) == pytest.approx(prior)


def test_the_stage_score_adds_the_evidence_to_the_prior() -> None:
    # An own reading (prior 0.7) with an actor, a named recipient that is a linked entity.
    assert _confidence(evidence(0.7, actor=1.0, recipient=1.0, linked=1.0)) == pytest.approx(0.9)
    # A bare event noun anchored by a place: +0.1 for the anchor, -0.05 for being a noun.
    assert _confidence(evidence(0.7, nominal=1.0, anchored_nominal=1.0)) == pytest.approx(0.75)
    # Capped at 0.95, then less sure for a disputed future recoding or a hypothetical reading.
    strong = evidence(0.8, actor=1.0, recipient=1.0, linked=1.0)
    assert _confidence(strong) == pytest.approx(0.95)
    assert _confidence(strong | {"future": 1.0, "doubt": 0.1}) == pytest.approx(0.85)
    assert _confidence(strong | {"hypothetical": 0.1}) == pytest.approx(0.85)
    # The agentless flag is for the fitted model only: the stage's score reads the actor alone.
    assert _confidence(evidence(0.7, agentless=1.0)) == _confidence(evidence(0.7))


@pytest.mark.slow
def test_the_evidence_hook_sees_every_candidate_with_its_confidence_inputs(analyze_text: Analyze) -> None:
    from newsprism.analyze.language import load_nlp

    article = analyze_text("Dozens of journalists were detained in overnight raids. Rebels could attack the post.")
    doc = load_nlp(None)(article.text)
    seen: list[tuple[str, str, dict[str, float]]] = []
    events = extract_events(article, doc, scorer=None, min_confidence=0.0,
                            on_evidence=lambda span, kind, facts: seen.append((span.text, kind, facts)))
    assert events and len(seen) >= len(events)
    facts = {text: f for text, _, f in seen}
    assert set(EVIDENCE_KEYS) >= set(next(iter(facts.values())))
    detained = next(f for text, f in facts.items() if text.startswith("detained"))
    assert detained["actor"] == 0.0 and detained["agentless"] == 1.0  # a passive names no actor by design
    attack = next(f for text, f in facts.items() if text.startswith("attack"))
    assert attack["hypothetical"] > 0
    # What the stage emits carries the score of exactly that evidence.
    for event in events:
        match = next(f for text, kind, f in seen if text == event.trigger.text and kind == event.type)
        assert event.confidence == _confidence(match)
