"""The batch checkpoint: which shards are finished, which documents are done, the sink's state.

A small SQLite file (WAL) beside the batch's output. Everything one commit
covers (the documents, their failures, the sink's state after flushing them, and
the shards they finish) is written in one transaction, so after a crash the
ledger and the restored output agree to the document. A key is global, not per
shard: the same article reached through two feeds, or twice in one archive, is
processed once.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

__all__ = ["Ledger", "LedgerEntry"]

_SCHEMA = """
create table if not exists shards (
    id text primary key, finished integer not null default 0, articles integer not null default 0,
    failures integer not null default 0, updated text
);
create table if not exists items (key text primary key, shard text not null, status text not null);
create table if not exists failures (
    key text primary key, shard text not null, source text not null, code text not null, message text not null
);
create table if not exists sink_state (id integer primary key check (id = 1), state text not null);
"""


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One processed document as the ledger records it."""

    key: str
    shard: str
    status: Literal["ok", "failed"]
    source: str = ""
    code: str = ""
    message: str = ""


class Ledger:
    """Checkpoint of one batch output. One writer (the batch); ``contains`` is safe from any thread."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = self._connect()
        self._conn.executescript(_SCHEMA)
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        # check_same_thread=False only so close() can close every thread's connection;
        # each connection is still used by the one thread that opened it.
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
        conn.execute("pragma journal_mode=wal")
        conn.execute("pragma synchronous=full")
        return conn

    def _reader(self) -> sqlite3.Connection:
        # One connection per thread: the reader thread asks "done?" while the batch commits.
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
            with self._lock:
                self._readers.append(conn)
        return conn

    def __contains__(self, key: object) -> bool:
        """Whether document ``key`` is already done (in any shard)."""
        row = self._reader().execute("select 1 from items where key = ?", (key,)).fetchone()
        return row is not None

    def finished_shards(self) -> set[str]:
        return {row[0] for row in self._conn.execute("select id from shards where finished = 1")}

    def sink_state(self) -> dict[str, Any] | None:
        row = self._conn.execute("select state from sink_state where id = 1").fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def commit(
        self,
        entries: Iterable[LedgerEntry],
        *,
        sink_state: dict[str, Any] | Any,
        finished: Iterable[str] = (),
    ) -> None:
        """Record documents, the sink's state covering them, and finished shards: all or nothing."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        conn = self._conn
        conn.execute("begin immediate")
        try:
            for entry in entries:
                conn.execute("insert or ignore into items(key, shard, status) values (?, ?, ?)",
                             (entry.key, entry.shard, entry.status))
                conn.execute("insert into shards(id, updated) values (?, ?) on conflict(id) do nothing",
                             (entry.shard, now))
                column = "articles" if entry.status == "ok" else "failures"
                conn.execute(f"update shards set {column} = {column} + 1, updated = ? where id = ?",
                             (now, entry.shard))
                if entry.status == "failed":
                    conn.execute("insert or replace into failures values (?, ?, ?, ?, ?)",
                                 (entry.key, entry.shard, entry.source, entry.code, entry.message))
            for shard in finished:
                conn.execute("insert into shards(id, finished, updated) values (?, 1, ?) "
                             "on conflict(id) do update set finished = 1, updated = excluded.updated", (shard, now))
            conn.execute("insert or replace into sink_state(id, state) values (1, ?)", (json.dumps(sink_state),))
            conn.execute("commit")
        except BaseException:
            conn.execute("rollback")
            raise

    def counts(self) -> dict[str, int]:
        """Documents done so far: ``{"ok": n, "failed": m}``."""
        rows = self._conn.execute("select status, count(*) from items group by status").fetchall()
        return {"ok": 0, "failed": 0, **{status: n for status, n in rows}}

    def done_in(self, shards: Iterable[str]) -> int:
        """Documents already done in these shards (a resumed run skips them)."""
        ids = list(shards)
        if not ids:
            return 0
        marks = ",".join("?" * len(ids))
        return int(self._conn.execute(f"select count(*) from items where shard in ({marks})", ids).fetchone()[0])

    def failures(self) -> Iterator[tuple[str, str, str]]:
        """``(source, code, message)`` of every recorded failure."""
        yield from self._conn.execute("select source, code, message from failures order by rowid")

    def close(self) -> None:
        self._conn.close()
        with self._lock:
            for conn in self._readers:
                conn.close()
            self._readers.clear()
