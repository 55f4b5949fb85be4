"""Name normalisation shared by the knowledge-base builder and the linker.

The Phoenix dictionaries are upper-case ASCII with ``_`` between words and no
diacritics, so text and KB must be folded the same way before they can meet.
Rules, as examples::

    normalize_name("José Martí’s")              -> "jose marti"
    normalize_name("U.S.")                      -> "us"
    normalize_name("THE_EUROPEAN_UNION_")       -> "european union"
    normalize_name("People's Front")            -> "peoples front"
    normalize_name("Ban Ki-moon")               -> "ban ki moon"
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["is_acronym", "normalize_name", "strip_possessive"]

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_DROP = re.compile(r"[.'\"()\[\]]")
_SPACE = re.compile(r"[\s_\-–—/,;:&+]+")
_LEADING = ("the ",)


def strip_possessive(text: str) -> str:
    """``Kenya's`` -> ``Kenya``; ``Rangers’`` -> ``Rangers``."""
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[: -len(suffix)]
    return text


def normalize_name(text: str) -> str:
    """Fold a name for matching: ASCII, lower case, no punctuation, no leading *the*."""
    text = text.translate(_APOSTROPHES)
    if not text.isascii():  # the KB is mostly ASCII: skip the per-character pass there
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = strip_possessive(text.strip().rstrip("_").strip())
    text = _SPACE.sub(" ", _DROP.sub("", text.lower())).strip()
    for prefix in _LEADING:
        if text.startswith(prefix):
            text = text[len(prefix) :]
    return text


def is_acronym(text: str) -> bool:
    """``NWA``, ``U.S.``, ``NLFO/FLNO`` part ``FLNO``: 2-8 capitals, optional dots, maybe one digit."""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalnum() and sum(c.isupper() for c in letters) >= len(letters) - 1
