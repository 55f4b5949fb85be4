"""The framing stage: techniques by voice, attribution stance, actor labels, JSON shape."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsprism
from newsprism.analyze import STAGES
from newsprism.analyze.framing import FramingStage, load_lexicon
from newsprism.analyze.framing.voice import AUTHOR, VoiceMap, quote_mark_segments
from newsprism.extract.build import build_article
from newsprism.jsonformat import article_from_dict, article_to_dict
from newsprism.model import Article, Frame

Analyze = Callable[[str], Article]


def author_frames(article: Article, technique: str | None = None) -> list[Frame]:
    return [f for f in article.frames if f.voice == AUTHOR and (technique is None or f.technique == technique)]


def evidence_words(frames: list[Frame]) -> set[str]:
    return {e.text.lower() for f in frames for e in f.evidence}


# --- the seed: the writer's labels are the writer's, the leader's words are his -----------


def test_seed_labels_and_metaphors_are_in_the_author_voice(seed_article: Article) -> None:
    words = evidence_words(author_frames(seed_article))
    for phrase in ("thugs", "powder keg", "crocodile tears", "in cold blood", "mullahs", "to its core"):
        assert any(phrase in w for w in words), phrase
    labels = {x.label for x in seed_article.framing.labels if x.voice == AUTHOR} if seed_article.framing else set()
    assert {"thug", "regime", "mullah"} <= labels


def test_seed_quoted_labels_belong_to_the_speaker_not_the_writer(seed_article: Article) -> None:
    quoted = [f for f in seed_article.frames if "hardliners" in f.span.text]
    assert quoted, "the labels inside the quotation are still reported"
    assert all(f.voice != AUTHOR for f in quoted)
    assert not any("hardliners" in e.text or "extremists" in e.text for f in author_frames(seed_article)
                   for e in f.evidence)
    speakers = {q.speaker.entity for q in seed_article.quotes if q.speaker and "hardliners" in q.span.text}
    if speakers - {None}:
        by_id = {e.id: e for e in seed_article.entities}
        for frame in quoted:
            assert frame.voice in by_id, frame.voice
            assert "khamenei" in by_id[frame.voice].name.lower()


def test_seed_attribution_verbs_have_stance(seed_article: Article) -> None:
    assert seed_article.framing is not None
    stances = {a.cue.text: a.stance for a in seed_article.framing.attributions}
    assert stances.get("admits") == "evaluative"
    assert stances.get("picked on") == "evaluative"
    assert stances.get("said") == "neutral"


def test_seed_regime_label_is_attached_to_the_state_of_the_leader(seed_article: Article) -> None:
    # "his regime" is the state its leader runs (F12: a label of an institution noun attaches to the
    # institution's actor), found through the leader: "Khamenei picked on Rouhani ... he admitted ... his
    # regime" is the subject's state, and never the nearer name
    assert seed_article.framing is not None
    by_id = {e.id: e for e in seed_article.entities}
    attached = {(by_id[x.actor].name, by_id[x.actor].type) for x in seed_article.framing.labels
                if x.label == "regime" and x.actor}
    assert attached == {("Iran", "state")}, attached


# --- attribution stance and labels on plain sentences ------------------------------------


def test_attribution_counts_only_reporting_uses(analyze_text: Analyze) -> None:
    article = analyze_text(
        "The minister claimed that the figures were wrong. Two climbers were admitted to hospital. "
        "The storm claimed the lives of four people. The mayor said the road would reopen."
    )
    assert article.framing is not None
    found = {(a.cue.text, a.stance, a.kind) for a in article.framing.attributions}
    assert ("claimed", "evaluative", "doubt") in found
    assert ("said", "neutral", "neutral") in found
    assert not any(a.cue.text == "admitted" for a in article.framing.attributions)
    assert sum(a.cue.text == "claimed" for a in article.framing.attributions) == 1


@pytest.mark.parametrize(
    ("text", "verb", "stance"),
    [
        ("The senator criticised the budget as \u201ca giveaway to landlords\u201d.", "criticised", "neutral"),
        ("The ministry denied that the camp had been shelled.", "denied", "neutral"),
        ("Two unions condemned the closure: \u201cIt is a betrayal of the valley.\u201d", "condemned", "neutral"),
        ("The auditor pointed out that the figures did not add up.", "pointed out", "evaluative"),
    ],
)
def test_a_verb_naming_the_speakers_act_is_neutral_and_one_vouching_for_the_claim_is_not(
    analyze_text: Analyze, text: str, verb: str, stance: str
) -> None:
    """*picked on* instead of *said, criticised* (issue #6): naming what a speaker did is reporting;
    *pointed out* vouches for the claim, so it is the writer's stance."""
    article = analyze_text(text)
    assert article.framing is not None
    assert {a.cue.text: a.stance for a in article.framing.attributions}.get(verb) == stance


def test_stance_mix_per_actor_is_in_the_json(analyze_text: Analyze, validate: Callable[[dict[str, Any]], None]) -> None:
    article = analyze_text("Maria Lopez admitted that the plan had failed. Maria Lopez said she would stay on.")
    document = article_to_dict(article)
    validate(document)
    mix = document["framing"]["stance_by_actor"]
    assert sum(v["evaluative"] for v in mix.values()) == 1
    assert sum(v["neutral"] for v in mix.values()) == 1


def test_label_is_attached_to_the_named_actor(analyze_text: Analyze) -> None:
    article = analyze_text("The Freedonian regime jailed three reporters on Monday.")
    assert article.framing is not None
    label = next(x for x in article.framing.labels if x.label == "regime")
    entity = next(e for e in article.entities if e.id == label.actor)
    assert "Freedonian" in entity.name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Voters re-elected the corrupt thug Viktor Orlov on Sunday.", "Viktor Orlov"),
        ("He flew to Monaco with billionaire fraudster and convicted arms dealer Marcus Vale.", "Marcus Vale"),
    ],
)
def test_a_label_before_a_name_is_attached_to_that_name(analyze_text: Analyze, text: str, name: str) -> None:
    """*the corrupt thug Viktor Orlov*, *fraudster and arms dealer Marcus Vale*: the label describes the name."""
    article = analyze_text(text)
    assert article.framing is not None and article.framing.labels
    named = {e.id: e.name for e in article.entities}
    assert {named.get(x.actor or "") for x in article.framing.labels} == {name}


