"""Voice (issues #3, #6): is each loaded word charged to the right voice, the writer's or a speaker's?

``python -m benchmarks voice [--show] [--no-baselines]``

Data: ``benchmarks/labels/voice_en.jsonl``: 69 short news and opinion articles written for
newsprism (MIT, invented names), with 397 gold targets: a loaded word or phrase (its text and
occurrence number) and whose voice it is, ``author`` or the speaker's name as written (or
``quoted`` for an unnamed speaker), tagged with the construction it tests (``kind``). The
gold follows ``docs/format.md``: direct, mixed, floating quotes and interview answers are the
speaker's words; reported speech without marks, scare quotes and the interviewer's questions
are the author's. The gold was written before newsprism was run on the articles.

newsprism runs its default pipeline on each article and is scored on:

- **voice accuracy**: the target's voice in ``Article.voices`` (the voice covering most of its
  characters), author vs quoted, against the gold, overall and per ``kind``;
- **speaker accuracy** on targets whose gold speaker is named: the quoted segment's speaker
  entity (its name, aliases or mention texts) or the quote's ``speaker.name`` equals the gold
  name, case-folded (a leading *the* and a possessive *'s* are ignored); a target read as the
  author's counts as wrong. *Emitted precision*: of the targets given a named speaker, how many
  got the right one (a wrong name is worse than none, issue #3);
- **error rates**: author-voice targets charged to a speaker, quoted targets charged to the author;
- **framing's view**: for targets that are evidence of a frame (a frame's evidence span, or its
  span when it has no evidence, overlaps the target), whether the frame's ``voice`` is right
  (``author`` vs a speaker) and, for named gold speakers, names the right entity.

Baselines in the same run, on the same articles: a naive quote-mark pairer (double straight or
curly marks paired inside a paragraph; no speakers), and textacy 0.13's ``direct_quotations``
on newsprism's own spaCy parse (speakers as its surface words; it finds nothing in a text whose
marks do not pair).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from benchmarks import format_table, write_results

LABELS = Path(__file__).resolve().parent / "labels" / "voice_en.jsonl"
AUTHOR = "author"
QUOTED = "quoted"
PRONOUNS = frozenset({"he", "she", "it", "they", "i", "we", "you"})
# The naive anchor: a double-quoted stretch inside one paragraph, curly or straight.
PAIRED_QUOTES = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


@dataclass(frozen=True, slots=True)
class Target:
    """One gold target: ``text`` at ``[start, end)`` of its article, and whose voice it is."""

    article: str
    text: str
    nth: int
    start: int
    end: int
    voice: str  # "author", "quoted" (unnamed speaker) or the speaker's name
    kind: str
    #: framing's voice where its documented rule differs from the voice map's: a label under a
    #: naming verb (*opponents called it a betrayal*) and a loaded word inside unmarked reported
    #: speech (*Weiss said the challenge was doomed*) are the speaker's (docs/format.md, Frame).
    frame_voice: str | None = None

    @property
    def quoted(self) -> bool:
        return self.voice != AUTHOR

    @property
    def named(self) -> bool:
        return self.voice not in (AUTHOR, QUOTED)


@dataclass(frozen=True, slots=True)
class Doc:
    id: str
    text: str
    targets: tuple[Target, ...]


@dataclass(frozen=True, slots=True)
class Reading:
    """A system's reading of one target: quoted or not, and the names it gives the speaker.

    ``emitted`` is whether the system commits to a named speaker (an entity for newsprism, a
    non-pronoun surface name for textacy): a bare *she* or *the company* names nobody.
    """

    quoted: bool
    names: frozenset[str] = frozenset()
    emitted: bool = False


def names_match(gold: str, names: Iterable[str]) -> bool:
    """The gold name is one of ``names``, or all of its words in a row inside one (a title before it).

    >>> names_match("Lena Haas", {"superintendent lena haas"})
    True
    >>> names_match("Lena Haas", {"haas"})
    False
    """
    words = norm(gold).split()
    for name in names:
        have = name.split()
        if any(have[i : i + len(words)] == words for i in range(len(have) - len(words) + 1)):
            return True
    return False


def surname_match(gold: str, names: Iterable[str]) -> bool:
    """Lenient: the gold name's last word is the last word of one of ``names`` (*Petrov*)."""
    last = norm(gold).split()[-1:]
    return bool(last) and any(name.split()[-1:] == last for name in names)


