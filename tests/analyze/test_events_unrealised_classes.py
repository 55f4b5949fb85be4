"""Error classes events_articles batch 6 left (issue #5): clauses that state no act done.
A purpose clause's verb, a power or rule stated with *can*/*may*, a patient's transport and care.
Invented sentences (none from the benchmark's articles); each no-event case fails without its
rule (events/unrealised.py), and the kept cases guard against the rule reaching too far."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, read_dated

import newsprism
from newsprism.model import Article


def _read(pipeline: newsprism.Pipeline, text: str) -> Article:
    return read_dated(pipeline, text, "2027-05-12")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger"), [
    # a purpose clause states an aim (purpose_marks, purpose_nouns)
    ("The governor closed the bridge so that troops could deploy faster.", "deploy"),
    ("The mayor raised taxes so she could fund a new police unit.", "fund"),
    ("The rebels blew up the depot so as to cut the supply lines.", "cut"),
    # a power or a rule, not its use (power_modals with a general subject or a rule's source)
    ("Under the charter, the council can impose sanctions on members.", "impose"),
    ("Only the parliament may deploy troops abroad.", "deploy"),
    ("Courts may jail protesters for up to a year.", "jail"),
    # a patient's transport and treatment (patient_verbs, care_nouns)
    ("The injured miner was evacuated by helicopter to a hospital in the capital.", "evacuated"),
    ("The ailing envoy was flown from the border town to a clinic in the south.", "flown"),
    ("The former minister received medical treatment abroad last spring.", "received"),
])
def test_no_act_clauses(pipeline: newsprism.Pipeline, text: str, trigger: str) -> None:
    article = _read(pipeline, text)
    assert by_trigger(article, trigger) is None, [(e.type, e.trigger.text) for e in article.events]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "kind"), [
    # the main act of a purpose clause is still done
    ("The army seized the airport in order to evacuate its citizens.", "seized", "COERCE"),
    # a negated modal is a refusal, not a rule
    ("The president cannot attend the summit, his office said.", "attend", "REJECT"),
    # moving material to a hospital or giving care to a population is aid
    ("Aid agencies delivered medical supplies to hospitals in the north.", "delivered", "AID"),
    ("Doctors provided medical care to thousands of refugees.", "provided", "AID"),
    # moving people elsewhere than to care keeps its reading
    ("The Red Cross evacuated hundreds of villagers to the coast.", "evacuated", "RETREAT"),
])
def test_acts_beside_them_kept(pipeline: newsprism.Pipeline, text: str, trigger: str, kind: str) -> None:
    event = by_trigger(_read(pipeline, text), trigger)
    assert event is not None and event.type == kind, event
