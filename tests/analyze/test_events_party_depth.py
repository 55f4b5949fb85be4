"""Party rules at the depth where PLOVER's manual puts them (issue #5, E28): who hosts and who visits
in a CONSULT, a meeting's venue, a threat's parties. Invented sentences, invented names and places."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_helpers import first, texts

from newsprism.model import Article

pytestmark = pytest.mark.slow

Analyze = Callable[[str], Article]


@pytest.mark.parametrize("text, visitor, host", [
    pytest.param("The Sultan of Varnia hosted the Orlan navy commander on Monday.", "Orlan navy commander",
                 "Sultan of Varnia", id="hosted"),
    pytest.param("The Kelvan premier received the visiting Dorlish president at the state guest house on Monday.",
                 "visiting Dorlish president", "Kelvan premier", id="received"),
])
def test_a_hosted_visit_has_the_visitor_as_actor_and_the_host_as_recipient(
    analyze_text: Analyze, text: str, visitor: str, host: str,
) -> None:
    # PLOVER manual, CONSULT: "the visitor will always be coded as the actor and the host will be the recipient".
    event = first(analyze_text(text), "CONSULT")
    assert texts(event, "actors") == [visitor]
    assert texts(event, "recipients") == [host]


def test_a_meeting_with_no_host_told_keeps_every_participant_an_actor(analyze_text: Analyze) -> None:
    """Guard: *met*, *telephoned* tell no host, so both sides stay actors with no recipient."""
    event = first(analyze_text("The Kelvan foreign minister telephoned the Dorlish interior minister on Friday."),
                  "CONSULT")
    assert len(event.actors) == 2
    assert texts(event, "recipients") == []


def test_a_threats_target_is_not_inferred_without_a_threatener(analyze_text: Analyze) -> None:
    # PLOVER codes a threat from the threatener to its target; like every other inferred other side
    # (events/counterparts.py), a target found down the threatened act is no evidence with no one threatening.
    article = analyze_text("Threatening to ambush police convoys along the coast, the statement was read "
                           "out on radio.")
    assert not [e for e in article.events if e.type == "THREATEN" and e.recipients and not e.actors]


@pytest.mark.parametrize("text, party", [
    pytest.param("The Karsic militia declined to let opposition observers watch the count in two districts.",
                 "opposition observers", id="let-X-do"),
    pytest.param("Varnish border guards refused to let Orlan reporters into the camps.", "reporters", id="let-X-into"),
])
def test_a_refused_permission_is_made_to_the_one_not_let(analyze_text: Analyze, text: str, party: str) -> None:
    # *refused to allow X to* names X as the permission verb's object; a bare *let X do* hangs X on the
    # permitted clause (or makes X the clause), where the refusal's recipient was not looked for.
    event = first(analyze_text(text), "REJECT")
    assert texts(event, "recipients") == [party]


@pytest.mark.parametrize("text, host", [
    pytest.param("The Dorlish foreign minister flew to Tessimar on Wednesday for consultations with Orlan officials "
                 "on grain exports.", "Orlan officials", id="consultations-with"),
    pytest.param("The Dorlish envoy arrived in Tessimar for two days of talks with Orlan ministers.", "Orlan ministers",
                 id="days-of-talks-with"),
])
def test_a_visits_host_is_the_party_met_not_the_city(analyze_text: Analyze, text: str, host: str) -> None:
    # PLOVER manual, CONSULT: the host is the recipient; the city stands in for it only when no one met is named.
    event = first(analyze_text(text), "CONSULT")
    assert texts(event, "recipients") == [host]


@pytest.mark.parametrize("text, accused", [
    pytest.param("The inspector is investigating complaints that customs officers seized travellers' cash.",
                 "customs officers", id="complaints-that"),
    pytest.param("Prosecutors are looking into allegations that border police took bribes from smugglers.",
                 "border police", id="allegations-that"),
    pytest.param("Chess officials opened a probe into cheating claims involving three Orlan players.",
                 "three Orlan players", id="claims-involving"),
])
def test_an_investigations_recipient_is_whom_the_claim_names(analyze_text: Analyze, text: str, accused: str) -> None:
    # PLOVER's ACCUSE investigate: the one investigated is who the claim looked into accuses.
    event = first(analyze_text(text), "ACCUSE")
    assert texts(event, "recipients") == [accused]


@pytest.mark.parametrize("text, kind", [
    pytest.param("Clashes between police and protesters left two people dead in Ostavia.", "ASSAULT", id="clashes"),
    pytest.param("Negotiations between Sorvia and Quellmark resumed in Ardmoor on Monday.", "CONSULT",
                 id="negotiations"),
])
def test_an_event_noun_between_sides_is_done_by_both(analyze_text: Analyze, text: str, kind: str) -> None:
    # Two-sided violence and talks: every side is an actor (PLOVER's reciprocal coding), none a recipient.
    event = first(analyze_text(text), kind)
    assert len(event.actors) == 2
    assert texts(event, "recipients") == []


def test_a_mediations_sides_are_not_its_actors(analyze_text: Analyze) -> None:
    """Guard: a mediation between sides is done for them, by a third party."""
    article = analyze_text("The Karsic foreign minister offered her mediation between Sorvia and Quellmark.")
    for event in article.events:
        assert not {"Sorvia", "Quellmark"} & set(texts(event, "actors"))


@pytest.mark.parametrize("text, kind, recipients", [
    # The venue was taken as a party and dropped later only when the parser called it a place; a name it did
    # not (a town it does not know) stayed the recipient. A meeting with no host has none.
    pytest.param("Envoys of the Coastal League met in Harnby on Monday to discuss fishing quotas.", "CONSULT", [],
                 id="rule-meeting-venue-no-recipient"),
    # the venue rule leaves a visit's place, which PLOVER codes as the host
    pytest.param("The Dorlish foreign minister arrived in Ostavia on Sunday for a two-day visit.", "CONSULT",
                 ["Ostavia"], id="guard-visit-place-is-host"),
    # a mediation's talks name the sides, who are its recipients, not more participants
    pytest.param("The Karsic envoy mediated talks between the government and the rebels on Sunday.", "CONSULT",
                 ["government", "rebels"], id="guard-mediation-sides-recipients"),
    # with the threatener named, the threatened act's object is the target
    pytest.param("The Tarish Front warned that it would ambush police convoys along the coast.", "THREATEN",
                 ["police convoys"], id="guard-named-threatener-target-found"),
    pytest.param("An attacker blew himself up near a bus depot in Ostavia on Friday.", "ASSAULT", [],
                 id="rule-reflexive-object-no-recipient"),
    # PLOVER's MOBILIZE recipient is whom the mobilisation is against; the troops called up are the actor's own
    pytest.param("The Varnish army called up 30,000 reservists on Friday.", "MOBILIZE", [],
                 id="rule-forces-mobilised-no-recipient"),
    # forces sent to a party: that party is the recipient, as before
    pytest.param("Karsia deployed troops to Orlesia on Monday to back its ally.", "MOBILIZE", ["Orlesia"],
                 id="guard-forces-sent-to-a-party"),
])
def test_the_recipients_of_the_first_event_of_a_type(analyze_text: Analyze, text: str, kind: str,
                                                     recipients: list[str]) -> None:
    assert texts(first(analyze_text(text), kind), "recipients") == recipients
