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

from newsprism.model import Article, Frame

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
        if entity.country and entity.type != "state":
            extra.append(entity.country)
        if entity.sectors:
            extra.append("/".join(entity.sectors))
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
    rows = [(event, "") for event in article.events] + [
        (event, f" (caption {n})") for n, caption in enumerate(article.captions, start=1) for event in caption.events
    ]
    if not rows:
        return None
    table = Table("type", "who", "did", "to whom", "where", "when", "asserted by", box=None)
    for event, where in rows:
        counts = ", ".join(f"{kind} {n}" for kind, n in event.magnitude)
        table.add_row(
            event.type + (f"/{event.mode}" if event.mode else "") + (" (not)" if event.negated else ""),
            escape(", ".join(p.span.text for p in event.actors) or "—"),
            escape(event.trigger.text) + (" [dim](told again)[/dim]" if event.same_as else ""),
            escape(", ".join(p.span.text for p in event.recipients) or "—")
            + (f" [dim]({counts})[/dim]" if counts else ""),
            escape(event.location.span.text) if event.location else "—",
            (event.date.value if event.date else "—") + f" {event.time_relation}",
            event.asserted_by + where,
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
    """Framing (#6): a summary, then each sentence with its evidence highlighted, by voice."""
    summary = article.framing
    if not article.frames and (summary is None or not summary.attributions):
        return None
    names = {e.id: e.name for e in article.entities}
    parts: list[RenderableType] = []
    if summary is not None:
        facts = Table(show_header=False, box=None, padding=(0, 1))
        per_k = 1000 * sum(n for _, n in summary.techniques) / summary.words if summary.words else 0.0
        author = ", ".join(f"{t} ×{n}" for t, n in summary.techniques) or "none"
        facts.add_row("[bold]writer[/bold]", f"{escape(author)} [dim]({per_k:.1f} per 1,000 words)[/dim]")
        if summary.quoted_techniques:
            quoted = ", ".join(f"{t} ×{n}" for t, n in summary.quoted_techniques)
            facts.add_row("[bold]quoted[/bold]", escape(quoted))
        mix: dict[str, list[str]] = defaultdict(list)
        for a in summary.attributions:
            mix[names.get(a.actor or "", "(unknown)")].append(a.cue.text if a.stance == "neutral" else
                                                             f"[bold]{escape(a.cue.text)}[/bold]")
        if mix:
            facts.add_row("[bold]verbs[/bold]", "\n".join(f"{escape(who)}: {', '.join(v)}" for who, v in mix.items()))
        labels: dict[str, set[str]] = defaultdict(set)
        for x in summary.labels:
            if x.voice == "author":
                labels[names.get(x.actor or "", "(unattached)")].add(x.label)
        if labels:
            facts.add_row("[bold]labels[/bold]", "\n".join(f"{escape(who)}: {escape(', '.join(sorted(v)))}"
                                                        for who, v in labels.items()))
        parts.append(facts)
    by_sentence: dict[tuple[int, int, str], list[Frame]] = defaultdict(list)
    for frame in article.frames:
        by_sentence[(frame.span.start, frame.span.end, frame.voice)].append(frame)
    for (start, _, voice), group in sorted(by_sentence.items()):
        evidence = [(e.start, e.end) for f in group for e in f.evidence]
        who = "writer" if voice == "author" else f"quoted: {names.get(voice, voice)}"
        head = Text(f"{' · '.join(sorted({f.technique for f in group}))} ", style="cyan")
        head.append(f"[{who}]", style="dim" if voice != "author" else "")
        parts.append(Group(head, _highlighted(group[0].span.text, start, evidence)))
    return Panel(Group(*parts), title="framing", title_align="left")


SECTIONS: list[Callable[[Article], RenderableType | None]] = [header, entities, quotes, events, frames]


def _empty_layers(article: Article) -> list[str]:
    """Layers whose stage ran and found nothing: said, so silence never reads as 'not run'."""
    ran = {p.stage for p in article.stages}
    layers = (
        ("actors", ("entities", "actors"), article.entities),
        ("quotes", ("quotes",), article.quotes),
        ("events", ("events",), article.events),
        ("frames", ("framing",), article.frames),
    )
    return [name for name, stages, found in layers if ran.intersection(stages) and not found]


def print_report(article: Article, *, console: Console | None = None) -> None:
    console = console or stdout
    for section in SECTIONS:
        renderable = section(article)
        if renderable is not None:
            console.print(renderable)
    empty = _empty_layers(article)
    if empty:
        console.print(Text("found no " + ", no ".join(empty) + " in this article", style="dim"))
