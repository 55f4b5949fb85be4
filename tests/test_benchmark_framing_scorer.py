"""The framing-scorer candidates' threshold choice (benchmarks/framing_scorer.py), without training a model.

The full ``--candidates`` run trains every feature set (minutes each); these checks make sure the dev
threshold choice scores what the stage outputs and leaves thinly supported techniques to the lexicon.
"""

from __future__ import annotations

import numpy as np
from benchmarks.framing_scorer import _NEVER, _choose_on_dev, _dev_f1

LABELS = ["Loaded Language", "Smears", "Doubt"]
TECHNIQUES = ["Loaded Language", "Smears", "Doubt"]


def _data() -> tuple[np.ndarray, list[set[str]], list[set[str]]]:
    # 12 texts: Loaded Language in the first 10 (scorer sure of them at 0.3+), Doubt in one (at 0.9).
    gold = [{"Loaded Language"} for _ in range(10)] + [{"Doubt"}, set()]
    p = np.zeros((12, 3))
    p[:10, 0] = 0.3
    p[11, 0] = 0.1  # the neutral text
    p[10, 2] = 0.9
    lexicon: list[set[str]] = [set() for _ in range(12)]
    return p, lexicon, gold


def test_dev_f1_is_lexicon_plus_scorer_at_the_cuts() -> None:
    p, lexicon, gold = _data()
    assert _dev_f1(p, lexicon, TECHNIQUES, {}, gold, LABELS)[0] == 0.0  # nothing flagged
    micro, _ = _dev_f1(p, lexicon, TECHNIQUES, {"Loaded Language": 0.25}, gold, LABELS)
    assert round(micro, 4) == round(2 * 10 / (2 * 10 + 0 + 1), 4)  # Doubt missed
    lexicon[10] = {"Doubt", "not a SemEval technique"}
    assert _dev_f1(p, lexicon, TECHNIQUES, {"Loaded Language": 0.25}, gold, LABELS)[0] == 1.0
    assert _NEVER > 1.0


def test_dev_choice_leaves_thin_techniques_to_the_lexicon() -> None:
    p, lexicon, gold = _data()
    every = _choose_on_dev(p, lexicon, TECHNIQUES, gold, LABELS)
    assert 0.1 < every["Loaded Language"] <= 0.3 and "Doubt" in every and "Smears" not in every
    thick = _choose_on_dev(p, lexicon, TECHNIQUES, gold, LABELS, min_support=10)
    assert set(thick) == {"Loaded Language"}  # Doubt has one dev text
