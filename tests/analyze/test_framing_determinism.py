"""Framing output must not depend on Python's string-hash seed.

Several lexicon phrases can start at one token and several labels can claim one span;
which one survives de-duplication once followed set iteration order, which follows
``PYTHONHASHSEED``, so the same article gave different labels in different processes
(found in 2026-11; phrase hits are now taken in sorted key order). Only a fresh
interpreter per seed can show it, hence the subprocesses.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
#: A label whose word form and lemma both hit the lexicon (``commies``/``commie``), in capitals
#: so the two keys differ only by the path that found them: the case that went wrong.
SHOUTED = "BACK THEN THE MAYOR LOCKED UP THE COMMIES AND THE THUGS."

SCRIPT = """
import json, sys
from newsprism import Pipeline, Settings
from newsprism.extract.build import build_article
texts = [json.loads(line)["text"] for name in sys.argv[2:] for line in open(name, encoding="utf-8")] + [sys.argv[1]]
pipeline = Pipeline.from_settings(Settings.from_env(stages=("entities", "quotes", "framing")))
article = pipeline.analyze(build_article(texts))
frames = [
    (f.technique, f.span.start, f.span.end, f.voice, [(e.start, e.end) for e in f.evidence]) for f in article.frames
]
labels = [(x.label, x.actor, x.voice, x.span.start) for x in article.framing.labels] if article.framing else []
print(json.dumps({"frames": frames, "labels": labels}))
"""


def _frames_under(seed: str) -> dict[str, list[object]]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    files = [str(FIXTURES / "framing_opinion.jsonl"), str(FIXTURES / "framing_techniques.jsonl")]
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, SHOUTED, *files],
        capture_output=True, text=True, env=env, timeout=300, check=True,
    )
    result: dict[str, list[object]] = json.loads(done.stdout)
    return result


def test_frames_and_labels_are_the_same_under_any_hash_seed() -> None:
    # Seeds 1 and 4 put a token's keys in different orders (checked: without the sorted
    # key order in framing/lexicon.py the label of the shouted sentence differs).
    first, second = _frames_under("1"), _frames_under("4")
    assert first["frames"], "the opinion and technique fixtures must give frames, or this test proves nothing"
    assert first == second
