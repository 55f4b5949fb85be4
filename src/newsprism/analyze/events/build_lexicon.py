"""Build ``lexicons/events_en.cameo.json`` from the PETRARCH verb dictionary and PLOVER's table.

Run once by a maintainer, never at run time (the inputs live outside the package)::

    python -m newsprism.analyze.events.build_lexicon ../shared/data > \\
        src/newsprism/analyze/lexicons/events_en.cameo.json

Inputs, and why they are combined here rather than retyped:

- ``phoenix_dictionaries/CAMEO.2.0.txt`` (PETRARCH, MIT, Open Event Data Alliance): verb
  synonym blocks (``--- ASK [---] ---`` then ``ASK [020]``, ``+ASK_FOR [020]``) and verb
  patterns (``- * MEETING [026]``, ``- * (UNDER SURVEILLANCE) [173]``) mapped to CAMEO codes.
- ``plover/CAMEO2PLOVER-2021.txt`` (PLOVER, CC BY-SA 4.0): CAMEO code -> PLOVER event,
  mode, context.  Because of that table the output is CC BY-SA 4.0 and ships in its own file
  with its source and licence inside it.
- ``plover/plover_ontology.json`` (CC BY-SA 4.0): the current modes and contexts, so old
  draft names in the table (``assassinate``, ``ban``) are mapped or dropped, never invented.

CAMEO 01 (statements) has no PLOVER code: bare statements are not events, and a pattern coded
01 is kept with a ``null`` reading so that it blocks its verb's default (*look uncertain*).
CAMEO 02 (appeals) was dropped by PLOVER as a category, but the manual's REQUEST is "all
requests, demands, and orders", so an appeal code reads as its CAMEO 10 (demand) twin
(``0233`` appeal for humanitarian aid -> ``1033``).

Verb patterns (PETRARCH syntax, ``- PRE * POST [code]``) are kept whole, not just the single-word
ones: ``&SYNSET`` references are expanded, ``{A B}`` phrases and ``(PREP WORDS)`` phrases become
ordered slots, and a word without a trailing ``_`` is a stem (``VIOLAT`` matches *violated*). See
:mod:`newsprism.analyze.events.patterns` for how the extractor matches them.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: Old PLOVER-draft mode names in the 2021 table -> the manual's current names.
MODE_RENAMES = {"assassinate": "targeted", "ban": "restrict", "detain": "arrest", "confiscate": "seize"}

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_CODE = re.compile(r"\[([0-9]{2,4})(?::[0-9-]*)?\]")
#: Fewest coded patterns that must agree before a block's majority reading is given to its verbs.
_MIN_PATTERNS = 3
_ANY_CODE = re.compile(r"\[\s*([0-9]{2,4})?\s*(?::\s*([0-9]{2,4}))?[^\]]*\]")
_PIECE = re.compile(r"\{[^}]*\}|[()]|[^\s(){}]+")
#: Markers for the actor slots of a pattern (source, target, skip, compound): no words to match.
_MARKERS = frozenset({"$", "+", "^", "%"})
#: Words of an auxiliary that open a multi-word verb entry (``+IS_DETERMINED``): not a verb.
_AUXILIARIES = frozenset({"is", "was", "were", "be", "are", "been", "has", "have", "had", "will", "would"})


def read_table(path: Path, ontology: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``0311: AGREE,  ,   economic # ...`` -> {"0311": {"type", "mode", "context"}}."""
    modes = {e["event"]: {m["mode"] for m in e["modes"]} for e in ontology["events"]}
    contexts = {c["context"] if isinstance(c, dict) else c for c in ontology["contexts"]}
    table: dict[str, dict[str, Any]] = {}
    for line in path.read_text("utf-8").splitlines():
        body = line.split("#", 1)[0].strip()
        if ":" not in body or not body[0].isdigit():
            continue
        code, rest = body.split(":", 1)
        parts = [p.strip() for p in rest.split(",")]
        event = parts[0]
        if event not in modes:
            continue
        mode = MODE_RENAMES.get(parts[1], parts[1]) if len(parts) > 1 else ""
        context = [c.strip() for c in parts[2].split(";")] if len(parts) > 2 else []
        table[code.strip()] = {
            "type": event,
            "mode": mode if mode in modes[event] else None,
            "context": [c for c in context if c in contexts],
        }
    return table


def lookup(table: dict[str, dict[str, Any]], code: str) -> dict[str, Any] | None:
    """The most specific row for a CAMEO code: ``0311``, else ``031``, else ``03``.

    An appeal (``02``) reads as its demand twin (``10``): PLOVER's REQUEST is all requests.
    """
    mapped = "10" + code[2:] if code.startswith("02") else code
    for size in (4, 3, 2):
        if len(mapped) >= size and mapped[:size] in table:
            return {**table[mapped[:size]], "cameo": code}
    return None


