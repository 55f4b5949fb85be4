"""Write docs/cli.md from the CLI's own --help, so the reference is never retyped.

Run: .venv/bin/python scripts/cli_docs.py    (tests/test_docs.py checks it is current)
"""

from __future__ import annotations

import sys
from pathlib import Path

from typer.testing import CliRunner

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"

HEAD = """# Command-line reference

Generated from `newsprism --help` by `scripts/cli_docs.py`; do not edit by hand.

Exit status: 0 success; 1 internal error; 2 usage error (an unknown option);
3 bad input (missing, empty, binary, not English, no article text, too large);
4 a URL could not be fetched or is not a page; 5 configuration (a model or setting);
6 the store. Errors are one line on stderr: `newsprism: error: <input>: <reason> [<code>]`.
"""

ENV = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb", "_TYPER_FORCE_DISABLE_TERMINAL": "1"}


def command_paths() -> list[list[str]]:
    """Every command and sub-command, as argument lists."""
    from newsprism.cli import app

    paths: list[list[str]] = []
    for info in app.registered_commands:
        name = info.name or (info.callback.__name__.replace("_", "-") if info.callback else "")
        paths.append([name])
    for group in app.registered_groups:
        sub = group.typer_instance
        if sub is None or group.name is None:
            continue
        paths.append([group.name])
        for info in sub.registered_commands:
            name = info.name or (info.callback.__name__.replace("_", "-") if info.callback else "")
            paths.append([group.name, name])
    return sorted(paths)


def render() -> str:
    from newsprism.cli import app

    runner = CliRunner()
    parts = [HEAD]
    for path in [[], *command_paths()]:
        result = runner.invoke(app, [*path, "--help"], env=ENV, terminal_width=100)
        parts.append(f"## {' '.join(['newsprism', *path])}\n")
        lines = [line.rstrip() for line in result.output.strip("\n").splitlines()]
        parts.append("```\n" + "\n".join(lines).strip("\n") + "\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    text = render()
    if "--check" in sys.argv:
        sys.exit(0 if DOC.exists() and DOC.read_text("utf-8") == text else 1)
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {DOC}")
