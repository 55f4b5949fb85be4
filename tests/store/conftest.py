"""Store fixtures: the same tests run on a real SQLite file and a real PostgreSQL server.

``store`` is parametrised over both backends. PostgreSQL comes from ``$NEWSPRISM_TEST_PG``
(``.ci/services.sh`` starts one and sets it); each test gets a fresh database. Without the
variable the PostgreSQL half skips with the reason, except in CI (``CI=true``), where a
missing server is a failure. ``make_article`` builds Articles with every layer by hand,
so the store is tested on quotes, events and frames whatever the stages produce today.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from newsprism.extract.build import build_article
from newsprism.model import (
    ActorLabel,
    Article,
    Attribution,
    Entity,
    Event,
    EventDate,
    Frame,
    FramingSummary,
    Party,
    PublishedDate,
    Quote,
    Role,
    Speaker,
)
from newsprism.store import Store


def pg_url() -> str | None:
    url = os.environ.get("NEWSPRISM_TEST_PG")
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true but NEWSPRISM_TEST_PG is unset: .ci/services.sh must start PostgreSQL")
        pytest.skip("NEWSPRISM_TEST_PG is unset: no PostgreSQL server (source .ci/services.sh to start one)")
    return url


@pytest.fixture
def pg_database() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped after it."""
    base = make_url(pg_url() or "")
    name = f"np_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database location for each backend: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return str(request.getfixturevalue("pg_database"))


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as opened:
        yield opened


def _make_article(
    *,
    url: str = "https://example.org/news/talks",
    site: str = "Example News",
    text_extra: str = "",
    speaker_kb: str | None = "Q1",
    published: str = "2018-01-09",
) -> Article:
    paragraphs = [
        "Foreign minister Ana Duarte said the talks would resume next week.",
        "“We will not accept new conditions,” Duarte told reporters in Lisbon.",
        "The opposition accused the government of betraying the farmers." + text_extra,
    ]
    article = build_article(
        paragraphs,
        url=url,
        site=site,
        title="Talks to resume",
        published=PublishedDate(value=published, precision="day", source="meta"),
    )
    t = article.text

    def span(word: str, nth: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(nth + 1):
            start = t.index(word, start + 1)
        return start, start + len(word)

    def sp(word: str, nth: int = 0):  # type: ignore[no-untyped-def]
        return article.span(*span(word, nth))

    duarte = Entity(
        id="e1",
        name="Ana Duarte",
        type="person",
        kb_id=speaker_kb,
        mentions=(sp("Ana Duarte"), sp("Duarte", 1)),
        roles=(Role(title="Foreign minister", span=sp("Foreign minister")),),
        aliases=("Duarte",),
    )
    opposition = Entity(
        id="e2", name="The opposition", type="organization", mentions=(sp("The opposition"),), kb_id="Q2"
    )
    government = Entity(id="e3", name="government", type="organization", mentions=(sp("government"),), kb_id="Q3")
    q_start, q_end = span("We will not accept new conditions,")
    quotes = (
        Quote(
            id="q1",
            kind="indirect",
            span=sp("the talks would resume next week"),
            speaker=Speaker(name="Ana Duarte", entity="e1", span=sp("Ana Duarte")),
            cue=sp("said"),
        ),
        Quote(
            id="q2",
            kind="direct",
            span=article.span(q_start, q_end),
            speaker=Speaker(name="Duarte", entity="e1", span=sp("Duarte", 1)),
            cue=sp("told"),
        ),
    )
    events = (
        Event(
            id="v1",
            type="ACCUSE",
            trigger=sp("accused"),
            actors=(Party(span=sp("The opposition"), entity="e2"),),
            recipients=(Party(span=sp("government"), entity="e3"),),
            date=EventDate(value=published, precision="day"),
        ),
    )
    frames = (Frame(id="f1", technique="loaded_language", span=sp("betraying"), voice="author"),)
    framing = FramingSummary(
        words=len(t.split()),
        labels=(ActorLabel(label="government", span=sp("government"), voice="author", actor="e3"),),
        attributions=(
            Attribution(cue=sp("said"), lemma="say", stance="neutral", actor="e1", quote="q1"),
            Attribution(cue=sp("told"), lemma="tell", stance="neutral", actor="e1", quote="q2"),
        ),
    )
    from dataclasses import replace

    return replace(
        article, entities=(duarte, opposition, government), quotes=quotes, events=events, frames=frames, framing=framing
    )


@pytest.fixture(scope="session")
def make_article() -> Callable[..., Article]:
    """Build an Article with entities, quotes, an event, a frame and an actor label."""
    return _make_article
