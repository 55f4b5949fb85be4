"""Speaker classes batch 7 of quotes_pages showed (issues #3, #4), and two reports the framing round
found missing: a report relayed by an outlet (*..., the board said, according to Reuters*), an
acronym after the name it abbreviates, a description with its name in apposition, an organisation
as *it*/*they* after its statement, a body named by its own modifier (*the Tavria health
commission*), *recognizes that* + clause, *praying the court to* + a filing's words.

Every sentence is written for these tests (no page's words); each positive test fails without the
rule it names (run on the round's starting code: the relayed reports went to the outlet, the
acronyms to a KB namesake or to the bare letters, the appositions to a nearby group or to
*company*, the pronouns stayed *it*/*they*, the commission went to the outlet, and the two
verbs were no cues).
"""

from __future__ import annotations

import pytest
from quote_helpers import Analyze, entity_name, quote_with

from newsprism.analyze.quotes.acronyms import initials
from newsprism.model import Article, Quote

pytestmark = pytest.mark.slow


def _speaker_words(article: Article, quote: Quote) -> str:
    assert quote.speaker is not None, f"no speaker for {quote.span.text!r}"
    return entity_name(article, quote) or quote.speaker.name


# --- a report inside a report: the inner source speaks, the outlet relays (indirect._relays_dropped) ---


def test_a_relayed_report_is_the_inner_speakers(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Two barges ran aground near the harbour mouth on Tuesday.\n\n"
        "The Harlow Port Authority said the channel had been dredged in the spring, according to the Daily Ledger."
    )
    quote = quote_with(article, "the channel had been dredged")
    assert "Harlow Port Authority" in _speaker_words(article, quote)
    assert "according to" not in quote.span.text  # the relay phrase is cut off the report


def test_a_relayed_report_whose_cue_has_no_clause_is_the_inner_speakers(analyze_text: Analyze) -> None:
    # the parser hangs the report on *said* as an adverbial, so *said* drafts nothing of its own
    article = analyze_text(
        "A second spill was found on Friday.\n\n"
        "So far, no link between the two spills has been found, the Ostrava water board said, according to Reuters."
    )
    quote = quote_with(article, "no link between the two spills")
    assert "water board" in _speaker_words(article, quote)
    assert "Reuters" not in _speaker_words(article, quote)


def test_an_outlet_alone_is_still_the_source(analyze_text: Analyze) -> None:
    article = analyze_text("Ferry fares will rise by a tenth next spring, according to Reuters.")
    assert _speaker_words(article, quote_with(article, "Ferry fares will rise")) == "Reuters"


# --- an acronym after the name it abbreviates (acronyms.py) -------------------------------------------


def test_initials_skip_small_words() -> None:
    assert initials("Customs and Border Protection") == "CBP"
    assert initials("Chinese Center for Disease Control") == "CCDC"


def test_an_acronym_is_the_body_named_in_full_before_it(analyze_text: Analyze) -> None:
    article = analyze_text(
        "The Caribbean Disaster Commission sent two survey teams to the island on Monday.\n\n"
        "The CDC said the northern villages had no running water."
    )
    quote = quote_with(article, "the northern villages had no running water")
    assert entity_name(article, quote) == "Caribbean Disaster Commission"


# --- a description with its name in apposition (resolve.link, speakers._closing_apposition) ----------


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # the description's own appositive
        ("Fans of the singer Mara Olsen protested outside the venue.\n\n"
         "The label that owns most of her recordings, Velden Records, says the concert will go ahead.",
         "the concert will go ahead", "Velden Records"),
        # an appositive after a relative clause (the parser may hang it on the clause)
        ("Tickets for the awards sold out within an hour.\n\n"
         "The firm that organises the AMAs, Clarke Productions, denies that any tickets were held back.",
         "any tickets were held back", "Clarke Productions"),
    ],
)
def test_a_description_names_its_appositive(analyze_text: Analyze, text: str, words: str, name: str) -> None:
    article = analyze_text(text)
    assert name in _speaker_words(article, quote_with(article, words))


# --- an organisation as *it*/*they* after its statement (stage._statement_pronoun) --------------------


def test_they_after_a_companys_denial_is_the_company(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Big Harbour have denied acting against the singer.\n\n"
        "\"We have honoured every clause of the contract,\" they said in a statement on Friday."
    )
    assert "Big Harbour" in _speaker_words(article, quote_with(article, "We have honoured every clause"))


def test_they_past_another_subject_stays_open(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Velden Records have denied acting against the singer.\n\n"
        "The Harlow Arts Council backed the singer on Saturday.\n\n"
        "\"We have honoured every clause of the contract,\" they said."
    )
    quote = quote_with(article, "We have honoured every clause")
    assert quote.speaker is None or "Velden" not in quote.speaker.name


# --- a body named by its own modifier is not a nearby organisation (resolve.nominal) ------------------


def test_a_named_commission_is_not_the_outlet_before_it(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Reuters reports that ten people fell ill after the festival.\n\n"
        "No source of the outbreak has been found, the Tavria health commission said."
    )
    quote = quote_with(article, "No source of the outbreak")
    assert quote.speaker is not None and "Tavria" in quote.speaker.name
    assert entity_name(article, quote) != "Reuters"


# --- *recognizes that* and *praying the court to* (cues_en.json: cognition, verbs) --------------------


def test_recognizes_that_reports_a_view(analyze_text: Analyze) -> None:
    article = analyze_text("Coach Dana Whitlock recognizes that the season is nearly over after the defeat.")
    assert _speaker_words(article, quote_with(article, "the season is nearly over")) == "Dana Whitlock"


def test_recognize_in_the_second_person_is_no_report(analyze_text: Analyze) -> None:
    article = analyze_text("You'll recognize that the season is nearly over once the leaves fall.")
    assert not [q for q in article.quotes if "season" in q.span.text]


def test_praying_the_court_reports_the_filings_request(analyze_text: Analyze) -> None:
    article = analyze_text(
        "The two councillors filed their suit on Monday.\n\n"
        "They are praying the court to restore the footpath along the canal within a month."
    )
    quote = quote_with(article, "restore the footpath")
    assert quote.speaker is not None and quote.speaker.name == "The two councillors"


# --- *As X reports, CLAUSE*: the main clause is X's report (relays.as_report) -------------------------


def test_as_x_reports_opens_a_report_of_the_main_clause(analyze_text: Analyze) -> None:
    article = analyze_text(
        "As Nadia Brandt reports for the Coast Ledger, the ferry resumed service on Sunday, when port "
        "officials announced that the repairs were finished."
    )
    quote = quote_with(article, "the ferry resumed service")
    assert entity_name(article, quote) == "Nadia Brandt"
    assert entity_name(article, quote_with(article, "the repairs were finished")) != "Nadia Brandt"
    assert quote_with(article, "the repairs were finished").speaker is not None


def test_as_the_writer_reported_is_no_report(analyze_text: Analyze) -> None:
    article = analyze_text("As we reported on Monday, the bridge will close in May for repairs.")
    assert not [q for q in article.quotes if "bridge" in q.span.text]
