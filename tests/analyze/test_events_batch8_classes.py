"""Error classes events_articles batch 8 showed after its first run (issue #5; batch 8 is in-sample
for them from this round on): a court appearance read as an arrest, a trial faced missed, a
member's vote read as support or rejection, a collision read as an assault, an organiser's
cancelled events read as a sanction. Invented sentences (none from the benchmark's articles);
each test fails without its rule or lexicon entry."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, read_dated

import newsprism
from newsprism.analyze.events.extract import find_candidates
from newsprism.analyze.events.lexicon import load_lexicon
from newsprism.model import Article

pytestmark = pytest.mark.slow


def _read(pipeline: newsprism.Pipeline, text: str, published: str = "2028-06-21") -> Article:
    return read_dated(pipeline, text, published)


@pytest.mark.parametrize(("text", "trigger"), [
    # a court appearance is procedure (CAMEO 173 reads it as an arrest; PLOVER codes acts on a party)
    ("The former minister did not appear in court on Monday.", "appear"),
    # a member's vote on a chamber's text (events/procedure.py roll_call)
    ("Two members of the ruling bloc voted for the second motion but against the first.", "voted"),
    ("Both independents opposed the resolution in the vote.", "opposed"),
    ("The vote split along party lines, with government deputies voting in favour and opposition deputies "
     "opposing.", "opposing"),
    # a collision and its outcome (events/procedure.py accident)
    ("Ivo Marsh was driving a tractor along the ring road and struck a row of parked cars, injuring two "
     "pedestrians.", "struck"),
    ("Ivo Marsh was driving a tractor along the ring road and struck a row of parked cars, injuring two "
     "pedestrians.", "injuring"),
    ("She struck a guard rail last month and flipped her car.", "struck"),
    # an organiser's own events cancelled (procedure_objects)
    ("The festival organisers cancelled the concerts after the storm.", "cancelled"),
])
def test_procedure_or_accident_is_no_event(pipeline: newsprism.Pipeline, text: str, trigger: str) -> None:
    assert by_trigger(_read(pipeline, text), trigger) is None
    # the rules decide at the candidate step; a later step (no actor, too little evidence) drops some of
    # these cases anyway, so only this assertion fails when the rule is switched off
    heads = [c.head.text for c in find_candidates(pipeline.nlp(text), load_lexicon("en"))]
    assert trigger not in heads, heads


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    # the same verbs acting on a party keep their readings
    ("Hungary will support the resolution.", "support", "AGREE"),
    ("The unions opposed the new pension law.", "opposed", "REJECT"),
    ("A rocket struck a bus near the border, injuring six.", "struck", "ASSAULT"),
    ("Israel struck a convoy of trucks near the border.", "struck", "ASSAULT"),
    ("Police struck protesters with batons.", "struck", "ASSAULT"),
])
def test_acts_on_a_party_keep_their_reading(pipeline: newsprism.Pipeline, text: str, trigger: str,
                                             kind: str) -> None:
    event = by_trigger(_read(pipeline, text), trigger)
    assert event is not None and event.type == kind


def test_a_trial_faced_is_a_future_accusation(pipeline: newsprism.Pipeline) -> None:
    # PLOVER ACCUSE: "sue, indict, or charge; bring to trial"; facing trial is being brought to one.
    event = by_trigger(_read(pipeline, "The rebel commander will face trial in the capital."), "face")
    assert event is not None and event.type == "ACCUSE" and event.time_relation == "future"
