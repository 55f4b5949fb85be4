"""Reading the store: the lists, profiles and aggregates the CLI, API and pages show.

Counting rule: an article counts once per story, and copies do not count again. Only
*current* revisions that are not a near-duplicate of another story are counted (see
:data:`COUNTED`); copies are listed beside their original.

Actors: a knowledge-base actor is one row shared by every article; a provisional actor is
one row per article, and such rows are grouped across articles by type and normalised
name (:func:`actor_group`), so "every quote by this minister" works before the actor is
in the knowledge base.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Select,
    Table,
    and_,
    case,
    cast,
    desc,
    func,
    literal,
    or_,
    select,
)

from newsprism.store import schema as t
from newsprism.store.search import Kind, matches
from newsprism.store.write import normalise_name

__all__ = [
    "COUNTED",
    "Page",
    "actor_group",
    "find_actors",
    "get_article",
    "in_counted_articles",
    "list_actors",
    "list_articles",
    "list_events",
    "list_failures",
    "list_frames",
    "list_outlets",
    "list_quotes",
    "search",
    "stats",
]

Row = dict[str, Any]
A = t.articles
COUNTED: ColumnElement[bool] = and_(A.c.is_current.is_(True), A.c.duplicate_of.is_(None))
#: one key per real-world actor (computed at ingest, see ``layers.group_key``).
GROUP_KEY = t.actors.c.group_key


def _int(value: Any) -> Any:
    # PostgreSQL's SUM of integers is NUMERIC (Decimal in Python); keep JSON and pages integer.
    return cast(value, Integer)


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a list: its rows and enough to link to the next."""

    items: list[Row]
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def _page(conn: Connection, query: Any, *, page: int, per_page: int, count_query: Any = None) -> Page:
    page, per_page = max(1, page), max(1, min(per_page, 500))
    counted = (query if count_query is None else count_query).order_by(None).subquery()
    total = int(conn.execute(select(func.count()).select_from(counted)).scalar_one())
    rows = conn.execute(query.limit(per_page).offset((page - 1) * per_page)).mappings().all()
    return Page([dict(r) for r in rows], page, per_page, total)


def _search_page(
    conn: Connection, kind: Kind, q: str | None, query: Any, key: Any, order: list[Any], *, page: int, per_page: int
) -> Page:
    """``query`` ordered by ``order``, or, with words ``q``, only the matches, best first.

    The total is counted over unranked matches: ranking (PostgreSQL's ``ts_rank``) reads
    every matching document, and the count does not need it.
    """
    if not q:
        return _page(conn, query.order_by(*order), page=page, per_page=per_page)
    hits, plain = matches(conn, kind, q), matches(conn, kind, q, ranked=False)
    if hits is None or plain is None:
        return Page([], page, per_page, 0)
    ranked = query.join(hits, hits.c.pk == key).order_by(hits.c.rank, key)
    return _page(conn, ranked, page=page, per_page=per_page, count_query=query.join(plain, plain.c.pk == key))


def stats(conn: Connection) -> Row:
    def count(table: Any, *where: Any) -> int:
        return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one())

    return {
        "articles": count(A, COUNTED),
        "copies": count(A, A.c.duplicate_of.is_not(None), A.c.is_current.is_(True)),
        "revisions": count(A, A.c.is_current.is_(False)),
        "actors": int(conn.execute(select(func.count(func.distinct(GROUP_KEY)))).scalar_one()),
        "quotes": count(t.quotes),
        "events": count(t.events),
        "frames": count(t.frames),
        "outlets": count(t.outlets),
        "failures": count(t.ingest_failures),
    }


def in_counted_articles(query: Select[Any], table: Table) -> Select[Any]:
    """Join ``table``'s rows (by ``article_pk``) to their article, counted ones only, and its outlet."""
    return query.join(A, and_(A.c.pk == table.c.article_pk, COUNTED)).outerjoin(
        t.outlets, t.outlets.c.pk == A.c.outlet_pk
    )


def _article_columns() -> list[Any]:
    return [
        A.c.pk,
        A.c.title,
        A.c.url,
        A.c.published,
        A.c.byline,
        A.c.duplicate_of,
        A.c.revision,
        t.outlets.c.name.label("outlet"),
    ]


