"""Analysis stages: each takes an Article and its spaCy Doc and returns a new Article.

``STAGES`` maps a stage name to a factory; :mod:`newsprism.pipeline` builds the
pipeline from these names, so a user stage is registered the same way as a
built-in one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from newsprism.config import Settings
from newsprism.model import Article

__all__ = ["STAGES", "register_stage", "without_analysis"]


def _entities(settings: Settings) -> Any:
    from newsprism.analyze.entities import EntityMentions

    return EntityMentions()


def _actors(settings: Settings) -> Any:
    from newsprism.analyze.actors import ActorsStage

    return ActorsStage()


def _quotes(settings: Settings) -> Any:
    from newsprism.analyze.quotes import QuoteStage

    return QuoteStage()


def _events(settings: Settings) -> Any:
    from newsprism.analyze.events import EventStage

    # With a quotes stage before it, events read its voice map for asserted_by.
    stages = list(settings.stages)
    before = stages[: stages.index("events")] if "events" in stages else stages
    return EventStage(use_quotes="quotes" in before)


def _framing(settings: Settings) -> Any:
    from newsprism.analyze.framing import FramingStage

    # With a quotes stage before it, framing reads its voice map (and must declare it).
    stages = list(settings.stages)
    before = stages[: stages.index("framing")] if "framing" in stages else stages
    from newsprism.analyze.framing.scorer import load_scorer

    return FramingStage(use_quotes="quotes" in before, scorer=load_scorer(settings.framing_scorer))


STAGES: dict[str, Callable[[Settings], Any]] = {
    "entities": _entities,
    "actors": _actors,
    "quotes": _quotes,
    "events": _events,
    "framing": _framing,
}


def register_stage(name: str, factory: Callable[[Settings], Any]) -> None:
    """Make a stage available to ``Settings.stages`` under ``name``."""
    STAGES[name] = factory


def without_analysis(article: Article) -> Article:
    """The article as extraction left it: text, metadata and captions, no layer of any stage.

    Analysing an article again starts here, whether it comes back from a store or from a
    JSONL file of earlier output: a layer the new run does not compute must not survive
    from the old one under the new run's provenance.
    """
    return replace(
        article, entities=(), quotes=(), voices=(), events=(), frames=(), framing=None,
        captions=tuple(replace(c, events=()) for c in article.captions),
        stages=tuple(p for p in article.stages if p.stage not in STAGES),
    )
