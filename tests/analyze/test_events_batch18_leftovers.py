"""Batch 18's leftover classes (issue #5, E29): invented sentences, each class's failing cases first
(they fail without their rule), then the guards that show what the rule leaves alone.

- a question put to an addressee (*Would you ask the council to ban the march?*) is no act done, nor
  is the act it asks about (events/questions.py);
- one person discussing a topic with no one named to discuss it with (*she discussed her years abroad*)
  is no CONSULT; parties discussing with each other keep it (events/deliberation.py);
- an undated past act framed by an office put before it (*As transport minister, she banned ...*) or
  by a bare *in office* is the office holder's record: historical (events/discourse.career_frame);
- a toll verb in the very next sentence, done by the first act's actor or a personal pronoun, with no
  time, place or date of its own (*began to attack commuters. He injured a guard
  and a cleaner*), is that act's
  toll: linked, its indefinite victims notwithstanding (events/coreference.py).
"""

from __future__ import annotations

import pytest
from event_helpers import read_dated, with_word

import newsprism
from newsprism.model import Article

pytestmark = pytest.mark.slow

_PUBLISHED = "2034-09-22"


def _read(pipeline: newsprism.Pipeline, text: str) -> Article:
    return read_dated(pipeline, text, _PUBLISHED)


def _types(article: Article) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in article.events]


@pytest.mark.parametrize("text", [
    "Would you ask the council to ban the march?",
    "Will you sanction the ministry?",
    "Have you met the Sundria envoy since the election?",
    "Mr Ostra, would you negotiate with the rebels if they laid down their arms?",
])
def test_a_question_put_to_an_addressee_is_no_act(pipeline: newsprism.Pipeline, text: str) -> None:
    assert not _read(pipeline, text).events, _types(_read(pipeline, text))


@pytest.mark.parametrize("text, word", [
    ("Why did the army attack the village of Tarvo?", "attack"),
    ("What would you do about the protesters who blocked the road?", "blocked"),
    ("You asked the council to ban the march.", "asked"),
    ("Police arrested two protesters on Monday. Would the march go ahead?", "arrested"),
])
def test_acts_told_or_presupposed_beside_a_question_stay(pipeline: newsprism.Pipeline, text: str,
                                                         word: str) -> None:
    assert with_word(_read(pipeline, text), word) is not None, _types(_read(pipeline, text))


@pytest.mark.parametrize("text, word", [
    ("Why did you quit the Tarvo Party?", "quit"),
    ("When did you meet the Sundria envoy?", "meet"),
    ("You ran for the council in 2030. Mr Ostra, why did you quit the Tarvo Party?", "quit"),
])
def test_a_question_about_why_or_when_a_past_act_was_done_keeps_it(pipeline: newsprism.Pipeline, text: str,
                                                                  word: str) -> None:
    assert with_word(_read(pipeline, text), word) is not None, _types(_read(pipeline, text))


def test_a_question_about_how_an_act_will_be_done_is_no_act(pipeline: newsprism.Pipeline) -> None:
    assert not _read(pipeline, "How do you plan to support the dock workers?").events


@pytest.mark.parametrize("text", [
    "In her new book, she discusses her years as a glassblower.",
    "In the lecture, the minister discussed the history of the port.",
    "Anna Berrow discussed her childhood in Darnow.",
])
def test_one_person_discussing_a_topic_is_no_consultation(pipeline: newsprism.Pipeline, text: str) -> None:
    assert not [e for e in _read(pipeline, text).events if e.type == "CONSULT"], _types(_read(pipeline, text))


@pytest.mark.parametrize("text", [
    "Marren discussed the border with the Sundria envoy on Monday.",
    "The two leaders discussed the ceasefire.",
    "Marren and the envoy discussed the border.",
    "The envoys met on Monday and discussed the border.",
    "At the summit, she discussed the border.",
])
def test_parties_discussing_with_each_other_stay_a_consultation(pipeline: newsprism.Pipeline, text: str) -> None:
    assert [e for e in _read(pipeline, text).events if e.type == "CONSULT"], _types(_read(pipeline, text))


@pytest.mark.parametrize("text, word", [
    ("As transport minister, Varo Delk banned night flights over the capital.", "banned"),
    ("As mayor, she banned street markets and closed the port.", "banned"),
    ("The former governor, who in office signed a pact with the unions, is now running for the Senate.", "signed"),
])
def test_an_act_framed_by_an_office_is_the_record(pipeline: newsprism.Pipeline, text: str, word: str) -> None:
    event = with_word(_read(pipeline, text), word)
    assert event is not None and event.time_relation == "historical", _types(_read(pipeline, text))


@pytest.mark.parametrize("text, word", [
    ("Varo Delk banned night flights over the capital as transport minister.", "banned"),
    ("As a precaution, the mayor banned street markets.", "banned"),
    ("The governor banned street markets on Monday.", "banned"),
])
def test_an_act_without_an_office_frame_before_it_stays_current(pipeline: newsprism.Pipeline, text: str,
                                                                 word: str) -> None:
    event = with_word(_read(pipeline, text), word)
    assert event is not None and event.time_relation == "current", _types(_read(pipeline, text))


@pytest.mark.parametrize("text, first_word, again_word", [
    ("On Sunday a man walked into a station in Darnow and began to attack commuters. He injured a guard and "
     "a cleaner on the platform.", "attack", "injured"),
    ("Gunmen attacked a border checkpoint near Brenholt on Monday. They killed two customs officers.",
     "attacked", "killed"),
    # counted victims are named parties to the actors stage: the toll is still the act's (not a new party)
    ("On Sunday a man walked into a station in Darnow and began to attack commuters. He injured a driver and "
     "four passengers.",
     "attack", "injured"),
])
def test_a_toll_told_in_the_next_sentence_by_the_same_actor_is_linked(pipeline: newsprism.Pipeline, text: str,
                                                                      first_word: str, again_word: str) -> None:
    article = _read(pipeline, text)
    first, again = with_word(article, first_word), with_word(article, again_word)
    assert first is not None and again is not None and again.same_as == first.id, _types(article)


@pytest.mark.parametrize("text, word", [
    ("A man stabbed two people in Darnow on Sunday. The next day, in Brenholt, he injured a guard.", "injured"),
    ("Rebels attacked a convoy near Brenholt on Monday. Soldiers killed four rebels in the hills.", "killed"),
    ("Rebels shelled the town of Ardmoor. The mayor said the army was to blame. They killed three soldiers.", "killed"),
    ("Police arrested a man in Darnow on Monday. They arrested a second man on Tuesday.", "arrested"),
    ("Police arrested a man in Darnow on Monday. They arrested two students and a teacher.", "arrested"),  # guard
])
def test_another_actor_time_or_sentence_keeps_the_toll_apart(pipeline: newsprism.Pipeline, text: str,
                                                              word: str) -> None:
    later = [e for e in _read(pipeline, text).events if word in e.trigger.text.split()][-1]
    assert later.same_as is None
