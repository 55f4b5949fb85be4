"""Quotes and speakers on GUM's Wikinews articles, textacy beside newsprism, and the stage's speed.

``python -m benchmarks quotes [--no-speed] [--docs a,b,...] [--show]``

Data: ``../shared/data/gum-news-quotes`` (24 Wikinews articles from GUM: text CC BY 2.5,
annotations CC BY 4.0): GUM's ``<quote>`` spans with *draft* speaker labels, and GUM's
gold coreference in the CoNLL-U files. Our corrections to the draft labels are data in
``benchmarks/labels/gum_quotes_review.json``, each with a reason (see the report).

Scoring (the data's README):

- **detection**: a gold span is found when one predicted quote covers at least 50% of its
  characters; a prediction is right when it covers at least 50% of some gold span. GUM splits
  one quotation into one span per sentence, so a prediction may find several gold spans.
  Recall per gold kind; precision per predicted kind (indirect quotes have no gold: GUM
  marks only quoted words). Predictions that match no gold span are listed with ``--show``.
- **speaker**: for a found gold span with a speaker, the prediction (the one covering most
  of it) is right when its speaker entity has a non-pronoun mention inside a mention of the
  gold coreference cluster (ending where it ends, or sharing the speaker's last name), or,
  with no entity, when its words do. A bare pronoun is wrong. Reported over found spans
  (attribution) and over all spans (end to end), overall and where the draft says the
  speaker is found via a pronoun or a description; and *emitted precision*: of the speakers
  a system names, how many are right. Spans marked ambiguous in the draft are left out.

Baseline in the same run: textacy 0.13 ``extract.triples.direct_quotations`` on the same
spaCy docs (it has no pronoun resolution; its speakers are scored by the same rules).

Speed: CPU seconds of ``nlp.pipe`` alone vs the quotes stage alone on 100 Wikinews texts.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.scoring import Counts, prf

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSPRISM_SHARED", ROOT.parent / "shared")) / "data"
DATA = SHARED / "gum-news-quotes"
REVIEW = Path(__file__).resolve().parent / "labels" / "gum_quotes_review.json"
RESULTS = Path(__file__).resolve().parent / "results" / "quotes.json"
PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "i", "we", "you", "his", "its", "their"})
_ENTITY = re.compile(r"\((\d+)-[^()]*(\))?|(\d+)\)")
MIN_COVER = 0.5


@dataclass
class Gold:
    id: str
    start: int
    end: int
    kind: str
    speaker: str | None
    cluster: int | None
    via: str
    ambiguous: bool


@dataclass
class Doc:
    name: str
    text: str
    gold: list[Gold]
    clusters: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    unmarked: list[str] = field(default_factory=list)  # reviewed quotes GUM did not mark


@dataclass
class Predicted:
    start: int
    end: int
    kind: str
    speaker_spans: list[tuple[int, int]]  # non-pronoun mentions of the speaker entity, or its words
    speaker_name: str | None
    emitted: bool


def _clusters(name: str, text: str) -> dict[int, list[tuple[int, int]]]:
    """GUM's coreference clusters as character spans, by aligning CoNLL-U words to the text."""
    words: list[tuple[str, str]] = []
    ranges: dict[int, tuple[int, str]] = {}
    for line in (DATA / "conllu" / f"{name}.conllu").read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0]:
            first, last = (int(x) for x in cols[0].split("-"))
            ranges[len(words)] = (last - first + 1, cols[1])
            continue
        if "." in cols[0]:
            continue
        entity = next((m[7:] for m in cols[9].split("|") if m.startswith("Entity=")), "")
        words.append((cols[1], entity))
    spans: list[tuple[int, int]] = []
    position = 0
    i = 0
    while i < len(words):
        if i in ranges:
            count, form = ranges[i]
            found = text.find(form, position)
            start, position = found, found + len(form)
            spans.extend([(start, position)] * count)
            i += count
            continue
        found = text.find(words[i][0], position)
        spans.append((found, found + len(words[i][0])))
        position = found + len(words[i][0])
        i += 1
    clusters: dict[int, list[tuple[int, int]]] = defaultdict(list)
    open_at: dict[int, list[int]] = defaultdict(list)
    for n, (_, entity) in enumerate(words):
        for match in _ENTITY.finditer(entity):
            if match.group(1):
                cid = int(match.group(1))
                if match.group(2):
                    clusters[cid].append(spans[n])
                else:
                    open_at[cid].append(n)
            else:
                cid = int(match.group(3))
                if open_at[cid]:
                    begin = open_at[cid].pop()
                    clusters[cid].append((spans[begin][0], spans[n][1]))
    return dict(clusters)


