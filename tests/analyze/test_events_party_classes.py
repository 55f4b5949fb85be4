"""Event parties by error class (issue #5, ``events/parties.py``, ``events/recipients.py``,
``events/arguments.py``): each class on an invented sentence, plus what it must leave alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_helpers import first, texts

from newsprism.model import Article

pytestmark = pytest.mark.slow

Analyze = Callable[[str], Article]


def test_a_party_span_does_not_reach_past_its_own_verb(analyze_text: Analyze) -> None:
    # The parser hangs the names after the colon on the subject; the span must not cover the verb.
    event = first(analyze_text("Only two leaders have been impeached: John Smith and Mary Jones."), "ACCUSE")
    assert all("impeached" not in t for t in texts(event, "recipients"))
    assert texts(event, "recipients")


def test_an_apposition_next_to_its_head_stays_in_the_span(analyze_text: Analyze) -> None:
    event = first(analyze_text("Kenzo Ito, the regional relief coordinator, demanded that the militias allow access."),
                  "REQUEST")
    assert texts(event, "actors") == ["Kenzo Ito, the regional relief coordinator"]


def test_the_one_urged_to_act_is_the_recipient(analyze_text: Analyze) -> None:
    event = first(analyze_text("The foreign secretary urged the embassy to reconsider its decision."), "REQUEST")
    assert texts(event, "recipients") == ["embassy"]


def test_a_coordinated_verb_with_its_own_phrase_gives_no_recipient(analyze_text: Analyze) -> None:
    event = first(analyze_text("Foreign Secretary Jane Doe urged the embassy to reconsider and spoke with "
                               "US Secretary of State Bob Ray about the case."), "REQUEST")
    assert all("Ray" not in t and t != "US" for t in texts(event, "recipients"))


def test_a_name_in_the_next_clause_is_not_the_recipient(analyze_text: Analyze) -> None:
    event = first(analyze_text("The committee approved the bill, but it was rejected by the senate."), "SUPPORT")
    assert texts(event, "recipients") == []


def test_a_stranded_preposition_shares_the_coordinated_verbs_object(analyze_text: Analyze) -> None:
    # Right-node raising: "ties with [Ghana]" and "an office in Ghana" name the same party.
    event = first(analyze_text("Norway has established trade ties with and opened an office in Ghana, "
                               "the ministry said."), "SUPPORT")
    assert texts(event, "recipients") == ["Ghana"]


def test_the_source_of_a_report_is_no_recipient(analyze_text: Analyze) -> None:
    event = first(analyze_text("Federal agents are investigating the fire as arson, according to prosecutor Tim Lane."),
                  "ACCUSE")
    assert texts(event, "recipients") == []


def test_a_time_phrase_gives_no_recipient(analyze_text: Analyze) -> None:
    event = first(analyze_text("The senator withdrew ahead of the second Republican primary debate."), "RETREAT")
    assert texts(event, "recipients") == []


def test_a_recipient_inside_the_actors_name_is_dropped(analyze_text: Analyze) -> None:
    event = first(analyze_text("The book was criticised by archbishop Carlos Mendez Ruiz."), "ACCUSE")
    assert texts(event, "actors") == ["archbishop Carlos Mendez Ruiz"]
    assert texts(event, "recipients") == []


def test_a_long_object_moved_past_its_as_phrase_gives_its_possessor(analyze_text: Analyze) -> None:
    event = first(analyze_text("Chile condemned as unacceptable Peru's detention of two fishing crews."), "ACCUSE")
    assert texts(event, "recipients") == ["Peru"]


def test_the_possessor_of_a_trigger_phrase_object_is_the_recipient(analyze_text: Analyze) -> None:
    event = first(analyze_text("The workers rejected the management's offer of a small raise."), "REJECT")
    assert texts(event, "recipients") == ["management"]


def test_a_body_with_no_sector_can_be_a_recipient(analyze_text: Analyze) -> None:
    event = first(analyze_text("The union spurned the management's call to end the strike."), "REJECT")
    assert texts(event, "recipients") == ["management"]


def test_a_name_takes_no_judging_adjective_but_a_title_keeps_its_own(analyze_text: Analyze) -> None:
    event = first(analyze_text("The council praised as courageous Maria Lopez's decision to testify."), "SUPPORT")
    assert texts(event, "recipients") == ["Maria Lopez"]
    met = first(analyze_text("Former President Bill Clinton met the embattled Prime Minister Ehud Barak on Monday."),
                "CONSULT")
    assert texts(met, "actors") == ["Former President Bill Clinton", "embattled Prime Minister Ehud Barak"]


def test_a_party_does_not_reach_into_the_dateline(analyze_text: Analyze) -> None:
    article = analyze_text("Tuesday, May 4, 2021\n\nLeaders of the coastal states met in Accra for talks on fishing.")
    event = first(article, "CONSULT")
    assert texts(event, "actors") == ["Leaders of the coastal states"]


def test_a_party_span_starts_after_a_date(analyze_text: Analyze) -> None:
    event = first(analyze_text("At the summit, on Sunday Presidents John Mensah and Paul Dossou signed a trade deal."),
                  "SUPPORT")
    assert all("Sunday" not in t for t in [*texts(event, "actors"), *texts(event, "recipients")])


def test_what_a_meeting_discusses_is_no_co_actor(analyze_text: Analyze) -> None:
    article = analyze_text("The Senate was to meet Monday to discuss Smith's confirmation.")
    first(article, "CONSULT")
    assert all(texts(e, "actors") == ["Senate"] for e in article.events if e.type == "CONSULT")


def test_a_sentence_the_parser_finds_no_verb_in_keeps_its_subject(analyze_text: Analyze) -> None:
    # Parsed as a noun phrase with "donated" hanging on "charities": the nurses still act.
    article = analyze_text("Nurses from three Swiss charities donated and delivered blankets to a clinic in Kabul.")
    event = first(article, "AID")
    assert texts(event, "actors") == ["Nurses from three Swiss charities"]
    assert texts(event, "recipients") == []
    asked = first(analyze_text("The families of the missing sailors called on the navy to resume the search."),
                  "REQUEST")
    assert texts(asked, "actors") == ["families of the missing sailors"]
    assert texts(asked, "recipients") == ["navy"]


def test_a_headline_reduced_passive_stays_passive(analyze_text: Analyze) -> None:
    event = first(analyze_text("Three soldiers killed in rebel ambush near the border"), "ASSAULT")
    assert texts(event, "actors") == []
    assert texts(event, "recipients") == ["Three soldiers"]


def test_they_stands_for_the_nearest_plural_group_named_before(analyze_text: Analyze) -> None:
    article = analyze_text("The mayor of Tolen blamed masked militiamen for the raid. "
                           "They opened fire on the market in 2016.")
    event = first(article, "ASSAULT")
    (actor,) = event.actors
    assert actor.span.text == "They"
    linked = next(e for e in article.entities if e.id == actor.entity)
    assert "militiamen" in linked.name


def test_they_with_no_plural_group_before_stays_unlinked(analyze_text: Analyze) -> None:
    event = first(analyze_text("They opened fire on the market in 2016."), "ASSAULT")
    assert [p.entity for p in event.actors] == [None]


def test_a_title_with_a_name_in_apposition_is_linked_to_the_name(analyze_text: Analyze) -> None:
    article = analyze_text("The Prime Minister, Ana Varela, met union leaders in Lisbon on Monday.")
    event = first(article, "CONSULT")
    linked = [e.name for p in event.actors for e in article.entities if e.id == p.entity]
    assert any("Varela" in name for name in linked)


@pytest.mark.parametrize("text", [
    "Reporters asked the governor how the new bridge would be financed.",
    "When asked about the merger, the chief executive said nothing.",
    "The senator asked whether the agency had kept the records.",
])
def test_asking_a_question_is_no_request(analyze_text: Analyze, text: str) -> None:
    assert [e.type for e in analyze_text(text).events if e.type == "REQUEST"] == []


@pytest.mark.parametrize(("text", "recipient"), [
    ("The mayor asked residents to stay indoors.", ["residents"]),
    ("The council asked that the ministry review the decision.", ["ministry"]),
])
def test_asking_someone_to_act_is_a_request(analyze_text: Analyze, text: str, recipient: list[str]) -> None:
    assert texts(first(analyze_text(text), "REQUEST"), "recipients") == recipient


def test_a_decision_stands_for_whoever_made_it(analyze_text: Analyze) -> None:
    event = first(analyze_text("The court's ruling barred the opposition leader from the election."), "REJECT")
    assert texts(event, "actors") == ["court"]


def test_what_is_discussed_is_no_party_the_partner_is(analyze_text: Analyze) -> None:
    event = first(analyze_text("The developer discussed the new game, his longest project, with Wikinews."),
                  "CONSULT")
    assert texts(event, "actors") == ["developer", "Wikinews"]
    assert texts(event, "recipients") == []
    talks = first(analyze_text("The premier discussed Iran with his Saudi counterpart."), "CONSULT")
    assert texts(talks, "recipients") == []
    assert "Iran" not in texts(talks, "actors")


def test_a_partner_on_the_negotiated_thing_is_a_co_actor(analyze_text: Analyze) -> None:
    event = first(analyze_text("The envoy negotiated a ceasefire with the rebels."), "CONSULT")
    assert texts(event, "actors") == ["envoy", "rebels"]


@pytest.mark.parametrize("text", [
    "The arrest of the opposition leader by police sparked protests in the capital.",
    "The opposition leader's arrest by police sparked protests.",
])
def test_an_event_nouns_by_phrase_is_its_doer_and_its_possessor_the_done_to(analyze_text: Analyze,
                                                                            text: str) -> None:
    event = first(analyze_text(text), "COERCE")
    assert texts(event, "actors") == ["police"]
    assert texts(event, "recipients") == ["opposition leader"]


def test_a_trigger_nouns_complement_names_the_recipient(analyze_text: Analyze) -> None:
    event = first(analyze_text("Laos expressed its readiness to cooperate with Thailand on river patrols."), "AGREE")
    assert texts(event, "recipients") == ["Thailand"]


def test_a_dropped_demand_was_made_of_its_clauses_subject(analyze_text: Analyze) -> None:
    event = first(analyze_text("The regulator dropped its demand that the airline sell part of its fleet."),
                  "CONCEDE")
    assert texts(event, "recipients") == ["airline"]
    other = first(analyze_text("The rebels dropped their demand for the mayor's resignation."), "CONCEDE")
    assert texts(other, "recipients") == ["mayor"]


def test_a_noun_completed_by_the_trigger_is_no_actor_its_holder_is(analyze_text: Analyze) -> None:
    article = analyze_text("Senegal signalled its willingness to host the displaced families temporarily.")
    assert all("willingness" not in t for e in article.events for t in texts(e, "actors"))


def test_a_party_span_keeps_whole_hyphenated_words(analyze_text: Analyze) -> None:
    # The parser splits "co-star" and hangs "-star" on the name: the span still starts at "co-".
    event = first(analyze_text("In 1985, Day invited former co-star Rock Hudson to appear on television."), "AGREE")
    assert next(t for t in texts(event, "recipients") if "Hudson" in t).startswith(("co-star", "former co-star"))


def test_a_title_adjective_stays_on_a_name(analyze_text: Analyze) -> None:
    event = first(analyze_text("The ministry said ethnic Ndebele villagers were attacked by soldiers."), "ASSAULT")
    assert texts(event, "recipients") == ["ethnic Ndebele villagers"]


@pytest.mark.parametrize("text", [
    "The engineer said the design must be simple and it must not need special tools.",
    "The spokeswoman said the new name must be short and must not point at any country.",
])
def test_a_must_about_a_thing_is_a_statement_not_a_request(analyze_text: Analyze, text: str) -> None:
    assert [e.type for e in analyze_text(text).events if e.type == "REQUEST"] == []


def test_a_must_addressed_to_a_party_is_a_request(analyze_text: Analyze) -> None:
    event = first(analyze_text("The president said the rebels must lay down their arms."), "REQUEST")
    assert texts(event, "recipients") == ["rebels"]


def test_a_bracketed_aside_is_the_same_party(analyze_text: Analyze) -> None:
    event = first(analyze_text("A single EU country (in this case Austria) could demand an online provider to take "
                               "down a post."), "REQUEST")
    assert texts(event, "actors") == ["single EU country (in this case Austria)"]


@pytest.mark.parametrize(
    ("text", "kind", "role", "words"),
    [
        ("Riot police sealed off the refinery, which protesters have blocked since Friday.", "PROTEST",
         "recipients", "refinery"),
        ("The rebel commander, who kidnapped two aid workers last year, was detained by the army on Sunday.",
         "ASSAULT", "actors", "rebel commander"),
    ],
)
def test_a_relative_pronoun_party_is_the_noun_its_clause_modifies(
    analyze_text: Analyze, text: str, kind: str, role: str, words: str
) -> None:
    found = texts(first(analyze_text(text), kind), role)
    assert found and words in found[0] and found[0].lower() not in {"which", "who"}


def test_who_reports_an_event_noun_is_not_its_actor(analyze_text: Analyze) -> None:
    """*the monitor reported an attack by militiamen*: the reporter tells of the attack; a light verb's
    subject (*the union staged a strike*) does its noun's event."""
    article = analyze_text("The ceasefire monitor reported an attack on a village by militiamen.")
    assert all("monitor" not in t for e in article.events for t in texts(e, "actors"))
    assert texts(first(analyze_text("The dockers' union staged a strike at the port."), "PROTEST"), "actors")


