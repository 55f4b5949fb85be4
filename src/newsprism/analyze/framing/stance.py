"""Attribution stance: every reporting verb the writer uses, neutral or evaluative.

*said*/*told* report; *admitted*, *claimed*, *insisted*, *picked on* judge. A verb
from the lexicon counts as attribution when it introduces a report: it is the cue
of a quote, or it has a clausal complement (*admitted that ...*), or a colon or
quotation mark follows it. That rule keeps *admitted to hospital* and *claimed the
lives of* out. Verbs inside quotations are the speaker's and are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc, Token

from newsprism.analyze.framing.actors import EntityIndex
from newsprism.analyze.framing.lexicon import AttributionVerb, Lexicon
from newsprism.analyze.framing.tokens import doc_tokens
from newsprism.analyze.framing.voice import VoiceMap
from newsprism.model import Article, Attribution

__all__ = ["find_attributions"]

_COMPLEMENT = {"ccomp", "parataxis", "xcomp"}
# Kinds that report with a plain object too: "admitted defeat", "denied the charge".
_OBJECT_OK = {"concession", "denial", "boast", "disparagement", "evasion"}
_PREP_OK = {"boast", "disparagement"}
# Kinds whose verb, said of a subject and with no object, reports a statement by itself.
_BARE_OK = {"doubt"}
_OPENERS = {":", "“", '"', "‘"}


def _match(token: Token, lexicon: Lexicon) -> tuple[AttributionVerb, Token] | None:
    """The lexicon verb at ``token`` (with its particle for ``pick on``) and its last token."""
    lemma = token.lemma_.lower()
    for child in token.rights:  # the particle follows its verb: "On Monday she called ..." is no "call on"
        if child.dep_ in ("prt", "prep"):
            verb = lexicon.attribution.get(f"{lemma} {child.lower_}")
            if verb is not None:
                return verb, child
    verb = lexicon.attribution.get(lemma)
    return (verb, token) if verb is not None and len(verb.words) == 1 else None


def _introduces_report(token: Token, verb: AttributionVerb, cue_offsets: set[int], rules: dict[str, Any]) -> bool:
    if token.idx in cue_offsets:
        return True
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return False  # "were admitted to hospital", "was claimed by the flood"
    if any(c.dep_ in _COMPLEMENT for c in token.children):
        return True
    if token.dep_ == "parataxis" or (token.dep_ == "advcl" and token.head.pos_ == "VERB"):
        return True  # '"...," he claimed' parses the verb as a parenthetical
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in rules.get("report_clause_marks", ())
                                     for c in token.children):
        return True  # "As the report points out, the keyboard is ...": the clause it reports is its head
    if verb.kind in _BARE_OK and any(c.dep_ == "nsubj" for c in token.children) \
            and not any(c.dep_ in ("dobj", "attr", "oprd") for c in token.children):
        # "Both men claimed at the time that ...", "which the company claims is a 20% gain": the
        # parser often hangs the claimed clause elsewhere; without an object it is still a report
        # ("claimed the lives of", "claimed victory" have one).
        return True
    following = [t for t in token.doc[token.i + 1 : token.i + 4] if not t.is_space]
    if following and following[0].text in _OPENERS:
        return True
    if verb.kind == "concession" and any(c.dep_ == "prep" and c.lower_ in rules.get("concession_preps", ())
                                         for c in token.children):
        return True  # "Apple admitted to the flawed design" (the passive "admitted to hospital" left above)
    if verb.stance == "evaluative" and verb.kind in _OBJECT_OK:
        # "admitted defeat", "denied the charge"; "boasted of", "lashed out at" take a preposition.
        deps = ("dobj", "prep", "prt") if verb.kind in _PREP_OK else ("dobj",)
        return any(c.dep_ in deps for c in token.children)
    return False


def find_attributions(
    article: Article, doc: Doc, lexicon: Lexicon, voices: VoiceMap, entities: EntityIndex
) -> Iterator[Attribution]:
    """Reporting verbs in the author's voice, with stance, subject actor and quote."""
    cues: dict[int, tuple[str, str | None]] = {}
    for quote in article.quotes:
        if quote.cue is not None:
            speaker = quote.speaker.entity if quote.speaker else None
            cues[quote.cue.start] = (quote.id, speaker)
    cue_tokens: set[int] = set()
    for start in cues:
        cue_tokens.add(start)
    for token in doc_tokens(doc).tokens:
        if token.pos_ not in ("VERB", "AUX") or token.dep_ == "aux":
            continue
        found = _match(token, lexicon)
        if found is None:
            continue
        verb, last = found
        if not voices.is_author(token.idx):
            continue
        cue_hit = _cue_for(token, cues)
        if not _introduces_report(token, verb, cue_tokens | ({token.idx} if cue_hit else set()), lexicon.rules):
            continue
        quote_id, speaker = cue_hit if cue_hit else (None, None)
        actor = speaker or entities.subject_of(token)
        yield Attribution(
            cue=article.span(token.idx, last.idx + len(last.text)),
            lemma=" ".join(verb.words),
            stance="evaluative" if verb.stance == "evaluative" else "neutral",
            kind=verb.kind,
            actor=actor,
            quote=quote_id,
        )


def _cue_for(token: Token, cues: dict[int, tuple[str, str | None]]) -> tuple[str, str | None] | None:
    """The quote whose cue span starts at (or covers) this verb, if the quotes stage saw one."""
    end = token.idx + len(token.text)
    for start in range(token.idx, end):
        if start in cues:
            return cues[start]
    return None
