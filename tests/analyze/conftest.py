"""Fixtures for the analysis stages' tests.

- ``actors``: runs the entities and actors stages only on a text, with an optional
  published date (roles resolve by date), sharing the session's loaded spaCy pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

import newsprism
from newsprism.analyze.actors import ActorsStage
from newsprism.analyze.entities import EntityMentions
from newsprism.extract.build import build_article
from newsprism.model import Article, PublishedDate


@pytest.fixture(scope="session")
def actors(pipeline: newsprism.Pipeline) -> Callable[..., Article]:
    local = newsprism.Pipeline([EntityMentions(), ActorsStage()], nlp=pipeline.nlp)

    def run(text: str, *, date: str | None = None) -> Article:
        article = build_article(text.split("\n\n"))
        if date:
            article = replace(article, published=PublishedDate(value=date, precision="day", source="test"))
        return local.analyze(article)

    return run
