"""Which language an article is in (py3langid: fast, offline, the model trafilatura uses)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["detect_language"]

#: Below this many letters a language guess is noise; the text is taken as it comes.
_MIN_LETTERS = 60
_MIN_PROBABILITY = 0.9


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code, or ``None`` when the text is too short to tell."""
    sample = text[:5000]
    if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
        return None
    code, probability = _identifier().classify(sample)
    if code != "en" and probability < _MIN_PROBABILITY:
        return None
    return str(code)