def test_names_are_not_loaded_words(analyze_text: Analyze) -> None:
    article = analyze_text("The Freedom Party and the Justice League met the Peace Corps in Paris.")
    assert author_frames(article) == []


def test_a_single_weak_word_is_not_a_frame(analyze_text: Analyze) -> None:
    article = analyze_text("The government said the crisis would be discussed on Friday.")
    assert author_frames(article) == []


@pytest.mark.parametrize(
    "text",
    [
        "The two gunmen surrendered to police after a six-hour siege.",
        "Firefighters found toxic fumes in the basement of the plant.",
        "The marchers walked peacefully to the square.",
        "Two men robbed a petrol station in the town centre on Sunday night.",
        "The would-be successor, the justice secretary, has said she does not want the post.",
        "A hunter caught bubonic plague after eating a wild rabbit, health officials said.",
        "The court ruled that the establishment of the new township was lawful.",
    ],
)
def test_literal_uses_of_figurative_words_are_not_loaded(analyze_text: Analyze, text: str) -> None:
    """Words news uses literally as often as not (*surrendered to police*) need a second loaded word."""
    assert author_frames(analyze_text(text)) == []


def test_a_historical_figure_the_article_is_about_is_no_reductio(analyze_text: Analyze) -> None:
    history = analyze_text(
        "The flat where Stalin lived in 1912 will become a museum, the city said.\n\n"
        "Stalin rented the room for four months. Historians say Stalin wrote two articles there."
    )
    assert author_frames(history, "Reductio ad hitlerum") == []
    column = analyze_text("The mayor's new registry of tenants would make Stalin proud.")
    assert author_frames(column, "Reductio ad hitlerum")


