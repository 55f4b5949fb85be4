"""Error classes events_articles batch 4 showed (issue #5): a month of a year named from the paper's
(*in May of last year*), and a second act coordinated after a saying's content (*said the count was
flawed and accused the board*). Invented sentences (none from the benchmark's articles); each test
fails without its rule."""

from __future__ import annotations

from datetime import datetime

import pytest
from event_helpers import by_trigger, read_dated

import newsprism
from newsprism.analyze.events.dates import normalise_date
from newsprism.model import Article

PAPER = datetime(2027, 11, 3)


@pytest.mark.parametrize(("text", "want"), [
    ("May of this year", ("2027-05", "month")),
    ("in May of last year", ("2026-05", "month")),
    ("February 14 of next year", ("2028-02-14", "day")),
    ("on June 2nd, last year", ("2026-06-02", "day")),
    ("April this year", ("2027-04", "month")),
    # unchanged: a year given in figures, a week, a bare relative year
    ("April 2020", ("2020-04", "month")),
    ("last week", None),
])
def test_a_month_of_a_year_named_from_the_paper(text: str, want: tuple[str, str] | None) -> None:
    assert normalise_date(text, PAPER) == want


def _read(pipeline: newsprism.Pipeline, text: str, published: str = "2027-11-03") -> Article:
    return read_dated(pipeline, text, published)


_event = by_trigger


@pytest.mark.slow
def test_a_dated_background_act_of_this_year_is_dated_and_historical(pipeline: newsprism.Pipeline) -> None:
    event = _event(_read(pipeline, "Dock workers protested outside the port in March of this year."), "protested")
    assert event is not None and event.date is not None
    assert (event.date.value, event.time_relation) == ("2027-03", "historical")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "actor"), [
    # The parser hangs the second verb on the reported clause, whose subject cannot act.
    ("The union's leader said the ballot was flawed and accused the board of hiding the results.",
     "accused", "leader"),
    ("A government spokeswoman says the plan is finished and blames the rebels for the delay.",
     "blames", "spokeswoman"),
])
def test_an_act_coordinated_after_a_sayings_content_is_the_speakers(
        pipeline: newsprism.Pipeline, text: str, trigger: str, actor: str) -> None:
    event = _event(_read(pipeline, text), trigger)
    assert event is not None
    assert any(actor in p.span.text.lower() for p in event.actors)


@pytest.mark.slow
def test_a_conjunct_with_its_own_tense_is_not_under_the_first_conjuncts_modal(pipeline: newsprism.Pipeline) -> None:
    text = "The mayor said the recount could still reverse the result and accused the board of bias."
    event = _event(_read(pipeline, text), "accused")
    assert event is not None and event.time_relation == "current"
    # a bare conjunct stays under the modal
    bare = _event(_read(pipeline, "The rebels would storm the town and seize the bridge."), "seize")
    assert bare is not None and bare.time_relation == "hypothetical"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "want"), [
    # PLOVER's manual: crowd-control ASSAULT needs an explicit crowd-control weapon or tactic ...
    ("Officers dispersed the sit-in using pepper spray.", "dispersed", ("ASSAULT", "crowd-control")),
    ("Riot units cleared the square with tear gas on Friday.", "cleared", ("ASSAULT", "crowd-control")),
    # ... without one, a dispersal is a restriction
    ("Officers dispersed the sit-in after an hour.", "dispersed", ("COERCE", "restrict")),
])
def test_a_dispersal_with_a_crowd_control_weapon_is_an_assault(
        pipeline: newsprism.Pipeline, text: str, trigger: str, want: tuple[str, str]) -> None:
    event = _event(_read(pipeline, text), trigger)
    assert event is not None and (event.type, event.mode) == want


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "want"), [
    # reinforcing forces or positions is a troop movement (PLOVER MOBILIZE troops) ...
    ("The navy reinforced its garrison on the island.", "reinforced", "MOBILIZE"),
    ("Extra units arrived overnight to reinforce.", "reinforce", "MOBILIZE"),
    # ... shoring up a structure is no event
    ("Volunteers worked through the night to reinforce the sea wall.", "reinforce", None),
])
def test_reinforcing_is_a_mobilization_only_of_forces_or_positions(
        pipeline: newsprism.Pipeline, text: str, trigger: str, want: str | None) -> None:
    event = _event(_read(pipeline, text), trigger)
    assert (event.type if event is not None else None) == want
