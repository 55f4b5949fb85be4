"""A date expression as a point in time, normalised against the article's published date.

Dates are spaCy DATE entities; this module turns their text into ``(value, precision)`` with
dateparser against the published date (never against today, so the same article gives the
same dates next year), plus the forms dateparser misses (*last May*, *January of this year*).
:mod:`.dating` decides which entity dates which event, :mod:`.timing` what the date says about
the event's time relation. Every word is data, per language: the month, weekday and point words
and dateparser's language codes in ``lexicons/event_dates_<lang>.json``, the word lists of
the time relation in ``lexicons/event_time_<lang>.json`` (English's where a language has none).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsprism.analyze.events.lexicon import language_file
from newsprism.model import Article

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

__all__ = ["date_words", "names_a_thing", "normalise_date", "published_base", "time_words", "words_pattern"]

#: A year as digits: the 19th to the 21st century (a number, no word of any language).
YEAR_DIGITS = r"(?:1[89]|20)\d\d"


@lru_cache(maxsize=4)
def time_words(language: str) -> dict[str, frozenset[str]]:
    """The word lists of ``event_time_<lang>.json`` (English where a language has none)."""
    data = language_file("event_time", language)
    return {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}


def words_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` (escaped; a phrase's spaces match one space, as the
    callers collapse whitespace first); ``(?!)``, which matches nothing, for no words (an empty
    alternation would match everywhere). Shared by :mod:`.counted`."""
    return "|".join(re.escape(w) for w in words) or "(?!)"


def _optional_prefix(words: Iterable[str]) -> str:
    """``(?:in |on )?``: one of ``words`` and a space, or nothing."""
    return f"(?:(?:{words_pattern(words)}) )?"


@dataclass(frozen=True, slots=True)
class DateWords:
    """A language's date words and the patterns built from them, once per language."""

    months: tuple[str, ...]  # calendar order: the index + 1 is the month number
    weekdays: tuple[str, ...]  # Monday first, as ``datetime.weekday``
    months_capitalised: bool
    near_years: dict[str, int]  # *last* -> -1, *this* -> 0, *next* -> 1
    dateparser_languages: tuple[str, ...]
    point: re.Pattern[str]  # names a point in time (a year, a month, a weekday, *yesterday*, *ago*)
    duration: re.Pattern[str]  # starts a stretch of time (*for*, *the past*)
    year: re.Pattern[str]  # a bare year, perhaps after a preposition: group 1 is the year
    weekday: re.Pattern[str]  # a bare weekday: group 1
    near_month: re.Pattern[str]  # *last May*: groups 1 (the near word) and 2 (the month)
    month_of_near_year: re.Pattern[str]  # *January of this year*: groups 1 (month, day) and 2 (near word)
    period_starts: frozenset[str]  # *since* before a date: a period starts there, no act is dated
    leading_determiners: frozenset[str]  # *the* before a date entity is not part of the date
    comparison_ordinals: frozenset[str]  # *the first strike since May*: a comparison bound, not a date
    period_part: re.Pattern[str]  # *late* in *late last year*: a part of the period, dated at its precision


