"""What the framing-scorer test files share: the training script, loaded as a module.

``scripts/`` is not a package, so the tests load ``train_framing.py`` by path and call its
``main()`` the way a user's command line would.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_framing.py"


def load_script() -> ModuleType:
    """``scripts/train_framing.py`` as a fresh module."""
    spec = importlib.util.spec_from_file_location("train_framing", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
