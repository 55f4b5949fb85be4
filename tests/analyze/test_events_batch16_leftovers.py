"""Error classes events_articles batch 16 left after the E24 round (issue #5; batch 16 is in-sample for
them). Invented sentences (none from the benchmark's articles); each rule has cases that fail on the
round's starting code, the rest guard the readings it must leave alone.

- a verb of receiving names no act of its subject: in *received death threats* the threat is the act,
  the noun is the trigger and the receiver its recipient (PLOVER codes the threat, not its receipt);
- (a parliament suspended by a party stays SANCTION, as test_events_wikinews_precision guards: PLOVER's
  SANCTION is any reduction of routine relations and its pro-autocracy context names suspending democratic
  institutions; batch 16's label was corrected to an optional SANCTION instead);
- blood or an organ donated is a medical gift, no PLOVER AID between actors (aid donated keeps AID);
- a court's ruling noun (*issued a ruling*) whose finding follows in the next sentence (*The court found X
  unlawful*) is the REJECT's trigger, the finding its content; a finding coordinated after another verb of
  the court's (*heard the appeal and found the closure unlawful*) has the court as its subject.
"""

from __future__ import annotations

import pytest
from event_helpers import read_on, type_with_word
from event_helpers import with_word as _with_word

import newsprism

pytestmark = pytest.mark.slow

_read = read_on("2034-06-14")


@pytest.mark.parametrize("text", [
    "The harbour judge received death threats after the verdict.",
    "Two council members said they had received violent threats over the vote.",
])
def test_received_threats_is_a_threat_on_the_noun(pipeline: newsprism.Pipeline, text: str) -> None:
    article = _read(pipeline, text)
    assert _with_word(article, "received") is None
    event = _with_word(article, "threats")
    assert event is not None and event.type == "THREATEN"
    assert event.recipients, "the receiver is the threat's recipient"


def test_received_warning_from_party(pipeline: newsprism.Pipeline) -> None:
    event = _with_word(_read(pipeline, "The Orvane envoy got a stern warning from the Brask ministry."), "warning")
    assert event is not None and event.type == "THREATEN"
    assert any("ministry" in p.span.text for p in event.actors)
    assert any("envoy" in p.span.text for p in event.recipients)


def test_received_envoy_is_kept(pipeline: newsprism.Pipeline) -> None:
    """Guard: a party received is a visit hosted (CONSULT), read before the receipt rule."""
    event = _with_word(_read(pipeline, "The Orvane president received the Brask foreign minister on Monday."),
                       "received")
    assert event is not None and event.type == "CONSULT"


@pytest.mark.parametrize("text, kind", [
    pytest.param("Velport residents donated blood by the hundreds on Tuesday.", None, id="rule-donated-blood-no-aid"),
    # a state donating supplies to another keeps AID
    pytest.param("The Orvane government donated medical supplies to the Brask health ministry on Tuesday.", "AID",
                 id="guard-donated-supplies-aid"),
])
def test_donated_is_aid_only_between_parties(pipeline: newsprism.Pipeline, text: str, kind: str | None) -> None:
    assert type_with_word(_read(pipeline, text), "donated") == kind


def test_ruling_noun_takes_the_finding_that_follows(pipeline: newsprism.Pipeline) -> None:
    article = _read(pipeline, "The Velport Supreme Court issued a ruling on the closure of the port board. The court "
                              "found the closure to be unlawful.")
    event = _with_word(article, "ruling")
    assert event is not None and event.type == "REJECT" and event.asserted_by == "author"
    assert _with_word(article, "found") is None, "the finding is the ruling's content, one act"


def test_finding_without_an_issued_ruling_is_kept(pipeline: newsprism.Pipeline) -> None:
    """Guard: with no ruling issued in the sentence before, the finding verb keeps the REJECT."""
    article = _read(pipeline, "The Velport Supreme Court heard the port board's appeal on Monday. The court found the "
                              "closure to be unlawful.")
    event = _with_word(article, "found")
    assert event is not None and event.type == "REJECT"


def test_coordinated_finding_keeps_the_court(pipeline: newsprism.Pipeline) -> None:
    """A finding coordinated after another verb of the court's has the same court as subject."""
    article = _read(pipeline, "The Velport Supreme Court heard the appeal on Monday and found the closure to be "
                              "unlawful.")
    event = _with_word(article, "found")
    assert event is not None and event.type == "REJECT"
    assert [p.span.text for p in event.actors] == ["Velport Supreme Court"], "the court, not the appeal"


@pytest.mark.parametrize("text", [
    "Reporters at the Velport paper constantly get death threats.",
    "If the district receives relief from the ministry, the clinics will reopen.",
])
def test_present_receipt_is_left_to_the_verb(pipeline: newsprism.Pipeline, text: str) -> None:
    """Guard: a habitual or conditional present receipt gives its noun no current act."""
    article = _read(pipeline, text)
    assert not [e for e in article.events if e.time_relation == "current" and e.trigger.text in {"threats", "relief"}]
