"""The shipped framing-scorer model: how it is made (deterministic, own data + credited Wikinews) and switched."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pytest
from framing_helpers import load_script

import newsprism
from newsprism.analyze.framing.scorer import BUILTIN_MODEL, SentenceScorer, load_scorer
from newsprism.analyze.framing.training import is_wikinews_training_article
from newsprism.extract.build import build_article

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "newsprism" / "analyze" / "framing" / "data"
CORPUS = ROOT / "training" / "framing_en.jsonl"


def test_the_wikinews_training_quarter_is_fixed_by_the_url() -> None:
    urls = [f"https://en.wikinews.org//wiki/Article_{i}" for i in range(400)]
    chosen = [u for u in urls if is_wikinews_training_article(u)]
    assert 70 <= len(chosen) <= 130  # about a quarter
    assert chosen == [u for u in urls if is_wikinews_training_article(u)]  # no state, no randomness
    assert is_wikinews_training_article(chosen[0]) and not is_wikinews_training_article(
        next(u for u in urls if u not in chosen))


def _wikinews_csv(path: Path) -> Path:
    """A tiny Wikinews-shaped CSV: two articles the hash picks, one it leaves for measuring."""
    picked = [u for u in (f"https://en.wikinews.org//wiki/T{i}" for i in range(40)) if is_wikinews_training_article(u)]
    left = next(u for u in (f"https://en.wikinews.org//wiki/L{i}" for i in range(40))
                if not is_wikinews_training_article(u))
    body = ("Monday, May 4, 2020\n\nThe council approved the new bus timetable on Tuesday after a short debate. "
            "Officials said the changes take effect in June. \"It is a disgrace,\" one resident said of the plan. "
            "The library will close for repairs from March to May while builders replace the roof and windows.")
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["url", "date", "title", "text"])
        writer.writeheader()
        for url in (*picked[:2], left):
            writer.writerow({"url": url, "date": "2020-05-04", "title": url.rsplit("/", 1)[1], "text": body})
    return path


@pytest.mark.skipif(not CORPUS.exists(), reason="the own corpus is part of the repository")
def test_training_is_deterministic_and_credits_wikinews(tmp_path: Path) -> None:
    """Same data, same bytes (gzip without a name or time); Wikinews sentences with quotes are left out."""
    pytest.importorskip("sklearn")
    subset = tmp_path / "framing_en.jsonl"
    subset.write_text("".join(CORPUS.read_text("utf-8").splitlines(keepends=True)[:160]), encoding="utf-8")
    wikinews = _wikinews_csv(tmp_path / "wikinews_2020.csv")
    thresholds = tmp_path / "thresholds.json"
    thresholds.write_text(json.dumps({"_why": "test", "Loaded Language": 0.3, "Doubt": None}), encoding="utf-8")
    args = [str(subset), "--wikinews", str(wikinews), "--no-embeddings", "--c", "4", "--thresholds", str(thresholds)]
    script = load_script()
    assert script.main([*args, "--out", str(tmp_path / "a.json.gz")]) == 0
    assert script.main([*args, "--out", str(tmp_path / "b.json.gz")]) == 0
    first, second = (tmp_path / "a.json.gz").read_bytes(), (tmp_path / "b.json.gz").read_bytes()
    assert first == second
    model = json.loads(gzip.decompress(first))
    assert model["trained_on"]["sources"] == ["framing_en.jsonl", "wikinews_2020.csv"]
    assert "CC BY 2.5" in model["credits"][0] and "2 Wikinews articles" in model["credits"][0]
    # two picked articles x three unquoted sentences of >= 5 words; the dateline and the quote are not examples
    assert model["trained_on"]["texts"] == 160 + 6
    assert model["thresholds"]["Loaded Language"] == 0.3
    assert model["thresholds"]["Doubt"] > 1.0  # null: never flagged by the scorer


def test_shipped_thresholds_are_a_threshold_or_off_for_each_technique() -> None:
    """The dev-chosen thresholds cover the 20 SemEval-2021 techniques the corpus labels, with a reason."""
    chosen = json.loads((DATA / "scorer_en_thresholds.json").read_text("utf-8"))
    labels = {label for line in CORPUS.read_text("utf-8").splitlines() if line.strip()
              for label in json.loads(line)["labels"]}
    assert {t for t in chosen if not t.startswith("_")} == labels and chosen["_why"]
    assert all(v is None or 0 < v < 1 for k, v in chosen.items() if not k.startswith("_"))


@pytest.mark.parametrize("setting", [None, "", "none", "NONE", " off "])
def test_the_scorer_is_turned_off_by_these_settings(setting: str | None) -> None:
    assert load_scorer(setting) is None


def test_a_missing_model_is_a_config_error(tmp_path: Path) -> None:
    from newsprism.errors import ConfigError

    with pytest.raises(ConfigError, match="not found"):
        load_scorer(str(tmp_path / "absent.json"))


@pytest.mark.skipif(not (DATA / "scorer_en.json.gz").exists(), reason="make framing-model writes it")
def test_builtin_model_is_small_credited_and_points_at_words() -> None:
    path = DATA / "scorer_en.json.gz"
    assert path.stat().st_size < 4_000_000
    scorer = load_scorer("builtin")
    assert isinstance(scorer, SentenceScorer) and BUILTIN_MODEL.endswith(path.name)
    assert any("Wikinews contributors" in c for c in scorer.model["credits"])
    assert all("/" not in s for s in scorer.model["trained_on"]["sources"]), "no builder's paths in the file"
    assert not scorer.model["embeddings"], "the default scorer needs no onnxruntime"
    settings = newsprism.Settings.from_env(framing_scorer="builtin", stages=("entities", "quotes", "framing"))
    pipeline = newsprism.Pipeline.from_settings(settings)
    text = ("The spineless crooks running the ministry have bled the country dry with their rotten, "
            "shameless schemes.\n\nThe council met on Tuesday to discuss the budget for the coming year.")
    article = pipeline.analyze(build_article(text.split("\n\n")))
    learned = [f for f in article.frames if f.provenance.version.endswith("-scorer")]
    for frame in learned:
        assert frame.evidence and all(article.text[e.start : e.end] == e.text for e in frame.evidence)
        assert frame.span.start < text.index("The council")  # the neutral sentence is left alone


@pytest.mark.skipif(not CORPUS.exists(), reason="the own corpus is part of the repository")
def test_a_model_made_by_the_recipe_loads_and_its_frames_point_at_words(tmp_path: Path) -> None:
    """The same recipe as ``make framing-model`` on a slice of the corpus: runs here without the built model."""
    pytest.importorskip("sklearn")
    subset = tmp_path / "framing_en.jsonl"
    subset.write_text("".join(CORPUS.read_text("utf-8").splitlines(keepends=True)[:400]), encoding="utf-8")
    out = tmp_path / "model.json.gz"
    thresholds = tmp_path / "thresholds.json"
    thresholds.write_text(json.dumps({"_why": "test", "Loaded Language": 0.2, "Name calling/Labeling": 0.2}),
                          encoding="utf-8")
    args = [str(subset), "--wikinews", str(_wikinews_csv(tmp_path / "wikinews_2020.csv")), "--no-embeddings",
            "--c", "4", "--thresholds", str(thresholds), "--out", str(out)]
    assert load_script().main(args) == 0
    scorer = load_scorer(str(out))
    assert isinstance(scorer, SentenceScorer)
    assert any("Wikinews contributors" in c for c in scorer.model["credits"])
    settings = newsprism.Settings.from_env(framing_scorer=str(out), stages=("entities", "quotes", "framing"))
    text = ("The spineless crooks running the ministry have bled the country dry with their rotten, "
            "shameless schemes.\n\nThe council met on Tuesday to discuss the budget for the coming year.")
    article = newsprism.Pipeline.from_settings(settings).analyze(build_article(text.split("\n\n")))
    for frame in article.frames:
        assert frame.evidence and all(article.text[e.start : e.end] == e.text for e in frame.evidence)
