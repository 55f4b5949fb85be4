"""Pronoun chains and the gender evidence they rest on (issue #3; quotes_pages batch 2, what was left).

Each text is written for these tests, in other words than the pages that showed the class;
each test fails without the rule it names (``analyze/quotes/mentions.py``, ``resolve.py``).
"""

from __future__ import annotations

import pytest
from quote_helpers import Analyze, entity_name, quote_with

pytestmark = pytest.mark.slow


def test_a_lone_surname_that_is_also_a_given_name_says_nothing_of_gender(analyze_text: Analyze) -> None:
    # *Thomas* is on the list of male given names; here it is the surname of *Ngozi Thomas*, so
    # it must not make her a *he* and hand her *She added* to the other woman named before.
    article = analyze_text(
        "A Texas man admitted on Monday that he had threatened Senator Ngozi Thomas.\n\n"
        "Senator Maria Costa blamed a radio host for the threats on Sunday.\n\n"
        "Thomas wrote to the judge on Tuesday, asking for a light sentence. "
        "She added, “Hatred is not answered with more hatred.”"
    )
    assert entity_name(article, quote_with(article, "Hatred is not answered")) == "Ngozi Thomas"


def test_a_surname_after_a_generational_suffix_is_the_same_person(analyze_text: Analyze) -> None:
    # *Harold B. Quint Jr.* ... *Quint said*: one person, reported under the full name.
    article = analyze_text(
        "Harold B. Quint Jr., the district attorney, said the inquiry had found no fault.\n\n"
        "“The officers followed every rule we have,” Quint said in a statement."
    )
    assert entity_name(article, quote_with(article, "followed every rule")) == "Harold B. Quint Jr."


def test_a_chain_of_he_keeps_its_speaker_past_a_name_of_unknown_gender(analyze_text: Analyze) -> None:
    # The chain: *Vossler* (a he by his given name) ... *He was charged* ... *he wrote, "..."*; then
    # *Okafor*, whose gender the text never gives, is the subject of a sentence that reports
    # nothing, and a clerk reports the next *he wrote*: still Vossler.
    article = analyze_text(
        "A Denver man admitted on Friday that he had mailed threats to Councillor Ijeoma Okafor, "
        "prosecutors said.\n\n"
        "Gerald Vossler, 61, of Aurora, admitted two counts of making threats, the district attorney said.\n\n"
        "Vossler faces up to six years in prison. Sentencing is set for May 3.\n\n"
        "He was charged in March over letters sent to the office of Okafor.\n\n"
        "In the first letter, he wrote, “You will not finish your term,” the district attorney’s office said. "
        "Okafor is one of three members of the council elected last year.\n\n"
        "A clerk who opened the mail testified that he wrote, “I know which car is yours,” the court heard."
    )
    assert entity_name(article, quote_with(article, "You will not finish")) == "Gerald Vossler"
    assert entity_name(article, quote_with(article, "I know which car")) == "Gerald Vossler"
