"""Interview and transcript turns: answers without quotation marks are the interviewee's words."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.analyze.quotes.turns import find_turns
from newsprism.model import Article

Analyze = Callable[[str], Article]


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for part in text.split("\n\n"):
        spans.append((start, start + len(part)))
        start += len(part) + 2
    return spans


def answers(text: str) -> list[tuple[str, str]]:
    return [(t.label, text[t.start : t.end]) for t in find_turns(text, paragraphs_of(text))]


INTERVIEW = "\n\n".join([
    "The mayor of Lindvik spoke to our reporter about the strike.",
    "((Reporter))  Why did the talks fail?",
    "((Edda Marsh))  We offered a fair deal. They walked out.",
    "The union never came back with a counter-offer.",
    "((Reporter))  Will you meet them again?",
    "((Edda Marsh))  Next week, if they want to.",
])


def test_double_parenthesis_turns_are_answers_and_the_interviewer_is_not_quoted() -> None:
    assert answers(INTERVIEW) == [
        ("Edda Marsh", "We offered a fair deal. They walked out.\n\nThe union never came back with a counter-offer."),
        ("Edda Marsh", "Next week, if they want to."),
    ]


def test_colon_labels_and_bare_questions() -> None:
    text = "\n\n".join([
        "An interview with the new coach.",
        "What changed this season?",
        "TOMAS BRENNER: Everything. We train twice a day now.",
        "How is the squad?",
        "TOMAS BRENNER: Young and hungry.",
        "BRENNER: And a little tired.",
    ])
    assert [a for _, a in answers(text)] == [
        "Everything. We train twice a day now.", "Young and hungry.", "And a little tired.",
    ]


def test_q_and_a_labels() -> None:
    text = "\n\n".join([
        "Q: Why run now?", "A: Because nobody else would.", "Q: And if you lose?", "A: Then I lose.",
    ])
    assert answers(text) == [("A", "Because nobody else would."), ("A", "Then I lose.")]


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON: The senate voted on Tuesday.\n\nThe bill now goes to the president.",
        "Update: the road is open.\n\nNote: traffic is slow.\n\nUpdate: the road is closed again.\n\nUpdate: open.",
        "Ana Roe Image: Wikimedia.\n\nBen Cole Image: Flickr.\n\nAna Roe Image: Flickr.\n\nBen Cole Image: x.",
        "Ana Roe.Image: Wikimedia.\n\nBen Cole.Image: Flickr.\n\nAna Roe.Image: Flickr.\n\nBen Cole.Image: x.",
        # three different labels, none repeated: a list of places, not a transcript
        "Paris: rain.\n\nBerlin: sun.\n\nMadrid: wind.",
        # a shopping page's deal headings: commerce furniture, not speakers
        "New Price Drop: A kettle for $19 (was $30).\n\nNew Release: A board game for $25.\n\n"
        "New Price Drop: A lamp for $12 (was $20).\n\nNew Release: A novel for $9.\n\nHot Deal: Socks for $5.",
    ],
)
def test_datelines_furniture_and_lists_are_not_transcripts(text: str) -> None:
    assert answers(text) == []


@given(st.lists(st.sampled_from([
    "((Ana Roe)) Yes.", "((Q)) Why?", "Q: Why?", "A: Because.", "Plain words here.", "Really?", "ANA ROE: No.",
    "((Ana Roe))", "  ", "Ana: ", "x",
]), min_size=1, max_size=12))
def test_turns_are_inside_one_run_of_paragraphs_and_labels_point_at_the_text(parts: list[str]) -> None:
    text = "\n\n".join(parts)
    previous_end = -1
    for turn in find_turns(text, paragraphs_of(text)):
        assert text[turn.label_start : turn.label_end] == turn.label
        assert turn.label_end <= turn.start < turn.end <= len(text)
        assert not text[turn.start].isspace() and not text[turn.end - 1].isspace()
        assert turn.start > previous_end
        previous_end = turn.end


def test_an_interviewees_answer_is_a_direct_quote_in_their_voice(analyze_text: Analyze) -> None:
    article = analyze_text(INTERVIEW.replace("We offered a fair deal.", "Those greedy thugs sabotaged a fair deal."))
    turns = [q for q in article.quotes if q.cue is not None and q.cue.text == "Edda Marsh"]
    assert len(turns) == 2 and all(q.kind == "direct" for q in turns)
    assert turns[0].speaker is not None and turns[0].speaker.name == "Edda Marsh"
    thugs = article.text.index("thugs")
    voice = next(v for v in article.voices if v.start <= thugs < v.end)
    assert voice.voice == "quoted" and voice.quote == turns[0].id
    assert not [f for f in article.frames if f.voice == "author" and any(e.text == "thugs" for e in f.evidence)]
    question = article.text.index("Why did the talks fail?")
    assert next(v for v in article.voices if v.start <= question < v.end).voice == "author"


def test_a_paragraph_naming_the_speaker_ends_the_answer() -> None:
    text = INTERVIEW + "\n\nMarsh, who has led the council since 2019, faces re-election in May."
    last = answers(text)[-1]
    assert last == ("Edda Marsh", "Next week, if they want to.")


def test_anonymous_answer_labels_are_the_interviewees(analyze_text: Analyze) -> None:
    article = analyze_text("\n\n".join([
        "Oskar Lindahl has grown barley in the valley for forty years. Lindahl spoke to us about the drought.",
        "Q: How bad is it?",
        "A: The worst I have seen. The river is a trickle.",
        "Q: Will you plant next year?",
        "A: If the rain comes.",
    ]))
    turns = [q for q in article.quotes if q.cue is not None and q.cue.text == "A"]
    assert len(turns) == 2
    assert all(q.speaker is not None and q.speaker.name == "Oskar Lindahl" and q.speaker.entity for q in turns)