def load_docs(names: list[str] | None = None) -> list[Doc]:
    review = json.loads(REVIEW.read_text("utf-8")) if REVIEW.is_file() else {"speakers": {}}
    gold_by_doc: dict[str, list[Gold]] = defaultdict(list)
    for line in (DATA / "quotes_speakers_draft.jsonl").read_text("utf-8").splitlines():
        r = json.loads(line)
        fix = review["speakers"].get(r["quote_id"], {})
        gold_by_doc[r["doc"]].append(
            Gold(r["quote_id"], r["start"], r["end"], r["kind"], fix.get("speaker", r["speaker"]),
                 fix.get("speaker_cluster", r["speaker_cluster"]), fix.get("speaker_via", r["speaker_via"]),
                 fix.get("ambiguous", r["ambiguous"]))
        )
    unmarked: dict[str, list[str]] = defaultdict(list)
    for entry in review.get("unmarked", []):
        unmarked[entry["doc"]].append(entry["text"])
    docs = []
    for path in sorted((DATA / "text").glob("GUM_news_*.txt")):
        if names and path.stem not in names:
            continue
        text = path.read_text("utf-8").rstrip("\n")
        docs.append(Doc(path.stem, text, gold_by_doc.get(path.stem, []), _clusters(path.stem, text),
                        unmarked[path.stem]))
    return docs


def _cover(gold: Gold, start: int, end: int) -> float:
    return max(0, min(gold.end, end) - max(gold.start, start)) / max(gold.end - gold.start, 1)


def run_newsprism(
    docs: list[Doc], *, stages: tuple[str, ...] | None = None
) -> tuple[list[list[Predicted]], list[Any]]:
    """newsprism's quotes for each doc, and the spaCy docs for the baseline to reuse.

    By default the configured stages up to ``quotes`` run (entities, and actors when present).
    """
    from newsprism.config import DEFAULT_STAGES, Settings
    from newsprism.extract.build import build_article
    from newsprism.pipeline import Pipeline

    stages = stages or DEFAULT_STAGES[: DEFAULT_STAGES.index("quotes") + 1]
    pipeline = Pipeline.from_settings(Settings.from_env(stages=stages))
    results, spacy_docs = [], []
    for doc in docs:
        article = build_article(doc.text.split("\n\n"))
        if article.text != doc.text:
            raise ValueError(f"{doc.name}: the article text does not keep the gold offsets")
        parsed = pipeline.nlp(article.text)
        article = pipeline.apply(article, parsed)
        spacy_docs.append(parsed)
        entities = {e.id: e for e in article.entities}
        found = []
        for quote in article.quotes:
            spans: list[tuple[int, int]] = []
            name = None
            emitted = False
            if quote.speaker is not None:
                name = quote.speaker.name
                entity = entities.get(quote.speaker.entity or "")
                if entity is not None:
                    spans = [(m.start, m.end) for m in entity.mentions if m.text.lower() not in PRONOUNS]
                    emitted = True
                elif quote.speaker.span is not None and quote.speaker.span.text.lower() not in PRONOUNS:
                    spans = [(quote.speaker.span.start, quote.speaker.span.end)]
                    emitted = True
            found.append(Predicted(quote.span.start, quote.span.end, quote.kind, spans, name, emitted))
        results.append(found)
    return results, spacy_docs


