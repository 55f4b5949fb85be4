"""The seed article as a golden file: extraction output a person has reviewed.

Set ``NEWSPRISM_UPDATE_GOLDEN=1`` to rewrite it after a deliberate change, then
review the diff before committing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from newsprism.extract.text import extract_text
from newsprism.jsonformat import article_to_dict
from newsprism.model import Article

GOLDEN = Path(__file__).parent / "golden" / "seed.extract.json"


def test_seed_extraction_matches_golden(seed_path: Path) -> None:
    article = extract_text(seed_path.read_text("utf-8"))
    document = article_to_dict(article)
    document["source"] = None
    if os.environ.get("NEWSPRISM_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    expected = json.loads(GOLDEN.read_text("utf-8"))
    assert document == expected


ANALYZED = Path(__file__).parent / "golden" / "seed.analyze.json"


def test_seed_analysis_matches_golden(seed_article: Article) -> None:
    """The whole account of the seed: actors, quotes, voices, events, frames.

    A change in any stage shows here as a diff a person reads before accepting it
    (rewrite with ``NEWSPRISM_UPDATE_GOLDEN=1``).
    """
    document = article_to_dict(seed_article)
    document["source"] = None
    if os.environ.get("NEWSPRISM_UPDATE_GOLDEN"):
        ANALYZED.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert document == json.loads(ANALYZED.read_text("utf-8"))
