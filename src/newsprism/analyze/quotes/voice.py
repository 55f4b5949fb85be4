"""The voice map: every character of the body is the author's or a quoted speaker's.

The map is about *wording*: direct and mixed quotes (and floating ones) are in the
speaker's words, so they are the speaker's voice. Indirect quotes report a speaker's
claim in the author's own words, so their characters stay the author's (a loaded
word in a paraphrase is the writer's choice); who made the claim is on the quote
itself (``Article.quotes``, kind ``indirect``), for stages that track claims. Scare
quotes and titles (``term``) are the author's voice too: the author chose the words.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsprism.model import Quote, VoiceSegment

__all__ = ["voice_map"]


def voice_map(length: int, quotes: Iterable[Quote]) -> tuple[VoiceSegment, ...]:
    """Segments covering ``[0, length)`` exactly once, in order."""
    segments: list[VoiceSegment] = []
    position = 0
    for quote in sorted((q for q in quotes if q.kind in ("direct", "mixed")), key=lambda q: q.span.start):
        if quote.span.start < position or quote.span.end <= quote.span.start:
            continue  # overlapping quotes: the earlier one keeps the voice
        if quote.span.start > position:
            segments.append(VoiceSegment(start=position, end=quote.span.start, voice="author"))
        speaker = quote.speaker.entity if quote.speaker else None
        segments.append(
            VoiceSegment(start=quote.span.start, end=quote.span.end, voice="quoted", quote=quote.id, speaker=speaker)
        )
        position = quote.span.end
    if position < length:
        segments.append(VoiceSegment(start=position, end=length, voice="author"))
    return tuple(segments)
