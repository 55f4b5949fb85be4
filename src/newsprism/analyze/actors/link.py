"""Linking an in-article actor to the knowledge base, preferring *unknown* to a wrong link.

A cluster links to a KB actor only when its names point at exactly one actor of a
compatible type (after using the article's date and the countries it mentions to break
ties). Anything else stays *provisional*: ``kb_id`` is ``None`` and
:func:`provisional_key` gives the key a store merges provisional actors on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from newsprism.analyze.actors.kb import KBActor, KnowledgeBase
from newsprism.analyze.actors.names import is_acronym, normalize_name

__all__ = ["COMPATIBLE", "LinkResult", "Linker", "provisional_key"]

#: in-article mention type -> KB actor types it may link to. spaCy tags a person's
#: surname as NORP or ORG at times ("Mubarak"), and the EU as GPE or ORG.
COMPATIBLE: dict[str, frozenset[str]] = {
    "person": frozenset({"person"}),
    "organization": frozenset({"organization", "state"}),
    "gpe": frozenset({"state", "organization"}),
    "state": frozenset({"state"}),
    "group": frozenset({"state", "organization", "person"}),
    "location": frozenset({"state"}),
    "law": frozenset({"organization"}),
    "facility": frozenset(),
    "event": frozenset(),
    "product": frozenset(),
    "work": frozenset(),
}


@dataclass(frozen=True, slots=True)
class LinkResult:
    actor: KBActor | None
    confidence: float
    reason: str


def provisional_key(name: str, type_: str, country: str | None) -> str:
    """A stable key for an actor the KB does not know: ``prov:`` + 16 hex digits.

    It hashes the folded name, the type and the country (``normalize_name``: ASCII, lower
    case, no punctuation, no leading *the*), so *Maria Ortega* (person, no country)
    gets the same key in every article; a store merges provisional actors with equal keys
    and may merge further by co-mentions. Pass the fullest name of the actor (the
    canonical name), not a surname.
    """
    payload = "|".join([normalize_name(name), type_, (country or "").upper()])
    return "prov:" + hashlib.sha1(payload.encode("utf-8")).hexdigest()[:16]


class Linker:
    """Names of one in-article actor -> one KB actor, or none."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._short_forms: dict[str, str] | None = None

    def short_forms(self) -> dict[str, str]:
        """Folded long name -> acronym, for KB bodies that have one (``united nations`` -> ``un``)."""
        if self._short_forms is None:
            table: dict[str, str] = {}
            for actor in self.kb.actors.values():
                if actor.type != "organization":
                    continue
                acronyms = [n for n in actor.names() if is_acronym(n)]
                longs = [n for n in actor.names() if len(normalize_name(n).split()) > 1]
                if len(acronyms) >= 1:
                    for long in longs:
                        table.setdefault(normalize_name(long), normalize_name(acronyms[0]))
            self._short_forms = table
        return self._short_forms

    def variants(self, name: str) -> list[tuple[str, str | None]]:
        """Other ways the KB may spell ``name``, each with the country it requires (or None).

        ``United Nations General Assembly`` -> ``UN General Assembly`` (a KB body's acronym
        for its name inside a longer name); ``Afghan Taliban`` -> ``Taliban`` of AFG (a
        leading demonym is the actor's country, not part of its name).
        """
        words = normalize_name(name).split()
        out: list[tuple[str, str | None]] = []
        table = self.short_forms()
        for n in range(len(words) - 1, 1, -1):
            short = table.get(" ".join(words[:n]))
            if short is not None:
                out.append((" ".join([short, *words[n:]]), None))
                break
        if len(words) > 1:
            states = self.kb.by_kind("demonym", words[0])
            if len(states) == 1 and states[0].country:
                out.append((" ".join(words[1:]), states[0].country))
        return out

    def candidates(self, names: Iterable[str], type_: str) -> dict[str, tuple[KBActor, str]]:
        allowed = COMPATIBLE.get(type_, frozenset())
        found: dict[str, tuple[KBActor, str]] = {}
        for name in names:
            for actor in self.kb.by_alias(name):
                if actor.type in allowed:
                    found.setdefault(actor.id, (actor, name))
        return found

    def link(
        self,
        *,
        names: list[str],
        long_names: list[str],
        type_: str,
        date: str | None,
        countries: frozenset[str] = frozenset(),
    ) -> LinkResult:
        """``names``: every surface name; ``long_names``: the defined long forms of acronyms
        (an acronym alone links only when one of them agrees with the KB actor's names)."""
        full = [n for n in names if not is_acronym(n)]
        acronyms = [n for n in names if is_acronym(n)]
        found = self.candidates(full, type_)
        if not found and type_ not in {"person"}:
            for name in full:
                for variant, country in self.variants(name):
                    hits = self.candidates([variant], type_)
                    found.update({k: v for k, v in hits.items() if country is None or v[0].country == country})
        if not found and acronyms:
            found = self.candidates(acronyms, type_)
            if long_names:
                # "NLFO/FLNO" defined as "National Liberation Front of Oceania": the KB
                # actor that owns the acronym must also carry a name like the long form.
                found = {
                    key: value
                    for key, value in found.items()
                    if any(
                        fuzz.token_set_ratio(normalize_name(long), normalize_name(kb_name)) >= 70
                        for long in long_names
                        for kb_name in value[0].names()
                    )
                }
        if not found:
            return LinkResult(actor=None, confidence=0.0, reason="no KB name")
        if len(found) == 1:
            actor, via = next(iter(found.values()))
            return LinkResult(actor=actor, confidence=0.9 if via in full else 0.8, reason=f"alias {via!r}")
        # Ties: keep actors of a country the article mentions, then those in office on its date.
        pool = list(found.values())
        if countries:
            local = [item for item in pool if item[0].country in countries]
            pool = local or pool
        if len({a.id for a, _ in pool}) > 1 and date is not None:
            current = [item for item in pool if any(r.may_hold_on(date) for r in item[0].roles)]
            pool = current or pool
        if len({a.id for a, _ in pool}) == 1:
            return LinkResult(actor=pool[0][0], confidence=0.7, reason="tie broken by country/date")
        return LinkResult(actor=None, confidence=0.0, reason="ambiguous: " + ", ".join(sorted(found)))
