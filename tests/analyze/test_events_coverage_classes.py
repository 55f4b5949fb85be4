"""Coverage classes newsprism abstained on or misread where PLOVER's gold and a blind second coder
agreed against it (issue #5, benchmarks/plover_agreement.py): permission with a complex object,
easing a restriction, investigations, mobilisation, and defiance, censorship, petitions and human
shields. Each is a general rule or lexicon entry read from the PLOVER manual
(events/permission.py, lexicons/events_en.json); the sentences are invented, in other words than
the gold's and the third blind batch's (training/events_en_blind.jsonl, ids evb3-). Every case
in the first tests fails without its rule; the near misses guard the rules' edges.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprism.analyze.events.lexicon import load_lexicon
from newsprism.model import Article

Analyze = Callable[[str], Article]


def _found(article: Article) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in article.events]


def test_the_rules_read_their_word_lists() -> None:
    """The permission, hearing and readiness rules are data: each list is loaded and non-empty."""
    lexicon = load_lexicon("en")
    for kind, word in (("permission_verbs", "allow"), ("access_verbs", "return"), ("access_nouns", "entry"),
                       ("freedom_acts", "campaign"), ("inquiry_nouns", "hearing"), ("inquiry_preps", "into"),
                       ("readiness_governors", "prepare")):
        assert lexicon.is_word(kind, word), (kind, word)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # a. permission: letting a party cross, go back or return is RETREAT access (the manual's
    # "allowing the entry of observers", "repatriation of refugees"); announced, it is a future
    # retreat, CONCEDE; letting a party do what a restriction forbade is CONCEDE
    ("The authorities allowed the stranded pilgrims to cross the border on foot.", [("RETREAT", "access")]),
    ("The regional government will let thousands of villagers who were evacuated during the eruption go back home.",
     [("CONCEDE", None)]),
    ("The prime minister said he would allow the return of the expelled monitors.", [("CONCEDE", None)]),
    ("The military government allowed two banned parties to contest the vote.", [("CONCEDE", None)]),
    ("Opposition parties will be allowed to campaign freely, the electoral board said.", [("CONCEDE", None)]),
    # b. easing a restriction (the manual: lifting a curfew is CONCEDE), and widening freedoms
    ("The junta shortened the nightly curfew by two hours.", [("CONCEDE", None)]),
    ("The city council cut the curfew by an hour.", [("CONCEDE", None)]),
    ("The president took steps to expand civic freedoms.", [("CONCEDE", None)]),
    # c. investigations (the manual: all investigations are ACCUSE investigate)
    ("The state prosecutor opened a hearing into the collapse of the bank.", [("ACCUSE", "investigate")]),
    ("The former governor has been placed under investigation for bribery.", [("ACCUSE", "investigate")]),
    # d. mobilisation: training fighters, and readiness to attack (not a verbal THREATEN)
    ("Rebel commanders have trained 300 new fighters.", [("MOBILIZE", "militia")]),
    ("The army was preparing to resume shelling the border villages.", [("MOBILIZE", None)]),
    # e. defying a ban (CAMEO 128 defy norms, law: REJECT), ordering a paper to stop (COERCE censor),
    # a signature drive (a written demand, REQUEST), human shields (CAMEO 184: ASSAULT abduct)
    ("The shipping company violated the arms embargo.", [("REJECT", "yield")]),
    ("The authorities ordered the weekly to suspend publication.", [("COERCE", "censor")]),
    ("Activists collected signatures calling for a new vote.", [("REQUEST", None)]),
    ("The militia were holding farmers as human shields.", [("ASSAULT", "abduct")]),
])
def test_coverage_classes(analyze_text: Analyze, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _found(analyze_text(text)) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The zoo allowed visitors to feed the goats.",  # nothing restricted is eased, no one let in
    "The new stadium will let fans see the pitch from every seat.",
    "The hearing lasted three hours.",  # a hearing with nothing it looks into is procedure
    "She trained as an engineer.",  # training with no fighters trained
    "The choir is preparing to resume rehearsals.",  # readiness for no attack
    "The old statute allowed the officials to go unpunished.",  # a text's provision, and no access
    "In that job they never let you go home early.",  # a party named only by a pronoun
    "The update allowed hobby developers to publish their own versions.",  # no restriction on an event eased
    "Some frogs hold their heads as a shield against predators.",  # no people held
])
def test_near_misses_stay_no_event(analyze_text: Analyze, text: str) -> None:
    assert _found(analyze_text(text)) == []


@pytest.mark.slow
def test_permission_parties_and_refusal(analyze_text: Analyze) -> None:
    """The permitter is the actor and the party let in the recipient; a refused permission is REJECT."""
    events = analyze_text("The authorities allowed the stranded pilgrims to cross the border on foot.").events
    assert [p.span.text for p in events[0].actors] == ["authorities"]
    assert [p.span.text for p in events[0].recipients] == ["stranded pilgrims"]
    refused = analyze_text("The governor refused to allow the aid convoy to pass.").events
    assert [e.type for e in refused] == ["REJECT"]
