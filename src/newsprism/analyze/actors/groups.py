"""Generic agents (*security forces*, *protesters*, *plain-clothes agents*) as group actors.

The agent nouns and their PLOVER sectors come from the PLOVER agents dictionary shipped in
the KB (``agents-plover.json``), plus a few phrases it lacks (:data:`lexicon_en.EXTRA_AGENTS`).
A phrase names a *group* when its head is plural or collective (*the police*, *the
regime*); a singular *official* is one unnamed person, not a group, and is left alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc

from newsprism.analyze.actors.kb import KB_DIR
from newsprism.analyze.actors.lexicon_en import AGENT_STOP, COLLECTIVE_HEADS, EXTRA_AGENTS, OPENERS, VAGUE_SECTORS
from newsprism.analyze.actors.names import normalize_name

__all__ = ["AgentHit", "AgentLexicon", "load_agents"]

_MAX_WORDS = 4


@dataclass(frozen=True, slots=True)
class AgentHit:
    """A generic-agent phrase: its span, the agent phrase it matched, sectors, and modifiers."""

    start: int
    end: int
    agent: str
    sectors: tuple[str, ...]
    modifiers: tuple[str, ...]


class AgentLexicon:
    """Agent phrase (folded, singular) -> PLOVER sectors."""

    def __init__(self, table: dict[str, tuple[str, ...]]) -> None:
        self.table = table

    def match(self, words: list[str]) -> tuple[str, tuple[str, ...]] | None:
        """The longest agent phrase that ends the word list (``kenyan security force``)."""
        for n in range(min(_MAX_WORDS, len(words)), 0, -1):
            phrase = " ".join(words[-n:])
            if phrase in self.table:
                return phrase, self.table[phrase]
        return None

    def find(self, doc: Doc, *, taken: list[tuple[int, int]]) -> list[AgentHit]:
        """Group-agent noun phrases in ``doc`` that do not overlap a ``taken`` (named) span."""
        hits = []
        for chunk in doc.noun_chunks:
            root = chunk.root
            plural = root.tag_ in {"NNS", "NNPS"} or root.lemma_.lower() in COLLECTIVE_HEADS
            if not plural or root.pos_ == "PROPN" or root.ent_type_:
                continue
            if any(s < root.idx + len(root.text) and root.idx < e for s, e in taken):
                continue
            tokens = [t for t in chunk if t.i <= root.i and t.lower_ not in OPENERS and t.tag_ not in {"POS", "PRP$"}]
            if not tokens:
                continue
            words = [normalize_name(t.text) for t in tokens[:-1]] + [root.lemma_.lower()]
            words = [w for part in words for w in part.split() if w]
            found = self.match(words)
            if found is None or found[0] in AGENT_STOP or set(found[1]) <= VAGUE_SECTORS:
                continue
            # The actor's words are the agent phrase itself ("security forces" of "the same
            # security forces"); the words before it may say whose (a demonym, a possessive).
            n_words = len(found[0].split())
            agent_tokens = tokens[-n_words:] if n_words <= len(tokens) else tokens
            while len(agent_tokens) < len(tokens) and agent_tokens[0].text in {"-", "–"}:
                agent_tokens = tokens[len(tokens) - len(agent_tokens) - 1 :]
            start = agent_tokens[0].idx
            end = root.idx + len(root.text)
            modifiers = tuple(
                t.text for t in chunk if t.i < root.i and (t.ent_type_ or t.tag_ == "POS" or t.text[:1].isupper())
            )
            sectors = tuple(s for s in found[1] if s not in VAGUE_SECTORS)
            hits.append(AgentHit(start=start, end=end, agent=found[0], sectors=sectors, modifiers=modifiers))
        return hits


@lru_cache(maxsize=1)
def load_agents() -> AgentLexicon:
    path = Path(str(resources.files("newsprism"))) / KB_DIR / "agents-plover.json"
    table: dict[str, tuple[str, ...]] = {r["phrase"]: tuple(r["sectors"]) for r in json.loads(path.read_text("utf-8"))}
    for phrase, sectors in EXTRA_AGENTS.items():
        table.setdefault(phrase, sectors)
    return AgentLexicon(table)
