"""Quote classes batch 4 of quotes_pages showed (issues #3, #4): a closing double mark typed as two
single ones, *projects that* / *ruled that* as reports, titles in marks, an embedded post signed with
its author's handle, a description left as the speaker when the name is in the text.

Every sentence is written for these tests (no page's words); each positive test fails without the
rule it names.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_helpers import Analyze, entity_name, quote_with

from newsprism.analyze.quotes.marks import find_marked_quotes

# --- a closing double mark typed as two single ones (marks.py) -----------------------------------


def test_two_single_closers_close_a_double_quote() -> None:
    text = "“The bridge was never safe,’’ engineer Ola Berg told the council. “We warned them.”"
    quotes = find_marked_quotes(text)
    inner = [text[q.content_start : q.content_end] for q in quotes]
    # without the rule the first quote runs on to the second opener and swallows the cue
    assert inner == ["The bridge was never safe,", "We warned them."]
    assert text[quotes[0].start : quotes[0].end] == "“The bridge was never safe,’’"


def test_two_single_closers_do_not_close_a_single_quote_or_join_inside_words() -> None:
    # no double quote open: the doubled closer closes nothing, the single quote pairs as before
    assert [(q.family, q.closed) for q in find_marked_quotes("He called it ‘a farce’ and left.")] == [("single", True)]
    text = "\"We won,'' she said."
    assert [text[q.content_start : q.content_end] for q in find_marked_quotes(text)] == ["We won,"]


@given(st.text(alphabet="ab ’'“”\".,", max_size=40))
def test_quote_spans_stay_inside_the_text(text: str) -> None:
    for quote in find_marked_quotes(text):
        assert 0 <= quote.start < quote.content_start <= quote.content_end <= quote.end <= len(text)


@pytest.mark.slow
def test_a_doubled_single_closer_keeps_the_cue_with_its_quote(analyze_text: Analyze) -> None:
    article = analyze_text(
        "“The count was clean,’’ Nadia Ferreira, head of the poll monitors, told reporters. "
        "“And the result stands.”"
    )
    quote = quote_with(article, "The count was clean")
    assert "Ferreira" not in quote.span.text
    assert entity_name(article, quote) == "Nadia Ferreira"


# --- forecasts and rulings report a clause (cues_en.json: project, rule) ------------------------


#: (text, the reported clause's words, a word of its speaker): cues_en.json *project* and *rule*
#: report a that-clause; without them the clause was no quote.
REPORTS = [
    pytest.param(
        "Last year the Norland Fiscal Council projected that the new levy would raise 2 billion crowns by 2026.",
        "the new levy would raise", "Fiscal Council", id="forecast-projected-that",
    ),
    pytest.param(
        "A district judge ruled that the mayor must release the contracts within a month.",
        "the mayor must release", "judge", id="court-ruled-that",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "probe", "speaker_word"), REPORTS)
def test_a_forecast_or_ruling_is_reported_speech(analyze_text: Analyze, text: str, probe: str,
                                                 speaker_word: str) -> None:
    quote = quote_with(analyze_text(text), probe)
    assert quote.kind == "indirect"
    assert quote.speaker is not None and speaker_word in quote.speaker.name


# --- titles and names in marks are terms (context.named_as_term; cues_en term_preps) -------------


#: (text, words in marks that are a term, a quote beside them that stays direct or None)
TERMS = [
    # context.named_as_term (cues_en term_preps): a show's title after a possessive
    pytest.param(
        "“Prices will keep falling for a while,” Lena Okoro said on Harbor Radio's \"Morning Ledger\" on Friday.",
        "Morning Ledger", "Prices will keep falling", id="title-after-possessive",
    ),
    # a disease's name
    pytest.param(
        "A farmer in his fifties who kept pigeons for years was diagnosed with \"bird keeper's cough,\" "
        "according to a report published on Tuesday.",
        "bird keeper", None, id="disease-name",
    ),
    # a new name given to an account
    pytest.param(
        "OSLO (AP) — Norland's Harbour Party was accused Monday of trying to mislead voters by changing the name "
        "of its press office Twitter account to “truthcheckNL” during a televised debate.",
        "truthcheckNL", None, id="account-name",
    ),
    # writer.performed_title: without it the song's title became the choir's words
    pytest.param(
        "On Friday the harbour choir sang “Silver Tide” for the returning crews.",
        "Silver Tide", None, id="song-after-sang",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "term", "direct"), TERMS)
def test_a_title_or_name_in_marks_is_a_term(analyze_text: Analyze, text: str, term: str, direct: str | None) -> None:
    article = analyze_text(text)
    assert quote_with(article, term).kind == "term"
    if direct is not None:
        assert quote_with(article, direct).kind == "direct"


# --- a report whose quoted fragment only completes a modifier (indirect._completes_core) ---------


@pytest.mark.slow
def test_a_ruling_with_a_quoted_reason_is_still_reported(analyze_text: Analyze) -> None:
    article = analyze_text(
        "A magistrate ruled that the trader should stay in custody until his trial because of his "
        "\"record of missed hearings\"."
    )
    report = quote_with(article, "should stay in custody")
    assert report.kind == "indirect"
    assert quote_with(article, "record of missed hearings").kind == "mixed"


@pytest.mark.slow
def test_a_quote_that_completes_the_clause_is_a_fragment_of_a_report(analyze_text: Analyze) -> None:
    # batch 4 read the clause as the quote's alone; batch 5's convention (Q10) makes it both: the
    # writer's report (*the chances of a rescue were ...*) holding the speaker's fragment (mixed)
    article = analyze_text("The harbour master said on Friday that the chances of a rescue were \"very slim indeed\".")
    assert [q.kind for q in article.quotes] == ["indirect", "mixed"]
    assert "very slim indeed" in article.quotes[0].span.text


# --- an embedded post signed with its handle (quotes/posts.py) -----------------------------------


@pytest.mark.slow
def test_an_embedded_post_is_its_signers(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Councillor Mira Holt thanked volunteers after the flood on Sunday, her office said.\n\n"
        "\"The clean-up will take weeks,\" Holt told reporters.\n\n"
        "Proud of every neighbour who came out with a shovel today.\n\n"
        "We will rebuild the river path together. pic.twitter.com/q8Zr2LmA0\n\n"
        "— Mira Holt (@mira_holt) March 3, 2024\n\n"
        "The council meets again on Thursday."
    )
    post = quote_with(article, "Proud of every neighbour")
    # without the rule the post is the writer's text: no quote holds it
    assert "rebuild the river path together." in post.span.text
    assert "pic.twitter" not in post.span.text and "council meets" not in post.span.text
    assert entity_name(article, post) == "Mira Holt"



# --- who speaks: a description, a pronoun after a report, a statement noun, a message's participle --------
ATTORNEY = (
    "Dana Whitfield, Carl Moss's attorney, told The Courier in a statement that her client did not intend "
    "to cause harm."
)
SPEAKERS = [
    # a description resolves to the person whose title it repeats (mentions._title_run); without the
    # rule the description stays the speaker, unresolved
    pytest.param(
        "Regulators in Norland have closed an inquiry into complaints made against Brightline co-founder "
        "Marta Kowal in 2015.\n\n"
        "The Brightline founder always said that the complaints were part of a campaign against her company.",
        "the complaints were part of a campaign", "indirect", "Marta Kowal", id="description-repeating-a-title",
    ),
    # a person inside someone's report does not shadow them (resolve._reported_by): without the rule
    # *her client*, a subject between, makes the resolver abstain
    pytest.param(
        ATTORNEY + "\n\n\u201cHe regrets the words he used,\u201d she said in an email.",
        "regrets the words", None, "Dana Whitfield", id="she-after-an-attorneys-report",
    ),
    # a that-clause the parser hangs on *statement* is the cue's report (indirect)
    pytest.param(ATTORNEY, "her client did not intend", "indirect", "Dana Whitfield", id="that-clause-on-statement"),
    # a participle on a message noun speaks for the message's issuer (speakers.find_speaker_phrase)
    pytest.param(
        "The Norland Water Board, which runs the reservoirs, issued a statement warning that \u201chouseholds should "
        "boil tap water until further notice.\u201d",
        "households should boil", None, "Norland Water Board", id="statement-warning-that",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "probe", "kind", "speaker"), SPEAKERS)
def test_the_speaker_of_a_report_or_quote(
    analyze_text: Analyze, text: str, probe: str, kind: str | None, speaker: str
) -> None:
    article = analyze_text(text)
    quote = quote_with(article, probe)
    if kind is not None:
        assert quote.kind == kind
    assert entity_name(article, quote) == speaker
