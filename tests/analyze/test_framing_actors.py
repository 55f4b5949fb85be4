"""Whom the writer's labels are said of (issue #6, item 3): label -> actor attachment classes.

Each case is written in other words than the pages that showed the class, and each fails
without its rule in ``framing/actors.py`` (or the back-reference pass of the stage).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsprism.analyze.framing.actors import EntityIndex, label_actor
from newsprism.analyze.framing.voice import AUTHOR
from newsprism.extract.build import build_article
from newsprism.jsonformat import article_from_dict, article_to_dict
from newsprism.model import Article, Entity

Analyze = Callable[[str], Article]


def attached(article: Article, label: str) -> list[str | None]:
    """The actor names (type in brackets for a generic group) the writer's ``label`` went to, in order."""
    assert article.framing is not None
    names = {e.id: e.name if e.type != "group" else f"[{e.name}]" for e in article.entities}
    found = [names.get(x.actor or "") for x in article.framing.labels if x.voice == AUTHOR and x.label == label]
    assert found, (label, article.framing.labels)
    return found


# --- said of a name beside it --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Everyone in the valley now agrees that Marcus Vale is a crook.",
        "Marcus Vale, who is a crook by any measure, bought the mill in May.",
        "Marcus Vale had sold the same mill twice and was a crook by any measure.",
    ],
)
def test_a_predicate_label_is_said_of_the_subject(analyze_text: Analyze, text: str) -> None:
    """*X is a crook*, *X, who is a crook*, *X had sold ... and was a crook*: the copula's subject
    (through the relative pronoun; a coordinated copula's is the first verb's)."""
    assert attached(analyze_text(text), "crook") == ["Marcus Vale"]


def test_a_predicate_label_on_an_unresolved_pronoun_is_not_guessed(analyze_text: Analyze) -> None:
    """*"He became a national hero," Kell said*: the nearest person is the speaker, not *he*."""
    article = analyze_text("Anna Kell praised the young striker on Monday. "
                           "\u201cHe became a national hero overnight,\u201d Kell said.")
    assert article.framing is not None
    kell = {e.id for e in article.entities if "Kell" in e.name}
    hero = [x for x in article.framing.labels if x.label == "hero"]
    assert hero and not {x.actor for x in hero} & kell


def test_an_adjective_label_is_said_of_the_noun_it_qualifies(analyze_text: Analyze) -> None:
    """*racist killers*: the killers are called racist (a label noun, *regime security forces*, is not)."""
    text = "He asked how the army can train young men to be racist killers and then expect them to come home."
    assert attached(analyze_text(text), "racist") == ["[killers]"]


def test_a_name_after_a_broken_coordination_of_descriptions_is_described() -> None:
    """*with billionaire swindler and alleged arms smuggler X*: the parser (seen on a real page) kept
    *and* on the first description and hung the second on the name, leaving the label no conjunct.
    The tree is given as that parse, so the rule is tested on it whatever the model does today."""
    words = ["With", "billionaire", "swindler", "and", "alleged", "arms", "smuggler", "Marcus", "Vale", ",",
             "Anna", "Kell", "spoke", "."]
    heads = [12, 2, 0, 2, 6, 6, 8, 8, 12, 8, 11, 8, 12, 12]
    deps = ["prep", "compound", "pobj", "cc", "amod", "compound", "compound", "compound", "nsubj", "punct",
            "compound", "conj", "ROOT", "punct"]
    pos = ["ADP", "NOUN", "NOUN", "CCONJ", "ADJ", "NOUN", "NOUN", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN",
           "VERB", "PUNCT"]
    spaces = [True] * 8 + [False] + [True] * 3 + [False, False]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    article = build_article([doc.text])
    assert article.text == doc.text
    start = doc.text.index("Marcus Vale")
    vale = Entity(id="e1", name="Marcus Vale", type="person", mentions=(article.span(start, start + 11),))
    article = replace(article, entities=(vale,))
    assert label_actor(doc, 2, 3, EntityIndex(article)) == ("e1", None)
    # another word class between ends the search: *the swindler and then met Marcus Vale* is not said of him
    broken = Doc(Vocab(), words=["The", "swindler", "and", "then", "met", "Marcus", "Vale"],
                 heads=[1, 4, 1, 4, 4, 6, 4], deps=["det", "nsubj", "cc", "advmod", "ROOT", "compound", "dobj"],
                 pos=["DET", "NOUN", "CCONJ", "ADV", "VERB", "PROPN", "PROPN"])
    other = build_article([broken.text])
    at = broken.text.index("Marcus Vale")
    other = replace(other, entities=(replace(vale, mentions=(other.span(at, at + 11),)),))
    assert label_actor(broken, 1, 2, EntityIndex(other))[0] is None


