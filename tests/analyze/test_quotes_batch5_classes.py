"""Quote classes batch 5 of quotes_pages showed (issues #3, #4): a report holding the speaker's
quoted fragments (both the report and the mixed quote), reports by a pair, *admitted to* + gerund,
*according to evidence*, a description resolved to the person named with it, an abbreviation in
marks.

Every sentence is written for these tests (no page's words); each positive test fails without the
rule it names.
"""

from __future__ import annotations

import pytest
from quote_helpers import Analyze, entity_name, quote_with

# --- a report holding the speaker's quoted fragments (indirect._around_fragments, stage._NESTABLE) ---

#: (text, words of the report, the quoted fragment inside it)
FRAGMENT_REPORTS = [
    pytest.param(
        "The coach paused, noting that he and his wife had lived through every parent's \"worst nightmare.\"",
        "he and his wife had lived through", "worst nightmare", id="report-ending-in-a-fragment",
    ),
    pytest.param(
        "Mayor Lena Ostrova said the new bridge “gives us all hope.”",
        "the new bridge", "gives us all hope", id="fragment-completing-the-clause",
    ),
    pytest.param(
        "Envoy Pim Hart said he hoped the deal would “open the door” for direct talks between the two capitals.",
        "he hoped the deal would", "open the door", id="fragment-inside-the-clause",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "report", "fragment"), FRAGMENT_REPORTS)
def test_a_report_with_a_quoted_fragment_is_both_report_and_mixed_quote(
        analyze_text: Analyze, text: str, report: str, fragment: str) -> None:
    article = analyze_text(text)
    indirect = quote_with(article, report)
    mixed = [q for q in article.quotes if q.kind == "mixed" and fragment in q.span.text]
    # without the rule only the mixed quote was kept (the report overlapped it and was dropped)
    assert indirect.kind == "indirect"
    assert fragment in indirect.span.text
    assert len(mixed) == 1
    assert indirect.span.start <= mixed[0].span.start and mixed[0].span.end <= indirect.span.end


@pytest.mark.slow
def test_a_quoted_clause_with_a_short_lead_in_is_no_report(analyze_text: Analyze) -> None:
    # the quote carries the whole clause, its subject too: no report around it
    article = analyze_text("Rosa Lind said on Monday that “the plan would ruin every farmer in the valley this year.”")
    assert "indirect" not in [q.kind for q in article.quotes]


@pytest.mark.slow
def test_a_short_subject_before_a_quoted_predicate_is_a_report_too(analyze_text: Analyze) -> None:
    # Q15 (batch 10's convention, as batches 6-10 label it): the writer's subject (*the plan*) and the
    # speaker's quoted predicate are a report holding the quote, both indirect and mixed; this test once
    # said mixed alone (the batch 5 round's reading, no label of batches 1-10 depends on it)
    article = analyze_text("Rosa Lind said the plan “would ruin every farmer in the valley within a year.”")
    assert [q.kind for q in article.quotes] == ["indirect", "mixed"]


# --- reports by a pair (speakers_en group_determiners; context.can_speak, Resolver.link) ----------

#: (text, words of the report, the group as written)
PAIR_REPORTS = [
    pytest.param(
        "Talks between Norland and Vestria ended on Friday. Both sides said they were confident the deal "
        "could hold through the winter.",
        "they were confident the deal", "Both sides", id="both-sides-said",
    ),
    pytest.param(
        "Prime Minister Ola Berg met President Ana Lima on Friday. Both leaders said the talks had been frank.",
        "the talks had been frank", "Both leaders", id="both-leaders-said",
    ),
    # *that* parsed as a relative adverb on *time* (indirect._leading_that): still the complement
    pytest.param(
        "Pilots Arne Dahl and Piet Vos were held for a year. Both men claimed at the time that they were "
        "being fed well by their captors.",
        "they were being fed well", "Both men", id="both-men-claimed-at-the-time-that",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "report", "group"), PAIR_REPORTS)
def test_a_report_by_both_is_the_groups_left_unresolved(analyze_text: Analyze, text: str, report: str,
                                                        group: str) -> None:
    article = analyze_text(text)
    quote = quote_with(article, report)
    # without the rule no report (the group could not speak), or one of the pair as its speaker
    assert quote.kind == "indirect"
    assert not quote.span.text.startswith("that ")
    assert quote.speaker is not None and quote.speaker.span is not None and quote.speaker.span.text == group
    assert entity_name(article, quote) is None


# --- *admitted to* + gerund (cues_en gerund_after) -----------------------------------------------


@pytest.mark.slow
def test_admitted_to_a_gerund_reports_it_with_its_joined_gerund(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Before officers arrived, Tomas Reid admitted to stealing the van, and hiding it in a barn outside town."
    )
    quote = quote_with(article, "stealing the van")
    assert quote.kind == "indirect"
    # the parser joins *hiding* to *admitted*: it is still part of the admission
    assert quote.span.text.endswith("hiding it in a barn outside town")
    assert entity_name(article, quote) == "Tomas Reid"


# --- *according to evidence* (speakers_en source_nouns) -------------------------------------------


@pytest.mark.slow
def test_according_to_evidence_is_a_source_with_no_speaker(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Reid, 40, was convicted in March. According to evidence presented at trial, Reid drove the van across "
        "the border on the night of June 4."
    )
    quote = quote_with(article, "Reid drove the van")
    assert quote.kind == "indirect"
    # the source, not the person the evidence is about
    assert entity_name(article, quote) is None
    assert quote.speaker is not None and quote.speaker.span is not None
    assert quote.speaker.span.text.startswith("evidence")


# --- an abbreviation alone in marks is a term (context._ABBREVIATION) ----------------------------

#: (text, the words in marks, their kind)
ABBREVIATIONS = [
    pytest.param("Lind said his wife was expecting on a previous episode of \"NTO.\"", "NTO.", "term",
                 id="abbreviation"),
    pytest.param("The union said the plan was \"OK,\" but not more.", "OK", "mixed", id="two-letter-word"),
    pytest.param("\"Get out,\" the guard shouted, and then \"NO!\" as the door shut.", "NO!", "mixed",
                 id="shout-in-capitals"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "marked", "kind"), ABBREVIATIONS)
def test_an_abbreviation_in_marks_is_a_term_a_shout_is_not(analyze_text: Analyze, text: str, marked: str,
                                                           kind: str) -> None:
    quote = quote_with(analyze_text(text), marked)
    assert quote.span.text == marked and quote.kind == kind


# --- a description is the person the text states has that role (mentions._predicated_role) --------

#: (text, words of the quote, the person or None): only a role the text states resolves
DESCRIBED = [
    pytest.param("Olek Brandt is an actor from Tarn. “It changes you as a person,” said the actor.",
                 "It changes you", "Olek Brandt", id="copula"),
    pytest.param("Carla Ruiz, who works as a real estate agent, came to the rally. “I like his plan,” "
                 "the real estate agent said.", "I like his plan", "Carla Ruiz", id="works-as"),
    pytest.param("Olek Brandt came with Ivo Lind, who is an actor. “It changes you as a person,” said the actor.",
                 "It changes you", "Ivo Lind", id="relative-clause-names-the-other"),
    # never guessed from what the person does
    pytest.param("Olek Brandt has played villains for twenty years. “It changes you as a person,” said the actor.",
                 "It changes you", None, id="role-not-stated"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "person"), DESCRIBED)
def test_a_description_is_the_person_the_text_gives_that_role(analyze_text: Analyze, text: str, words: str,
                                                              person: str | None) -> None:
    article = analyze_text(text)
    assert entity_name(article, quote_with(article, words)) == person
