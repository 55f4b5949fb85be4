"""The article-level events benchmark's scoring (``benchmarks/events_articles.py``), on made-up events."""

from __future__ import annotations

from benchmarks.events_articles import AUTHOR, Emitted, GoldArticle, GoldEvent, locate, score_article

TEXT = "Troops shelled the town, killing two. Officials said the shelling was over. A second raid came."


def _gold(trigger: str, group: str, *, nth: int = 1, optional: bool = False, by: str = AUTHOR) -> GoldEvent:
    start = locate(TEXT, trigger, nth)
    return GoldEvent(start, start + len(trigger), "ASSAULT", "current", False, by, None, (), (), group, optional)


def _emit(trigger: str, event_id: str, *, same_as: str | None = None, by: str = AUTHOR,
          names: frozenset[str] = frozenset()) -> Emitted:
    start = locate(TEXT, trigger, 1)
    return Emitted(start, start + len(trigger), "ASSAULT", "current", False, by, names, None, (), (), id=event_id,
                   same_as=same_as)


ARTICLE = GoldArticle(
    id="t", source="own", style="wire", published="2026-01-01", text=TEXT, url=None,
    events=(_gold("shelled", "shelling"), _gold("killing", "shelling", optional=True),
            _gold("shelling", "shelling", optional=True), _gold("raid", "raid")),
    statements=((locate(TEXT, "said", 1), locate(TEXT, "said", 1) + 4),),
)


def test_recall_counts_real_world_events_not_mentions() -> None:
    scores = score_article(ARTICLE, [_emit("killing", "ev1")]).scores()
    assert (scores["precision"], scores["recall"]) == (1.0, 0.5)


def test_a_second_mention_is_a_duplicate_unless_linked() -> None:
    unlinked = score_article(ARTICLE, [_emit("shelled", "ev1"), _emit("killing", "ev2")]).scores()
    linked = score_article(ARTICLE, [_emit("shelled", "ev1"), _emit("killing", "ev2", same_as="ev1")]).scores()
    assert (unlinked["duplicate_rate"], unlinked["unlinked_duplicate_rate"]) == (0.5, 0.5)
    assert (linked["duplicate_rate"], linked["unlinked_duplicate_rate"], linked["wrong_link_rate"]) == (0.5, 0.0, 0.0)


def test_a_link_across_two_real_events_is_wrong() -> None:
    scores = score_article(ARTICLE, [_emit("shelled", "ev1"), _emit("raid", "ev2", same_as="ev1")]).scores()
    assert scores["wrong_link_rate"] == 1.0


def test_an_event_on_a_bare_statement_is_counted() -> None:
    scores = score_article(ARTICLE, [_emit("said", "ev1"), _emit("raid", "ev2")]).scores()
    assert (scores["statements_as_events"], scores["precision"]) == (0.5, 0.5)


def test_asserted_by_a_speaker_needs_the_speaker_s_name() -> None:
    gold = GoldArticle(id="t", source="own", style="wire", published="2026-01-01", text=TEXT, url=None,
                       events=(_gold("raid", "raid", by="Ana Lind"),), statements=())
    right = score_article(gold, [_emit("raid", "ev1", by="q1", names=frozenset({"ana lind"}))]).scores()
    wrong = score_article(gold, [_emit("raid", "ev1")]).scores()
    assert (right["asserted_by_accuracy"], wrong["asserted_by_accuracy"]) == (1.0, 0.0)
