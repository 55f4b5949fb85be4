"""The tables, as SQLAlchemy Core metadata: one definition for SQLite and PostgreSQL.

Why Core and not the ORM: rows are written once per article in bulk and read back as
plain records for pages and exports; the ORM's identity map and lazy loading would
only add cost. The full ``newsprism.article/1`` JSON is kept in ``articles.document``
so nothing the model holds is ever lost, and the layers are also spread into their own
tables so they can be searched, joined and counted.

::

    stories 1─* articles *─1 outlets          a story is one URL; each change is a revision
    articles 1─* article_actors *─1 actors    actor = knowledge-base id, or provisional per article
    actors 1─* actor_aliases, actor_roles
    articles 1─* mentions, quotes, events 1─* event_parties, frames, actor_labels, attributions,
                 sources, minhashes
    ingest_failures                            every input that could not be stored, with why
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

__all__ = ["metadata"]

metadata = MetaData()


def _annotation_columns() -> list[Column[Any]]:
    """The ``confidence`` and ``provenance`` a Quote, Event or Frame row carries.

    A function, not shared objects: a SQLAlchemy Column belongs to one table.
    """
    return [Column("confidence", Float), Column("stage", String(60)), Column("stage_version", String(40))]


migrations = Table(
    "schema_migrations",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

outlets = Table(
    "outlets",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("name", String(300), nullable=False, unique=True),
)

stories = Table(
    "stories",
    metadata,
    Column("pk", Integer, primary_key=True),
    # normalised URL, else "source:<path>", else "hash:<content hash>"
    Column("key", String(2000), nullable=False, unique=True),
    Column("first_seen", DateTime(timezone=True), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("story_pk", Integer, ForeignKey("stories.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("revision", Integer, nullable=False),
    Column("is_current", Boolean, nullable=False),
    # sha256 of url + title + text: the same article twice is one row (unique)
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("article_id", String(64), nullable=False, index=True),
    Column("url", Text),
    Column("source", Text),
    Column("title", Text),
    Column("byline", Text),
    Column("authors", JSON),
    Column("agency", Text),
    Column("published", String(40), index=True),
    Column("published_precision", String(10)),
    Column("outlet_pk", Integer, ForeignKey("outlets.pk"), index=True),
    Column("language", String(20)),
    Column("tags", JSON),
    Column("text", Text, nullable=False),
    Column("original", Text),
    Column("document", JSON, nullable=False),
    Column("stages", JSON),
    # near-duplicate / syndicated copy of another story's article: linked, not counted
    Column("duplicate_of", Integer, ForeignKey("articles.pk", ondelete="SET NULL"), index=True),
    Column("similarity", Float),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("story_pk", "revision", name="uq_story_revision"),
)

actors = Table(
    "actors",
    metadata,
    Column("pk", Integer, primary_key=True),
    # "kb:<kb_id>" shared across articles, else "local:<content hash>:<entity id>"
    Column("key", String(300), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("norm_name", String(300), nullable=False, index=True),
    # one key per real-world actor: "kb:<id>", else "<type>:<normalised name>", else the row's own key
    Column("group_key", String(320), nullable=False, index=True),
    Column("type", String(40), nullable=False),
    Column("kb_id", String(200), index=True),
    Column("country", String(20)),
    Column("sectors", JSON),
)

actor_aliases = Table(
    "actor_aliases",
    metadata,
    Column("actor_pk", Integer, ForeignKey("actors.pk", ondelete="CASCADE"), primary_key=True),
    Column("alias", String(500), primary_key=True),
)

article_actors = Table(
    "article_actors",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("actor_pk", Integer, ForeignKey("actors.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("entity_id", String(40), nullable=False),
    Column("name", Text, nullable=False),
    Column("aliases", JSON),
    Column("confidence", Float),
    UniqueConstraint("article_pk", "entity_id", name="uq_article_entity"),
)

actor_roles = Table(
    "actor_roles",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("actor_pk", Integer, ForeignKey("actors.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("title", Text, nullable=False),
    Column("start", Integer),
    Column("end", Integer),
    Column("start_date", String(40)),
    Column("end_date", String(40)),
    Column("source", String(40)),
)

mentions = Table(
    "mentions",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("actor_pk", Integer, ForeignKey("actors.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

quotes = Table(
    "quotes",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("quote_id", String(40), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("speaker_name", Text),
    Column("speaker_actor_pk", Integer, ForeignKey("actors.pk", ondelete="SET NULL"), index=True),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("cue", Text),
    *_annotation_columns(),
)

events = Table(
    "events",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("event_id", String(40), nullable=False),
    Column("type", String(40), nullable=False, index=True),
    Column("mode", String(60)),
    Column("context", JSON),
    Column("trigger", Text, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("date", String(40), index=True),
    Column("date_precision", String(10)),
    Column("time_relation", String(20)),
    Column("negated", Boolean, nullable=False),
    Column("asserted_by", String(60)),
    Column("magnitude", JSON),
    # the event_id of the article's first telling of the same event (a re-telling), or NULL
    Column("same_as", String(40)),
    # "actors TYPE recipients: trigger" as words, so events are found by full-text search
    Column("summary", Text, nullable=False),
    *_annotation_columns(),
)

event_parties = Table(
    "event_parties",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("role", String(20), nullable=False),  # actor | recipient | location
    Column("actor_pk", Integer, ForeignKey("actors.pk", ondelete="SET NULL"), index=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sector", String(40)),
)

frames = Table(
    "frames",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("frame_id", String(40), nullable=False),
    Column("technique", String(80), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("voice", String(60), nullable=False),
    Column("voice_actor_pk", Integer, ForeignKey("actors.pk", ondelete="SET NULL")),
    Column("actor_pk", Integer, ForeignKey("actors.pk", ondelete="SET NULL")),
    *_annotation_columns(),
)

actor_labels = Table(
    "actor_labels",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("actor_pk", Integer, ForeignKey("actors.pk", ondelete="CASCADE"), index=True),
    Column("label", Text, nullable=False),
    Column("voice", String(60)),
    Column("start", Integer),
    Column("end", Integer),
)

attributions = Table(
    "attributions",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False, index=True),
    # The actor the writer's reporting verb is said of (None when the speaker is unresolved).
    Column("actor_pk", Integer, ForeignKey("actors.pk", ondelete="SET NULL"), index=True),
    Column("quote_id", String(40)),
    Column("cue", Text, nullable=False),
    Column("lemma", String(80), nullable=False),
    Column("stance", String(20), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

sources = Table(
    "sources",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("location", Text, nullable=False),  # path, URL or "path.jsonl:LINE"
    Column("raw_sha256", String(64), index=True),
    Column("signature", String(300)),  # which stages analysed it: same bytes + same stages = skip
    Column("content_type", String(100)),
    Column("size", Integer),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

minhashes = Table(
    "minhashes",
    metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    Column("signature", LargeBinary, nullable=False),
)

ingest_failures = Table(
    "ingest_failures",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("source", Text, nullable=False),
    Column("code", String(60), nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

Index("ix_quotes_speaker_name", quotes.c.speaker_name)
Index("ix_sources_sig", sources.c.raw_sha256, sources.c.signature)
