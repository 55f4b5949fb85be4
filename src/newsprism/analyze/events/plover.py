"""PLOVER-compatible JSON records from an analysed article (``newsprism analyze --format plover``).

Field names follow the PLOVER manual's "Data Fields" chapter (``id``, ``date``, ``actor``,
``recipient``, ``event``, ``mode``, ``context``, ``event_loc``, ``event_text``,
``quad_code``, ``event_scale``); actor blocks use its entity fields (``entity_text``,
``sector``, ``identifier_id``). The manual invites extra named fields, so newsprism's own
(``time_relation``, ``negated``, ``asserted_by``, ``same_as``, ``magnitude``, offsets) ride along under
their own names. A negated or hypothetical event is still exported, flagged, because
PLOVER lists ``negation`` and ``hypothetical`` as auxiliary modes: filtering is the user's call.
"""

from __future__ import annotations

from typing import Any

from newsprism.analyze.events.lexicon import known_language, load_lexicon
from newsprism.model import Article, Entity, Event, Party

__all__ = ["article_to_plover", "event_to_plover"]

_QUAD_CODES = {"VERBAL COOPERATION": 1, "MATERIAL COOPERATION": 2, "VERBAL CONFLICT": 3, "MATERIAL CONFLICT": 4}


def _entity_block(party: Party, entities: dict[str, Entity]) -> dict[str, Any]:
    entity = entities.get(party.entity) if party.entity else None
    return {
        "entity_text": party.span.text,
        "entity_name": entity.name if entity else None,
        "identifier_id": entity.kb_id if entity and entity.kb_id else party.entity,
        "code": entity.country if entity else None,
        "sector": party.sector,
        "start": party.span.start,
        "end": party.span.end,
    }


def event_to_plover(article: Article, event: Event, *, text_source: str = "body") -> dict[str, Any]:
    """One PLOVER record for one event (``date`` is the event's, else the article's, else null).

    ``text_source`` says which text the offsets point into: ``body`` (``Article.text``) or
    ``caption N`` (the N-th caption's text, counting from 1).
    """
    ontology = load_lexicon(known_language(article.language)).plover
    entities = {e.id: e for e in article.entities}
    quad = ontology["events"].get(event.type, {}).get("quad")
    scores = ontology["scores"]
    scale = scores.get(f"{event.type}: {(event.mode or '').capitalize()}", scores.get(event.type))
    date = event.date.value if event.date else (article.published.value[:10] if article.published else None)
    flags = (("negation", event.negated), (event.time_relation, event.time_relation != "current"))
    auxiliary = [mode for mode, on in flags if on]
    return {
        "id": f"{article.id}-{event.id}",
        "date": date,
        "date_precision": event.date.precision if event.date else None,
        "actor": [_entity_block(p, entities) for p in event.actors],
        "recipient": [_entity_block(p, entities) for p in event.recipients],
        "event": [event.type],
        "mode": [m for m in (event.mode, *auxiliary) if m],
        "context": list(event.context),
        "event_loc": None if event.location is None else {"text": event.location.span.text,
                                                          "start": event.location.span.start,
                                                          "end": event.location.span.end},
        "event_text": [event.trigger.text],
        "quad_code": _QUAD_CODES.get(quad or ""),
        "event_scale": scale,
        "time_relation": event.time_relation,
        "negated": event.negated,
        "asserted_by": event.asserted_by,
        # A re-telling names the record of the event's first mention, so a user can count once.
        "same_as": f"{article.id}-{event.same_as}" if event.same_as else None,
        "magnitude": {kind: count for kind, count in event.magnitude},
        "confidence": event.confidence,
        "trigger": {"start": event.trigger.start, "end": event.trigger.end},
        "text_source": text_source,
        "cite_info": {"article_id": article.id, "url": article.url, "title": article.title},
        "coder": f"newsprism events/{event.provenance.version}",
    }


def article_to_plover(article: Article) -> list[dict[str, Any]]:
    """All of an article's events as PLOVER records: the body's in text order, then the captions'."""
    records = [event_to_plover(article, event) for event in article.events]
    for n, caption in enumerate(article.captions, start=1):
        records.extend(event_to_plover(article, event, text_source=f"caption {n}") for event in caption.events)
    return records
