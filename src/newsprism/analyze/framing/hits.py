"""A detector's evidence (:class:`Hit`) and the technique names the detectors share.

Its own module so that the detectors split out of :mod:`.detectors` (:mod:`.repetition`) build the
same values without importing the module that imports them.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CAUSAL", "DOUBT", "LOADED", "NAME_CALLING", "REPETITION", "SLOGANS", "Hit"]

NAME_CALLING = "Name calling/Labeling"
LOADED = "Loaded Language"
REPETITION = "Repetition"
SLOGANS = "Slogans"
DOUBT = "Doubt"
CAUSAL = "Causal Oversimplification"


@dataclass(frozen=True, slots=True)
class Hit:
    """Evidence of a technique: tokens ``[start, end)`` of the Doc."""

    technique: str
    start: int
    end: int
    confidence: float
    label: str | None = None
    extra: tuple[tuple[int, int], ...] = ()
