"""Reported speech the quotes_pages batches left (issues #3, #4): infinitive reports, message nouns
with a *that*-clause, and a plural *they* for two people or an unnamed group.

Every sentence is written for these tests (no page's words); each positive test fails without the
rule it names (``infinitive`` in cues_en.json, ``_message_clause``, ``_controller``,
``Resolver._plural_antecedent``).
"""

from __future__ import annotations

import pytest
from quote_helpers import Analyze, entity_name, quote_with

pytestmark = pytest.mark.slow


def _indirect(article_text: str, analyze_text: Analyze) -> list[str]:
    return [q.span.text for q in analyze_text(article_text).quotes if q.kind == "indirect"]


def test_a_request_verb_reports_its_to_infinitive(analyze_text: Analyze) -> None:
    article = analyze_text("Councillor Vera Ames urged the transport board to delay the fare rise until spring.")
    quote = quote_with(article, "delay the fare rise")
    assert quote.kind == "indirect"
    assert not quote.span.text.startswith("to ")  # the report starts after the marker, as after *that*
    assert "Vera Ames" in (entity_name(article, quote) or "")


def test_a_commitment_verb_reports_its_to_infinitive(analyze_text: Analyze) -> None:
    article = analyze_text(
        "The dockers' leader, Joan Pike, vowed to take the dispute over night shifts to the high court."
    )
    quote = quote_with(article, "take the dispute")
    assert quote.kind == "indirect"
    assert entity_name(article, quote) == "Joan Pike"


@pytest.mark.parametrize(
    "text",
    [
        "Joan Pike was asked to leave the hall before the vote.",  # a request with no one who asked
        "Joan Pike wanted to leave the hall before the vote.",  # not a verb of saying
    ],
)
def test_an_infinitive_without_a_reported_request_is_no_report(text: str, analyze_text: Analyze) -> None:
    assert _indirect(text, analyze_text) == []


def test_a_cue_in_an_infinitive_speaks_with_the_object_that_controls_it(analyze_text: Analyze) -> None:
    # Not "Falling sales": the brewery announces.
    article = analyze_text("Falling sales led Kessorn Breweries to announce it would shut its oldest plant in Linz.")
    quote = quote_with(article, "shut its oldest plant")
    assert quote.speaker is not None and "Kessorn" in quote.speaker.name


def test_a_persons_message_noun_reports_its_that_clause(analyze_text: Analyze) -> None:
    article = analyze_text("Few passengers believed Omar Lindqvist's claim that the ferry had never once left late.")
    quote = quote_with(article, "the ferry had never once left late")
    assert quote.kind == "indirect"
    assert "claim" not in quote.span.text and not quote.span.text.startswith("that")
    assert entity_name(article, quote) == "Omar Lindqvist"


def test_a_possessive_pronoun_owning_a_message_noun_is_resolved(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Inspector Raul Mendes visited the reservoir in March.\n\n"
        "Nobody on the board acted on his warning that the old dam could give way in a wet winter."
    )
    quote = quote_with(article, "the old dam could give way")
    assert quote.kind == "indirect"
    assert entity_name(article, quote) == "Raul Mendes"


@pytest.mark.parametrize(
    "text",
    [
        "The claim that the minister made in May was never checked by anyone.",  # a relative clause
        "Nobody believed the claim that the ferry had never once left late.",  # no one owns the claim
    ],
)
def test_a_message_noun_without_a_person_or_with_a_relative_clause_is_no_report(
    text: str, analyze_text: Analyze
) -> None:
    assert _indirect(text, analyze_text) == []


def test_they_after_two_people_joined_by_and_is_the_first_of_them(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Dr. Ines Varga and her colleague Piet Laan tested the village wells last week. "
        "Most of the wells were clean, they said."
    )
    quote = quote_with(article, "Most of the wells were clean")
    assert entity_name(article, quote) == "Ines Varga"


def test_they_after_an_unnamed_group_is_that_group(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Federal investigators searched the burned warehouse on Monday. "
        "They said the fire had been set on purpose."
    )
    quote = quote_with(article, "the fire had been set")
    assert quote.speaker is not None and "investigators" in quote.speaker.name


def test_they_after_a_person_and_an_organisation_is_not_the_person(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Mayor Ana Ruiz and the Harbor Authority met on Tuesday. They said the port would reopen in May."
    )
    quote = quote_with(article, "the port would reopen")
    assert entity_name(article, quote) != "Ana Ruiz"


def test_a_message_nouns_clause_keeps_the_adverbials_the_parser_hung_on_the_main_verb(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Perhaps the weakest point was his claim that he sold the farm in 2015 – after the bank had frozen his "
        "accounts for debt – in order to pay his workers."
    )
    quote = quote_with(article, "he sold the farm")
    assert quote.span.text.endswith("in order to pay his workers")


def test_a_belief_verb_with_a_clause_reports_a_named_holders_view(analyze_text: Analyze) -> None:
    # with *that*: without it, an unnamed group's belief is the writer's account of a mood (quotes_pages
    # batch 9's convention; tests/analyze/test_quotes_batch9_classes.py)
    article = analyze_text("Several harbour engineers believe that the northern quay will need new piles within a "
                           "decade.")
    quote = quote_with(article, "the northern quay will need new piles")
    assert quote.kind == "indirect"
    assert quote.speaker is not None and "engineers" in quote.speaker.name


def test_a_belief_in_the_first_person_is_no_report(analyze_text: Analyze) -> None:
    assert _indirect("I believe the northern quay will need new piles within a decade.", analyze_text) == []


def test_an_ing_complement_of_a_reporting_verb_is_the_report(analyze_text: Analyze) -> None:
    article = analyze_text("The planner Ruth Okafor suggests keeping a year of rent in a separate savings account.")
    quote = quote_with(article, "keeping a year of rent")
    assert quote.kind == "indirect"
    assert "Ruth Okafor" in (entity_name(article, quote) or "")


def test_an_ing_complement_under_an_infinitive_is_no_report(analyze_text: Analyze) -> None:
    text = "The new rules allow bidders to propose launching the probes on older rockets from the coast."
    assert _indirect(text, analyze_text) == []


def test_a_relative_clause_after_a_comma_is_no_part_of_a_request(analyze_text: Analyze) -> None:
    article = analyze_text(
        "The fishermen's union called on the ministry to reopen the harbour to night boats, which the coast "
        "guard shut after the storm."
    )
    quote = quote_with(article, "reopen the harbour")
    assert "shut" not in quote.span.text