def locate(text: str, needle: str, nth: int) -> int:
    """Start of the ``nth`` (1-based) occurrence of ``needle`` in ``text`` (overlaps counted).

    >>> locate("a cat, a cat", "cat", 2)
    9
    """
    start = -1
    for _ in range(nth):
        start = text.find(needle, start + 1)
        if start < 0:
            raise ValueError(f"{needle!r} occurs fewer than {nth} times")
    return start


def load(path: Path = LABELS) -> list[Doc]:
    docs = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        targets = []
        for t in row["targets"]:
            start = locate(row["text"], t["text"], t["nth"])
            targets.append(Target(row["id"], t["text"], t["nth"], start, start + len(t["text"]), t["voice"], t["kind"],
                                  t.get("frame_voice")))
        docs.append(Doc(row["id"], row["text"], tuple(targets)))
    return docs


def framing_docs(docs: Sequence[Doc]) -> list[Doc]:
    """The gold as framing reads it: ``frame_voice`` where a target has one."""
    return [
        Doc(d.id, d.text, tuple(replace(t, voice=t.frame_voice) if t.frame_voice else t for t in d.targets))
        for d in docs
    ]


def norm(name: str) -> str:
    """Case-folded name without a leading *the*, a possessive or outer punctuation.

    >>> norm("The Ministry of Fisheries’s")
    'ministry of fisheries'
    """
    name = " ".join(name.casefold().split()).strip(" ,.:;\"“”‘’'()[]")
    name = re.sub(r"(?:'s|’s|'|’)$", "", name)
    return re.sub(r"^the\s+", "", name)


def _majority(spans: Iterable[tuple[int, int, Any]], start: int, end: int) -> Any:
    """The payload of the spans covering most of ``[start, end)`` (``None`` if none covers it)."""
    cover: Counter[Any] = Counter()
    for s, e, payload in spans:
        overlap = min(e, end) - max(s, start)
        if overlap > 0:
            cover[payload] += overlap
    if not cover:
        return None
    payload, chars = cover.most_common(1)[0]
    return payload if chars * 2 > end - start else None


# --- newsprism ------------------------------------------------------------------------------


def make_pipeline() -> Any:
    """The default pipeline (``newsprism analyze``)."""
    from newsprism.config import Settings
    from newsprism.pipeline import Pipeline

    return Pipeline.from_settings(Settings.from_env())


def analyze(pipeline: Any, docs: Sequence[Doc]) -> tuple[list[Any], list[Any], dict[str, str]]:
    """newsprism's Article (``None`` where the pipeline raised) and spaCy parse for each doc.

    A stage that raises on one article is recorded in the third value (doc id -> error) and
    that article's targets all count as wrong: a user gets no voice map at all.
    """
    from newsprism.extract.build import build_article

    articles: list[Any] = []
    parses: list[Any] = []
    crashed: dict[str, str] = {}
    for doc in docs:
        article = build_article(doc.text.split("\n\n"))
        if article.text != doc.text:
            raise ValueError(f"{doc.id}: the article text does not keep the gold offsets")
        parsed = pipeline.nlp(article.text)
        try:
            articles.append(pipeline.apply(article, parsed))
        except Exception as error:  # noqa: BLE001 - a crash is a result to report, not to hide
            crashed[doc.id] = f"{type(error).__name__}: {error}"
            articles.append(None)
        parses.append(parsed)
    return articles, parses, crashed


def _entity_names(article: Any) -> dict[str, frozenset[str]]:
    return {
        e.id: frozenset(norm(n) for n in (e.name, *e.aliases, *(m.text for m in e.mentions)) if n)
        for e in article.entities
    }


def _speaker_names(article: Any, entity: str | None, quote_id: str | None) -> frozenset[str]:
    """The names a speaker goes by: its entity's names, and the quote's surface speaker name."""
    names: set[str] = set(_entity_names(article).get(entity or "", frozenset()))
    quote = next((q for q in article.quotes if q.id == quote_id), None)
    if quote is not None and quote.speaker is not None:
        if quote.speaker.name:
            names.add(norm(quote.speaker.name))
        names |= _entity_names(article).get(quote.speaker.entity or "", frozenset())
    return frozenset(names)


def read_newsprism(doc: Doc, article: Any) -> dict[tuple[str, int], Reading]:
    if article is None:
        return {}
    spans = [(s.start, s.end, (s.voice, s.speaker, s.quote)) for s in article.voices]
    readings = {}
    for t in doc.targets:
        voice = _majority(spans, t.start, t.end)
        if voice is None or voice[0] != QUOTED:
            readings[(t.text, t.nth)] = Reading(quoted=False)
        else:
            quote = next((q for q in article.quotes if q.id == voice[2]), None)
            entity = voice[1] or (quote.speaker.entity if quote is not None and quote.speaker else None)
            readings[(t.text, t.nth)] = Reading(
                quoted=True, names=_speaker_names(article, voice[1], voice[2]), emitted=entity is not None
            )
    return readings


