"""Train the optional framing scorer on a corpus you hold; write its JSON model.

newsprism ships no scorer weights: the corpora labelled with propaganda techniques
(SemEval-2020 PTC, SemEval-2021 task 6) are for research use and may not be
redistributed, so weights trained on them may not ship either. Train your own::

    python scripts/train_framing.py --semeval ../shared/data/semeval2021-task6/training_set_task1.txt \\
        --out ~/framing-scorer.json
    python scripts/train_framing.py --ptc /path/to/datasets/train-articles \\
        --ptc-labels /path/to/datasets/train-labels-task2-technique-classification --out scorer.json
    NEWSPRISM_FRAMING_SCORER=~/framing-scorer.json newsprism analyze article.html

Needs the ``learn`` extra: ``pip install -e '.[learn]'``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsprism.analyze import STAGES
from newsprism.analyze.framing.lexicon import load_lexicon
from newsprism.analyze.framing.training import lexicon_findings, train_scorer
from newsprism.config import Settings
from newsprism.extract.build import build_article
from newsprism.pipeline import Pipeline

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


def load_semeval(path: Path) -> list[tuple[str, set[str]]]:
    """SemEval-2021 task 6 subtask-1 JSON: ``[{"text", "labels"}]``."""
    return [(item["text"], set(item["labels"])) for item in json.loads(path.read_text("utf-8"))]


def load_ptc(articles: Path, labels: Path) -> list[tuple[str, set[str]]]:
    """PTC: ``articleN.txt`` (one sentence a line) + ``articleN.*labels`` (id, technique, start, end)."""
    examples: list[tuple[str, set[str]]] = []
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--semeval", type=Path, action="append", default=[], help="SemEval-2021 task 6 task1 JSON")
    parser.add_argument("--ptc", type=Path, help="PTC articles folder (articleN.txt)")
    parser.add_argument("--ptc-labels", type=Path, help="PTC labels folder (default: the articles folder)")
    parser.add_argument("--out", type=Path, required=True, help="where to write the model JSON")
    parser.add_argument("--no-embeddings", action="store_true", help="TF-IDF + lexicon features only (faster)")
    parser.add_argument("--c", type=float, default=4.0, help="inverse regularisation strength")
    parser.add_argument("--threshold", type=float, default=0.3, help="probability at which a technique is flagged")
    args = parser.parse_args(argv)
    examples = [e for path in args.semeval for e in load_semeval(path)]
    if args.ptc:
        examples += load_ptc(args.ptc, args.ptc_labels or args.ptc)
    if not examples:
        parser.error("give --semeval FILE and/or --ptc DIR")
    stages = tuple(s for s in ("entities", "quotes", "framing") if s in STAGES)
    pipeline = Pipeline.from_settings(Settings.from_env(stages=stages, framing_scorer=None))
    articles = pipeline.analyze_many(build_article([text]) for text, _ in examples)
    found = lexicon_findings(articles)
    model = train_scorer(
        [text for text, _ in examples], [labels for _, labels in examples], found,
        lexicon_techniques=load_lexicon("en").technique_names, embeddings=not args.no_embeddings,
        c=args.c, threshold=args.threshold,
        # PTC labels sentences; SemEval-2021 labels whole texts: the stage applies the model likewise.
        unit="sentence" if args.ptc else "text",
    )
    args.out.write_text(json.dumps(model), encoding="utf-8")
    print(f"trained on {len(examples)} texts, {len(model['techniques'])} techniques -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
