"""PLOVER manual coding notes (plover_ontology.json ``coding_notes``) as behaviour (issue #5).
Invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprism.model import Article

pytestmark = pytest.mark.slow

Analyze = Callable[[str], Article]


@pytest.mark.parametrize(("text", "kind", "mode"), [
    # SANCTION note: "Cancellation of meetings are REJECT and therefore verbal conflict."
    ("Russia cancelled the meeting with Japan.", "REJECT", None),
    ("Syria called off its visit to Turkey.", "REJECT", None),
    # REQUEST note: "Withdrawing a demand should be coded as CONCEDE."
    ("The union withdrew its demand for higher wages.", "CONCEDE", None),
    ("The rebels dropped their demands.", "CONCEDE", None),
    # COERCE/ASSAULT note: "Combatants captured during conflict should be coded as ASSAULT abduct."
    ("The army captured 40 rebel fighters.", "ASSAULT", "abduct"),
    # CONCEDE note: "announced ... would withdraw troops" is RETREAT + future, coded CONCEDE.
    ("Russia announced it would withdraw its troops from the border.", "CONCEDE", None),
])
def test_coding_notes(analyze_text: Analyze, text: str, kind: str, mode: str | None) -> None:
    found = [(e.type, e.mode) for e in analyze_text(text).events]
    assert (kind, mode) in found, found


def test_an_intention_only_cameo_reads_is_its_complement_in_the_future(analyze_text: Analyze) -> None:
    # "plans to impose restrictions": the plan is no AGREE; the announced restriction is a THREATEN.
    events = analyze_text("Greece plans to impose restrictions on its labour market.").events
    assert [(e.type, e.mode, e.time_relation) for e in events] == [("THREATEN", "restrict", "future")]


@pytest.mark.parametrize(("text", "kind"), [
    # PROTEST note: diplomatic protests are ACCUSE disapprove; PROTEST presumes physical activity.
    ("Japan protested the visit of the Chinese minister.", "ACCUSE"),
    ("The foreign ministry protested to the Russian ambassador.", "ACCUSE"),
    ("Thousands of students protested in Seoul.", "PROTEST"),
    ("Workers protested outside the factory.", "PROTEST"),
])
def test_who_protests_decides_street_or_statement(analyze_text: Analyze, text: str, kind: str) -> None:
    assert [e.type for e in analyze_text(text).events] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # A verb that ends an event reverses it: ending talks or cooperation is a SANCTION,
    # suspending a protest a CONCEDE (CONCEDE's definition), ending an offensive a RETREAT.
    ("Syrian officers ended mediation efforts between rival militias.", "SANCTION"),
    ("The government stopped cooperation with the court.", "SANCTION"),
    ("The union ended its strike.", "CONCEDE"),
    ("The army ended its offensive against the rebels.", "RETREAT"),
])
def test_ending_an_event_reverses_it(analyze_text: Analyze, text: str, kind: str) -> None:
    assert [e.type for e in analyze_text(text).events] == [kind]


@pytest.mark.parametrize(("text", "kind", "trigger"), [
    # An aspectual verb (continue, resume, erupt) only says when: its event-noun subject is the event.
    ("Palestinian riots against the military policies are still continuing.", "PROTEST", "riots"),
    ("The talks between Israel and Syria resumed in Washington.", "CONSULT", "talks"),
    ("Riots erupted in Paris on Monday.", "PROTEST", "Riots"),
])
def test_an_aspectual_verb_gives_way_to_its_event_noun(analyze_text: Analyze, text: str, kind: str,
                                                        trigger: str) -> None:
    assert [(e.type, e.trigger.text) for e in analyze_text(text).events] == [(kind, trigger)]


def test_a_demand_made_by_protesting_is_the_protest(analyze_text: Analyze) -> None:
    # PROTEST note: the topic of a protest (typically a REQUEST) is not a separate event.
    events = analyze_text("Thousands marched in Paris to demand higher wages.").events
    assert [e.type for e in events] == ["PROTEST"]
    assert [e.type for e in analyze_text("The union demanded higher wages.").events] == ["REQUEST"]


def test_mobilizing_to_assault_is_the_assault(analyze_text: Analyze) -> None:
    # MOBILIZE note: "units were activated and returned fire on the rebels" codes the ASSAULT only.
    events = analyze_text("The army deployed troops and shelled rebel positions.").events
    assert [e.type for e in events] == ["ASSAULT"]
    assert [e.type for e in analyze_text("The army deployed troops to the border.").events] == ["MOBILIZE"]


@pytest.mark.parametrize(("text", "kind", "mode"), [
    # THREATEN/COERCE note: issuing an (in-absentia) arrest warrant is THREATEN arrest.
    ("A court issued an arrest warrant for the former president.", "THREATEN", "arrest"),
    # SANCTION convict: "found guilty and sentenced"; a prison term also gets a COERCE arrest in the
    # manual, a second coding one trigger cannot carry: the conviction is the event (E15; own corpus
    # ev-sanction-008 and every events_articles label code a sentence so).
    ("The court sentenced the activist to 10 years in prison.", "SANCTION", "convict"),
    # CONCEDE note: expressions of regret or remorse are CONCEDE.
    ("Germany expressed regret for the bombing.", "CONCEDE", None),
    ("Japan regretted the incident.", "CONCEDE", None),
])
def test_more_coding_notes(analyze_text: Analyze, text: str, kind: str, mode: str | None) -> None:
    found = [(e.type, e.mode) for e in analyze_text(text).events]
    assert (kind, mode) in found, found


@pytest.mark.parametrize(("text", "kind"), [
    # CONSULT note: invitations for state visits are AGREE.
    ("China invited the Japanese prime minister to visit Beijing.", "AGREE"),
    # REJECT note: barring a group from entering the territory is REJECT.
    ("Hungary barred the activists from entering the country.", "REJECT"),
    # ASSAULT note: "police pushed back protesters" is a restriction (a particle parsed as an adverb).
    ("Police pushed back protesters.", "COERCE"),
    ("The army pulled back from the town.", "RETREAT"),
])
def test_visits_bars_and_pushes(analyze_text: Analyze, text: str, kind: str) -> None:
    assert [e.type for e in analyze_text(text).events] == [kind]
