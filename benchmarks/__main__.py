"""``python -m benchmarks [NAME|all] [ARGS...]``: run one benchmark, or every one.

Register a benchmark by adding one line to ``BENCHMARKS``: its name and the module
whose ``main(argv: list[str]) -> int`` runs it.
"""

from __future__ import annotations

import importlib
import sys

#: name -> module with ``main(argv) -> int``. Keep sorted; one line per benchmark.
BENCHMARKS: dict[str, str] = {
    "actors": "benchmarks.actors",
    "actors_sweep": "benchmarks.actors_sweep",
    "events": "benchmarks.events",
    "events_articles": "benchmarks.events_articles",
    "extraction": "benchmarks.extraction",
    "framing": "benchmarks.framing",
    "framing_pages": "benchmarks.framing_pages",
    "framing_scorer": "benchmarks.framing_scorer",
    "metadata": "benchmarks.metadata",
    "quotes": "benchmarks.quotes",
    "quotes_pages": "benchmarks.quotes_pages",
    "reanalyze": "benchmarks.reanalyze",
    "store": "benchmarks.store",
    "throughput": "benchmarks.throughput",
    "voice": "benchmarks.voice",
}


def run(name: str, argv: list[str]) -> int:
    module = importlib.import_module(BENCHMARKS[name])
    status: int = module.main(argv)
    return status


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    name = args.pop(0) if args else "all"
    if name in ("-h", "--help"):
        print(__doc__)
        print("benchmarks:", ", ".join(sorted(BENCHMARKS)))
        return 0
    if name == "all":
        worst = 0
        for each in sorted(BENCHMARKS):
            print(f"\n## {each}\n", flush=True)
            worst = max(worst, run(each, []))
        return worst
    if name not in BENCHMARKS:
        print(f"unknown benchmark {name!r}; known: {', '.join(sorted(BENCHMARKS))}, all", file=sys.stderr)
        return 2
    return run(name, args)


if __name__ == "__main__":
    raise SystemExit(main())
