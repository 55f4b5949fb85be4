"""Demonyms, capitals and country names to state actors (``Kenyan``, ``Nairobi`` -> Kenya).

The tables are the KB's states (world-countries demonyms and capitals, CountryInfo
names), so a user can extend them with ``newsprism actors add`` like any other actor.
"""

from __future__ import annotations

from newsprism.analyze.actors.kb import KBActor, KnowledgeBase
from newsprism.analyze.actors.names import normalize_name, strip_possessive

__all__ = ["CountryResolver"]


class CountryResolver:
    """Map a word or name to the one state it names, or ``None``."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def state(self, text: str) -> KBActor | None:
        """``Kenyan``/``Kenyans``/``Kenya's``/``Nairobi``/``Republic of Kenya`` -> Kenya."""
        text = strip_possessive(text.strip())
        if not text or not text[0].isupper():
            return None
        candidates: list[KBActor] = []
        for kind in ("demonym", "capital"):
            candidates.extend(self.kb.by_kind(kind, text))
        candidates.extend(a for a in self.kb.by_alias(text) if a.type == "state")
        if not candidates and text.endswith("s"):
            # Only a demonym takes a plural ("Kenyans"); "Americas" is not "America".
            candidates.extend(self.kb.by_kind("demonym", text[:-1]))
        ids = {a.id for a in candidates}
        return candidates[0] if len(ids) == 1 else None

    def country_code(self, text: str) -> str | None:
        state = self.state(text)
        return state.country if state is not None else None

    def is_state_word(self, text: str) -> bool:
        return bool(normalize_name(text)) and self.state(text) is not None
