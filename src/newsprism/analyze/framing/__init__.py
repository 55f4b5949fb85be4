"""Framing (issue #6): the writer's loaded language and persuasion techniques, by voice.

- :mod:`.lexicon` compiles ``analyze/lexicons/framing_<lang>.toml`` (phrases as data);
- :mod:`.detectors` finds technique evidence (lexicon, VADER-loaded words, text shapes);
- :mod:`.patterns` holds the parse-based shape rules (epithets, doubt questions, either/or, ...);
- :mod:`.voice` says whose voice an offset is in (the quotes stage's map, or quote marks);
- :mod:`.stance` rates every reporting verb the writer uses (neutral or evaluative);
- :mod:`.actors` attaches labels and verbs to the actors they are about;
- :mod:`.stage` groups it all into ``Article.frames`` and ``Article.framing``.
"""

from __future__ import annotations

from newsprism.analyze.framing.lexicon import load_lexicon
from newsprism.analyze.framing.stage import FramingStage, frame_article

__all__ = ["FramingStage", "frame_article", "load_lexicon"]
