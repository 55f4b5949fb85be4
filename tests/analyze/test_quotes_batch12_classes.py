"""Report classes batch 12 of quotes_pages showed (issues #3, #4): cues the lexicon lacked (*weighed in*,
*introduced X as "..."*, *swears*, *lying that*, *lecturing X that*), message nouns with their
owner (*X's assertion / testimony / charges that ...*), a report ending in a quoted predicate before its
trailing cue (*Customers "began to ...," she said*), a second quote opened with a straight mark and a space,
and a counterfactual cue (*would have claimed that*: nobody said it). *remembered* stays no cue (a
memory is no speech; as a cue it made reports of *it is important to remember that* and terms of
*Remember when ... "extra" money* on other batches).

Batch 12 is in-sample for these classes. Every sentence is written for these tests (no page's words); each
positive test fails on the round's starting code (fd507f6: no cue, no report, or the quote unpaired); the
rest are guards against the rules reaching too far.
"""

from __future__ import annotations

import pytest
from quote_helpers import Analyze

pytestmark = pytest.mark.slow


def _found(article: object, kind: str, words: str) -> list[object]:
    return [q for q in article.quotes if q.kind == kind and words in q.span.text]  # type: ignore[attr-defined]


def _speaker(article: object, kind: str, words: str) -> str | None:
    found = _found(article, kind, words)
    assert found, f"no {kind} quote holds {words!r}: {[(q.kind, q.span.text) for q in article.quotes]}"  # type: ignore[attr-defined]
    speaker = found[0].speaker  # type: ignore[attr-defined]
    return None if speaker is None else speaker.name


# --- cues the lexicon lacked ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind", "words", "name"), [
    pytest.param('"The harbour has never looked better," Lena Hart weighed in at the dinner.', "direct",
                 "never looked better", "Lena Hart", id="weighed-in"),
    # *introduced X as "..."* names a fragment
    pytest.param('Lena Hart introduced Tomas Ortiz to the delegates as "a man who rebuilt the old docks by hand" and '
                 "sat down.", "mixed", "rebuilt the old docks", "Lena Hart", id="introduced-as"),
    pytest.param("Tomas Ortiz swears he never saw the harbour accounts.", "indirect", "never saw the harbour",
                 "Tomas Ortiz", id="swears"),
    pytest.param("After first lying that the ferry was safe, Tomas Ortiz now blames the crew.", "indirect",
                 "the ferry was safe", "Tomas Ortiz", id="lying-that"),
    pytest.param("Tomas Ortiz is lecturing the town that its ferry is a disgrace to the coast.", "indirect",
                 "its ferry is a disgrace", "Tomas Ortiz", id="lecturing-that"),
])
def test_new_cues_name_the_speaker(analyze_text: Analyze, text: str, kind: str, words: str, name: str) -> None:
    assert _speaker(analyze_text(text), kind, words) == name


def test_introducing_a_titled_thing_is_no_quote_of_the_subject(analyze_text: Analyze) -> None:
    # *introduced* names only with *as*: a bill's title after it stays a term
    article = analyze_text('Lena Hart introduced the "Clean Harbour Act" in the assembly on Monday.')
    assert not [q for q in article.quotes if q.kind in ("direct", "mixed")]


@pytest.mark.parametrize("text", [
    "Part of the trouble lies in the fact that every ferry on the coast is also a political favour.",
    "But it is important to remember that the ferry was never built for winter crossings.",
])
def test_lying_in_a_fact_and_remembering_report_nothing(analyze_text: Analyze, text: str) -> None:
    # *lies in the fact that*: the fact's own clause; a memory is no speech
    assert not [q for q in analyze_text(text).quotes if q.kind == "indirect"]


def test_a_story_told_is_no_report(analyze_text: Analyze) -> None:
    # *told the story that he had heard*: a relative clause on the object, not the report
    article = analyze_text("Tomas Ortiz told the story that he had heard from his grandfather.")
    assert not _found(article, "indirect", "he had heard")


