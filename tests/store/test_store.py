"""The store on both backends: round trips, idempotency, revisions, copies, search, profiles."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from sqlalchemy import delete, func, select, text

from newsprism.jsonformat import article_to_dict
from newsprism.model import ActorLabel, Article
from newsprism.store import Store, ingest, ingest_articles
from newsprism.store import profiles as P
from newsprism.store import queries as Q
from newsprism.store import schema as t
from newsprism.store.migrations import MIGRATIONS, applied

Make = Callable[..., Article]


def with_quoted_label(article: Article) -> Article:
    """``article`` with one more label of the government: *junta*, in a quoted speaker's (e1's) voice."""
    assert article.framing is not None
    start = article.text.index("government")
    quoted = ActorLabel(label="junta", span=article.span(start, start + len("government")), voice="e1", actor="e3")
    return replace(article, framing=replace(article.framing, labels=(*article.framing.labels, quoted)))


def _count(store: Store, table: object) -> int:
    with store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_migrations_are_recorded_once(store: Store, db_url: str) -> None:
    with store.read() as conn:
        assert applied(conn) == [m.name for m in MIGRATIONS]
    with Store.open(db_url) as again, again.read() as conn:
        assert applied(conn) == [m.name for m in MIGRATIONS]


def test_article_round_trips_with_every_layer(store: Store, make_article: Make) -> None:
    article = make_article()
    [result] = ingest_articles(store, [article])
    assert result.status == "added"
    with store.read() as conn:
        stored = Q.get_article(conn, result.article_pk or 0)
        assert stored is not None
        assert stored["document"] == article_to_dict(article)
        rows = conn.execute(select(t.quotes.c.start, t.quotes.c.end, t.quotes.c.text)).all()
        assert len(rows) == 2 and all(article.text[s:e] == text for s, e, text in rows)
        assert conn.execute(select(func.count()).select_from(t.mentions)).scalar_one() == 4
        assert conn.execute(select(func.count()).select_from(t.event_parties)).scalar_one() == 2
        assert conn.execute(select(t.frames.c.technique)).scalar_one() == "loaded_language"
        assert conn.execute(select(t.actor_labels.c.label)).scalar_one() == "government"
        cues = conn.execute(select(t.attributions.c.start, t.attributions.c.end, t.attributions.c.cue)).all()
        assert sorted(cue for *_, cue in cues) == ["said", "told"]
        assert all(article.text[s:e] == cue for s, e, cue in cues)


def test_same_article_twice_is_one_row(store: Store, make_article: Make) -> None:
    article = make_article()
    first, second = ingest_articles(store, [article, article])
    assert (first.status, second.status) == ("added", "unchanged")
    assert first.article_pk == second.article_pk
    assert _count(store, t.articles) == 1
    assert _count(store, t.quotes) == 2


def test_changed_article_is_a_new_revision_of_the_story(store: Store, make_article: Make) -> None:
    ingest_articles(store, [make_article()])
    [result] = ingest_articles(store, [make_article(text_extra=" Talks collapsed later.")])
    assert result.status == "revision"
    with store.read() as conn:
        rows = conn.execute(
            select(t.articles.c.revision, t.articles.c.is_current, t.articles.c.story_pk).order_by(
                t.articles.c.revision
            )
        ).all()
        assert [(r.revision, r.is_current) for r in rows] == [(1, False), (2, True)]
        assert len({r.story_pk for r in rows}) == 1
        assert Q.stats(conn)["articles"] == 1


def test_syndicated_copy_is_linked_not_counted(store: Store, make_article: Make) -> None:
    [original] = ingest_articles(store, [make_article()])
    [copy] = ingest_articles(
        store, [make_article(url="https://wire.example.com/story/1", site="Wire Daily", text_extra=" (Reuters)")]
    )
    assert copy.status == "duplicate"
    with store.read() as conn:
        row = conn.execute(select(t.articles.c.duplicate_of).where(t.articles.c.pk == copy.article_pk)).one()
        assert row.duplicate_of == original.article_pk
        stats = Q.stats(conn)
        assert (stats["articles"], stats["copies"]) == (1, 1)
        assert Q.list_quotes(conn).total == 2  # the copy's quotes are not counted again
        article = Q.get_article(conn, original.article_pk or 0)
        assert article is not None and [c["pk"] for c in article["copies"]] == [copy.article_pk]


def test_different_story_is_not_a_copy(store: Store, make_article: Make) -> None:
    ingest_articles(store, [make_article()])
    other = make_article(url="https://example.org/other")
    text = "An entirely different report about harvests, rainfall and grain prices in the south. " * 3
    from newsprism.extract.build import build_article

    [result] = ingest_articles(store, [replace(build_article([text], url="https://x.example/a"), title="Harvest")])
    assert result.status == "added"
    assert other.url != make_article().url


def test_search_articles_quotes_events(store: Store, make_article: Make) -> None:
    ingest_articles(store, [make_article()])
    with store.read() as conn:
        assert Q.search(conn, "farmers", kind="articles").total == 1
        assert Q.search(conn, "conditions", kind="quotes").items[0]["speaker_name"] == "Duarte"
        assert Q.search(conn, '"new conditions"', kind="quotes").total == 1
        assert Q.search(conn, "accused", kind="events").items[0]["type"] == "ACCUSE"
        assert Q.search(conn, "conditions", kind="quotes", speaker="nobody").total == 0
        assert Q.search(conn, "conditions", kind="quotes", actor="Ana Duarte").total == 1
        for hostile in ['"', "NEAR(", "a OR", "*", "'; DROP TABLE articles; --", "\\", "™ ∑"]:
            Q.search(conn, hostile, kind="quotes")
            Q.search(conn, hostile, kind="articles")
    assert _count(store, t.articles) == 1


def test_actor_profile_gathers_quotes_events_and_labels_across_outlets(store: Store, make_article: Make) -> None:
    ingest_articles(store, [make_article()])
    ingest_articles(
        store,
        [
            make_article(
                url="https://other.example/x",
                site="Other Times",
                text_extra=" Farmers marched on the capital on Friday, blocking roads "
                "and demanding that prices be fixed by law this year.",
            )
        ],
    )
    with store.read() as conn:
        [duarte] = Q.find_actors(conn, "ana duarte")
        profile = P.actor_profile(conn, duarte["pk"])
        assert profile is not None
        assert len(profile["quotes"]) == 4
        assert profile["roles"] == ["Foreign minister"]
        assert set(profile["by_outlet"]) == {"Example News", "Other Times"}
        government = Q.find_actors(conn, "government")[0]
        labels = P.actor_profile(conn, government["pk"])
        assert labels is not None and labels["by_outlet"]["Other Times"]["labels"] == {"government": 1}
        assert len(labels["events"]) == 2
        graph = P.network(conn)
        assert [(e["source"], e["target"], e["weight"]) for e in graph["edges"]] == [
            ("The opposition", "government", 2)
        ]
        outlet = P.outlet_profile(conn, "Other Times")
        assert outlet is not None and outlet["techniques"][0]["technique"] == "loaded_language"
        assert Q.list_events(conn, start="2018-01", end="2018-01").total == 2
        assert Q.list_events(conn, start="2019-01").total == 0


def test_provisional_actors_group_by_name(store: Store, make_article: Make) -> None:
    ingest_articles(store, [make_article(speaker_kb=None)])
    ingest_articles(
        store,
        [
            make_article(
                url="https://b.example/y",
                site="B",
                speaker_kb=None,
                text_extra=" Unrelated closing words about weather, sport and traffic "
                "fill this paragraph to make the story different enough.",
            )
        ],
    )
    with store.read() as conn:
        [duarte] = Q.find_actors(conn, "Duarte")
        assert len(Q.actor_group(conn, duarte["pk"])) == 2
        assert duarte["articles"] == 2


def test_failures_are_recorded_and_the_batch_goes_on(store: Store, make_article: Make, tmp_path: Path) -> None:
    good = json.dumps(article_to_dict(make_article()))
    bad_span = article_to_dict(make_article(url="https://example.org/bad"))
    bad_span["quotes"][0]["text"] = "not the text at those offsets"
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(
        b"\n".join(
            [
                b"{not json",
                b"\xff\xfe\xfa",
                json.dumps(bad_span).encode(),
                good.encode(),
                b'{"schema": "newsprism.article/1"}',
            ]
        )
        + b"\n"
    )
    results = ingest(store, [str(feed), str(tmp_path / "missing.html")])
    assert [r.status for r in results] == ["failed", "failed", "failed", "added", "failed", "failed"]
    with store.read() as conn:
        failures = Q.list_failures(conn).items
    assert len(failures) == 5
    assert {f["code"] for f in failures} >= {"bad-json", "bad-document", "missing-input"}
    assert _count(store, t.articles) == 1


def test_exports_in_every_format(store: Store, make_article: Make, tmp_path: Path) -> None:
    import csv
    import io

    import networkx as nx
    import pyarrow.parquet as pq

    from newsprism.store.export import export

    ingest_articles(store, [make_article()])
    with store.read() as conn:
        out = io.BytesIO()
        assert export(conn, out, format="jsonl") == 1
        assert json.loads(out.getvalue())["schema"] == "newsprism.article/1"
        out = io.BytesIO()
        export(conn, out, format="csv", table="quotes")
        rows = list(csv.DictReader(io.StringIO(out.getvalue().decode())))
        assert sorted(r["speaker_name"] for r in rows) == ["Ana Duarte", "Duarte"]
        path = tmp_path / "events.parquet"
        with path.open("wb") as handle:
            export(conn, handle, format="parquet", table="events")
        assert pq.read_table(path).column("type").to_pylist() == ["ACCUSE"]
        path = tmp_path / "network.graphml"
        with path.open("wb") as handle:
            export(conn, handle, format="graphml")
        graph = nx.read_graphml(path)
        assert graph.number_of_edges() == 1
        out = io.BytesIO()
        export(conn, out, format="plover")
        record = json.loads(out.getvalue())
        assert record["event"] == "ACCUSE" and record["actor"][0]["actorText"] == "The opposition"
        assert "accused the government" in record["text"]


def test_framing_layers_export_with_outlet_and_actor(store: Store, make_article: Make, tmp_path: Path) -> None:
    """Frames, labels and reporting verbs leave the store as flat tables a notebook can group by outlet."""
    import csv
    import io

    import pyarrow.parquet as pq

    from newsprism.store.export import export

    article = with_quoted_label(make_article())
    ingest_articles(store, [article])
    with store.read() as conn:
        out = io.BytesIO()
        assert export(conn, out, format="csv", table="attributions") == 2
        verbs = list(csv.DictReader(io.StringIO(out.getvalue().decode())))
        assert {(r["cue"], r["stance"], r["actor"], r["outlet"]) for r in verbs} == {
            ("said", "neutral", "Ana Duarte", "Example News"),
            ("told", "neutral", "Ana Duarte", "Example News"),
        }
        assert all(article.text[int(r["start"]) : int(r["end"])] == r["cue"] for r in verbs)
        path = tmp_path / "labels.parquet"
        with path.open("wb") as handle:
            assert export(conn, handle, format="parquet", table="labels") == 2
        labels = pq.read_table(path).to_pylist()
        assert {(r["label"], r["voice"], r["actor"]) for r in labels} == {
            ("government", "author", "government"),
            ("junta", "e1", "government"),
        }
        out = io.BytesIO()
        export(conn, out, format="csv", table="frames")
        [frame] = list(csv.DictReader(io.StringIO(out.getvalue().decode())))
        assert (frame["technique"], frame["text"], frame["voice"], frame["published"]) == (
            "loaded_language",
            "betraying",
            "author",
            "2018-01-09",
        )


def test_statistics_refresh_after_a_bulk_load(store: Store, make_article: Make) -> None:
    ingest_articles(store, [make_article()])
    store.optimize()  # ANALYZE / PRAGMA optimize inside a write transaction
    with store.read() as conn:
        assert Q.search(conn, "farmers").total == 1


def test_a_store_from_before_same_as_gains_the_column_and_keeps_its_rows(
    store: Store, db_url: str, make_article: Make
) -> None:
    [result] = ingest_articles(store, [make_article()])
    with store.write() as conn:  # the store as it was before migration 0003
        conn.execute(text("ALTER TABLE events DROP COLUMN same_as"))
        conn.execute(delete(t.migrations).where(t.migrations.c.name == "0003_events_same_as"))
    with Store.open(db_url) as again, again.read() as conn:
        assert applied(conn) == [m.name for m in MIGRATIONS]
        assert conn.execute(select(func.count()).select_from(t.events)).scalar_one() == _count(store, t.events) > 0
        assert set(conn.execute(select(t.events.c.same_as)).scalars()) == {None}
        assert Q.get_article(conn, result.article_pk or 0) is not None


def test_a_re_telling_keeps_its_link_but_counts_once_in_timeline_and_network(store: Store, make_article: Make) -> None:
    article = make_article()
    first = article.events[0]
    again = replace(first, id="ev-again", same_as=first.id)
    ingest_articles(store, [replace(article, events=(*article.events, again))])
    with store.read() as conn:
        rows = dict(conn.execute(select(t.events.c.event_id, t.events.c.same_as)).all())
        assert rows["ev-again"] == first.id and rows[first.id] is None
        assert [e["event_id"] for e in Q.list_events(conn).items] == [first.id]
        assert {e["event_id"] for e in Q.list_events(conn, retellings=True).items} == {first.id, "ev-again"}
        assert [e["weight"] for e in P.network(conn)["edges"]] == [1]


def test_actor_profile_keeps_a_quoted_speakers_label_apart_from_the_outlets(store: Store, make_article: Make) -> None:
    """A label the outlet only quoted is the speaker's word: it must not read as the outlet's."""
    article = with_quoted_label(make_article(url="https://quoting.example/x", site="Quoting Post"))
    ingest_articles(store, [article])
    with store.read() as conn:
        government = Q.find_actors(conn, "government")[0]
        profile = P.actor_profile(conn, government["pk"])
        assert profile is not None
        entry = profile["by_outlet"]["Quoting Post"]
        assert entry["labels"] == {"government": 1}
        assert entry["quoted_labels"] == {"junta": 1}


def test_outlets_are_compared_by_the_verbs_their_writers_report_an_actor_with(store: Store, make_article: Make) -> None:
    """One outlet *said*, the other *claimed*: each actor page and outlet profile must show which."""
    ingest_articles(store, [make_article()])
    doubting = make_article(
        url="https://doubt.example/x",
        site="Doubting Daily",
        text_extra=" Ministers met unions in the port city on Monday to discuss pensions, wages and hours.",
    )
    assert doubting.framing is not None
    said = next(a for a in doubting.framing.attributions if a.lemma == "say")
    claimed = replace(said, lemma="claim", stance="evaluative", kind="doubt")
    doubting = replace(
        doubting, framing=replace(doubting.framing, attributions=(claimed, *doubting.framing.attributions[1:]))
    )
    ingest_articles(store, [doubting])
    with store.read() as conn:
        [duarte] = Q.find_actors(conn, "ana duarte")
        profile = P.actor_profile(conn, duarte["pk"])
        assert profile is not None
        assert profile["by_outlet"]["Example News"]["reporting"] == {"neutral": 2}
        assert profile["by_outlet"]["Doubting Daily"]["reporting"] == {"neutral": 1, "evaluative": 1}
        assert profile["by_outlet"]["Doubting Daily"]["evaluative_verbs"] == {"claim": 1}
        outlet = P.outlet_profile(conn, "Doubting Daily")
        assert outlet is not None
        reporting = outlet["reporting"]
        assert (reporting["neutral"], reporting["evaluative"]) == (1, 1)
        assert {(k["stance"], k["kind"], k["n"]) for k in reporting["kinds"]} == {
            ("neutral", "neutral", 1),
            ("evaluative", "doubt", 1),
        }
        [row] = reporting["by_actor"]
        assert (row["actor"], row["share_evaluative"], row["evaluative_verbs"]) == ("Ana Duarte", 0.5, {"claim": 1})
        assert [(r["actor"], r["label"], r["n"]) for r in outlet["labels"]] == [("government", "government", 1)]
        plain = P.outlet_profile(conn, "Example News")
        assert plain is not None and plain["reporting"]["evaluative"] == 0
        listed = {o["name"]: o for o in Q.list_outlets(conn)}
        assert (listed["Doubting Daily"]["evaluative_share"], listed["Example News"]["evaluative_share"]) == (0.5, 0.0)
        assert listed["Doubting Daily"]["author_frames"] == listed["Doubting Daily"]["frames"] == 1


def test_outlet_labels_leave_out_the_labels_it_only_quoted(store: Store, make_article: Make) -> None:
    article = with_quoted_label(make_article(url="https://quoting.example/y", site="Quoting Post"))
    ingest_articles(store, [article])
    with store.read() as conn:
        assert _count(store, t.actor_labels) == 2
        outlet = P.outlet_profile(conn, "Quoting Post")
        assert outlet is not None
        assert [r["label"] for r in outlet["labels"]] == ["government"]


def test_an_older_store_gains_the_attributions_table(store: Store, db_url: str, make_article: Make) -> None:
    ingest_articles(store, [make_article()])
    with store.write() as conn:  # the store as it was before migration 0004
        conn.execute(text("DROP TABLE attributions"))
        conn.execute(delete(t.migrations).where(t.migrations.c.name == "0004_attributions"))
    with Store.open(db_url) as again:
        with again.read() as conn:
            assert applied(conn) == [m.name for m in MIGRATIONS]
            assert conn.execute(select(func.count()).select_from(t.attributions)).scalar_one() == 0
        ingest_articles(again, [make_article(url="https://example.org/news/other", text_extra=" More.")])
        assert _count(again, t.attributions) == 2