def read_synsets(path: Path) -> dict[str, list[str]]:
    """``&NAME`` -> its members as lower-case phrases (``+PRIME_MINISTER`` -> ``prime minister``).

    A member's trailing ``_`` (whole word, no stem) is kept on the phrase's last word.
    """
    synsets: dict[str, list[str]] = {}
    name = ""
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("---"):
            break
        if line.startswith("&"):
            name = line[1:].rstrip("_").lower()
            synsets[name] = []
        elif line.startswith("+") and name:
            synsets[name].append(_member(line[1:]))
    return synsets


def _member(entry: str) -> str:
    """``PRIME_MINISTER`` -> ``prime minister``; ``CASH_`` -> ``cash_`` (exact word)."""
    exact = entry.endswith("_")
    words = entry.strip().strip("_").lower().split("_")
    return " ".join(words) + ("_" if exact else "")


def _alternatives(piece: str) -> list[str]:
    """The phrase one pattern piece stands for: a word, ``&name`` (a synset, expanded when the
    lexicon is loaded, so the file stays small), or a ``{...}`` phrase of those."""
    if piece.startswith("{"):
        words = [w for word in piece.strip("{}").split() for w in _alternatives(word)]
        return [" ".join(words)] if words else []
    if piece.startswith("&"):
        return ["&" + piece[1:].rstrip("_").lower()]
    if piece in _MARKERS or not any(ch.isalpha() for ch in piece):
        return []
    return [_member(piece)]


def _block_lines(path: Path) -> Iterator[tuple[str, str, str, str | None]]:
    """Each line inside a ``--- VERB [code] ---`` block: (raw line, line without its comment,
    block name, the block's default code). Transformation rules (``~``) are skipped."""
    name = ""
    default: str | None = None
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.startswith("~"):
            continue
        block = _BLOCK.match(line)
        if block:
            name = block.group(1).lower()
            code = block.group(2).strip()
            default = code if code.isdigit() else None
        elif name:
            yield raw, line, name, default


def parse_pattern(body: str) -> tuple[list[str], list[str]] | None:
    """``&MILITARY * (ON ALERT) {AIR EXERCISE}`` -> (slots before the verb, slots after it).

    Each slot is a phrase (words matched next to each other); parentheses only group (the
    preposition is a slot of its own, matched in order like every other word).
    """
    if "*" not in body:
        return None
    before, after = body.split("*", 1)
    sides: list[list[str]] = []
    for side in (before, after):
        sides.append([a for piece in _PIECE.findall(side) if piece not in "()" for a in _alternatives(piece)])
    return sides[0], sides[1]


