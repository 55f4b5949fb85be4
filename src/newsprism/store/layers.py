"""An article's annotation layers as rows: actors and their aliases, mentions, roles, quotes,
events with their parties, frames, labels and attributions, each in its own table with the
document's entity ids resolved to actor pks.

Split from :mod:`.write` (which stores the article, its story and its sources) for size. The
rows are built from the ``newsprism.article/1`` dict, like the article row; :func:`replace_layers`
swaps an article's layers for a new analysis and keeps the article row.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from newsprism.store import schema as t

__all__ = ["group_key", "insert_ignore", "normalise_name", "replace_layers", "store_layers"]

JSON = dict[str, Any]
_SPACE = re.compile(r"\s+")


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


def insert_ignore(conn: Connection, table: Table, values: JSON | list[JSON]) -> None:
    """Insert rows unless their unique key exists (concurrent writers on PostgreSQL race here).

    A list is sent as one executemany: an article's dozen actors cost one round trip, not twelve.
    """
    if not values:
        return
    dialect_insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    conn.execute(dialect_insert(table).on_conflict_do_nothing(), values if isinstance(values, list) else [values])


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
    insert_ignore(conn, t.actors, list(rows.values()))
    if not rows:
        return {}
    pk_of_key = dict(conn.execute(select(t.actors.c.key, t.actors.c.pk).where(t.actors.c.key.in_(rows))).all())
    mapping = {entity_id: int(pk_of_key[key]) for entity_id, key in key_of.items()}
    aliases = {(mapping[e["id"]], alias[:500]) for e in entities for alias in {e["name"], *e.get("aliases", ())}}
    insert_ignore(conn, t.actor_aliases, [{"actor_pk": pk, "alias": alias} for pk, alias in sorted(aliases)])
    return mapping


def _bulk(conn: Connection, table: Table, rows: list[JSON]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def store_layers(conn: Connection, article_pk: int, document: JSON, chash: str) -> None:
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


def replace_layers(conn: Connection, article_pk: int, document: JSON, chash: str) -> None:
    """A stored article's layers swapped for those of ``document``, its row's document and stages with them."""
    _clear_layers(conn, article_pk)
    conn.execute(
        update(t.articles)
        .where(t.articles.c.pk == article_pk)
        .values(document=document, stages=document.get("stages"), article_id=document["id"])
    )
    store_layers(conn, article_pk, document, chash)
