"""Page metadata (headline, published day, byline people, agency) against hand labels.

The labels (``benchmarks/labels/metadata.jsonl``, see its README) are for English news
pages of the article-extraction-benchmark, read by hand as a reader sees them. In the
same run, newsprism's :func:`newsprism.extract.html.extract_html` and trafilatura's
own metadata (``trafilatura.bare_extraction(with_metadata=True)``, which uses htmldate
for the date) are scored on:

- headline: equal to the label after case, quote and space normalisation;
- date: the published day equals the label's;
- authors exact: on pages whose byline credits people, the set of people equals the
  label's, ignoring case;
- invented author: on pages that credit no person, the share where a person was given;
- agency: on pages labelled with an agency, the agency named.

Usage: ``python -m benchmarks metadata [--show-errors]``.
"""

from __future__ import annotations

import argparse
import json
import re
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks import format_table, write_results
from benchmarks.extraction import Page, load_pages

__all__ = ["LABELS", "Label", "Prediction", "load_labels", "main", "quick", "score_metadata"]

LABELS = Path(__file__).resolve().parent / "labels" / "metadata.jsonl"


@dataclass(frozen=True, slots=True)
class Label:
    id: str
    headline: str
    published: str | None
    authors: tuple[str, ...]
    agency: str | None
    #: ``dev``: labelled while the rules were written; ``test``: labelled after, never tuned on.
    split: str = "dev"


@dataclass(frozen=True, slots=True)
class Prediction:
    headline: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    agency: str | None = None


def load_labels(path: Path = LABELS) -> list[Label]:
    labels = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            labels.append(Label(id=row["id"], headline=row["headline"], published=row.get("published"),
                                authors=tuple(row.get("authors") or ()), agency=row.get("agency"),
                                split=row.get("split", "dev")))
    return labels


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def normalise_headline(text: str | None) -> str:
    """Case, quote style, dashes and spacing do not count; words and their order do.

    >>> normalise_headline("‘We had some issues,’  exec says") == normalise_headline("'we had some issues,' exec says")
    True
    """
    text = unicodedata.normalize("NFKC", (text or "").translate(_QUOTES))
    return re.sub(r"\s+", " ", text).strip().casefold()


def _people_key(names: Sequence[str]) -> frozenset[str]:
    return frozenset(re.sub(r"\s+", " ", n).strip().casefold() for n in names)


def predict_newsprism(page: Page) -> Prediction:
    from newsprism.errors import NoArticleText
    from newsprism.extract.html import extract_html

    try:
        article = extract_html(page.html, url=page.url)
    except NoArticleText:
        return Prediction()
    return Prediction(
        headline=article.title,
        published=article.published.value[:10] if article.published else None,
        authors=tuple(article.authors or ()),
        agency=article.agency,
    )


def predict_trafilatura(page: Page) -> Prediction:
    import trafilatura

    doc = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True, favor_precision=True)
    if doc is None:
        return Prediction()
    author = getattr(doc, "author", None)
    return Prediction(
        headline=getattr(doc, "title", None),
        published=(getattr(doc, "date", None) or None),
        authors=tuple(a.strip() for a in author.split(";") if a.strip()) if author else (),
        agency=None,
    )


#: name -> metadata reader; trafilatura is the anchor.
READERS: dict[str, Callable[[Page], Prediction]] = {
    "newsprism": predict_newsprism,
    "trafilatura": predict_trafilatura,
}


@dataclass(slots=True)
class Tally:
    pages: int = 0
    headline: int = 0
    date: int = 0
    with_people: int = 0
    people_exact: int = 0
    without_people: int = 0
    invented: int = 0
    with_agency: int = 0
    agency: int = 0
    seconds: float = 0.0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def rates(self) -> dict[str, float]:
        def share(a: int, b: int) -> float:
            return a / b if b else 0.0

        return {
            "headline": share(self.headline, self.pages),
            "date": share(self.date, self.pages),
            "authors_exact": share(self.people_exact, self.with_people),
            "invented_author": share(self.invented, self.without_people),
            "agency": share(self.agency, self.with_agency),
        }


