"""HTML pages to articles: body, captions, metadata and bad pages, on small hand-written pages."""

from __future__ import annotations

import json

import pytest

from newsprism.errors import NoArticleText
from newsprism.extract import extract_article
from newsprism.extract.html import clean_body, extract_html
from newsprism.model import Caption, RawDocument

BODY = [
    "The city council voted on Tuesday to expand the bus network to the northern districts, "
    "ending a dispute that had lasted for more than two years.",
    "Supporters said the new routes would cut commuting times for thousands of workers who "
    "now travel more than an hour each way to reach the centre.",
    "Opponents argued that the plan would cost far more than the council had budgeted and "
    "warned that fares could rise as a result of the expansion.",
    "The first new routes are expected to open in the spring, the transport department said "
    "in a statement released after the vote.",
]


def page(
    *,
    head: str = "",
    header: str = "",
    body: list[str] | None = None,
    figure: str = "",
    title: str = "Council expands bus network | Example Gazette",
) -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in (BODY if body is None else body))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council expands bus network</h1>{header}{figure}
{paragraphs}
</article>
<footer><p>Copyright 2019 Example Gazette. All rights reserved.</p></footer></body></html>"""


def ld(**fields: object) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", **fields})}</script>'


def test_body_headline_and_furniture() -> None:
    article = extract_html(page())
    assert article.title == "Council expands bus network"
    assert article.text.startswith("The city council voted on Tuesday")
    assert article.text.endswith("released after the vote.")
    assert len(article.paragraphs) == 4
    assert "Copyright" not in article.text and "Home" not in article.text


def test_captions_are_kept_apart_from_the_body() -> None:
    figure = (
        '<figure><img src="bus.jpg" alt=""><figcaption>A bus waits at the central station on Monday. '
        "(Photo: Jane Roe)</figcaption></figure>"
    )
    article = extract_html(page(figure=figure))
    assert [c.text for c in article.captions] == ["A bus waits at the central station on Monday. (Photo: Jane Roe)"]
    assert "central station" not in article.text


def test_site_name_is_never_an_author() -> None:
    head = (
        '<meta property="og:site_name" content="Northfield Courier">'
        '<meta name="author" content="Northfield Courier">'
    )
    header = '<p class="byline">By Northfield Courier</p>'
    article = extract_html(page(head=head, header=header))
    assert article.authors is None
    assert article.site == "Northfield Courier"


def test_byline_people_are_authors_and_the_byline_leaves_the_body() -> None:
    header = '<div class="byline">By JANE DOE and John Roe, Staff Writers</div>'
    article = extract_html(page(header=header))
    assert article.authors == ("Jane Doe", "John Roe")
    assert "Staff Writers" not in article.text


def test_agency_only_credit_has_no_person_author() -> None:
    body = ["WASHINGTON (AP) — " + BODY[0], *BODY[1:]]
    article = extract_html(page(head=ld(author={"@type": "Organization", "name": "Associated Press"}), body=body))
    assert article.authors is None
    assert article.agency == "Associated Press"


def test_agency_from_a_json_ld_person_named_like_an_agency() -> None:
    article = extract_html(page(head=ld(author={"@type": "Person", "name": "Reuters"})))
    assert article.authors is None
    assert article.agency == "Reuters"


def test_json_ld_published_date_beats_modified_date() -> None:
    head = ld(datePublished="2019-11-18T09:30:00-05:00", dateModified="2019-11-21T10:00:00-05:00") + (
        '<meta property="article:modified_time" content="2019-11-21T10:00:00-05:00">'
    )
    article = extract_html(page(head=head))
    assert article.published is not None
    assert article.published.value == "2019-11-18"
    assert article.published.source == "json-ld"


def test_utc_date_is_read_in_the_local_time_readers_see() -> None:
    # 01:50 UTC on the 20th is 5:50 PM on the 19th in Los Angeles, as the page shows.
    head = ld(datePublished="2019-11-20T01:50:59Z")
    header = '<div class="article-date">Nov. 19, 2019 5:50 PM</div>'
    article = extract_html(page(head=head, header=header))
    assert article.published is not None and article.published.value == "2019-11-19"


def test_canonical_url() -> None:
    head = '<link rel="canonical" href="https://example.org/news/bus-network">'
    article = extract_html(page(head=head), url="https://example.org/news/bus-network?utm_source=feed")
    assert article.url == "https://example.org/news/bus-network"


def test_a_page_without_article_text_raises() -> None:
    html = (
        "<html><head><title>Example Gazette</title></head><body><nav><ul>"
        + "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(20))
        + "</ul></nav></body></html>"
    )
    with pytest.raises(NoArticleText):
        extract_html(html, source="index.html")


def test_windows_1252_page_is_decoded() -> None:
    body = [p.replace("council", "council’s café") for p in BODY]
    html = page(body=body).replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    raw = RawDocument(source="page.html", data=html.encode("cp1252"))
    article = extract_article(raw)
    assert "council’s café" in article.text
    assert "\ufffd" not in article.text


def test_html_is_detected_by_content_whatever_the_name() -> None:
    raw = RawDocument(source="saved-page.txt", data=page().encode("utf-8"))
    article = extract_article(raw)
    assert article.title == "Council expands bus network"
    assert "<p>" not in article.text


def test_clean_body_drops_repeated_headline_byline_teasers_and_credits() -> None:
    paragraphs = [
        "Council expands bus network",
        "By Jane Doe",
        BODY[0],
        "READ MORE: Fares rise again across the region",
        BODY[1],
        "A bus waits at the central station.",
        "(Reporting by Jane Doe; Editing by John Roe)",
    ]
    body = clean_body(
        paragraphs,
        titles=["Council expands bus network | Example Gazette", "Council expands bus network"],
        byline="By Jane Doe",
        captions=[Caption(text="A bus waits at the central station.")],
    )
    assert body == [BODY[0], BODY[1]]
