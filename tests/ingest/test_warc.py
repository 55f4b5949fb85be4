"""WARC archives: HTML responses only, gzip bodies decoded, broken records recorded, both readers alike."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsprism.ingest.warc import is_warc, read_warc


@pytest.mark.parametrize("engine", ["fastwarc", "warcio"])
def test_warc_yields_html_responses_and_records_the_broken_one(engine: str, write_warc: Callable[[], Path]) -> None:
    path = write_warc()
    records = list(read_warc(path, engine=engine))
    keys = [r.key for r in records]
    # No request, image or redirect; the tracking parameter is gone from the key; the
    # record after the broken one is still read; the re-crawl of /a keeps its own record
    # (the batch, not the reader, drops repeats by key).
    assert keys == ["url:http://example.com/a", "url:http://example.com/gz", "url:http://example.com/broken",
                    "url:http://example.com/after", "url:http://example.com/a"]
    good = [r for r in records if r.raw is not None]
    assert [r.raw.data.count(b"<title>") for r in good if r.raw] == [1, 1, 1, 1]
    assert good[1].raw is not None and b"Gzip story" in good[1].raw.data  # Content-Encoding undone
    assert good[0].raw is not None and good[0].raw.url == "http://example.com/a?utm_source=x"
    broken = records[2]
    assert broken.raw is None and broken.error is not None and broken.error.code == "broken-record"
    assert str(path) in broken.source


def test_warc_skip_leaves_out_done_keys(write_warc: Callable[[], Path]) -> None:
    records = list(read_warc(write_warc(), skip={"url:http://example.com/a", "url:http://example.com/broken"}))
    assert [r.key for r in records] == ["url:http://example.com/gz", "url:http://example.com/after"]


def test_truncated_archive_ends_with_one_error(write_warc: Callable[[], Path], tmp_path: Path) -> None:
    data = write_warc().read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 200])
    records = list(read_warc(cut))
    assert records[0].raw is not None
    assert records[-1].error is not None and records[-1].error.code == "broken-record"


def test_is_warc() -> None:
    assert is_warc("CC-NEWS-20240101.warc.gz") and is_warc("x.WARC") and not is_warc("x.html.gz")
