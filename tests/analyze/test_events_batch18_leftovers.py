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
from event_helpers import read_on, types_of, with_word

import newsprism

pytestmark = pytest.mark.slow

_read = read_on("2034-09-22")


@pytest.mark.parametrize("text", [
    pytest.param("Would you ask the council to ban the march?", id="rule-question-would-you"),
    pytest.param("Will you sanction the ministry?", id="rule-question-will-you"),
    pytest.param("Have you met the Sundria envoy since the election?", id="rule-question-have-you"),
    pytest.param("Mr Ostra, would you negotiate with the rebels if they laid down their arms?",
                 id="rule-question-vocative-conditional"),
    pytest.param("How do you plan to support the dock workers?", id="rule-question-how-will-it-be-done"),
])
def test_a_question_put_to_an_addressee_is_no_act(pipeline: newsprism.Pipeline, text: str) -> None:
    article = _read(pipeline, text)
    assert not article.events, types_of(article)


@pytest.mark.parametrize("text, word", [
    pytest.param("Why did the army attack the village of Tarvo?", "attack", id="guard-why-presupposed"),
    pytest.param("What would you do about the protesters who blocked the road?", "blocked",
                 id="guard-relative-clause-told"),
    pytest.param("You asked the council to ban the march.", "asked", id="guard-statement-not-question"),
    pytest.param("Police arrested two protesters on Monday. Would the march go ahead?", "arrested",
                 id="guard-sentence-before-question"),
    # a question about why or when a past act was done keeps the act
    pytest.param("Why did you quit the Tarvo Party?", "quit", id="guard-why-did-you"),
    pytest.param("When did you meet the Sundria envoy?", "meet", id="guard-when-did-you"),
    pytest.param("You ran for the council in 2030. Mr Ostra, why did you quit the Tarvo Party?", "quit",
                 id="guard-why-did-you-vocative"),
])
def test_acts_told_or_presupposed_beside_a_question_stay(pipeline: newsprism.Pipeline, text: str,
                                                         word: str) -> None:
    article = _read(pipeline, text)
    assert with_word(article, word) is not None, types_of(article)


@pytest.mark.parametrize("text, consult", [
    pytest.param("In her new book, she discusses her years as a glassblower.", False, id="rule-solo-discusses"),
    pytest.param("In the lecture, the minister discussed the history of the port.", False, id="rule-solo-lecture"),
    pytest.param("Anna Berrow discussed her childhood in Darnow.", False, id="rule-solo-named"),
    pytest.param("Marren discussed the border with the Sundria envoy on Monday.", True, id="guard-discussed-with"),
    pytest.param("The two leaders discussed the ceasefire.", True, id="guard-plural-subject"),
    pytest.param("Marren and the envoy discussed the border.", True, id="guard-coordinated-subject"),
    pytest.param("The envoys met on Monday and discussed the border.", True, id="guard-after-met"),
    pytest.param("At the summit, she discussed the border.", True, id="guard-at-a-meeting"),
])
def test_one_person_discussing_a_topic_is_no_consultation(pipeline: newsprism.Pipeline, text: str,
                                                          consult: bool) -> None:
    article = _read(pipeline, text)
    assert bool([e for e in article.events if e.type == "CONSULT"]) == consult, types_of(article)


@pytest.mark.parametrize("text, word, relation", [
    pytest.param("As transport minister, Varo Delk banned night flights over the capital.", "banned", "historical",
                 id="rule-as-office-before"),
    pytest.param("As mayor, she banned street markets and closed the port.", "banned", "historical",
                 id="rule-as-office-before-pronoun"),
    pytest.param("The former governor, who in office signed a pact with the unions, is now running for the Senate.",
                 "signed", "historical", id="rule-in-office"),
    pytest.param("Varo Delk banned night flights over the capital as transport minister.", "banned", "current",
                 id="guard-office-after-the-verb"),
    pytest.param("As a precaution, the mayor banned street markets.", "banned", "current", id="guard-as-no-office"),
    pytest.param("The governor banned street markets on Monday.", "banned", "current", id="guard-no-frame"),
])
def test_an_act_framed_by_an_office_is_the_record(pipeline: newsprism.Pipeline, text: str, word: str,
                                                  relation: str) -> None:
    article = _read(pipeline, text)
    event = with_word(article, word)
    assert event is not None and event.time_relation == relation, types_of(article)


@pytest.mark.parametrize("text, first_word, again_word", [
    pytest.param("On Sunday a man walked into a station in Darnow and began to attack commuters. He injured a guard "
                 "and a cleaner on the platform.", "attack", "injured", id="rule-toll-next-sentence-he"),
    pytest.param("Gunmen attacked a border checkpoint near Brenholt on Monday. They killed two customs officers.",
                 "attacked", "killed", id="rule-toll-next-sentence-they"),
    # counted victims are named parties to the actors stage: the toll is still the act's (not a new party)
    pytest.param("On Sunday a man walked into a station in Darnow and began to attack commuters. He injured a "
                 "driver and four passengers.", "attack", "injured", id="rule-toll-next-sentence-counted-victims"),
])
def test_a_toll_told_in_the_next_sentence_by_the_same_actor_is_linked(pipeline: newsprism.Pipeline, text: str,
                                                                      first_word: str, again_word: str) -> None:
    article = _read(pipeline, text)
    first, again = with_word(article, first_word), with_word(article, again_word)
    assert first is not None and again is not None and again.same_as == first.id, types_of(article)


# Guards of the toll rule above: each passes without it too (checked on the round's starting code).
@pytest.mark.parametrize("text, word", [
    pytest.param("A man stabbed two people in Darnow on Sunday. The next day, in Brenholt, he injured a guard.",
                 "injured", id="guard-toll-apart-own-time-and-place"),
    pytest.param("Rebels attacked a convoy near Brenholt on Monday. Soldiers killed four rebels in the hills.",
                 "killed", id="guard-toll-apart-another-actor"),
    pytest.param("Rebels shelled the town of Ardmoor. The mayor said the army was to blame. They killed three "
                 "soldiers.", "killed", id="guard-toll-apart-not-the-next-sentence"),
    pytest.param("Police arrested a man in Darnow on Monday. They arrested a second man on Tuesday.", "arrested",
                 id="guard-toll-apart-own-date"),
    pytest.param("Police arrested a man in Darnow on Monday. They arrested two students and a teacher.", "arrested",
                 id="guard-toll-apart-no-toll-verb"),
])
def test_another_actor_time_or_sentence_keeps_the_toll_apart(pipeline: newsprism.Pipeline, text: str,
                                                              word: str) -> None:
    later = [e for e in _read(pipeline, text).events if word in e.trigger.text.split()][-1]
    assert later.same_as is None