def test_name_and_subject_exemptions_are_lexicon_data(pipeline: newsprism.Pipeline) -> None:
    """Which techniques match inside names and which drop an article's subject is per-technique data."""
    from dataclasses import replace

    from newsprism.analyze.framing.detectors import detect

    lexicon = load_lexicon("en")
    assert lexicon.in_names == {"Reductio ad hitlerum"}
    assert lexicon.subject_mentions == {"Reductio ad hitlerum": 3}
    doc = pipeline.nlp("The new registry would make Stalin proud.")
    found = {h.technique for h in detect(doc, lexicon)}
    assert "Reductio ad hitlerum" in found
    # Without the option, a figure's name (a PERSON entity) is a name like any other.
    assert "Reductio ad hitlerum" not in {h.technique for h in detect(doc, replace(lexicon, in_names=frozenset()))}
    history = pipeline.nlp("Stalin lived here. Stalin wrote there. Stalin left in May.")
    assert "Reductio ad hitlerum" not in {h.technique for h in detect(history, lexicon)}
    kept = detect(history, replace(lexicon, subject_mentions={}))
    assert "Reductio ad hitlerum" in {h.technique for h in kept}


# --- stage contract, JSON --------------------------------------------------------------


def test_stage_requires_quotes_only_when_the_pipeline_has_them() -> None:
    assert FramingStage().requires == ("doc",)
    assert FramingStage(use_quotes=True).requires == ("doc", "quotes")
    stage = STAGES["framing"](newsprism.Settings(stages=("entities", "quotes", "framing")))
    assert "quotes" in stage.requires
    stage = STAGES["framing"](newsprism.Settings(stages=("entities", "framing")))
    assert "quotes" not in stage.requires


def test_framing_is_in_the_default_stages_last() -> None:
    assert newsprism.config.DEFAULT_STAGES[-1] == "framing"


def test_frames_fit_the_schema_and_round_trip(
    analyze_text: Analyze, validate: Callable[[dict[str, Any]], None]
) -> None:
    article = analyze_text(
        "The despicable regime shed crocodile tears. “These thugs are a menace,” the senator said.\n\n"
        "What about the money they wasted? Enough is enough!"
    )
    document = article_to_dict(article)
    validate(document)
    assert article_from_dict(document) == article
    techniques = {f["technique"] for f in document["frames"]}
    assert {"Loaded Language", "Name calling/Labeling", "Whataboutism", "Slogans"} <= techniques
    for frame in document["frames"]:
        for span in frame["evidence"]:
            assert document["text"][span["start"] : span["end"]] == span["text"]


def test_quoted_words_without_a_quotes_stage_are_not_the_authors() -> None:
    pipeline = newsprism.Pipeline.from_settings(newsprism.Settings.from_env(stages=("entities", "framing")))
    article = pipeline.analyze(build_article(["“These thugs must go,” the senator said."]))
    thugs = [f for f in article.frames if any(e.text == "thugs" for e in f.evidence)]
    assert thugs and all(f.voice == "quoted" for f in thugs)


# --- pieces -----------------------------------------------------------------------------


def test_lexicon_is_data_with_every_required_technique() -> None:
    lexicon = load_lexicon("en")
    required = {
        "Loaded Language", "Name calling/Labeling", "Exaggeration/Minimisation", "Doubt",
        "Appeal to fear/prejudice", "Flag-waving", "Slogans", "Causal Oversimplification", "Whataboutism",
    }
    assert required <= set(lexicon.technique_names)
    assert lexicon.attribution["say"].stance == "neutral"
    assert lexicon.attribution["admit"].stance == "evaluative"
    assert lexicon.attribution["pick on"].kind == "disparagement"


def test_quote_marks_fallback() -> None:
    text = 'He said: “No.” Then "yes".'
    assert [(s.start, s.end) for s in quote_mark_segments(text)] == [(9, 14), (20, 25)]


