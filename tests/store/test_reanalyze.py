"""``reanalyze``: today's stages over stored articles, on SQLite and PostgreSQL, library and CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import Table, func, select, update

import newsprism
from newsprism.extract.build import build_article
from newsprism.jsonformat import article_to_dict
from newsprism.model import Article, Provenance
from newsprism.store import Store, ingest_articles, reanalyze
from newsprism.store import schema as t
from newsprism.store.reanalyze import is_stale, without_analysis
from newsprism.store.write import replace_analysis

NEWSPRISM = Path(sys.executable).parent / "newsprism"
TEXTS = [
    'The mayor of Brellin said: "We will rebuild the bridge before winter." Police arrested two men in Brellin on '
    "Monday after a protest outside the town hall.",
    'Farmers blocked the main road into Ostvik on Friday. "We have been ignored for years," said Mara Lind, who '
    "leads the growers' union.",
]


def _stale(analysed: Article) -> Article:
    """What an older newsprism would have stored: the text and metadata, no layers, an old stage version."""
    return replace(without_analysis(analysed), stages=(Provenance(stage="entities", version="0-old"),))


@pytest.fixture
def stale_store(store: Store, pipeline: newsprism.Pipeline) -> Store:
    analysed = [pipeline.analyze(build_article([text], url=f"https://example.org/{i}")) for i, text in
                enumerate(TEXTS)]
    assert all(r.status == "added" for r in ingest_articles(store, [_stale(a) for a in analysed]))
    return store


def _count(store: Store, table: Table) -> int:
    with store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_stale_articles_get_todays_layers_and_only_once(stale_store: Store, pipeline: newsprism.Pipeline) -> None:
    assert _count(stale_store, t.quotes) == 0 and _count(stale_store, t.events) == 0
    results = reanalyze(stale_store, pipeline)
    assert [r.status for r in results] == ["updated", "updated"]
    assert _count(stale_store, t.quotes) >= 2, "each article's quote is stored"
    assert _count(stale_store, t.events) >= 1
    with stale_store.read() as conn:
        documents = [row.document for row in conn.execute(select(t.articles.c.document).order_by(t.articles.c.pk))]
    fresh = [pipeline.analyze(build_article([text], url=f"https://example.org/{i}")) for i, text in enumerate(TEXTS)]
    for document, article in zip(documents, fresh, strict=True):
        expected = article_to_dict(article)
        for layer in ("entities", "quotes", "events", "frames", "framing"):
            assert document[layer] == expected[layer], layer
        assert {(s["stage"], s["version"]) for s in document["stages"]} == {
            (s.name, s.version) for s in pipeline.stages}
    assert reanalyze(stale_store, pipeline) == [], "nothing is stale any more"
    assert [r.status for r in reanalyze(stale_store, pipeline, every=True)] == ["unchanged", "unchanged"]


def test_limit_leaves_the_rest_stale_for_the_next_run(stale_store: Store, pipeline: newsprism.Pipeline) -> None:
    first = reanalyze(stale_store, pipeline, limit=1)
    second = reanalyze(stale_store, pipeline)
    assert len(first) == len(second) == 1 and first[0].article_pk != second[0].article_pk
    assert reanalyze(stale_store, pipeline) == []


def test_a_document_that_does_not_load_is_recorded_and_the_rest_go_on(
    stale_store: Store, pipeline: newsprism.Pipeline
) -> None:
    with stale_store.write() as conn:
        first = conn.execute(select(func.min(t.articles.c.pk))).scalar_one()
        broken = dict(conn.execute(select(t.articles.c.document).where(t.articles.c.pk == first)).scalar_one())
        broken["paragraphs"] = [{"start": 0, "end": 10**6, "text": "no such span"}]
        conn.execute(update(t.articles).where(t.articles.c.pk == first).values(document=broken))
    results = reanalyze(stale_store, pipeline)
    assert [r.status for r in results] == ["failed", "updated"]
    assert results[0].reason and "does not load" in results[0].reason
    with stale_store.read() as conn:
        [reason] = conn.execute(select(t.ingest_failures.c.reason)).scalars().all()
        kept = conn.execute(select(t.articles.c.document).where(t.articles.c.pk == first)).scalar_one()
    assert "does not load" in reason
    assert kept == broken, "the article that failed is left exactly as it was"


def test_a_new_analysis_of_other_text_is_refused(stale_store: Store, pipeline: newsprism.Pipeline) -> None:
    other = article_to_dict(pipeline.analyze(build_article(["Some other text entirely."])))
    with pytest.raises(ValueError, match="another url, title or text"), stale_store.write() as conn:
        first = conn.execute(select(func.min(t.articles.c.pk))).scalar_one()
        replace_analysis(conn, first, other)


def test_staleness_reads_stage_names_and_versions(pipeline: newsprism.Pipeline) -> None:
    article = pipeline.analyze(build_article(["The council met on Monday."]))
    assert not is_stale(article, pipeline)
    assert is_stale(without_analysis(article), pipeline)
    older = replace(article, stages=tuple(replace(p, version=p.version + "-old") if p.stage == "events" else p
                                          for p in article.stages))
    assert is_stale(older, pipeline)


def test_cli_reanalyze_prints_a_summary(stale_store: Store, db_url: str) -> None:
    db = db_url
    first = subprocess.run([str(NEWSPRISM), "reanalyze", "--db", str(db), "-q"], capture_output=True, text=True,
                           timeout=300)
    assert first.returncode == 0, first.stderr
    assert "reanalyze: 2 updated" in first.stderr
    again = subprocess.run([str(NEWSPRISM), "reanalyze", "--db", str(db)], capture_output=True, text=True,
                           timeout=300)
    assert again.returncode == 0 and "nothing to do" in again.stderr
    assert json.loads(subprocess.run([str(NEWSPRISM), "export", "--db", str(db)], capture_output=True, text=True,
                                     timeout=300).stdout.splitlines()[0])["quotes"]


def test_a_stage_crash_on_one_article_is_recorded_and_the_rest_are_written(stale_store: Store) -> None:
    from spacy.tokens import Doc

    from newsprism.analyze.language import load_nlp

    class Fragile:
        def __init__(self) -> None:
            self.name, self.version = "fragile", "1"
            self.requires: tuple[str, ...] = ("doc",)
            self.assigns: tuple[str, ...] = ()

        def __call__(self, article: Article, doc: Doc) -> Article:
            if "Farmers" in article.text:
                raise RuntimeError("cannot read this one")
            return article

    results = reanalyze(stale_store, newsprism.Pipeline([Fragile()], nlp=load_nlp(None)))
    assert [r.status for r in results] == ["updated", "failed"]
    assert results[1].reason == "RuntimeError: cannot read this one"
    with stale_store.read() as conn:
        [reason] = conn.execute(select(t.ingest_failures.c.reason)).scalars().all()
    assert reason == "RuntimeError: cannot read this one"
