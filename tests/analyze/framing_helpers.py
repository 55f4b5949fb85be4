"""What the framing test files share: the training script, loaded as a module, and readers of
an analysed article's frames and attribution stances.

``scripts/`` is not a package, so the tests load ``train_framing.py`` by path and call its
``main()`` the way a user's command line would.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from newsprism.analyze.framing.voice import AUTHOR
from newsprism.model import Article, Frame

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_framing.py"


def load_script() -> ModuleType:
    """``scripts/train_framing.py`` as a fresh module."""
    spec = importlib.util.spec_from_file_location("train_framing", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def author(article: Article, technique: str | None = None) -> list[Frame]:
    """The frames in the writer's voice, of one technique or all."""
    return [f for f in article.frames if f.voice == AUTHOR and (technique is None or f.technique == technique)]


def evidence(article: Article, technique: str | None = None) -> list[str]:
    """The lower-cased evidence texts of the writer's frames (a frame's span when it lists none), of one
    technique or all."""
    return [e.text.lower() for f in author(article, technique) for e in (f.evidence or [f.span])]


def stances(article: Article) -> dict[str, str]:
    """Each attribution cue's text -> its stance."""
    assert article.framing is not None
    return {a.cue.text: a.stance for a in article.framing.attributions}
