"""Ordered stages over one Article, with their contracts checked when built.

A stage is any object with ``name``, ``version``, ``requires`` and ``assigns``
(tuples of layer names) and ``__call__(article, doc) -> Article``. A stage may also
say which spaCy components it reads (``components``, e.g. ``("ner",)``); when every
stage says so, the others are not run (NER alone skips the parser, about 40% of the time). Layers:
``text`` (from extraction) and ``doc`` (the spaCy parse) are there from the
start; each stage adds its own (``entities``, ``quotes``, ``voices``, ``events``,
``frames``). A stage that needs a layer no earlier stage assigns is refused when
the pipeline is built, not when it fails on the thousandth article.

Captions are small documents of their own: the stages that assign only
:data:`CAPTION_LAYERS` run on each caption's parse too, and what the caption reports
lands in ``Caption.events`` (never in the body's layers; see :class:`~newsprism.model.Caption`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import islice
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc

from newsprism.analyze import STAGES
from newsprism.analyze.language import PARAGRAPH_BREAKS, load_nlp
from newsprism.config import Settings
from newsprism.errors import ConfigError
from newsprism.model import Article, Caption, Entity, Event, Party, Provenance, Span

__all__ = ["BASE_LAYERS", "CAPTION_LAYERS", "Pipeline", "Stage"]

log = logging.getLogger(__name__)

BASE_LAYERS = ("text", "doc")
#: Layers worth computing on a caption: quotes and framing need running prose and a voice
#: map, which a one-line caption does not have.
CAPTION_LAYERS = frozenset({"entities", "actors", "events"})


class Stage(Protocol):
    name: str
    version: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, article: Article, doc: Doc) -> Article: ...


#: spaCy components and the ones they listen to or read from (en_core_web_* layout). The
#: parser keeps the paragraph breaks set before it, so a stage reading sentences gets both.
_COMPONENT_NEEDS: dict[str, tuple[str, ...]] = {
    "tagger": ("tok2vec",),
    "parser": ("tok2vec", PARAGRAPH_BREAKS),
    "attribute_ruler": ("tagger",),
    "lemmatizer": ("attribute_ruler", "tagger"),
    "ner": (),
}


def needed_components(stages: Sequence[Stage]) -> set[str] | None:
    """The spaCy components the stages read, with what those depend on; ``None`` = all."""
    wanted: set[str] = set()
    for stage in stages:
        components = getattr(stage, "components", None)
        if components is None:
            return None
        wanted.update(components)
    todo = list(wanted)
    while todo:
        for dependency in _COMPONENT_NEEDS.get(todo.pop(), ()):
            if dependency not in wanted:
                wanted.add(dependency)
                todo.append(dependency)
    return wanted


def check_contracts(stages: Sequence[Stage]) -> None:
    available = set(BASE_LAYERS)
    for stage in stages:
        missing = [layer for layer in stage.requires if layer not in available]
        if missing:
            raise ConfigError(
                f"stage '{stage.name}' requires {', '.join(missing)}, which no earlier stage assigns",
                source="stages",
            )
        available.update(stage.assigns)


class Pipeline:
    """spaCy's parse, then the newsprism stages, over one article or a stream."""

    def __init__(self, stages: Sequence[Stage], *, nlp: Language, batch_size: int = 32) -> None:
        check_contracts(stages)
        self.stages = tuple(stages)
        self.nlp = nlp
        self.batch_size = batch_size
        coded = [s for s in self.stages if set(s.assigns) <= CAPTION_LAYERS]
        #: The stages run on each caption's parse: none unless one of them codes events.
        self.caption_stages = tuple(coded) if any("events" in s.assigns for s in coded) else ()

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Pipeline:
        settings = settings or Settings.from_env()
        unknown = [name for name in settings.stages if name not in STAGES]
        if unknown:
            raise ConfigError(
                f"unknown stage {', '.join(unknown)}; known: {', '.join(sorted(STAGES))}", source="stages"
            )
        stages = [STAGES[name](settings) for name in settings.stages]
        nlp = load_nlp(settings.model)
        wanted = needed_components(stages)
        if wanted is not None:
            unused = tuple(name for name in nlp.pipe_names if name not in wanted)
            nlp = load_nlp(settings.model, disable=unused)
        return cls(stages, nlp=nlp, batch_size=settings.batch_size)

    def apply(self, article: Article, doc: Doc, caption_docs: Sequence[Doc] | None = None) -> Article:
        """Run the stages on an article whose text ``doc`` has already parsed (and its captions,
        whose parses ``caption_docs`` may bring, in order; they are parsed here otherwise)."""
        for stage in self.stages:
            article = stage(article, doc)
        done = tuple(Provenance(stage=s.name, version=s.version) for s in self.stages)
        return replace(article, captions=self._caption_events(article, caption_docs), stages=article.stages + done)

    def _caption_docs(self, articles: Sequence[Article]) -> list[list[Doc] | None]:
        """Each article's caption parses, all captions of ``articles`` in one ``nlp.pipe`` call: a
        caption is a few words, and one call per caption paid spaCy's per-call overhead each time."""
        if not self.caption_stages:
            return [None] * len(articles)
        parsed = self.nlp.pipe((c.text for a in articles for c in a.captions), batch_size=self.batch_size)
        return [list(islice(parsed, len(a.captions))) for a in articles]

    def _caption_events(self, article: Article, docs: Sequence[Doc] | None = None) -> tuple[Caption, ...]:
        """The captions with their events coded on ``docs``, their parses (parsed here when
        ``None``). Parses of other texts are the caller's mistake, raised, not silently parsed again."""
        if not article.captions or not self.caption_stages:
            return article.captions
        if docs is None:
            docs = list(self.nlp.pipe((c.text for c in article.captions), batch_size=self.batch_size))
        elif [d.text for d in docs] != [c.text for c in article.captions]:
            raise ValueError(f"{article.id}: caption_docs are not the parses of its captions, in order")
        captions = []
        for number, (caption, doc) in enumerate(zip(article.captions, docs, strict=True), start=1):
            text = caption.text
            small = replace(
                article, id=f"{article.id}-caption{number}", text=text,
                paragraphs=(Span(start=0, end=len(text), text=text),), title=None, captions=(),
                entities=(), quotes=(), voices=(), events=(), frames=(), framing=None, stages=(),
            )
            for stage in self.caption_stages:
                # A stage may read captions its own way (``on_caption``), e.g. archive photos.
                small = getattr(stage, "on_caption", stage)(small, doc)
            link = _party_linker(small.entities, article.entities)
            events = tuple(_relinked(replace(e, id=f"c{number}{e.id}"), link) for e in small.events)
            captions.append(replace(caption, events=events))
        return tuple(captions)

    def analyze(self, article: Article) -> Article:
        return self.apply(article, self.nlp(article.text))

    def analyze_each(
        self, articles: Sequence[Article], *, fatal: tuple[type[Exception], ...] = ()
    ) -> list[Article | Exception]:
        """Each article analysed, or the exception its own analysis raised, in order.

        The batch goes through :meth:`analyze_many`; if a stage crashes on it, the batch is
        redone one article at a time, so one bad document costs only itself (ingest, batch
        workers and reanalysis all need this). Exceptions of a ``fatal`` type are not one
        document's fault (the pipeline's configuration): raised, not recorded.
        """
        try:
            return list(self.analyze_many(articles))
        except fatal:
            raise
        except Exception:  # a stage crashed on one article: find it, keep the rest
            log.debug("a batch failed; redoing it one article at a time", exc_info=True)
        out: list[Article | Exception] = []
        for article in articles:
            try:
                out.append(self.analyze(article))
            except Exception as e:  # noqa: BLE001 - this article's failure, returned for the caller to record
                out.append(e)
        return out

    def analyze_many(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Stream: parse in ``nlp.pipe`` batches, never holding more than one batch."""
        iterator = iter(articles)
        while batch := list(islice(iterator, self.batch_size)):
            docs = self.nlp.pipe((a.text for a in batch), batch_size=self.batch_size)
            captions = self._caption_docs(batch)
            for article, doc, caption_docs in zip(batch, docs, captions, strict=True):
                yield self.apply(article, doc, caption_docs)


def _party_linker(caption_entities: tuple[Entity, ...], entities: tuple[Entity, ...]) -> Callable[[Party], Party]:
    """Maps a caption party's entity to the article's (by KB id or name), or to none; built once per caption."""
    names: dict[str, str] = {}
    for entity in entities:
        for name in (entity.name, *entity.aliases, *(m.text for m in entity.mentions)):
            names.setdefault(name.casefold(), entity.id)
    by_kb = {e.kb_id: e.id for e in entities if e.kb_id}
    local = {e.id: e for e in caption_entities}

    def link(party: Party) -> Party:
        own = local.get(party.entity) if party.entity else None
        if own is None:
            return replace(party, entity=None)
        found = by_kb.get(own.kb_id) if own.kb_id else None
        return replace(party, entity=found or names.get(own.name.casefold()))

    return link


def _relinked(event: Event, link: Callable[[Party], Party]) -> Event:
    return replace(
        event,
        actors=tuple(link(p) for p in event.actors),
        recipients=tuple(link(p) for p in event.recipients),
        location=None if event.location is None else link(event.location),
    )
