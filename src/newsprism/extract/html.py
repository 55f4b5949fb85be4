"""HTML pages to articles: trafilatura for the body, readability-lxml as a second
opinion, and metadata read the way readers see it.

Body: trafilatura in precision mode, tables kept (a table in an article is part of
what it reports), without its own fallback extractors (``fast``), which it would run
on every page. readability-lxml is asked instead, only when trafilatura's answer is
short (under 500 characters) or holds less than half of the text of the page's
``<p>`` elements (a cheap count on the tree we parse anyway), and its answer wins
only when it holds at least twice as many words: trafilatura sometimes keeps one
block of a body split by a template, or nothing of a body set in ``<div>``s. The
trigger fires on about one page in ten, so readability's cost is rarely paid; on the
article-extraction-benchmark this scores higher than trafilatura with its fallbacks,
in about two thirds of its time.

Then the body is cleaned of what the extractors keep but readers do not read as
the article: the headline and byline repeated at its top, image captions (kept in
``Article.captions``), link teasers, prompts and credit lines
(:mod:`newsprism.extract.html_rules`). Metadata: :mod:`newsprism.extract.metadata`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import lxml.html
import trafilatura
from trafilatura.utils import load_html

from newsprism.errors import NoArticleText
from newsprism.extract.build import build_article, normalise_paragraph
from newsprism.extract.byline import agency_of
from newsprism.extract.html_rules import (
    BODY_FURNITURE,
    CREDIT_LINES,
    DATELINE,
    HIDDEN_XPATH,
    LEADING_META,
    MAX_FURNITURE_CHARS,
)
from newsprism.extract.metadata import read_metadata
from newsprism.extract.rules import FURNITURE_PATTERNS
from newsprism.model import Article, Caption

__all__ = ["clean_body", "extract_body", "extract_html", "parse_html"]

#: trafilatura's answer is doubted when it holds less than this share of the page's <p> text.
_SECOND_OPINION_RATIO = 0.5
#: readability's answer replaces trafilatura's when it has this many times the words.
_SECOND_OPINION_GAIN = 2.0
#: trafilatura's answer is doubted, whatever the page, when it is shorter than this (characters):
#: pages that set their text in <div>s with <br>s have no <p> text to compare with.
_SHORT_BODY = 500
#: How many paragraphs at the top of a body may repeat the headline, byline or date.
_HEAD_PARAGRAPHS = 3
_WORD = re.compile(r"\w+")


def parse_html(html: str, *, source: str | None = None) -> lxml.html.HtmlElement:
    """Parse a page once, the way trafilatura would, so its tree can be handed on.

    trafilatura's loader repairs markup libxml2 chokes on (a doctype bug, a
    self-closing ``<html/>``) and drops comments and processing instructions.
    """
    try:
        tree = load_html(html)
    except (ValueError, TypeError) as e:
        raise NoArticleText(f"cannot parse the page ({e})", source=source) from e
    if tree is None:
        raise NoArticleText("cannot parse the page as HTML", source=source)
    return tree


def _paragraph_chars(tree: lxml.html.HtmlElement) -> int:
    return sum(len(p.text_content().strip()) for p in tree.iter("p"))


def _words(paragraphs: Iterable[str]) -> int:
    return sum(len(_WORD.findall(p)) for p in paragraphs)


def _readability_paragraphs(html: str) -> list[str]:
    from readability import Document  # imported here: only the rare second opinion needs it

    try:
        summary = Document(html).summary(html_partial=True)
    except Exception:  # readability raises bare Exceptions on odd markup  # noqa: BLE001
        return []
    tree = lxml.html.fromstring(summary)
    blocks = tree.xpath("//p|//h2|//h3|//h4|//li|//blockquote|//tr")
    # A block inside another kept block is read with its parent (an <li> holding a <p>).
    kept = {id(b) for b in blocks}
    lines = [
        normalise_paragraph(b.text_content())
        for b in blocks
        if not any(id(a) in kept for a in b.iterancestors())
    ]
    return [ln for ln in lines if ln]


def extract_body(html: str, *, tree: lxml.html.HtmlElement | None = None, url: str | None = None) -> list[str]:
    """The main text of a page as paragraphs, before furniture is removed.

    ``tree`` is the page parsed by :func:`parse_html`, to save a second parse; it is
    not modified (trafilatura works on a copy).
    """
    if tree is None:
        tree = parse_html(html)
    text = trafilatura.extract(
        tree,
        url=url,
        favor_precision=True,
        # fast: skip trafilatura's own fallbacks (its readability port and jusText run on
        # every page); our cheaper-triggered readability second opinion below replaces them.
        fast=True,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
        deduplicate=False,
        prune_xpath=list(HIDDEN_XPATH),
    )
    paragraphs = [ln for ln in (text or "").split("\n") if ln.strip()]
    ours = sum(len(p) for p in paragraphs)
    if ours < _SHORT_BODY or ours < _SECOND_OPINION_RATIO * _paragraph_chars(tree):
        other = _readability_paragraphs(html)
        if _words(other) >= _SECOND_OPINION_GAIN * _words(paragraphs):
            paragraphs = other
    return paragraphs


def _key(text: str) -> str:
    """Compare lines by their words only: case, punctuation and spacing differ between copies."""
    return " ".join(_WORD.findall(text.lower()))


def _is_furniture(paragraph: str) -> bool:
    if len(paragraph) > MAX_FURNITURE_CHARS:
        return False
    return any(p.search(paragraph) for p in (*BODY_FURNITURE, *CREDIT_LINES, *FURNITURE_PATTERNS))


def _is_caption(paragraph: str, captions: set[str]) -> bool:
    """A paragraph that is a caption, or a caption's text without its photo credit."""
    key = _key(paragraph)
    if not key:
        return False
    return key in captions or (len(key) >= 20 and any(c.startswith(key) for c in captions))


