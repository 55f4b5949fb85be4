"""Page metadata as readers see it: headline, byline people, agency, date, site, tags.

Sources and how they are weighed:

- headline: the ``<h1>`` readers see, when one resembles the page's structured titles
  (JSON-LD ``headline``, ``og:title``, ``<title>``); they often differ in wording from
  it (an SEO title), so the visible one wins. Without such an ``<h1>``, the structured
  title with any " | Site" suffix cut.
- people: the visible byline, when it names at least the people the JSON-LD names (it
  often lists more); else JSON-LD ``author`` persons; else ``<meta name=author>``. Every
  name must look like a person's (:func:`newsprism.extract.byline.looks_like_person`);
  a site, desk or agency is never a person.
- agency: a wire service named in the byline or as the author (``"Reuters"``, "AP
  National Writer"); :func:`newsprism.extract.html.extract_html` also reads the body's
  dateline ("WASHINGTON (AP) —").
- published: :mod:`newsprism.extract.dates` (local day, never the modified date).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import lxml.html

from newsprism.extract.build import normalise_paragraph
from newsprism.extract.byline import agency_of, byline_text, parse_byline
from newsprism.extract.dates import published_date
from newsprism.extract.html_rules import CAPTION_LABEL
from newsprism.model import Caption, PublishedDate

__all__ = ["PageMetadata", "read_metadata"]

_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                  "opinionnewsarticle", "webpage", "backgroundnewsarticle", "liveblogposting", "report",
                  "socialmediaposting", "scholarlyarticle", "techarticle", "reviewnewsarticle"}
#: Tags that never hold a byline themselves, only wrap one.
_BYLINE_WRAPPERS = frozenset({"html", "body", "article", "main", "meta", "link", "head", "script", "style"})
#: How many byline-like elements naming people are weighed before one is chosen.
_BYLINE_WINDOW = 3
_WORD = re.compile(r"\w+")


@dataclass
class PageMetadata:
    title: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    agency: str | None = None
    published: PublishedDate | None = None
    site: str | None = None
    url: str | None = None
    language: str | None = None
    tags: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    #: Every form of the headline the page carries (JSON-LD, og:title, <title>, <h1>).
    title_variants: list[str] = field(default_factory=list)


def _text(node: lxml.html.HtmlElement) -> str:
    """Element text with a space between child elements ("TUCKER</span>Associated Press")."""
    return normalise_paragraph(" ".join(node.itertext()))


def meta_index(tree: lxml.html.HtmlElement) -> dict[str, list[str]]:
    """Every ``<meta>`` content by its lower-cased property, name or itemprop, read in one pass."""
    index: dict[str, list[str]] = {}
    for node in tree.iter("meta"):
        content = (node.get("content") or "").strip()
        key = node.get("property") or node.get("name") or node.get("itemprop")
        if content and key:
            index.setdefault(key.lower(), []).append(content)
    return index


def _meta(metas: dict[str, list[str]], *names: str) -> str | None:
    for name in names:
        for value in metas.get(name.lower(), ()):
            return normalise_paragraph(value)
    return None


def _load_json(text: str) -> Any:
    """JSON-LD as pages write it: raw newlines in strings, trailing commas."""
    try:
        return json.loads(text, strict=False)
    except json.JSONDecodeError:
        try:
            return json.loads(re.sub(r",\s*([}\]])", r"\1", text), strict=False)
        except json.JSONDecodeError:
            return None


def _json_ld(tree: lxml.html.HtmlElement) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        stack = [_load_json(script.text_content() or "null")]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(reversed(node))
            elif isinstance(node, dict):
                if "@graph" in node:
                    stack.append(node["@graph"])
                types = node.get("@type")
                types = types if isinstance(types, list) else [types]
                if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types):
                    items.append(node)
    # Prefer real article types over a generic WebPage.
    items.sort(key=lambda n: str(n.get("@type", "")).lower() == "webpage")
    return items


def _ld_authors(node: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(names given as persons, names given as organisations) of the article's author."""
    people: list[str] = []
    orgs: list[str] = []
    authors = node.get("author") or node.get("creator") or []
    for author in authors if isinstance(authors, list) else [authors]:
        if isinstance(author, str):
            people.append(author)
        elif isinstance(author, dict) and isinstance(author.get("name"), str):
            kind = str(author.get("@type", "Person")).lower()
            (orgs if "organization" in kind else people).append(author["name"])
    return people, orgs


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


