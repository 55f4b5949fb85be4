"""Caption conventions: one photo, one moment, often from the archive.

A caption is coded like any text (the pipeline runs the events stage on its parse; see
:class:`~newsprism.model.Caption`), then read the way picture desks write them:

- *Security forces attack protesters during a demonstration – January 2018*: the date
  at the end dates the photo, so every event in the caption without a date of its own
  takes it (only when the caption has exactly one date: two dates describe two moments).
- *Archive photo: ...*, *File photo – ...*: the photo shows an earlier time, so events
  the parse read as current are historical. The cues are data (``captions_<lang>.json``,
  English's for a language without one).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from newsprism.analyze.events.lexicon import language_file
from newsprism.model import Event

__all__ = ["apply_caption_conventions", "is_archive_caption"]


@lru_cache(maxsize=4)
def _archive_cue(language: str) -> re.Pattern[str]:
    cues = language_file("captions", language)["archive_cues"]
    alternatives = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    # At the caption's start, before its first punctuation: "file" deep inside a caption
    # ("protesters file past") says nothing about the photo.
    return re.compile(rf"^\W*(?:{alternatives})\b\s*[-–—:,.|]", re.IGNORECASE)


def is_archive_caption(text: str, language: str = "en") -> bool:
    return _archive_cue(language).search(text) is not None


def apply_caption_conventions(events: tuple[Event, ...], text: str, language: str = "en") -> tuple[Event, ...]:
    """The caption's events with its single date shared and archive photos made historical."""
    dates = {e.date.value: e.date for e in events if e.date is not None}
    shared = next(iter(dates.values())) if len(dates) == 1 else None
    archive = is_archive_caption(text, language)
    result = []
    for event in events:
        if event.date is None and shared is not None:
            event = replace(event, date=shared)
        if archive and event.time_relation == "current":
            event = replace(event, time_relation="historical")
        result.append(event)
    return tuple(result)
