"""Helpers the quote test files share: pick a quote by its words, name its speaker's entity.

A plain module beside the tests (pytest puts this folder on ``sys.path``, as for
``event_helpers``), so every quotes test file reads attributions the same way instead of
keeping its own copy.
"""

from __future__ import annotations

from collections.abc import Callable

from newsprism.model import Article, Quote

#: The ``analyze_text`` fixture: text in, analysed article out.
Analyze = Callable[[str], Article]


def quote_with(article: Article, words: str) -> Quote:
    """The first quote whose span holds ``words`` and holds no other such quote (a report holding
    a quoted fragment gives the fragment); on failure the message lists the quotes found."""
    found = [q for q in article.quotes if words in q.span.text]
    assert found, f"no quote contains {words!r}: {[q.span.text for q in article.quotes]}"
    inner = [q for q in found if not any(o is not q and q.span.start <= o.span.start and o.span.end <= q.span.end
                                         for o in found)]
    return inner[0]


def entity_name(article: Article, quote: Quote) -> str | None:
    """The name of the entity the quote's speaker resolved to, or None when unresolved."""
    if quote.speaker is None or quote.speaker.entity is None:
        return None
    return next(e.name for e in article.entities if e.id == quote.speaker.entity)
