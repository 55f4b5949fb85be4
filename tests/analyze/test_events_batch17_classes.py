"""Error classes events_articles batch 17 showed at its first run (issue #5, E26; batch 17 is in-sample for
them). Invented sentences (none from the benchmark's articles); each rule has cases that fail on the round's
starting code, the rest guard the readings it must leave alone.

- a set told in parts: a lede's counted or collective plural act (*issued nine pardons*, *a wave of arrests*)
  and a later act of the same word that itemises it (*granted X a full pardon*, *officers arrested Y*) are one
  real-world event told in parts: the item's ``same_as`` points at the set (the benchmark's labels put the
  items in the lede's group); a bare plural (*has granted pardons before*) names no counted set;
- a toll told in reference: a verb whose prepositional object is a definite event noun of its own type
  (*nine travellers were killed in the attack*) refers back to that act, as the noun alone would; an
  indefinite or marked-new noun (*in a separate attack*) does not.
"""

from __future__ import annotations

import pytest
from event_helpers import read_on, types_of
from event_helpers import with_word as _with_word

import newsprism

pytestmark = pytest.mark.slow

_read = read_on("2034-09-22")


_CLEMENCY = ("On Friday, Governor Ilka Marren of Tarvo issued nine pardons and two commutations before leaving "
             "office.\n\n"
             "Marren granted Tobias Wend, a former harbour inspector, a full pardon. Wend was fined for "
             "falsifying cargo records.\n\n"
             "Marren granted Odile Prast a full and unconditional pardon.")


def test_itemised_pardons_link_to_the_counted_set(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, _CLEMENCY)
    pardons = _with_word(article, "pardons")
    assert pardons is not None and pardons.type == "CONCEDE"
    grants = [e for e in article.events if e.trigger.text.split()[0] == "granted"]
    assert len(grants) == 2, types_of(article)
    assert all(g.same_as == pardons.id for g in grants), [(g.trigger.text, g.same_as) for g in grants]


def test_bare_plural_is_no_counted_set(pipeline: newsprism.Pipeline) -> None:
    """Guard: *has granted pardons before* names a habit, not a set this article itemises."""
    article = _read(pipeline, "The Tarvo governor has granted pardons to fishermen before, critics said.\n\n"
                              "On Friday the governor granted Odile Prast a full pardon.")
    grant = _with_word(article, "pardon")
    assert grant is not None and grant.same_as is None


def test_wave_of_arrests_itemised(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "Police in Korvel carried out a wave of arrests on Monday.\n\n"
                              "Officers arrested the dockers' leader Dana Vosk at her home.")
    arrests = _with_word(article, "arrests")
    arrested = _with_word(article, "arrested")
    assert arrests is not None and arrested is not None, types_of(article)
    assert arrested.same_as == arrests.id


@pytest.mark.parametrize("text", [
    "Gunmen attacked a bus station in Delro on Sunday, officials said.\n\n"
    "The regional governor said nine travellers were killed in the attack.",
    "Gunmen stormed a bus station in Delro on Sunday.\n\n"
    "Nine travellers were killed in the assault, the regional governor said.",
])
def test_killed_in_the_attack_refers_back(pipeline: newsprism.Pipeline, text: str) -> None:
    article = _read(pipeline, text)
    killed = _with_word(article, "killed")
    assert killed is not None and killed.type == "ASSAULT", types_of(article)
    first = article.events[0]
    assert first.type == "ASSAULT" and first is not killed
    assert killed.same_as == first.id


# Profile time: an undated past act in a paragraph about someone's record (module events/record.py).

@pytest.mark.parametrize("text", [
    "Dorin Halvek was convicted of conspiracy to ship stolen cars across the border and forging a customs seal "
    "in 2019 in the Vell district court.",
    "Halvek was convicted of conspiracy to move untaxed tobacco and altering a shipping manifest in 2019.",
])
def test_year_after_a_charges_wording_dates_the_conviction(pipeline: newsprism.Pipeline, text: str) -> None:
    article = _read(pipeline, text)
    event = _with_word(article, "convicted")
    assert event is not None, types_of(article)
    assert event.date is not None and event.date.value == "2019"
    assert event.time_relation == "historical"


def test_year_inside_a_relative_clause_stays_there(pipeline: newsprism.Pipeline) -> None:
    """Guard: *who fled ... in 2019* is a clause of its own; its year does not date the arrest."""
    article = _read(pipeline, "On Monday police in Vell arrested a smuggler who fled the country in 2019.")
    event = _with_word(article, "arrested")
    assert event is not None and event.time_relation == "current"
    assert event.date is None or event.date.value != "2019"


_RECORD = ("Mira Toller was convicted of bribing customs officers at the port of Vell. She served six years of a "
           "ten-year term before the governor pardoned her on Monday.")


@pytest.mark.parametrize("text, word, relation", [
    pytest.param(_RECORD, "convicted", "historical", id="rule-term-served-later-conviction-background"),
    # the act that ended the term, told in the term's sentence, is the news
    pytest.param(_RECORD, "pardoned", "current", id="guard-term-sentence-act-current"),
    # without a term served (or another signal) an undated conviction is the news
    pytest.param("Mira Toller was convicted of bribing customs officers at the port of Vell. She will appeal, her "
                 "lawyer said.", "convicted", "current", id="guard-no-term-no-background"),
])
def test_term_served_later_makes_the_act_background(pipeline: newsprism.Pipeline, text: str, word: str,
                                                     relation: str) -> None:
    event = _with_word(_read(pipeline, text), word)
    assert event is not None and event.time_relation == relation


def test_a_verb_dated_already_keeps_its_date(pipeline: newsprism.Pipeline) -> None:
    """Guard: a second year after a coordinated object is an elided second act's, not the verb's."""
    article = _read(pipeline, "The report said the Tarvo ministry paid the militia 900 rifles in 2019 and the same "
                              "number in 2020.")
    paid = _with_word(article, "paid")
    assert paid is None or paid.date is None or paid.date.value == "2019"


@pytest.mark.parametrize("text, word", [
    # an indefinite or marked-new event noun introduces another act
    pytest.param("Gunmen attacked a bus station in Delro on Sunday, officials said.\n\n"
                 "Two guards were killed in a separate attack on a checkpoint near Osk.", "killed",
                 id="guard-separate-attack-not-linked"),
    # only a toll verb refers back through *in the X*; *agreed in the talks* is an act of its own
    pytest.param("The Tarvo and Osk envoys held talks in Vell on Monday.\n\n"
                 "Officials said the envoys agreed in the talks to reopen the border crossing.", "agreed",
                 id="guard-act-set-in-a-meeting-no-toll"),
])
def test_no_reference_back_without_a_toll_of_a_definite_noun(pipeline: newsprism.Pipeline, text: str,
                                                             word: str) -> None:
    event = _with_word(_read(pipeline, text), word)
    assert event is None or event.same_as is None
