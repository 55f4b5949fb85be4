"""Helpers the event test files share: pick an event by type, read a party role's words.

A plain module beside the tests (pytest puts this folder on ``sys.path``), so every events
test file reads parties the same way instead of keeping its own copy.
"""

from __future__ import annotations

from collections.abc import Callable

import newsprism
from newsprism.extract.build import build_article
from newsprism.model import Article, Event, PublishedDate


def first(article: Article, kind: str) -> Event:
    """The first event of ``kind``; on failure the message lists what was found instead."""
    found = [e for e in article.events if e.type == kind]
    assert found, [(e.type, e.trigger.text) for e in article.events]
    return found[0]


def texts(event: Event, role: str) -> list[str]:
    """The words of each party in ``role`` (``actors`` or ``recipients``)."""
    return [p.span.text for p in getattr(event, role)]


def read_dated(pipeline: newsprism.Pipeline, text: str, published: str) -> Article:
    """``text`` (paragraphs split at blank lines) analysed as published on ``published``: dates and
    time relations are read against the paper's day."""
    article = build_article(text.split("\n\n"),
                            published=PublishedDate(value=published, precision="day", source="label"))
    return pipeline.apply(article, pipeline.nlp(article.text))


def read_on(published: str) -> Callable[[newsprism.Pipeline, str], Article]:
    """A reader of texts published on ``published``: a test file's ``_read = read_on(day)`` instead of its own
    wrapper round :func:`read_dated`."""
    def read(pipeline: newsprism.Pipeline, text: str) -> Article:
        return read_dated(pipeline, text, published)
    return read


def types_of(article: Article) -> list[tuple[str, str]]:
    """Each event's type and trigger words, in order: what an assertion's failure message shows."""
    return [(e.type, e.trigger.text) for e in article.events]


def type_names(article: Article) -> list[str]:
    """Each event's type, in order."""
    return [e.type for e in article.events]


def by_trigger(article: Article, trigger: str) -> Event | None:
    """The event whose trigger starts with the word ``trigger``, if any."""
    return next((e for e in article.events if e.trigger.text.split()[0] == trigger), None)


def with_word(article: Article, word: str) -> Event | None:
    """The event whose trigger holds the word ``word`` anywhere (*held in contempt*: ``contempt``), if any."""
    return next((e for e in article.events if word in e.trigger.text.split()), None)


def type_with_word(article: Article, word: str) -> str | None:
    """The type of the event whose trigger holds ``word`` (:func:`with_word`), ``None`` for no such event: one
    value a rule (no event) and its guard (this type) both compare against."""
    event = with_word(article, word)
    return event.type if event is not None else None
