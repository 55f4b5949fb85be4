"""Train the optional framing scorer on a labelled corpus; write its JSON model.

The corpora annotated with propaganda techniques (SemEval-2020 PTC, SemEval-2021
task 6) are for research use and may not be redistributed, so weights trained on them
may not ship; train your own from a copy you hold. The recipe measured in
``benchmarks/framing.py`` (SemEval memes plus plain news sentences as examples of no
technique, so the model learns what news without persuasion looks like, and no lexicon
gate; docs/benchmarks.md)::

    python scripts/train_framing.py /path/to/semeval2021-task6 --wikinews ../shared/data/wikinews \
        --no-lexicon-gate --no-chars --max-tokens 32 --out ~/framing-scorer.json
    python scripts/train_framing.py /path/to/ptc/train-articles --ptc-labels /path/to/train-labels --out s.json
    python scripts/train_framing.py training/framing_en.jsonl --out scorer.json
    NEWSPRISM_FRAMING_SCORER=~/framing-scorer.json newsprism analyze article.html

Each DATA argument is one of:

- a SemEval-2021 task 6 folder (``training_set_task1.txt``, ``dev_set_task1.txt``, ...:
  ``--splits`` says which are read; never train on the split you evaluate on);
- a SemEval-2021 subtask-1 JSON file (``[{"text", "labels"}]``);
- a JSON-lines file, one ``{"text", "labels"}`` object a line (``training/framing_en.jsonl``);
- a PTC folder of ``articleN.txt`` files (one sentence a line) with its ``*.labels`` files
  (``--ptc-labels``, default the same folder).

``--neutral`` adds plain-text or Wikinews-CSV (``text`` column) files whose sentences are
used as examples with no technique. ``--wikinews`` does the same for the fixed quarter of
Wikinews articles the shippable model may learn from (CC BY 2.5, credited in the model).
The decision threshold is chosen by 5-fold cross-validation on the training data unless
``--threshold`` fixes it; ``--thresholds FILE`` then replaces it per technique.

The shippable model (own data only; ``make framing-model``, turned on with
``NEWSPRISM_FRAMING_SCORER=builtin``)::

    python scripts/train_framing.py training/framing_en.jsonl --wikinews ../shared/data/wikinews \
        --no-embeddings --c 4 --thresholds src/newsprism/analyze/framing/data/scorer_en_thresholds.json \
        --out src/newsprism/analyze/framing/data/scorer_en.json.gz

Needs the ``learn`` extra: ``pip install -e '.[learn]'``.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
from pathlib import Path

from newsprism.analyze import STAGES
from newsprism.analyze.framing.lexicon import load_lexicon
from newsprism.analyze.framing.training import (
    SENTENCE_END,
    lexicon_findings,
    train_scorer,
    wikinews_training_sentences,
)
from newsprism.config import Settings
from newsprism.extract.build import build_article
from newsprism.pipeline import Pipeline

Example = tuple[str, set[str]]

#: PTC (SemEval-2020 task 11) technique names -> the SemEval-2021 names newsprism uses.
PTC_NAMES = {
    "Loaded_Language": "Loaded Language",
    "Name_Calling,Labeling": "Name calling/Labeling",
    "Exaggeration,Minimisation": "Exaggeration/Minimisation",
    "Doubt": "Doubt",
    "Appeal_to_fear-prejudice": "Appeal to fear/prejudice",
    "Flag-Waving": "Flag-waving",
    "Causal_Oversimplification": "Causal Oversimplification",
    "Slogans": "Slogans",
    "Repetition": "Repetition",
    "Whataboutism,Straw_Men,Red_Herring": "Whataboutism",
    "Black-and-White_Fallacy": "Black-and-white Fallacy/Dictatorship",
    "Thought-terminating_Cliches": "Thought-terminating cliché",
    "Bandwagon,Reductio_ad_hitlerum": "Bandwagon",
    "Appeal_to_Authority": "Appeal to authority",
}
#: a threshold no probability reaches: the technique is left to the lexicon.
OFF = 2.0
SEMEVAL_SPLITS = {"train": "training", "dev": "dev", "test": "test"}


def load_semeval(path: Path) -> list[Example]:
    """SemEval-2021 task 6 subtask-1 JSON: ``[{"text", "labels"}]``."""
    return [(item["text"], set(item["labels"])) for item in json.loads(path.read_text("utf-8"))]


def load_jsonl(path: Path) -> list[Example]:
    """One ``{"text", "labels"}`` object a line; blank lines skipped."""
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [(row["text"], set(row.get("labels", ()))) for row in rows]


def load_ptc(articles: Path, labels: Path) -> list[Example]:
    """PTC: ``articleN.txt`` (one sentence a line) + ``articleN.*labels`` (id, technique, start, end)."""
    examples: list[Example] = []
    for article in sorted(articles.glob("article*.txt")):
        text = article.read_text("utf-8")
        spans: list[tuple[int, int, str]] = []
        for label_file in labels.glob(f"{article.stem}.*labels"):
            for line in label_file.read_text("utf-8").splitlines():
                parts = line.split("\t")
                if len(parts) >= 4:
                    spans.append((int(parts[2]), int(parts[3]), PTC_NAMES.get(parts[1], parts[1])))
        offset = 0
        for line in text.split("\n"):
            start, end = offset, offset + len(line)
            offset = end + 1
            if line.strip():
                examples.append((line, {t for s, e, t in spans if s < end and start < e}))
    return examples


def load_neutral(path: Path, *, limit: int | None = None) -> list[Example]:
    """Sentences of a plain-text file or of a CSV's ``text`` column, each labelled with no technique."""
    if path.suffix == ".csv":
        csv.field_size_limit(10**9)
        with path.open(encoding="utf-8", newline="") as handle:
            texts = [row["text"] for row in csv.DictReader(handle)]
    else:
        texts = [path.read_text("utf-8")]
    sentences = [s.strip() for text in texts for para in text.split("\n") for s in SENTENCE_END.split(para)]
    none: set[str] = set()
    return [(s, set(none)) for s in sentences if len(s.split()) >= 5][:limit]


