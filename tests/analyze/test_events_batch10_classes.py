"""Error classes events_articles batch 10 showed in its first run (issue #5; batch 10 is in-sample for
them from the E14 round on): a chamber's own sitting read as a meeting, a demand list told with
*include* read as the acts demanded, a bill suspended in an agentless passive dropped, a court
blocking an act read as a protest, verbs inside what a bill would allow read as acts, fighting *for*
a cause read as violence, a march moving along its route read as a concession, and troops returning
to their bases missed. Invented
sentences (none from the benchmark's articles); 15 of the 31 cases fail on the round's starting code
(each rule has at least one), the rest guard the readings each rule must leave alone."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, read_dated

import newsprism
from newsprism.analyze.events.extract import find_candidates
from newsprism.analyze.events.lexicon import load_lexicon
from newsprism.analyze.events.nouns import requested_act
from newsprism.model import Article

pytestmark = pytest.mark.slow


def _read(pipeline: newsprism.Pipeline, text: str, published: str = "2028-09-14") -> Article:
    return read_dated(pipeline, text, published)


def _events(article: Article) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in article.events]


def _candidate_heads(pipeline: newsprism.Pipeline, text: str) -> list[str]:
    """The head words the candidate step takes as triggers. The no-event rules act there; a later
    step (no actor, too little evidence) drops some of these cases anyway, so only an assertion
    here fails when the rule is switched off."""
    return [c.head.text for c in find_candidates(pipeline.nlp(text), load_lexicon("en"))]


@pytest.mark.parametrize(("text", "verb"), [
    # sitting_verbs with a sitting_bodies subject (or *it*), no object, no *with* party
    ("The upper chamber was due to meet on Thursday, but the speaker said it would meet on Tuesday.", "meet"),
    ("The supreme court is scheduled to convene next week.", "convene"),
    ("The regional assembly will reconvene after the holiday.", "reconvene"),
])
def test_a_body_sitting_as_itself_is_no_meeting(pipeline: newsprism.Pipeline, text: str, verb: str) -> None:
    article = _read(pipeline, text)
    assert by_trigger(article, verb) is None, _events(article)


@pytest.mark.parametrize(("text", "verb"), [
    ("The supreme court is scheduled to convene next week.", "convene"),
    # with the rule off this one still ends with no event (a later step drops it): only here can it fail
    ("The regional assembly will reconvene after the holiday.", "reconvene"),
])
def test_a_body_sitting_as_itself_gives_no_candidate(pipeline: newsprism.Pipeline, text: str, verb: str) -> None:
    assert verb not in _candidate_heads(pipeline, text)  # no CONSULT candidate: nonacts.sitting dropped it


@pytest.mark.parametrize("text", [
    "The foreign minister will meet her Tarvish counterpart on Friday.",
    "The council will meet with the striking dockers on Friday.",
    "The two leaders met in Geneva on Monday.",
])
def test_a_meeting_between_parties_stays(pipeline: newsprism.Pipeline, text: str) -> None:
    article = _read(pipeline, text)
    event = next((e for e in article.events if e.trigger.text.split()[0] in {"meet", "met"}), None)
    assert event is not None and event.type in {"CONSULT", "AGREE"}, _events(article)


@pytest.mark.parametrize(("text", "act"), [
    # the object or attribute of a request_content_links verb whose subject is a request noun
    ("Their demands include the release of detained students and an inquiry into the shootings.", "release"),
    ("The strikers' main demand is the release of the union's treasurer.", "release"),
    # a conjunct of the listed content (*return* has no event-noun reading of its own today: only the
    # rule's own decision, asserted below, can fail for it)
    ("The miners' demands include the dismissal of the mine director and the return of seized equipment.", "return"),
])
def test_what_a_demand_list_names_is_no_event(pipeline: newsprism.Pipeline, text: str, act: str) -> None:
    article = _read(pipeline, text)
    assert by_trigger(article, act) is None, _events(article)
    noun = next(t for t in pipeline.nlp(text) if t.text == act)
    assert requested_act(noun, load_lexicon("en"))  # the rule reads the noun as the demand's content
    assert act not in _candidate_heads(pipeline, text)


def test_a_release_included_in_a_deal_is_still_told(pipeline: newsprism.Pipeline) -> None:
    # a deal's terms are not a demand: the linking verb alone does not make the content a request
    article = _read(pipeline, "The rebels released twelve hostages on Monday.")
    event = by_trigger(article, "released")
    assert event is not None and event.type == "RETREAT", _events(article)


@pytest.mark.parametrize(("text", "verb"), [
    ("The reform was suspended after a month of strikes.", "suspended"),
    ("The draft law was withdrawn after the protests.", "withdrawn"),
    ("The cabinet suspended the pension bill on Tuesday.", "suspended"),
])
def test_a_text_retracted_is_a_concession(pipeline: newsprism.Pipeline, text: str, verb: str) -> None:
    article = _read(pipeline, text)
    event = next((e for e in article.events if verb in e.trigger.text.split()), None)
    assert event is not None and event.type == "CONCEDE", _events(article)


def test_a_text_asked_to_be_dropped_is_no_concession(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "Teachers' unions called for the reform to be dropped.")
    assert by_trigger(article, "dropped") is None, _events(article)


@pytest.mark.parametrize("text", [
    "All tropical storm warnings were lifted on Monday.",
    "The request for more time was accepted.",
])
def test_other_things_lifted_or_accepted_are_no_concession(pipeline: newsprism.Pipeline, text: str) -> None:
    # only a text, a restriction or an acquittal makes an agentless passive a concession
    article = _read(pipeline, text)
    assert not any(e.type == "CONCEDE" for e in article.events), _events(article)


def test_suspended_talks_stay_a_sanction(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "Officials suspended the trade talks with Norland.")
    event = next((e for e in article.events if "suspended" in e.trigger.text.split()), None)
    assert event is not None and event.type == "SANCTION", _events(article)


@pytest.mark.parametrize("text", [
    "A regional court blocked the deportation of the activist on Monday.",
    "The judge blocked the sale of the state airline.",
])
def test_blocking_an_act_is_a_rejection(pipeline: newsprism.Pipeline, text: str) -> None:
    event = by_trigger(_read(pipeline, text), "blocked")
    assert event is not None and event.type == "REJECT", text


def test_blocking_a_road_stays_a_protest(pipeline: newsprism.Pipeline) -> None:
    event = by_trigger(_read(pipeline, "Farmers blocked the main road into the capital."), "blocked")
    assert event is not None and event.type == "PROTEST"


@pytest.mark.parametrize(("text", "verb"), [
    # a verb inside the complement of a provision_verbs verb whose subject is a proposal or text
    ("The proposal would allow officials visiting the islands to be searched.", "visiting"),
    ("The draft law would let police detain anyone meeting foreign journalists.", "meeting"),
])
def test_what_a_bill_would_allow_is_no_act(pipeline: newsprism.Pipeline, text: str, verb: str) -> None:
    article = _read(pipeline, text)
    assert by_trigger(article, verb) is None, _events(article)


@pytest.mark.parametrize(("text", "verb"), [
    ("She spent two decades fighting for the rights of miners.", "fighting"),
    ("The union has been fighting for higher wages since March.", "fighting"),
    ("Activists are battling against the new dam.", "battling"),
])
def test_fighting_for_a_cause_is_no_assault(pipeline: newsprism.Pipeline, text: str, verb: str) -> None:
    article = _read(pipeline, text)
    assert by_trigger(article, verb) is None, _events(article)
    assert verb not in _candidate_heads(pipeline, text)  # no ASSAULT candidate: nonacts.cause_struggle dropped it


@pytest.mark.parametrize("text", [
    "Rebels were fighting government troops near the border.",
    "Troops fought for control of the river port on Sunday.",
])
def test_fighting_a_party_or_a_war_stays_an_assault(pipeline: newsprism.Pipeline, text: str) -> None:
    article = _read(pipeline, text)
    event = next((e for e in article.events if e.trigger.text.split()[0] in {"fighting", "fought"}), None)
    assert event is not None and event.type == "ASSAULT", _events(article)


def test_a_march_moving_along_its_route_is_no_act(pipeline: newsprism.Pipeline) -> None:
    text = "The protest began outside the town hall but later moved a few blocks to the central station."
    article = _read(pipeline, text)
    assert by_trigger(article, "moved") is None, _events(article)


@pytest.mark.parametrize(("text", "kind"), [
    # verb + preposition + object phrases: troops going back to base withdraw (PLOVER RETREAT); told as a
    # promise, the manual codes the announced retreat CONCEDE
    ("The soldiers returned to their barracks on Friday.", "RETREAT"),
    ("The ministry said the troops would return to their bases by the end of the month.", "CONCEDE"),
])
def test_troops_returning_to_base_withdraw(pipeline: newsprism.Pipeline, text: str, kind: str) -> None:
    article = _read(pipeline, text)
    event = next((e for e in article.events if e.trigger.text.split()[0] in {"returned", "return"}), None)
    assert event is not None and event.type == kind, _events(article)


def test_returning_to_work_is_no_withdrawal(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "The dock workers returned to work on Monday.")
    assert not any(e.type == "RETREAT" for e in article.events), _events(article)