def run_textacy(spacy_docs: list[Any]) -> list[list[Predicted]]:
    from textacy.extract.triples import direct_quotations

    results = []
    for parsed in spacy_docs:
        found: list[Predicted] = []
        try:
            triples = list(direct_quotations(parsed))
        except ValueError:
            # textacy refuses a text with an odd number of marks ("bails out"): it finds nothing.
            results.append(found)
            continue
        for triple in triples:
            content = triple.content
            speaker = [t for t in triple.speaker]
            spans = []
            if speaker and not all(t.lower_ in PRONOUNS for t in speaker):
                spans = [(min(t.idx for t in speaker), max(t.idx + len(t) for t in speaker))]
            name = " ".join(t.text for t in speaker) or None
            found.append(Predicted(content.start_char, content.end_char, "direct", spans, name, bool(spans)))
        results.append(found)
    return results


def _speaker_right(doc: Doc, gold: Gold, predicted: Predicted) -> bool:
    if not predicted.speaker_spans:
        return False
    last = (gold.speaker or "").split()[-1].lower() if gold.speaker else ""
    mentions = doc.clusters.get(gold.cluster, []) if gold.cluster is not None else []
    for start, end in predicted.speaker_spans:
        words = doc.text[start:end].lower().replace("’s", "").replace("'s", "").split()
        for m_start, m_end in mentions:
            if m_start <= start and end <= m_end and (end == m_end or (last and last in words)):
                return True
        if not mentions and last and last in words:
            return True
    return False


def score(docs: list[Doc], predictions: list[list[Predicted]]) -> dict[str, Any]:
    recall: dict[str, Counts] = defaultdict(Counts)
    precision: dict[str, Counts] = defaultdict(Counts)
    speakers: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # group -> [right, total]
    emitted = [0, 0]
    unmatched: list[str] = []
    raw = Counts()
    raw_kind: dict[str, Counts] = defaultdict(Counts)
    for doc, predicted in zip(docs, predictions, strict=True):
        for p in predicted:
            if p.kind == "indirect" or not doc.gold:
                continue  # no gold for unmarked speech, nor for documents GUM marked no quote in
            hit = any(_cover(g, p.start, p.end) >= MIN_COVER for g in doc.gold)
            raw.tp += hit
            raw.fp += not hit
            raw_kind[p.kind].tp += hit
            raw_kind[p.kind].fp += not hit
            words = doc.text[p.start : p.end].strip("\"“”‘’' ")
            hit = hit or any(words.startswith(u) for u in doc.unmarked)
            precision[p.kind].tp += hit
            precision[p.kind].fp += not hit
            precision["all"].tp += hit
            precision["all"].fp += not hit
            if not hit:
                unmatched.append(f"{doc.name} [{p.kind}] {doc.text[p.start:p.end][:90]!r}")
        for g in doc.gold:
            candidates = [p for p in predicted if p.kind != "indirect" and _cover(g, p.start, p.end) >= MIN_COVER]
            best = max(candidates, key=lambda p: _cover(g, p.start, p.end), default=None)
            for group in (g.kind, "all"):
                recall[group].tp += best is not None
                recall[group].fn += best is None
            if g.ambiguous or g.speaker is None:
                continue
            right = best is not None and _speaker_right(doc, g, best)
            groups = ["all", g.via] + (["direct+continuation"] if g.kind in ("direct", "continuation") else [])
            for group in groups:
                speakers[f"end-to-end {group}"][0] += right
                speakers[f"end-to-end {group}"][1] += 1
                if best is not None:
                    speakers[f"attribution {group}"][0] += right
                    speakers[f"attribution {group}"][1] += 1
            if best is not None and best.emitted:
                emitted[0] += right
                emitted[1] += 1
    detection: dict[str, dict[str, float | None]] = {}
    for kind in sorted(set(recall) | set(precision)):
        pr = prf(Counts(tp=precision[kind].tp, fp=precision[kind].fp))[0] if kind in precision else None
        rc = prf(Counts(tp=recall[kind].tp, fn=recall[kind].fn))[1] if kind in recall else None
        f1 = 2 * pr * rc / (pr + rc) if pr is not None and rc is not None and pr + rc else None
        before = prf(raw_kind[kind])[0] if kind in raw_kind else (prf(raw)[0] if kind == "all" else None)
        detection[kind] = {"precision": pr, "recall": rc, "f1": f1, "gold": recall[kind].tp + recall[kind].fn,
                           "predicted": precision[kind].tp + precision[kind].fp, "precision_before_review": before}
    return {
        "detection": detection,
        "speakers": {k: {"accuracy": v[0] / v[1] if v[1] else None, "n": v[1]} for k, v in sorted(speakers.items())},
        "emitted_precision": {"precision": emitted[0] / emitted[1] if emitted[1] else None, "n": emitted[1]},
        "precision_before_review": prf(raw)[0],
        "unmatched": unmatched,
    }


