"""Actors: in-article clusters of mentions, linked to a versioned knowledge base.

Modules: :mod:`names` (folding), :mod:`kb` (the knowledge base), :mod:`acronyms`,
:mod:`roles`, :mod:`groups` (generic agents with PLOVER sectors), :mod:`countries`
(demonyms and capitals), :mod:`cluster` (in-article clustering), :mod:`link` (KB
linking and the provisional key), :mod:`stage` (the ``actors`` stage).
"""

from __future__ import annotations

from newsprism.analyze.actors.kb import KnowledgeBase, default_user_kb_path, load_kb
from newsprism.analyze.actors.link import provisional_key
from newsprism.analyze.actors.stage import ActorsStage

__all__ = ["ActorsStage", "KnowledgeBase", "default_user_kb_path", "load_kb", "provisional_key"]