def list_articles(
    conn: Connection, *, q: str | None = None, outlet: str | None = None, page: int = 1, per_page: int = 50
) -> Page:
    query = select(*_article_columns()).outerjoin(t.outlets, t.outlets.c.pk == A.c.outlet_pk).where(COUNTED)
    if outlet:
        query = query.where(t.outlets.c.name == outlet)
    order = [desc(func.coalesce(A.c.published, "")), desc(A.c.pk)]
    return _search_page(conn, "articles", q, query, A.c.pk, order, page=page, per_page=per_page)


def get_article(conn: Connection, article_pk: int) -> Row | None:
    row = (
        conn.execute(
            select(A, t.outlets.c.name.label("outlet"))
            .outerjoin(t.outlets, t.outlets.c.pk == A.c.outlet_pk)
            .where(A.c.pk == article_pk)
        )
        .mappings()
        .first()
    )
    if row is None:
        return None
    article = dict(row)
    article["actor_of"] = dict(
        conn.execute(
            select(t.article_actors.c.entity_id, t.article_actors.c.actor_pk).where(
                t.article_actors.c.article_pk == article_pk
            )
        ).all()
    )
    article["copies"] = [
        dict(r)
        for r in conn.execute(
            select(*_article_columns())
            .outerjoin(t.outlets, t.outlets.c.pk == A.c.outlet_pk)
            .where(A.c.duplicate_of == article_pk)
        ).mappings()
    ]
    article["revisions"] = [
        dict(r)
        for r in conn.execute(
            select(A.c.pk, A.c.revision, A.c.is_current, A.c.ingested_at)
            .where(A.c.story_pk == row["story_pk"])
            .order_by(A.c.revision)
        ).mappings()
    ]
    original = None
    if row["duplicate_of"] is not None:
        original = (
            conn.execute(
                select(*_article_columns())
                .outerjoin(t.outlets, t.outlets.c.pk == A.c.outlet_pk)
                .where(A.c.pk == row["duplicate_of"])
            )
            .mappings()
            .first()
        )
    article["original_of_copy"] = dict(original) if original else None
    return article


def actor_group(conn: Connection, actor_pk: int) -> list[int]:
    """Every actor row that is the same real-world actor as ``actor_pk`` (see module docstring)."""
    key = conn.execute(select(GROUP_KEY).where(t.actors.c.pk == actor_pk)).scalar()
    if key is None:
        return []
    members = select(t.actors.c.pk).where(literal(key) == GROUP_KEY).order_by(t.actors.c.pk)
    return [int(pk) for pk in conn.execute(members).scalars()]


def find_actors(conn: Connection, name: str, *, limit: int = 20) -> list[Row]:
    """Actors whose name or an alias is ``name`` (case and spacing ignored), else contain it."""
    norm = normalise_name(name)
    exact = select(t.actor_aliases.c.actor_pk).where(func.lower(t.actor_aliases.c.alias) == norm)
    rows = list_actors(conn, where=or_(t.actors.c.norm_name == norm, t.actors.c.pk.in_(exact)), per_page=limit).items
    if not rows:
        rows = list_actors(conn, q=name, per_page=limit).items
    return rows


def list_actors(
    conn: Connection, *, q: str | None = None, where: Any = None, page: int = 1, per_page: int = 50
) -> Page:
    """Actor groups, most written-about first: name, type, articles, quotes, a representative pk."""
    query = (
        select(
            func.min(t.actors.c.pk).label("pk"),
            func.min(t.actors.c.name).label("name"),
            func.min(t.actors.c.type).label("type"),
            func.max(t.actors.c.kb_id).label("kb_id"),
            func.count(func.distinct(t.article_actors.c.article_pk)).label("articles"),
            func.count(func.distinct(t.quotes.c.pk)).label("quotes"),
        )
        .select_from(t.actors)
        .join(t.article_actors, t.article_actors.c.actor_pk == t.actors.c.pk)
        .join(A, and_(A.c.pk == t.article_actors.c.article_pk, COUNTED))
        .outerjoin(
            t.quotes,
            and_(t.quotes.c.speaker_actor_pk == t.actors.c.pk, t.quotes.c.article_pk == t.article_actors.c.article_pk),
        )
        .group_by(GROUP_KEY)
        .order_by(desc("articles"), "name")
    )
    if where is not None:
        query = query.where(where)
    if q:
        query = query.where(t.actors.c.norm_name.contains(normalise_name(q), autoescape=True))
    return _page(conn, query, page=page, per_page=per_page)