#: Words too common to tell two headlines apart.
_COMMON = frozenset(
    "a an the of to in on for and or but with at by from as is are was be it its this that".split()  # noqa: SIM905
)


def _overlap(headline: str, title: str) -> float:
    """Share of a visible headline's content words that a structured title also has."""
    words = _words(headline) - _COMMON
    return len(words & _words(title)) / len(words) if words else 0.0


def _title(
    tree: lxml.html.HtmlElement, structured: list[str], site: str | None, page_title: str | None
) -> str | None:
    parts = _SEPARATOR.split(page_title or "")
    brand = parts[-1] if len(parts) > 1 and len(parts[-1].split()) <= 4 else None
    # A logo or masthead in an <h1> ("Example Post") is not a headline.
    names = {name for name in (site, brand) if name}
    h1s = [normalise_paragraph(h.text_content()) for h in tree.xpath("//h1")]
    h1s = [
        h for h in h1s
        if 3 <= len(h) <= 300 and len(h.split()) >= 2 and not any(_words(h) <= _words(n) for n in names)
    ]
    best, score = None, 0.0
    for h1 in h1s:
        overlap = max((_overlap(h1, c) for c in structured), default=0.0)
        if overlap > score:
            best, score = h1, overlap
    # A visible headline with half its content words in the page's titles is the same story's,
    # however the SEO title words it.
    if best and score >= 0.5:
        return best
    for candidate in structured:
        stripped = _strip_site_suffix(candidate, site, brand=brand, lenient=candidate == page_title)
        if stripped:
            return stripped
    return h1s[0] if h1s else None


_SEPARATOR = re.compile(r"\s+[|–—\-:·•»]\s+")


def _strip_site_suffix(title: str, site: str | None, *, brand: str | None = None, lenient: bool = True) -> str:
    """``"Story | Site"`` -> ``"Story"``: the part after the last separator, when it is the site.

    It is the site when it matches ``site`` or ``brand`` (the tail of the page's ``<title>``);
    ``lenient`` (for ``<title>`` itself) also takes any tail of four words or fewer.
    ``"Brexit - what happens next"`` as an ``og:title`` keeps its tail.
    """
    parts = _SEPARATOR.split(title)
    if len(parts) > 1:
        tail = parts[-1].lower()
        named = (site and (tail in site.lower() or site.lower() in tail)) or (brand and tail == brand.lower())
        if named or (lenient and len(parts[-1].split()) <= 4):
            return " - ".join(parts[:-1]) if len(parts) > 2 else parts[0]
    return title


#: Byline-like elements, in document order: ``rel``/``itemprop`` author, a class naming a byline
#: or an author, or a short element whose own text opens with "By ".
_BYLINE_PATH = (
    '//*[@rel="author" or @itemprop="author"] | //*[@class][contains(@class, "yline") or contains(@class, "uthor")]'
    ' | //p[starts-with(normalize-space(text()), "By ") or normalize-space(text()) = "By"]'
    ' | //span[starts-with(normalize-space(text()), "By ") or normalize-space(text()) = "By"]'
)


#: A class or id token marking a zone whose names are not the article's byline: comments
#: ("comment-author"), related and recommended stories, sidebars, trending lists.
_OTHER_ZONE = re.compile(
    r"^(?:comments?|comment-\w+|related|recommend\w*|sidebar|most-(?:read|popular)|trending|more-from|outbrain|taboola)"
    r"(?:$|[-_])",
    re.I,
)


def _in_other_zone(node: lxml.html.HtmlElement) -> bool:
    for each in (node, *node.iterancestors()):
        if each.tag in ("body", "html"):  # layout classes on <body> ("sidebar-second") say nothing
            return False
        if each.tag == "aside":
            return True
        tokens = f"{each.get('class') or ''} {each.get('id') or ''}".split()
        if any(_OTHER_ZONE.match(token) for token in tokens):
            return True
    return False


