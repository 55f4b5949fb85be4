"""Storing one analysed article: everything in one transaction, idempotent by content hash.

``store_article`` is called inside :meth:`Store.write`; if anything in it fails the whole
article is rolled back, so the store never holds half an article. The rows are built from
the ``newsprism.article/1`` dict (not the dataclasses) so a layer added to the format later
is still kept whole in ``articles.document`` before it gets tables of its own.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, Literal
from urllib.parse import urlsplit

from datasketch import MinHash
from sqlalchemy import Connection, Table, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from newsprism.store import schema as t
from newsprism.store.dedupe import DuplicateIndex, signature, to_bytes

__all__ = ["SourceInfo", "StoreResult", "content_hash", "normalise_name", "replace_analysis", "store_article",
           "story_key"]

JSON = dict[str, Any]
Status = Literal["added", "revision", "duplicate", "unchanged", "updated"]
_SPACE = re.compile(r"\s+")
_TRACKING = re.compile(r"^(utm_|fbclid|gclid|mc_)")


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """Where an article came from, recorded in ``sources``."""

    location: str
    raw_sha256: str | None = None
    signature: str | None = None
    content_type: str | None = None
    size: int | None = None
    original: str | None = None


@dataclass(frozen=True, slots=True)
class StoreResult:
    status: Status
    article_pk: int
    duplicate_of: int | None = None
    similarity: float | None = None
    minhash: MinHash | None = None


def content_hash(document: JSON) -> str:
    """sha256 of url, title and text: what makes two articles "the same article"."""
    key = json.dumps([document.get("url"), document.get("title"), document["text"]], ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def normalise_name(name: str) -> str:
    """``"  Jane  DOE "`` -> ``"jane doe"``: how provisional actors are grouped by name."""
    return _SPACE.sub(" ", name).strip().casefold()[:300]


def group_key(*, key: str, name: str, type: str, kb_id: str | None) -> str:
    """What makes actor rows of different articles one actor on the pages.

    A knowledge-base id always (``kb:Q1``); else the type and normalised name
    (``person:ana duarte``), so an unlinked minister is still one actor across
    articles; but not for a name made only of function words (*he*, *they*; *the
    government* still groups): a pronoun in one article is not the same actor as in
    another, so it keeps the row's own ``key``. The word list is spaCy's English one.
    """
    if kb_id:
        return f"kb:{kb_id}"[:320]
    words = normalise_name(name).split()
    if not words or all(word in _stop_words() for word in words):
        return key[:320]
    return f"{type}:{normalise_name(name)}"[:320]


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def story_key(document: JSON) -> str:
    """What makes two revisions one story: the URL, else the input's name, else the content.

    ``HTTPS://Example.org/a/?utm_source=x#top`` -> ``url:https://example.org/a``.
    """
    url = document.get("url")
    if url:
        parts = urlsplit(url.strip())
        query = "&".join(q for q in parts.query.split("&") if q and not _TRACKING.match(q))
        path = parts.path.rstrip("/") or "/"
        return f"url:{parts.scheme.lower()}://{parts.netloc.lower()}{path}" + (f"?{query}" if query else "")
    if document.get("source") and document["source"] != "-":
        return f"source:{document['source']}"
    return f"hash:{content_hash(document)}"


def _outlet_name(document: JSON) -> str | None:
    if document.get("site"):
        return str(document["site"]).strip()[:300] or None
    if document.get("url"):
        host = urlsplit(document["url"]).netloc.lower()
        return host.removeprefix("www.") or None
    return None


def _insert_ignore(conn: Connection, table: Table, values: JSON | list[JSON]) -> None:
    """Insert rows unless their unique key exists (concurrent writers on PostgreSQL race here).

    A list is sent as one executemany: an article's dozen actors cost one round trip, not twelve.
    """
    if not values:
        return
    dialect_insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    conn.execute(dialect_insert(table).on_conflict_do_nothing(), values if isinstance(values, list) else [values])


def _pk_of(conn: Connection, table: Table, column: str, value: object) -> int | None:
    row = conn.execute(select(table.c.pk).where(table.c[column] == value)).scalar()
    return None if row is None else int(row)


def _outlet_pk(conn: Connection, name: str | None) -> int | None:
    if name is None:
        return None
    _insert_ignore(conn, t.outlets, {"name": name})
    return _pk_of(conn, t.outlets, "name", name)


def _actor_pks(conn: Connection, document: JSON, chash: str) -> dict[str, int]:
    """Entity id (``e1``) -> actor pk: shared by knowledge-base id, else provisional per article."""
    entities = document.get("entities", ())
    key_of = {
        e["id"]: (f"kb:{e['kb_id']}" if e.get("kb_id") else f"local:{chash[:24]}:{e['id']}")[:300] for e in entities
    }
    rows = {}
    for e in entities:
        rows[key_of[e["id"]]] = {
            "key": key_of[e["id"]],
            "name": e["name"],
            "norm_name": normalise_name(e["name"]),
            "group_key": group_key(key=key_of[e["id"]], name=e["name"], type=e["type"], kb_id=e.get("kb_id")),
            "type": e["type"],
            "kb_id": e.get("kb_id"),
            "country": e.get("country"),
            "sectors": list(e.get("sectors", ())),
        }
    _insert_ignore(conn, t.actors, list(rows.values()))
    if not rows:
        return {}
    pk_of_key = dict(conn.execute(select(t.actors.c.key, t.actors.c.pk).where(t.actors.c.key.in_(rows))).all())
    mapping = {entity_id: int(pk_of_key[key]) for entity_id, key in key_of.items()}
    aliases = {(mapping[e["id"]], alias[:500]) for e in entities for alias in {e["name"], *e.get("aliases", ())}}
    _insert_ignore(conn, t.actor_aliases, [{"actor_pk": pk, "alias": alias} for pk, alias in sorted(aliases)])
    return mapping


def _bulk(conn: Connection, table: Table, rows: list[JSON]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def _layers(conn: Connection, article_pk: int, document: JSON, chash: str) -> None:
    """Every annotation layer into its own table, entity ids resolved to actor pks."""
    actor_of = _actor_pks(conn, document, chash)
    entities = document.get("entities", ())
    _bulk(
        conn,
        t.article_actors,
        [
            {
                "article_pk": article_pk,
                "actor_pk": actor_of[e["id"]],
                "entity_id": e["id"],
                "name": e["name"],
                "aliases": list(e.get("aliases", ())),
                "confidence": e.get("confidence"),
            }
            for e in entities
        ],
    )
    _bulk(
        conn,
        t.mentions,
        [
            {
                "article_pk": article_pk,
                "actor_pk": actor_of[e["id"]],
                "start": m["start"],
                "end": m["end"],
                "text": m["text"],
            }
            for e in entities
            for m in e.get("mentions", ())
        ],
    )
    _bulk(
        conn,
        t.actor_roles,
        [
            {
                "actor_pk": actor_of[e["id"]],
                "article_pk": article_pk,
                "title": r["title"],
                "start": (r.get("span") or {}).get("start"),
                "end": (r.get("span") or {}).get("end"),
                "start_date": r.get("start_date"),
                "end_date": r.get("end_date"),
                "source": r.get("source"),
            }
            for e in entities
            for r in e.get("roles", ())
        ],
    )
    _bulk(conn, t.quotes, [_quote_row(article_pk, q, actor_of) for q in document.get("quotes", ())])
    for event in document.get("events", ()):
        _event_rows(conn, article_pk, event, actor_of)
    _bulk(
        conn,
        t.frames,
        [
            {
                "article_pk": article_pk,
                "frame_id": f["id"],
                "technique": f["technique"],
                "text": f["text"],
                "start": f["start"],
                "end": f["end"],
                "voice": f["voice"],
                "voice_actor_pk": actor_of.get(f["voice"]),
                "actor_pk": actor_of.get(f.get("actor") or ""),
                "confidence": f.get("confidence"),
                **_prov(f),
            }
            for f in document.get("frames", ())
        ],
    )
    labels = (document.get("framing") or {}).get("labels", ())
    _bulk(
        conn,
        t.actor_labels,
        [
            {
                "article_pk": article_pk,
                "actor_pk": actor_of.get(label.get("actor") or ""),
                "label": label["label"],
                "voice": label.get("voice"),
                "start": (label.get("span") or {}).get("start"),
                "end": (label.get("span") or {}).get("end"),
            }
            for label in labels
        ],
    )
    attributions = (document.get("framing") or {}).get("attributions", ())
    _bulk(
        conn,
        t.attributions,
        [
            {
                "article_pk": article_pk,
                "actor_pk": actor_of.get(a.get("actor") or ""),
                "quote_id": a.get("quote"),
                "cue": a["cue"]["text"],
                "lemma": a["lemma"],
                "stance": a["stance"],
                "kind": a.get("kind") or a["stance"],
                "start": a["cue"]["start"],
                "end": a["cue"]["end"],
            }
            for a in attributions
        ],
    )


def _prov(item: JSON) -> JSON:
    prov = item.get("provenance") or {}
    return {"stage": prov.get("stage"), "stage_version": prov.get("version")}


def _quote_row(article_pk: int, quote: JSON, actor_of: dict[str, int]) -> JSON:
    speaker = quote.get("speaker") or {}
    speaker_span = speaker.get("span") or {}
    cue = quote.get("cue") or {}
    return {
        "article_pk": article_pk,
        "quote_id": quote["id"],
        "kind": quote["kind"],
        "text": quote["text"],
        "start": quote["start"],
        "end": quote["end"],
        "speaker_name": speaker.get("name"),
        "speaker_actor_pk": actor_of.get(speaker.get("entity") or ""),
        "speaker_start": speaker_span.get("start"),
        "speaker_end": speaker_span.get("end"),
        "cue_start": cue.get("start"),
        "cue_end": cue.get("end"),
        "cue": cue.get("text"),
        "confidence": quote.get("confidence"),
        **_prov(quote),
    }


def _event_rows(conn: Connection, article_pk: int, event: JSON, actor_of: dict[str, int]) -> None:
    actors = [p["text"] for p in event.get("actors", ())]
    recipients = [p["text"] for p in event.get("recipients", ())]
    summary = " ".join([*actors, event["type"], event.get("mode") or "", *recipients, event["trigger"]["text"]])
    date = event.get("date") or {}
    event_pk = conn.execute(
        insert(t.events)
        .values(
            article_pk=article_pk,
            event_id=event["id"],
            type=event["type"],
            mode=event.get("mode"),
            context=list(event.get("context", ())),
            trigger=event["trigger"]["text"],
            trigger_start=event["trigger"]["start"],
            trigger_end=event["trigger"]["end"],
            date=date.get("value"),
            date_precision=date.get("precision"),
            time_relation=event.get("time_relation"),
            negated=bool(event.get("negated")),
            asserted_by=event.get("asserted_by"),
            magnitude=list(event.get("magnitude", ())),
            same_as=event.get("same_as"),
            summary=summary,
            confidence=event.get("confidence"),
            **_prov(event),
        )
        .returning(t.events.c.pk)
    ).scalar_one()
    parties = [("actor", p) for p in event.get("actors", ())] + [("recipient", p) for p in event.get("recipients", ())]
    if event.get("location"):
        parties.append(("location", event["location"]))
    _bulk(
        conn,
        t.event_parties,
        [
            {
                "event_pk": event_pk,
                "role": role,
                "actor_pk": actor_of.get(p.get("entity") or ""),
                "text": p["text"],
                "start": p["start"],
                "end": p["end"],
                "sector": p.get("sector"),
            }
            for role, p in parties
        ],
    )


_LAYER_TABLES = (t.article_actors, t.mentions, t.actor_roles, t.quotes, t.frames, t.actor_labels, t.attributions)


def _clear_layers(conn: Connection, article_pk: int) -> None:
    # Cascades would do this on delete of the article; here the article row stays.
    for table in _LAYER_TABLES:
        conn.execute(delete(table).where(table.c.article_pk == article_pk))
    event_pks = select(t.events.c.pk).where(t.events.c.article_pk == article_pk)
    conn.execute(delete(t.event_parties).where(t.event_parties.c.event_pk.in_(event_pks)))
    conn.execute(delete(t.events).where(t.events.c.article_pk == article_pk))


def _replace_layers(conn: Connection, article_pk: int, document: JSON, chash: str) -> None:
    _clear_layers(conn, article_pk)
    conn.execute(
        update(t.articles)
        .where(t.articles.c.pk == article_pk)
        .values(document=document, stages=document.get("stages"), article_id=document["id"])
    )
    _layers(conn, article_pk, document, chash)


def replace_analysis(conn: Connection, article_pk: int, document: JSON) -> bool:
    """Store a new analysis of a stored article inside the caller's transaction; whether anything changed.

    The same article means the same url, title and text (its content hash): every span of
    the new layers is an offset into the stored text, so a document of other text is refused.
    """
    row = conn.execute(
        select(t.articles.c.content_hash, t.articles.c.document).where(t.articles.c.pk == article_pk)
    ).first()
    if row is None:
        raise ValueError(f"no stored article with pk {article_pk}")
    chash = content_hash(document)
    if chash != row.content_hash:
        raise ValueError(f"article pk {article_pk}: the new analysis is of another url, title or text")
    if row.document == document:
        return False
    _replace_layers(conn, article_pk, document, chash)
    return True


def _record_source(conn: Connection, article_pk: int, info: SourceInfo, now: datetime) -> None:
    seen = conn.execute(
        select(t.sources.c.pk).where(
            t.sources.c.article_pk == article_pk,
            t.sources.c.location == info.location,
            t.sources.c.raw_sha256 == info.raw_sha256,
            t.sources.c.signature == info.signature,
        )
    ).first()
    if seen is None:
        conn.execute(
            insert(t.sources).values(
                article_pk=article_pk,
                location=info.location,
                raw_sha256=info.raw_sha256,
                signature=info.signature,
                content_type=info.content_type,
                size=info.size,
                ingested_at=now,
            )
        )


def _root(conn: Connection, article_pk: int) -> int:
    """Follow ``duplicate_of`` to the first copy, so every copy links to one original."""
    seen = {article_pk}
    while parent := conn.execute(select(t.articles.c.duplicate_of).where(t.articles.c.pk == article_pk)).scalar():
        if parent in seen:
            break
        seen.add(parent)
        article_pk = int(parent)
    return article_pk


def store_article(conn: Connection, document: JSON, info: SourceInfo, *, index: DuplicateIndex | None) -> StoreResult:
    """Store one ``newsprism.article/1`` dict inside the caller's transaction.

    Same url+title+text as a stored article -> ``unchanged`` (or ``updated`` when the
    layers differ, e.g. re-analysed by a newer stage); same story with other text ->
    ``revision`` (the old one stays, no longer current); a near-copy of another story ->
    ``duplicate`` (linked to it); else ``added``. The caller adds ``minhash`` to the
    index after commit, so a rolled-back article never enters it.
    """
    now = datetime.now(UTC)
    chash = content_hash(document)
    row = conn.execute(select(t.articles.c.pk, t.articles.c.document).where(t.articles.c.content_hash == chash)).first()
    if row is not None:
        article_pk = int(row.pk)
        status: Status = "unchanged"
        if row.document != document:
            _replace_layers(conn, article_pk, document, chash)
            status = "updated"
        _record_source(conn, article_pk, info, now)
        return StoreResult(status, article_pk)

    key = story_key(document)[:2000]
    _insert_ignore(conn, t.stories, {"key": key, "first_seen": now})
    story_pk = _pk_of(conn, t.stories, "key", key)
    assert story_pk is not None
    revision = (
        int(
            conn.execute(
                select(func.coalesce(func.max(t.articles.c.revision), 0)).where(t.articles.c.story_pk == story_pk)
            ).scalar_one()
        )
        + 1
    )
    minhash = signature(document["text"])
    duplicate_of: int | None = None
    similarity: float | None = None
    if revision == 1 and index is not None:
        match = index.best_match(minhash)
        if match is not None:
            duplicate_of, similarity = _root(conn, match[0]), match[1]
    else:
        conn.execute(update(t.articles).where(t.articles.c.story_pk == story_pk).values(is_current=False))
        # A revision keeps the story's link to its original, if it had one.
        duplicate_of = conn.execute(
            select(t.articles.c.duplicate_of).where(
                t.articles.c.story_pk == story_pk, t.articles.c.revision == revision - 1
            )
        ).scalar()
    published = document.get("published") or {}
    article_pk = conn.execute(
        insert(t.articles)
        .values(
            story_pk=story_pk,
            revision=revision,
            is_current=True,
            content_hash=chash,
            article_id=document["id"],
            url=document.get("url"),
            source=document.get("source"),
            title=document.get("title"),
            byline=document.get("byline"),
            authors=document.get("authors"),
            agency=document.get("agency"),
            published=published.get("value"),
            published_precision=published.get("precision"),
            outlet_pk=_outlet_pk(conn, _outlet_name(document)),
            language=document.get("language"),
            tags=list(document.get("tags", ())),
            text=document["text"],
            original=info.original,
            document=document,
            stages=document.get("stages"),
            duplicate_of=duplicate_of,
            similarity=similarity,
            ingested_at=now,
        )
        .returning(t.articles.c.pk)
    ).scalar_one()
    _layers(conn, article_pk, document, chash)
    conn.execute(insert(t.minhashes).values(article_pk=article_pk, signature=to_bytes(minhash)))
    _record_source(conn, article_pk, info, now)
    status = "revision" if revision > 1 else "duplicate" if duplicate_of is not None else "added"
    return StoreResult(status, article_pk, duplicate_of, similarity, minhash)