@lru_cache(maxsize=8)
def date_words(language: str) -> DateWords:
    """The date words of ``event_dates_<lang>.json`` (English's where ``language`` has none) and
    the regexes built from them, read and compiled once per process per language."""
    data: dict[str, Any] = language_file("event_dates", language)
    months = tuple(m.lower() for m in data["months"])
    weekdays = tuple(d.lower() for d in data["weekdays"])
    near = words_pattern(data["near_years"])
    month_names = words_pattern(months)
    point = "|".join((r"1[89]\d\d|20\d\d",
                      f"(?:{words_pattern(data['month_abbreviations'])})\\.?(?!\\w)", month_names,
                      words_pattern(weekdays), words_pattern(data["point_words"])))
    day = f"(?: \\d{{1,2}}(?:{words_pattern(data['day_suffixes'])})?)?"
    return DateWords(
        months=months,
        weekdays=weekdays,
        months_capitalised=bool(data["months_capitalised"]),
        near_years={word.lower(): int(offset) for word, offset in data["near_years"].items()},
        dateparser_languages=tuple(data["dateparser_languages"]),
        period_starts=frozenset(w.lower() for w in data.get("period_starts", ())),
        leading_determiners=frozenset(w.lower() for w in data.get("leading_determiners", ())),
        comparison_ordinals=frozenset(w.lower() for w in data.get("comparison_ordinals", ())),
        period_part=re.compile(rf"^(?:{words_pattern(data.get('period_parts', ()))})(?: |-)(?=\S)", re.IGNORECASE),
        # whole words: "dec" in "a decade" names no December
        point=re.compile(rf"\b({point})\b", re.IGNORECASE),
        duration=re.compile(rf"^({words_pattern(data['duration_starts'])})\b", re.IGNORECASE),
        year=re.compile(rf"^{_optional_prefix(data['year_prepositions'])}({YEAR_DIGITS})$", re.IGNORECASE),
        weekday=re.compile(rf"^{_optional_prefix(data['weekday_prepositions'])}({words_pattern(weekdays)})$",
                           re.IGNORECASE),
        near_month=re.compile(rf"^{_optional_prefix(data['month_prepositions'])}({near}) ({month_names})$",
                              re.IGNORECASE),
        # A month (and day) of a year named from the paper's: *January of this year*, *March 20 last year*.
        month_of_near_year=re.compile(
            rf"^{_optional_prefix(data['month_prepositions'])}((?:{month_names}){day}),?"
            rf" {_optional_prefix(data['of_words'])}({near}) (?:{words_pattern(data['year_words'])})$",
            re.IGNORECASE),
    )


def _near_month(words: DateWords, which: str, name: str, base: datetime) -> str:
    """*last May* / *next June* / *this March* against ``base``. Written by hand because
    dateparser returns nothing for them. *last May* in May's paper is a year ago; *this*
    is the month of the base's year."""
    month = words.months.index(name) + 1
    year = base.year
    offset = words.near_years[which]
    if offset < 0:
        year -= int(month >= base.month)
    elif offset > 0:
        year += int(month <= base.month)
    return f"{year:04d}-{month:02d}"


