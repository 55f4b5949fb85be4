"""The central types every stage reads and writes.

One value, the :class:`Article`, flows through the pipeline. Each stage returns a
new Article with its layer filled (``dataclasses.replace``); nothing is mutated.

Offsets: every :class:`Span` is a half-open pair of *character* offsets into
``Article.text`` (the clean body), so ``article.text[span.start:span.end] ==
span.text`` always holds.  :func:`make_span` is the one way stages build spans, so
the text is always derived from the article, never retyped.

Unknown is ``None``, never a guess.  Every annotation carries :class:`Provenance`
(which stage, which version) and a confidence in ``[0, 1]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "ActorLabel",
    "Article",
    "Attribution",
    "Caption",
    "Entity",
    "Event",
    "EventDate",
    "Frame",
    "FramingSummary",
    "Party",
    "Provenance",
    "PublishedDate",
    "Quote",
    "RawDocument",
    "Role",
    "Span",
    "Speaker",
    "VoiceSegment",
    "make_span",
    "strip_span",
]

QuoteKind = Literal["direct", "mixed", "indirect", "term"]
TimeRelation = Literal["current", "historical", "future", "hypothetical"]
DatePrecision = Literal["year", "month", "day", "minute"]


@dataclass(frozen=True, kw_only=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of ``Article.text``."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span offsets: {self.start}..{self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text has {len(self.text)} chars but offsets cover {self.end - self.start}"
            )

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


def make_span(text: str, start: int, end: int) -> Span:
    """Build a span over ``text``; the span's text is always sliced, never passed in."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}..{end} outside text of length {len(text)}")
    return Span(start=start, end=end, text=text[start:end])


def strip_span(text: str, start: int, end: int, chars: str, trail: str | None = None, *,
               spaces: bool = False) -> tuple[int, int]:
    """``[start, end)`` of ``text`` narrowed past the ``chars`` at its start and the ``trail`` characters
    (``chars`` when not given) at its end; with ``spaces``, past any whitespace (``str.isspace``) too.

    The offsets to hand :func:`make_span` for a quote's content without its marks, a frame's evidence
    without edge punctuation. Offsets move, the text is never sliced: ``str.strip`` would copy it."""
    tail = chars if trail is None else trail
    while start < end and ((spaces and text[start].isspace()) or text[start] in chars):
        start += 1
    while end > start and ((spaces and text[end - 1].isspace()) or text[end - 1] in tail):
        end -= 1
    return start, end


@dataclass(frozen=True, kw_only=True, slots=True)
class RawDocument:
    """Bytes as they came in, before extraction: what ``ingest`` hands to ``extract``.

    ``source`` names the input for error messages (a path, ``-`` or a URL);
    ``url`` is the page's address when known; ``content_type`` is the server's word,
    used only as a hint (HTML vs text is decided from the content).
    """

    source: str
    data: bytes
    url: str | None = None
    content_type: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Provenance:
    """Which stage made an annotation, so a consumer can filter or re-run by stage."""

    stage: str
    version: str


