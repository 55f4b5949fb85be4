"""The ``actors`` stage: entity mentions in, actors out.

Reads the mention layer (``Article.entities`` from the ``entities`` stage) and the spaCy
parse, and rewrites ``Article.entities`` as actors: clusters of mentions (names, short
forms, acronyms, demonyms, titles), typed, with roles, country, PLOVER sectors and a KB
link when it is certain. Generic agents (*security forces*) become group actors.

``kb_id`` is the KB actor id (``state:KEN``, ``phx:ken:...``, ``user:...``) or ``None``
for a provisional actor; :func:`newsprism.analyze.actors.link.provisional_key` gives a
provisional actor's cross-article key.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span

from newsprism.analyze.actors.cluster import (
    Cluster,
    Mention,
    acronym_mentions,
    cluster_mentions,
    nested_person_mentions,
)
from newsprism.analyze.actors.countries import CountryResolver
from newsprism.analyze.actors.groups import AgentHit, load_agents
from newsprism.analyze.actors.kb import KBActor, KnowledgeBase, default_user_kb_path, load_kb
from newsprism.analyze.actors.lexicon_en import (
    GENDERED_TITLES,
    GENERIC_INSTITUTION_WORDS,
    HEAD_OFFICES,
    ORG_WORDS,
    PLACE_HOMONYMS,
    TITLE_HEADS,
    TITLE_WORDS,
)
from newsprism.analyze.actors.link import Linker
from newsprism.analyze.actors.missed import missed_person_mentions, role_follows
from newsprism.analyze.actors.names import normalize_name
from newsprism.analyze.actors.roles import RoleHit, standalone_titles, title_after, title_before, title_core
from newsprism.model import Article, Entity, Provenance, Role, make_span

__all__ = ["ActorsStage"]

_ACTOR_TYPES = {"person", "organization", "gpe", "group", "location", "law", "facility", "event", "product", "work"}


@dataclass(slots=True)
class _Actor:
    cluster: Cluster
    kb: KBActor | None = None
    confidence: float = 0.6
    type: str = ""
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    name: str = ""


class ActorsStage:
    """Stage ``actors``: requires ``doc`` and ``entities``; assigns ``entities`` and ``actors``."""

    name = "actors"
    version = "1"
    requires = ("doc", "entities")
    assigns = ("entities", "actors")
    #: spaCy components read: the parse (sentences, noun chunks, apposition), lemmas and NER.
    components = ("parser", "lemmatizer", "ner")

    def __init__(self, *, kb: KnowledgeBase | None = None, user_kb: str | None = None) -> None:
        if kb is None:
            path = user_kb or os.environ.get("NEWSPRISM_ACTOR_KB") or str(default_user_kb_path())
            kb = load_kb(path if os.path.isfile(path) else None)
        self.kb = kb
        self.linker = Linker(kb)
        self.countries = CountryResolver(kb)
        self.agents = load_agents()

    def __call__(self, article: Article, doc: Doc) -> Article:
        date = article.published.value[:10] if article.published else None
        text = article.text
        mentions = [
            Mention(start=span.start, end=span.end, text=span.text, type=entity.type)
            for entity in article.entities
            if entity.type in _ACTOR_TYPES
            for span in entity.mentions
        ]
        if doc.has_annotation("TAG"):
            mentions += missed_person_mentions(doc, mentions)
        mentions, pairs, long_forms = acronym_mentions(text, mentions)
        if doc.has_annotation("DEP"):
            _read_cues(doc, mentions)
        clusters = cluster_mentions(mentions, pairs)
        nested_person_mentions(clusters)
        article_countries = frozenset(
            c for m in mentions if m.type in {"gpe", "group"} and (c := self.countries.country_code(m.text))
        )
        actors = [self._link(cluster, long_forms, date, article_countries) for cluster in clusters]
        self._confirm_places(actors)
        dominant = _dominant_country(actors)
        self._confirm_institutions(actors, dominant)
        actors = self._merge_same_kb(actors)
        # Titles and generic agents are read off the parse; without one, names only.
        if doc.has_annotation("DEP"):
            self._add_roles(actors, doc, date, text, dominant)
            actors += self._groups(doc, actors, text)
        actors.sort(key=lambda a: a.cluster.first)
        provenance = Provenance(stage=self.name, version=self.version)
        entities = tuple(self._entity(f"e{i}", actor, article, provenance) for i, actor in enumerate(actors, start=1))
        return replace(article, entities=entities)

    # ------------------------------------------------------------------ linking

    def _link(self, cluster: Cluster, long_forms: list[str], date: str | None, countries: frozenset[str]) -> _Actor:
        cluster.long_names = [n for n in long_forms if n in cluster.names]
        type_ = cluster.type
        actor = _Actor(cluster=cluster)
        # Demonyms and capitals name their state ("Kenyan", "Nairobi").
        if type_ in {"gpe", "group", "location"} and not _names_a_person(cluster):
            states = {
                s.id: s for m in cluster.mentions if not m.bound and (s := self.countries.state(m.text)) is not None
            }
            if len(states) == 1:
                actor.kb = next(iter(states.values()))
                actor.confidence = 0.9
        # A place word opening an untagged longer name (an award, a firm) names nothing alone.
        names = [n for n in cluster.names if not all(m.bound for m in cluster.mentions if m.text == n)]
        if actor.kb is None and names:
            result = self.linker.link(
                names=names, long_names=cluster.long_names, type_=type_, date=date, countries=countries
            )
            actor.kb, actor.confidence = result.actor, (result.confidence or 0.6)
        if actor.kb is not None:
            actor.type, actor.name = actor.kb.type, actor.kb.name
            actor.country, actor.sectors = actor.kb.country, list(actor.kb.sectors)
        else:
            actor.type = {"gpe": "location", "group": "group"}.get(type_, type_)
            actor.name = cluster.fullest_name()
        return actor

    @staticmethod
    def _merge_same_kb(actors: list[_Actor]) -> list[_Actor]:
        """Two clusters linked to one KB actor are one actor (*U.S.* and *American*)."""
        seen: dict[str, _Actor] = {}
        out = []
        for actor in actors:
            if actor.kb is not None and actor.kb.id in seen:
                keep = seen[actor.kb.id]
                keep.cluster.mentions.extend(actor.cluster.mentions)
                keep.cluster.long_names.extend(actor.cluster.long_names)
                continue
            if actor.kb is not None:
                seen[actor.kb.id] = actor
            out.append(actor)
        return out

    # ------------------------------------------------------------------ roles

    def _role_country(self, hit: RoleHit) -> str | None:
        codes = {c for q in hit.qualifiers if (c := self.countries.country_code(q))}
        return codes.pop() if len(codes) == 1 else None

    def _confirm_places(self, actors: list[_Actor]) -> None:
        """A state known only by a homonym (*Georgia*, *Victoria*) needs another of its names.

        The US state and the country, the Australian state and a capital: when the article
        calls the state nothing else (no *Georgian*, no *Tbilisi*), the link is dropped.
        """
        confirmed: set[str] = set()
        for actor in actors:
            if actor.kb is not None and actor.kb.type == "state":
                for m in actor.cluster.mentions:
                    state = self.countries.state(m.text) or next(iter(self.kb.by_alias(m.text)), None)
                    if m.key not in PLACE_HOMONYMS and state is not None and state.id == actor.kb.id:
                        confirmed.add(actor.kb.id)
        for actor in actors:
            if actor.kb is None or actor.kb.type != "state":
                continue
            if actor.kb.id not in confirmed and any(m.key in PLACE_HOMONYMS for m in actor.cluster.mentions):
                actor.kb, actor.confidence = None, 0.6
                actor.type, actor.name = "location", actor.cluster.fullest_name()
                actor.country, actor.sectors = None, []

    def _confirm_institutions(self, actors: list[_Actor], dominant: str | None) -> None:
        """A generic institution name (*Senate*, *Supreme Court*, *Ministry of Health*) links
        to a country's body only when that country is the article's dominant one.

        Every country has a senate; the KB's *Senate* is one country's. A name with a word
        of its own (*Lok Sabha*, *U.S. Senate*, *NASA*) is not generic and keeps its link.
        """
        for actor in actors:
            kb = actor.kb
            if kb is None or kb.type != "organization" or kb.country is None or kb.country == dominant:
                continue
            if all(_generic_institution(n) for n in actor.cluster.names):
                actor.kb, actor.confidence = None, 0.6
                actor.country, actor.sectors = None, []
                actor.name = actor.cluster.fullest_name()

    def _add_roles(self, actors: list[_Actor], doc: Doc, date: str | None, text: str, dominant: str | None) -> None:
        for actor in actors:
            if actor.type != "person":
                continue
            for mention in list(actor.cluster.mentions):
                if mention.kind != "name":
                    continue
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                for hit in (title_before(doc, span), title_after(doc, span)):
                    if hit is not None and not any(r.span and r.span.start == hit.start for r in actor.roles):
                        actor.roles.append(
                            Role(title=hit.title, span=make_span(text, hit.start, hit.end), source="article")
                        )
                        actor.country = actor.country or self._role_country(hit)
            if actor.kb is not None:
                for kb_role in actor.kb.roles:
                    if kb_role.holds_on(date):
                        actor.roles.append(
                            Role(title=kb_role.title, start_date=kb_role.start, end_date=kb_role.end, source="kb")
                        )
        # A title standing alone ("the Chief Justice") is a mention of the actor holding it.
        role_spans = [(r.span.start, r.span.end) for a in actors for r in a.roles if r.span is not None]
        for hit in standalone_titles(doc):
            core = title_core(hit.title)
            if not core or any(s < hit.end and hit.start < e for s, e in role_spans):
                continue
            # "the prime minister of Oceania" is not the article's prime minister of elsewhere.
            whose = self._role_country(hit)
            owners = [
                a
                for a in actors
                if a.type == "person"
                and any(title_core(r.title) == core for r in a.roles)
                and not any(m.start <= hit.start < m.end for m in a.cluster.mentions)
                and not (whose and a.country and a.country != whose)
            ]
            if len(owners) == 1:
                owners[0].cluster.mentions.append(
                    Mention(start=hit.start, end=hit.end, text=hit.title, type="person", kind="title")
                )
                continue
            holders = self._title_holders(hit, core, date, dominant)
            if len(holders) == 1:
                kb_actor = next(iter(holders.values()))
                known = next((a for a in actors if a.kb is not None and a.kb.id == kb_actor.id), None)
                mention = Mention(start=hit.start, end=hit.end, text=hit.title, type="person", kind="title")
                if known is not None:
                    known.cluster.mentions.append(mention)
                else:
                    actors.append(self._kb_actor(kb_actor, Cluster(mentions=[mention]), date))

    def _title_holders(self, hit: RoleHit, core: str, date: str | None, dominant: str | None) -> dict[str, KBActor]:
        """Who a title standing alone names, through the KB: only when the article says whose
        title it is. A wrong name is worse than none, so a bare *general secretary* (of a
        union? a party? which country's?) names nobody.

        - a country qualifier (*the Kenyan president*, *Kenya's president*, *the president
          of Kenya*): the holder of the core title in that country on the article's date;
        - an organisation qualifier (*the EU trade chief*): the title as written;
        - no qualifier: only a head-of-state or -government office (*the president*), and
          only in the article's one dominant country.
        """
        if hit.qualifiers:
            country = self._role_country(hit)
            if country:
                found = self.kb.holders(core, date=date, country=country)
            else:
                found = self.kb.holders(hit.title, date=date, country=None)
        elif dominant and core in HEAD_OFFICES:
            found = self.kb.holders(core, date=date, country=dominant)
        else:
            found = []
        return {a.id: a for a, _ in found}

    def _kb_actor(self, kb_actor: KBActor, cluster: Cluster, date: str | None) -> _Actor:
        roles = [
            Role(title=r.title, start_date=r.start, end_date=r.end, source="kb")
            for r in kb_actor.roles
            if r.holds_on(date)
        ]
        return _Actor(
            cluster=cluster,
            kb=kb_actor,
            confidence=0.7,
            type=kb_actor.type,
            country=kb_actor.country,
            sectors=list(kb_actor.sectors),
            roles=roles,
            name=kb_actor.name,
        )

    # ------------------------------------------------------------------ groups

    def _groups(self, doc: Doc, actors: list[_Actor], text: str) -> list[_Actor]:
        taken = [(m.start, m.end) for a in actors for m in a.cluster.mentions]
        taken += [(r.span.start, r.span.end) for a in actors for r in a.roles if r.span is not None]
        by_key: dict[tuple[str, str | None], _Actor] = {}
        for hit in self.agents.find(doc, taken=taken):
            country = self._hit_country(hit)
            key = (hit.agent, country)
            mention = Mention(start=hit.start, end=hit.end, text=text[hit.start : hit.end], type="group", kind="group")
            if key in by_key:
                by_key[key].cluster.mentions.append(mention)
                continue
            by_key[key] = _Actor(
                cluster=Cluster(mentions=[mention]),
                type="group",
                country=country,
                sectors=list(hit.sectors),
                name=mention.text,
                confidence=0.6,
            )
        return list(by_key.values())

    def _hit_country(self, hit: AgentHit) -> str | None:
        codes = {c for q in hit.modifiers if (c := self.countries.country_code(q))}
        return codes.pop() if len(codes) == 1 else None

    # ------------------------------------------------------------------ output

    def _entity(self, entity_id: str, actor: _Actor, article: Article, provenance: Provenance) -> Entity:
        mentions = sorted({(m.start, m.end) for m in actor.cluster.mentions})
        spans = tuple(article.span(s, e) for s, e in mentions)
        ordered = sorted(actor.cluster.mentions, key=lambda m: m.start)
        surfaces = list(dict.fromkeys(m.text for m in ordered if m.kind not in {"title", "nested"}))
        aliases = tuple(s for s in surfaces if normalize_name(s) != normalize_name(actor.name))
        return Entity(
            id=entity_id,
            name=actor.name,
            type=actor.type,
            mentions=spans,
            aliases=tuple(dict.fromkeys(aliases)),
            roles=tuple(_dedupe_roles(actor.roles)),
            kb_id=actor.kb.id if actor.kb is not None else None,
            country=actor.country,
            sectors=tuple(actor.sectors),
            confidence=round(actor.confidence, 2),
            provenance=provenance,
        )


def _read_cues(doc: Doc, mentions: list[Mention]) -> None:
    """Note the title and gendered honorific before each name (*Mrs*, *First Lady*,
    *President*), and whether a place name opens a longer untagged name (*Oceania Medal*)."""
    for mention in mentions:
        if mention.kind != "name":
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        words = [normalize_name(t.text) for t in span[:1]]
        words += [normalize_name(t.text) for t in doc[max(0, span.start - 2) : span.start]]
        hit = title_before(doc, span)
        if hit is not None:
            mention.title = title_core(hit.title)
            words += normalize_name(hit.title).split()
        genders = {GENDERED_TITLES[w] for w in words if w in GENDERED_TITLES}
        mention.gender = genders.pop() if len(genders) == 1 else None
        if mention.type == "organization" and (_relative_who(doc, span) or _role_apposition(doc, span)):
            mention.type = "person"
        nxt = doc[span.end] if span.end < len(doc) else None
        mention.bound = bool(
            mention.type == "group"  # a NORP word (*Spanish* Flu); a GPE (*US* Presidential) still names its state
            and nxt is not None
            and nxt.text[:1].isupper()
            and nxt.pos_ == "PROPN"
            and not nxt.ent_type_
            and nxt.lower_ not in TITLE_HEADS
            and nxt.lower_ not in TITLE_WORDS
        )


def _relative_who(doc: Doc, span: Span) -> bool:
    """*Montell Figgins, who represents ...*: a two- or three-word proper name with no
    organisation word, followed by a relative *who*, is a person the NER typed as an
    organisation (*the ministry, which* / *the union, who* keep theirs: a common noun or an
    organisation word)."""
    after = span.end
    return (
        2 <= len(span) <= 3
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span)
        and not any(t.lower_ in ORG_WORDS for t in span)
        and after + 1 < len(doc)
        and doc[after].text == ","
        and doc[after + 1].lower_ == "who"
    )


def _role_apposition(doc: Doc, span: Span) -> bool:
    """*Eswar Lund, a trade professor at Cornell, said*: a two- or three-word proper name with
    no organisation word, set off by a job-noun apposition, is a person the NER typed as an
    organisation."""
    return (
        2 <= len(span) <= 3
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span)
        and not any(t.lower_ in ORG_WORDS for t in span)
        and role_follows(doc, span.end - 1)
    )


def _names_a_person(cluster: Cluster) -> bool:
    """A cluster with a person's full name (*Ana Lima*) is that person, whatever its surname
    also names (a capital)."""
    return any(m.type == "person" and m.kind == "name" and len(m.key.split()) > 1 for m in cluster.mentions)


def _generic_institution(name: str) -> bool:
    """*Senate*, *House of Representatives*, *Ministry of Health*: words any country uses."""
    words = normalize_name(name).split()
    return bool(words) and all(w in GENERIC_INSTITUTION_WORDS for w in words)


def _dominant_country(actors: list[_Actor]) -> str | None:
    """The country the article is about: the state mentioned most, at least twice as often
    as any other (or the only one)."""
    counts = Counter(
        a.kb.country for a in actors if a.kb is not None and a.kb.type == "state" for _ in a.cluster.mentions
    )
    ranked = counts.most_common(2)
    if not ranked or ranked[0][0] is None:
        return None
    if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
        return ranked[0][0]
    return None


def _dedupe_roles(roles: list[Role]) -> list[Role]:
    """One role per title: a title from the text takes the KB's dates for the same title."""
    by_core: dict[str, Role] = {}
    for role in roles:
        core = title_core(role.title) or normalize_name(role.title)
        seen = by_core.get(core)
        if seen is None:
            by_core[core] = role
        elif seen.span is None and role.span is not None:
            by_core[core] = replace(role, start_date=seen.start_date, end_date=seen.end_date)
        elif role.span is None and seen.span is not None and seen.start_date is None:
            by_core[core] = replace(seen, start_date=role.start_date, end_date=role.end_date)
    return list(by_core.values())