def _byline_nodes(tree: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    for node in tree.xpath(_BYLINE_PATH):
        if node.tag not in _BYLINE_WRAPPERS and not _in_other_zone(node):
            yield node


def _visible_bylines(tree: lxml.html.HtmlElement, site: str | None) -> list[tuple[str, list[str], str | None]]:
    """(text, people, agency) of the first byline-like elements that name people or an agency."""
    found: list[tuple[str, list[str], str | None]] = []
    for node in _byline_nodes(tree):
        text = _text(node)
        if not 2 < len(text) < 200:
            continue
        parsed = parse_byline(text, site=site)
        if parsed.people or parsed.agency:
            found.append((text, list(parsed.people), parsed.agency))
            if len(found) >= _BYLINE_WINDOW:
                break
    return found


def _same_people(a: list[str], b: list[str]) -> bool:
    return {x.lower() for x in a} >= {x.lower() for x in b}


def _people(
    tree: lxml.html.HtmlElement, metas: dict[str, list[str]], ld: list[dict[str, Any]], site: str | None,
    meta: PageMetadata,
) -> None:
    ld_people: list[str] = []
    for node in ld[:1] or ():
        persons, orgs = _ld_authors(node)
        for name in persons:
            parsed = parse_byline(name, site=site)
            ld_people.extend(p for p in parsed.people if p not in ld_people)
            meta.agency = meta.agency or parsed.agency
        for org in orgs:
            meta.agency = meta.agency or agency_of(org)
    visible = _visible_bylines(tree, site)
    with_people = [v for v in visible if v[1]]
    chosen: list[str] = []
    if with_people:
        # The element naming most people among the first few (a byline block may hold
        # one name per element, or all of them); it must agree with JSON-LD when that names people.
        text, people, _ = max(with_people, key=lambda v: len(v[1]))
        if not ld_people or _same_people(people, ld_people):
            chosen, meta.byline = people, text
    if not chosen:
        chosen = ld_people
    if not chosen and not ld:
        fallback = _meta(metas, "author", "article:author", "dc.creator", "sailthru.author", "byl", "parsely-author")
        if fallback and not fallback.startswith("http"):
            parsed = parse_byline(fallback, site=site)
            chosen = list(parsed.people)
            meta.agency = meta.agency or parsed.agency
    if meta.byline is None and visible:
        meta.byline = visible[0][0]
    for _, _, agency in visible:
        meta.agency = meta.agency or agency
    meta.authors = chosen


def _captions(tree: lxml.html.HtmlElement) -> list[Caption]:
    found: list[Caption] = []
    for node in tree.xpath('//figcaption|//*[@class and contains(@class, "wp-caption-text")]'):
        text = CAPTION_LABEL.sub("", _text(node))
        if text and all(c.text != text for c in found):
            found.append(Caption(text=text))
    return found


def read_metadata(html: str, tree: lxml.html.HtmlElement, *, url: str | None = None) -> PageMetadata:
    """Everything but the body, from a page parsed once (see the module docstring)."""
    ld = _json_ld(tree)
    metas = meta_index(tree)
    meta = PageMetadata()
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    meta.url = str(canonical[0]).strip() if canonical and str(canonical[0]).startswith("http") else (
        _meta(metas, "og:url") or url
    )
    publisher = next((n["publisher"]["name"] for n in ld if isinstance(n.get("publisher"), dict)
                      and isinstance(n["publisher"].get("name"), str)), None)
    meta.site = _meta(metas, "og:site_name", "application-name", "apple-mobile-web-app-title") or publisher
    structured = [
        normalise_paragraph(str(t))
        for t in (
            *(n["headline"] for n in ld if isinstance(n.get("headline"), str)),
            _meta(metas, "og:title", "twitter:title"),
            *tree.xpath("//title/text()")[:1],
        )
        if t and str(t).strip()
    ]
    page_title = next((normalise_paragraph(str(t)) for t in tree.xpath("//title/text()")[:1]), None)
    meta.title = _title(tree, structured, meta.site, page_title)
    for t in (meta.title, *structured, *(h.text_content() for h in tree.xpath("//h1")[:3])):
        if t:
            meta.title_variants.extend([t, _strip_site_suffix(normalise_paragraph(t), meta.site)])
    lang = tree.xpath("/html/@lang")
    meta.language = str(lang[0]).split("-")[0].lower() if lang else None
    _people(tree, metas, ld, meta.site, meta)
    # The byline's own words may carry the date shown to readers ("By Jane Doe on Monday, ...").
    meta.published = published_date(tree, ld, metas=metas, byline=meta.byline, url=url)
    meta.byline = byline_text(meta.byline) if meta.byline else None
    # Tags, whether one per <meta> or a comma-separated list in one; each once, first spelling kept.
    raw_tags = [*metas.get("article:tag", ()), *metas.get("keywords", ())[:1], *metas.get("news_keywords", ())[:1]]
    tags: dict[str, str] = {}
    for value in raw_tags:
        for tag in re.split(r"[,;]", value):
            if tag.strip():
                tags.setdefault(tag.strip().casefold(), tag.strip())
    meta.tags = list(tags.values())
    meta.captions = _captions(tree)
    return meta
