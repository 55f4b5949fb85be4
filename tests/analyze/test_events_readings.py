"""Readings that depend on who acts, and what the confidence of a reading means (issue #5).

Invented sentences, never the PLOVER gold's words.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprism.analyze.events.lexicon import load_lexicon
from newsprism.analyze.events.readings import actor_reading
from newsprism.model import Article

Analyze = Callable[[str], Article]


@pytest.mark.parametrize(("kind", "mode", "sectors", "expected"), [
    ("PROTEST", "demo", ["MIL"], ("MOBILIZE", "troops")),
    ("PROTEST", "demo", ["COP"], ("MOBILIZE", "police")),
    ("PROTEST", "demo", ["OPP"], ("PROTEST", "demo")),
    ("MOBILIZE", "troops", ["OPP"], ("PROTEST", "demo")),
    ("MOBILIZE", "troops", ["REB"], ("MOBILIZE", "militia")),
    ("MOBILIZE", "troops", ["GOV"], ("MOBILIZE", "troops")),
    ("COERCE", "arrest", ["REB"], ("ASSAULT", "abduct")),
    ("COERCE", "arrest", ["COP"], ("COERCE", "arrest")),
    ("COERCE", "seize", ["REB"], ("COERCE", "seize")),  # the table is keyed by mode: only arrests move
    ("COERCE", "arrest", [None, "CRM"], ("ASSAULT", "abduct")),  # the first actor with a sector decides
    ("COERCE", "arrest", [None], ("COERCE", "arrest")),
])
def test_actor_reading_table(kind: str, mode: str, sectors: list[str | None], expected: tuple[str, str]) -> None:
    assert actor_reading(kind, mode, sectors, load_lexicon("en")) == expected


def test_actor_recode_names_are_plover() -> None:
    lexicon = load_lexicon("en")
    for key, table in lexicon.actor_recode.items():
        kind = key.split(":")[0]
        # a key is a type ("PROTEST", "COERCE:arrest") or a lemma ("gather")
        assert kind in lexicon.plover["events"] or key.islower(), key
        for kind, mode in table.values():
            assert lexicon.mode_ok(kind, mode) == mode, (key, kind, mode)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "mode"), [
    ("Hundreds of soldiers rallied near the frontier before dawn.", "MOBILIZE", "troops"),
    ("Riot police massed at both ends of the square.", "MOBILIZE", "police"),
    ("Thousands of farmers massed outside the trade ministry.", "PROTEST", "demo"),
    ("Insurgents detained four road engineers at a checkpoint.", "ASSAULT", "abduct"),
    ("Border guards detained nine migrants near the river.", "COERCE", "arrest"),
])
def test_who_acts_decides_the_type(analyze_text: Analyze, text: str, kind: str, mode: str) -> None:
    found = [(e.type, e.mode) for e in analyze_text(text).events]
    assert found == [(kind, mode)], found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "recipient"), [
    ("The envoy sent a stern message to the rebels that they must lay down their arms.", "sent a stern message",
     "rebels"),
    ("The regulator issued a notice to the company that it must recall the cars.", "issued a notice",
     "company"),
])
def test_a_message_that_orders_is_a_request(analyze_text: Analyze, text: str, trigger: str, recipient: str) -> None:
    events = analyze_text(text).events
    assert [(e.type, e.trigger.text) for e in events] == [("REQUEST", trigger)]
    assert recipient in [p.span.text.split()[-1] for p in events[0].recipients]


@pytest.mark.slow
def test_a_plain_letter_is_no_event(analyze_text: Analyze) -> None:
    assert analyze_text("The mayor sent a letter to the residents about the new timetable.").events == ()


@pytest.mark.slow
def test_a_conjunct_of_a_refused_complement_folds_into_the_refusal(analyze_text: Analyze) -> None:
    events = analyze_text("The militia commander refused to let the trucks cross and deliver the grain.").events
    assert [e.type for e in events] == ["REJECT"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind"), [
    ("The generals vowed to hold a referendum next spring.", "AGREE"),
    ("The governor pledged to crush the uprising.", "THREATEN"),
    ("The minister vowed not to return the seized farms.", "REJECT"),
    ("The militia commander promised not to attack the convoy.", "AGREE"),
])
def test_a_commitment_takes_its_type_from_its_content(analyze_text: Analyze, text: str, kind: str) -> None:
    assert [e.type for e in analyze_text(text).events] == [kind]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "mode"), [
    # phrases, and who acts
    ("The party expelled two deputies for voting with the government.", "SANCTION", "expel"),
    ("The government expelled two foreign reporters.", "COERCE", "deport"),
    ("The ruling party gave in to demands for a recount.", "CONCEDE", None),
    ("The insurgents handed over their weapons to the monitors.", "RETREAT", "disarm"),
    ("The delegates walked out of the negotiations on Friday.", "SANCTION", "withdraw"),
    # who acts and what is acted on decide the reading
    ("Energy ministers from six countries gathered in Oslo for a summit.", "CONSULT", None),
    ("Thousands of residents gathered outside the town hall.", "PROTEST", "demo"),
    ("Hundreds of soldiers gathered near the frontier.", "MOBILIZE", "troops"),
    ("Police raided the headquarters of the charity.", "COERCE", "seize"),
    ("Soldiers raided the camp before dawn.", "ASSAULT", None),
    ("Marines evacuated 200 tourists from the island.", "AID", None),
    ("The army evacuated the fort before the offensive.", "RETREAT", "withdraw"),
    # blocking and occupying, by who acts
    ("Lorry drivers blockaded the port in protest at the new tolls.", "PROTEST", "obstruct"),
    ("Riot police blocked the bridge to the old town.", "COERCE", "restrict"),
    ("Students occupied the rector's office for two days.", "PROTEST", "demo"),
    ("Troops occupied the hill town on Sunday.", "COERCE", "seize"),
    # more phrases
    ("Pakistan test-fired a short-range missile on Thursday.", "MOBILIZE", "weapons"),
    ("Riot police took up positions outside the stadium.", "MOBILIZE", "police"),
    ("The junta allowed foreign journalists to visit the camps.", "RETREAT", "access"),
    ("Hungary blocked the membership talks with its neighbour.", "REJECT", "meet"),
])
def test_phrases_and_who_acts(analyze_text: Analyze, text: str, kind: str, mode: str | None) -> None:
    assert [(e.type, e.mode) for e in analyze_text(text).events][:1] == [(kind, mode)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind"), [
    ("The guerrillas would storm the prison unless the hostages were freed.", "THREATEN"),
    ("The dockers' union said it would call a stoppage unless the pay offer improved.", "THREATEN"),
    ("The government would send food aid to the region if the roads reopened.", "AGREE"),
])
def test_a_conditional_act_is_announced_not_done(analyze_text: Analyze, text: str, kind: str) -> None:
    events = analyze_text(text).events
    assert [e.type for e in events][:1] == [kind], [(e.type, e.trigger.text) for e in events]


@pytest.mark.slow
def test_a_hypothetical_reading_is_less_sure(analyze_text: Analyze) -> None:
    from newsprism.analyze.events.readings import HYPOTHETICAL_PENALTY

    done = analyze_text("Rebels attacked the army post.").events
    maybe = analyze_text("Rebels could attack the army post.").events
    assert [e.time_relation for e in maybe] == ["hypothetical"]
    assert maybe[0].confidence == pytest.approx(done[0].confidence - HYPOTHETICAL_PENALTY)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind"), [
    ("The emir received the visiting Kenyan foreign minister in his palace.", "CONSULT"),
    ("The chancellor welcomed her Polish counterpart at the airport.", "CONSULT"),
    ("The chancellor welcomed the Polish decision.", "SUPPORT"),
])
def test_a_party_object_makes_receiving_a_visit(analyze_text: Analyze, text: str, kind: str) -> None:
    assert [e.type for e in analyze_text(text).events][:1] == [kind]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "trigger"), [
    # the parser calls the particle a preposition, and an active verb's "by" its agent
    ("The monitoring mission pulled its inspectors out of the region.", "SANCTION", "pulled its inspectors out"),
    ("The two premiers spoke by telephone on Sunday.", "CONSULT", "spoke by"),
    # taking part is the event taken part in: the noun is the trigger
    ("About 3,000 people took part in the march through the old town.", "PROTEST", "march"),
    ("Hundreds of nurses joined the strike on Tuesday.", "PROTEST", "strike"),
    ("Both delegations participated in the talks in Oslo.", "CONSULT", "talks"),
])
def test_the_trigger_of_a_verb_phrase(analyze_text: Analyze, text: str, kind: str, trigger: str) -> None:
    assert [(e.type, e.trigger.text) for e in analyze_text(text).events][:1] == [(kind, trigger)]


@pytest.mark.slow
def test_a_weapon_is_no_actor(analyze_text: Analyze) -> None:
    events = analyze_text("A roadside bomb exploded near the market, wounding nine people.").events
    assault = [e for e in events if e.type == "ASSAULT" and e.trigger.text == "wounding"]
    assert assault and assault[0].actors == ()


@pytest.mark.slow
def test_troops_sent_to_help_are_aid(analyze_text: Analyze) -> None:
    # PLOVER MOBILIZE note: mobilizing forces for disaster relief is AID.
    events = analyze_text("Britain sent two warships to help the victims of the hurricane.").events
    assert [e.type for e in events] == ["AID"]
    sent = analyze_text("Britain sent two warships to the disputed islands.").events
    assert [e.type for e in sent] == ["MOBILIZE"]


@pytest.mark.slow
def test_a_disputed_future_recoding_is_less_sure(analyze_text: Analyze) -> None:
    # PLOVER's notes disagree on a future retreat (CONCEDE vs left as it is): its reading loses confidence.
    doubt = load_lexicon("en").future_doubt["RETREAT"]
    done = analyze_text("The army withdrew its troops from the valley.").events
    announced = analyze_text("The army will withdraw its troops from the valley.").events
    assert [e.type for e in announced] == ["CONCEDE"]
    assert announced[0].confidence == pytest.approx(done[0].confidence - doubt)


@pytest.mark.slow
def test_a_passive_subject_that_is_a_thing_completes_the_phrase(analyze_text: Analyze) -> None:
    events = analyze_text("The nightly curfew was lifted by the provincial governor on Monday.").events
    assert [(e.type, e.trigger.text) for e in events] == [("CONCEDE", "curfew was lifted")]
    troops = analyze_text("Troops were deployed to the northern province.").events
    assert [e.type for e in troops] == ["MOBILIZE"]


@pytest.mark.slow
def test_an_attempted_act_is_as_sure_as_the_act(analyze_text: Analyze) -> None:
    # PETRARCH's ATTEMPT transformation; PLOVER ASSAULT counts attempted assassinations.
    tried = analyze_text("Gunmen tried to assassinate the mayor on Monday.").events
    done = analyze_text("Gunmen assassinated the mayor on Monday.").events
    assert [(e.type, e.mode) for e in tried] == [("ASSAULT", "targeted")]
    assert tried[0].confidence == done[0].confidence


@pytest.mark.slow
def test_committing_a_crime_is_no_promise(analyze_text: Analyze) -> None:
    assert [e.type for e in analyze_text("The officers committed serious abuses, the report said.").events] == []
    assert [e.type for e in analyze_text("The militia committed atrocities in the valley.").events] == ["ASSAULT"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind"), [
    ("The rebels said they were prepared to storm the capital.", "THREATEN"),
    ("Chile is ready to help Peru fight forest fires.", "AGREE"),
    ("Norway is willing to send 300 troops to the peacekeeping force.", "AGREE"),
])
def test_a_readiness_takes_its_type_from_its_direct_content(analyze_text: Analyze, text: str, kind: str) -> None:
    assert [e.type for e in analyze_text(text).events][:1] == [kind]


@pytest.mark.slow
def test_wanting_another_party_to_act_is_a_request(analyze_text: Analyze) -> None:
    # PETRARCH's WANT transformation: "a wants b to ..." is an appeal, PLOVER REQUEST.
    events = analyze_text("Brussels wants Athens to cut its budget deficit.").events
    assert [e.type for e in events] == ["REQUEST"]
    assert [p.span.text for p in events[0].recipients] == ["Athens"]
    assert "REQUEST" not in [e.type for e in analyze_text("The rebels want to seize the port.").events]
