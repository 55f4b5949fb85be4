"""The real ``newsprism`` command, run as a subprocess, on good and bad input."""

from __future__ import annotations

import gzip
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]

PAGE = """<!doctype html><html lang="en"><head><title>Council votes to expand housing | City Times</title>
<meta property="og:site_name" content="City Times"></head><body>
<h1>Council votes to expand housing</h1>
<p class="byline">By Maria Lopez</p>
<article><p>The city council voted on Tuesday to expand public housing in the northern districts,
after months of debate between the mayor and opposition members.</p>
<p>"This is a historic day for families who have waited years," the mayor said after the vote.</p>
<p>Opposition members said the plan would cost more than the city could afford and promised to
challenge the budget in the next session of the council.</p></article></body></html>"""


def test_analyze_seed_json(run_cli: Run, seed_path: Path, validate: Callable[[dict[str, Any]], None]) -> None:
    result = run_cli("analyze", "--json", str(seed_path))
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    validate(document)
    assert document["schema"] == "newsprism.article/1"
    assert document["title"] == "Khamenei’s back against the wall"
    assert document["byline"] == "Staff Writer"
    assert document["authors"] is None
    assert len(document["captions"]) == 1
    assert "Copyright" not in document["text"] and "Tags:" not in document["text"]
    names = {e["name"] for e in document["entities"]}
    assert any("Mogherini" in name for name in names)


def test_analyze_report_shows_metadata_and_entities(run_cli: Run, seed_path: Path) -> None:
    result = run_cli("analyze", str(seed_path))
    assert result.returncode == 0, result.stderr
    assert "Khamenei’s back against the wall" in result.stdout
    assert "Staff Writer" in result.stdout
    assert "caption" in result.stdout
    assert "person" in result.stdout


def test_stdin_and_jsonl_of_many(run_cli: Run, tmp_path: Path, validate: Callable[[dict[str, Any]], None]) -> None:
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(PAGE.encode()))
    result = run_cli("analyze", "--jsonl", "-", str(page), stdin=PAGE)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    for line in lines:
        document = json.loads(line)
        validate(document)
        assert document["title"] == "Council votes to expand housing"
        assert document["authors"] == ["Maria Lopez"]
        assert document["text"].startswith("The city council voted")


def test_html_is_detected_by_content_not_suffix(run_cli: Run, tmp_path: Path) -> None:
    page = tmp_path / "saved.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = run_cli("extract", "--json", str(page))
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert "<p>" not in document["text"]
    assert document["title"] == "Council votes to expand housing"
    assert document["entities"] == [] and document["quotes"] == []


def test_extract_goes_on_after_a_bad_input(run_cli: Run, tmp_path: Path) -> None:
    good = tmp_path / "good.html"
    good.write_text(PAGE, encoding="utf-8")
    result = run_cli("extract", "--jsonl", str(tmp_path / "missing.html"), str(good))
    assert result.returncode == 3
    assert len(result.stdout.splitlines()) == 1
    assert "missing.html: no such file [missing-input]" in result.stderr


def test_json_takes_one_input(run_cli: Run, seed_path: Path) -> None:
    result = run_cli("extract", "--json", str(seed_path), str(seed_path))
    assert result.returncode == 3
    assert "--jsonl" in result.stderr


def test_schema_command_prints_the_schema(run_cli: Run) -> None:
    result = run_cli("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "newsprism.article/1"
    assert {"quotes", "events", "frames", "entities"} <= set(schema["required"])


def _bad(run_cli: Run, *args: str, code: int, reason: str, stdin: str | None = None) -> None:
    result = run_cli(*args, stdin=stdin)
    assert result.returncode == code, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert reason in lines[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("command", ["extract", "analyze"])
def test_missing_file(run_cli: Run, tmp_path: Path, command: str) -> None:
    _bad(run_cli, command, str(tmp_path / "nope.txt"), code=3, reason="nope.txt: no such file")


def test_directory(run_cli: Run, tmp_path: Path) -> None:
    _bad(run_cli, "extract", str(tmp_path), code=3, reason="a directory")


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  "])
def test_empty_or_whitespace(run_cli: Run, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    _bad(run_cli, "extract", str(path), code=3, reason="empty.txt: empty input [empty-input]")


def test_binary(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 40)
    _bad(run_cli, "extract", str(path), code=3, reason="[binary-input]")


def test_page_without_article_text(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "nav.html"
    path.write_text("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a>"
                    "<a href='/a'>About</a></nav><div></div></body></html>", encoding="utf-8")
    _bad(run_cli, "extract", str(path), code=3, reason="[no-article-text]")


def test_not_english(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "de.txt"
    path.write_text(
        "Der Bundestag hat am Donnerstag mit großer Mehrheit ein neues Gesetz beschlossen, das die Rechte "
        "der Mieter stärkt. Die Opposition kritisierte das Verfahren als überhastet und kündigte eine Klage an.",
        encoding="utf-8",
    )
    _bad(run_cli, "analyze", str(path), code=3, reason="in 'de', newsprism reads English only [not-english]")


def test_too_large(run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 5000, encoding="utf-8")
    monkeypatch.setenv("NEWSPRISM_MAX_BYTES", "1000")
    _bad(run_cli, "extract", str(path), code=3, reason="[too-large]")


def test_unreachable_url(run_cli: Run) -> None:
    # Port 9 on loopback: nothing listens, the connection is refused at once.
    _bad(run_cli, "extract", "http://127.0.0.1:9/story", code=4, reason="http://127.0.0.1:9/story: ConnectError")


def test_usage_error_exits_2(run_cli: Run) -> None:
    result = run_cli("analyze", "--no-such-option", "x")
    assert result.returncode == 2


def test_plover_format_writes_one_record_per_event(run_cli: Run, seed_path: Path) -> None:
    result = run_cli("analyze", "--format", "plover", str(seed_path))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records, "the seed has events"
    assert all(record["event"] and record["event_text"] for record in records)


def test_two_output_formats_at_once_are_refused(run_cli: Run, seed_path: Path) -> None:
    result = run_cli("analyze", "--jsonl", "--format", "plover", str(seed_path))
    assert result.returncode == 3
    assert "choose one output format" in result.stderr


def test_report_says_when_a_stage_found_nothing(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "calm.txt"
    path.write_text(
        "Weather stays mild\n\nThe weather stayed mild across the region on Sunday, with light winds and "
        "temperatures close to the seasonal average for most of the afternoon.\n",
        encoding="utf-8",
    )
    result = run_cli("analyze", str(path))
    assert result.returncode == 0, result.stderr
    assert "found no actors, no quotes, no events, no frames in this article" in result.stdout


def test_a_page_declaring_another_language_is_refused_when_the_text_is_not_clearly_english(
    run_cli: Run, tmp_path: Path
) -> None:
    # Indonesian and Malay split the identifier's vote, so it abstains; the page's lang decides.
    path = tmp_path / "id.html"
    path.write_text(
        '<html lang="id"><head><title>Banjir di Kota</title></head><body><article><h1>Banjir di Kota</h1>'
        "<p>Hujan deras sejak kemarin malam membuat sungai meluap dan banjir merendam ratusan rumah warga. "
        "Pemerintah kota membuka posko pengungsian di sekolah dan masjid terdekat.</p>"
        "<p>Warga diminta tetap waspada karena hujan diperkirakan masih turun hingga akhir pekan ini.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    result = run_cli("analyze", str(path))
    assert result.returncode == 3
    assert "declares 'id'" in result.stderr and "newsprism reads English only [not-english]" in result.stderr