def score_metadata(labels: Sequence[Label], pages: Sequence[Page], reader: Callable[[Page], Prediction]) -> Tally:
    """Score one reader over the labelled pages (``pages`` in the order of ``labels``)."""
    tally = Tally()
    for label, page in zip(labels, pages, strict=True):
        start = time.process_time()
        got = reader(page)
        tally.seconds += time.process_time() - start
        tally.pages += 1
        wrong: dict[str, Any] = {}
        if normalise_headline(got.headline) == normalise_headline(label.headline):
            tally.headline += 1
        else:
            wrong["headline"] = [label.headline, got.headline]
        if got.published == label.published:
            tally.date += 1
        else:
            wrong["date"] = [label.published, got.published]
        if label.authors:
            tally.with_people += 1
            if _people_key(got.authors) == _people_key(label.authors):
                tally.people_exact += 1
            else:
                wrong["authors"] = [list(label.authors), list(got.authors)]
        else:
            tally.without_people += 1
            if got.authors:
                tally.invented += 1
                wrong["invented"] = list(got.authors)
        if label.agency:
            tally.with_agency += 1
            if got.agency == label.agency:
                tally.agency += 1
            else:
                wrong["agency"] = [label.agency, got.agency]
        if wrong:
            tally.errors.append({"id": label.id[:12], **wrong})
    return tally


def quick() -> dict[str, float]:
    """newsprism on every labelled page (about 2 s), for ``tests/test_eval_gate.py``."""
    labels = load_labels()
    tally = score_metadata(labels, load_pages([label.id for label in labels]), predict_newsprism)
    return {**tally.rates(), "pages": float(tally.pages)}


def _row(name: str, tally: Tally) -> list[Any]:
    rates = tally.rates()
    return [name, tally.pages, rates["headline"], rates["date"], rates["authors_exact"], rates["invented_author"],
            rates["agency"] if name.startswith("newsprism") else "n/a", f"{tally.pages / tally.seconds:.1f}"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks metadata", description=__doc__.split("\n")[0])
    parser.add_argument("--show-errors", action="store_true", help="print each page a reader got wrong")
    args = parser.parse_args(argv or [])
    labels = load_labels()
    pages = load_pages([label.id for label in labels])
    rows = []
    results: dict[str, Any] = {}
    for name, reader in READERS.items():
        tally = score_metadata(labels, pages, reader)
        results[name] = {key: round(value, 4) for key, value in tally.rates().items()}
        rows.append(_row(name, tally))
        if args.show_errors:
            for error in tally.errors:
                print(name, json.dumps(error, ensure_ascii=False))
        # The test split: pages labelled after the first rules were written (see docs/benchmarks.md).
        held = [(label, page) for label, page in zip(labels, pages, strict=True) if label.split == "test"]
        if held:
            held_tally = score_metadata([h[0] for h in held], [h[1] for h in held], reader)
            results[f"{name} (split: test)"] = {key: round(value, 4) for key, value in held_tally.rates().items()}
            rows.append(_row(f"{name} (split: test)", held_tally))
    with_people = sum(1 for label in labels if label.authors)
    with_agency = sum(1 for label in labels if label.agency)
    print(f"metadata: {len(labels)} hand-labelled pages ({with_people} crediting people, "
          f"{len(labels) - with_people} crediting none, {with_agency} crediting an agency; "
          f"{sum(1 for label in labels if label.split == 'test')} held out)\n")
    print(format_table(["reader", "pages", "headline", "date", "authors exact", "invented author", "agency",
                        "pages/CPU-s"], rows))
    write_results("metadata", {"pages": len(labels), "with_people": with_people, "readers": results})
    return 0