def evaluate(names: list[str] | None = None, *, baseline: bool = True) -> dict[str, Any]:
    docs = load_docs(names)
    ours, spacy_docs = run_newsprism(docs)
    results = {"newsprism": score(docs, ours)}
    results["newsprism"]["indirect_found"] = sum(p.kind == "indirect" for doc in ours for p in doc)
    if baseline:
        results["textacy"] = score(docs, run_textacy(spacy_docs))
    return results


def quick(stages: tuple[str, ...] | None = None) -> dict[str, float]:
    """The evaluation gate's subset: the 14 GUM documents that have quotes, newsprism only (~15 s)."""
    docs = [doc for doc in load_docs() if doc.gold]
    ours, _ = run_newsprism(docs, stages=stages)
    result = score(docs, ours)
    detection, speakers = result["detection"], result["speakers"]
    return {
        "direct_recall": detection["direct"]["recall"] or 0.0,
        "direct_precision": detection["direct"]["precision"] or 0.0,
        "all_recall": detection["all"]["recall"] or 0.0,
        "speaker_accuracy": speakers["attribution all"]["accuracy"] or 0.0,
        "pronoun_speaker_accuracy": speakers["attribution pronoun"]["accuracy"] or 0.0,
        "emitted_speaker_precision": result["emitted_precision"]["precision"] or 0.0,
    }


def measure_speed(n_texts: int = 100) -> dict[str, float]:
    """CPU seconds of ``nlp.pipe`` alone vs the quotes stage alone on ``n_texts`` Wikinews bodies."""
    from benchmarks.speed import stage_overhead, wikinews_texts

    timing = stage_overhead("quotes", wikinews_texts(n_texts))
    return timing.as_dict(found=sum(len(a.quotes) for a in timing.articles))


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def table(results: dict[str, Any]) -> str:
    lines = ["| system | kind | gold | predicted | precision | precision before review | recall | F1 |",
             "|---|---|---|---|---|---|---|---|"]
    for system, res in results.items():
        for kind, row in res["detection"].items():
            lines.append(f"| {system} | {kind} | {row['gold']} | {row['predicted']} | {_fmt(row['precision'])} | "
                         f"{_fmt(row['precision_before_review'])} | {_fmt(row['recall'])} | {_fmt(row['f1'])} |")
    lines += ["", "| system | speaker accuracy | n | value |", "|---|---|---|---|"]
    for system, res in results.items():
        for group, row in res["speakers"].items():
            lines.append(f"| {system} | {group} | {row['n']} | {_fmt(row['accuracy'])} |")
        row = res["emitted_precision"]
        lines.append(f"| {system} | emitted speakers right | {row['n']} | {_fmt(row['precision'])} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks quotes")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--docs", help="comma-separated GUM document names (default: all 24)")
    parser.add_argument("--show", action="store_true", help="list predictions that match no gold span")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"no data at {DATA}")
        return 2
    names = args.docs.split(",") if args.docs else None
    results = evaluate(names)
    print(table(results))
    if args.show:
        for system, res in results.items():
            print(f"\nunmatched {system}:")
            print("\n".join(res["unmatched"]))
    from newsprism.config import DEFAULT_STAGES

    stages = list(DEFAULT_STAGES[: DEFAULT_STAGES.index("quotes") + 1])
    document: dict[str, Any] = {"data": "gum-news-quotes", "stages": stages, "results": results}
    if not args.no_speed:
        speed = measure_speed()
        print(f"\nspeed on {speed['texts']} Wikinews texts ({speed['words']} words): spaCy {speed['spacy_cpu_s']} "
              f"CPU-s, quotes stage {speed['quotes_cpu_s']} CPU-s = {speed['quotes_overhead']:.1%} overhead")
        document["speed"] = speed
    if not names:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 0
