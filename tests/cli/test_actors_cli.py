"""``newsprism actors show | add | merge`` driven as a real subprocess, on a temporary user KB."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

Run = Callable[..., subprocess.CompletedProcess[str]]


def test_show_finds_a_state_by_its_capital(run_cli: Run, tmp_path: Path) -> None:
    result = run_cli("actors", "show", "Tehran", "--kb", str(tmp_path / "none.json"), "--json")
    assert result.returncode == 0, result.stderr
    actors = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["id"] for a in actors] == ["state:IRN"]


def test_show_unknown_name_fails(run_cli: Run, tmp_path: Path) -> None:
    result = run_cli("actors", "show", "Nobody Whatsoever Xyz", "--kb", str(tmp_path / "none.json"))
    assert result.returncode == 1
    assert "no actor" in result.stderr


def test_add_then_show_with_dated_role(run_cli: Run, tmp_path: Path) -> None:
    kb = str(tmp_path / "actors.json")
    added = run_cli(
        "actors",
        "add",
        "Wanda Example",
        "--alias",
        "W. Example",
        "--country",
        "pol",
        "--sector",
        "gov",
        "--role",
        "Widget Commissioner@2014-11-01..2019-11-30",
        "--kb",
        kb,
    )
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "user:wanda-example"
    shown = run_cli("actors", "show", "W. Example", "--kb", kb, "--json")
    actor = json.loads(shown.stdout)
    assert actor["country"] == "POL" and actor["sectors"] == ["GOV"]
    assert actor["roles"][0]["start"] == "2014-11-01" and actor["roles"][0]["end"] == "2019-11-30"


def test_add_rejects_bad_role_and_type(run_cli: Run, tmp_path: Path) -> None:
    kb = str(tmp_path / "actors.json")
    bad_role = run_cli("actors", "add", "Wanda Example", "--role", "Commissioner@soon", "--kb", kb)
    assert bad_role.returncode == 3 and "TITLE@START" in bad_role.stderr
    bad_type = run_cli("actors", "add", "Wanda Example", "--type", "robot", "--kb", kb)
    assert bad_type.returncode == 3
    assert not Path(kb).exists()


def test_merge_makes_two_ids_one(run_cli: Run, tmp_path: Path) -> None:
    kb = str(tmp_path / "actors.json")
    run_cli("actors", "add", "Example Union of States", "--type", "organization", "--alias", "EUS", "--kb", kb)
    merged = run_cli("actors", "merge", "user:example-union-of-states", "phx:int:european-union", "--kb", kb)
    assert merged.returncode == 0, merged.stderr
    shown = run_cli("actors", "show", "EUS", "--kb", kb, "--json")
    assert [json.loads(line)["id"] for line in shown.stdout.splitlines()] == ["phx:int:european-union"]
    wrong = run_cli("actors", "merge", "user:example-union-of-states", "state:IRN", "--kb", kb)
    assert wrong.returncode == 3
