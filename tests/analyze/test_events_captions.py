"""Caption events: coded on the caption, dated by its date line, historical when an archive photo."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, cast

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import newsprism
from newsprism.analyze.events.captions import apply_caption_conventions, is_archive_caption
from newsprism.analyze.events.plover import article_to_plover
from newsprism.extract.build import build_article
from newsprism.jsonformat import article_from_dict, article_to_dict
from newsprism.model import Article, Caption, Event, EventDate, Span


@pytest.fixture(scope="module")
def article(pipeline: newsprism.Pipeline) -> Article:
    body = [
        "The interior ministry in Veldoria banned a march planned for Saturday.",
        "Riot police were deployed across the capital, the ministry said.",
    ]
    captions = [
        Caption(text="File photo: Riot police detain a student outside parliament, March 2015"),
        Caption(text="Supporters cheer the president at a rally in the capital"),
    ]
    return pipeline.analyze(build_article(body, captions=captions))


def test_caption_events_stay_on_the_caption_with_offsets_into_it(article: Article) -> None:
    first = article.captions[0]
    assert first.events, "the arrest in the first caption is coded"
    for caption in article.captions:
        for event in caption.events:
            assert caption.text[event.trigger.start : event.trigger.end] == event.trigger.text
    body_triggers = {e.trigger.text for e in article.events}
    assert "detain" not in body_triggers


def test_archive_caption_events_are_historical_and_take_its_date(article: Article) -> None:
    arrest = next(e for e in article.captions[0].events if e.type == "COERCE")
    assert arrest.time_relation == "historical"
    assert arrest.date is not None and arrest.date.value == "2015-03"


def test_caption_parties_link_to_the_articles_entities_only(article: Article) -> None:
    ids = {e.id for e in article.entities}
    for caption in article.captions:
        for event in caption.events:
            for party in (*event.actors, *event.recipients):
                assert party.entity is None or party.entity in ids


def test_caption_events_survive_json_and_plover(article: Article) -> None:
    assert article_from_dict(article_to_dict(article)) == article
    records = article_to_plover(article)
    sources = {r["text_source"] for r in records}
    assert "caption 1" in sources
    assert all(r["text_source"] == "body" for r in records[: len(article.events)])


def _event(n: int, date: str | None = None) -> Event:
    trigger = Span(start=0, end=4, text="hits")
    when = None if date is None else EventDate(value=date, precision="year", span=Span(start=10, end=14, text=date))
    return Event(id=f"ev{n}", type="ASSAULT", trigger=trigger, date=when)


def test_one_date_is_shared_two_dates_are_not() -> None:
    shared = apply_caption_conventions((_event(1), _event(2, "2015")), "x")
    assert [e.date.value if e.date else None for e in shared] == ["2015", "2015"]
    two = apply_caption_conventions((_event(1), _event(2, "2015"), _event(3, "2016")), "x")
    assert [e.date.value if e.date else None for e in two] == [None, "2015", "2016"]


@pytest.mark.parametrize(
    ("text", "archive"),
    [
        ("File photo: police detain a student", True),
        ("ARCHIVE PHOTO - Protesters march", True),
        ("Archive Photo- Forces attack protesters", True),
        ("Lawyers file past the court building", False),
        ("Protesters march in front of the archive", False),
        ("Police detain a student (file photo)", False),  # a trailing cue is too ambiguous to trust
    ],
)
def test_archive_cues_open_the_caption(text: str, archive: bool) -> None:
    assert is_archive_caption(text) is archive


def test_a_declared_language_without_lexicons_is_read_with_the_stages_own(pipeline: newsprism.Pipeline) -> None:
    # require_english off, or a page whose lang attribute the English check could not rule out.
    article = pipeline.analyze(build_article(["Police arrested twelve protesters in the capital."], language="id"))
    assert [e.type for e in article.events] == ["COERCE"]
    assert article_to_plover(article)[0]["event"] == ["COERCE"]


def test_the_lexicon_is_read_once_per_language() -> None:
    from newsprism.analyze.events.lexicon import known_language, load_lexicon

    # Compiling the CAMEO patterns takes seconds: a lost cache made every article pay for it.
    assert load_lexicon("en") is load_lexicon("en")
    assert known_language("id") == "en" and known_language("en") == "en"


class _Counting:
    """The real spaCy pipeline, counting the calls made to it."""

    def __init__(self, nlp: Language) -> None:
        self.nlp, self.calls, self.pipes = nlp, 0, 0

    def __call__(self, text: str) -> Doc:
        self.calls += 1
        return self.nlp(text)

    def pipe(self, texts: Iterable[str], **options: Any) -> Iterator[Doc]:
        self.pipes += 1
        return self.nlp.pipe(texts, **options)


def test_a_batchs_captions_are_parsed_in_one_call_and_coded_the_same(pipeline: newsprism.Pipeline) -> None:
    # One nlp() call per caption paid spaCy's per-call overhead on every few-word caption.
    counting = _Counting(pipeline.nlp)
    batched = newsprism.Pipeline(pipeline.stages, nlp=cast(Language, counting))
    articles = [
        build_article(["The ministry banned the march."],
                      captions=[Caption(text="File photo: Riot police detain a student outside parliament, March 2015"),
                                Caption(text="Supporters cheer the president at a rally in the capital")]),
        build_article(["Talks resumed in the capital."],
                      captions=[Caption(text="Soldiers shell a village - May 2016")]),
    ]
    streamed = list(batched.analyze_many(articles))
    assert (counting.calls, counting.pipes) == (0, 2), "one call for the bodies, one for every caption"
    one_by_one = [pipeline.analyze(article) for article in articles]
    events = [c.events for article in one_by_one for c in article.captions]
    assert events[0] and events[2], "the detention and the shelling are coded"
    assert [c.events for article in streamed for c in article.captions] == events


def test_parses_of_other_captions_are_refused(pipeline: newsprism.Pipeline) -> None:
    # A caller's mismatched caption parses were silently parsed again, hiding its mistake.
    article = build_article(["Talks resumed in the capital."], captions=[Caption(text="Soldiers shell a village")])
    wrong = [pipeline.nlp("Supporters cheer the president")]
    with pytest.raises(ValueError, match="caption_docs"):
        pipeline.apply(article, pipeline.nlp(article.text), wrong)
    right = [pipeline.nlp(c.text) for c in article.captions]
    assert pipeline.apply(article, pipeline.nlp(article.text), right).captions[0].events
