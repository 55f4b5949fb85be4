"""The versioned JSON format (``newsprism.article/1``): the one place types meet JSON.

``article_to_dict`` and ``article_from_dict`` are inverse; ``json_schema`` is
the JSON Schema every output validates against (``docs/format.md`` explains it).
A span is always ``{"start", "end", "text"}`` with ``text == article.text[start:end]``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from newsprism.model import (
    ActorLabel,
    Article,
    Attribution,
    Caption,
    Entity,
    Event,
    EventDate,
    Frame,
    FramingSummary,
    Party,
    Provenance,
    PublishedDate,
    Quote,
    Role,
    Span,
    Speaker,
    VoiceSegment,
)

__all__ = ["SCHEMA_ID", "article_from_dict", "article_to_dict", "dumps", "json_schema"]

SCHEMA_ID = "newsprism.article/1"

JSON = dict[str, Any]


def _span(span: Span | None) -> JSON | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def _prov(p: Provenance) -> JSON:
    return {"stage": p.stage, "version": p.version}


def _party(p: Party) -> JSON:
    return {**(_span(p.span) or {}), "entity": p.entity, "sector": p.sector}


def _entity(e: Entity) -> JSON:
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "aliases": list(e.aliases),
        "roles": [
            {"title": r.title, "span": _span(r.span), "start_date": r.start_date,
             "end_date": r.end_date, "source": r.source}
            for r in e.roles
        ],
        "mentions": [_span(m) for m in e.mentions],
        "kb_id": e.kb_id,
        "country": e.country,
        "sectors": list(e.sectors),
        "confidence": e.confidence,
        "provenance": _prov(e.provenance),
    }


def _quote(q: Quote) -> JSON:
    speaker = None
    if q.speaker is not None:
        speaker = {"name": q.speaker.name, "entity": q.speaker.entity, "span": _span(q.speaker.span)}
    return {
        "id": q.id,
        "kind": q.kind,
        "text": q.span.text,
        "start": q.span.start,
        "end": q.span.end,
        "speaker": speaker,
        "cue": _span(q.cue),
        "confidence": q.confidence,
        "provenance": _prov(q.provenance),
    }


def _event(e: Event) -> JSON:
    return {
        "id": e.id,
        "type": e.type,
        "mode": e.mode,
        "context": list(e.context),
        "trigger": _span(e.trigger),
        "actors": [_party(p) for p in e.actors],
        "recipients": [_party(p) for p in e.recipients],
        "location": None if e.location is None else _party(e.location),
        "date": None if e.date is None else
        {"value": e.date.value, "precision": e.date.precision, "span": _span(e.date.span)},
        "time_relation": e.time_relation,
        "negated": e.negated,
        "asserted_by": e.asserted_by,
        "magnitude": [{"kind": k, "count": n} for k, n in e.magnitude],
        "same_as": e.same_as,
        "confidence": e.confidence,
        "provenance": _prov(e.provenance),
    }


def _frame(f: Frame) -> JSON:
    return {
        "id": f.id,
        "technique": f.technique,
        "start": f.span.start,
        "end": f.span.end,
        "text": f.span.text,
        "voice": f.voice,
        "evidence": [_span(s) for s in f.evidence],
        "actor": f.actor,
        "confidence": f.confidence,
        "provenance": _prov(f.provenance),
    }


def _framing(summary: FramingSummary | None) -> JSON | None:
    if summary is None:
        return None
    # stance_by_actor is derived (recomputed on read), so cross-outlet comparisons need no code.
    mix: dict[str, dict[str, int]] = {}
    for a in summary.attributions:
        mix.setdefault(a.actor or "unknown", {"neutral": 0, "evaluative": 0})[a.stance] += 1
    # labels_by_actor, derived the same way: what the writer (author voice) called each actor.
    named: dict[str, dict[str, int]] = {}
    for x in summary.labels:
        if x.voice == "author":
            counts = named.setdefault(x.actor or "unknown", {})
            counts[x.label] = counts.get(x.label, 0) + 1
    return {
        "words": summary.words,
        "techniques": [{"technique": t, "count": n} for t, n in summary.techniques],
        "quoted_techniques": [{"technique": t, "count": n} for t, n in summary.quoted_techniques],
        "attributions": [
            {"cue": _span(a.cue), "lemma": a.lemma, "stance": a.stance, "kind": a.kind, "actor": a.actor,
             "quote": a.quote}
            for a in summary.attributions
        ],
        "stance_by_actor": mix,
        "labels": [
            {"label": x.label, "span": _span(x.span), "voice": x.voice, "actor": x.actor} for x in summary.labels
        ],
        "labels_by_actor": named,
    }


def _to_framing(d: JSON | None) -> FramingSummary | None:
    if d is None:
        return None
    return FramingSummary(
        words=d["words"],
        techniques=tuple((t["technique"], t["count"]) for t in d.get("techniques", ())),
        quoted_techniques=tuple((t["technique"], t["count"]) for t in d.get("quoted_techniques", ())),
        attributions=tuple(
            Attribution(cue=_req_span(a["cue"]), lemma=a["lemma"], stance=a["stance"], kind=a.get("kind", a["stance"]),
                        actor=a.get("actor"), quote=a.get("quote"))
            for a in d.get("attributions", ())
        ),
        labels=tuple(
            ActorLabel(label=x["label"], span=_req_span(x["span"]), voice=x["voice"], actor=x.get("actor"))
            for x in d.get("labels", ())
        ),
    )


def article_to_dict(article: Article) -> JSON:
    published = article.published
    document: JSON = {
        "schema": SCHEMA_ID,
        "id": article.id,
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "byline": article.byline,
        "authors": None if article.authors is None else list(article.authors),
        "agency": article.agency,
        "published": None if published is None else
        {"value": published.value, "precision": published.precision, "source": published.source},
        "site": article.site,
        "language": article.language,
        "tags": list(article.tags),
        "captions": [
            {"text": c.text, "credit": c.credit, "events": [_event(e) for e in c.events]} for c in article.captions
        ],
        "text": article.text,
        "paragraphs": [_span(p) for p in article.paragraphs],
        "entities": [_entity(e) for e in article.entities],
        "quotes": [_quote(q) for q in article.quotes],
        "voices": [
            {"start": v.start, "end": v.end, "voice": v.voice, "quote": v.quote, "speaker": v.speaker}
            for v in article.voices
        ],
        "events": [_event(e) for e in article.events],
        "frames": [_frame(f) for f in article.frames],
        "stages": [_prov(p) for p in article.stages],
    }
    if article.framing is not None:
        # Only when the framing stage ran, so documents without it keep their exact shape.
        document["framing"] = _framing(article.framing)
    return document


def dumps(article: Article, *, indent: int | None = 2) -> str:
    return json.dumps(article_to_dict(article), ensure_ascii=False, indent=indent)


# --- reading back -----------------------------------------------------------------


def _to_span(d: JSON | None) -> Span | None:
    return None if d is None else Span(start=d["start"], end=d["end"], text=d["text"])


def _req_span(d: JSON) -> Span:
    return Span(start=d["start"], end=d["end"], text=d["text"])


def _to_prov(d: JSON) -> Provenance:
    return Provenance(stage=d["stage"], version=d["version"])


def _to_party(d: JSON) -> Party:
    return Party(span=_req_span(d), entity=d.get("entity"), sector=d.get("sector"))


def article_from_dict(d: JSON) -> Article:
    """Inverse of :func:`article_to_dict`; refuses other schema versions."""
    if d.get("schema") != SCHEMA_ID:
        raise ValueError(f"expected schema {SCHEMA_ID}, got {d.get('schema')!r}")
    pub = d.get("published")
    return Article(
        id=d["id"],
        text=d["text"],
        paragraphs=tuple(_req_span(p) for p in d["paragraphs"]),
        url=d.get("url"),
        source=d.get("source"),
        title=d.get("title"),
        byline=d.get("byline"),
        authors=None if d.get("authors") is None else tuple(d["authors"]),
        agency=d.get("agency"),
        published=None
        if pub is None
        else PublishedDate(value=pub["value"], precision=pub["precision"], source=pub["source"]),
        site=d.get("site"),
        language=d.get("language"),
        tags=tuple(d.get("tags", ())),
        captions=tuple(
            Caption(text=c["text"], credit=c.get("credit"), events=tuple(_to_event(e) for e in c.get("events", ())))
            for c in d.get("captions", ())
        ),
        entities=tuple(
            Entity(
                id=e["id"], name=e["name"], type=e["type"],
                mentions=tuple(_req_span(m) for m in e["mentions"]),
                aliases=tuple(e.get("aliases", ())),
                roles=tuple(
                    Role(title=r["title"], span=_to_span(r.get("span")), start_date=r.get("start_date"),
                         end_date=r.get("end_date"), source=r.get("source", "article"))
                    for r in e.get("roles", ())
                ),
                kb_id=e.get("kb_id"), country=e.get("country"), sectors=tuple(e.get("sectors", ())),
                confidence=e.get("confidence", 1.0), provenance=_to_prov(e["provenance"]),
            )
            for e in d.get("entities", ())
        ),
        quotes=tuple(
            Quote(
                id=q["id"], kind=q["kind"],
                span=Span(start=q["start"], end=q["end"], text=q["text"]),
                speaker=None if q.get("speaker") is None else Speaker(
                    name=q["speaker"]["name"], entity=q["speaker"].get("entity"),
                    span=_to_span(q["speaker"].get("span"))),
                cue=_to_span(q.get("cue")),
                confidence=q.get("confidence", 1.0), provenance=_to_prov(q["provenance"]),
            )
            for q in d.get("quotes", ())
        ),
        voices=tuple(
            VoiceSegment(
                start=v["start"], end=v["end"], voice=v["voice"], quote=v.get("quote"), speaker=v.get("speaker")
            )
            for v in d.get("voices", ())
        ),
        events=tuple(_to_event(e) for e in d.get("events", ())),
        frames=tuple(
            Frame(
                id=f["id"], technique=f["technique"], span=Span(start=f["start"], end=f["end"], text=f["text"]),
                voice=f["voice"], evidence=tuple(_req_span(s) for s in f.get("evidence", ())),
                actor=f.get("actor"), confidence=f.get("confidence", 1.0), provenance=_to_prov(f["provenance"]),
            )
            for f in d.get("frames", ())
        ),
        framing=_to_framing(d.get("framing")),
        stages=tuple(_to_prov(p) for p in d.get("stages", ())),
    )


def _to_event(e: JSON) -> Event:
    return Event(
        id=e["id"], type=e["type"], trigger=_req_span(e["trigger"]), mode=e.get("mode"),
        context=tuple(e.get("context", ())),
        actors=tuple(_to_party(p) for p in e.get("actors", ())),
        recipients=tuple(_to_party(p) for p in e.get("recipients", ())),
        location=None if e.get("location") is None else _to_party(e["location"]),
        date=None if e.get("date") is None else EventDate(
            value=e["date"]["value"], precision=e["date"]["precision"], span=_to_span(e["date"].get("span"))),
        time_relation=e.get("time_relation", "current"), negated=e.get("negated", False),
        asserted_by=e.get("asserted_by", "author"),
        magnitude=tuple((m["kind"], m["count"]) for m in e.get("magnitude", ())),
        confidence=e.get("confidence", 1.0), provenance=_to_prov(e["provenance"]), same_as=e.get("same_as"),
    )


@lru_cache(maxsize=1)
def json_schema() -> JSON:
    """The JSON Schema (draft 2020-12) of ``newsprism.article/1``."""
    text = resources.files("newsprism").joinpath("schema/article-1.schema.json").read_text("utf-8")
    schema: JSON = json.loads(text)
    return schema
