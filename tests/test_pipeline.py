"""Pipeline contracts are checked when the pipeline is built."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.tokens import Doc

from newsprism.analyze.language import PARAGRAPH_BREAKS, load_nlp
from newsprism.config import Settings
from newsprism.errors import ConfigError
from newsprism.model import Article
from newsprism.pipeline import Pipeline, needed_components


class _Stage:
    def __init__(self, name: str, requires: tuple[str, ...], assigns: tuple[str, ...]) -> None:
        self.name, self.version, self.requires, self.assigns = name, "1", requires, assigns

    def __call__(self, article: Article, doc: Doc) -> Article:
        return replace(article, tags=(*article.tags, self.name))


def test_a_stage_needing_a_missing_layer_is_refused_at_build_time() -> None:
    nlp = load_nlp(None)
    with pytest.raises(ConfigError, match="'frames-reader' requires frames"):
        Pipeline([_Stage("frames-reader", ("doc", "frames"), ())], nlp=nlp)


def test_stages_run_in_order_and_record_provenance() -> None:
    nlp = load_nlp(None)
    pipeline = Pipeline([_Stage("a", ("doc",), ("x",)), _Stage("b", ("x",), ())], nlp=nlp)
    from newsprism.extract.build import build_article

    article = pipeline.analyze(build_article(["The council met on Monday."]))
    assert article.tags == ("a", "b")
    assert [p.stage for p in article.stages] == ["a", "b"]


def test_unknown_stage_name_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown stage nope"):
        Pipeline.from_settings(Settings(stages=("entities", "nope")))


def test_entities_alone_runs_ner_without_the_parser() -> None:
    pipeline = Pipeline.from_settings(Settings(stages=("entities",)))
    assert "ner" in pipeline.nlp.pipe_names
    assert "parser" not in pipeline.nlp.pipe_names


def test_components_closure() -> None:
    stage = _Stage("s", ("doc",), ())
    stage.components = ("lemmatizer",)  # type: ignore[attr-defined]
    assert needed_components([stage]) == {"lemmatizer", "attribute_ruler", "tagger", "tok2vec"}
    assert needed_components([_Stage("t", ("doc",), ())]) is None


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Friday, March 6, 2026", "A bridge collapsed on Monday in Lindvik, a river town."],
        ["“We will rebuild,” the mayor said. “Every house.”", "The council met the next day."],
        ["Talks resumed", "The two delegations met in Ostrava for a third round."],
    ],
)
def test_a_paragraph_always_starts_a_sentence(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    doc = load_nlp(None)(text)
    starts = {sent.start_char for sent in doc.sents if sent.text.strip()}
    position = 0
    for paragraph in paragraphs:
        assert position in starts, (paragraph, [s.text for s in doc.sents])
        position += len(paragraph) + 2
    assert not [s.text for s in doc.sents if "\n\n" in s.text.strip()]


def test_the_paragraph_component_is_dropped_with_the_parser() -> None:
    pipeline = Pipeline.from_settings(Settings(stages=("entities",)))
    assert "newsprism_paragraph_breaks" not in pipeline.nlp.pipe_names
    full = Pipeline.from_settings(Settings())
    names = full.nlp.pipe_names
    assert names.index("newsprism_paragraph_breaks") < names.index("parser")


def test_the_paragraph_component_is_asked_for_with_the_parser_and_can_be_disabled() -> None:
    stage = _Stage("s", ("doc",), ())
    stage.components = ("parser",)  # type: ignore[attr-defined]
    assert PARAGRAPH_BREAKS in (needed_components([stage]) or set())
    bare = load_nlp(None, disable=(PARAGRAPH_BREAKS,))
    assert "parser" in bare.pipe_names
    assert PARAGRAPH_BREAKS not in bare.pipe_names


class _Fragile(_Stage):
    """Raises on an article whose text holds ``word``: one bad document in a batch."""

    def __init__(self, word: str, error: type[Exception] = RuntimeError) -> None:
        super().__init__("fragile", ("doc",), ())
        self.word, self.error = word, error

    def __call__(self, article: Article, doc: Doc) -> Article:
        if self.word in article.text:
            raise self.error(f"cannot read {self.word}")
        return super().__call__(article, doc)


def test_analyze_each_keeps_the_good_articles_of_a_batch_one_breaks() -> None:
    from newsprism.extract.build import build_article

    pipeline = Pipeline([_Fragile("Zorblat")], nlp=load_nlp(None))
    articles = [build_article([text]) for text in ("The council met.", "Zorblat broke it.", "Rain fell.")]
    first, bad, last = pipeline.analyze_each(articles)
    assert isinstance(first, Article) and first.tags == ("fragile",)
    assert isinstance(bad, RuntimeError) and "Zorblat" in str(bad)
    assert isinstance(last, Article) and last.text == "Rain fell."


def test_analyze_each_raises_a_fatal_error_instead_of_recording_it() -> None:
    from newsprism.extract.build import build_article

    pipeline = Pipeline([_Fragile("Zorblat", ConfigError)], nlp=load_nlp(None))
    articles = [build_article(["The council met."]), build_article(["Zorblat broke it."])]
    with pytest.raises(ConfigError):
        pipeline.analyze_each(articles, fatal=(ConfigError,))
    assert isinstance(pipeline.analyze_each(articles)[1], ConfigError)
