"""Storing one analysed article: everything in one transaction, idempotent by content hash.

``store_article`` is called inside :meth:`Store.write`; if anything in it fails the whole
article is rolled back, so the store never holds half an article. The rows are built from
the ``newsprism.article/1`` dict (not the dataclasses) so a layer added to the format later
is still kept whole in ``articles.document`` before it gets tables of its own. This module
stores the article row, its story, revision, duplicate link and sources; the annotation layers'
rows are :mod:`.layers`'.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal
from urllib.parse import urlsplit

from datasketch import MinHash
from sqlalchemy import Connection, Table, func, insert, select, update

from newsprism.store import schema as t
from newsprism.store.dedupe import DuplicateIndex, signature, to_bytes
from newsprism.store.layers import insert_ignore, normalise_name, replace_layers, store_layers

__all__ = ["SourceInfo", "StoreResult", "content_hash", "normalise_name", "replace_analysis", "store_article",
           "story_key"]

JSON = dict[str, Any]
Status = Literal["added", "revision", "duplicate", "unchanged", "updated"]
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


def _pk_of(conn: Connection, table: Table, column: str, value: object) -> int | None:
    row = conn.execute(select(table.c.pk).where(table.c[column] == value)).scalar()
    return None if row is None else int(row)


def _outlet_pk(conn: Connection, name: str | None) -> int | None:
    if name is None:
        return None
    insert_ignore(conn, t.outlets, {"name": name})
    return _pk_of(conn, t.outlets, "name", name)


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
    replace_layers(conn, article_pk, document, chash)
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
            replace_layers(conn, article_pk, document, chash)
            status = "updated"
        _record_source(conn, article_pk, info, now)
        return StoreResult(status, article_pk)

    key = story_key(document)[:2000]
    insert_ignore(conn, t.stories, {"key": key, "first_seen": now})
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
    store_layers(conn, article_pk, document, chash)
    conn.execute(insert(t.minhashes).values(article_pk=article_pk, signature=to_bytes(minhash)))
    _record_source(conn, article_pk, info, now)
    status = "revision" if revision > 1 else "duplicate" if duplicate_of is not None else "added"
    return StoreResult(status, article_pk, duplicate_of, similarity, minhash)
