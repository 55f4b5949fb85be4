"""The terminal report: what a reader wants first, one section per analysis layer.

Each section is a function ``(article) -> renderable | None`` listed in
``SECTIONS``; a later stage adds its section there.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsprism.model import Article

__all__ = ["SECTIONS", "print_report"]

stdout = Console(highlight=False, soft_wrap=False)


def header(article: Article) -> RenderableType:
    lines = Text()
    lines.append(article.title or "(no title)", style="bold")
    lines.append("\n")
    people = ", ".join(article.authors) if article.authors else None
    facts = [
        ("by", people or (article.byline and f"{article.byline} (no person named)") or "—"),
        ("agency", article.agency),
        ("published", article.published and f"{article.published.value} ({article.published.source})"),
        ("site", article.site),
        ("url", article.url),
        ("language", article.language),
        ("tags", ", ".join(article.tags) if article.tags else None),
    ]
    for label, value in facts:
        if value:
            lines.append(f"{label:>10}: ", style="dim")
            lines.append(f"{value}\n")
    words = len(article.text.split())
    lines.append(f"{'body':>10}: ", style="dim")
    lines.append(f"{len(article.paragraphs)} paragraphs, {words} words, id {article.id}\n")
    for caption in article.captions:
        lines.append(f"{'caption':>10}: ", style="dim")
        lines.append(f"{caption.text}\n", style="italic")
    return Panel(lines, title="article", title_align="left")


def entities(article: Article) -> RenderableType | None:
    if not article.entities:
        return None
    by_type: dict[str, list[str]] = defaultdict(list)
    for entity in sorted(article.entities, key=lambda e: -len(e.mentions)):
        label = escape(entity.name)
        extra = []
        if entity.roles:
            extra.append("; ".join(r.title for r in entity.roles))
        if entity.aliases:
            extra.append("aka " + ", ".join(entity.aliases))
        suffix = f" [dim]({' · '.join(escape(x) for x in extra)})[/dim]" if extra else ""
        by_type[entity.type].append(f"{label} ×{len(entity.mentions)}{suffix}")
    table = Table(show_header=False, box=None, padding=(0, 1))
    for kind in sorted(by_type):
        table.add_row(f"[bold]{kind}[/bold]", "\n".join(by_type[kind]))
    return Panel(table, title="actors and entities", title_align="left")


def quotes(article: Article) -> RenderableType | None:
    """Who said what (#3): the voice map in one line, then quotes grouped by speaker entity."""
    if not article.quotes:
        return None
    names = {e.id: e.name for e in article.entities}
    length = max(len(article.text), 1)
    quoted: dict[str, int] = defaultdict(int)
    for voice in article.voices:
        if voice.voice == "quoted":
            quoted[names.get(voice.speaker or "", "unattributed")] += voice.end - voice.start
    share = sum(quoted.values()) / length
    line = Text.from_markup(f"[dim]voice:[/dim] writer {1 - share:.0%} · quoted {share:.0%}")
    if quoted:
        top = sorted(quoted.items(), key=lambda kv: -kv[1])[:5]
        line.append(" (" + ", ".join(f"{who} {n / length:.0%}" for who, n in top) + ")")
    grouped: dict[str, list[str]] = defaultdict(list)
    for quote in article.quotes:
        if quote.kind == "term":
            who = "(terms and titles: the writer's)"
        elif quote.speaker is None:
            who = "(no speaker)"
        else:
            who = escape(names.get(quote.speaker.entity or "", quote.speaker.name))
        text = quote.span.text if len(quote.span.text) <= 240 else quote.span.text[:237] + "…"
        cue = f" [dim]{escape(quote.cue.text)}[/dim]" if quote.cue else ""
        surface = quote.speaker.span.text if quote.speaker and quote.speaker.span else None
        shown = surface and quote.speaker and surface != quote.speaker.name
        via = f" [dim](“{escape(surface or '')}”)[/dim]" if shown else ""
        grouped[who].append(f"[cyan]{quote.kind}[/cyan]{cue}{via} {escape(text)}")
    order = sorted(grouped, key=lambda who: (who.startswith("("), -len(grouped[who])))
    body = [Text.from_markup(f"[bold]{who}[/bold]\n  " + "\n  ".join(grouped[who])) for who in order]
    return Panel(Group(line, *body), title="who said what", title_align="left")


def events(article: Article) -> RenderableType | None:
    """PLOVER events (#5): type/mode, parties, where, when (with time relation), who asserts it."""
    if not article.events:
        return None
    table = Table("type", "who", "did", "to whom", "where", "when", "asserted by", box=None)
    for event in article.events:
        counts = ", ".join(f"{kind} {n}" for kind, n in event.magnitude)
        table.add_row(
            event.type + (f"/{event.mode}" if event.mode else "") + (" (not)" if event.negated else ""),
            escape(", ".join(p.span.text for p in event.actors) or "—"),
            escape(event.trigger.text),
            escape(", ".join(p.span.text for p in event.recipients) or "—")
            + (f" [dim]({counts})[/dim]" if counts else ""),
            escape(event.location.span.text) if event.location else "—",
            (event.date.value if event.date else "—") + f" {event.time_relation}",
            event.asserted_by,
        )
    return Panel(table, title="events", title_align="left")


def _highlighted(span_text: str, offset: int, evidence: list[tuple[int, int]]) -> Text:
    """The sentence with the words that carry a technique in bold (offsets into Article.text)."""
    text = Text(span_text)
    for start, end in evidence:
        if offset <= start and end <= offset + len(span_text):
            text.stylize("bold red", start - offset, end - offset)
    return text


def frames(article: Article) -> RenderableType | None:
    if not article.frames:
        return None
    table = Table("technique", "voice", "words", box=None)
    for frame in article.frames:
        table.add_row(frame.technique, frame.voice, escape(frame.span.text))
    return Panel(table, title="framing", title_align="left")


SECTIONS: list[Callable[[Article], RenderableType | None]] = [header, entities, quotes, events, frames]


def print_report(article: Article, *, console: Console | None = None) -> None:
    console = console or stdout
    for section in SECTIONS:
        renderable = section(article)
        if renderable is not None:
            console.print(renderable)
