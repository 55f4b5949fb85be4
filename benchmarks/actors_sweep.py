"""Actors: a sweep over Wikinews articles listing merges and links worth a second look.

``python -m benchmarks actors_sweep [--limit N] [--every K] [--out PATH]``

No gold labels: it runs the ``entities`` + ``actors`` stages over every K-th article of
``../shared/data/wikinews`` (the CSV's ``date`` as the published date) and lists, per
article, what is *suspicious* — each flag is a construction the stage has got wrong before:

- ``first-name``: one person actor whose mentions carry two different full names
  (*A. Smith* and *B. Smith* merged into one actor);
- ``surname``: a bare surname mention (with or without a title) merged into one person
  while more than one person actor of the article has a full name ending in it (an
  ambiguous merge; ``surname-apart`` counts those kept as a cluster of their own);
- ``title-link``: a KB link made from a title phrase alone (no name of the KB actor
  appears among the actor's mentions);
- ``foreign-org``: an organisation linked to a KB body of a country the article never
  names (an institution linked without its country).

It prints the counts per flag and writes them to ``benchmarks/results/actors_sweep.json``;
``--out PATH`` also writes every flagged item with its context (article text, so keep it
out of the repository) for a person to read. A flag is not an error by itself; the counts
are compared before and after a change.

Texts: Wikinews, CC BY 2.5 (Wikinews contributors).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.actors import _articles, actors_pipeline

RESULTS = Path(__file__).resolve().parent / "results" / "actors_sweep.json"


def _core_name(text: str) -> list[str]:
    """The words of a person's name without honorifics and title words."""
    from newsprism.analyze.actors.lexicon_en import HONORIFICS, TITLE_HEADS, TITLE_WORDS
    from newsprism.analyze.actors.names import normalize_name

    words = normalize_name(text).split()
    drop = {w for h in HONORIFICS for w in h.split()} | TITLE_HEADS | TITLE_WORDS | {"lady", "madam"}
    while words and words[0] in drop:
        words = words[1:]
    return words


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    return (
        text[max(0, start - width) : start].replace("\n", " ")
        + "[["
        + text[start:end]
        + "]]"
        + (text[end : end + width].replace("\n", " "))
    )


def flags(article: Any, kb: Any, countries: Any) -> list[dict[str, Any]]:
    from newsprism.analyze.actors.names import is_acronym, normalize_name

    text = article.text
    out: list[dict[str, Any]] = []
    persons = [e for e in article.entities if e.type == "person"]
    full_by_person = {e.id: {tuple(w) for s in e.mentions if len(w := _core_name(s.text)) > 1} for e in persons}
    for entity in persons:
        fulls = sorted(full_by_person[entity.id])
        for i, one in enumerate(fulls):
            for two in fulls[i + 1 :]:
                shorter, longer = sorted((one, two), key=len)
                if (
                    one[-1] == two[-1]
                    and one[0] != two[0]
                    and longer[-len(shorter) :] != shorter  # "de Blasio" of "Bill de Blasio"
                    and not (one[0][:1] == two[0][:1] and min(len(one[0]), len(two[0])) <= 2)  # initials
                ):
                    out.append({"flag": "first-name", "actor": entity.name, "names": [" ".join(one), " ".join(two)]})
        for span in entity.mentions:
            core = _core_name(span.text)
            if len(core) != 1:
                continue
            owners = [o.name for o in persons if any(full[-1] == core[0] for full in full_by_person[o.id])]
            if len(owners) > 1:
                merged = entity.name in owners  # joined to one namesake, not kept apart
                out.append(
                    {
                        "flag": "surname" if merged else "surname-apart",
                        "actor": entity.name,
                        "mention": span.text,
                        "candidates": owners,
                        "context": _context(text, span.start, span.end),
                    }
                )
    for entity in article.entities:
        if entity.kb_id is None:
            continue
        kb_actor = kb.get(entity.kb_id)
        if kb_actor is None:
            continue
        names = {normalize_name(n) for n in kb_actor.names()}
        names |= {normalize_name(n) for ns in kb_actor.kinds.values() for n in ns}
        for span in entity.mentions:
            key = normalize_name(span.text)
            if key in names or is_acronym(span.text) or countries.state(span.text) is not None:
                continue
            if entity.type == "person" and any(w in names for w in key.split()):
                continue
            if entity.type == "person" and any(key.endswith(" " + n) or n.endswith(" " + key) for n in names):
                continue
            if (
                entity.type == "person"
                and span.text[:1].isupper()
                and len(key.split()) <= 3
                and not any(
                    w in {"president", "minister", "leader", "secretary", "chief", "chairman", "general"}
                    for w in key.split()
                )
            ):
                continue
            out.append(
                {
                    "flag": "title-link",
                    "actor": entity.name,
                    "kb_id": entity.kb_id,
                    "mention": span.text,
                    "context": _context(text, span.start, span.end),
                }
            )
    named = {e.country for e in article.entities if e.type == "state" and e.country}
    for entity in article.entities:
        if entity.kb_id and entity.type == "organization" and entity.country and entity.country not in named:
            span = entity.mentions[0]
            out.append(
                {
                    "flag": "foreign-org",
                    "actor": entity.name,
                    "kb_id": entity.kb_id,
                    "country": entity.country,
                    "context": _context(text, span.start, span.end),
                }
            )
    return out


def main(argv: list[str]) -> int:
    from newsprism.analyze.actors import load_kb
    from newsprism.analyze.actors.countries import CountryResolver
    from newsprism.extract.build import build_article
    from newsprism.model import PublishedDate

    parser = argparse.ArgumentParser(prog="python -m benchmarks actors_sweep")
    parser.add_argument("--every", type=int, default=2, help="take every K-th article (default 2)")
    parser.add_argument("--limit", type=int, default=150, help="at most N articles (default 150)")
    parser.add_argument("--out", type=Path, default=None, help="also write every flag with its context here")
    args = parser.parse_args(argv)
    rows = list(_articles().values())[:: args.every][: args.limit]
    if not rows:
        print("no Wikinews articles (../shared/data/wikinews): nothing to sweep")
        return 0
    pipeline = actors_pipeline()
    kb = load_kb(None)
    countries = CountryResolver(kb)
    report: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    counts: Counter[str] = Counter()
    started = time.perf_counter()
    for row in rows:
        article = build_article(row["text"].split("\n\n"))
        article = replace(article, published=PublishedDate(value=row["date"], precision="day", source="csv"))
        article = pipeline.analyze(article)
        found = flags(article, kb, countries)
        counts.update(f["flag"] for f in found)
        if found:
            report.append({"url": row["url"], "date": row["date"], "flags": found})
        for entity in article.entities:
            if entity.kb_id:
                links.append(
                    {
                        "url": row["url"],
                        "kb_id": entity.kb_id,
                        "name": entity.name,
                        "mentions": sorted({s.text for s in entity.mentions}),
                    }
                )
    seconds = time.perf_counter() - started
    summary = {
        "articles": len(rows),
        "every": args.every,
        "kb_links": len(links),
        "counts": dict(sorted(counts.items())),
    }
    RESULTS.write_text(json.dumps(summary, indent=2) + "\n", "utf-8")
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({**summary, "report": report, "links": links}, indent=1), "utf-8")
    print(f"{len(rows)} articles in {seconds:.0f} s; KB links: {len(links)}")
    print("| flag | count |\n|---|---|")
    for flag in ("first-name", "surname", "surname-apart", "title-link", "foreign-org"):
        print(f"| {flag} | {counts.get(flag, 0)} |")
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
