"""Profiles and aggregates: an actor across articles, an outlet, the actor network.

Counting follows :mod:`newsprism.store.queries`: current revisions only, copies not again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, and_, case, desc, func, select

from newsprism.store import schema as t
from newsprism.store.queries import (
    COUNTED,
    Row,
    _article_columns,
    _int,
    actor_group,
    in_counted_articles,
    list_articles,
    list_events,
    list_outlets,
    list_quotes,
)

__all__ = ["actor_profile", "network", "outlet_profile"]

A = t.articles


def _per_outlet(conn: Connection, table: Table, group: list[int], *columns: Any) -> list[Any]:
    """How often each outlet used each value of ``columns`` (a name, role, label) for the actor."""
    query = select(t.outlets.c.name.label("outlet"), *columns, func.count().label("n")).select_from(table)
    query = in_counted_articles(query, table).where(table.c.actor_pk.in_(group))
    return list(conn.execute(query.group_by(t.outlets.c.name, *columns)).mappings().all())


def actor_profile(conn: Connection, actor_pk: int) -> Row | None:
    """Roles, names, every quote by them, events they are party to, and how each outlet labels them.

    ``by_outlet[outlet]["labels"]`` counts the writers' own labels (author voice);
    labels that outlet only quoted from a speaker are in ``"quoted_labels"``. ``"reporting"``
    counts the outlet's reporting verbs for the actor by stance (``neutral``, ``evaluative``),
    ``"evaluative_verbs"`` the judging ones by lemma (*claim*, *admit*).
    """
    group = actor_group(conn, actor_pk)
    if not group:
        return None
    actor = dict(conn.execute(select(t.actors).where(t.actors.c.pk == group[0])).mappings().one())
    names = _per_outlet(conn, t.article_actors, group, t.article_actors.c.name)
    roles = _per_outlet(conn, t.actor_roles, group, t.actor_roles.c.title)
    labels = _per_outlet(conn, t.actor_labels, group, t.actor_labels.c.label, t.actor_labels.c.voice)
    # A label inside a quotation is the quoted speaker's word, not the outlet's: it is counted
    # apart ("quoted_labels") so the outlet comparison only ever shows what the writers chose.
    author_labels = [r for r in labels if r["voice"] == "author"]
    quoted_labels = [r for r in labels if r["voice"] != "author"]
    # The verbs the outlet's writers chose to report this actor's words: *said* or *claimed*.
    verbs = _per_outlet(conn, t.attributions, group, t.attributions.c.lemma, t.attributions.c.stance)
    kinds = ("names", "roles", "labels", "quoted_labels", "reporting", "evaluative_verbs")
    by_outlet: dict[str, Row] = {}
    for kind, rows, field in (
        ("names", names, "name"),
        ("roles", roles, "title"),
        ("labels", author_labels, "label"),
        ("quoted_labels", quoted_labels, "label"),
        ("reporting", verbs, "stance"),
        ("evaluative_verbs", [r for r in verbs if r["stance"] == "evaluative"], "lemma"),
    ):
        for r in rows:
            entry = by_outlet.setdefault(r["outlet"] or "(unknown outlet)", {k: {} for k in kinds})
            entry[kind][r[field]] = entry[kind].get(r[field], 0) + int(r["n"])
    articles = (
        conn.execute(
            in_counted_articles(select(*_article_columns()).distinct().select_from(t.article_actors), t.article_actors)
            .where(t.article_actors.c.actor_pk.in_(group))
            .order_by(A.c.pk)
        )
        .mappings()
        .all()
    )
    return {
        "actor": actor,
        "group": group,
        "aliases": sorted(
            set(conn.execute(select(t.actor_aliases.c.alias).where(t.actor_aliases.c.actor_pk.in_(group))).scalars())
        ),
        "roles": sorted({r["title"] for r in roles}),
        "by_outlet": dict(sorted(by_outlet.items())),
        "articles": [dict(a) for a in articles],
        "quotes": list_quotes(conn, actor_pk=actor_pk, per_page=500).items,
        "events": list_events(conn, actor_pk=actor_pk, per_page=500).items,
    }


def network(conn: Connection, *, min_weight: int = 1, limit: int = 200, type: str | None = None) -> Row:
    """Who acts on whom: actor group -> recipient group, weighted by the number of events."""
    src = t.event_parties.alias("src")
    dst = t.event_parties.alias("dst")
    a1 = t.actors.alias("a1")
    a2 = t.actors.alias("a2")
    key1, key2 = a1.c.group_key, a2.c.group_key
    query = (
        select(
            key1.label("source_key"),
            func.min(a1.c.pk).label("source_pk"),
            func.min(a1.c.name).label("source"),
            key2.label("target_key"),
            func.min(a2.c.pk).label("target_pk"),
            func.min(a2.c.name).label("target"),
            func.count(func.distinct(t.events.c.pk)).label("weight"),
            _int(func.sum(case((t.events.c.negated.is_(True), 0), else_=1))).label("asserted"),
        )
        .select_from(t.events)
        .join(A, and_(A.c.pk == t.events.c.article_pk, COUNTED))
        .join(src, and_(src.c.event_pk == t.events.c.pk, src.c.role == "actor"))
        .join(dst, and_(dst.c.event_pk == t.events.c.pk, dst.c.role == "recipient"))
        .join(a1, a1.c.pk == src.c.actor_pk)
        .join(a2, a2.c.pk == dst.c.actor_pk)
        .where(key1 != key2)
        .where(t.events.c.same_as.is_(None))  # an article's re-telling of an event weighs nothing more
        .group_by(key1, key2)
        .having(func.count(func.distinct(t.events.c.pk)) >= min_weight)
        .order_by(desc("weight"), "source", "target")
        .limit(limit)
    )
    if type:
        query = query.where(t.events.c.type == type.upper())
    edges = [dict(r) for r in conn.execute(query).mappings()]
    nodes: dict[str, Row] = {}
    for edge in edges:
        for side in ("source", "target"):
            node = nodes.setdefault(
                edge[f"{side}_key"],
                {"key": edge[f"{side}_key"], "pk": edge[f"{side}_pk"], "name": edge[side], "weight": 0},
            )
            node["weight"] += edge["weight"]
    return {"nodes": sorted(nodes.values(), key=lambda n: (-n["weight"], n["name"])), "edges": edges}


def outlet_profile(conn: Connection, name: str) -> Row | None:
    """An outlet's volume by month, framing profile (techniques by voice), sources it quotes,
    what its writers call each actor (``labels``) and how they report each actor's words
    (``reporting``): the outlet side of the comparison each actor page makes across outlets."""
    outlet_pk = conn.execute(select(t.outlets.c.pk).where(t.outlets.c.name == name)).scalar()
    if outlet_pk is None:
        return None
    mine = and_(COUNTED, A.c.outlet_pk == outlet_pk)
    month = func.substr(func.coalesce(A.c.published, ""), 1, 7)
    volume = (
        conn.execute(select(month.label("month"), func.count().label("n")).where(mine).group_by(month).order_by(month))
        .mappings()
        .all()
    )
    words = sum(len(text.split()) for text in conn.execute(select(A.c.text).where(mine)).scalars())
    voice = case((t.frames.c.voice == "author", "author"), else_="quoted")
    techniques = (
        conn.execute(
            select(t.frames.c.technique, voice.label("voice"), func.count().label("n"))
            .select_from(t.frames)
            .join(A, and_(A.c.pk == t.frames.c.article_pk, mine))
            .group_by(t.frames.c.technique, voice)
            .order_by(desc("n"))
        )
        .mappings()
        .all()
    )
    speakers = (
        conn.execute(
            select(
                t.quotes.c.speaker_name,
                func.min(t.quotes.c.speaker_actor_pk).label("actor_pk"),
                func.count().label("n"),
            )
            .select_from(t.quotes)
            .join(A, and_(A.c.pk == t.quotes.c.article_pk, mine))
            .where(t.quotes.c.speaker_name.is_not(None))
            .group_by(t.quotes.c.speaker_name)
            .order_by(desc("n"))
            .limit(20)
        )
        .mappings()
        .all()
    )
    event_types = (
        conn.execute(
            select(t.events.c.type, func.count().label("n"))
            .select_from(t.events)
            .join(A, and_(A.c.pk == t.events.c.article_pk, mine))
            .group_by(t.events.c.type)
            .order_by(desc("n"))
        )
        .mappings()
        .all()
    )
    summary = next((o for o in list_outlets(conn) if o["name"] == name), {})
    labels, reporting = _outlet_labels(conn, mine), _outlet_reporting(conn, mine)
    return {
        "name": name,
        "summary": summary,
        "words": words,
        "volume": [dict(v) for v in volume],
        "techniques": [
            dict(r) | {"per_1000_words": round(1000 * r["n"] / words, 2) if words else 0.0} for r in techniques
        ],
        "speakers": [dict(s) for s in speakers],
        "event_types": [dict(e) for e in event_types],
        "labels": labels,
        "reporting": reporting,
        "articles": list_articles(conn, outlet=name, per_page=200).items,
    }


def _actor_columns() -> list[Any]:
    """An actor group's key, first pk and name: one row per actor across its articles."""
    return [
        t.actors.c.group_key.label("key"),
        func.min(t.actors.c.pk).label("actor_pk"),
        func.min(t.actors.c.name).label("actor"),
    ]


