"""The date words read by ``events/dates.py``, ``counted.py``, ``timing.py``, ``dating.py`` and the stage are data
(#5)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.analyze import events
from newsprism.analyze.events import counted, dates, dating, timing
from newsprism.analyze.events.counted import counted_on
from newsprism.analyze.events.dates import normalise_date
from newsprism.analyze.events.lexicon import language_file

MODULES = [Path(dates.__file__), Path(counted.__file__), Path(timing.__file__), Path(dating.__file__),
           Path(events.__file__)]
#: The precision names of ``EventDate`` (model.DatePrecision): code may name them, as values.
PRECISIONS = {"year", "month", "day", "minute"}

#: A tiny invented table for a second language, in the shape of ``event_dates_en.json`` (Spanish
#: words, so that dateparser, which reads the language codes given here, can parse what is left).
SECOND = {
    "months": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
               "noviembre", "diciembre"],
    "month_abbreviations": [],
    "weekdays": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "point_words": ["hoy", "ayer"],
    "duration_starts": ["durante"],
    "months_capitalised": False,
    "near_years": {"pasado": -1, "próximo": 1},
    "year_prepositions": ["en"],
    "weekday_prepositions": ["el"],
    "month_prepositions": ["en"],
    "of_words": ["del"],
    "year_words": ["año"],
    "day_suffixes": [],
    "dateparser_languages": ["es"],
    "counted_units": {"años": "year", "mes": "month", "meses": "month"},
    "counted_directions": {"después": 1, "antes": -1},
    "article_numbers": {"un": 1},
    "same_point_determiners": ["ese", "aquel"],
    "same_point_units": {"día": "day", "mes": "month"},
}


def _clear() -> None:
    for cached in (dates.date_words, dates.normalise_date, dates.time_words, counted.counted_words):
        cached.cache_clear()


@pytest.fixture
def tables(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, dict[str, Any]]]:
    """The loader as the two modules see it, with event_dates tables the test may set per language."""
    own: dict[str, dict[str, Any]] = {}

    def load(stem: str, language: str) -> dict[str, Any]:
        if stem == "event_dates" and language in own:
            return own[language]
        return language_file(stem, language)

    monkeypatch.setattr(dates, "language_file", load)
    monkeypatch.setattr(counted, "language_file", load)
    _clear()
    yield own
    _clear()


def _code_strings(source: str) -> Iterator[tuple[int, str]]:
    """The string constants of a module that are neither docstrings nor subscript keys
    (``data["months"]`` names a key of the data, not a word of the text)."""
    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skip.add(id(first.value))
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            skip.add(id(node.slice))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            yield node.lineno, node.value


def _written_words(source: str) -> list[tuple[int, str]]:
    """(line, word) for every word of the English table that a string literal of ``source``
    spells as a whole word; a literal that is just a precision name is a value, not a word."""
    data = language_file("event_dates", "en")
    words = {str(w).lower() for key, value in data.items() if isinstance(value, list | dict)
             and key != "dateparser_languages" for w in value}  # language codes: "en" is the default argument
    assert {"january", "tuesday", "later", "that same", "ago", "years"} <= words
    return [(line, word) for line, text in _code_strings(source) if text not in PRECISIONS
            for word in sorted(words) if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_date_word_is_written_in_the_code(path: Path) -> None:
    # A regex or a set that spells "later", "January" or "the same" again fails here.
    assert _written_words(path.read_text("utf-8")) == []


def test_the_scan_finds_a_word_written_back() -> None:
    # The guard can fail: the old code's literals are caught, a data key and a precision are not.
    old = ('_COUNTED = re.compile(r"^(?P<n>\\w+) (?P<unit>year|month)s? (?P<way>later|earlier)$")\n'
           'x = data["months"], "year"\n')
    assert [word for _, word in _written_words(old)] == ["earlier", "later", "month", "year"]


def test_the_words_come_from_the_table(tables: dict[str, dict[str, Any]]) -> None:
    english = language_file("event_dates", "en")
    assert counted_on("two years later", [("2011", "year")], {"two": 2}) == ("2013", "year")
    assert normalise_date("last May", datetime(2020, 5, 9)) == ("2019-05", "month")
    tables["en"] = {**english, "counted_directions": {"earlier": -1},
                    "near_years": {k: v for k, v in english["near_years"].items() if k != "last"}}
    _clear()
    assert counted_on("two years later", [("2011", "year")], {"two": 2}) is None
    assert counted_on("two years earlier", [("2011", "year")], {"two": 2}) == ("2009", "year")
    assert normalise_date("last May", datetime(2020, 5, 9)) != ("2019-05", "month")


def test_a_second_language_is_honoured(tables: dict[str, dict[str, Any]]) -> None:
    tables["xx"] = SECOND
    base = datetime(2020, 1, 9)  # a Thursday
    # Its own words: counted, a same point, a month, a weekday, a near month.
    assert counted_on("dos años después", [("2011", "year")], {"dos": 2}, "xx") == ("2013", "year")
    assert counted_on("un mes antes", [("2024-01", "month")], {}, "xx") == ("2023-12", "month")
    assert counted_on("ese día", [("2019-11-08", "day")], {}, "xx") == ("2019-11-08", "day")
    assert normalise_date("enero de 2018", None, language="xx") == ("2018-01", "month")
    assert normalise_date("el jueves", base, language="xx") == ("2020-01-09", "day")
    assert normalise_date("martes", base, language="xx") == ("2020-01-07", "day")
    assert normalise_date("en pasado marzo", base, language="xx") == ("2019-03", "month")
    assert normalise_date("durante 2019", None, language="xx") is None  # a stretch of time
    assert normalise_date("algo", base, language="xx") is None  # its empty abbreviation list matches nothing
    assert not dates.date_words("xx").point.search("durante algo")
    # ... and not English's: the same expressions in English are no date in that language.
    assert counted_on("two years later", [("2011", "year")], {"two": 2}, "xx") is None
    assert normalise_date("Tuesday", base, language="xx") is None
    assert normalise_date("Tuesday", base) == ("2020-01-07", "day")


def test_a_language_without_a_table_reads_english() -> None:
    assert dates.date_words("xx") == dates.date_words("en")
    assert counted.counted_words("xx") == counted.counted_words("en")
    assert normalise_date("last May", datetime(2020, 5, 9), language="xx") == ("2019-05", "month")
    assert counted_on("two years later", [("2011", "year")], {"two": 2}, "xx") == ("2013", "year")


def test_one_parser_serves_every_date_of_an_article() -> None:
    # A DateDataParser per call was built for every uncached date; now one per (languages, settings).
    dates._parser.cache_clear()
    normalise_date.cache_clear()
    base = datetime(2021, 6, 17)
    for text in ("Tuesday", "June 3", "yesterday", "March 2, 2020", "last Friday"):
        assert normalise_date(text, base) is not None
    assert normalise_date("next Monday", base, ahead=True) is not None
    assert dates._parser.cache_info().currsize == 2  # looking back, looking ahead


@given(n=st.integers(1, 99), year=st.integers(1900, 2090), month=st.integers(1, 12),
       unit=st.sampled_from(["years", "months"]), way=st.sampled_from(["later", "earlier", "afterwards", "before"]))
def test_counting_on_is_arithmetic(n: int, year: int, month: int, unit: str, way: str) -> None:
    sign = -1 if way in {"earlier", "before"} else 1
    got = counted_on(f"{n}  {unit} {way}", [None, (f"{year:04d}-{month:02d}", "month")], {})
    if unit == "years":
        assert got == (f"{year + sign * n:04d}", "year")
    else:
        months = year * 12 + month - 1 + sign * n
        assert got == (f"{months // 12:04d}-{months % 12 + 1:02d}", "month")


_PIECES = st.sampled_from(["last", "next", "this", "May", "march", "Tuesday", "of", "year", "the same", "day", "2019",
                           "20th", "in", "on", "ago", "two", "years", "later", "week", ",", "Jan.", "decade", "for"])


@settings(deadline=None)  # the first example imports dateparser (~0.3 s)
@given(words=st.lists(_PIECES | st.text(max_size=6), max_size=6),
       base=st.none() | st.datetimes(datetime(1990, 1, 1), datetime(2030, 12, 31)), ahead=st.booleans())
def test_any_text_is_a_well_formed_date_or_none(words: list[str], base: datetime | None, ahead: bool) -> None:
    # Whatever the words, a date expression parses to a dated value at its precision, or to nothing.
    got = normalise_date(" ".join(words), base, ahead=ahead)
    if got is not None:
        value, precision = got
        shape = {"year": r"\d{4}", "month": r"\d{4}-\d\d", "day": r"\d{4}-\d\d-\d\d"}[precision]
        assert re.fullmatch(shape, value), got
