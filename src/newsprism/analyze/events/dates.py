"""A date expression as a point in time, normalised against the article's published date.

Dates are spaCy DATE entities; this module turns their text into ``(value, precision)`` with
dateparser against the published date (never against today, so the same article gives the
same dates next year), plus the forms dateparser misses (*last May*, *January of this year*).
:mod:`.timing` decides which entity dates which event and what the date says about the
event's time relation. The word lists are data (``lexicons/event_time_<lang>.json``).
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import Any

from newsprism.analyze.events.lexicon import language_file
from newsprism.model import Article

__all__ = ["normalise_date", "published_base", "time_words"]

#: A DATE entity is a point in time only if it names one (durations like "two years" are not).
_POINT = re.compile(
    r"\b(1[89]\d\d|20\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?(?!\w)|january|february|"
    r"march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|last|next|this|ago|earlier)\b",
    re.IGNORECASE,
)  # whole words: "dec" in "a decade" names no December
_DURATION = re.compile(r"^(for|over|during|within|the past|the last|the next)\b", re.IGNORECASE)
_YEAR = re.compile(r"^(?:in |of |since )?((?:1[89]|20)\d\d)$", re.IGNORECASE)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"^(?:on )?(" + "|".join(_WEEKDAYS) + r")$", re.IGNORECASE)


@lru_cache(maxsize=4)
def time_words(language: str) -> dict[str, frozenset[str]]:
    """The word lists of ``event_time_<lang>.json`` (English where a language has none)."""
    data = language_file("event_time", language)
    return {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_NEAR_MONTH = re.compile(r"^(?:in |on )?(last|next|this) (" + "|".join(_MONTHS) + r")$", re.IGNORECASE)
#: A month (and day) of a year named from the paper's: *January of this year*, *March 20 last year*.
_MONTH_OF_NEAR_YEAR = re.compile(r"^(?:in |on )?((?:" + "|".join(_MONTHS) + r")(?: \d{1,2}(?:st|nd|rd|th)?)?),?"
                                 r" (?:of )?(last|next|this) year$", re.IGNORECASE)
_YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}


def _near_month(which: str, name: str, base: datetime) -> str:
    """*last May* / *next June* / *this March* against ``base``. Written by hand because
    dateparser returns nothing for them. *last May* in May's paper is a year ago; *this*
    is the month of the base's year."""
    month = _MONTHS.index(name) + 1
    year = base.year
    if which == "last":
        year -= int(month >= base.month)
    elif which == "next":
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


@lru_cache(maxsize=4096)
def normalise_date(text: str, base: datetime | None, *, ahead: bool = False) -> tuple[str, str] | None:
    """``(value, precision)`` for a date expression, or ``None`` if it is not a point in time.

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
    """
    text = " ".join(text.split())
    if not _POINT.search(text) or _DURATION.search(text):
        return None
    if not re.search(r"\d", text) and any(w.lower() in _MONTHS and w.islower() for w in text.split()):
        return None  # "a peaceful march", "it may": a month is written with a capital
    # English only, like the dateparser call below.
    if any(w in time_words("en")["week_words"] for w in text.lower().split()):
        return None  # "last week", "this weekend": no day, and no week precision to say so
    year = _YEAR.match(text)
    if year:
        return year.group(1), "year"
    if base is None and not re.search(r"(1[89]|20)\d\d", text):
        return None  # "last Tuesday" without a published date: unknown, not today's Tuesday
    named_year = _MONTH_OF_NEAR_YEAR.match(text)
    if base is not None and named_year:
        # dateparser reads "January of this year" as no date; the year is the paper's, moved by the word.
        number = base.year + _YEAR_OFFSETS[named_year.group(2).lower()]
        return normalise_date(f"{named_year.group(1)} {number}", base, ahead=ahead)
    month = _NEAR_MONTH.match(text)
    if base is not None and month:
        return _near_month(month.group(1).lower(), month.group(2).lower(), base), "month"
    weekday = _WEEKDAY.match(text)
    if base is not None and weekday and _WEEKDAYS.index(weekday.group(1).lower()) == base.weekday():
        return base.strftime("%Y-%m-%d"), "day"  # "on Thursday" in Thursday's paper is that day
    from dateparser.date import DateDataParser  # imported lazily: ~0.3 s, only when a date is seen

    # "on Monday" is the Monday before publication, unless the clause looks ahead ("ahead").
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "future" if ahead else "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data.date_obj is None:
        return None
    period = data.period or "day"
    if period == "year":
        return data.date_obj.strftime("%Y"), "year"
    if period == "month":
        return data.date_obj.strftime("%Y-%m"), "month"
    return data.date_obj.strftime("%Y-%m-%d"), "day"
