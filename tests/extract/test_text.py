"""Plain-text scrapes: title, byline, captions and furniture out of the body."""

from __future__ import annotations

from pathlib import Path

from newsprism.extract.text import extract_text, split_paragraphs


def test_seed_metadata_and_body(seed_path: Path) -> None:
    article = extract_text(seed_path.read_text("utf-8"))
    assert article.title == "Khamenei’s back against the wall"
    assert article.byline == "Staff Writer"
    assert article.authors is None  # a role, not a person
    assert [c.text for c in article.captions] == [
        "Archive Photo- The Iranian regime security forces attack protesters during a demonstration – January 2018"
    ]
    assert article.tags == ()
    for furniture in ("Tags:", "Copyright", "Sitemap", "powered by", "Staff Writer", "Archive Photo"):
        assert furniture not in article.text
    # every article sentence survives, first and last included
    assert article.text.startswith("Supreme Leader, Ali Khamenei admits")
    assert article.text.endswith("(PMOI/MEK).")
    assert len(article.paragraphs) == 9


def test_every_body_line_of_the_seed_is_kept(seed_path: Path) -> None:
    raw = seed_path.read_text("utf-8")
    article = extract_text(raw)
    lines = [ln for ln in split_paragraphs(raw)]
    body_lines = [ln for ln in lines if len(ln.split()) > 15]
    for line in body_lines:
        assert line in article.text


def test_byline_with_person_and_tag_list() -> None:
    text = (
        "Parliament passes budget after all-night session\n\n"
        "By Jane Doe and John Roe\n\n"
        "The parliament passed the budget on Tuesday after a session that lasted all night.\n\n"
        "The opposition said it would challenge the vote in court.\n\n"
        "Tags: budget, parliament, courts\n\n"
        "Share this:\n\n"
        "Related stories\n\nBudget talks collapse\n\nMinister resigns over leak"
    )
    article = extract_text(text)
    assert article.title == "Parliament passes budget after all-night session"
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.tags == ("budget", "parliament", "courts")
    assert article.text.endswith("challenge the vote in court.")
    assert "Minister resigns" not in article.text


def test_agency_only_credit_has_no_person_author() -> None:
    text = "Ceasefire holds in the south\n\nReuters\n\nThe ceasefire held for a third day, officials said.\n"
    article = extract_text(text)
    assert article.authors is None
    assert article.agency == "Reuters"


def test_date_line_becomes_published_date() -> None:
    text = "Friday, January 4, 2019\n\nAn apartment building collapsed on Monday in a city in Russia. Dozens died."
    article = extract_text(text, title="Building collapses")
    assert article.published is not None
    assert article.published.value == "2019-01-04"
    assert article.title == "Building collapses"
    assert article.text.startswith("An apartment building")


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "The minister said on Monday that the government would not change its position on the\n"
        "negotiations, which have stalled since the spring, and that talks would resume later in\n"
        "the year.\n"
    )
    article = extract_text(text)
    assert len(article.paragraphs) == 1
    assert "on the negotiations" in article.text
