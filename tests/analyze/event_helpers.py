"""Helpers the event test files share: pick an event by type, read a party role's words.

A plain module beside the tests (pytest puts this folder on ``sys.path``), so every events
test file reads parties the same way instead of keeping its own copy.
"""

from __future__ import annotations

from newsprism.model import Article, Event


def first(article: Article, kind: str) -> Event:
    """The first event of ``kind``; on failure the message lists what was found instead."""
    found = [e for e in article.events if e.type == kind]
    assert found, [(e.type, e.trigger.text) for e in article.events]
    return found[0]


def texts(event: Event, role: str) -> list[str]:
    """The words of each party in ``role`` (``actors`` or ``recipients``)."""
    return [p.span.text for p in getattr(event, role)]
