"""The second pass over event arguments (issue #5, ``events/arguments.py``) and party spans
(``events/parties.py``): each rule on an invented sentence, plus the cases it must leave alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_helpers import first, texts
from spacy.tokens import Doc

import newsprism
from newsprism.analyze.events.lexicon import load_lexicon
from newsprism.analyze.events.parties import parties_for
from newsprism.extract.build import build_article
from newsprism.model import Article

pytestmark = pytest.mark.slow

Analyze = Callable[[str], Article]


def test_predicate_adjective_takes_the_copula_subject(analyze_text: Analyze) -> None:
    event = first(analyze_text("Norway is willing to send doctors to Sudan, the minister said."), "AGREE")
    assert texts(event, "actors") == ["Norway"]


def test_predicate_adjective_in_reported_speech_takes_the_speaker(analyze_text: Analyze) -> None:
    event = first(analyze_text("President Anton Varga said he is prepared to lift the ban on the Green League."),
                  "AGREE")
    assert texts(event, "actors") == ["President Anton Varga"]


def test_an_event_noun_is_no_recipient_its_party_is(analyze_text: Analyze) -> None:
    event = first(analyze_text("The defence secretary has promised to continue military aid to Mozambique."), "AGREE")
    assert texts(event, "recipients") == ["Mozambique"]


def test_recipient_found_inside_a_prepositional_phrase(analyze_text: Analyze) -> None:
    event = first(analyze_text("Italy announced a suspension of air links with Serbia on Wednesday."), "SANCTION")
    assert texts(event, "recipients") == ["Serbia"]


def test_recipient_by_phrase_inside_a_circumstance(analyze_text: Analyze) -> None:
    event = first(analyze_text("The minister has declined to resign despite growing pressure by the "
                               "Anti-Corruption Commission."), "REJECT")
    assert [t.split()[-1] for t in texts(event, "recipients")] == ["Commission"]


def test_a_place_that_belongs_to_a_party_stands_for_it(analyze_text: Analyze) -> None:
    event = first(analyze_text("A camp for Congolese refugees was attacked by militiamen."), "ASSAULT")
    assert texts(event, "recipients") == ["Congolese refugees"]


def test_a_where_phrase_gives_no_recipient(analyze_text: Analyze) -> None:
    event = first(analyze_text("Farmers began a hunger strike outside Parliament on Monday."), "PROTEST")
    assert texts(event, "recipients") == []


def test_the_actors_own_forces_are_not_the_recipient(analyze_text: Analyze) -> None:
    event = first(analyze_text("The United Nations rejected a call for its forces to be deployed."), "REJECT")
    assert texts(event, "recipients") == []


def test_joint_actors_have_no_recipient_between_them(analyze_text: Analyze) -> None:
    event = first(analyze_text("The United States and Jordan have agreed upon a new pact between the two countries."),
                  "AGREE")
    assert texts(event, "actors") == ["United States", "Jordan"]
    assert texts(event, "recipients") == []


def test_consult_is_reciprocal(analyze_text: Analyze) -> None:
    event = first(analyze_text("The foreign minister telephoned his Russian counterpart Andrei Kozlov on Tuesday."),
                  "CONSULT")
    assert len(event.actors) == 2
    assert texts(event, "recipients") == []


def test_conjoined_verb_with_its_own_tense_is_active(analyze_text: Analyze) -> None:
    article = analyze_text("The prime minister has been indicted by the war crimes court and will resign.")
    resign = [e for e in article.events if e.trigger.text.startswith("resign")]
    assert resign, [(e.type, e.trigger.text) for e in article.events]
    assert texts(resign[0], "actors") == ["prime minister"]


def test_ordered_party_is_the_recipient_of_the_ordered_act(analyze_text: Analyze) -> None:
    article = analyze_text("The government ordered the newspaper La Prensa to suspend publication.")
    suspend = [e for e in article.events if e.trigger.text.startswith("suspend")]  # the phrase "suspend publication"
    assert suspend, [(e.type, e.trigger.text) for e in article.events]
    assert [t.split()[-1] for t in texts(suspend[0], "recipients")] == ["Prensa"]


def test_demand_noun_clause_subject_is_the_recipient(analyze_text: Analyze) -> None:
    event = first(analyze_text("The rebel group insisted on its demands that Burundi's government grant more rights."),
                  "REQUEST")
    assert texts(event, "recipients") == ["Burundi's government"]


def test_party_span_closes_its_bracket(analyze_text: Analyze) -> None:
    event = first(analyze_text("The Ceasefire Violations Committee (CFVC) has completed its investigation."), "ACCUSE")
    assert [t.count("(") - t.count(")") for t in texts(event, "actors")] == [0]


def test_a_misparsed_verb_is_no_coordinated_party(pipeline: newsprism.Pipeline) -> None:
    # The parser coordinates "queue" with the president: a thing coordinated with a party is dropped.
    words = ["They", "forgive", "Obasanjo", "and", "queue", "."]
    doc = Doc(pipeline.nlp.vocab, words=words, spaces=[True, True, True, True, False, False],
              heads=[1, 1, 1, 2, 2, 1], deps=["nsubj", "ROOT", "dobj", "cc", "conj", "punct"],
              pos=["PRON", "VERB", "PROPN", "CCONJ", "NOUN", "PUNCT"])
    article = build_article([doc.text])
    parties = parties_for(article, [doc[2]], load_lexicon("en"))
    assert [p.span.text for p in parties] == ["Obasanjo"]


def test_overlapping_parties_are_one(pipeline: newsprism.Pipeline) -> None:
    # A name the parser read as two subjects gives one party, the longer one.
    words = ["Sheikh", "Hamad", "al", "Thani", "left"]
    doc = Doc(pipeline.nlp.vocab, words=words, heads=[1, 3, 3, 4, 4],
              deps=["compound", "compound", "compound", "nsubj", "ROOT"],
              pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB"])
    article = build_article([doc.text])
    parties = parties_for(article, [doc[1], doc[3]], load_lexicon("en"))
    assert [p.span.text for p in parties] == ["Sheikh Hamad al Thani"]


def test_a_threat_is_made_to_the_subject_of_its_condition(analyze_text: Analyze) -> None:
    event = first(analyze_text("Russia has threatened to stop negotiations on missiles if the United States "
                               "goes ahead with the deployment."), "THREATEN")
    assert texts(event, "recipients") == ["United States"]


def test_a_by_phrase_hung_on_a_later_clause_is_the_agent(analyze_text: Analyze) -> None:
    event = first(analyze_text("The former president has been accused of misusing public funds, much of it "
                               "believed to have been embezzled, by current Haitian government officials."), "ACCUSE")
    assert [t.split()[-1] for t in texts(event, "actors")] == ["officials"]


def test_an_event_noun_is_no_actor_its_holder_is(analyze_text: Analyze) -> None:
    event = first(analyze_text("Thousands of farmers were converging Thursday for a rally in Lagos to protest "
                               "the new tax."), "PROTEST")
    assert all("rally" not in t for t in texts(event, "actors"))


def test_party_keeps_a_participle_tail_with_a_bracketed_short_name(analyze_text: Analyze) -> None:
    event = first(analyze_text("Some 500,000 workers affiliated with the Serbian Workers' Union (SSS) stopped work "
                               "on Monday in an open-ended strike."), "PROTEST")
    assert any("Union" in t for t in texts(event, "actors"))


def test_role_words_load_for_english() -> None:
    from dataclasses import fields

    from newsprism.analyze.events.roles import load_role_words

    words = load_role_words("en")
    assert all(getattr(words, f.name) for f in fields(words))
    assert "by" in words.agent_preps and "near" in words.skipped_preps


def test_a_passive_withdrawal_without_agent_is_the_subjects_own(analyze_text: Analyze) -> None:
    event = first(analyze_text("One third of the guerrillas have been demobilized since the peace accord."), "RETREAT")
    assert [t.split()[-1] for t in texts(event, "actors")] == ["guerrillas"]


def test_an_event_nouns_own_doer_is_the_actor(analyze_text: Analyze) -> None:
    event = first(analyze_text("The attack on the convoy by Taliban fighters killed five soldiers."), "ASSAULT")
    assert texts(event, "actors") == ["Taliban fighters"]


def test_who_an_event_noun_comes_from_is_its_actor(analyze_text: Analyze) -> None:
    article = analyze_text("The minister resigned after criticism from the opposition.")
    criticism = [e for e in article.events if e.trigger.text == "criticism"]
    assert criticism, [(e.type, e.trigger.text) for e in article.events]
    assert texts(criticism[0], "actors") == ["opposition"]
    assert texts(criticism[0], "recipients") == []


def test_the_subject_of_a_bare_clause_is_who_the_act_is_for(analyze_text: Analyze) -> None:
    event = first(analyze_text("Iran has offered to help Iraq rebuild its oil industry."), "AGREE")
    assert texts(event, "recipients") == ["Iraq"]


def test_where_what_is_sent_goes_is_the_recipient(analyze_text: Analyze) -> None:
    event = first(analyze_text("The ministry said Japan would send a delegation to Pyongyang."), "AGREE")
    assert texts(event, "recipients") == ["Pyongyang"]


def test_an_extradited_person_stays_the_recipient(analyze_text: Analyze) -> None:
    article = analyze_text("Zambia extradited the British militant Haroon Aswad to Britain on Sunday.")
    event = next(e for e in article.events if e.trigger.text == "extradited")
    assert all(t != "Britain" for t in texts(event, "recipients"))


def test_party_keeps_a_for_phrase(analyze_text: Analyze) -> None:
    event = first(analyze_text("A spokesman for the rebels demanded the release of all prisoners."), "REQUEST")
    assert texts(event, "actors") == ["spokesman for the rebels"]


def test_a_document_stands_for_its_issuer(analyze_text: Analyze) -> None:
    event = first(analyze_text("The rebel Workers' Party issued a declaration demanding that the Turkish government "
                               "provide information on its leader."), "REQUEST")
    assert [t for t in texts(event, "actors") if "Party" in t]
    assert texts(event, "recipients") == ["Turkish government"]


def test_last_resort_is_the_first_name_in_the_triggers_clause(analyze_text: Analyze) -> None:
    event = first(analyze_text("Sri Lanka has established diplomatic ties with and opened an embassy in Tehran."),
                  "SUPPORT")
    assert texts(event, "recipients") == ["Tehran"]


def test_no_name_is_taken_from_an_adverbial_clause(analyze_text: Analyze) -> None:
    event = first(analyze_text("The president resigned on Sunday as the opposition threatened to storm his "
                               "residence in Tbilisi."), "RETREAT")
    assert texts(event, "recipients") == []
