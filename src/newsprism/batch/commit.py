"""Exactly-once bookkeeping shared by every engine: results in, durable commits out.

The engine hands each result to :class:`Committer`; every ``commit_every``
documents (or ``commit_seconds``) it writes them to the sink, flushes the sink,
and records documents, failures, the sink's state and finished shards in the
ledger in one transaction. On start it restores the sink to the ledger's last
state, so output written after the last commit of a crashed run is undone and
those documents are simply processed again.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from newsprism.batch.ledger import Ledger, LedgerEntry
from newsprism.batch.sinks import Sink
from newsprism.batch.worker import Result

__all__ = ["BatchReport", "Committer"]


@dataclass
class BatchReport:
    """What one run did (not counting what earlier runs had already done)."""

    articles: int = 0
    failures: int = 0
    duplicates: int = 0
    shards_skipped: int = 0
    seconds: float = 0.0
    failed_codes: Counter[str] = field(default_factory=Counter)

    @property
    def documents(self) -> int:
        return self.articles + self.failures


class Committer:
    """Collects results and commits them to the sink and the ledger together."""

    def __init__(
        self,
        ledger: Ledger,
        sink: Sink,
        *,
        commit_every: int = 256,
        commit_seconds: float = 30.0,
        on_done: Callable[[int], None] = lambda n: None,
    ) -> None:
        self.ledger = ledger
        self.sink = sink
        self.commit_every = commit_every
        self.commit_seconds = commit_seconds
        self.on_done = on_done
        self.report = BatchReport()
        self._pending: list[Result] = []
        self._pending_keys: set[str] = set()
        self._seen: Counter[str] = Counter()
        self._expected: dict[str, int] = {}
        self._last_commit = time.monotonic()
        state = ledger.sink_state()
        try:
            sink.restore(state)
            if state is None:
                # Record the empty output at once: from now on the ledger always holds the
                # state to restore, even if this run dies before its first commit.
                ledger.commit([], sink_state=sink.flush())
        except BaseException:
            sink.close()
            raise

    def is_done(self, key: str) -> bool:
        """Already committed, or waiting to be: a second copy of the document is a duplicate."""
        return key in self._pending_keys or key in self.ledger

    def add(self, result: Result) -> None:
        self._seen[result.shard] += 1
        if self.is_done(result.key):
            self.report.duplicates += 1
        else:
            self._pending.append(result)
            self._pending_keys.add(result.key)
        self.on_done(1)
        self.maybe_commit()

    def add_duplicate(self, shard: str) -> None:
        """A document the engine did not process because its key was already done."""
        self._seen[shard] += 1
        self.report.duplicates += 1
        self.on_done(1)

    def end_shard(self, shard: str, count: int) -> None:
        """The shard yielded ``count`` documents in this run; it is finished once all are committed."""
        self._expected[shard] = count
        self.maybe_commit(force=not self._pending)

    def maybe_commit(self, *, force: bool = False) -> None:
        due = len(self._pending) >= self.commit_every or time.monotonic() - self._last_commit >= self.commit_seconds
        if force or due:
            self.commit()

    def commit(self) -> None:
        entries = []
        for result in self._pending:
            if result.article is not None:
                self.sink.write(result.article)
                entries.append(LedgerEntry(result.key, result.shard, "ok"))
                self.report.articles += 1
            else:
                self.sink.record_failure(result.source, result.message, code=result.code)
                entries.append(LedgerEntry(result.key, result.shard, "failed", result.source, result.code,
                                           result.message))
                self.report.failures += 1
                self.report.failed_codes[result.code] += 1
        finished = [shard for shard, count in self._expected.items() if self._seen[shard] >= count]
        if entries or finished:
            state = self.sink.flush()
            self.ledger.commit(entries, sink_state=state, finished=finished)
        for shard in finished:
            del self._expected[shard]
        self._pending.clear()
        self._pending_keys.clear()
        self._last_commit = time.monotonic()

    def close(self) -> BatchReport:
        try:
            self.commit()
        finally:
            self.sink.close()
        return self.report
