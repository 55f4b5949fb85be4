"""Where a batch writes: the :class:`Sink` protocol, and JSONL and Parquet sinks.

A batch writes each result to a sink, then, every so often, asks it to
``flush()``: make everything written so far durable and return a small *state*
(JSON-able) that describes exactly that much output. The batch records the state
in its checkpoint in the same transaction as the documents it covers. After a
crash, the rerun hands the last recorded state to ``restore()``, which undoes
whatever was written after it; the documents it covered are then processed again.
So every document lands in the output exactly once.

- :class:`JsonlSink`: ``articles.jsonl`` and ``failures.jsonl``; the state is their
  sizes, and restoring truncates them.
- :class:`ParquetSink`: one Parquet part per flush in each of ``articles/``,
  ``entities/``, ``quotes/``, ``events/``, ``frames/`` and ``failures/`` (a
  corpus as tables for DuckDB, polars or Spark); the state is the number of parts,
  and restoring deletes later parts.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from newsprism.batch.tables import TABLES, article_rows, failure_row
from newsprism.errors import ConfigError
from newsprism.jsonformat import article_to_dict
from newsprism.model import Article

__all__ = ["JsonlSink", "MultiSink", "ParquetSink", "Sink", "SinkState"]

SinkState = Mapping[str, Any]


@runtime_checkable
class Sink(Protocol):
    """A batch's output. Written from one process and one thread only (the batch's)."""

    def write(self, article: Article) -> None: ...

    def record_failure(self, source: str, error: str, *, code: str = "error") -> None: ...

    def flush(self) -> SinkState:
        """Make all writes durable; return the state that describes them."""
        ...

    def restore(self, state: SinkState | None) -> None:
        """Undo anything written after ``state`` (``None``: a fresh start). Called once, first."""
        ...

    def close(self) -> None: ...


class JsonlSink:
    """``articles.jsonl`` (newsprism.article/1, one per line) and ``failures.jsonl`` in ``directory``."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.articles_path = self.directory / "articles.jsonl"
        self.failures_path = self.directory / "failures.jsonl"
        self._articles = self.articles_path.open("ab")
        self._failures = self.failures_path.open("ab")

    def restore(self, state: SinkState | None) -> None:
        if state is None and (self.articles_path.stat().st_size or self.failures_path.stat().st_size):
            raise _foreign_output(self.directory)
        state = state or {}
        for handle, key in ((self._articles, "articles"), (self._failures, "failures")):
            handle.flush()
            handle.truncate(int(state.get(key, 0)))
            handle.seek(0, os.SEEK_END)

    def write(self, article: Article) -> None:
        line = json.dumps(article_to_dict(article), ensure_ascii=False) + "\n"
        self._articles.write(line.encode())

    def record_failure(self, source: str, error: str, *, code: str = "error") -> None:
        line = json.dumps({"source": source, "code": code, "error": error}, ensure_ascii=False) + "\n"
        self._failures.write(line.encode())

    def flush(self) -> SinkState:
        state = {}
        for handle, key in ((self._articles, "articles"), (self._failures, "failures")):
            handle.flush()
            os.fsync(handle.fileno())
            state[key] = handle.tell()
        return state

    def close(self) -> None:
        self._articles.close()
        self._failures.close()


class ParquetSink:
    """A corpus as Parquet tables under ``directory``: one part file per table per flush.

    Rows are kept in memory only until the next flush (the batch flushes every few
    hundred documents), so memory stays flat however large the corpus.
    Read it whole with ``duckdb.sql("select * from 'out/articles/*.parquet'")``.
    """

    def __init__(self, directory: str | os.PathLike[str], *, compression: str = "zstd") -> None:
        import pyarrow  # noqa: F401 - fail here, not at the first flush, when pyarrow is missing

        self.directory = Path(directory)
        self.compression = compression
        self._rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        self._parts = 0
        for name in TABLES:
            (self.directory / name).mkdir(parents=True, exist_ok=True)

    def restore(self, state: SinkState | None) -> None:
        if state is None and any(_part_number(p.name) is not None for name in TABLES
                                 for p in (self.directory / name).iterdir()):
            raise _foreign_output(self.directory)
        self._parts = int((state or {}).get("parts", 0))
        for name in TABLES:
            for path in (self.directory / name).iterdir():
                number = _part_number(path.name)
                if number is None or number >= self._parts or path.name.endswith(".tmp"):
                    path.unlink()

    def write(self, article: Article) -> None:
        for name, rows in article_rows(article).items():
            self._rows[name].extend(rows)

    def record_failure(self, source: str, error: str, *, code: str = "error") -> None:
        self._rows["failures"].append(failure_row(source, error, code))

    def flush(self) -> SinkState:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if any(self._rows.values()):
            number = self._parts
            for name, rows in self._rows.items():
                # Every table gets a part (maybe empty) so a part number means one flush everywhere.
                table = pa.Table.from_pylist(rows, schema=TABLES[name])
                final = self.directory / name / f"part-{number:06d}.parquet"
                tmp = final.with_name(final.name + ".tmp")
                pq.write_table(table, tmp, compression=self.compression)
                _fsync(tmp)
                tmp.replace(final)
                rows.clear()
            self._parts = number + 1
        return {"parts": self._parts}

    def close(self) -> None:
        self._rows = {name: [] for name in TABLES}


class MultiSink:
    """Several sinks as one (a store and Parquet files, say); states kept per sink."""

    def __init__(self, sinks: Sequence[tuple[str, Sink]]) -> None:
        self.sinks = list(sinks)

    def restore(self, state: SinkState | None) -> None:
        names = [name for name, _ in self.sinks]
        if state is not None and sorted(state) != sorted(names):
            # Restoring a sink from another sink's state would truncate good output.
            raise ConfigError(
                f"this checkpoint was written to {', '.join(sorted(state)) or 'nothing'}, not "
                f"{', '.join(names)}: rerun with the same --db/--out/--format, or start a new --out",
                source="--checkpoint",
            )
        for name, sink in self.sinks:
            sink.restore((state or {}).get(name))

    def write(self, article: Article) -> None:
        for _, sink in self.sinks:
            sink.write(article)

    def record_failure(self, source: str, error: str, *, code: str = "error") -> None:
        for _, sink in self.sinks:
            sink.record_failure(source, error, code=code)

    def flush(self) -> SinkState:
        return {name: sink.flush() for name, sink in self.sinks}

    def close(self) -> None:
        for _, sink in self.sinks:
            sink.close()


def _foreign_output(directory: Path) -> ConfigError:
    return ConfigError(f"{directory} already holds output that this checkpoint did not record; "
                       "use an empty --out (or its own checkpoint) so nothing is overwritten", source="--out")


def _part_number(name: str) -> int | None:
    if name.startswith("part-") and name.endswith(".parquet"):
        digits = name[len("part-") : -len(".parquet")]
        return int(digits) if digits.isdigit() else None
    return None


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())
