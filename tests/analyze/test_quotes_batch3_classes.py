"""Quote classes the quotes_pages batch 3 showed (issues #3, #4): chants and other manner-of-speaking
cues, quotes listed after one cue, a quote that ends on a quote inside it, reported speech the parser
hung on a recipient's relative clause or read as an object, and a *she said* between two women.

Every sentence is written for these tests (no page's words); each positive test fails without the
rule it names.
"""

from __future__ import annotations

import pytest
from quote_helpers import Analyze, entity_name, quote_with

pytestmark = pytest.mark.slow


def test_a_crowd_chant_is_a_direct_quote_of_the_crowd(analyze_text: Analyze) -> None:
    # data: 'chant' in cues_en.json verbs
    article = analyze_text("Outside the town hall, nurses chanted, “Safe staffing saves lives,” for an hour.")
    quote = quote_with(article, "Safe staffing")
    assert quote.kind == "direct"
    assert quote.speaker is not None and "nurses" in quote.speaker.name


def test_a_laugh_after_a_quote_is_its_cue(analyze_text: Analyze) -> None:
    # data: 'laugh' in cues_en.json verbs
    article = analyze_text(
        "Tomas Brenner has coached the team since 2004.\n\n"
        "“Every spring the new players think the hill is the easy part,” Brenner laughed."
    )
    quote = quote_with(article, "the hill is the easy part")
    assert quote.kind == "direct"
    assert entity_name(article, quote) == "Tomas Brenner"


def test_quotes_listed_after_one_cue_keep_its_kind(analyze_text: Analyze) -> None:
    # kinds._listed: the second item of "chanted, "A," and "B"" is direct like the first, not a fragment
    article = analyze_text("Farmers shouted, “No farms, no food,” and “Fair prices now,” as the minister arrived.")
    assert quote_with(article, "Fair prices now").kind == "direct"
    assert quote_with(article, "No farms").kind == "direct"


def test_a_quote_in_a_clause_of_its_own_under_the_cue_is_not_inherited(analyze_text: Analyze) -> None:
    # kinds._inherited: a sign's words in an adverbial clause with its own verb are not the chant's
    article = analyze_text(
        "Students chanted, “Books not bombs,” as dozens of them crowded the steps, some carrying banners with "
        "slogans such as, “Teach Peace, Not War.”"
    )
    assert quote_with(article, "Books not bombs").kind == "direct"
    assert quote_with(article, "Teach Peace").kind == "term"


def test_a_quote_that_ends_on_a_quote_inside_it_is_a_whole_sentence(analyze_text: Analyze) -> None:
    # context.TERMINAL: *... if it takes all night!’”* ends its sentence, so it is a floating quote
    # that goes on with the speaker just quoted, not a term
    article = analyze_text(
        "Dana Whitlock trained for the marathon alone.\n\n"
        "“I nearly quit in March,” Whitlock said. “Then I told my brother: ‘I am finishing this race "
        "if it takes all night!’” Six weeks later Whitlock ran it in under four hours."
    )
    quote = quote_with(article, "Then I told my brother")
    assert quote.kind == "direct"
    assert entity_name(article, quote) == "Dana Whitlock"


def test_a_that_clause_hung_on_the_recipients_relative_clause_is_the_report(analyze_text: Analyze) -> None:
    # indirect._complement_on_recipient
    article = analyze_text(
        "Ana Ruiz, the union's president, told hundreds of nurses who filled the square that the hospital "
        "board should hire more staff."
    )
    quote = quote_with(article, "the hospital board should hire more staff")
    assert quote.kind == "indirect"
    assert quote.span.text.startswith("the hospital board")
    assert entity_name(article, quote) == "Ana Ruiz"


def test_a_that_clause_of_a_reporting_relative_clause_stays_its_own(analyze_text: Analyze) -> None:
    # *who warned him that ...*: the relative clause's verb reports the clause itself
    article = analyze_text("Mayor Lena Ortiz thanked the engineer who warned the council that the dam was failing.")
    assert all(q.speaker is None or "Ortiz" not in q.speaker.name for q in article.quotes if "dam" in q.span.text)


def test_an_organisation_reports_a_clause_the_parser_read_as_its_object(analyze_text: Analyze) -> None:
    # indirect._object_read_as_clause and data: 'object_clause' in cues_en.json
    article = analyze_text("The organisers said more than 4,000 cyclists registered for the race.")
    quote = quote_with(article, "4,000 cyclists registered for the race")
    assert quote.kind == "indirect"
    assert quote.speaker is not None and "organisers" in quote.speaker.name


def test_a_thing_announced_is_not_a_reported_clause(analyze_text: Analyze) -> None:
    article = analyze_text("The council announced a plan approved by the mayor in March.")
    assert not [q for q in article.quotes if q.kind == "indirect"]


