"""Schema migrations as named, versioned steps recorded in ``schema_migrations``.

Why a bookkeeping table and not Alembic: the store is opened (and upgraded) by the
``newsprism`` command itself, on a file in the user's data dir or a shared server,
with no ``alembic.ini`` or script folder to ship and find at run time; and half the
schema (SQLite FTS5 virtual tables and triggers, PostgreSQL generated tsvector
columns and GIN indexes) is dialect-specific DDL that Alembic's autogenerate cannot
see anyway. Each step is a plain function run in its own transaction together with
the row that records it (the sqlite-utils ``migrations.py`` pattern), so a crash
mid-upgrade leaves the store at the previous version, never half-way.

Add a step by appending ``Migration("NNNN_what", fn)``; never edit or reorder a step
that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, insert, inspect, select, text

from newsprism.store import schema

__all__ = ["MIGRATIONS", "Migration", "applied", "migrate"]


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    apply: Callable[[Connection], None]


def _create_tables(conn: Connection) -> None:
    tables = [t for t in schema.metadata.sorted_tables if t.name != "schema_migrations"]
    schema.metadata.create_all(conn, tables=tables, checkfirst=True)


def _sqlite_fts(table: str, fts: str, columns: tuple[str, ...]) -> list[str]:
    """An external-content FTS5 index kept in step with ``table`` by triggers.

    ``content=`` makes FTS5 read the text from the table itself (stored once), and it is
    the form Datasette recognises as a searchable table.
    """
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({cols}, content='{table}', content_rowid='pk', "
        "tokenize='porter unicode61 remove_diacritics 2')",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.pk, {new}); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.pk, {old}); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.pk, {old}); "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.pk, {new}); END",
    ]


def _fulltext(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        statements = [
            *_sqlite_fts("articles", "articles_fts", ("title", "text")),
            *_sqlite_fts("quotes", "quotes_fts", ("text", "speaker_name")),
            *_sqlite_fts("events", "events_fts", ("summary",)),
        ]
    else:
        statements = [
            "ALTER TABLE articles ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS ("
            "setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
            "setweight(to_tsvector('english', text), 'B')) STORED",
            "CREATE INDEX IF NOT EXISTS ix_articles_tsv ON articles USING GIN (tsv)",
            "ALTER TABLE quotes ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS ("
            "to_tsvector('english', text || ' ' || coalesce(speaker_name, ''))) STORED",
            "CREATE INDEX IF NOT EXISTS ix_quotes_tsv ON quotes USING GIN (tsv)",
            "ALTER TABLE events ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS ("
            "to_tsvector('english', summary)) STORED",
            "CREATE INDEX IF NOT EXISTS ix_events_tsv ON events USING GIN (tsv)",
        ]
    for statement in statements:
        conn.execute(text(statement))


def _events_same_as(conn: Connection) -> None:
    """``events.same_as`` (issue #5's re-tellings): a store made before it gains the column;
    one made since has it from ``0001_tables`` (which creates the current schema)."""
    if "same_as" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.execute(text("ALTER TABLE events ADD COLUMN same_as VARCHAR(40)"))


def _attributions(conn: Connection) -> None:
    """The ``attributions`` table (issue #6's reporting verbs by outlet): a store made before it
    gains the empty table, filled as its articles are analysed again; one made since has it."""
    schema.attributions.create(conn, checkfirst=True)


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_tables", _create_tables),
    Migration("0002_fulltext", _fulltext),
    Migration("0003_events_same_as", _events_same_as),
    Migration("0004_attributions", _attributions),
)


def applied(conn: Connection) -> list[str]:
    """Names of the steps already applied, in order."""
    table = schema.migrations
    return list(conn.execute(select(table.c.name).order_by(table.c.version)).scalars())


def migrate(engine: Engine) -> list[str]:
    """Apply every pending step, each in its own transaction; returns the names applied.

    Safe when two processes open a new store at once: PostgreSQL takes an advisory
    lock, SQLite a write lock (``BEGIN IMMEDIATE``) before reading what is applied.
    """
    done: list[str] = []
    with engine.connect() as conn:
        conn = conn.execution_options(newsprism_write=True)
        with conn.begin():
            _lock(conn)
            schema.migrations.create(conn, checkfirst=True)
    for version, step in enumerate(MIGRATIONS, start=1):
        with engine.connect() as conn:
            conn = conn.execution_options(newsprism_write=True)
            with conn.begin():
                _lock(conn)
                if step.name in applied(conn):
                    continue
                step.apply(conn)
                conn.execute(
                    insert(schema.migrations).values(name=step.name, version=version, applied_at=datetime.now(UTC))
                )
                done.append(step.name)
    return done


def _lock(conn: Connection) -> None:
    # SQLite is already locked by BEGIN IMMEDIATE (see store.db); PostgreSQL needs a lock
    # that outlives "does the table exist?" so two first openings cannot both create it.
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(4711042)"))