def test_a_date_the_parser_made_a_subject_is_no_party(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Two engineers who had been held by rebels in Mali since 2017 were released on Monday."
    )
    assert all("2017" not in t for e in article.events for role in ("actors", "recipients") for t in texts(e, role))


def test_a_generic_actor_keeps_the_sector_its_own_noun_gives_in_the_full_pipeline(analyze_text: Analyze) -> None:
    """*protesters* are civilians and opposition to the actors stage; readings keyed by the noun's
    own sector (protesters who attack riot, PLOVER PROTEST) must see that one."""
    event = first(analyze_text("Protesters attacked a police station in the city on Sunday."), "PROTEST")
    assert event.mode == "riot"
    assert [p.sector for p in event.actors] == ["OPP"]


def test_a_security_agent_compounded_onto_an_event_noun_is_its_actor(analyze_text: Analyze) -> None:
    """*the police killing of X*: police act; *journalist killings*: journalists are killed, not killers."""
    event = first(analyze_text("Riots followed the police killing of a teenager in the suburb."), "ASSAULT")
    assert texts(event, "actors") == ["police"]


# E22 (evb5, a fifth blind batch): classes the batch showed, each on sentences of other words.


@pytest.mark.parametrize(("text", "kind", "owner"), [
    ("Border guards impounded a lorry belonging to a Harlow haulage company.", "COERCE", "Harlow haulage company"),
    ("Militiamen torched barns belonging to Ferrin farmers.", "ASSAULT", "Ferrin farmers"),
])
def test_a_thing_done_to_stands_for_the_owner_a_participle_names(
    analyze_text: Analyze, text: str, kind: str, owner: str
) -> None:
    """*a ship belonging to X*, *homes owned by X*: the owner is the party the act is done to."""
    assert any(t.startswith(owner) for t in texts(first(analyze_text(text), kind), "recipients"))