def read_frames(doc: Doc, article: Any) -> dict[tuple[str, int], Reading]:
    """Framing's voice for each target that is evidence of a frame (the first such frame)."""
    readings: dict[tuple[str, int], Reading] = {}
    if article is None:
        return readings
    entities = _entity_names(article)
    for t in doc.targets:
        for frame in article.frames:
            evidence = frame.evidence or (frame.span,)
            if any(min(e.end, t.end) > max(e.start, t.start) for e in evidence):
                quoted = frame.voice != AUTHOR
                names = entities.get(frame.voice, frozenset())
                readings[(t.text, t.nth)] = Reading(quoted=quoted, names=names, emitted=bool(names))
                break
    return readings


# --- baselines ------------------------------------------------------------------------------


def read_pairer(doc: Doc) -> dict[tuple[str, int], Reading]:
    """Quoted when inside a pair of double marks; never a speaker."""
    spans = [(m.start(), m.end(), QUOTED) for m in PAIRED_QUOTES.finditer(doc.text)]
    return {(t.text, t.nth): Reading(quoted=_majority(spans, t.start, t.end) == QUOTED) for t in doc.targets}


def read_textacy(doc: Doc, parsed: Any) -> dict[tuple[str, int], Reading]:
    """textacy's direct quotations: quoted inside its content spans, the speaker as its words."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(parsed))
    except ValueError:  # textacy refuses a text whose quotation marks do not pair
        triples = []
    spans = [
        (tr.content.start_char, tr.content.end_char, norm(" ".join(tok.text for tok in tr.speaker)))
        for tr in triples
    ]
    readings = {}
    for t in doc.targets:
        speaker = _majority(spans, t.start, t.end)
        if speaker is None:
            readings[(t.text, t.nth)] = Reading(quoted=False)
            continue
        named = bool(speaker) and speaker not in PRONOUNS
        readings[(t.text, t.nth)] = Reading(quoted=True, names=frozenset({speaker} - {""}), emitted=named)
    return readings


# --- scoring --------------------------------------------------------------------------------


def rate(right: int, total: int) -> float | None:
    return round(right / total, 4) if total else None


def score(
    docs: Sequence[Doc], readings: Sequence[dict[tuple[str, int], Reading]], *, missing_wrong: bool = True
) -> dict[str, Any]:
    """Voice and speaker accuracy, per kind, and the two error rates.

    A target with no reading (its article crashed) is wrong both ways when ``missing_wrong``;
    the framing view passes ``False``: it scores only the targets that are a frame's evidence.
    """
    voice: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    speaker = [0, 0]
    surname = [0, 0]
    speaker_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    emitted = [0, 0]
    author_to_speaker = [0, 0]
    quoted_to_author = [0, 0]
    read = 0
    errors: list[str] = []
    for doc, got in zip(docs, readings, strict=True):
        for t in doc.targets:
            reading = got.get((t.text, t.nth))
            if reading is None:
                if not missing_wrong:
                    continue
                # Read as the opposite of the gold: no voice map at all is an error either way.
                reading = Reading(quoted=not t.quoted)
            else:
                read += 1
            right = reading.quoted == t.quoted
            for group in ("all", t.kind):
                voice[group][0] += right
                voice[group][1] += 1
            if t.quoted:
                quoted_to_author[0] += not reading.quoted
                quoted_to_author[1] += 1
            else:
                author_to_speaker[0] += reading.quoted
                author_to_speaker[1] += 1
            named_right = None
            if t.named:
                named_right = reading.quoted and names_match(t.voice, reading.names)
                speaker[0] += named_right
                speaker[1] += 1
                surname[0] += reading.quoted and surname_match(t.voice, reading.names)
                surname[1] += 1
                speaker_kind[t.kind][0] += named_right
                speaker_kind[t.kind][1] += 1
                if reading.quoted and reading.emitted:
                    emitted[0] += named_right
                    emitted[1] += 1
            if not right or named_right is False:
                said = (", ".join(sorted(reading.names)) or QUOTED) if reading.quoted else AUTHOR
                errors.append(f"{t.article} [{t.kind}] {t.text!r}#{t.nth}: gold {t.voice}, got {said}")
    return {
        "targets_read": read,
        "voice_accuracy": rate(*voice["all"]),
        "voice_by_kind": {k: {"accuracy": rate(*v), "n": v[1]} for k, v in sorted(voice.items()) if k != "all"},
        "speaker_accuracy": rate(*speaker),
        "speaker_n": speaker[1],
        "speaker_accuracy_surname": rate(*surname),
        "speaker_by_kind": {k: {"accuracy": rate(*v), "n": v[1]} for k, v in sorted(speaker_kind.items())},
        "emitted_speaker_precision": rate(*emitted),
        "emitted_n": emitted[1],
        "author_charged_to_speaker": rate(*author_to_speaker),
        "author_n": author_to_speaker[1],
        "quoted_charged_to_author": rate(*quoted_to_author),
        "quoted_n": quoted_to_author[1],
        "errors": errors,
    }


def evaluate(*, baselines: bool = True, docs: Sequence[Doc] | None = None) -> dict[str, Any]:
    docs = list(docs if docs is not None else load())
    pipeline = make_pipeline()
    articles, parses, crashed = analyze(pipeline, docs)
    results: dict[str, Any] = {
        "crashed": crashed,
        "articles": len(docs),
        "targets": sum(len(d.targets) for d in docs),
        "gold_author": sum(not t.quoted for d in docs for t in d.targets),
        "stages": [s.name for s in pipeline.stages],
        "newsprism": score(docs, [read_newsprism(d, a) for d, a in zip(docs, articles, strict=True)]),
        "framing": score(framing_docs(docs), [read_frames(d, a) for d, a in zip(docs, articles, strict=True)],
                         missing_wrong=False),
    }
    if baselines:
        results["pairer"] = score(docs, [read_pairer(d) for d in docs])
        results["textacy"] = score(docs, [read_textacy(d, p) for d, p in zip(docs, parses, strict=True)])
    return results


def quick() -> dict[str, float]:
    """The eval-gate subset: all 69 articles, newsprism only (default pipeline)."""
    result = evaluate(baselines=False)
    ours, frames = result["newsprism"], result["framing"]
    return {
        "voice_accuracy": ours["voice_accuracy"] or 0.0,
        "speaker_accuracy": ours["speaker_accuracy"] or 0.0,
        "emitted_speaker_precision": ours["emitted_speaker_precision"] or 0.0,
        "author_charged_to_speaker": ours["author_charged_to_speaker"] or 0.0,
        "quoted_charged_to_author": ours["quoted_charged_to_author"] or 0.0,
        "frame_voice_accuracy": frames["voice_accuracy"] or 0.0,
    }


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def tables(results: dict[str, Any]) -> str:
    systems = [s for s in ("newsprism", "pairer", "textacy") if s in results]
    metrics = ("voice_accuracy", "speaker_accuracy", "speaker_accuracy_surname", "emitted_speaker_precision",
               "author_charged_to_speaker", "quoted_charged_to_author")
    rows = [[s, *(_fmt(results[s][m]) for m in metrics)] for s in systems]
    framing = results["framing"]
    rows.append([f"framing (evidence targets, n={framing['targets_read']})", *(_fmt(framing[m]) for m in metrics)])
    head = ["system", "voice acc", "speaker acc", "speaker (surname)", "emitted spk prec",
            "author->speaker", "quoted->author"]
    out = [format_table(head, rows), ""]
    kinds = sorted(results["newsprism"]["voice_by_kind"])
    kind_rows = []
    for k in kinds:
        row = [k, results["newsprism"]["voice_by_kind"][k]["n"]]
        row += [_fmt(results[s]["voice_by_kind"].get(k, {}).get("accuracy")) for s in systems]
        spk = results["newsprism"]["speaker_by_kind"].get(k)
        row.append(f"{_fmt(spk['accuracy'])} ({spk['n']})" if spk else "-")
        kind_rows.append(row)
    out.append(format_table(["kind", "n", *(f"voice {s}" for s in systems), "speaker newsprism (n)"], kind_rows))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks voice", description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="list every target newsprism gets wrong")
    parser.add_argument("--no-baselines", action="store_true", help="newsprism only")
    args = parser.parse_args(argv or [])
    results = evaluate(baselines=not args.no_baselines)
    print(f"{results['articles']} articles, {results['targets']} targets ({results['gold_author']} author); "
          f"stages: {', '.join(results['stages'])}\n")
    print(tables(results))
    for doc_id, error in results["crashed"].items():
        print(f"\nnewsprism raised on {doc_id} (its targets count as wrong): {error}")
    if args.show:
        for name in ("newsprism", "framing"):
            print(f"\n{name} errors:")
            print("\n".join(results[name]["errors"]) or "(none)")
    path = write_results("voice", results)
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
