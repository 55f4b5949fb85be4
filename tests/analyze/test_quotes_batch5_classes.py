"""Quote classes batch 5 of quotes_pages showed (issues #3, #4): a report holding the speaker's
quoted fragments (both the report and the mixed quote), reports by a pair, *admitted to* + gerund,
*according to evidence*, a description resolved to the person named with it, an abbreviation in
marks.

Every sentence is written for these tests (no page's words); each positive test fails without the
rule it names.
"""

from __future__ import annotations

import pytest
from quote_helpers import Analyze, quote_with

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
    # the writer's words are two (*the plan*): the quote carries the clause, so no report around it
    article = analyze_text("Rosa Lind said the plan “would ruin every farmer in the valley within a year.”")
    assert [q.kind for q in article.quotes] == ["mixed"]