_TWO_WOMEN = (
    "Mara Quinlan has led the city choir since 1998. Quinlan also teaches piano, and Quinlan writes most of the "
    "choir’s arrangements.\n\n"
    "“We rehearse twice a week,” Quinlan said. The choir’s newest soloist is Ines Ferro, a nurse from the north "
    "side.\n\n"
    "{lead} “But the music moved me,” she said."
)


def test_she_said_after_a_sentence_about_a_named_woman_is_hers(analyze_text: Analyze) -> None:
    # resolve.Resolver._narrative_subject, through _verbless_subject_before: the parser reads the lead
    # as a name with a modifier (no subject), and the woman named more often stood ahead
    lead = "Ferro, who had never sung in public, worried about the solo, given that she had no training."
    article = analyze_text(_TWO_WOMEN.format(lead=lead))
    assert entity_name(article, quote_with(article, "the music moved me")) == "Ines Ferro"


def test_she_said_after_two_women_named_as_near_is_not_guessed(analyze_text: Analyze) -> None:
    article = analyze_text(_TWO_WOMEN.format(lead="Ferro and Quinlan argued about the solo for an hour."))
    assert entity_name(article, quote_with(article, "the music moved me")) is None


@pytest.mark.parametrize(
    "lead",
    [
        "By the time Ortiz heard who had bought the farm, she was not surprised:",
        "Ortiz put it simply:",
    ],
)
def test_a_colon_after_a_clause_about_a_person_introduces_their_words(analyze_text: Analyze, lead: str) -> None:
    # context.colon_subject: the main clause's subject speaks, not a cue inside a clause under it
    article = analyze_text(
        "Lena Ortiz has trained horses in the valley for twenty years.\n\n"
        f"{lead} “They always wanted the land, and now they have it.”"
    )
    quote = quote_with(article, "They always wanted the land")
    assert quote.kind == "direct"
    assert entity_name(article, quote) == "Lena Ortiz"


def test_a_colon_that_closes_a_relative_clause_is_not_the_subjects(analyze_text: Analyze) -> None:
    article = analyze_text(
        "Lena Ortiz has trained horses in the valley for twenty years.\n\n"
        "She shared a link to the club's website, which carries the following notice: “The stables close at "
        "dusk and no visitors are allowed after that.”"
    )
    quote = quote_with(article, "The stables close at dusk")
    assert entity_name(article, quote) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Most new managers are afraid to say “no.” to a client, the survey found.", "no."),
    ],
)
def test_a_word_after_an_infinitive_or_gerund_cue_with_no_speaker_is_a_term(
    analyze_text: Analyze, text: str, words: str
) -> None:
    # kinds._named_word
    article = analyze_text(text)
    assert quote_with(article, words).kind == "term"


def test_a_whole_sentence_after_a_gerund_cue_stays_a_quote(analyze_text: Analyze) -> None:
    article = analyze_text("The posters show farmers and nurses declaring, “I vote for clean water.”")
    assert quote_with(article, "I vote for clean water").kind == "direct"


def test_a_title_named_before_its_label_is_a_term_and_the_label_the_namers(analyze_text: Analyze) -> None:
    # kinds._named_thing and the namer carried to the next quote
    article = analyze_text(
        "The studio released its first trailer on Monday. Director Ana Lindqvist called “Northern Lights” "
        "“the hardest film I have made.”"
    )
    assert quote_with(article, "Northern Lights").kind == "term"
    label = quote_with(article, "the hardest film")
    assert label.kind == "mixed"
    assert entity_name(article, label) == "Ana Lindqvist"


def test_a_quote_in_a_clause_hung_on_the_quote_before_is_still_inherited(analyze_text: Analyze) -> None:
    # kinds._inherited: the own-clause guard does not cut a quote whose clause hangs on the first quote
    article = analyze_text("The water board said the farmers had spread “rumours” meant to “stir up fear”.")
    quote = quote_with(article, "stir up fear")
    assert quote.kind == "mixed"
    assert quote.speaker is not None and "board" in quote.speaker.name


def test_the_role_word_of_an_abbreviated_title_resolves_to_its_holder(analyze_text: Analyze) -> None:
    # data: 'title_abbreviations' in speakers_en.json (*Gov.* -> *governor*), read by mentions._describe
    article = analyze_text(
        "Hundreds of nurses marched to the capitol on Monday. Democratic Gov. Alma Reyes was not in the city.\n\n"
        "The governor said she would meet the nurses' union next week."
    )
    quote = quote_with(article, "would meet the nurses")
    assert quote.kind == "indirect"
    assert entity_name(article, quote) == "Alma Reyes"