def test_agents_apposed_without_and_belong_to_their_organisation(analyze_text: Analyze) -> None:
    """*thugs, agents of the Interior Ministry*: the parser's conjunct is an apposition saying whose."""
    text = "The governor sent well-paid thugs, agents of the Interior Ministry, to break up the strike."
    assert attached(analyze_text(text), "thug") == ["Interior Ministry"]


# --- said of an owner -------------------------------------------------------------------------------


def test_a_label_premodifying_a_common_noun_is_said_of_its_own_owner(analyze_text: Analyze) -> None:
    """*the Belarusian regime security forces*: the regime is Belarus's, the forces are not the regime."""
    text = "The Belarusian regime security forces beat dozens of students on Sunday."
    assert attached(analyze_text(text), "regime") == ["Belarus"]


def test_the_regime_in_a_country_is_that_countrys(analyze_text: Analyze) -> None:
    text = "The new sanctions are aimed squarely at the regime in Belarus and its banks."
    assert attached(analyze_text(text), "regime") == ["Belarus"]


# --- a definite label standing for an actor named before --------------------------------------------


def test_the_regime_after_a_countrys_government_is_that_country(analyze_text: Analyze) -> None:
    text = ("The Belarusian government jailed three reporters on Monday. "
            "The regime has denied any wrongdoing.")
    assert attached(analyze_text(text), "regime") == ["Belarus"]


def test_two_countries_before_leave_the_regime_to_no_country(analyze_text: Analyze) -> None:
    """Two actors of the kind just before is a guess: neither is taken."""
    text = "Poland and Belarus traded accusations on Monday. The regime expelled two diplomats."
    assert not {"Poland", "Belarus"} & set(attached(analyze_text(text), "regime"))


def test_a_possessive_label_refers_back_by_its_noun(analyze_text: Analyze) -> None:
    """*his regime ... the generals' regime*: the label's noun, *regime*, said of the same actor again."""
    text = ("General Tomas Ferro said on Monday that his regime would not fall. Critics say the mullahs' regime "
            "has lost the army.")
    assert attached(analyze_text(text), "mullahs' regime") == ["Tomas Ferro"]


def test_a_label_given_as_an_objects_complement_is_said_of_the_object(analyze_text: Analyze) -> None:
    """*The ministry called X a crook*: the ministry's label (its voice), said of X."""
    article = analyze_text("On Monday the ministry called Marcus Vale a crook and a liar.")
    assert article.framing is not None
    names = {e.id: e.name for e in article.entities}
    crook = [x for x in article.framing.labels if x.label == "crook"]
    assert crook and all(x.voice != AUTHOR for x in crook)
    assert [names.get(x.actor or "") for x in crook] == ["Marcus Vale"]


# --- the seed, reviewed ---------------------------------------------------------------------------


