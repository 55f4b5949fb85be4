"""A detector's evidence (:class:`Hit`) and the technique names the detectors share (those the
pattern module already names are its, re-exported).

Its own module so that the detectors split out of :mod:`.detectors` (:mod:`.repetition`) build the
same values without importing the module that imports them.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsprism.analyze.framing.patterns import DOUBT, LOADED, NAME_CALLING

__all__ = ["CAUSAL", "DOUBT", "LOADED", "NAME_CALLING", "REPETITION", "SLOGANS", "Hit"]

REPETITION = "Repetition"
SLOGANS = "Slogans"
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
