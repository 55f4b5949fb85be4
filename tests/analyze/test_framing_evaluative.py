"""The writer's evaluative constructions (framing/evaluative.py, F17): a verdict word on a page in a person's
voice, distrust urged on the reader. Each rule flags the construction and leaves the plain use alone. Texts
written for newsprism (invented products, places and people)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy

from newsprism.analyze.framing.evaluative import load_evaluative, personal_voice
from newsprism.analyze.framing.voice import AUTHOR
from newsprism.model import Article

Analyze = Callable[[str], Article]
LOADED = "Loaded Language"
DOUBT = "Doubt"

# A deals post that speaks to the reader: *you*, *your*, *I* and exclamations outside any quotation.
PERSONAL = (
    "Looking for a new laptop before the holidays? You are in luck, because I rounded up the deals worth your "
    "money this week. Your wallet will thank you!\n\n"
    "{sentence}\n\n"
    "Shipping is free on orders over $35, and you can return anything within 30 days. I will update this post "
    "when prices change, so check back with me on Friday!\n\n"
    "A few notes on how I pick: I only list machines I have used for at least a week, I check the price history "
    "so you are not paying a fake discount, and I skip any model whose maker will stop updating it next year. If "
    "you need something for gaming, look at my separate list of desktops instead."
)
# The same sentence in a wire report: no I, you or exclamation outside quotation marks.
REPORT = (
    "Retail sales rose 2.1 percent in November, the statistics office in Varnholm said on Tuesday.\n\n"
    "{sentence}\n\n"
    "The office will publish revised figures for the quarter on January 14."
)


def voices(article: Article, technique: str, word: str) -> list[str]:
    """The voices of ``technique`` frames whose evidence holds ``word``."""
    return [f.voice for f in article.frames
            if f.technique == technique and any(word in e.text for e in f.evidence)]


# --- the page's voice ---------------------------------------------------------------------------------

def test_personal_voice_is_read_from_the_page_outside_quotations() -> None:
    ev = load_evaluative("en")
    assert ev is not None
    nlp = spacy.blank("en")
    assert personal_voice(nlp(PERSONAL.format(sentence="The Orvik 14 is a light machine.")), ev)
    assert not personal_voice(nlp(REPORT.format(sentence="The Orvik 14 is a light machine.")), ev)
    # a report full of quoted "I" and "you" is still a report
    quoted = ('"I told you so, and you did not listen to me," the mayor of Tessan said. "I am sure you know '
              'my view," she added. "You and I will see," the rival said.')
    assert not personal_voice(nlp(quoted), ev)


def test_an_interview_or_a_short_text_is_no_personal_page() -> None:
    ev = load_evaluative("en")
    assert ev is not None
    nlp = spacy.blank("en")
    # questions and answers without quotation marks: the I and you are the interviewee's and the interviewer's
    turn = PERSONAL.format(sentence="Why did you run?") + "\n\nI wanted a change, you know."
    qa = "\n\n".join(turn for _ in range(3))
    assert not personal_voice(nlp(qa), ev)
    # a meme or a caption is too short to read a page's genre from
    assert not personal_voice(nlp("I love you! You are perfect! My hero!"), ev)


# --- a verdict word on a personal page ----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "word"), [
    ("The Orvik 14 is perfect for students who carry it all day.", "perfect"),
    ("Its keyboard is excellent, and the screen is bright.", "excellent"),
    ("The speakers deliver a wonderful sound for a machine this thin.", "wonderful"),
    ("Together they make a truly great home-office setup.", "great"),
])
def test_a_praise_word_is_the_writers_verdict_on_a_personal_page(analyze_text: Analyze, sentence: str,
                                                                  word: str) -> None:
    assert AUTHOR in voices(analyze_text(PERSONAL.format(sentence=sentence)), LOADED, word)


@pytest.mark.parametrize("sentence", [
    "The Orvik 14 is perfect for students who carry it all day.",
    "Its keyboard is excellent, and the screen is bright.",
])
def test_the_same_praise_word_stays_plain_in_a_report(analyze_text: Analyze, sentence: str) -> None:
    word = "perfect" if "perfect" in sentence else "excellent"
    assert not voices(analyze_text(REPORT.format(sentence=sentence)), LOADED, word)


@pytest.mark.parametrize(("sentence", "word"), [
    ("These are the best prices we have seen on the Orvik line.", "best"),  # a rank
    ("The battery is as excellent as the one in last year's model.", "excellent"),  # a comparison
    ("If the hinge gets bad, the store swaps the whole unit.", "bad"),  # a condition
    ("You will have a great time setting it up.", "great"),  # the noun is only sized
    ("Buying it now makes perfect sense.", "perfect"),
])
def test_ranks_comparisons_conditions_and_fixed_phrases_are_no_verdict(analyze_text: Analyze, sentence: str,
                                                                      word: str) -> None:
    assert not voices(analyze_text(PERSONAL.format(sentence=sentence)), LOADED, word)


def test_a_quoted_praise_word_is_the_speakers_not_the_writers(analyze_text: Analyze) -> None:
    # a guard: the stage's voice map, not this module, keeps the quoted word the speaker's
    sentence = '"It is perfect for our customers," said Lina Varg, who runs the Orvik shop.'
    assert AUTHOR not in voices(analyze_text(PERSONAL.format(sentence=sentence)), LOADED, "perfect")


# --- distrust urged on the reader ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("The ministry says the dam is safe. You shouldn't simply believe the ministry.", "believe"),
    ("The council published its own audit. Don't believe the council's figures.", "believe"),
    ("The board has changed its story three times, so there is every reason to suspect the new one.", "suspect"),
    ("Given the missing invoices, readers have good reason to doubt the mayor's account.", "doubt"),
])
def test_distrust_urged_on_the_reader_is_doubt(analyze_text: Analyze, text: str, word: str) -> None:
    assert AUTHOR in voices(analyze_text(text), DOUBT, word)


@pytest.mark.parametrize(("text", "word"), [
    ("Most voters in Tessan do not trust the council, a survey found.", "trust"),
    # a guard of the voice map only: the rule flags *no reason to suspect* (below), the report makes it the speaker's
    ("Police have no reason to suspect foul play, a spokesman said.", "suspect"),
    ("The jury did not believe the witness.", "believe"),
])
def test_reported_distrust_is_no_insinuation(analyze_text: Analyze, text: str, word: str) -> None:
    assert AUTHOR not in voices(analyze_text(text), DOUBT, word)


# False flags the R9 review found: a reason *denied* is the opposite of an insinuation, and *couldn't believe our
# luck* is astonishment, not advice (*could* and *would* are no modals of advice).
@pytest.mark.parametrize("text", [
    "There is no reason to doubt the figures.",
    "The auditors did not find any reason to doubt the figures.",
])
def test_a_reason_denied_is_no_doubt(analyze_text: Analyze, text: str) -> None:
    assert AUTHOR not in voices(analyze_text(text), DOUBT, "doubt")


@pytest.mark.parametrize("text", [
    "We couldn't believe our luck when the ferry arrived on time.",
    "You wouldn't believe how quickly the ferry filled up.",
])
def test_astonishment_is_no_doubt(analyze_text: Analyze, text: str) -> None:
    assert AUTHOR not in voices(analyze_text(text), DOUBT, "believe")