# Guard (holds without the owner rule): a participle that names no owner leaves the thing the recipient.
def test_a_thing_with_no_owner_named_stays_the_recipient(analyze_text: Analyze) -> None:
    event = first(analyze_text("Border guards impounded a lorry carrying smuggled cigarettes."), "COERCE")
    assert any("lorry" in t for t in texts(event, "recipients"))


@pytest.mark.parametrize("text", [
    "Marines were deployed to the eastern frontier on Tuesday.",
    "Two companies of gendarmes were deployed on Friday.",
])
def test_a_force_moved_with_no_agent_named_is_the_actor(analyze_text: Analyze, text: str) -> None:
    """A passive mobilisation with no *by* phrase: the moved force stands for its side (as a
    passive withdrawal with no agent is the withdrawn force's own)."""
    event = first(analyze_text(text), "MOBILIZE")
    assert texts(event, "actors") and not texts(event, "recipients")


# Guard (holds without the passive-move rule): a named agent keeps the actor.
def test_a_force_moved_by_a_named_agent_is_not_the_actor(analyze_text: Analyze) -> None:
    event = first(analyze_text("Marines were deployed to the eastern frontier by the defence ministry."), "MOBILIZE")
    assert any("ministry" in t for t in texts(event, "actors"))


@pytest.mark.parametrize("text", [
    "Trade ministers of the Andean bloc gathered in Lima on Thursday for a two-day meeting.",
    "Rival party leaders held talks in Nairobi on Sunday over the disputed count.",
])
def test_a_meetings_venue_is_no_party(analyze_text: Analyze, text: str) -> None:
    """Where a meeting is held is its venue (PLOVER: meeting at a neutral location), no recipient."""
    event = first(analyze_text(text), "CONSULT")
    assert texts(event, "actors") and not any(t in {"Lima", "Nairobi"} for t in texts(event, "recipients"))


