"""A corpus as flat tables: the Parquet layout of a batch's output.

One row per article in ``articles`` (metadata, counts, and the whole
``newsprism.article/1`` document as JSON in ``document``, so nothing is lost),
and one row per entity, quote, event and frame in tables keyed by ``article_id``,
so the common questions are plain SQL joins in DuckDB, polars or Spark::

    select e.name, count(*) from 'out/quotes/*.parquet' q
    join 'out/entities/*.parquet' e on q.article_id = e.article_id and q.speaker_entity = e.entity_id
    group by 1 order by 2 desc
"""

from __future__ import annotations

import json
from typing import Any

import pyarrow as pa

from newsprism.jsonformat import article_to_dict
from newsprism.model import Article, Party

__all__ = ["TABLES", "article_rows", "failure_row"]

_STR = pa.string()
_STRS = pa.list_(pa.string())
_INT = pa.int32()
_FLOAT = pa.float32()

TABLES: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("id", _STR), ("url", _STR), ("source", _STR), ("title", _STR), ("byline", _STR), ("authors", _STRS),
        ("agency", _STR), ("published", _STR), ("published_precision", _STR), ("site", _STR),
        ("language", _STR), ("tags", _STRS), ("text", _STR), ("words", _INT), ("entities", _INT),
        ("quotes", _INT), ("events", _INT), ("frames", _INT), ("stages", _STRS), ("document", _STR),
    ]),
    "entities": pa.schema([
        ("article_id", _STR), ("entity_id", _STR), ("name", _STR), ("type", _STR), ("kb_id", _STR),
        ("country", _STR), ("aliases", _STRS), ("roles", _STRS), ("mentions", _INT), ("confidence", _FLOAT),
    ]),
    "quotes": pa.schema([
        ("article_id", _STR), ("quote_id", _STR), ("kind", _STR), ("text", _STR), ("start", _INT), ("end", _INT),
        ("speaker", _STR), ("speaker_entity", _STR), ("cue", _STR), ("confidence", _FLOAT),
    ]),
    "events": pa.schema([
        ("article_id", _STR), ("event_id", _STR), ("type", _STR), ("mode", _STR), ("trigger", _STR),
        ("actors", _STRS), ("actor_entities", _STRS), ("recipients", _STRS), ("recipient_entities", _STRS),
        ("date", _STR), ("time_relation", _STR), ("negated", pa.bool_()), ("asserted_by", _STR),
        ("same_as", _STR), ("confidence", _FLOAT),
    ]),
    "frames": pa.schema([
        ("article_id", _STR), ("frame_id", _STR), ("technique", _STR), ("text", _STR), ("start", _INT),
        ("end", _INT), ("voice", _STR), ("actor", _STR), ("confidence", _FLOAT),
    ]),
    "failures": pa.schema([("source", _STR), ("code", _STR), ("error", _STR)]),
}


def _names(parties: tuple[Party, ...]) -> list[str]:
    return [p.span.text for p in parties]


def _entities(parties: tuple[Party, ...]) -> list[str]:
    return [p.entity or "" for p in parties]


def article_rows(article: Article) -> dict[str, list[dict[str, Any]]]:
    """The rows one article adds to each table."""
    aid = article.id
    published = article.published
    return {
        "articles": [{
            "id": aid, "url": article.url, "source": article.source, "title": article.title,
            "byline": article.byline, "authors": list(article.authors) if article.authors is not None else None,
            "agency": article.agency, "published": published.value if published else None,
            "published_precision": published.precision if published else None, "site": article.site,
            "language": article.language, "tags": list(article.tags), "text": article.text,
            "words": len(article.text.split()), "entities": len(article.entities), "quotes": len(article.quotes),
            "events": len(article.events), "frames": len(article.frames),
            "stages": [f"{p.stage}@{p.version}" for p in article.stages],
            "document": json.dumps(article_to_dict(article), ensure_ascii=False),
        }],
        "entities": [{
            "article_id": aid, "entity_id": e.id, "name": e.name, "type": e.type, "kb_id": e.kb_id,
            "country": e.country, "aliases": list(e.aliases), "roles": [r.title for r in e.roles],
            "mentions": len(e.mentions), "confidence": e.confidence,
        } for e in article.entities],
        "quotes": [{
            "article_id": aid, "quote_id": q.id, "kind": q.kind, "text": q.span.text, "start": q.span.start,
            "end": q.span.end, "speaker": q.speaker.name if q.speaker else None,
            "speaker_entity": q.speaker.entity if q.speaker else None, "cue": q.cue.text if q.cue else None,
            "confidence": q.confidence,
        } for q in article.quotes],
        "events": [{
            "article_id": aid, "event_id": ev.id, "type": ev.type, "mode": ev.mode, "trigger": ev.trigger.text,
            "actors": _names(ev.actors), "actor_entities": _entities(ev.actors),
            "recipients": _names(ev.recipients), "recipient_entities": _entities(ev.recipients),
            "date": ev.date.value if ev.date else None, "time_relation": ev.time_relation, "negated": ev.negated,
            "asserted_by": ev.asserted_by, "same_as": ev.same_as, "confidence": ev.confidence,
        } for ev in article.events],
        "frames": [{
            "article_id": aid, "frame_id": f.id, "technique": f.technique, "text": f.span.text,
            "start": f.span.start, "end": f.span.end, "voice": f.voice, "actor": f.actor,
            "confidence": f.confidence,
        } for f in article.frames],
    }


def failure_row(source: str, error: str, code: str) -> dict[str, Any]:
    return {"source": source, "code": code, "error": error}
