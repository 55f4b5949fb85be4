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