def read_patterns(path: Path, table: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Block -> coded patterns, verb -> every block it is in, multi-word verbs as patterns.

    A pattern is ``[before, after, cameo code, origin verb or ""]`` (plus ``"verb"`` for a
    multi-word verb's own words); ``pattern_codes`` gives each code's PLOVER reading, ``null``
    for a code with no PLOVER event (01, statements). ``+RULE_OUT [121]`` in a block
    becomes the verb *rule* with the pattern ``* OUT`` (its own code, else the block's).
    """
    patterns: dict[str, list[Any]] = {}
    verb_blocks: dict[str, list[str]] = {}
    for raw, line, name, default in _block_lines(path):
        codes = _ANY_CODE.search(line)
        code = (codes.group(1) or codes.group(2)) if codes else None
        body = line.split("[", 1)[0]
        if line.startswith("-"):
            parsed = parse_pattern(body[1:])
            if parsed is None or code is None or not (parsed[0] or parsed[1]):
                continue
            # "# RUSH": the verb the pattern was first written for (the file's header says so).
            comment = raw.split("#", 1)[1].split() if "#" in raw else []
            origin = comment[0].lower() if comment and comment[0].isalpha() and comment[0].isupper() else ""
            patterns.setdefault(name, []).append([parsed[0], parsed[1], code, origin])
            continue
        words = body.split("{", 1)[0].strip().lstrip("+").rstrip("_").lower().split("_")
        if not words or not words[0] or words[0] in _AUXILIARIES or not words[0].isalpha():
            continue
        blocks = verb_blocks.setdefault(words[0], [])
        if name not in blocks:
            blocks.append(name)
        code = code or default
        if len(words) > 1 and code is not None:
            after = words[1:]
            patterns.setdefault(name, []).append([[], after, code, words[0], "verb"])
    used = sorted({row[2] for rows in patterns.values() for row in rows})
    return {
        "patterns": patterns,
        "pattern_codes": {c: _reading(table, c) for c in used},
        "verb_blocks": dict(sorted(verb_blocks.items())),
        "synsets": read_synsets(path),
    }


def _reading(table: dict[str, dict[str, Any]], code: str) -> dict[str, Any] | None:
    """A pattern's PLOVER reading, without the ``cameo`` key's duplicate of the code."""
    row = lookup(table, code)
    return None if row is None else {k: v for k, v in row.items() if k != "cameo"}


def _words(entry: str) -> str:
    return entry.strip("+").rstrip("_").replace("_", " ").lower()


def read_verbs(path: Path, table: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Verb lemma -> its default PLOVER row (its own code, else its block's, else the block's
    patterns' majority). Patterns are :func:`read_patterns`' business."""
    verbs: dict[str, Any] = {}
    pattern_rows: dict[str, list[dict[str, Any] | None]] = {}  # block -> the reading of each coded pattern
    undecided: dict[str, str] = {}  # verb -> its block, for verbs with no code of their own or the block's
    for _raw, line, name, default in _block_lines(path):
        if line.startswith("-"):
            coded = _CODE.search(line)
            if coded:
                pattern_rows.setdefault(name, []).append(lookup(table, coded.group(1)))
            continue
        word = line.split("[", 1)[0].split("{", 1)[0].strip()
        if not word or " " in word:
            continue
        own = _CODE.search(line)
        code = own.group(1) if own else default
        verb = _words(word)
        row = lookup(table, code) if code else None
        if row is not None and verb not in verbs:
            verbs[verb] = row
        elif code is None:
            undecided.setdefault(verb, name)
    # A verb in a block without a default code (``--- REFUSE [---] ---``: refuse, reject, resist)
    # takes the PLOVER type most of the block's coded patterns share, when at least half of
    # them (statements without a PLOVER type count against) and at least two agree.
    for verb, block_name in undecided.items():
        if verb in verbs:
            continue
        rows = pattern_rows.get(block_name, [])
        kinds = Counter(row["type"] for row in rows if row is not None)
        if kinds:
            kind, count = kinds.most_common(1)[0]
            if count >= _MIN_PATTERNS and count * 2 >= len(rows):
                verbs[verb] = {"type": kind, "mode": None, "context": [], "cameo": f"block:{block_name}"}
    return {"verbs": dict(sorted(verbs.items()))}


def build(data: Path) -> dict[str, Any]:
    ontology = json.loads((data / "plover" / "plover_ontology.json").read_text("utf-8"))
    table = read_table(data / "plover" / "CAMEO2PLOVER-2021.txt", ontology)
    verbs = read_verbs(data / "phoenix_dictionaries" / "CAMEO.2.0.txt", table)
    verbs.update(read_patterns(data / "phoenix_dictionaries" / "CAMEO.2.0.txt", table))
    return {
        "source": {
            "verbs": "openeventdata/petrarch2 @ 676801cd9cb2924bbbad09f86d15c9323e7097bf, "
            "petrarch2/data/dictionaries/CAMEO.2.0.txt (MIT, (c) 2015 Open Event Data Alliance)",
            "mapping": "openeventdata/PLOVER @ 5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f, "
            "CAMEO2PLOVER-2021.txt and PLOVER_MANUAL.tex (CC BY-SA 4.0, Open Event Data Alliance)",
            "built_by": "newsprism.analyze.events.build_lexicon",
        },
        "licence": "CC BY-SA 4.0 (derived from PLOVER, Open Event Data Alliance); verb lists MIT (PETRARCH)",
        **verbs,
    }


def build_ontology(data: Path) -> dict[str, Any]:
    """The PLOVER names newsprism checks against: types, modes, contexts, sectors, quads, scores."""
    ontology = json.loads((data / "plover" / "plover_ontology.json").read_text("utf-8"))
    return {
        "source": "openeventdata/PLOVER @ 5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f, PLOVER_MANUAL.tex "
        "(DRAFT Version 2.0), via ../shared/data/plover/plover_ontology.json",
        "licence": "CC BY-SA 4.0, PLOVER, Open Event Data Alliance",
        "events": {
            e["event"]: {
                "quad": e["quad_category"],
                "requires_recipient": e["requires_recipient"],
                "modes": [m["mode"] for m in e["modes"]],
            }
            for e in ontology["events"]
        },
        "contexts": [c["context"] if isinstance(c, dict) else c for c in ontology["contexts"]],
        "sectors": {s["code"]: s["description"] for s in ontology["sector_codes"]},
        "scores": ontology["scores"],
        "quad_categories": ontology["quad_categories"],
    }


def dumps(document: dict[str, Any]) -> str:
    """JSON with one entry a line: small enough to ship, and a diff shows which entry changed."""
    parts = []
    for key, value in document.items():
        if isinstance(value, dict) and value and key != "source":
            rows = ",\n".join(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in value.items())
            parts.append(f"{json.dumps(key)}: {{\n{rows}\n}}")
        else:
            parts.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(parts) + "\n}"


def main(argv: list[str] | None = None) -> int:
    """``build_lexicon DATA`` prints the CAMEO-derived lexicon; ``build_lexicon DATA --ontology`` the PLOVER names."""
    args = sys.argv[1:] if argv is None else argv
    data = Path(args[0] if args else "../shared/data")
    document = build_ontology(data) if "--ontology" in args else build(data)
    sys.stdout.write(dumps(document) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
