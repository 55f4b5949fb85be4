"""Word senses the object decides (issue #5): *cut rates* is no sanction, *released a video* no
release of prisoners, *attacked the budget* a criticism, *struck a deal* an agreement. Invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprism.model import Article

pytestmark = pytest.mark.slow

Analyze = Callable[[str], Article]


@pytest.mark.parametrize("text", [
    "The central bank cut interest rates on Tuesday.",
    "The army released a video of the operation.",
    "The team beat its rivals in the final.",
    "The government is fighting corruption in the ministries.",
    "Authorities shut the site down in March 2018.",
    "The navy released data on the lost submarines.",
    "The former senator died in Washington on Monday.",
    "Three of the users pleaded guilty.",
    "The ambassador wrote that we must always stand by our allies.",
    "The storm hit the islands as a tropical storm.",
])
def test_everyday_senses_are_not_events(analyze_text: Analyze, text: str) -> None:
    assert [(e.type, e.trigger.text) for e in analyze_text(text).events] == []


@pytest.mark.parametrize(("text", "kind", "recipient"), [
    ("The opposition attacked the government's budget.", "ACCUSE", "government"),
    ("Police released 20 protesters.", "RETREAT", "20 protesters"),
    ("The rebels struck a deal with the government.", "AGREE", "government"),
])
def test_the_object_picks_the_event_type(analyze_text: Analyze, text: str, kind: str, recipient: str) -> None:
    events = analyze_text(text).events
    assert [e.type for e in events] == [kind]
    assert [p.span.text for p in events[0].recipients] == [recipient]


@pytest.mark.parametrize("text", [
    "Diplomats grew tired of the government's maneuvers at the talks.",
    "The ministry called the consultation a public-relations exercise.",
    "Schools held a fire drill on Monday.",
    "Economists warned of a recession next year.",
    "The mayor tried to reassure residents while warning them of what lies ahead.",
    "Health officials cautioned residents about the risk of flooding.",
    "The chief justice swore in the new cabinet on Monday.",
])
def test_maneuvers_drills_and_warnings_of_danger_need_their_event_sense(analyze_text: Analyze, text: str) -> None:
    assert [(e.type, e.trigger.text) for e in analyze_text(text).events] == []


@pytest.mark.parametrize(("text", "kind"), [
    ("The navy conducted manoeuvres in the strait.", "MOBILIZE"),
    ("Norway began large drills near the border on Monday.", "MOBILIZE"),
    ("The army held exercises in the north.", "MOBILIZE"),
    ("Veldoria warned its neighbour of consequences if the dam was built.", "THREATEN"),
    ("The coalition warned the rebels against any further advance.", "THREATEN"),
    ("The rebels swore to avenge their commander.", "THREATEN"),
])
def test_military_exercises_and_warnings_of_action_stay_events(analyze_text: Analyze, text: str, kind: str) -> None:
    assert kind in [e.type for e in analyze_text(text).events]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The tropical storm was downgraded to a depression overnight.", None),
        ("The ministry withheld the names of the victims until their families were told.", None),
        ("Estonia downgraded its diplomatic ties with Minsk on Tuesday.", "SANCTION"),
        ("The donors withheld budget aid from the government after the coup.", "SANCTION"),
        ("The minister offered no explanation for the delay.", None),
        ("The rebels offered a truce on Monday.", "AGREE"),
    ],
)
def test_verbs_that_need_a_kind_of_object_to_be_events(analyze_text: Analyze, text: str, kind: str | None) -> None:
    """*downgrade*, *withhold*, *offer* are PLOVER events only of relations, aid, money, talks (``object_senses``)."""
    kinds = [e.type for e in analyze_text(text).events]
    assert kinds == ([] if kind is None else [kind]) or (kind is not None and kind in kinds)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Opposition lawmakers attacked the health minister over the hospital closures.", "ACCUSE"),
        ("Armed men attacked the health minister's convoy near the border.", "ASSAULT"),
    ],
)
def test_who_attacks_decides_words_or_force(analyze_text: Analyze, text: str, kind: str) -> None:
    assert [e.type for e in analyze_text(text).events][:1] == [kind]


def test_swapping_prisoners_releases_them(analyze_text: Analyze) -> None:
    """A prisoner swap is a release (PLOVER RETREAT release); swapping views is talk."""
    event = analyze_text("The militia swapped four captured soldiers for six of its fighters.").events[0]
    assert (event.type, event.mode) == ("RETREAT", "release")
    assert [e.type for e in analyze_text("The envoys swapped notes on the harvest.").events] != ["RETREAT"]


@pytest.mark.parametrize(
    "text",
    [
        "Workers removed a statue of Ulysses S. Grant on Friday.",
        "The Harbour Street Occupied Kitchen opened on June 8.",
    ],
)
def test_a_word_inside_a_name_is_no_trigger(analyze_text: Analyze, text: str) -> None:
    """*Grant* in a person's name is no AID, *Occupied* in a name no COERCE."""
    assert not [e for e in analyze_text(text).events if e.trigger.text in {"Grant", "Occupied", "Kitchen"}]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Labour beat the sitting mayor by nine points in the by-election.", None),
        ("The visitors beat the home side in the cup final on Sunday.", None),
        ("Thousands of voters signed up for postal ballots this week.", None),
        ("The senator seized on the report to attack the budget.", None),
        ("Guards beat up two inmates in the prison yard, a report found.", "ASSAULT"),
        ("The champion rallied to beat the qualifier 4-6, 6-3, 7-5 in the third set.", None),
    ],
)
def test_contest_and_phrasal_senses_are_no_events(analyze_text: Analyze, text: str, kind: str | None) -> None:
    """*beat a rival in an election*, *signed up*, *seized on*: no PLOVER event (``sense_blockers``);
    *beat up* inmates still is."""
    words = ("beat", "sign", "seiz", "rall")
    kinds = [e.type for e in analyze_text(text).events if e.trigger.text.lower().startswith(words)]
    assert kinds == ([] if kind is None else [kind])