def _quote_query() -> Any:
    return in_counted_articles(
        select(
            t.quotes.c.pk,
            t.quotes.c.quote_id,
            t.quotes.c.kind,
            t.quotes.c.text,
            t.quotes.c.speaker_name,
            t.quotes.c.speaker_actor_pk,
            t.quotes.c.cue,
            t.quotes.c.start,
            t.quotes.c.end,
            A.c.pk.label("article_pk"),
            A.c.title.label("article_title"),
            A.c.published,
            t.outlets.c.name.label("outlet"),
        ),
        t.quotes,
    )


def list_quotes(
    conn: Connection,
    *,
    q: str | None = None,
    speaker: str | None = None,
    actor_pk: int | None = None,
    outlet: str | None = None,
    page: int = 1,
    per_page: int = 50,
) -> Page:
    """Quotes across outlets: by words (full text), speaker name, actor (its whole group), outlet."""
    query = _quote_query()
    order: list[Any] = [desc(func.coalesce(A.c.published, "")), t.quotes.c.pk]
    if speaker:
        query = query.where(func.lower(t.quotes.c.speaker_name).contains(speaker.casefold(), autoescape=True))
    if actor_pk is not None:
        query = query.where(t.quotes.c.speaker_actor_pk.in_(actor_group(conn, actor_pk) or [-1]))
    if outlet:
        query = query.where(t.outlets.c.name == outlet)
    return _search_page(conn, "quotes", q, query, t.quotes.c.pk, order, page=page, per_page=per_page)


def _event_query() -> Any:
    when = func.coalesce(t.events.c.date, A.c.published)
    return in_counted_articles(
        select(
            t.events.c.pk,
            t.events.c.event_id,
            t.events.c.type,
            t.events.c.mode,
            t.events.c.trigger,
            t.events.c.summary,
            t.events.c.trigger_start,
            t.events.c.trigger_end,
            t.events.c.date,
            t.events.c.time_relation,
            t.events.c.negated,
            t.events.c.asserted_by,
            t.events.c.same_as,
            when.label("when"),
            A.c.pk.label("article_pk"),
            A.c.title.label("article_title"),
            t.outlets.c.name.label("outlet"),
        ),
        t.events,
    ), when


def list_events(
    conn: Connection,
    *,
    q: str | None = None,
    actor_pk: int | None = None,
    type: str | None = None,
    start: str | None = None,
    end: str | None = None,
    page: int = 1,
    per_page: int = 100,
    retellings: bool = False,
) -> Page:
    """Events in time order (their own date, else the article's), for the timeline and search.

    An event an article tells again (``same_as``: the lede's arrest in paragraph 3) is left out
    unless ``retellings``: a timeline shows each real-world event of an article once.
    """
    query, when = _event_query()
    order: list[Any] = [when.is_(None), when, t.events.c.pk]  # undated last on both backends
    if not retellings:
        query = query.where(t.events.c.same_as.is_(None))
    if actor_pk is not None:
        party = select(t.event_parties.c.event_pk).where(
            t.event_parties.c.actor_pk.in_(actor_group(conn, actor_pk) or [-1])
        )
        query = query.where(t.events.c.pk.in_(party))
    if type:
        query = query.where(t.events.c.type == type.upper())
    if start:
        query = query.where(when >= start)
    if end:
        query = query.where(when <= end + "\uffff")
    page_ = _search_page(conn, "events", q, query, t.events.c.pk, order, page=page, per_page=per_page)
    _attach_parties(conn, page_.items)
    return page_


def _attach_parties(conn: Connection, events: list[Row]) -> None:
    by_event: dict[int, list[Row]] = {e["pk"]: [] for e in events}
    if not by_event:
        return
    for party in conn.execute(select(t.event_parties).where(t.event_parties.c.event_pk.in_(by_event))).mappings():
        by_event[party["event_pk"]].append(dict(party))
    for event in events:
        parties = by_event[event["pk"]]
        event["actors"] = [p for p in parties if p["role"] == "actor"]
        event["recipients"] = [p for p in parties if p["role"] == "recipient"]
        event["location"] = next((p for p in parties if p["role"] == "location"), None)


def list_frames(
    conn: Connection, *, technique: str | None = None, outlet: str | None = None, page: int = 1, per_page: int = 100
) -> Page:
    query = in_counted_articles(
        select(
            t.frames.c.pk,
            t.frames.c.frame_id,
            t.frames.c.technique,
            t.frames.c.text,
            t.frames.c.voice,
            t.frames.c.confidence,
            A.c.pk.label("article_pk"),
            A.c.title.label("article_title"),
            t.outlets.c.name.label("outlet"),
        ),
        t.frames,
    ).order_by(t.frames.c.pk)
    if technique:
        query = query.where(t.frames.c.technique == technique)
    if outlet:
        query = query.where(t.outlets.c.name == outlet)
    return _page(conn, query, page=page, per_page=per_page)


