"""What every command shares: one-line errors, output modes, writing JSON lines."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from typing import NoReturn, TypeVar

from rich.console import Console

from newsprism.errors import NewsprismError

T = TypeVar("T")

#: diagnostics go to stderr, data to stdout.
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


class OutputFormat(StrEnum):
    report = "report"
    json = "json"
    jsonl = "jsonl"
    plover = "plover"


def report_error(error: NewsprismError) -> None:
    # Plain write, not rich: the line must be exactly one line and never re-wrapped.
    sys.stderr.write(f"newsprism: error: {error.one_line()}\n")
    sys.stderr.flush()


def fail(error: NewsprismError) -> NoReturn:
    report_error(error)
    raise SystemExit(error.exit_code)


def guarded(call: Callable[[], T]) -> T:
    """Run ``call``; a newsprism error becomes one line on stderr and its exit code."""
    try:
        return call()
    except NewsprismError as e:
        fail(e)
