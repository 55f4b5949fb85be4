"""Interview and transcript turns: paragraphs in a speaker's words with no quotation marks.

Interviews, hearings and debate transcripts print answers as turns, each paragraph
opened by the speaker's label instead of quotation marks::

    ((Jane Roe))  I grew up in the valley ...
    JANE ROE: I grew up in the valley ...
    Q: Why did you run?         A: Because ...

Without this, every answer would be read as the author's voice, so an interviewee's
loaded words would be charged to the outlet. Marks-free turns are found here from the
paragraph layout alone (no parse), the way :mod:`.marks` pairs quotation marks:

- A paragraph opens a turn when it starts with a label: ``((Name))``, ``[Name]``, or a
  short capitalised name (or ``Q``/``A``) followed by a colon. Labels that are page
  furniture (``Update:``, ``Photo:``) are listed as data (``turns_<lang>.json``).
- A label counts only if the article has at least :data:`MIN_TURNS` labelled turns and some
  label repeats: a lone ``Washington: ...`` is a dateline, not a transcript.
- The interviewer is the label whose turns are mostly questions; the interviewer's turns
  are the outlet's voice and are not quotes. So are unlabelled question paragraphs
  (interviews often print the questions bare).
- An answer runs on over the next unlabelled paragraphs until the next label, a bare
  question paragraph, or a paragraph that names the speaker (the writer speaking about
  them again: *Roe, 54, has run the mill since 1990.*).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["MIN_TURNS", "Turn", "find_turns"]

#: A transcript needs this many labelled turns before any label is believed.
MIN_TURNS = 3
#: A bare paragraph this short that ends in ``?`` is a question put by the interviewer.
QUESTION_CHARS = 400

_NAME = r"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|de|da|van|von|bin|al|el|la|le)){0,3}"
_LABELS = (
    re.compile(r"\(\((?P<label>[^()\n]{1,60})\)\)[ \t]*"),
    re.compile(r"\[(?P<label>" + _NAME + r")\][ \t]*:?[ \t]*"),
    re.compile(r"(?P<label>" + _NAME + r")[ \t]*:[ \t]+"),
)


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker's turn: ``label`` at ``[label_start, label_end)``, their words at ``[start, end)``."""

    label: str
    label_start: int
    label_end: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Opening:
    paragraph: int
    label: str
    label_start: int
    label_end: int
    body_start: int


@lru_cache(maxsize=4)
def _not_speakers(language: str) -> frozenset[str]:
    path = resources.files("newsprism.analyze.lexicons").joinpath(f"turns_{language}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(word.casefold() for word in data["not_speakers"])


def _opening(text: str, index: int, start: int, end: int, language: str) -> _Opening | None:
    for pattern in _LABELS:
        match = pattern.match(text, start, end)
        if match is None or match.end() >= end:
            continue
        label = match.group("label").strip()
        if not label or _furniture(label, language):
            return None
        return _Opening(index, label, match.start("label"), match.start("label") + len(label), match.end())
    return None


def _furniture(label: str, language: str) -> bool:
    """``Update``, ``Photo``, and credit lines like ``Ana Roe Image`` or ``Ana Roe.Image``."""
    words = re.split(r"[\s.]+|(?<=[a-z])(?=[A-Z])", label.strip(". "))
    words = [w.casefold() for w in words if w]
    return label.casefold() in _not_speakers(language) or (bool(words) and words[-1] in _not_speakers(language))


def _is_question(text: str) -> bool:
    stripped = text.rstrip()
    return stripped.endswith("?") and len(stripped) <= QUESTION_CHARS


def find_turns(text: str, paragraphs: list[tuple[int, int]], *, language: str = "en") -> list[Turn]:
    """The answer turns of a transcript in ``text``, in order; ``[]`` when it is not one."""
    openings = [o for i, (a, b) in enumerate(paragraphs) if (o := _opening(text, i, a, b, language))]
    counts = Counter(o.label.casefold() for o in openings)
    if len(openings) < MIN_TURNS or max(counts.values(), default=0) < 2:
        return []
    # Labels seen once in a transcript are still turns (a guest who speaks once), but a
    # transcript must be made of turns: at least half of the labels repeat.
    if sum(n for n in counts.values() if n >= 2) * 2 < len(openings):
        return []
    asks = Counter(
        o.label.casefold() for o in openings if _is_question(text[o.body_start : paragraphs[o.paragraph][1]])
    )
    interviewers = {label for label, n in counts.items() if asks[label] * 2 > n}
    by_paragraph = {o.paragraph: o for o in openings}
    turns: list[Turn] = []
    current: _Opening | None = None
    end = 0
    for index, (start, stop) in enumerate(paragraphs):
        opening = by_paragraph.get(index)
        ends = current is not None and (_is_question(text[start:stop]) or _names(text[start:stop], current.label))
        if opening is not None or ends:
            if current is not None:
                turns.append(Turn(current.label, current.label_start, current.label_end, current.body_start, end))
            current = opening if opening is not None and opening.label.casefold() not in interviewers else None
        if current is not None and (trimmed := _trimmed_end(text, start, stop)) > start:
            end = trimmed
    if current is not None:
        turns.append(Turn(current.label, current.label_start, current.label_end, current.body_start, end))
    return [t for t in turns if t.end > t.start]


def _names(paragraph: str, label: str) -> bool:
    """Whether a paragraph mentions the speaker by the last word of their label (three letters or more)."""
    words = label.split()
    last = words[-1] if words else ""
    return len(last) >= 3 and re.search(rf"\b{re.escape(last)}\b", paragraph, re.IGNORECASE) is not None


def _trimmed_end(text: str, start: int, stop: int) -> int:
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return stop
