"""Analysis stages: each takes an Article and its spaCy Doc and returns a new Article.

``STAGES`` maps a stage name to a factory; :mod:`newsprism.pipeline` builds the
pipeline from these names, so a user stage is registered the same way as a
built-in one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsprism.config import Settings

__all__ = ["STAGES", "register_stage"]


def _entities(settings: Settings) -> Any:
    from newsprism.analyze.entities import EntityMentions

    return EntityMentions()


STAGES: dict[str, Callable[[Settings], Any]] = {
    "entities": _entities,
}


def register_stage(name: str, factory: Callable[[Settings], Any]) -> None:
    """Make a stage available to ``Settings.stages`` under ``name``."""
    STAGES[name] = factory