def _outlet_labels(conn: Connection, mine: Any, *, limit: int = 50) -> list[Row]:
    """The labels the outlet's writers gave each actor, most used first (author voice only:
    a label inside a quotation is the speaker's word, not the outlet's)."""
    L = t.actor_labels
    query = (
        select(*_actor_columns(), L.c.label, func.count().label("n"))
        .select_from(L)
        .join(A, and_(A.c.pk == L.c.article_pk, mine))
        .join(t.actors, t.actors.c.pk == L.c.actor_pk)
        .where(L.c.voice == "author")
        .group_by(t.actors.c.group_key, L.c.label)
        .order_by(desc("n"), "actor", L.c.label)
        .limit(limit)
    )
    return [dict(r) for r in conn.execute(query).mappings()]


def _outlet_reporting(conn: Connection, mine: Any, *, limit: int = 30) -> Row:
    """The outlet's reporting verbs: the stance mix overall, by kind, and per actor reported.

    Per actor, ``evaluative`` / (``neutral`` + ``evaluative``) is the share of that actor's
    words the outlet introduced with a verb that judges them (*claimed*, *admitted*, *insisted*).
    """
    R = t.attributions
    mine_rows = and_(A.c.pk == R.c.article_pk, mine)
    kinds = conn.execute(
        select(R.c.stance, R.c.kind, func.count().label("n"))
        .select_from(R)
        .join(A, mine_rows)
        .group_by(R.c.stance, R.c.kind)
        .order_by(desc("n"), R.c.kind)
    ).mappings()
    evaluative = func.sum(case((R.c.stance == "evaluative", 1), else_=0))
    per_actor = conn.execute(
        select(*_actor_columns(), _int(evaluative).label("evaluative"), func.count().label("n"))
        .select_from(R)
        .join(A, mine_rows)
        .join(t.actors, t.actors.c.pk == R.c.actor_pk)
        .group_by(t.actors.c.group_key)
        .order_by(desc("n"), "actor")
        .limit(limit)
    ).mappings()
    verbs = conn.execute(
        select(*_actor_columns(), R.c.lemma, func.count().label("n"))
        .select_from(R)
        .join(A, mine_rows)
        .join(t.actors, t.actors.c.pk == R.c.actor_pk)
        .where(R.c.stance == "evaluative")
        .group_by(t.actors.c.group_key, R.c.lemma)
        .order_by(desc("n"), R.c.lemma)
    ).mappings()
    verbs_of: dict[str, dict[str, int]] = {}
    for v in verbs:
        verbs_of.setdefault(v["key"], {})[v["lemma"]] = int(v["n"])
    kind_rows = [dict(k) | {"n": int(k["n"])} for k in kinds]
    return {
        "neutral": sum(k["n"] for k in kind_rows if k["stance"] == "neutral"),
        "evaluative": sum(k["n"] for k in kind_rows if k["stance"] == "evaluative"),
        "kinds": kind_rows,
        "by_actor": [
            dict(r)
            | {
                "n": int(r["n"]),
                "evaluative": int(r["evaluative"]),
                "neutral": int(r["n"]) - int(r["evaluative"]),
                "share_evaluative": round(int(r["evaluative"]) / int(r["n"]), 3),
                "evaluative_verbs": verbs_of.get(r["key"], {}),
            }
            for r in per_actor
        ],
    }
