"""The events stage's per-language data files: one loader, cached, English where a language has none."""

from __future__ import annotations

import pytest

from newsprism.analyze.events import coreference, dates
from newsprism.analyze.events.captions import is_archive_caption
from newsprism.analyze.events.lexicon import language_file
from newsprism.analyze.events.parties import party_nouns
from newsprism.analyze.events.roles import load_role_words


@pytest.mark.parametrize("stem", ["captions", "event_arguments", "event_links", "event_time"])
def test_a_language_without_a_file_is_read_with_the_english_one(stem: str) -> None:
    # "xx" is no language newsprism has word lists for.
    assert language_file(stem, "xx") == language_file(stem, "en")
    assert language_file(stem, "en") is language_file(stem, "en"), "read once per process"


def test_every_reader_of_the_files_falls_back_the_same_way() -> None:
    # The caption cues had no fallback: a page declaring such a language raised FileNotFoundError.
    assert is_archive_caption("File photo: police detain a student", "xx")
    assert not is_archive_caption("Protesters file past the ministry", "xx")
    assert coreference._words("xx") == coreference._words("en")
    assert dates.time_words("xx") == dates.time_words("en")
    # The argument pass read its own file with no fallback and raised on such a language.
    assert load_role_words("xx") == load_role_words("en")
    assert party_nouns("xx") == party_nouns("en")