# Guard (holds without the venue rule): a visit's place stays its host.
def test_a_visits_place_is_its_host(analyze_text: Analyze) -> None:
    event = first(analyze_text("The Chilean president arrived in Lima on Thursday for a two-day state visit."),
                  "CONSULT")
    assert texts(event, "recipients") == ["Lima"]


@pytest.mark.parametrize(("text", "kind", "helped"), [
    ("The World Bank released new loans to help Zambia repay its creditors.", "AID", "Zambia"),
    ("Canada sent 50 instructors to help the coast guard of Ruvia patrol its waters.", "AID", "coast guard"),
])
def test_aid_goes_to_whom_its_purpose_clause_helps(analyze_text: Analyze, text: str, kind: str, helped: str) -> None:
    """*gave X to help Y do Z*: the aid benefits Y, the subject of the helped act (PLOVER's AID)."""
    assert any(t.startswith(helped) for t in texts(first(analyze_text(text), kind), "recipients"))


@pytest.mark.parametrize(("text", "target"), [
    ("The insurgents warned they would ambush army lorries on the mountain road to Sedan.", "army lorries"),
    ("The league threatened to expel clubs that ignored the salary cap.", "clubs"),
])
def test_a_threat_is_made_against_whom_the_threatened_act_targets(
    analyze_text: Analyze, text: str, target: str
) -> None:
    """*warned it would attack X on the road to Y*: X (a party, or a vehicle for its crew), not Y."""
    assert texts(first(analyze_text(text), "THREATEN"), "recipients")[:1] == [target]


def test_a_threat_with_a_partys_condition_is_made_to_that_party(analyze_text: Analyze) -> None:
    event = first(analyze_text("The militia warned it would shell army lorries unless the governor resigned."),
                  "THREATEN")
    assert texts(event, "recipients") == ["governor"]


@pytest.mark.parametrize("text", [
    "Energy ministers of the Andean states agreed in Lima on Monday to build a shared power grid.",
    "The two parties committed themselves to a new round of negotiations in Lima next month.",
])
def test_where_an_agreement_is_made_or_a_promised_meeting_held_is_no_party(analyze_text: Analyze, text: str) -> None:
    assert "Lima" not in texts(first(analyze_text(text), "AGREE"), "recipients")


# Guard (holds without the agreement-venue rule): a place the agreed act is done to stays.
def test_a_place_an_agreed_act_is_done_to_stays_the_recipient(analyze_text: Analyze) -> None:
    event = first(analyze_text("The rebels agreed to lift the siege of Lima."), "AGREE")
    assert texts(event, "recipients") == ["Lima"]
