"""Actors: mention detection, in-article clustering and KB linking, beside baselines.

``python -m benchmarks actors [--quick]``

(a) **Mentions** against GUM's gold entities (``../shared/data/gum-news-quotes``, 24 Wikinews
    articles): a gold *named* mention is a person, organization or place mention whose head
    word (the one word whose parent is outside the mention) is a proper noun. A predicted
    mention matches a gold one when it lies inside it and covers its head word (GUM mentions
    carry determiners and titles: *the U.S. President Donald Trump*). Untyped and typed
    P/R/F1 (newsprism person -> person, organization -> organization, state/location ->
    place; spaCy PERSON, ORG/NORP, GPE/LOC/FAC the same way).
(b) **Clustering** of those gold named mentions against GUM's coreference ids, B-cubed F1:
    newsprism's actors vs spaCy's raw NER grouped by exact string (the baseline). A gold
    mention no system mention matches is its own singleton.
(c) **Linking** on ``labels/linking.jsonl``: 413 named mentions (spaCy NER) in 16 Wikinews
    articles of 2019-2020, each labelled by hand with the KB actor it names or none (the
    KB ends around 2014, so many are unknown). Accuracy (the link is right, or both say
    unknown) and wrong-link rate (a link to the wrong actor, or a link where the KB has
    none), overall and on named persons, states and international bodies; beside a naive
    linker that takes the first KB actor with the mention's exact name.

Texts: Wikinews, CC BY 2.5 (Wikinews contributors); GUM annotations CC BY 4.0 (Zeldes 2017).
"""

from __future__ import annotations

import csv
import json
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from benchmarks import shared_dir
from benchmarks.scoring import Counts, b_cubed, prf

ROOT = Path(__file__).resolve().parent.parent
SHARED = shared_dir() / "data"
GUM = SHARED / "gum-news-quotes"
WIKINEWS = SHARED / "wikinews"
LABELS = Path(__file__).resolve().parent / "labels" / "linking.jsonl"
HELDOUT = Path(__file__).resolve().parent / "labels" / "linking_heldout.jsonl"
RESULTS = Path(__file__).resolve().parent / "results" / "actors.json"

