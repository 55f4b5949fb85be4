"""``newsprism export``: the store as JSON lines, CSV, Parquet, GraphML or PLOVER events.

- ``jsonl``: one ``newsprism.article/1`` document per counted article (the full JSON kept at ingest).
- ``csv`` / ``parquet``: one row per quote (``--table quotes``, default), event, article or actor;
  or per framing annotation, with its article, outlet and date so outlets can be compared in a
  notebook: ``frames`` (technique, words, voice), ``labels`` (what a writer or speaker called an
  actor) and ``attributions`` (the reporting verb a writer chose for an actor's words, with stance).
- ``graphml``: the actor network (who acts on whom, weighted), for Gephi or networkx.
- ``plover``: one PLOVER-style JSON record per event (``id, date, actor, recipient, event,
  mode, context, text, ...``; the field names of the PLOVER codebook's JSON format).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import IO, Any, Literal

from sqlalchemy import Connection, Select, select

from newsprism.store import schema as t
from newsprism.store.profiles import network
from newsprism.store.queries import COUNTED, in_counted_articles, list_actors, list_events, list_quotes

__all__ = ["FORMATS", "TABLES", "export"]

Format = Literal["jsonl", "csv", "parquet", "graphml", "plover"]
Table = Literal["quotes", "events", "articles", "actors", "frames", "labels", "attributions"]
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "graphml", "plover")
TABLES: tuple[str, ...] = ("quotes", "events", "articles", "actors", "frames", "labels", "attributions")
_BIG = 1_000_000


def _documents(conn: Connection) -> Iterator[dict[str, Any]]:
    query = select(t.articles.c.document).where(COUNTED).order_by(t.articles.c.pk)
    yield from conn.execute(query.execution_options(yield_per=200)).scalars()


def _framing_rows(table: Table) -> Select[Any]:
    """One framing layer's rows with the article, outlet, date and the actor named, counted articles only.

    ``voice`` is ``author`` or the quoted speaker's entity id in that article; ``voice_actor``
    names that speaker, so a label or frame inside a quotation is never read as the outlet's.
    """
    A, actor, speaker = t.articles, t.actors.alias("actor"), t.actors.alias("speaker")
    layer = {"frames": t.frames, "labels": t.actor_labels, "attributions": t.attributions}[table]
    context = [
        A.c.pk.label("article_pk"),
        A.c.published,
        t.outlets.c.name.label("outlet"),
        actor.c.name.label("actor"),
        actor.c.group_key.label("actor_key"),
    ]
    if table == "frames":
        own = [layer.c.technique, layer.c.text, layer.c.start, layer.c.end, layer.c.voice,
               speaker.c.name.label("voice_actor"), layer.c.confidence]  # fmt: skip
    elif table == "labels":
        own = [layer.c.label, layer.c.start, layer.c.end, layer.c.voice]
    else:
        own = [layer.c.cue, layer.c.lemma, layer.c.stance, layer.c.kind, layer.c.start, layer.c.end, layer.c.quote_id]
    query = in_counted_articles(select(layer.c.pk, *own, *context).select_from(layer), layer)
    query = query.outerjoin(actor, actor.c.pk == layer.c.actor_pk)
    if table == "frames":
        query = query.outerjoin(speaker, speaker.c.pk == layer.c.voice_actor_pk)
    return query.order_by(layer.c.pk)


def _rows(conn: Connection, table: Table) -> list[dict[str, Any]]:
    if table in ("frames", "labels", "attributions"):
        return [dict(r) for r in conn.execute(_framing_rows(table)).mappings()]
    if table == "quotes":
        return list_quotes(conn, per_page=_BIG).items
    if table == "events":
        rows = list_events(conn, per_page=_BIG).items
        for row in rows:
            for role in ("actors", "recipients"):
                row[role] = "; ".join(p["text"] for p in row.get(role, ()))
            row["location"] = (row.get("location") or {}).get("text")
        return rows
    if table == "actors":
        return list_actors(conn, per_page=_BIG).items
    query = (
        select(
            t.articles.c.pk,
            t.articles.c.title,
            t.articles.c.url,
            t.articles.c.published,
            t.articles.c.byline,
            t.articles.c.agency,
            t.articles.c.language,
            t.outlets.c.name.label("outlet"),
        )
        .outerjoin(t.outlets, t.outlets.c.pk == t.articles.c.outlet_pk)
        .where(COUNTED)
        .order_by(t.articles.c.pk)
    )
    return [dict(r) for r in conn.execute(query).mappings()]


def _plover(conn: Connection) -> Iterator[dict[str, Any]]:
    for event in list_events(conn, per_page=_BIG).items:
        document = conn.execute(
            select(t.articles.c.text, t.articles.c.url).where(t.articles.c.pk == event["article_pk"])
        ).one()
        yield {
            "id": f"newsprism-{event['article_pk']}-{event['event_id']}",
            "date": event["when"],
            "actor": [{"actorText": p["text"], "code": None, "sector": p["sector"]} for p in event["actors"]],
            "recipient": [{"actorText": p["text"], "code": None, "sector": p["sector"]} for p in event["recipients"]],
            "event": event["type"],
            "mode": event["mode"],
            "context": None,
            "eventText": event["trigger"],
            "eventLoc": (event.get("location") or {}).get("text"),
            "negated": bool(event["negated"]),
            "text": _sentence(document.text, event),
            "url": document.url,
            "source": event["outlet"],
            "language": "en",
            "coder": "newsprism",
        }


def _sentence(text: str, event: dict[str, Any]) -> str:
    """The sentence(s) around the trigger and the parties: PLOVER records carry their text."""
    spans = [(p["start"], p["end"]) for p in (*event["actors"], *event["recipients"])]
    spans.append((event["trigger_start"], event["trigger_end"]))
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return text[left:right].strip()


def _graphml(conn: Connection, out: IO[bytes]) -> None:
    import networkx as nx

    graph = network(conn, limit=_BIG)
    g = nx.DiGraph()
    for node in graph["nodes"]:
        g.add_node(node["key"], name=node["name"], actor_pk=int(node["pk"]), weight=int(node["weight"]))
    for edge in graph["edges"]:
        g.add_edge(
            edge["source_key"], edge["target_key"], weight=int(edge["weight"]), asserted=int(edge["asserted"] or 0)
        )
    nx.write_graphml(g, out)


def export(conn: Connection, out: IO[bytes], *, format: Format, table: Table = "quotes") -> int:
    """Write the store to ``out`` (binary) in ``format``; returns the number of records written."""
    if format in ("jsonl", "plover"):
        count = 0
        for record in _documents(conn) if format == "jsonl" else _plover(conn):
            out.write((json.dumps(record, ensure_ascii=False, default=str) + "\n").encode("utf-8"))
            count += 1
        return count
    if format == "graphml":
        _graphml(conn, out)
        return len(network(conn, limit=_BIG)["edges"])
    rows = _rows(conn, table)
    if format == "csv":
        text = io.StringIO(newline="")
        fields = list(rows[0]) if rows else ["pk"]
        writer = csv.DictWriter(text, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows({k: _flat(v) for k, v in row.items()} for row in rows)
        out.write(text.getvalue().encode("utf-8"))
        return len(rows)
    import pyarrow as pa
    import pyarrow.parquet as pq

    flat = [{k: _flat(v) for k, v in row.items()} for row in rows]
    pq.write_table(pa.Table.from_pylist(flat) if flat else pa.table({"pk": pa.array([], pa.int64())}), out)
    return len(rows)


def _flat(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    if value is not None and not isinstance(value, str | int | float | bool):
        return str(value)
    return value
