"""Dated headings: the steps of a chronology (*May 19: Ostmark suspends grain imports.*, *March 3 — Police
arrest two men.*).

A paragraph that opens with a date followed by a colon or a dash dates what it tells: a timeline tells each
step in the historic present (or the past) under its date, so an undated act in that paragraph happened on
that date, not now (events_articles batch 12's chronology read every step after the first as current or
missed its date). A future or hypothetical act in the paragraph (*announces it will fill the reservoir*) keeps
its own time and is not dated by the heading. Where an article has two or more such headings, the steps
dated before its latest heading are its background (historical), the latest one its news, however recent
they are: a timeline tells how the story got to now.

The publication dateline printed at a paragraph's start is not a heading (the stage drops it before this).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from spacy.tokens import Doc, Token

from newsprism.analyze.events.dating import event_date
from newsprism.analyze.events.lexicon import EventLexicon
from newsprism.model import Article, EventDate, TimeRelation

__all__ = ["Headings"]

#: Marks that end a date heading: *May 19:*, *March 3 —*, *March 3 –*, *March 3 -*.
_HEADING_MARKS = frozenset({":", "—", "–", "-"})


@dataclass(slots=True)
class Headings:
    """The dated headings of one article: a paragraph's (start, end) offsets -> its heading's date."""

    by_paragraph: dict[tuple[int, int], EventDate] = field(default_factory=dict)

    @classmethod
    def read(cls, article: Article, doc: Doc, base: datetime | None, lexicon: EventLexicon,
             language: str = "en") -> Headings:
        headings = cls()
        starts = {p.start: p.end for p in article.paragraphs}
        for ent in doc.ents:
            if ent.label_ != "DATE" or ent.start_char not in starts or ent.end >= len(doc):
                continue
            if doc[ent.end].text not in _HEADING_MARKS:
                continue
            date = event_date(article, ent, base, lexicon, language)
            if date is None or date.precision != "day":
                continue
            if base is not None and date.value == base.strftime("%Y-%m-%d") and ent.start_char == 0:
                continue  # the page's own dateline at the top, not a step
            headings.by_paragraph[ent.start_char, starts[ent.start_char]] = date
        return headings

    def date_for(self, anchor: Token, lexicon: EventLexicon, *, nominal: bool) -> EventDate | None:
        """The heading date of the paragraph ``anchor`` is in, for an act a verb tells as done (not
        under a future or hypothetical auxiliary in its own clause). Not for a noun: a step's noun may
        name a reason or a claim (*citing threats of sabotage*), not an act of that day."""
        if not self.by_paragraph or nominal:
            return None
        aux = [c.lower_ for c in anchor.children if c.dep_ in {"aux", "auxpass"}]
        if any(lexicon.is_word("future_aux", a) or lexicon.is_word("hypothetical_aux", a) for a in aux):
            return None
        where = anchor.idx
        for (start, end), date in self.by_paragraph.items():
            if start <= where < end:
                return date
        return None

    def relation(self, relation: TimeRelation, date: EventDate | None) -> TimeRelation:
        """A current act dated before the latest of two or more headings is the timeline's background."""
        if relation != "current" or date is None or len(self.by_paragraph) < 2:
            return relation
        latest = max(d.value for d in self.by_paragraph.values())
        return "historical" if date.value < latest else relation
