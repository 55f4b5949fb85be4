"""Speaker and report classes batch 8 of quotes_pages showed (issues #3, #4): findings of a named
lab or team as reports (*the laboratory of X showed that ...*), *the statement read / continued* as
the statement's owner, a description resolved by a word of the one company's name (*the
production company*), and an agency's full name the tagger split while its acronym is an entity.

Batch 8 is in-sample for these classes. Every sentence is written for these tests (no page's
words); each positive test fails without the rule it names (run on the round's starting code: the
findings were no reports or went to *a team*, the statement stayed *the statement*, the company
stayed unresolved, and the acronym's entity had no mention of the full name).
"""

from __future__ import annotations

import pytest
from quote_helpers import Analyze, entity_name, quote_with

from newsprism.analyze.quotes.acronyms import printed_expansions
from newsprism.model import Entity, Provenance, Span

pytestmark = pytest.mark.slow

_LAB = (
    "Back in 2010, the laboratory of Mara Quell, who was then at the University of Dorset, reported that the "
    "glands in the throat carry receptors for salt. Moreover, they showed that these receptors help to clear mucus.\n\n"
    "In 2012, a research group led by Quell's colleague Tom Ashby at the Linden Institute found that the sugars on "
    "a common microbe switched those receptors on.\n\n"
    "Meanwhile, Ida Brent and her colleagues kept studying the receptor. They demonstrated in 2014 that it "
    "responded to molecules from bacteria."
)


# --- findings of research as reports, the lab's named head as speaker (views.research_cues) ----------


def test_a_lab_speaks_through_its_named_head(analyze_text: Analyze) -> None:
    article = analyze_text(_LAB)
    assert entity_name(article, quote_with(article, "the glands in the throat")) == "Mara Quell"


@pytest.mark.parametrize(("text", "words", "speaks"), [
    pytest.param("A protest group led by Helen Marsh said the plan was unfair to tenants.", "unfair to tenants", False,
                 id="protest-group-speaks-for-itself"),
    pytest.param("A group led by Helen Marsh said the council had ignored the petition.", "ignored the petition", False,
                 id="bare-group-speaks-for-itself"),
    pytest.param("A research team led by Helen Marsh found that the drug cut deaths by half.", "cut deaths by half",
                 True, id="research-team-through-its-head"),
])
def test_only_a_research_group_speaks_through_its_head(analyze_text: Analyze, text: str, words: str,
                                                        speaks: bool) -> None:
    """A protest group or a bare group led by someone speaks for itself; a research team through its head."""
    article = analyze_text(text)
    assert (entity_name(article, quote_with(article, words)) == "Helen Marsh") is speaks


def test_a_finding_verb_reports_with_a_that_clause(analyze_text: Analyze) -> None:
    article = analyze_text(_LAB)
    assert entity_name(article, quote_with(article, "these receptors help to clear mucus")) == "Mara Quell"
    assert entity_name(article, quote_with(article, "the sugars on a common microbe")) == "Tom Ashby"
    assert entity_name(article, quote_with(article, "it responded to molecules")) == "Ida Brent"


def test_a_finding_of_things_or_without_a_clause_is_no_report(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Breathing tests showed that his lungs could not hold much air. Studies have shown that dust is harmful.\n\n"
        "It shows that the pressure remains immense. We found that the claim was false.\n\n"
        "Research shows that sleep helps.\n\n"
        "The police found the car on Monday. Neighbours found it hard to believe."
    )
    assert article.quotes == ()


# --- the statement read / continued: the statement's owner (resolve._document_owner) ---------------


def test_the_statement_speaks_for_whoever_issued_it(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Harrow Records and Bellfield Productions had been talking for weeks.\n\n"
        "On Monday, Harrow Records issued a statement about the talks.\n\n"
        '"We have tried to reach a fair deal," the statement read. "We will keep trying," the statement continued.'
    )
    assert entity_name(article, quote_with(article, "fair deal")) == "Harrow Records"
    assert entity_name(article, quote_with(article, "keep trying")) == "Harrow Records"


def test_a_statement_nobody_issued_names_no_one(analyze_text: Analyze) -> None:
    article = analyze_text(
        "The mayor and the council met on Tuesday. A letter was read out at the meeting.\n\n"
        '"We object to the plan," the letter said.'
    )
    assert entity_name(article, quote_with(article, "We object")) is None


# --- a description by a word of one body's name (resolve.nominal) -----------------------------------


def test_a_description_matching_one_company_name_is_that_company(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Harrow Records and Bellfield Productions had been negotiating for weeks.\n\n"
        '"No agreement was made," the production company said.'
    )
    assert entity_name(article, quote_with(article, "No agreement was made")) == "Bellfield Productions"


def test_a_modifier_matching_another_word_of_a_name_is_not_that_body(analyze_text: Analyze) -> None:
    article = analyze_text(
        "The Port Workers' Guild says about 2,000 members are on strike.\n\n"
        "The strike has stopped the loading of 14 ships, the port authority says."
    )
    assert entity_name(article, quote_with(article, "stopped the loading")) is None


