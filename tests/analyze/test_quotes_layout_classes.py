"""Quote classes left after the quotes_pages batches 1-3 (issues #3, #4): a quote signed on the line
under it, sung lyrics, the writer's own aside beside a quote, imagined or hypothetical speech.

Every sentence is written for these tests (no page's words); each positive test fails without the
rule it names.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_helpers import Analyze, quote_with

from newsprism.analyze.quotes.signature import signature

# --- a quote signed under it (analyze/quotes/signature.py) ----------------------------------------


@pytest.mark.slow
def test_a_review_signed_on_the_next_line_is_the_signers(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Guests of the Harbour Inn left these notes in our book this summer.\n\n"
        "“The staff were kind and the rooms spotless. We will come back next year.”\n\n"
        "– Petra K.\n\n"
        "“Breakfast on the terrace was the best part of our trip. Thank you all!”\n\n"
        "— Tomas**\n\n"
        "Book your stay through our website."
    )
    first = quote_with(article, "rooms spotless")
    second = quote_with(article, "Breakfast on the terrace")
    assert first.kind == second.kind == "direct"
    # without the rule the first has no speaker and the second inherits the first's
    assert first.speaker is not None and first.speaker.name == "Petra K."
    assert second.speaker is not None and second.speaker.name == "Tomas**"


@pytest.mark.slow
def test_a_signature_after_the_marks_in_the_same_paragraph_signs_the_quote(analyze_text: Analyze) -> None:
    # kinds: the signature is no words of the quote's sentence, so the quote is whole (was a term)
    article = analyze_text(
        "Letters to the editor.\n\n"
        "“Quiet streets are worth more than a faster bypass, and the council should say so.” – Ana de la Cruz, Lisbon"
    )
    quote = quote_with(article, "Quiet streets")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.name == "Ana de la Cruz"


@pytest.mark.slow
def test_an_agency_credit_under_a_quote_signs_nothing(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Mayor Ruth Okafor opened the bridge on Monday. “It took ten years, but it is finally ours,” Okafor said.\n\n"
        "“Today belongs to everyone who waited.”\n\n"
        "— Reuters"
    )
    quote = quote_with(article, "Today belongs")
    assert quote.speaker is None or quote.speaker.name != "Reuters"


def test_a_dash_line_that_is_a_sentence_is_no_signature() -> None:
    text = "“We loved it.”\n\n— and then the rain came down for three more days on the whole valley."
    assert signature(text, [(0, 14), (16, len(text))], 13) is None


_NAME = st.from_regex(r"[A-Z][a-z]{1,8}(\*{1,4})?( [A-Z][a-z]{0,6}\.?)?", fullmatch=True)


@given(name=_NAME, dash=st.sampled_from(["–", "—", "-", "--"]), gap=st.sampled_from(["\n\n", " "]),
       tail=st.sampled_from(["", ", Leeds", " (@reader)"]))
def test_the_signature_span_is_the_name_as_printed(name: str, dash: str, gap: str, tail: str) -> None:
    quote = "“Lovely evening, would book again.”"
    line = f"{dash} {name}{tail}"
    text = quote + gap + line
    paragraphs = [(0, len(quote)), (len(quote) + 2, len(text))] if gap == "\n\n" else [(0, len(text))]
    found = signature(text, paragraphs, len(quote) - 1)
    assert found is not None and text[found[0] : found[1]] == name


def test_a_dated_credit_line_is_a_citation_not_a_signature() -> None:
    # signature._YEAR: a sources list (*"Headline" — Outlet, date*) cites a piece; nobody signs it
    text = "“Ferry fares to rise in spring” — Coast Herald, March 3, 2011"
    assert signature(text, [(0, len(text))], 30) is None


# --- sung lyrics and recited verse (cues_en 'performs'; writer.performed_title) -------------------


@pytest.mark.slow
def test_sung_lines_are_a_quote_of_the_singer(analyze_text: Analyze) -> None:
    # data: 'sing' in cues_en.json verbs (was no cue: the lyric was a term)
    article = analyze_text(
        "Marta Quist closed the festival on Sunday night.\n\n"
        "“Keep the lantern burning till the boats come home,” Quist sang as the rain began."
    )
    quote = quote_with(article, "Keep the lantern burning")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.name == "Marta Quist"


# --- the writer's own aside beside a quote (writer.asides, writer.comment_after) -------------------


#: (text, words of the quote, its speaker): the writer's words beside a quote leave it the cue's
#: speaker's direct quote. writer.asides: a dash aside between cue and quote was read as the writer's
#: words around a fragment (mixed); writer.comment_after: a comment after the marks, read as words of
#: the quote's sentence, made the quote a term.
ASIDES = [
    pytest.param(
        "Ines Adebayo has coached the rowing club for a decade.\n\n"
        "“I only meant to help for one season,” Adebayo said — the club had lost its coach that spring — "
        "“but the river kept me here.”",
        "but the river kept me here", "Ines Adebayo", id="dash-aside-between-cue-and-quote",
    ),
    pytest.param(
        "“We rebuilt the mill with our own hands,” Joss Hartley said.\n\n"
        "“My father carried every beam up that hill himself, and he never once complained,” "
        "a detail that still hangs framed in the mill office.",
        "My father carried every beam", "Joss Hartley", id="writers-comment-after-the-marks",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "probe", "speaker"), ASIDES)
def test_a_writers_aside_keeps_the_quote_direct(analyze_text: Analyze, text: str, probe: str, speaker: str) -> None:
    quote = quote_with(analyze_text(text), probe)
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.slow
def test_an_attribution_with_no_verb_is_no_comment(analyze_text: Analyze) -> None:
    # writer.comment_after's can_speak guard: a noun phrase that could speak is not the writer's
    # comment, so the quote does not float to the last speaker
    article = analyze_text(
        "“We rebuilt the mill with our own hands,” Joss Hartley said.\n\n"
        "“The pier will reopen in June, weather allowing,” a spokesman for the harbour board."
    )
    quote = quote_with(article, "The pier will reopen")
    assert quote.speaker is None or quote.speaker.name != "Joss Hartley"


# --- imagined speech (writer.imagined; cues_en generic_subjects, generic_reflexives, imagining_verbs) --


@pytest.mark.slow
@pytest.mark.parametrize("text, words", [
    ("You stand in the queue for an hour and you ask yourself, “Is this worth it?”", "Is this worth it"),
    ("Imagine a neighbour who tells you, “The well has run dry again.”", "The well has run dry"),
    ("We all say to ourselves, “Next year I will plant earlier.”", "Next year I will plant"),
])
def test_imagined_speech_is_the_writers_not_a_quote(analyze_text: Analyze, text: str, words: str) -> None:
    # without the rule each was a direct quote of "you", "a neighbour", "We"
    quote = quote_with(analyze_text(text), words)
    assert quote.kind == "term" and quote.speaker is None


@pytest.mark.slow
def test_one_of_a_group_is_a_real_speaker(analyze_text: Analyze) -> None:
    article = analyze_text("One of the fishermen told reporters, “The nets came up empty all week.”")
    assert quote_with(article, "The nets came up empty").kind == "direct"


# --- a colon after a main clause whose object carries a modifier clause (context._modifier_clause) --


@pytest.mark.slow
@pytest.mark.parametrize("lead", [
    "Becker has found one drawback to touring with the new sopranos:",
    "Becker thanked the friends he had left behind in Leeds:",
])
def test_a_colon_after_a_clause_describing_the_object_still_introduces_the_subjects_words(
    analyze_text: Analyze, lead: str
) -> None:
    # without it the modifier clause (a gerund with no subject, a relative clause with no relative
    # pronoun) was read as the clause the colon closes, and the quote became a term; the NER types
    # the first bare *Becker* an organisation, and context._person_name still takes it for the
    # surname of the *Tom Becker* named before
    article = analyze_text(
        f"Tom Becker founded the choir in 2009.\n\n{lead} “They sing so well that the rest of us look lazy.”"
    )
    quote = quote_with(article, "They sing so well")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.name == "Tom Becker"


@pytest.mark.slow
def test_a_colon_closing_a_relative_clause_of_its_own_speaker_is_not_the_subjects(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Tom Becker visited the museum's website, which carries the following notice: “Closed until spring.”"
    )
    quote = quote_with(article, "Closed until spring")
    assert quote.speaker is None or quote.speaker.name != "Tom Becker"
