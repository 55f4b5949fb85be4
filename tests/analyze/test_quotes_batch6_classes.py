"""Quote classes batch 6 of quotes_pages showed (issues #3, #4): one person under a given name and its
short form, a generic source (*say experts*, *experts are of the view that*), titles and codes in marks
after the noun that names them, a quoted section heading.

Every sentence is written for these tests (no page's words); each positive test fails without the
rule it names.
"""

from __future__ import annotations

import pytest
from quote_helpers import Analyze, entity_name, quote_with

from newsprism.analyze.quotes.cues import load_speaker_lexicon

# --- a given name and its short form, same surname: one person (speakers_en given_name_variants) ---


def test_the_variant_table_reads_both_ways_and_knows_no_prefixes() -> None:
    lexicon = load_speaker_lexicon("en")
    assert lexicon.same_given_name("Bill", "William") and lexicon.same_given_name("william", "bill")
    assert lexicon.same_given_name("Peggy", "Margaret")
    # a shared beginning is not a short form: siblings share surnames
    assert not lexicon.same_given_name("Dan", "Dana")
    assert not lexicon.same_given_name("Bill", "Billie-Jo")


POST_UNDER_FULL_NAME = (
    "Researcher Matthew Kowalczyk has studied river pollution in the region for a decade.\n\n"
    "Kowalczyk said the readings were the worst he had seen.\n\n"
    "The river smelled of diesel again this morning. Nobody upstream has answered for it. pic.twitter.com/Ab12Cd34\n\n"
    "— Matt Kowalczyk (@mkowal) March 2, 2021\n\n"
    "The city's water board did not respond to a request for comment."
)


@pytest.mark.slow
def test_a_post_signed_with_a_short_given_name_is_the_full_names_person(analyze_text: Analyze) -> None:
    article = analyze_text(POST_UNDER_FULL_NAME)
    post = quote_with(article, "Nobody upstream has answered")
    # without the table the signature stayed a second person, *Matt Kowalczyk*
    assert entity_name(article, post) == "Matthew Kowalczyk"
    assert entity_name(article, quote_with(article, "the worst he had seen")) == "Matthew Kowalczyk"


@pytest.mark.slow
def test_two_people_of_one_surname_with_different_given_names_stay_two(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Tomas Ferreira and Daniela Ferreira run the bakery together.\n\n"
        "\"We open at five,\" Daniela Ferreira said.\n\n"
        "\"And we close when the bread is gone,\" Tomas Ferreira said."
    )
    assert entity_name(article, quote_with(article, "We open at five")) == "Daniela Ferreira"
    assert entity_name(article, quote_with(article, "we close when")) == "Tomas Ferreira"


# --- a held view after *be of* (cues_en stance_nouns; indirect._stance_cues) ------------------------

#: (text, words of the report, the holder's words)
STANCE_REPORTS = [
    pytest.param("Economists and fund managers are of the view that the rupee will weaken further this quarter.",
                 "the rupee will weaken further this quarter", "Economists", id="group-of-the-view"),
    pytest.param("The transport ministry is of the opinion that the new tolls will pay for the bridge within a decade.",
                 "the new tolls will pay for the bridge", "The transport ministry", id="body-of-the-opinion"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "report", "holder"), STANCE_REPORTS)
def test_a_view_held_after_be_of_is_the_subjects_report(
        analyze_text: Analyze, text: str, report: str, holder: str) -> None:
    article = analyze_text(text)
    quote = quote_with(article, report)
    # without the rule the sentence had no cue at all: no quote
    assert quote.kind == "indirect"
    assert quote.speaker is not None and quote.speaker.name == holder


@pytest.mark.slow
def test_a_view_of_a_thing_reports_nothing(analyze_text: Analyze) -> None:
    # *of the view* with no that-clause, and a view of a place: no report
    article = analyze_text("The hotel rooms are of the view type that guests pay extra for, facing the bay.")
    assert not [q for q in article.quotes if q.kind == "indirect"]


