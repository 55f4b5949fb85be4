"""Typed settings with defaults; every knob a user can turn lives here.

Settings are read from keyword arguments, then ``NEWSPRISM_*`` environment
variables (e.g. ``NEWSPRISM_MODEL=en_core_web_md``), then the defaults below.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace

__all__ = ["DEFAULT_STAGES", "Settings"]

#: Stages run by ``newsprism analyze`` in order; see :mod:`newsprism.pipeline`.
DEFAULT_STAGES: tuple[str, ...] = ("entities", "actors", "quotes", "events", "framing")


@dataclass(frozen=True, kw_only=True)
class Settings:
    #: spaCy pipeline: an installed package name or a path. ``None`` picks the
    #: official ``en_core_web_sm`` when installed, else its PyPI re-upload.
    model: str | None = None
    #: texts per ``nlp.pipe`` batch (16-64 is the measured sweet spot).
    batch_size: int = 32
    #: largest input accepted, in bytes (files and URLs alike).
    max_bytes: int = 10_000_000
    #: seconds before a URL fetch gives up.
    timeout: float = 20.0
    user_agent: str = "newsprism/0.1 (+https://pypi.org/project/newsprism/)"
    #: stages run after the language pipeline.
    stages: tuple[str, ...] = field(default=DEFAULT_STAGES)
    #: refuse text that is not English (the pipeline is English-only).
    require_english: bool = True
    #: optional learned framing scorer: a JSON model written by scripts/train_framing.py, or
    #: ``builtin`` (the own-data model ``make framing-model`` writes). ``None``, ``""`` or
    #: ``none``: lexicons and patterns only, the default: the built-in model misses the issue's
    #: SemEval target (benchmarks/results/framing_scorer.json) (#6).
    framing_scorer: str | None = None

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, overridden by ``NEWSPRISM_<FIELD>`` variables, then by ``overrides``."""
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = os.environ.get(f"NEWSPRISM_{f.name.upper()}")
            if raw is None:
                continue
            if f.name == "stages":
                values[f.name] = tuple(s.strip() for s in raw.split(",") if s.strip())
            elif f.type in ("int",):
                values[f.name] = int(raw)
            elif f.type in ("float",):
                values[f.name] = float(raw)
            elif f.type in ("bool",):
                values[f.name] = raw.lower() in ("1", "true", "yes")
            else:
                values[f.name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)  # type: ignore[arg-type]