# --- an acronym whose full name the tagger split (acronyms.printed_expansions) ----------------------


def _entity(eid: str, name: str, text: str, *spans: tuple[int, int]) -> Entity:
    mentions = tuple(Span(start=a, end=b, text=text[a:b]) for a, b in spans)
    return Entity(id=eid, name=name, type="organization", mentions=mentions,
                  provenance=Provenance(stage="test", version="0"))


def test_the_printed_full_name_of_an_acronym_is_found() -> None:
    text = "U.S. Customs and Border Protection did not reply. CBP said later it would not."
    start = text.index("Customs")
    entities = [
        _entity("e1", "Customs", text, (start, start + 7)),
        _entity("e2", "Border Protection", text, (start + 12, start + 29)),
        _entity("e3", "CBP", text, (text.index("CBP"), text.index("CBP") + 3)),
    ]
    assert printed_expansions(entities, text) == {"e3": [(start, start + 29)]}


@pytest.mark.parametrize(("text", "full_name"), [
    pytest.param("Central Bank Police and Civil Border Patrol met. CBP said nothing.", None,
                 id="two-printed-full-names-are-no-expansion"),
    pytest.param("Three children died in CBP custody. Customs and Border Protection did not reply.",
                 "Customs and Border Protection", id="full-name-printed-after-the-letters"),
])
def test_a_lone_acronym_entity_takes_its_one_printed_full_name(text: str, full_name: str | None) -> None:
    entities = [_entity("e1", "CBP", text, (text.index("CBP"), text.index("CBP") + 3))]
    expected = {} if full_name is None else {"e1": [(text.index(full_name), text.index(full_name) + len(full_name))]}
    assert printed_expansions(entities, text) == expected


def test_an_acronym_speaker_carries_its_printed_name(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Doctors offered to run a clinic at the Harlow Customs and Border Protection station last week.\n\n"
        "Customs and Border Protection did not accept the offer. CBP said it would not be running the clinic."
    )
    quote = quote_with(article, "it would not be running the clinic")
    assert quote.speaker is not None
    entity = next(e for e in article.entities if e.id == quote.speaker.entity)
    assert "Customs and Border Protection" in [m.text for m in entity.mentions]


# --- a narrative of a mind is no report (views._inner_narrative) -------------------------------------


def test_a_past_belief_about_oneself_is_narrative(analyze_text: Analyze) -> None:
    article = analyze_text("When Dr. Omar Pell first saw the stained cells, he thought he was seeing things.")
    assert [q.span.text for q in article.quotes if q.kind == "indirect"] == []


def test_a_belief_about_something_else_is_still_a_report(analyze_text: Analyze) -> None:
    article = analyze_text("Omar Pell, a chemist in Leeds, believes the cells guard the gut against parasites.")
    assert entity_name(article, quote_with(article, "the cells guard the gut")) == "Omar Pell"


# --- the one named person of the pronoun's gender in a feature (pronouns._sole_in_focus) ------------

_FEATURE = (
    "I reached Nora Hale by phone last week. The bakery had been in the family for years, and she had run it since "
    "1990. The old oven was the first thing she ever bought. “When I started, I felt at home,” she said."
)


def test_the_one_named_woman_in_reach_is_she(analyze_text: Analyze) -> None:
    article = analyze_text(_FEATURE)
    assert entity_name(article, quote_with(article, "When I started, I felt at home")) == "Nora Hale"


def test_another_named_woman_in_reach_leaves_she_open(analyze_text: Analyze) -> None:
    article = analyze_text(_FEATURE.replace("The old oven was", "Her sister Ella Hale thinks the old oven was"))
    assert entity_name(article, quote_with(article, "When I started, I felt at home")) != "Nora Hale"


# --- lone words in marks joined by *and* are terms (kinds.paired_words) ------------------------------


def test_paired_single_words_in_marks_are_terms(analyze_text: Analyze) -> None:
    article = analyze_text(
        "As Mara Quell notes, being able to “taste” and “smell” tiny traces of microbes gives the body a warning."
    )
    assert {q.span.text: q.kind for q in article.quotes if q.span.text in ("taste", "smell")} == {
        "taste": "term", "smell": "term"}


def test_a_lone_quoted_word_after_a_naming_verb_stays_a_fragment(analyze_text: Analyze) -> None:
    article = analyze_text("Mara Quell described the results as “exciting” on Monday.")
    assert quote_with(article, "exciting").kind == "mixed"


# --- a body's name the tagger cut before its lower-case tail (stage._name_tail) ----------------------


def test_a_bodys_lower_case_name_tail_is_a_mention(analyze_text: Analyze) -> None:
    article = analyze_text(
        "The Harlow Commission on pollution and health found that in 2015, there were 9 million deaths from dirty air."
    )
    quote = quote_with(article, "there were 9 million deaths")
    assert quote.speaker is not None
    entity = next(e for e in article.entities if e.id == quote.speaker.entity)
    assert "The Harlow Commission on pollution and health" in [m.text for m in entity.mentions]
