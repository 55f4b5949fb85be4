"""HTML pages to articles: trafilatura for the body, readability-lxml as a second
opinion, and metadata read the way readers see it.

Body: trafilatura in precision mode. When it returns much less text than the
page's paragraphs hold, readability-lxml is asked too and the longer sensible
answer wins (trafilatura sometimes drops a whole article body on unusual templates).
Metadata: :mod:`newsprism.extract.metadata`.
"""

from __future__ import annotations

import lxml.html
import trafilatura
from lxml.etree import ParserError

from newsprism.errors import NoArticleText
from newsprism.extract.build import build_article, normalise_paragraph
from newsprism.extract.metadata import read_metadata
from newsprism.model import Article

__all__ = ["extract_html", "extract_body"]

#: trafilatura's answer is doubted when it holds less than this share of the page's <p> text.
_SECOND_OPINION_RATIO = 0.5


def _paragraph_chars(tree: lxml.html.HtmlElement) -> int:
    return sum(len(p.text_content().strip()) for p in tree.iter("p"))


def _readability_paragraphs(html: str) -> list[str]:
    from readability import Document  # imported here: only the rare second opinion needs it

    try:
        summary = Document(html).summary(html_partial=True)
    except Exception:  # readability raises bare Exceptions on odd markup  # noqa: BLE001
        return []
    tree = lxml.html.fromstring(summary)
    blocks = tree.xpath("//p|//h2|//h3|//h4|//li|//blockquote")
    lines = [normalise_paragraph(b.text_content()) for b in blocks if b.getparent() is not None]
    return [ln for ln in lines if ln]


def extract_body(html: str, *, tree: lxml.html.HtmlElement | None = None, url: str | None = None) -> list[str]:
    """The article body as paragraphs."""
    text = trafilatura.extract(
        html,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        with_metadata=False,
        deduplicate=False,
    )
    paragraphs = [ln for ln in (text or "").split("\n") if ln.strip()]
    if tree is not None:
        ours = sum(len(p) for p in paragraphs)
        if ours < _SECOND_OPINION_RATIO * _paragraph_chars(tree):
            other = _readability_paragraphs(html)
            if sum(len(p) for p in other) > 1.5 * ours:
                paragraphs = other
    return paragraphs


def extract_html(html: str, *, source: str | None = None, url: str | None = None) -> Article:
    try:
        tree = lxml.html.fromstring(html)
    except (ParserError, ValueError) as e:
        raise NoArticleText(f"cannot parse the page ({e})", source=source) from e
    meta = read_metadata(html, tree, url=url)
    paragraphs = extract_body(html, tree=tree, url=meta.url or url)
    caption_texts = {normalise_paragraph(c.text) for c in meta.captions}
    body = [p for p in paragraphs if normalise_paragraph(p) not in caption_texts]
    # A headline repeated as the first body line is not body.
    if body and meta.title and normalise_paragraph(body[0]) == normalise_paragraph(meta.title):
        body = body[1:]
    if not body:
        raise NoArticleText("no article text found on the page", source=source)
    return build_article(
        body,
        source=source,
        url=meta.url or url,
        title=meta.title,
        byline=meta.byline,
        authors=meta.authors or None,
        agency=meta.agency,
        published=meta.published,
        site=meta.site,
        language=meta.language,
        tags=meta.tags,
        captions=meta.captions,
    )