@dataclass(frozen=True, kw_only=True, slots=True)
class PublishedDate:
    """A publication date as the page shows it.

    ``value`` is ISO 8601 cut to its precision: ``2020-01-09`` (day),
    ``2020-01`` (month), ``2020`` (year), ``2020-01-09T14:03`` (minute).
    ``source`` says where it was read (``json-ld``, ``meta``, ``htmldate``, ``text``...).
    """

    value: str
    precision: DatePrecision
    source: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Caption:
    """An image caption, kept apart from the body: it is not the author's running text.

    ``events`` are what the caption itself reports (*police attack protesters - January
    2018*), coded like the body's but kept here, not in ``Article.events``: a caption often
    shows an archive photo, so its events would pass for the article's news. Their spans
    are offsets into ``text`` (this caption's), their party entities ids of the article's.
    """

    text: str
    credit: str | None = None
    events: tuple[Event, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class Role:
    """A title or office an actor holds, as written in the article (``span``) or known."""

    title: str
    span: Span | None = None
    start_date: str | None = None
    end_date: str | None = None
    source: str = "article"


@dataclass(frozen=True, kw_only=True, slots=True)
class Entity:
    """An actor (person, organisation, state, group...) with all its mentions.

    ``id`` is stable within an article (``e1``, ``e2``...); ``kb_id`` links to the
    actor knowledge base when the link is certain enough, else ``None``.
    """

    id: str
    name: str
    type: str
    mentions: tuple[Span, ...]
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    kb_id: str | None = None
    country: str | None = None
    sectors: tuple[str, ...] = ()
    confidence: float = 1.0
    provenance: Provenance = field(default_factory=lambda: Provenance(stage="entities", version="0"))


@dataclass(frozen=True, kw_only=True, slots=True)
class Speaker:
    """Who a quote is by: the surface words, and the entity when resolved."""

    name: str
    entity: str | None = None
    span: Span | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Quote:
    """A stretch of the text in someone else's voice.

    ``span`` covers the quoted words (for ``indirect``, the reported content);
    ``cue`` is the reporting verb or phrase (``said``, ``according to``).
    """

    id: str
    kind: QuoteKind
    span: Span
    speaker: Speaker | None = None
    cue: Span | None = None
    confidence: float = 1.0
    provenance: Provenance = field(default_factory=lambda: Provenance(stage="quotes", version="0"))


@dataclass(frozen=True, kw_only=True, slots=True)
class VoiceSegment:
    """A stretch of the body and whose voice it is: the author's, or a quoted speaker's."""

    start: int
    end: int
    voice: Literal["author", "quoted"]
    quote: str | None = None
    speaker: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Party:
    """An actor or recipient of an event: the words, and the entity when known."""

    span: Span
    entity: str | None = None
    sector: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class EventDate:
    """When an event happened, normalised against the article's date, not its publication."""

    value: str
    precision: DatePrecision
    span: Span | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Event:
    """Who did what to whom: a PLOVER event with every field pointing at its words.

    ``asserted_by`` is ``"author"`` or the id of the quote that carries the claim. ``same_as`` is
    the id of the article's first mention of the same real-world event when this one re-tells it
    (a lede told again later, an attack and its toll in one sentence), else ``None``.
    """

    id: str
    type: str
    trigger: Span
    mode: str | None = None
    context: tuple[str, ...] = ()
    actors: tuple[Party, ...] = ()
    recipients: tuple[Party, ...] = ()
    location: Party | None = None
    date: EventDate | None = None
    time_relation: TimeRelation = "current"
    negated: bool = False
    asserted_by: str = "author"
    magnitude: tuple[tuple[str, int], ...] = ()
    confidence: float = 1.0
    provenance: Provenance = field(default_factory=lambda: Provenance(stage="events", version="0"))
    same_as: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Frame:
    """A persuasion technique or loaded wording, and whose voice it is in.

    ``voice`` is ``"author"`` or the entity id of the quoted speaker (or
    ``"quoted"`` when the speaker is unknown); ``evidence`` are the words that carry it.
    """

    id: str
    technique: str
    span: Span
    voice: str
    evidence: tuple[Span, ...] = ()
    actor: str | None = None
    confidence: float = 1.0
    provenance: Provenance = field(default_factory=lambda: Provenance(stage="framing", version="0"))


@dataclass(frozen=True, kw_only=True, slots=True)
class Attribution:
    """A reporting verb the writer chose, and whether it passes judgement.

    ``stance`` is ``"neutral"`` (*said*, *told*) or ``"evaluative"`` (*admitted*,
    *claimed*, *insisted*); ``kind`` refines it (``concession``, ``doubt``...).
    ``actor`` is the entity the verb is said of; ``quote`` the quote it introduces.
    """

    cue: Span
    lemma: str
    stance: Literal["neutral", "evaluative"]
    kind: str = "neutral"
    actor: str | None = None
    quote: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class ActorLabel:
    """What the writer (or a quoted speaker, per ``voice``) calls an actor: *regime*, *thugs*."""

    label: str
    span: Span
    voice: str
    actor: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class FramingSummary:
    """The article's framing at a glance: technique counts by voice, attribution verbs, labels.

    ``techniques`` counts frames in the author's voice, ``quoted_techniques`` those in
    quoted speakers' words; both are ``(technique, count)`` pairs, most frequent first.
    """

    words: int
    techniques: tuple[tuple[str, int], ...] = ()
    quoted_techniques: tuple[tuple[str, int], ...] = ()
    attributions: tuple[Attribution, ...] = ()
    labels: tuple[ActorLabel, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class Article:
    """One article: clean body text, metadata, and the layers the stages add.

    ``id`` is a content hash of url + text, so the same article read twice has one id.
    ``paragraphs`` are spans over ``text``; paragraphs are separated by ``"\\n\\n"``.
    """

    id: str
    text: str
    paragraphs: tuple[Span, ...]
    url: str | None = None
    source: str | None = None
    title: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] | None = None
    agency: str | None = None
    published: PublishedDate | None = None
    site: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()
    captions: tuple[Caption, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    voices: tuple[VoiceSegment, ...] = ()
    events: tuple[Event, ...] = ()
    frames: tuple[Frame, ...] = ()
    framing: FramingSummary | None = None
    stages: tuple[Provenance, ...] = ()

    def span(self, start: int, end: int) -> Span:
        """A span over this article's text (see :func:`make_span`)."""
        return make_span(self.text, start, end)