def published_base(article: Article) -> datetime | None:
    """The article's published date as a datetime, or ``None`` when the page gave none."""
    if article.published is None:
        return None
    value = article.published.value
    for fmt, size in (("%Y-%m-%dT%H:%M", 16), ("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            return datetime.strptime(value[:size], fmt)
        except ValueError:
            continue
    return None


@lru_cache(maxsize=64)
def _parser(languages: tuple[str, ...], ahead: bool, base: datetime | None) -> DateDataParser:
    """One dateparser parser per (languages, settings), reused by every date of an article:
    the settings hold the relative base (the article's date), so an article needs at most two
    (one looking back, one ahead), not one per date."""
    from dateparser.date import DateDataParser  # imported lazily: ~0.3 s, only when a date is seen

    # "on Monday" is the Monday before publication, unless the clause looks ahead ("ahead").
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "future" if ahead else "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    return DateDataParser(languages=list(languages), settings=settings)


@lru_cache(maxsize=4096)
def normalise_date(text: str, base: datetime | None, *, ahead: bool = False,
                   language: str = "en") -> tuple[str, str] | None:
    """``(value, precision)`` for a date expression in ``language``, or ``None`` if it is not a
    point in time.

    >>> normalise_date("2009", None)
    ('2009', 'year')
    >>> normalise_date("January 2018", None)
    ('2018-01', 'month')
    >>> normalise_date("Tuesday", datetime(2020, 1, 9))
    ('2020-01-07', 'day')
    >>> normalise_date("Thursday", datetime(2020, 1, 9))  # the paper's own day
    ('2020-01-09', 'day')
    >>> normalise_date("two years", None) is None
    True
    >>> normalise_date("last week", datetime(2020, 1, 9)) is None  # no day is named
    True
    >>> normalise_date("last May", datetime(2020, 5, 9))
    ('2019-05', 'month')
    >>> normalise_date("march", datetime(2020, 5, 9)) is None  # the noun, not the month
    True
    >>> normalise_date("a decade", datetime(2020, 5, 9)) is None
    True
    >>> normalise_date("September 20 of this year", datetime(2019, 12, 14))
    ('2019-09-20', 'day')
    >>> normalise_date("Wednesday, July 31", datetime(2019, 7, 28))  # 31 July 2018 was a Tuesday
    ('2019-07-31', 'day')
    >>> normalise_date("late last year", datetime(2019, 5, 19))  # a part of a period: the period's precision
    ('2018', 'year')
    """
    words = date_words(language)
    text = " ".join(text.split())
    part = words.period_part.match(text)
    if part:
        # "late last year", "early May", "mid-2018": a part of a period is within it; dated at its precision.
        return normalise_date(text[part.end():], base, ahead=ahead, language=language)
    if not words.point.search(text) or words.duration.search(text):
        return None
    if words.months_capitalised and not re.search(r"\d", text) and any(
            w.lower() in words.months and w.islower() for w in text.split()):
        return None  # "a peaceful march", "it may": a month is written with a capital
    if any(w in time_words(language)["week_words"] for w in text.lower().split()):
        return None  # "last week", "this weekend": no day, and no week precision to say so
    year = words.year.match(text)
    if year:
        return year.group(1), "year"
    if base is None and not re.search(YEAR_DIGITS, text):
        return None  # "last Tuesday" without a published date: unknown, not today's Tuesday
    named_year = words.month_of_near_year.match(text)
    if base is not None and named_year:
        # dateparser reads "January of this year" as no date; the year is the paper's, moved by the word.
        number = base.year + words.near_years[named_year.group(2).lower()]
        return normalise_date(f"{named_year.group(1)} {number}", base, ahead=ahead, language=language)
    month = words.near_month.match(text)
    if base is not None and month:
        return _near_month(words, month.group(1).lower(), month.group(2).lower(), base), "month"
    weekday = words.weekday.match(text)
    if base is not None and weekday and words.weekdays.index(weekday.group(1).lower()) == base.weekday():
        return base.strftime("%Y-%m-%d"), "day"  # "on Thursday" in Thursday's paper is that day
    data = _parser(words.dateparser_languages, ahead, base).get_date_data(text)
    if data.date_obj is None:
        return None
    period = data.period or "day"
    named = [words.weekdays.index(w) for w in re.findall(r"\w+", text.lower()) if w in words.weekdays]
    if period == "day" and named and data.date_obj.weekday() != named[0] and not re.search(YEAR_DIGITS, text):
        # "Wednesday, July 31": the weekday names the year the tense did not (a date is read as past
        # or future from the event's tense; the calendar agrees with only one of the two years).
        other = _parser(words.dateparser_languages, not ahead, base).get_date_data(text)
        if other.date_obj is not None and other.date_obj.weekday() == named[0]:
            data = other
    if period == "year":
        return data.date_obj.strftime("%Y"), "year"
    if period == "month":
        return data.date_obj.strftime("%Y-%m"), "month"
    return data.date_obj.strftime("%Y-%m-%d"), "day"


#: Links by which a date premodifies a noun: *the 2020 census*, *its 2018 ballot act*.
_PREMODIFIER = frozenset({"nummod", "compound", "amod", "nmod"})


def names_a_thing(ent: SpacySpan, event_head: Token, language: str = "en") -> bool:
    """Is ``ent`` part of a thing's name, not the time of the event at ``event_head``? A date that
    premodifies a noun (*the 2020 census*, *the 2018 Ballot Act*, *the 2019 budget*) tells which
    census or act is meant, not when anything was done to it; only on the event's own noun does it
    date the event (*a 2011 conviction*, *the 2016 blockade*)."""
    root = ent.root
    if len(ent) != 1 or not (root.is_digit and len(root.text) == 4):
        return False  # a bare year only: "on Wednesday evening", "the August 2017 rally" date their nouns' time
    if root.dep_ not in _PREMODIFIER or root.head.pos_ not in {"NOUN", "PROPN"} or root.i > root.head.i:
        return False
    noun = root.head
    for _ in range(4):  # "the 2017 Unite the Right rally": a name inside the event noun's own phrase
        if noun.i == event_head.i:
            return False
        if noun.dep_ not in _PREMODIFIER or noun.head.i == noun.i:
            break
        noun = noun.head
    frames = time_words(language).get("frame_preps", frozenset())
    if (noun.dep_ == "dobj" and noun.head.i == event_head.i) or (
            noun.dep_ == "pobj" and noun.head.lower_ in frames and noun.head.head.i == event_head.i):
        return False  # "hosted the 2017 championship", "refused during a 2018 trip": the act's own time
    return noun.i != event_head.i
