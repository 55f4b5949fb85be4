"""The actors stage, one construction at a time, on small sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

import newsprism
from newsprism.analyze.actors import ActorsStage
from newsprism.analyze.entities import EntityMentions
from newsprism.extract.build import build_article
from newsprism.model import Article, Entity, PublishedDate

pytestmark = pytest.mark.slow


def find(article: Article, name: str) -> Entity:
    hits = [e for e in article.entities if name in (e.name, *e.aliases)]
    assert len(hits) == 1, [(e.name, e.aliases) for e in article.entities]
    return hits[0]


def test_surname_joins_full_name(actors: Callable[..., Article]) -> None:
    article = actors("Angela Merkel met the press in Berlin. Later, Merkel said the talks had failed.")
    merkel = find(article, "Angela Merkel")
    assert {m.text for m in merkel.mentions} == {"Angela Merkel", "Merkel"}
    assert merkel.type == "person"


def test_acronym_defined_in_text_is_one_actor(actors: Callable[..., Article]) -> None:
    article = actors(
        "Agents of the Ministry of Intelligence and Security (MOIS) arrested him. A MOIS spokesman declined to comment."
    )
    ministry = find(article, "MOIS")
    assert ministry.name == "Ministry of Intelligence and Security"
    assert [m.text for m in ministry.mentions].count("MOIS") == 2


def test_slash_acronyms_and_long_form(actors: Callable[..., Article]) -> None:
    article = actors("Police raided offices of the National Liberation Front of Oceania (NLFO/FLNO) on Monday.")
    front = find(article, "NLFO")
    assert "FLNO" in front.aliases
    assert front.name == "National Liberation Front of Oceania"


def test_near_miss_acronym_joins(actors: Callable[..., Article]) -> None:
    article = actors(
        "The Joint Comprehensive Plan of Action (JCPA) was signed in 2015. Critics said the JCPOA was failing."
    )
    deal = find(article, "JCPA")
    assert "JCPOA" in deal.aliases


def test_title_before_name_is_a_role_with_country(actors: Callable[..., Article]) -> None:
    article = actors("Israeli Prime Minister Benjamin Netanyahu spoke on Sunday.")
    person = find(article, "Benjamin Netanyahu")
    titles = [r.title for r in person.roles if r.span is not None]
    assert titles == ["Israeli Prime Minister"]
    assert person.country == "ISR"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Prime minister Lena Varga said the bridge would reopen.", "Lena Varga", "Prime minister"),
        ("On Monday the opposition leader Tomas Erikson called for a vote.", "Tomas Erikson", "opposition leader"),
        ("Former ex-governor Ruth Adeyemi joined the board.", "Ruth Adeyemi", "Former ex-governor"),
        ("State Attorney General Omar Haddad filed the suit.", "Omar Haddad", "State Attorney General"),
        ("Public Ombudsman Ines Caballero said the raid was unlawful.", "Ines Caballero", "Public Ombudsman"),
    ],
)
def test_title_before_name_in_wire_and_british_styles(
    actors: Callable[..., Article], text: str, name: str, title: str
) -> None:
    """Lower-case titles (*the home secretary X*), *ex-*, and heads beyond government (*Judge*, *Ombudsman*)."""
    person = find(actors(text), name)
    assert [r.title for r in person.roles if r.span is not None] == [title]


def test_sentence_initial_title_comma_name(actors: Callable[..., Article]) -> None:
    article = actors("Supreme Leader, Ali Khamenei told the clerics that the country was strong.")
    person = find(article, "Ali Khamenei")
    assert any(r.title == "Supreme Leader" and r.span is not None for r in person.roles)
    # the title word is not an organisation
    assert not [e for e in article.entities if e.name == "Supreme"]


def test_apposition_title_after_name(actors: Callable[..., Article]) -> None:
    article = actors("Maria Ortega, the EU trade chief said the tariffs would stay.")
    person = find(article, "Maria Ortega")
    assert [r.title for r in person.roles] == ["EU trade chief"]
    assert person.kb_id is None  # not in the KB: provisional


def test_standalone_title_is_a_mention_of_its_holder(actors: Callable[..., Article]) -> None:
    article = actors("Maria Ortega, the EU trade chief said the tariffs would stay. The EU trade chief left early.")
    person = find(article, "Maria Ortega")
    assert len(person.mentions) == 2


def test_demonym_and_capital_are_the_state(actors: Callable[..., Article]) -> None:
    article = actors("Iranian officials met in Tehran. Iran denied the report.")
    iran = find(article, "Iran")
    assert iran.type == "state" and iran.kb_id == "state:IRN"
    assert {"Iranian", "Tehran"} <= set(iran.aliases)


def test_generic_agents_are_groups_with_sector_and_country(actors: Callable[..., Article]) -> None:
    article = actors(
        "Iranian security forces fired on protesters. The protesters fled as plain-clothes agents watched."
    )
    groups = {e.name: e for e in article.entities if e.type == "group"}
    assert groups["security forces"].sectors == ("COP",)
    assert groups["security forces"].country == "IRN"
    assert set(groups["protesters"].sectors) >= {"CVL", "OPP"}
    assert len(groups["protesters"].mentions) == 2
    assert "plain-clothes agents" in groups


def test_kb_link_state_and_international_body(actors: Callable[..., Article]) -> None:
    article = actors("The U.S. and the European Union imposed sanctions. The EU said more would follow.")
    assert find(article, "U.S.").kb_id == "state:USA"
    eu = find(article, "EU")
    assert eu.kb_id is not None and eu.type == "organization"
    assert "European Union" in (eu.name, *eu.aliases)


def test_unknown_person_stays_unlinked(actors: Callable[..., Article]) -> None:
    article = actors("Tomasz Wierzbicki, a local farmer, said the river had flooded.")
    assert find(article, "Tomasz Wierzbicki").kb_id is None


def test_kb_role_dates_resolve_by_article_date(actors: Callable[..., Article]) -> None:
    article = actors("Ali Khamenei spoke on television.", date="2012-05-01")
    person = find(article, "Ali Khamenei")
    leader = [r for r in person.roles if r.title == "Supreme Leader"]
    assert leader and leader[0].start_date is not None and leader[0].source == "kb"
    # The shipped sources stop in 2014: an open role is not claimed for 2018 (unknown, not stale).
    article = actors("Ali Khamenei spoke on television.", date="2018-05-01")
    assert find(article, "Ali Khamenei").kb_id is not None
    assert not [r for r in find(article, "Ali Khamenei").roles if r.source == "kb"]
    # In 1985 he was president, not yet supreme leader.
    article = actors("Ali Khamenei spoke on television.", date="1985-05-01")
    titles = {r.title for r in find(article, "Ali Khamenei").roles}
    assert "President" in titles and "Supreme Leader" not in titles


def test_offsets_slice_the_text(actors: Callable[..., Article]) -> None:
    article = actors("Supreme Leader, Ali Khamenei met the Assembly of Experts (AoE). Khamenei spoke.")
    for entity in article.entities:
        for span in entity.mentions:
            assert article.text[span.start : span.end] == span.text
        for role in entity.roles:
            if role.span is not None:
                assert article.text[role.span.start : role.span.end] == role.span.text


def test_role_phrase_resolves_by_date_through_the_kb(pipeline: newsprism.Pipeline, tmp_path: object) -> None:
    """*The EU foreign policy chief* in 2019 and in 2021 are two people (a user KB says so)."""
    import json
    from pathlib import Path

    from newsprism.analyze.actors import load_kb

    path = Path(str(tmp_path)) / "actors.json"
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "actors": [
                    {
                        "id": "user:federica-mogherini",
                        "name": "Federica Mogherini",
                        "type": "person",
                        "roles": [{"title": "EU foreign policy chief", "start": "2014-11-01", "end": "2019-11-30"}],
                    },
                    {
                        "id": "user:josep-borrell",
                        "name": "Josep Borrell",
                        "type": "person",
                        "roles": [{"title": "EU foreign policy chief", "start": "2019-12-01"}],
                    },
                ],
            }
        )
    )
    local = newsprism.Pipeline([EntityMentions(), ActorsStage(kb=load_kb(str(path)))], nlp=pipeline.nlp)
    text = "The EU foreign policy chief said the deal was alive."
    linked = {}
    for date in ("2019-06-01", "2021-06-01"):
        article = replace(build_article([text]), published=PublishedDate(value=date, precision="day", source="t"))
        people = [e for e in local.analyze(article).entities if e.type == "person"]
        assert len(people) == 1
        linked[date] = people[0].kb_id
    assert linked == {"2019-06-01": "user:federica-mogherini", "2021-06-01": "user:josep-borrell"}


def test_full_name_inside_an_organisation_name_is_a_nested_mention(actors: Callable[..., Article]) -> None:
    article = actors("Paintings by Olga Berrin hang in town. The Olga Berrin Foundation sold two of them.")
    person = find(article, "Olga Berrin")
    assert len(person.mentions) == 2
    foundation = [e for e in article.entities if e.name == "Olga Berrin Foundation"]
    assert foundation and foundation[0].type == "organization"
    assert "Olga Berrin" not in foundation[0].aliases


def test_same_actor_same_id_across_articles(actors: Callable[..., Article]) -> None:
    """KB actors get the KB id in every article; unknown ones the same provisional key."""
    from newsprism.analyze.actors import provisional_key

    one = actors("Kenyan police said Maria Ortega, a farmer, had been released in Nairobi.")
    two = actors("Maria Ortega thanked Kenya. Ortega said she would sue.")
    assert find(one, "Nairobi").kb_id == find(two, "Kenya").kb_id == "state:KEN"
    first, second = find(one, "Maria Ortega"), find(two, "Maria Ortega")
    assert first.kb_id is None and second.kb_id is None
    keys = {provisional_key(e.name, e.type, e.country) for e in (first, second)}
    assert len(keys) == 1
