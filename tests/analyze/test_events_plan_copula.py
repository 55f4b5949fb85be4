"""*be* + to-infinitive (events/timing.py ``_arranged``): a scheduled act is future, a plan told in the
past is hypothetical; the idiom *is to blame* and a clause deeper under the copula are no arrangement."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, read_dated

import newsprism


@pytest.mark.parametrize(
    ("text", "trigger", "relation"),
    [
        ("The envoy is to meet rebel leaders in the capital.", "meet", "future"),
        ("Both former ministers are to stand trial for fraud.", "stand", "future"),
        ("The foreign minister was to visit Madrid, but the trip was called off.", "visit", "hypothetical"),
    ],
)
def test_a_copula_with_a_to_infinitive_schedules_the_act(
    pipeline: newsprism.Pipeline, text: str, trigger: str, relation: str
) -> None:
    event = by_trigger(read_dated(pipeline, text, "2021-03-04"), trigger)
    assert event is not None and event.time_relation == relation


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The police are to blame for the violence, the union said.", "blame"),  # an idiom: a judgement now
        ("It is hard to stay calm when they attack our towns.", "attack"),  # not the copula's own infinitive
    ],
)
def test_an_idiom_or_a_deeper_clause_is_no_arrangement(pipeline: newsprism.Pipeline, text: str, trigger: str) -> None:
    event = by_trigger(read_dated(pipeline, text, "2021-03-04"), trigger)
    assert event is None or event.time_relation != "future"