def load_wikinews(path: Path) -> tuple[list[Example], int]:
    """Neutral examples of the Wikinews training quarter (:func:`wikinews_training_sentences`)."""
    sentences, articles = wikinews_training_sentences(path)
    return [(sentence, set()) for sentence in sentences], articles


def load_data(path: Path, *, splits: list[str], ptc_labels: Path | None) -> tuple[list[Example], str]:
    """Examples from one DATA argument, and the unit they label (``text`` or ``sentence``)."""
    if path.is_dir():
        if any(path.glob("*_set_task1.txt")):
            files = [path / f"{SEMEVAL_SPLITS[s]}_set_task1.txt" for s in splits]
            missing = [f for f in files if not f.exists()]
            if missing:
                raise FileNotFoundError(f"no {missing[0].name} in {path}")
            # SemEval-2021 labels whole meme texts: the stage applies the model to whole texts too.
            return [e for f in files for e in load_semeval(f)], "text"
        if any(path.glob("article*.txt")):
            return load_ptc(path, ptc_labels or path), "sentence"
        raise ValueError(f"{path}: neither a SemEval-2021 task 6 folder nor a PTC articles folder")
    if path.suffix == ".jsonl":
        return load_jsonl(path), "sentence"
    return load_semeval(path), "text"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("data", type=Path, nargs="*", help="corpus folder or file (see above)")
    parser.add_argument("--semeval", type=Path, action="append", default=[], help="a SemEval-2021 task1 JSON file")
    parser.add_argument("--ptc", type=Path, help="PTC articles folder (articleN.txt)")
    parser.add_argument("--ptc-labels", type=Path, help="PTC labels folder (default: the articles folder)")
    parser.add_argument("--splits", default="train,dev", help="SemEval folder splits to read (default train,dev)")
    parser.add_argument("--neutral", type=Path, action="append", default=[],
                        help="text or CSV (text column) whose sentences are examples with no technique")
    parser.add_argument("--neutral-limit", type=int, help="at most this many --neutral sentences")
    parser.add_argument("--wikinews", type=Path, action="append", default=[],
                        help="Wikinews CSV or folder (CC BY 2.5): sentences of a fixed quarter of its articles "
                             "(by a hash of the URL) as examples with no technique; credited in the model")
    parser.add_argument("--thresholds", type=Path,
                        help="JSON {technique: threshold or null}: replaces the cross-validated thresholds of "
                             "those techniques (null: the scorer never flags it); other keys starting '_' are notes")
    parser.add_argument("--unit", choices=["sentence", "paragraph", "text"],
                        help="what the stage scores (default: from the data)")
    parser.add_argument("--out", type=Path, required=True, help="where to write the model JSON")
    parser.add_argument("--no-embeddings", action="store_true",
                        help="TF-IDF + lexicon features only (faster; F1 and speed per feature set: "
                             "benchmarks/results/framing.json)")
    parser.add_argument("--max-tokens", type=int, default=128,
                        help="MiniLM reads this many word pieces of a unit (32 with --no-chars: ~25%% of spaCy)")
    parser.add_argument("--no-chars", action="store_true", help="no character n-gram block (a smaller model)")
    parser.add_argument("--no-words", action="store_true",
                        help="no weight on word TF-IDF (embeddings/chars + lexicon; words still name evidence)")
    parser.add_argument("--max-char-features", type=int, default=20000)
    parser.add_argument("--c", type=float, default=4.0, help="inverse regularisation strength")
    parser.add_argument("--class-weight", choices=["balanced"], help="reweight rare techniques")
    parser.add_argument("--threshold", type=float, help="fix the decision threshold (default: by 5-fold CV)")
    parser.add_argument("--per-technique", action="store_true", help="also choose a threshold per technique")
    parser.add_argument("--seed", type=int, default=0, help="cross-validation folds")
    parser.add_argument("--no-lexicon-gate", action="store_true",
                        help="let the model flag units where the lexicons found nothing (to learn a technique "
                             "no lexicon covers; costs precision on plain news)")
    args = parser.parse_args(argv)
    examples: list[Example] = []
    units: set[str] = set()
    splits = [s.strip() for s in args.splits.split(",") if s.strip()]
    for path in args.data:
        found, unit = load_data(path, splits=splits, ptc_labels=args.ptc_labels)
        examples += found
        units.add(unit)
    for path in args.semeval:
        examples += load_semeval(path)
        units.add("text")
    if args.ptc:
        examples += load_ptc(args.ptc, args.ptc_labels or args.ptc)
        units.add("sentence")
    if not examples:
        parser.error("give a corpus: DATA, --semeval FILE or --ptc DIR")
    for path in args.neutral:
        examples += load_neutral(path, limit=args.neutral_limit)
    credits = []
    for path in args.wikinews:
        found, picked = load_wikinews(path)
        examples += found
        credits.append(f"{len(found)} neutral sentences of {picked} Wikinews articles (those whose sha256(url) "
                       "% 4 == 0): Wikinews contributors, https://en.wikinews.org, CC BY 2.5")
    stages = tuple(s for s in ("entities", "actors", "quotes", "framing") if s in STAGES)
    pipeline = Pipeline.from_settings(Settings.from_env(stages=stages))
    # The features include the lexicon's findings, so run the lexicon-only stage over every example.
    for stage in pipeline.stages:
        if stage.name == "framing":
            stage.scorer = None  # type: ignore[attr-defined]  # never learn from a previous model's output
    articles = pipeline.analyze_many(build_article([text]) for text, _ in examples)
    model = train_scorer(
        [text for text, _ in examples], [labels for _, labels in examples], lexicon_findings(articles),
        lexicon_techniques=load_lexicon("en").technique_names, embeddings=not args.no_embeddings,
        chars=not args.no_chars, words=not args.no_words, max_tokens=args.max_tokens,
        max_char_features=args.max_char_features, c=args.c,
        class_weight=args.class_weight, threshold=args.threshold, per_technique=args.per_technique,
        seed=args.seed, unit=args.unit or ("text" if units == {"text"} else "sentence"),
        needs_lexicon=not args.no_lexicon_gate,
    )
    # Names only, never the caller's absolute paths: the same data gives the same bytes anywhere.
    model["trained_on"]["sources"] = [p.name for p in [*args.data, *args.semeval, *([args.ptc] if args.ptc else []),
                                                       *args.neutral, *args.wikinews]]
    if credits:
        model["credits"] = credits
    if args.thresholds:
        chosen = json.loads(args.thresholds.read_text("utf-8"))
        model["thresholds"].update({t: (OFF if v is None else v) for t, v in chosen.items() if not t.startswith("_")})
        model["selection"]["thresholds_from"] = args.thresholds.name
        model["selection"]["thresholds_note"] = chosen.get("_why", "")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(model, ensure_ascii=False, sort_keys=True).encode("utf-8")
    # gzip with no name and mtime 0: the same model gives the same bytes.
    args.out.write_bytes(gzip.compress(data, mtime=0) if args.out.suffix == ".gz" else data)
    cv = model["selection"].get("cv_micro_f1")
    print(f"trained on {len(examples)} examples, {len(model['techniques'])} techniques, unit {model['unit']}, "
          f"threshold {model['threshold']}" + (f" (5-fold CV micro-F1 {cv})" if cv is not None else "")
          + f" -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