def _repeats_title(paragraph: str, titles: set[str]) -> bool:
    key = _key(paragraph)
    return bool(key) and any(key == t or (len(key) >= 0.6 * len(t) and key in t) for t in titles)


def clean_body(
    paragraphs: Sequence[str],
    *,
    titles: Iterable[str] = (),
    byline: str | None = None,
    captions: Iterable[Caption] = (),
) -> list[str]:
    """Drop from an extracted body what is not the article's running text.

    - the headline (any of ``titles``), the byline or a time stamp repeated in the
      first few paragraphs: ``["Storm hits coast", "By Jane Doe", "Rain fell..."]``
      -> ``["Rain fell..."]``;
    - a paragraph that is an image caption (``captions``), with or without its credit;
    - link teasers, prompts and credit lines (:mod:`newsprism.extract.html_rules`),
      only in paragraphs short enough to be furniture.
    """
    title_keys = {k for k in (_key(t) for t in titles if t) if k}
    caption_keys = {k for k in (_key(c.text) for c in captions) if k}
    byline_key = _key(byline) if byline else ""
    body: list[str] = []
    for index, paragraph in enumerate(normalise_paragraph(p) for p in paragraphs):
        if not paragraph:
            continue
        at_head = not body and index < _HEAD_PARAGRAPHS + 2
        if at_head and (
            _repeats_title(paragraph, title_keys)
            or (byline_key and _key(paragraph) == byline_key)
            or (len(paragraph) < 100 and any(p.match(paragraph) for p in LEADING_META))
        ):
            continue
        if _is_caption(paragraph, caption_keys) or _is_furniture(paragraph):
            continue
        body.append(paragraph)
    return body


def extract_html(html: str, *, source: str | None = None, url: str | None = None) -> Article:
    """A page as an :class:`Article`: cleaned body, captions apart, metadata as readers see it.

    Raises :class:`NoArticleText` when the page has no article body (an index page,
    a login wall, an empty template).
    """
    tree = parse_html(html, source=source)
    meta = read_metadata(html, tree, url=url)
    paragraphs = extract_body(html, tree=tree, url=meta.url or url)
    body = clean_body(paragraphs, titles=meta.title_variants, byline=meta.byline, captions=meta.captions)
    if not body:
        raise NoArticleText("no article text found on the page", source=source)
    dateline = DATELINE.match(body[0])
    agency = meta.agency or (agency_of(dateline.group("credit")) if dateline else None)
    return build_article(
        body,
        source=source,
        url=meta.url or url,
        title=meta.title,
        byline=meta.byline,
        authors=meta.authors or None,
        agency=agency,
        published=meta.published,
        site=meta.site,
        language=meta.language,
        tags=meta.tags,
        captions=meta.captions,
    )
