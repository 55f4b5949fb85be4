"""Precision classes from the Wikinews half of events_articles batches 1-6 (issue #5, E10): clauses
and senses that tell no act. A conveyance read as a visit, a habitual present, the event noun a
stated power would bring about, a patient moved on the way to care, endurance promised (*get
through*), a chamber suspended, a recording captured, a word of a fixed expression, measures
announced, a cardiac arrest, a threat that is a danger. Invented sentences (none from the
benchmark's articles); each no-event case fails without its rule or data entry, and the kept
cases guard against the rule reaching too far."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, read_dated

import newsprism
from newsprism.model import Article


def _read(pipeline: newsprism.Pipeline, text: str) -> Article:
    return read_dated(pipeline, text, "2027-03-10")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger"), [
    # a travel verb with an object carries it: no visit by its subject (conveyance_verbs)
    ("The army flew troops to the border region.", "flew"),
    ("The charter company flies miners and equipment to the northern fields.", "flies"),
    # a simple present with a habitual adverbial (habitual_adverbs, every/each + habitual_units)
    ("Rebels attack the convoys on the northern road every week.", "attack"),
    ("Militants regularly shell the villages near the border.", "shell"),
    ("Police arrest dozens of protesters every weekend in the capital.", "arrest"),
    # the event noun a stated power would bring about (courts may order ...)
    ("Judges may order the detention of suspects for up to 48 hours.", "detention"),
    # a patient moved on the way to care: the move coordinated with the transfer to a hospital
    ("Opposition leader Oren Vask was airlifted from Sorin to Berlin and transferred to a hospital there.",
     "airlifted"),
    # endurance promised, no act (sense_blockers: get through)
    ("We will get through this together, the mayor said.", "get"),
    # a chamber suspended (procedure_objects)
    ("The assembly was suspended after the speaker's death.", "suspended"),
    # a recording captured or shot (recording_verbs + recording_nouns)
    ("Security cameras captured the gunmen entering the building.", "captured"),
    ("Tourists captured video of the crash on their phones.", "captured"),
    # a word of a fixed expression (fixed_expressions)
    ("The senator backed a tax on banks, as opposed to a tax on wages.", "opposed"),
    ("We will never take your support for granted.", "granted"),
    # announcing measures threatens no one, announcing plans agrees to nothing; a cardiac arrest is no arrest
    ("The ministry announced new measures to slow the spread of the virus.", "announced"),
    ("The mining firms announced plans to leave the region by the end of the year.", "announced"),
    ("The former minister died of a cardiac arrest at his home.", "arrest"),
    # a danger named, not a threat made (danger_nouns + danger_preps)
    ("There is an increased threat to crowds at concerts, police said.", "threat"),
    ("A serious threat to the ruling coalition appeared in 2015 in the shape of a farmers' party.", "threat"),
])
def test_no_act(pipeline: newsprism.Pipeline, text: str, trigger: str) -> None:
    article = _read(pipeline, text)
    assert by_trigger(article, trigger) is None, [(e.type, e.trigger.text) for e in article.events]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "kind"), [
    # the traveller's own visit, and material flown, keep their readings
    ("The president flew to Paris for talks with the French leader.", "flew", "CONSULT"),
    ("The air force flew aid to the flooded province.", "flew", "AID"),
    # a past act, and a headline's present, are acts
    ("Rebels attacked the convoy on Tuesday.", "attacked", "ASSAULT"),
    ("Police arrested 40 protesters on Monday.", "arrested", "COERCE"),
    # a capture of people or places, a shooting of a person, an opposition stated, an arrest
    ("Rebels captured the town of Darel on Sunday.", "captured", "ASSAULT"),
    ("Police shot a protester in the leg during the march.", "shot", "ASSAULT"),
    ("Two legislators opposed the bill in a letter to the speaker.", "opposed", "REJECT"),
    ("Police announced the arrest of two suspects on Friday.", "arrest", "COERCE"),
    # the plan's own act keeps its reading
    ("Kelmar announced plans to hold talks with Oravia next month.", "hold", "AGREE"),
    # threats made or received stay threats
    ("The rebels made threats to kill the hostages.", "made", "THREATEN"),
    ("Journalists have received threats from the militia.", "threats", "THREATEN"),  # the noun: E25
    ("The armed group said the deployment was a threat to its villages.", "threat", "THREATEN"),
    # a party suspending the chamber acts on it
    ("The queen suspended parliament for five weeks at the prime minister's request.", "suspended", "SANCTION"),
    # a power used by a named court is an act
    ("The court ordered the release of the two journalists on Monday.", "release", "RETREAT"),
])
def test_acts_kept(pipeline: newsprism.Pipeline, text: str, trigger: str, kind: str) -> None:
    event = by_trigger(_read(pipeline, text), trigger)
    assert event is not None and event.type == kind, event
