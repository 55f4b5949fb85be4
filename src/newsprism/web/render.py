"""Article text with its layers as HTML: every character escaped, annotations as classes.

The text is untrusted (it came from a web page). It is cut at every annotation
boundary; each piece is escaped with MarkupSafe and wrapped in one element per
annotation covering it (quote outermost, then framing, event, actor mention), so
overlapping annotations nest correctly and no piece of article text is ever markup.
Colours are classes (``spk-0``...``spk-11``), not inline styles, so the page's
Content-Security-Policy can forbid inline style and script alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from markupsafe import Markup, escape

__all__ = ["PALETTE_SIZE", "Mark", "annotate", "highlight", "marks_of", "speaker_classes"]

PALETTE_SIZE = 12
_ORDER = {"q": 0, "fr": 1, "ev": 2, "m": 3}


@dataclass(frozen=True, slots=True)
class Mark:
    """One annotation over ``[start, end)``: its kind, CSS classes, hover title, and a link if any."""

    start: int
    end: int
    kind: str
    classes: str
    title: str
    href: str | None = None
    data: tuple[tuple[str, str], ...] = ()


def speaker_classes(document: dict[str, Any]) -> dict[str, int]:
    """Speaker key (entity id, else name) -> palette slot, in order of first quote."""
    slots: dict[str, int] = {}
    for quote in document.get("quotes", ()):
        speaker = quote.get("speaker") or {}
        key = speaker.get("entity") or speaker.get("name")
        if key and key not in slots:
            slots[key] = len(slots) % PALETTE_SIZE
    return slots


def marks_of(document: dict[str, Any], actor_of: dict[str, int]) -> list[Mark]:
    """The marks for every layer of a ``newsprism.article/1`` document."""
    marks: list[Mark] = []
    slots = speaker_classes(document)
    for quote in document.get("quotes", ()):
        speaker = quote.get("speaker") or {}
        key = speaker.get("entity") or speaker.get("name")
        name = speaker.get("name") or "unattributed"
        slot = f" spk-{slots[key]}" if key else " spk-none"
        marks.append(
            Mark(
                quote["start"],
                quote["end"],
                "q",
                f"q q-{quote['kind']}{slot}",
                f"{name} ({quote['kind']} quote)",
                data=(("speaker", name), ("quote", quote["id"])),
            )
        )
    for frame in document.get("frames", ()):
        marks.append(Mark(frame["start"], frame["end"], "fr", "fr", f"{frame['technique']} — voice: {frame['voice']}"))
    for event in document.get("events", ()):
        actors = ", ".join(p["text"] for p in event.get("actors", ())) or "?"
        recipients = ", ".join(p["text"] for p in event.get("recipients", ())) or "—"
        negated = "not " if event.get("negated") else ""
        trigger = event["trigger"]
        marks.append(
            Mark(
                trigger["start"],
                trigger["end"],
                "ev",
                "ev",
                f"{negated}{event['type']}{' / ' + event['mode'] if event.get('mode') else ''}: "
                f"{actors} → {recipients}",
            )
        )
    for entity in document.get("entities", ()):
        actor_pk = actor_of.get(entity["id"])
        for mention in entity.get("mentions", ()):
            marks.append(
                Mark(
                    mention["start"],
                    mention["end"],
                    "m",
                    f"m m-{entity['type']}",
                    f"{entity['name']} ({entity['type']})",
                    href=None if actor_pk is None else f"/actors/{actor_pk}",
                )
            )
    return [m for m in marks if m.end > m.start]


def _open(mark: Mark) -> str:
    data = "".join(f' data-{k}="{escape(v)}"' for k, v in mark.data)
    if mark.href is not None:
        return f'<a class="{escape(mark.classes)}" href="{escape(mark.href)}" title="{escape(mark.title)}"{data}>'
    return f'<span class="{escape(mark.classes)}" title="{escape(mark.title)}"{data}>'


def _close(mark: Mark) -> str:
    return "</a>" if mark.href is not None else "</span>"


def _render_range(text: str, start: int, end: int, marks: list[Mark]) -> str:
    inside = [m for m in marks if m.start < end and m.end > start]
    cuts = sorted({start, end, *(max(start, m.start) for m in inside), *(min(end, m.end) for m in inside)})
    out: list[str] = []
    for left, right in pairwise(cuts):
        active = sorted(
            (m for m in inside if m.start <= left and m.end >= right),
            key=lambda m: (_ORDER.get(m.kind, 9), m.start, -m.end),
        )
        # Links cannot nest: only the innermost mention stays a link.
        links = [i for i, m in enumerate(active) if m.href is not None]
        active = [
            m if m.href is None or i == links[-1] else Mark(m.start, m.end, m.kind, m.classes, m.title)
            for i, m in enumerate(active)
        ]
        out.extend(_open(m) for m in active)
        out.append(str(escape(text[left:right])))
        out.extend(_close(m) for m in reversed(active))
    return "".join(out)


def annotate(document: dict[str, Any], actor_of: dict[str, int]) -> Markup:
    """The body as ``<p>`` paragraphs with every layer's marks; safe to insert in a page."""
    text: str = document["text"]
    marks = marks_of(document, actor_of)
    paragraphs = document.get("paragraphs") or [{"start": 0, "end": len(text)}]
    html = "".join(
        f'<p data-start="{p["start"]}">{_render_range(text, p["start"], p["end"], marks)}</p>' for p in paragraphs
    )
    return Markup(html)


def highlight(text: str, query: str | None) -> Markup:
    """``text`` escaped, with the words that match ``query`` in ``<mark>``; safe to insert in a page."""
    from newsprism.store.search import snippet

    if not query:
        return Markup(escape(text))
    _, spans = snippet(text, query, width=len(text) + 1)
    out, pos = [], 0
    for start, end in spans:
        out.append(str(escape(text[pos:start])) + "<mark>" + str(escape(text[start:end])) + "</mark>")
        pos = end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))