_ENTITY = re.compile(r"\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)")
GOLD_TYPES = {"person": "person", "organization": "organization", "place": "place"}
OURS = {
    "person": "person",
    "organization": "organization",
    "group": "organization",
    "state": "place",
    "location": "place",
}
SPACY = {
    "PERSON": "person",
    "ORG": "organization",
    "NORP": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
CORE = ("person", "state", "igo")
QUICK_DOCS = 8


# --------------------------------------------------------------------------- GUM


@dataclass
class GoldMention:
    start: int
    end: int
    head: tuple[int, int]
    type: str
    cluster: int


@dataclass
class GumDoc:
    name: str
    text: str
    mentions: list[GoldMention] = field(default_factory=list)


def load_gum(limit: int | None = None) -> list[GumDoc]:
    """GUM's named person/organization/place mentions, as character spans of ``text/<doc>.txt``."""
    docs = []
    for path in sorted((GUM / "conllu").glob("GUM_news_*.conllu"))[:limit]:
        text = (GUM / "text" / f"{path.stem}.txt").read_text("utf-8").rstrip("\n")
        words: list[dict[str, Any]] = []
        position = 0
        sentence_base = 0
        pending_range: tuple[int, int, str] | None = None
        for line in path.read_text("utf-8").splitlines():
            if not line:
                continue
            if line.startswith("#"):
                if line.startswith("# sent_id"):
                    sentence_base = len(words)
                continue
            cols = line.split("\t")
            if "-" in cols[0]:
                first, last = (int(x) for x in cols[0].split("-"))
                found = text.find(cols[1], position)
                pending_range = (last - first + 1, found, cols[1])
                position = found + len(cols[1])
                continue
            if "." in cols[0]:
                continue
            if pending_range is not None:
                # A multi-word token ("Warhol's" = "Warhol" + "'s"): each word gets its own
                # characters when the words spell the token, else the whole token.
                count, found, form = pending_range
                if form.startswith(cols[1], found - (position - len(form))):
                    span = (found, found + len(cols[1]))
                    rest = (found + len(cols[1]), form)
                else:
                    span = (position - len(form), position)
                    rest = (found, form)
                pending_range = (count - 1, rest[0], rest[1]) if count > 1 else None
            else:
                found = text.find(cols[1], position)
                span = (found, found + len(cols[1]))
                position = span[1]
            head = int(cols[6]) if cols[6].isdigit() else 0
            entity = next((m[7:] for m in cols[9].split("|") if m.startswith("Entity=")), "")
            words.append(
                {"span": span, "upos": cols[3], "head": sentence_base + head - 1 if head else -1, "entity": entity}
            )
        doc = GumDoc(name=path.stem, text=text)
        open_at: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for n, word in enumerate(words):
            for match in _ENTITY.finditer(word["entity"]):
                if match.group(1):
                    cid, etype = int(match.group(1)), match.group(2)
                    if match.group(3):
                        _add(doc, words, n, n, etype, cid)
                    else:
                        open_at[cid].append((n, etype))
                else:
                    cid = int(match.group(4))
                    if open_at[cid]:
                        begin, etype = open_at[cid].pop()
                        _add(doc, words, begin, n, etype, cid)
        docs.append(doc)
    return docs


def _add(doc: GumDoc, words: list[dict[str, Any]], first: int, last: int, etype: str, cid: int) -> None:
    if etype not in GOLD_TYPES:
        return
    heads = [i for i in range(first, last + 1) if not first <= words[i]["head"] <= last]
    if len(heads) != 1 or words[heads[0]]["upos"] != "PROPN":
        return
    doc.mentions.append(
        GoldMention(
            start=words[first]["span"][0],
            end=words[last]["span"][1],
            head=words[heads[0]]["span"],
            type=GOLD_TYPES[etype],
            cluster=cid,
        )
    )


@dataclass
class SysMention:
    start: int
    end: int
    type: str
    cluster: str


def match(gold: list[GoldMention], predicted: list[SysMention]) -> dict[int, int]:
    """Gold index -> predicted index: inside the gold span and covering its head; one-to-one."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if g.start <= p.start and p.end <= g.end and p.start <= g.head[0] and g.head[1] <= p.end:
                pairs.append((p.end - p.start, g.end - g.start, gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1]))
    used_g: dict[int, int] = {}
    used_p: set[int] = set()
    for _, _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g[gi] = pi
            used_p.add(pi)
    return used_g


def newsprism_mentions(pipeline: Any, text: str) -> list[SysMention]:
    from newsprism.extract.build import build_article

    article = build_article(text.split("\n\n"))
    if article.text != text:
        raise ValueError("the article text does not keep the gold offsets")
    article = pipeline.analyze(article)
    out = []
    for entity in article.entities:
        kind = OURS.get(entity.type)
        if kind is None:
            continue
        for span in entity.mentions:
            if span.text[:1].isupper():  # names, not title phrases ("the supreme leader")
                out.append(SysMention(span.start, span.end, kind, entity.id))
    return out


def spacy_mentions(nlp: Any, text: str) -> list[SysMention]:
    return [
        SysMention(ent.start_char, ent.end_char, SPACY[ent.label_], ent.text)
        for ent in nlp(text).ents
        if ent.label_ in SPACY
    ]


def score_gum(docs: list[GumDoc], predictions: list[list[SysMention]]) -> dict[str, float]:
    untyped, typed = Counts(), Counts()
    gold_clusters: dict[tuple[int, int], str] = {}
    sys_clusters: dict[tuple[int, int], str] = {}
    for d, (doc, predicted) in enumerate(zip(docs, predictions, strict=True)):
        matched = match(doc.mentions, predicted)
        untyped.add(Counts(tp=len(matched), fp=len(predicted) - len(matched), fn=len(doc.mentions) - len(matched)))
        right = sum(doc.mentions[g].type == predicted[p].type for g, p in matched.items())
        typed.add(Counts(tp=right, fp=len(predicted) - right, fn=len(doc.mentions) - right))
        for gi, mention in enumerate(doc.mentions):
            gold_clusters[(d, gi)] = f"{d}:{mention.cluster}"
            sys_clusters[(d, gi)] = f"{d}:{predicted[matched[gi]].cluster}" if gi in matched else f"{d}:g{gi}"
    p, r, f = prf(untyped)
    tp, tr, tf = prf(typed)
    bp, br, bf = b_cubed(gold_clusters, sys_clusters)
    return {
        "precision": p,
        "recall": r,
        "f1": f,
        "typed_precision": tp,
        "typed_recall": tr,
        "typed_f1": tf,
        "b3_precision": bp,
        "b3_recall": br,
        "b3_f1": bf,
        "gold_mentions": sum(len(d.mentions) for d in docs),
    }


def actors_pipeline() -> Any:
    from newsprism.config import Settings
    from newsprism.pipeline import Pipeline

    return Pipeline.from_settings(Settings.from_env(stages=("entities", "actors")))


def evaluate_gum(limit: int | None = None) -> dict[str, dict[str, float]]:
    docs = load_gum(limit)
    pipeline = actors_pipeline()
    ours = [newsprism_mentions(pipeline, doc.text) for doc in docs]
    base = [spacy_mentions(pipeline.nlp, doc.text) for doc in docs]
    return {"newsprism": score_gum(docs, ours), "spacy_ner_exact_string": score_gum(docs, base)}


# --------------------------------------------------------------------------- linking


def _articles() -> dict[str, dict[str, str]]:
    csv.field_size_limit(10**8)
    rows: dict[str, dict[str, str]] = {}
    for path in sorted(WIKINEWS.glob("wikinews_*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows.update({row["url"]: row for row in csv.DictReader(handle)})
    return rows


def evaluate_linking(limit_docs: int | None = None, *, path: Path = LABELS) -> dict[str, dict[str, Any]]:
    from newsprism.analyze.actors import load_kb
    from newsprism.extract.build import build_article
    from newsprism.model import PublishedDate

    labels = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    docs = list(dict.fromkeys(label["doc"] for label in labels))[:limit_docs]
    labels = [label for label in labels if label["doc"] in docs]
    rows = _articles()
    pipeline = actors_pipeline()
    kb = load_kb(None)
    predicted: dict[str, list[str | None]] = {"newsprism": [], "first_exact_alias": []}
    for url in docs:
        row = rows[url]
        article = build_article(row["text"].split("\n\n"))
        article = replace(article, published=PublishedDate(value=row["date"], precision="day", source="csv"))
        article = pipeline.analyze(article)
        for label in (x for x in labels if x["doc"] == url):
            base = article.text.find(label["sentence"].strip())
            start = base + label["offset"] - (len(label["sentence"]) - len(label["sentence"].lstrip()))
            end = start + len(label["mention"])
            if base < 0 or article.text[start:end] != label["mention"]:
                raise ValueError(f"label not found in {url}: {label['mention']!r}")
            best = None
            for entity in article.entities:
                for span in entity.mentions:
                    shared = min(end, span.end) - max(start, span.start)
                    if shared > 0:
                        key = (shared, -(span.end - span.start))
                        if best is None or key > best[0]:
                            best = (key, entity.kb_id)
            predicted["newsprism"].append(best[1] if best else None)
            naive = kb.by_alias(label["mention"])
            predicted["first_exact_alias"].append(naive[0].id if naive else None)
    return {system: score_links(labels, links) for system, links in predicted.items()}


def score_links(labels: list[dict[str, Any]], links: list[str | None]) -> dict[str, Any]:
    def rates(pairs: list[tuple[dict[str, Any], str | None]]) -> dict[str, float]:
        n = max(len(pairs), 1)
        right = sum((link in label["gold"]) if label["gold"] else link is None for label, link in pairs)
        wrong = sum(link is not None and link not in label["gold"] for label, link in pairs)
        known = [(label, link) for label, link in pairs if label["gold"]]
        found = sum(link in label["gold"] for label, link in known)
        return {
            "n": len(pairs),
            "accuracy": right / n,
            "wrong_link": wrong / n,
            "known_recall": found / max(len(known), 1),
        }

    pairs = list(zip(labels, links, strict=True))
    result: dict[str, Any] = {"all": rates(pairs), "core": rates([p for p in pairs if p[0]["category"] in CORE])}
    for category in sorted({label["category"] for label in labels}):
        result[category] = rates([p for p in pairs if p[0]["category"] == category])
    return result


# --------------------------------------------------------------------------- entry points


def quick() -> dict[str, float]:
    """The eval gate's subset: 8 GUM documents and the first 8 labelled articles (~20 s)."""
    gum = evaluate_gum(QUICK_DOCS)["newsprism"]
    links = evaluate_linking(8)["newsprism"]
    return {
        "mention_f1": round(gum["f1"], 4),
        "b3_f1": round(gum["b3_f1"], 4),
        "link_accuracy_core": round(links["core"]["accuracy"], 4),
        "wrong_link_core": round(links["core"]["wrong_link"], 4),
        "wrong_link_all": round(links["all"]["wrong_link"], 4),
    }


def table(gum: dict[str, dict[str, float]], links: dict[str, dict[str, dict[str, Any]]]) -> str:
    lines = [
        "(a, b) GUM named mentions (person/organization/place with a proper-noun head)",
        "",
        "| system | P | R | F1 | typed F1 | B3 P | B3 R | B3 F1 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for system, s in gum.items():
        lines.append(
            f"| {system} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['typed_f1']:.3f} | "
            f"{s['b3_precision']:.3f} | {s['b3_recall']:.3f} | {s['b3_f1']:.3f} |"
        )
    lines += [
        "",
        "(c) linking: dev = labels/linking.jsonl, heldout = labels/linking_heldout.jsonl (labelled blind)",
        "",
        "| set | system | subset | n | accuracy | wrong-link | recall of known |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, results in links.items():
        for system, res in results.items():
            for subset, s in res.items():
                lines.append(
                    f"| {name} | {system} | {subset} | {s['n']} | {s['accuracy']:.3f} | {s['wrong_link']:.3f} | "
                    f"{s['known_recall']:.3f} |"
                )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if not GUM.is_dir() or not WIKINEWS.is_dir():
        print("../shared/data is not present", file=sys.stderr)
        return 2
    limit = QUICK_DOCS if "--quick" in argv else None
    began = time.perf_counter()
    gum = evaluate_gum(limit)
    links = {"dev": evaluate_linking(8 if limit else None)}
    if limit is None:
        links["heldout"] = evaluate_linking(path=HELDOUT)
    print(table(gum, links))
    seconds = time.perf_counter() - began
    print(f"\n{seconds:.1f} s")
    if limit is None:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        document = {
            "data": {
                "gum": "gum-news-quotes (24 docs)",
                "linking": {"dev": str(LABELS.relative_to(ROOT)), "heldout": str(HELDOUT.relative_to(ROOT))},
            },
            "gum": gum,
            "linking": links,
            "seconds": round(seconds, 1),
        }
        RESULTS.write_text(json.dumps(document, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
