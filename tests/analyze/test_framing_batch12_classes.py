"""Batch 12's general classes (issue #6, F15; batch 12 of the real outlet pages is in-sample for them).

Precision (lexicons/plain_en.toml, framing/plain.py):

- a figurative **verb of description said of a thing** (*vents spew plumes*, *a hatchback boasting a touchscreen*)
  judges no one's conduct; said of people, a named body or with a loaded object it keeps its reading;
- a **negated verdict** (*isn't awful*, *not a bad choice*) carries no judgement of the writer's; the additive
  *not just* keeps it;
- the **direction of an effect** (*negatively affected margins*) is a measure, not blame.

Recall as lexicon data, plain senses kept out (lexicons/framing_en.toml): a tabloid's **epithets for a disease**
(*the killer virus*; the writer's even inside a report: framing/stage.py), a motive imputed (*self-serving*),
**promotional boilerplate** (*the
best of both worlds*, *the only truly ... platform*), a verdict of decline (*a big step down*), the insinuating
*for whatever reason* (plain in a condition or a relative clause); **stance verbs** newsprism did not read
(*disputed*, *confirmed*, *reported*, *attributed*, *highlight*, *promised* with a speaker as subject, *asked ...
about*; framing/stance.py).

Every sentence is written for newsprism in other words than the pages. Each plain case of the precision tests was
flagged before this round and each loaded or reported one of the recall and stance tests was missed (19 fail on the
tree before it); the rest are guards that a rule does not reach too far (they pass either way).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from framing_helpers import author, evidence

from newsprism.model import Article

Analyze = Callable[[str], Article]
LOADED = "Loaded Language"
DOUBT = "Doubt"
EXAGGERATION = "Exaggeration/Minimisation"


def _attributions(article: Article) -> dict[str, str]:
    assert article.framing is not None
    return {a.lemma: a.stance for a in article.framing.attributions}


# --- precision --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Near the south pole of the ice moon, vents spew plumes of water vapour into space.",
    "The estate is the only one in the valley boasting a working water mill.",
])
def test_a_verb_of_description_said_of_a_thing_is_plain(analyze_text: Analyze, text: str) -> None:
    assert author(analyze_text(text)) == []


@pytest.mark.parametrize(("text", "word"), [
    ("At the rally the senator spewed insults at the reporters.", "spewed"),
    ("The channel spews hatred at migrants every night.", "spews"),
])
def test_the_same_verb_of_people_or_with_a_loaded_object_still_flags(analyze_text: Analyze, text: str,
                                                                     word: str) -> None:
    assert word in evidence(analyze_text(text))


@pytest.mark.parametrize("text", [
    "Playing the port at medium settings isn't awful, and the load times are short.",
    "For a first bicycle, the cheaper frame is not a terrible choice.",
])
def test_a_negated_verdict_is_no_loaded_language(analyze_text: Analyze, text: str) -> None:
    assert author(analyze_text(text)) == []


@pytest.mark.parametrize(("text", "word"), [
    ("The port is awful, and the load times are long.", "awful"),
    ("The plan is not just awful but dangerous for the tenants.", "awful"),
])
def test_a_verdict_asserted_still_flags(analyze_text: Analyze, text: str, word: str) -> None:
    assert word in evidence(analyze_text(text))


def test_the_direction_of_an_effect_is_a_measure(analyze_text: Analyze) -> None:
    assert author(analyze_text("The weaker currency has positively impacted exporters' profits this year.")) == []


# --- recall -----------------------------------------------------------------------------------------------------


def test_a_tabloids_disease_epithet_is_the_writers_even_inside_a_report(analyze_text: Analyze) -> None:
    article = analyze_text("A goat farmer has caught the killer virus after skinning a sick animal, say doctors.")
    assert "killer virus" in evidence(article, LOADED)


@pytest.mark.parametrize("text", [
    "Doctors said the fever is deadly if it is not treated within two days.",
    "Archaeologists found a medieval plague pit under the car park.",
])
def test_a_disease_named_as_such_is_plain(analyze_text: Analyze, text: str) -> None:
    assert author(analyze_text(text)) == []


@pytest.mark.parametrize(("text", "technique", "phrase"), [
    ("The new lease gives small shops the best of both worlds.", LOADED, "the best of both worlds"),
    ("Medibill offers the only truly automated billing platform for rural clinics.", EXAGGERATION,
     "the only truly automated billing platform"),
])
def test_promotional_boilerplate_in_the_writers_voice_flags(analyze_text: Analyze, text: str, technique: str,
                                                            phrase: str) -> None:
    assert phrase in evidence(analyze_text(text), technique)


def test_a_motive_imputed_is_loaded_and_in_a_quotation_the_speakers(analyze_text: Analyze) -> None:
    assert "self-serving" in evidence(analyze_text("The mayor's self-serving audit cleared his own office."))
    quoted = analyze_text('"These complaints are self-serving and not credible," Mara Lind said.')
    assert author(quoted) == []
    assert any(e.text == "self-serving" for f in quoted.frames for e in f.evidence)


def test_the_only_one_of_a_kind_that_is_a_fact_is_plain(analyze_text: Analyze) -> None:
    assert author(analyze_text("She is the only fully qualified midwife on the island.")) == []


def test_a_verdict_of_decline_flags_and_the_verb_does_not(analyze_text: Analyze) -> None:
    assert any("step down" in e for e in evidence(analyze_text("The sequel is a big step down from the original.")))
    assert author(analyze_text("The chairman will step down in May after ten years.")) == []


def test_for_whatever_reason_insinuates_of_an_actors_conduct(analyze_text: Analyze) -> None:
    article = analyze_text("The council approved the budget, and for whatever reason, the audit never happened.")
    assert "for whatever reason" in evidence(article, DOUBT)


@pytest.mark.parametrize("text", [
    "If, for whatever reason, the train is cancelled, the ticket is refunded.",
    "Students who for whatever reason miss the exam may sit it in June.",
])
def test_for_whatever_reason_in_a_condition_or_a_relative_clause_is_plain(analyze_text: Analyze, text: str) -> None:
    assert author(analyze_text(text)) == []


# --- stance -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "lemma"), [
    ("The mayor disputed the claim that the budget was short.", "dispute"),
    ("The water board confirmed the closure in a statement.", "confirm"),
    ("The regional health authority reported two new cases on Monday.", "report"),
    ("The analyst attributed the slump to weak demand for steel.", "attribute"),
    ("Rising debt is a risk that economists highlight.", "highlight"),
    ("The ferry company promised more sailings, and none came.", "promise"),
    ("The timetable fell short of the service the company promised.", "promise"),
    ("The committee chair asked the witness about the missing files.", "ask"),
])
def test_a_reporting_verb_with_its_report_as_object_is_a_neutral_attribution(analyze_text: Analyze, text: str,
                                                                             lemma: str) -> None:
    assert _attributions(analyze_text(text)).get(lemma) == "neutral"


@pytest.mark.parametrize(("text", "lemma"), [
    ("The festival will highlight local painters this year.", "highlight"),
    ("The new figures confirm the trend of the last decade.", "confirm"),
    ("The suspect was reported to police by a neighbour.", "report"),
    ("After a long hearing the upper house confirmed him on Friday.", "confirm"),
    ("Reusers must attribute the photographer by name.", "attribute"),
    ("Vets should always ask about the animal's diet.", "ask"),
    ("Two new cases were reported in the north on Monday.", "report"),
])
def test_no_speaker_no_attribution(analyze_text: Analyze, text: str, lemma: str) -> None:
    assert lemma not in _attributions(analyze_text(text))
