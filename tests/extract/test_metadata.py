"""Metadata rules: bylines, headline choice, local publication day, JSON-LD as pages write it."""

from __future__ import annotations

from datetime import datetime, timedelta

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.extract.byline import looks_like_person, parse_byline
from newsprism.extract.dates import parse_instant, parse_visible
from newsprism.extract.html import parse_html
from newsprism.extract.metadata import PageMetadata, read_metadata
from newsprism.extract.rules import AGENCIES


@pytest.mark.parametrize(
    ("byline", "people", "agency"),
    [
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe"), None),
        ("By JANE DOE, Reuters", ("Jane Doe",), "Reuters"),
        ("Staff Writer", (), None),
        ("The Associated Press", (), "Associated Press"),
        ("By Jane Doe Staff Writer", ("Jane Doe",), None),
        ("By JOHN ROE, AP National Security Writer", ("John Roe",), "Associated Press"),
        ("By JANE DOE and JOHN ROE Associated Press", ("Jane Doe", "John Roe"), "Associated Press"),
        ("Analysis by Jane Doe, Example Editor-at-large", ("Jane Doe",), None),
        ("Posted by Jane Doe on November 19, 2019, 6:21 AM EST", ("Jane Doe",), None),
        ("Jane Doe @janedoe / 2 days", ("Jane Doe",), None),
        ("by Jane Doe19 Nov 2019 05:44 GMT", ("Jane Doe",), None),
        ("By Jane DoeEXAMPLEBusiness", (), None),
        ("Science X staff", (), None),
        ("by European Space Agency", (), None),
        ("Jane Doe. Example International", (), None),
        ("Jane Doe, Example Business", ("Jane Doe",), None),
    ],
)
def test_parse_byline(byline: str, people: tuple[str, ...], agency: str | None) -> None:
    parsed = parse_byline(byline)
    assert parsed.people == people
    assert parsed.agency == agency


def test_site_name_in_a_byline_is_not_a_person() -> None:
    assert parse_byline("By Northfield Courier", site="Northfield Courier").people == ()
    assert parse_byline("Jane Doe | Northfield Courier", site="Northfield Courier").people == ("Jane Doe",)


@given(st.text(max_size=120))
def test_parse_byline_never_invents_a_non_name(text: str) -> None:
    parsed = parse_byline(text)
    assert all(looks_like_person(person) for person in parsed.people)
    assert parsed.agency is None or parsed.agency in set(AGENCIES.values())


@given(st.text(max_size=160))
def test_parse_visible_gives_a_plausible_day_or_nothing(text: str) -> None:
    moment = parse_visible(text)
    assert moment is None or 1995 <= moment.year <= datetime.now().year + 1


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2019-11-19T21:57:01+0000", datetime(2019, 11, 19, 21, 57, 1)),
        ("2019-11-20 06:09:25", datetime(2019, 11, 20, 6, 9, 25)),
        ("19 Nov 2019 07:09 GMT", datetime(2019, 11, 19, 7, 9)),
        ("0001-01-01T00:00:00Z", None),
        ("", None),
    ],
)
def test_parse_instant(raw: str, expected: datetime | None) -> None:
    moment = parse_instant(raw)
    if expected is None:
        assert moment is None
    else:
        assert moment is not None
        assert moment.replace(tzinfo=None) == expected
        assert moment.utcoffset() in (None, timedelta(0))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Updated 10:01 pm PST, Tuesday, November 19, 2019", "2019-11-19"),
        ("Nov. 19, 2019 5:50 PM", "2019-11-19"),
        ("21:17 18.11.2019", "2019-11-18"),
        ("on Monday, November 18th, 2019 at 11:08 a.m.", "2019-11-18"),
        ("Published 22 hours ago", None),
        ("5 Min Read", None),
    ],
)
def test_parse_visible(text: str, day: str | None) -> None:
    moment = parse_visible(text)
    assert (moment.date().isoformat() if moment else None) == day


def _meta(html: str) -> PageMetadata:
    return read_metadata(html, parse_html(html))


def test_visible_headline_wins_over_an_seo_title() -> None:
    html = (
        '<html><head><title>Disney+ glitches blamed on demand - Example Times</title>'
        '<meta property="og:title" content="\'We had some issues,\' exec says on Disney+ glitches"></head>'
        "<body><h1>Example Times</h1><h1>‘We had some issues,’ exec says on Disney+ glitches</h1></body></html>"
    )
    assert _meta(html).title == "‘We had some issues,’ exec says on Disney+ glitches"


def test_title_without_h1_loses_its_site_suffix() -> None:
    html = "<html><head><title>Storm hits the coast | Example Times</title></head><body><p>x</p></body></html>"
    meta = read_metadata("", lxml.html.fromstring(html))
    assert meta.title == "Storm hits the coast"


