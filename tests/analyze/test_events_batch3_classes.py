"""Error classes the third batch of the article-level events benchmark showed (issue #5), each a
general rule or lexicon entry, tested on invented sentences (none from the benchmark's articles)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsprism
from newsprism.extract.build import build_article
from newsprism.model import Article, PublishedDate

pytestmark = pytest.mark.slow

Analyze = Callable[[str], Article]


def _coded(article: Article) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in article.events]


@pytest.mark.parametrize(("text", "want"), [
    # A saying verb read as a demand reports a claim when its that-clause is told in the past.
    ("The minister insisted that the rebels had started the fire.", []),
    ("The minister insisted that the rebels were armed.", []),
    ("The minister insisted that the rebels leave the town.", [("REQUEST", "insisted")]),
    # Leaving a body, not ground, reduces relations (PLOVER SANCTION withdraw).
    ("Lorvia withdrew from the national water commission last year.", [("SANCTION", "withdrew")]),
    ("Lorvia pulled out of the regional trade committee.", [("SANCTION", "pulled out")]),
    # Closing a passage to others restricts movement (PLOVER COERCE restrict, CAMEO 191 blockade).
    ("The navy closed the harbour to foreign freighters.", [("COERCE", "closed the harbour")]),
    ("Soldiers closed the crossing to aid convoys on Monday.", [("COERCE", "closed the crossing")]),
    # Ramming is an assault; ramming a bill through is not.
    ("A border police jeep rammed a smugglers' van.", [("ASSAULT", "rammed")]),
    ("The ruling party rammed through the tax bill.", []),
    # Leaving a contest is no event; claiming a wrongdoing is an accusation.
    ("The mayor dropped out of the governor's race in June.", []),
    ("The opposition leader claimed massive fraud in the count.", [("ACCUSE", "claimed massive fraud")]),
    # Sending police or guards moves security forces (PLOVER MOBILIZE police), it is no aid.
    ("The governor sent riot police to the mine.", [("MOBILIZE", "sent riot police")]),
])
def test_batch3_readings(analyze_text: Analyze, text: str, want: list[tuple[str, str]]) -> None:
    assert _coded(analyze_text(text)) == want


@pytest.mark.parametrize(("text", "want"), [
    # A rally that names what it opposes is a protest even with an election in the sentence ...
    ("Farmers rallied outside the parliament against the result of the vote.", [("PROTEST", "rallied")]),
    ("Hundreds rallied in protest at the election count.", [("PROTEST", "rallied")]),
    ("Students rallied outside the court to protest the vote count.", [("PROTEST", "rallied")]),
    # ... a rally of supporters before a vote is a campaign event, no protest.
    ("Supporters of the senator rallied before the vote on Sunday.", []),
])
def test_a_rally_against_a_vote_is_a_protest(analyze_text: Analyze, text: str, want: list[tuple[str, str]]) -> None:
    assert [(t, w) for t, w in _coded(analyze_text(text)) if w == "rallied"] == want


def _first(article: Article) -> tuple[str, str, bool, str]:
    event = article.events[0]
    return event.type, event.time_relation, event.negated, event.trigger.text


@pytest.mark.parametrize(("text", "want"), [
    # A cooperative act an actor says it will not do is a refusal, made when it is said (PLOVER REJECT).
    ("Ruritania will not recognise the new cabinet.", ("REJECT", "current", False, "recognise")),
    ("The rebels won't sign the truce.", ("REJECT", "current", False, "sign")),
    ("The party cannot support the budget.", ("REJECT", "current", False, "support")),
    ("Lorvia will not attend the summit.", ("REJECT", "current", False, "attend the summit")),
    ("The minister said Lorvia would refuse to negotiate with the rebels.", ("REJECT", "current", False, "refuse")),
    # A condition on the refusal keeps it hypothetical.
    ("Lorvia will not recognise the vote if its observers are kept out.", ("REJECT", "hypothetical", False,
                                                                           "recognise")),
    # No refusal: a negated past, a past failure, a negated threat.
    ("The ministers did not sign the treaty.", ("SUPPORT", "current", True, "sign the treaty")),
    ("The sides could not agree on a ceasefire.", ("AGREE", "current", True, "agree")),
    ("The army will not attack the town.", ("THREATEN", "future", True, "attack")),
])
def test_a_negated_cooperative_future_is_a_refusal(analyze_text: Analyze, text: str,
                                                   want: tuple[str, str, bool, str]) -> None:
    assert _first(analyze_text(text)) == want


def _links(article: Article) -> list[tuple[str, str | None]]:
    return [(e.trigger.text, e.same_as) for e in article.events]


@pytest.mark.parametrize(("text", "want"), [
    # Two sayings of different verbs by one speaker to one party are two acts.
    ("Senator Ana Lind praised Governor Tom Brack on Monday.\n\n"
     "In a radio interview, Senator Ana Lind endorsed Governor Tom Brack for a second term.",
     [("praised", None), ("endorsed", None)]),
    # A negated mention is not the act told before.
    ("Senator Ana Lind endorsed Governor Tom Brack on Monday.\n\n"
     "Senator Ana Lind did not endorse Governor Tom Brack in the first round.",
     [("endorsed", None), ("endorse", None)]),
    # A later act with a date of its own that the first lacked is another act.
    ("Lorvia will refuse to negotiate with the Tarsk rebels, its foreign minister said.\n\n"
     "The feud deepened in February 2026, when Lorvia refused to meet the Tarsk rebels.",
     [("refuse", None), ("refused", None)]),
    # A material act told again in a synonym of its mode stays linked.
    ("Police arrested the opposition leader Omar Sedd on Monday.\n\n"
     "Sedd was detained at his home after a raid, officers said.",
     [("arrested", None), ("detained", "ev1")]),
])
def test_retellings_are_one_act_not_one_party(analyze_text: Analyze, text: str,
                                              want: list[tuple[str, str | None]]) -> None:
    assert _links(analyze_text(text)) == want


@pytest.mark.parametrize(("text", "negated"), [
    # A negative quantifier as subject negates the act ...
    ("No soldiers were wounded in the shelling.", True),
    ("Neither union has accepted the proposal.", True),
    # ... a past act negated *until* a point happened at that point ...
    ("The minister did not condemn the attack until Friday.", False),
    ("The minister did not condemn the attack.", True),
    # ... and a number bounded by *no more than* is no negation.
    ("No more than 20 protesters were arrested.", False),
])
def test_negation_from_the_subject_and_until(analyze_text: Analyze, text: str, negated: bool) -> None:
    assert [e.negated for e in analyze_text(text).events] == [negated]


def test_a_scheduled_act_is_future_and_its_date_ahead(pipeline: newsprism.Pipeline) -> None:
    article = build_article(["The envoy is due to visit Tarsk on November 20."],
                            published=PublishedDate(value="2026-11-02", precision="day", source="label"))
    event = pipeline.apply(article, pipeline.nlp(article.text)).events[0]
    assert (event.time_relation, event.date.value if event.date else None) == ("future", "2026-11-20")


@pytest.mark.parametrize(("text", "trigger", "relation"), [
    # A pluperfect coordinated with a saying is not reported speech moved back a tense: background.
    ("No group claimed the bombing, but local militias had made threats against the base.", "made threats",
     "historical"),
    # A clause given as fact keeps its own time under a modal main clause.
    ("We cannot negotiate while they shell our towns, the envoy said.", "shell", "current"),
    # A factive adjective's complement is done, not wished for ...
    ("The senator said she was proud to endorse the governor.", "endorse", "current"),
    # ... where a modal on it still makes it hypothetical or a reported future.
    ("The senator said she would be happy to meet the governor.", "meet", "future"),
])
def test_time_relation_of_coordinated_factual_and_factive_clauses(analyze_text: Analyze, text: str, trigger: str,
                                                                  relation: str) -> None:
    assert [e.time_relation for e in analyze_text(text).events if e.trigger.text == trigger] == [relation]


@pytest.mark.parametrize(("text", "want"), [
    # Arriving is a visit only where the place visited is named.
    ("Mediator Ana Lind has arrived.", []),
    ("Riot police arrived at the main gate.", []),
    ("The gunmen arrived in two pick-up trucks.", []),
    ("The foreign minister arrived in Tarsk on Monday for talks.", [("CONSULT", "arrived")]),
    ("The envoy arrived in the capital.", [("CONSULT", "arrived")]),
])
def test_an_arrival_is_a_visit_only_to_a_place(analyze_text: Analyze, text: str, want: list[tuple[str, str]]) -> None:
    assert _coded(analyze_text(text)) == want


@pytest.mark.parametrize(("text", "trigger", "date"), [
    # A span counted on from the date its sentence named dates the later act ...
    ("In 2021 the two sides signed an accord, but Lorvia suspended it two years later.", "suspended", "2023"),
    # ... and with no date to count from there is none.
    ("The army withdrew two years later.", "withdrew", None),
])
def test_a_span_later_counts_from_the_sentence_date(analyze_text: Analyze, text: str, trigger: str,
                                                    date: str | None) -> None:
    dates = [e.date.value if e.date else None for e in analyze_text(text).events if e.trigger.text == trigger]
    assert dates == [date]