@pytest.mark.slow
def test_say_experts_after_the_sentence_is_the_groups_report(analyze_text: Analyze) -> None:
    # a guard for the generic source the Q9 round read: the group speaks, no person is named
    article = analyze_text("Bond yields will keep rising into the new year, say experts.")
    quote = quote_with(article, "Bond yields will keep rising")
    assert quote.kind == "indirect"
    assert quote.speaker is not None and quote.speaker.entity is None and quote.speaker.name == "experts"


# --- titles and codes in marks after the noun that names them (cues_en work_nouns, term_nouns) -----

#: (text, the quoted words that are a title or a code)
TITLES_AND_CODES = [
    # after a speaker's quote a whole-sentence title was read as the speaker's floating quote
    pytest.param("“We will play every song we ever wrote,” Vale said in a statement.\n\n"
                 "Vale sang on four albums and hit singles like 1994’s “Salt in the Wound.” She later toured alone.",
                 "Salt in the Wound", id="single-like-year-possessive"),
    pytest.param("“We will play every song we ever wrote,” Vale said in a statement.\n\n"
                 "Her documentary called “What The River Knows.” opened the festival.",
                 "What The River Knows", id="documentary-called"),
    # in a report a code was read as the reporter's mixed quote
    pytest.param("Dana Kerr said shoppers can use the promo code “spring sale” until Sunday.", "spring sale",
                 id="promo-code-in-a-report"),
    pytest.param("The store said buyers should enter the coupon “take ten” at checkout.", "take ten",
                 id="coupon-in-a-report"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "title"), TITLES_AND_CODES)
def test_a_title_or_code_after_its_noun_is_a_term(analyze_text: Analyze, text: str, title: str) -> None:
    article = analyze_text(text)
    # without the data each was read as a direct or mixed quote with no speaker
    assert quote_with(article, title).kind == "term"


#: quotes beside a work noun that are someone's words
NOT_TITLES = [
    pytest.param("In the film, “I never wanted this,” the narrator says.", "I never wanted this", id="comma-between"),
    pytest.param("Critics said the song “was a mistake from the start,” and the label agreed.",
                 "was a mistake from the start", id="lower-case-words"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words"), NOT_TITLES)
def test_words_beside_a_work_noun_stay_quotes(analyze_text: Analyze, text: str, words: str) -> None:
    assert quote_with(analyze_text(text), words).kind in ("direct", "mixed")


# --- a quoted section heading (quotes/headings.py) ---------------------------------------------------

HIGHLIGHTS = (
    "The port authority's hearing ran for six hours on Tuesday. Here are the highlights:\n\n"
    "1. \"A Harbour Without Ships\"\n\n"
    "Councillor Ana Brill said the port had become \"a harbour without ships\" after the dredging stopped.\n\n"
    "2. \"Budget Questions Remain\"\n\n"
    "The budget itself was not discussed in any detail on the day.\n\n"
    "- \"We were promised a bridge\"\n\n"
    "Mayor Tom Reyes opened with a complaint. \"We were promised a bridge and got a ferry,\" he said."
)


@pytest.mark.slow
def test_a_quoted_heading_is_the_words_of_whoever_says_them_below(analyze_text: Analyze) -> None:
    article = analyze_text(HIGHLIGHTS)
    titled = [q for q in article.quotes if q.span.text == "A Harbour Without Ships"]
    bulleted = [q for q in article.quotes if q.span.text == "We were promised a bridge"]
    # without the rule the first was a term and the second a quote with no speaker
    assert titled and titled[0].kind == "direct" and entity_name(article, titled[0]) == "Ana Brill"
    assert bulleted and bulleted[0].kind == "direct" and entity_name(article, bulleted[0]) == "Tom Reyes"


@pytest.mark.slow
def test_a_quoted_heading_no_one_says_below_stays_a_title(analyze_text: Analyze) -> None:
    article = analyze_text(HIGHLIGHTS)
    heading = [q for q in article.quotes if q.span.text == "Budget Questions Remain"]
    assert heading and heading[0].kind == "term" and heading[0].speaker is None
