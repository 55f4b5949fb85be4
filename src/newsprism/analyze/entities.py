"""Entity mentions from spaCy's NER, grouped by name within the article.

This is the spine's entity layer: every named mention becomes a span, and
mentions of the same normalised name form one entity. The actors stage refines
it (surnames, acronyms, roles, knowledge-base links).
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from spacy.tokens import Doc

from newsprism.analyze.actors.lexicon_en import NAME_HONORIFICS, TITLE_HEADS, TITLE_WORDS
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


def _trim(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Cut what is not the name from a NER span, by rules as examples:

    ``the Ministry of X`` -> ``Ministry of X``; ``Kenya's`` -> ``Kenya``; a PERSON
    ``President Hassan X`` -> ``Hassan X`` and ``Mrs Ana X`` -> ``Ana X`` (the title is a
    role, the honorific a cue, both read by the actors stage); a span of title words only
    (ORG ``Chief`` of *Chief Justice, Ana X*)
    -> empty, i.e. not a name at all. A span that runs over a paragraph break
    (``Ana X\n\n`` before a transcript label) stops at it, whitespace trimmed.
    """
    if (cut := text.find("\n\n", start, end)) != -1:
        end = cut
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if text[start:end].startswith(("'s ", "’s ")):
        start += 3  # "the group’s Haqqani network": the tagger's span began on the possessive
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    elif text[start:end].endswith(("s'", "s’")):
        end -= 1  # "the United Nations'"
    words = text[start:end].split(" ")
    if words and words[0].lower() == "the" and len(words) > 1:
        start += len(words[0]) + 1
        words = words[1:]
    titles = [w for w in words if w.lower() in TITLE_WORDS or w.lower() in TITLE_HEADS]
    if len(titles) == len(words) and label in {"ORG", "PERSON", "NORP", "GPE"}:
        return start, start
    if label == "PERSON":
        while len(words) > 1 and (
            words[0].lower() in TITLE_WORDS
            or words[0].lower() in TITLE_HEADS
            or words[0].lower().rstrip(".") in NAME_HONORIFICS
        ):
            start += len(words[0]) + 1
            words = words[1:]
    return start, end


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
    version = "2"
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
            start, end = _trim(article.text, ent.start_char, ent.end_char, ent.label_)
            if end <= start:
                continue
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