def list_outlets(conn: Connection) -> list[Row]:
    """Each outlet's counts, with what compares outlets' framing at a glance: frames in the
    writers' own voice (``author_frames``) and the share of reporting verbs that judge the
    words they introduce (``evaluative_share``, None when no verb is stored)."""

    def per_outlet(table: Any, where: Any = True) -> Any:
        return (
            select(A.c.outlet_pk, func.count().label("n"))
            .select_from(table)
            .join(A, and_(A.c.pk == table.c.article_pk, COUNTED))
            .where(where)
            .group_by(A.c.outlet_pk)
            .subquery()
        )

    quotes, events, frames = per_outlet(t.quotes), per_outlet(t.events), per_outlet(t.frames)
    author_frames = per_outlet(t.frames, t.frames.c.voice == "author")
    verbs = per_outlet(t.attributions)
    judging = per_outlet(t.attributions, t.attributions.c.stance == "evaluative")
    articles = (
        select(
            A.c.outlet_pk,
            _int(func.sum(case((COUNTED, 1), else_=0))).label("articles"),
            _int(func.sum(case((and_(A.c.is_current.is_(True), A.c.duplicate_of.is_not(None)), 1), else_=0))).label(
                "copies"
            ),
        )
        .group_by(A.c.outlet_pk)
        .subquery()
    )
    query = (
        select(
            t.outlets.c.name,
            func.coalesce(articles.c.articles, 0).label("articles"),
            func.coalesce(articles.c.copies, 0).label("copies"),
            func.coalesce(quotes.c.n, 0).label("quotes"),
            func.coalesce(events.c.n, 0).label("events"),
            func.coalesce(frames.c.n, 0).label("frames"),
            func.coalesce(author_frames.c.n, 0).label("author_frames"),
            func.coalesce(verbs.c.n, 0).label("reporting_verbs"),
            func.coalesce(judging.c.n, 0).label("evaluative_verbs"),
        )
        .outerjoin(articles, articles.c.outlet_pk == t.outlets.c.pk)
        .outerjoin(quotes, quotes.c.outlet_pk == t.outlets.c.pk)
        .outerjoin(events, events.c.outlet_pk == t.outlets.c.pk)
        .outerjoin(frames, frames.c.outlet_pk == t.outlets.c.pk)
        .outerjoin(author_frames, author_frames.c.outlet_pk == t.outlets.c.pk)
        .outerjoin(verbs, verbs.c.outlet_pk == t.outlets.c.pk)
        .outerjoin(judging, judging.c.outlet_pk == t.outlets.c.pk)
        .order_by(desc("articles"), t.outlets.c.name)
    )
    rows = [dict(r) for r in conn.execute(query).mappings()]
    for row in rows:
        n = row["reporting_verbs"]
        row["evaluative_share"] = round(row["evaluative_verbs"] / n, 3) if n else None
    return rows


def list_failures(conn: Connection, *, page: int = 1, per_page: int = 100) -> Page:
    query = select(t.ingest_failures).order_by(desc(t.ingest_failures.c.pk))
    return _page(conn, query, page=page, per_page=per_page)


def search(
    conn: Connection,
    query: str,
    *,
    kind: Kind = "articles",
    speaker: str | None = None,
    actor: str | None = None,
    page: int = 1,
    per_page: int = 50,
) -> Page:
    """The CLI's and API's one search: articles, quotes or events, with speaker/actor filters."""
    actor_pk = None
    if actor:
        found = find_actors(conn, actor, limit=1)
        if not found:
            return Page([], page, per_page, 0)
        actor_pk = int(found[0]["pk"])
    if kind == "quotes":
        return list_quotes(conn, q=query or None, speaker=speaker, actor_pk=actor_pk, page=page, per_page=per_page)
    if kind == "events":
        return list_events(conn, q=query or None, actor_pk=actor_pk, page=page, per_page=per_page)
    result = list_articles(conn, q=query or None, page=page, per_page=per_page)
    if actor_pk is not None:
        group = set(actor_group(conn, actor_pk))
        with_actor = set(
            conn.execute(select(t.article_actors.c.article_pk).where(t.article_actors.c.actor_pk.in_(group))).scalars()
        )
        result = Page([r for r in result.items if r["pk"] in with_actor], page, per_page, result.total)
    return result