def test_json_ld_with_raw_newlines_and_trailing_commas_is_read() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Storm\n hits",'
        ' "author": {"@type": "Person", "name": "Jane Doe"}, "datePublished": "2019-11-18T10:00:00-05:00",}'
        "</script></head><body><p>x</p></body></html>"
    )
    meta = _meta(html)
    assert meta.authors == ["Jane Doe"]
    assert meta.published is not None and meta.published.value == "2019-11-18"


def test_visible_byline_naming_more_people_than_json_ld_wins() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle",'
        ' "author": {"@type": "Person", "name": "Jane Doe"}}</script></head>'
        '<body><p class="byline">By Jane Doe, John Roe, Ann Poe</p><p>x</p></body></html>'
    )
    assert _meta(html).authors == ["Jane Doe", "John Roe", "Ann Poe"]


def test_visible_byline_disagreeing_with_json_ld_loses() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle",'
        ' "author": {"@type": "Person", "name": "Jane Doe"}}</script></head>'
        '<body><p class="byline">By John Roe</p><p>x</p></body></html>'
    )
    assert _meta(html).authors == ["Jane Doe"]


def test_zone_offset_from_another_timestamp_moves_a_utc_date() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2019-11-20T05:57:50Z">'
        '<meta name="sailthru.date" content="2019-11-19 21:57:00 -0800"></head><body><p>x</p></body></html>'
    )
    published = _meta(html).published
    assert published is not None and published.value == "2019-11-19"


def test_a_date_only_timestamp_is_not_moved() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
        '"November 19, 2019"}</script></head><body><time datetime="2019-11-19T06:34:04-05:00">'
        "November 19, 2019 at 6:34 am</time><p>x</p></body></html>"
    )
    published = _meta(html).published
    assert published is not None and published.value == "2019-11-19"


def test_names_in_comments_and_sidebars_are_not_authors() -> None:
    html = (
        "<html><head><title>Storm hits the coast</title></head><body><h1>Storm hits the coast</h1>"
        '<p>Rain fell all night.</p><aside><p class="byline">By Ann Poe</p></aside>'
        '<ol class="comment-list"><li><span class="comment-author">John Roe</span> Great story</li></ol>'
        "</body></html>"
    )
    assert _meta(html).authors == []


def test_a_structured_title_keeps_a_tail_that_is_not_the_site() -> None:
    html = (
        '<html><head><title>Brexit - what happens next | Example Times</title>'
        '<meta property="og:title" content="Brexit - what happens next"></head><body><p>x</p></body></html>'
    )
    assert _meta(html).title == "Brexit - what happens next"


def test_a_masthead_h1_is_not_the_headline() -> None:
    html = (
        '<html><head><title>Deportees return home | Example Post</title>'
        '<meta property="og:site_name" content="Example Post"></head>'
        "<body><h1>Example Post</h1><h2>Deportees return home</h2><p>x</p></body></html>"
    )
    assert _meta(html).title == "Deportees return home"


def test_a_visible_time_without_a_year_still_gives_the_zone() -> None:
    # 01:19 UTC on the 19th, shown as "Posted Nov 18, 8:19 PM" (UTC-5): published on the 18th.
    html = (
        '<html><head><meta property="article:published_time" content="2019-11-19T01:19:34.819Z"></head>'
        '<body><time datetime="2019-11-19T01:19:34.819Z">Posted Nov 18, 8:19 PM</time><p>x</p></body></html>'
    )
    published = _meta(html).published
    assert published is not None and published.value == "2019-11-18"


def test_the_day_a_page_shows_beside_a_utc_instant() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2019-11-19T04:50:22+00:00"></head>'
        '<body><time datetime="2019-11-18">November 18, 2019</time><p>x</p></body></html>'
    )
    published = _meta(html).published
    assert published is not None and published.value == "2019-11-18"


def test_a_shown_day_no_zone_could_reach_is_ignored() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2019-11-19T20:50:22+00:00"></head>'
        '<body><time datetime="2019-11-18">November 18, 2019</time><p>x</p></body></html>'
    )
    published = _meta(html).published
    assert published is not None and published.value == "2019-11-19"


def test_tags_from_lists_and_single_values_each_once() -> None:
    html = (
        '<html><head><meta property="article:tag" content="Hong Kong,Protest">'
        '<meta property="article:tag" content="China"><meta name="keywords" content="protest, China, Asia">'
        "</head><body><p>x</p></body></html>"
    )
    assert _meta(html).tags == ["Hong Kong", "Protest", "China", "Asia"]


def test_the_byline_is_kept_as_a_reader_would_quote_it() -> None:
    html = '<html><body><p class="byline">By Jane Doe @janedoe Nov 15, 2019 5:45 AM</p><p>x</p></body></html>'
    meta = _meta(html)
    assert meta.byline == "By Jane Doe"
    assert meta.published is not None and meta.published.value == "2019-11-15"
