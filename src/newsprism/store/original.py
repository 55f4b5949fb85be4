"""The original page as readable text, kept beside the clean body for the article view.

For a plain-text input it is the decoded text itself; for a page it is every visible
text node (scripts, styles and templates dropped), so a reader can see what extraction
kept and what it dropped as furniture. It is shown escaped, never as markup.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from newsprism.extract.decode import decode_text, sniff_media
from newsprism.model import RawDocument

__all__ = ["MAX_ORIGINAL", "original_text"]

#: characters of the original kept; a 10 MB page does not need to be shown whole.
MAX_ORIGINAL = 500_000
_BLANKS = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_INVISIBLE = ("script", "style", "noscript", "template", "svg", "head")
_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
    "header",
    "footer",
    "figcaption",
    "blockquote",
    "ul",
    "ol",
    "table",
    "nav",
    "aside",
}


def _visible_text(html: str) -> str:
    parser = lxml_html.HTMLParser(remove_comments=True, huge_tree=False)
    root = lxml_html.document_fromstring(html.encode("utf-8"), parser=parser)
    etree.strip_elements(root, *_INVISIBLE, with_tail=False)
    parts: list[str] = []
    total = 0
    # iter with events instead of recursion: a page nested 100,000 deep must not overflow.
    for action, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if action == "start":
            if tag in _BLOCKS:
                parts.append("\n")
            piece = element.text or ""
        else:
            if tag in _BLOCKS:
                parts.append("\n")
            piece = element.tail or ""
        parts.append(piece)
        total += len(piece)
        if total > MAX_ORIGINAL:
            break
    lines = "\n".join(" ".join(line.split()) for line in "".join(parts).splitlines())
    return _BLANKS.sub("\n\n", lines).strip()


def original_text(raw: RawDocument) -> str:
    """The input as text a person can read (see module docstring), cut to :data:`MAX_ORIGINAL`."""
    text = decode_text(raw)
    if sniff_media(text) == "html":
        text = _visible_text(text)
    return text[:MAX_ORIGINAL]