# --- message nouns with an owner ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words", "name"), [
    ("Nobody on the board believed the treasurer's bold assertion that she had paid every invoice.",
     "she had paid every invoice", "treasurer"),
    ("Tomas Ortiz's testimony that he had never met the buyer was read out in court.",
     "he had never met the buyer", "Tomas Ortiz"),
    ("The fishermen's charges that the company dumped oil in the bay were never tested in court.",
     "the company dumped oil", "fishermen"),
])
def test_owned_message_nouns_report(analyze_text: Analyze, text: str, words: str, name: str) -> None:
    speaker = _speaker(analyze_text(text), "indirect", words)
    assert speaker is not None and name.lower() in speaker.lower()


def test_charges_without_an_owner_report_nothing(analyze_text: Analyze) -> None:
    article = analyze_text("The charges that were filed in May carry a ten-year sentence.")
    assert not [q for q in article.quotes if q.kind == "indirect"]


# --- a quoted predicate before a trailing cue ------------------------------------------------------

def test_a_quoted_predicate_before_its_cue_is_a_report_too(analyze_text: Analyze) -> None:
    article = analyze_text('Ferry passengers "started asking us for a night service," Tomas Ortiz said.')
    assert _speaker(article, "indirect", "Ferry passengers") == "Tomas Ortiz"
    assert _speaker(article, "mixed", "started asking us") == "Tomas Ortiz"


def test_a_quoted_sentence_before_its_cue_stays_direct(analyze_text: Analyze) -> None:
    article = analyze_text('"Passengers started asking us for a night service," Tomas Ortiz said.')
    assert _found(article, "direct", "Passengers started asking")
    assert not _found(article, "indirect", "Passengers")


# --- a second quote opened with a mark and a space ---------------------------------------------------

def test_a_mark_typed_with_a_space_opens_the_next_quote(analyze_text: Analyze) -> None:
    article = analyze_text(
        '"I have run this ferry for twenty years," Tomas Ortiz told the mayor. " You have never once ridden it."'
    )
    assert _speaker(article, "direct", "never once ridden it") == "Tomas Ortiz"


def test_a_lone_spaced_mark_opens_nothing(analyze_text: Analyze) -> None:
    article = analyze_text('The ferry timetable lists 5 " 6 for the late boat, Tomas Ortiz said.')
    assert not [q for q in article.quotes if q.kind in ("direct", "mixed")]


# --- a counterfactual speaker reports nothing ------------------------------------------------------

def test_would_have_claimed_reports_nothing(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Had a clerk gone to the auditor first, she would then have claimed that the mayor broke the rules."
    )
    assert not _found(article, "indirect", "the mayor broke the rules")


def test_would_later_claim_is_a_report(analyze_text: Analyze) -> None:
    article = analyze_text("Two years on, Marta Vance would claim that the mayor broke the rules.")
    assert _speaker(article, "indirect", "the mayor broke the rules") == "Marta Vance"


def test_their_owns_a_message_noun(analyze_text: Analyze) -> None:
    # *their charges that ...*: a plural possessive owns the noun as *his* and *her* do
    article = analyze_text(
        "The Ferry Workers Union has fought the sale for a year. In the end it all comes down to their "
        "charges that the company dumped oil in the bay."
    )
    assert _found(article, "indirect", "the company dumped oil")


# --- the writer's aside after a dash ends the report -------------------------------------------------

def test_a_dash_aside_at_the_end_is_not_reported(analyze_text: Analyze) -> None:
    article = analyze_text(
        "It is as hard to believe as Vance's own testimony that she was not familiar with Harbour Holdings — "
        "the firm behind the entire ferry deal that itself started the scandal."
    )
    report = _found(article, "indirect", "not familiar with Harbour Holdings")
    assert report and report[0].span.text.endswith("Harbour Holdings")  # type: ignore[attr-defined]


def test_a_dash_aside_inside_the_clause_stays(analyze_text: Analyze) -> None:
    article = analyze_text("Tomas Ortiz said the ferry — the oldest on the coast — would run again in May.")
    report = _found(article, "indirect", "would run again in May")
    assert report and report[0].span.text.startswith("the ferry")  # type: ignore[attr-defined]
