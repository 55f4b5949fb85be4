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
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

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
from newsprism.analyze.actors.link import Linker
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
        mentions, pairs, long_forms = acronym_mentions(text, mentions)
        clusters = cluster_mentions(mentions, pairs)
        nested_person_mentions(clusters)
        article_countries = frozenset(
            c for m in mentions if m.type in {"gpe", "group"} and (c := self.countries.country_code(m.text))
        )
        actors = [self._link(cluster, long_forms, date, article_countries) for cluster in clusters]
        actors = self._merge_same_kb(actors)
        # Titles and generic agents are read off the parse; without one, names only.
        if doc.has_annotation("DEP"):
            self._add_roles(actors, doc, date, text)
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
        if type_ in {"gpe", "group", "location"}:
            states = {s.id: s for m in cluster.mentions if (s := self.countries.state(m.text)) is not None}
            if len(states) == 1:
                actor.kb = next(iter(states.values()))
                actor.confidence = 0.9
        if actor.kb is None:
            result = self.linker.link(
                names=cluster.names, long_names=cluster.long_names, type_=type_, date=date, countries=countries
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

    def _add_roles(self, actors: list[_Actor], doc: Doc, date: str | None, text: str) -> None:
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
            owners = [
                a
                for a in actors
                if a.type == "person"
                and any(title_core(r.title) == core for r in a.roles)
                and not any(m.start <= hit.start < m.end for m in a.cluster.mentions)
            ]
            if len(owners) == 1:
                owners[0].cluster.mentions.append(
                    Mention(start=hit.start, end=hit.end, text=hit.title, type="person", kind="title")
                )
                continue
            # The title as written ("EU trade chief") may be a KB title by itself;
            # a bare core ("president") needs its country ("the Kenyan president").
            holders = {a.id: a for a, _ in self.kb.holders(hit.title, date=date, country=None)}
            country = self._role_country(hit)
            if len(holders) != 1 and country:
                holders = {a.id: a for a, _ in self.kb.holders(core, date=date, country=country)}
            if len(holders) == 1:
                kb_actor = next(iter(holders.values()))
                known = next((a for a in actors if a.kb is not None and a.kb.id == kb_actor.id), None)
                mention = Mention(start=hit.start, end=hit.end, text=hit.title, type="person", kind="title")
                if known is not None:
                    known.cluster.mentions.append(mention)
                else:
                    actors.append(self._kb_actor(kb_actor, Cluster(mentions=[mention]), date))

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
