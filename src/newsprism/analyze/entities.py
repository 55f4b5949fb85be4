"""Entity mentions from spaCy's NER, grouped by name within the article.

This is the spine's entity layer: every named mention becomes a span, and
mentions of the same normalised name form one entity. The actors stage refines
it (surnames, acronyms, roles, knowledge-base links).
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from spacy.tokens import Doc

from newsprism.model import Article, Entity, Provenance, Span

__all__ = ["ENTITY_TYPES", "EntityMentions"]

#: spaCy label -> newsprism entity type. Numbers, dates and amounts are not actors.
ENTITY_TYPES: dict[str, str] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "gpe",
    "NORP": "group",
    "LOC": "location",
    "FAC": "facility",
    "EVENT": "event",
    "LAW": "law",
    "PRODUCT": "product",
    "WORK_OF_ART": "work",
}


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").lower()
    for prefix in ("the ",):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    if text.endswith("'s"):
        text = text[:-2]
    return " ".join(text.split())


class EntityMentions:
    name = "entities"
    version = "1"
    requires = ("doc",)
    assigns = ("entities",)
    components = ("ner",)

    def __call__(self, article: Article, doc: Doc) -> Article:
        groups: dict[tuple[str, str], list[Span]] = {}
        surfaces: dict[tuple[str, str], list[str]] = {}
        for ent in doc.ents:
            kind = ENTITY_TYPES.get(ent.label_)
            if kind is None:
                continue
            start, end = ent.start_char, ent.end_char
            # Trim a possessive and a leading "the" so the span is the name itself.
            text = article.text[start:end]
            if text.endswith(("'s", "’s")):
                end -= 2
            key = (_key(article.text[start:end]), kind)
            if not key[0]:
                continue
            groups.setdefault(key, []).append(article.span(start, end))
            surfaces.setdefault(key, []).append(article.text[start:end])
        provenance = Provenance(stage=self.name, version=self.version)
        entities = []
        for i, (key, mentions) in enumerate(groups.items(), start=1):
            names = surfaces[key]
            canonical = max(names, key=lambda s: (names.count(s), len(s)))
            entities.append(
                Entity(
                    id=f"e{i}",
                    name=canonical,
                    type=key[1],
                    mentions=tuple(mentions),
                    aliases=tuple(sorted(set(names) - {canonical})),
                    confidence=0.8,
                    provenance=provenance,
                )
            )
        return replace(article, entities=tuple(entities))