def test_the_seeds_regime_labels_all_go_to_the_state_whose_regime_it_is(seed_article: Article) -> None:
    """*his regime* (the state its leader runs), then *the regime* and *the mullahs' regime* referring
    back to it: one actor, the state, not the leader nor the generic group the actors stage made of
    the word *regime*."""
    assert seed_article.framing is not None
    by_id = {e.id: e for e in seed_article.entities}
    regime = [x for x in seed_article.framing.labels if x.voice == AUTHOR and x.label.endswith("regime")]
    assert any(x.label == "mullahs' regime" for x in regime)
    actors = {(by_id[x.actor].name, by_id[x.actor].type) if x.actor else None for x in regime}
    assert actors == {("Iran", "state")}, actors


def test_the_seeds_thugs_are_the_intelligence_ministrys_agents(seed_article: Article) -> None:
    """*plain-clothes thugs, agents of the Ministry of ...*: said of the ministry's agents."""
    assert seed_article.framing is not None
    by_id = {e.id: e for e in seed_article.entities}
    thugs = [x for x in seed_article.framing.labels if x.label == "thug" and x.voice == AUTHOR]
    assert thugs and all(x.actor and by_id[x.actor].type == "organization" and "Ministry" in by_id[x.actor].name
                         for x in thugs)


# --- where a user compares them -------------------------------------------------------------------


def test_the_writers_labels_per_actor_are_in_the_json(
    analyze_text: Analyze, validate: Callable[[dict[str, Any]], None]
) -> None:
    """``labels_by_actor``: the writer's labels counted per actor id; a speaker's are not the writer's."""
    article = analyze_text("Marcus Vale, who is a crook by any measure, bought the mill. "
                           "His rival said: \u201cVale is a liar and a thug.\u201d")
    document = article_to_dict(article)
    validate(document)
    vale = next(e.id for e in article.entities if e.name == "Marcus Vale")
    by_actor = document["framing"]["labels_by_actor"]
    assert by_actor.get(vale) == {"crook": 1}
    assert not any("liar" in counts or "thug" in counts for counts in by_actor.values())
    assert article_to_dict(article_from_dict(document)) == document


@pytest.mark.parametrize(
    "text",
    [
        # the body's *invaders* are not the scientists named before
        "Scientists in Oslo grew the cells in mice. With their help the body fights off the invaders quickly.",
        # a senator's *that bastard* is not the senator
        "Senator Ann Roe told the warden she wanted answers. \u201cThat crook can never testify now.\u201d",
        # a bare *they*: whom it means is a guess
        "The ministry sent riot police to the square. \u201cThese rioters, they are criminals,\u201d a guard said.",
    ],
)
def test_a_people_label_that_brings_in_someone_new_stays_its_own(analyze_text: Analyze, text: str) -> None:
    article = analyze_text(text)
    assert article.framing is not None and article.framing.labels
    names = {e.id: e.name for e in article.entities}
    wrong = {"Scientists", "riot police", "ministry", "Ann Roe"}
    assert not {names.get(x.actor or "") for x in article.framing.labels} & wrong


# --- a label of an institution said through its leader (F12) -------------------------------------


def test_an_institution_label_through_its_leader_goes_to_the_state(analyze_text: Analyze) -> None:
    """*his regime*, the leader's state named in the article: the state, not the man."""
    article = analyze_text("Vladimir Putin flew to Sochi on Monday. Russia has denied the report, "
                           "but his regime has jailed dozens of critics.")
    assert attached(article, "regime") == ["Russia"]


def test_a_label_of_people_through_a_leader_stays_his(analyze_text: Analyze) -> None:
    """*his thugs* are people, not an institution: they stay the leader's, even with the state named."""
    article = analyze_text("Vladimir Putin spoke in Moscow about Russia. His thugs beat the protesters.")
    assert attached(article, "thug") == ["Vladimir Putin"]


def test_an_institution_label_with_no_state_named_stays_with_the_leader(analyze_text: Analyze) -> None:
    article = analyze_text("Vladimir Putin flew to Sochi on Monday. His regime has jailed dozens of critics.")
    assert attached(article, "regime") == ["Vladimir Putin"]
