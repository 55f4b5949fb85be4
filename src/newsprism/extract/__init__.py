"""HTML or text to :class:`Article`: the body, its paragraphs and its metadata."""

from __future__ import annotations

from dataclasses import replace

from newsprism.config import Settings
from newsprism.errors import NoArticleText, NotEnglish
from newsprism.extract.decode import decode_text, sniff_media
from newsprism.extract.html import extract_html
from newsprism.extract.language import detect_language
from newsprism.extract.text import extract_text
from newsprism.model import Article, RawDocument

__all__ = ["extract_article", "extract_html", "extract_text"]


def extract_article(raw: RawDocument, *, settings: Settings | None = None) -> Article:
    """Decode, tell HTML from text by content, extract, and check the language."""
    settings = settings or Settings()
    text = decode_text(raw)
    if sniff_media(text) == "html":
        article = extract_html(text, source=raw.source, url=raw.url)
    else:
        article = extract_text(text, source=raw.source, url=raw.url)
    if not article.text.strip():
        raise NoArticleText("no article text found", source=raw.source)
    language = detect_language(article.text)
    if settings.require_english and language not in (None, "en"):
        raise NotEnglish(f"the article is in '{language}', newsprism reads English only", source=raw.source)
    declared = (article.language or "").split("-")[0].split("_")[0].lower() or None
    if settings.require_english and language is None and declared not in (None, "en"):
        # The identifier was unsure (close languages like Indonesian and Malay split its vote);
        # the page's own declaration decides then.
        raise NotEnglish(
            f"the page declares '{declared}' and its text is not recognisably English; newsprism reads English only",
            source=raw.source,
        )
    return replace(article, language=language or article.language)
