"""The perfect auxiliary is lexicon data passed in, and the infinitive test lives below
``readings`` and ``fill`` (#5): a word written back into the code fails here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import newsprism
from newsprism.analyze.events import clauses, dating, discourse, readings, timing, unrealised
from newsprism.analyze.events.dates import time_words
from newsprism.analyze.events.lexicon import load_lexicon


def _strings(source: str) -> set[str]:
    """Every string literal of ``source`` that is not a docstring."""
    tree = ast.parse(source)
    docs = {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, ast.Module | ast.ClassDef | ast.FunctionDef) and n.body
            and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    return {n.value.lower() for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs}


@pytest.mark.parametrize("module", [discourse, timing, dating, unrealised], ids=lambda m: m.__name__)
def test_no_perfect_auxiliary_is_spelt_in_the_code(module: object) -> None:
    assert not {"have", "has", "had"} & _strings(Path(module.__file__).read_text("utf-8"))  # type: ignore[attr-defined]


def test_readings_does_not_spell_the_infinitive_marker() -> None:
    assert "to" not in _strings(Path(readings.__file__).read_text("utf-8"))
    assert "to" in _strings(Path(clauses.__file__).read_text("utf-8"))  # the guard can fail: it finds it there


def test_the_perfect_words_come_from_the_lexicon() -> None:
    words = load_lexicon("en").words
    assert words["perfect_aux"] == {"have"} and words["past_perfect_aux"] == {"had"}


def test_a_role_framed_record_needs_the_perfect_words_passed_in(pipeline: newsprism.Pipeline) -> None:
    # A made-up record: "as governor" frames a perfect as a life's record only where the
    # perfect auxiliary passed in is the one the clause uses.
    doc = pipeline.nlp("As governor, Ilse Varro has signed nine trade pacts with her neighbours.")
    verb = next(t for t in doc if t.lower_ == "signed")
    time = time_words("en")
    assert discourse.career_frame(verb, time, frozenset({"have"}))
    assert not discourse.career_frame(verb, time, frozenset())
