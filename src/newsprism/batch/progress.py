"""The progress bar: documents done, rate, and time left (rich), on stderr.

The total is estimated in a background thread (counting files, JSONL lines and
WARC response records is quick next to analysing them), so the bar starts at
once and gains its ETA when the count is in. Feeds and sitemaps are counted as
they are read.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from newsprism.batch.shards import Shard

__all__ = ["BatchProgress"]


class BatchProgress:
    """A context manager: ``advance(n)`` from the batch's thread; silent when ``enabled`` is false."""

    def __init__(self, shards: Sequence[Shard], *, enabled: bool, already_done: int = 0,
                 finished: frozenset[str] = frozenset()) -> None:
        self.enabled = enabled
        self._shards = [s for s in shards if s.id not in finished]
        self._already_done = already_done
        self._progress = Progress(
            TextColumn("[bold]newsprism batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:>7.1f} docs/s"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            disable=not enabled,
            transient=False,
        )
        self._task: TaskID | None = None

    def __enter__(self) -> BatchProgress:
        if self.enabled:
            self._progress.start()
            self._task = self._progress.add_task("batch", total=None, rate=0.0)
            threading.Thread(target=self._estimate, name="newsprism-estimate", daemon=True).start()
        return self

    def _estimate(self) -> None:
        total = 0
        for shard in self._shards:
            try:
                count = shard.estimate()
            except OSError:
                count = None
            if count is None:
                return
            total += count
        if self._task is not None:
            # Documents of unfinished shards done in an earlier run are skipped fast, not counted again.
            self._progress.update(self._task, total=max(total - self._already_done, 0))

    def advance(self, n: int = 1) -> None:
        if self._task is None:
            return
        self._progress.advance(self._task, n)
        task = self._progress.tasks[0]
        self._progress.update(self._task, rate=task.speed or 0.0)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.enabled:
            if exc_type is None and self._task is not None:
                # The estimate counts every response record; the bar ends where the work did.
                self._progress.update(self._task, total=self._progress.tasks[0].completed)
            self._progress.stop()