@given(st.text(alphabet='ab “”"\n', max_size=60), st.data())
def test_voice_map_covers_every_offset(text: str, data: st.DataObject) -> None:
    article = build_article([text]) if text.strip() else None
    if article is None:
        return
    voices = VoiceMap(article, segments=quote_mark_segments(article.text))
    offset = data.draw(st.integers(min_value=0, max_value=max(0, len(article.text) - 1)))
    voice = voices.at(offset)
    assert voice.start <= offset < max(voice.end, offset + 1)
    assert (voice.name == AUTHOR) == all(not (s.start <= offset < s.end) for s in quote_mark_segments(article.text))


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_text_has_no_frames(text: str) -> None:
    assert quote_mark_segments(text) == ()


def test_report_section_shows_summary_and_highlights_evidence(seed_article: Article) -> None:
    from rich.console import Console

    from newsprism.cli.report import frames

    console = Console(record=True, width=120, color_system="truecolor")
    section = frames(seed_article)
    assert section is not None
    console.print(section)
    text = console.export_text(clear=False)
    assert "writer" in text and "per 1,000 words" in text and "labels" in text
    assert "powder keg" in text
    html = console.export_html(inline_styles=True)
    assert "font-weight: bold" in html  # the evidence words are highlighted


def test_shouted_weak_word_counts_but_not_in_plain_case(analyze_text: Analyze) -> None:
    shouted = analyze_text("STOP THE FAILED POLICY NOW")
    plain = analyze_text("Stop the failed policy now.")
    assert "Loaded Language" in {f.technique for f in author_frames(shouted)}
    assert "Loaded Language" not in {f.technique for f in author_frames(plain)}


def test_exclaimed_sentence_lowers_the_valence_bar(analyze_text: Analyze) -> None:
    # "lame" (VADER -1.8) is below the plain-prose bar but an exclamation is loud by its form.
    loud = analyze_text("The council's new plan is lame!")
    plain = analyze_text("The council's new plan is lame.")
    assert "Loaded Language" in {f.technique for f in author_frames(loud)}
    assert "Loaded Language" not in {f.technique for f in author_frames(plain)}


def test_strong_label_counts_whatever_its_tag(analyze_text: Analyze) -> None:
    article = analyze_text("It's the law, you idiot")
    assert "Name calling/Labeling" in {f.technique for f in author_frames(article)}


def test_words_news_uses_plainly_are_not_loaded(analyze_text: Analyze) -> None:
    article = analyze_text("Forces loyal to the government kept a favorable position near the broken bridge.")
    assert author_frames(article) == []


# --- labels the writer reports, not applies ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Party leaders dismissed the opposition as a bunch of clowns.", "clowns"),
        ("The senator called his rival a crook during the debate.", "crook"),
        ("Critics branded the protesters thugs.", "thugs"),
        ("The minister was branded a traitor by the opposition.", "traitor"),
    ],
)
def test_a_label_under_a_naming_verb_is_its_subjects_not_the_writers(
    analyze_text: Analyze, text: str, label: str
) -> None:
    article = analyze_text(text)
    frames = [f for f in article.frames if any(e.text == label for e in f.evidence)]
    assert frames, f"{label!r} is still found as a label"
    assert all(f.voice != AUTHOR for f in frames)
    labels = [x for x in article.framing.labels if x.span.text == label] if article.framing else []
    assert labels and all(x.voice != AUTHOR for x in labels)


@pytest.mark.parametrize(
    "text",
    [
        "We call them what they are: thugs.",
        "These thugs must be stopped before the vote.",
        "The mayor called the thugs into his office and read them the riot act.",
    ],
)
def test_the_writers_own_labels_stay_the_writers(analyze_text: Analyze, text: str) -> None:
    article = analyze_text(text)
    assert [f for f in author_frames(article) if any(e.text == "thugs" for e in f.evidence)]


def test_a_preposition_before_the_verb_is_no_particle_of_it(analyze_text: Analyze) -> None:
    # "On television" opens the sentence; "went on" is the two-word cue after it, and the cue span
    # runs forwards (a particle taken from before the verb made an inverted span and crashed the stage).
    article = analyze_text('On television, the mayor went on, "Taxes will rise next year."')
    assert article.framing is not None
    cues = [a.cue.text for a in article.framing.attributions]
    assert "went on" in cues and all(a.cue.start < a.cue.end for a in article.framing.attributions)
