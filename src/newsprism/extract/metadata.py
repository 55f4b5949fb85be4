"""Page metadata as readers see it: headline, byline people, agency, date, site, tags.

Sources, most trusted first: schema.org JSON-LD of the article, Open Graph and
``<meta>`` tags, the visible markup (``<h1>``, a byline element), then trafilatura's
and htmldate's heuristics. A person is never invented: an author must look like a
person's name, and a site or agency name goes to ``site``/``agency`` instead.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import lxml.html
from htmldate import find_date

from newsprism.extract.build import normalise_paragraph
from newsprism.extract.byline import agency_of, parse_byline
from newsprism.model import Caption, PublishedDate

__all__ = ["PageMetadata", "read_metadata"]

_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                  "opinionnewsarticle", "webpage", "backgroundnewsarticle", "liveblogposting"}


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


def _meta(tree: lxml.html.HtmlElement, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            found = tree.xpath(f'//meta[@{attr}="{name}"]/@content')
            for value in found:
                if str(value).strip():
                    return normalise_paragraph(str(value))
    return None


def _json_ld(tree: lxml.html.HtmlElement) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "null")
        except json.JSONDecodeError:
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
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


def _ld_people(node: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(people, organisations) named as the article's author in JSON-LD."""
    people: list[str] = []
    orgs: list[str] = []
    authors = node.get("author") or node.get("creator") or []
    for author in authors if isinstance(authors, list) else [authors]:
        if isinstance(author, str):
            people.append(author)
        elif isinstance(author, dict):
            name = author.get("name")
            if isinstance(name, str):
                kind = str(author.get("@type", "Person")).lower()
                (orgs if "organization" in kind else people).append(name)
    return people, orgs


def _title(tree: lxml.html.HtmlElement, ld: list[dict[str, Any]], site: str | None) -> str | None:
    h1s = [normalise_paragraph(h.text_content()) for h in tree.xpath("//h1")]
    h1s = [h for h in h1s if 3 <= len(h) <= 300]
    candidates = [
        *(str(n["headline"]) for n in ld if isinstance(n.get("headline"), str)),
        _meta(tree, "og:title", "twitter:title"),
        *(tree.xpath("//title/text()")[:1]),
    ]
    candidates = [normalise_paragraph(c) for c in candidates if c]
    # The headline shown to readers is the <h1> when one agrees with the metadata.
    for h1 in h1s:
        if any(h1.lower() in c.lower() or c.lower() in h1.lower() for c in candidates):
            return h1
    for c in candidates:
        stripped = _strip_site_suffix(c, site)
        if stripped:
            return stripped
    return h1s[0] if h1s else None


def _strip_site_suffix(title: str, site: str | None) -> str:
    """``"Story | Site"`` -> ``"Story"``; the site part is the short one after a separator."""
    parts = re.split(r"\s+[|–—\-:·•»]\s+", title)
    if len(parts) > 1:
        tail = parts[-1].lower()
        if (site and (tail in site.lower() or site.lower() in tail)) or len(parts[-1].split()) <= 4:
            return " - ".join(parts[:-1]) if len(parts) > 2 else parts[0]
    return title


def _date(html: str, tree: lxml.html.HtmlElement, ld: list[dict[str, Any]], url: str | None) -> PublishedDate | None:
    raw: str | None = None
    source = ""
    for node in ld:
        if isinstance(node.get("datePublished"), str):
            raw, source = node["datePublished"], "json-ld"
            break
    if raw is None:
        raw = _meta(tree, "article:published_time", "datePublished", "pubdate", "publishdate",
                    "date", "dc.date", "DC.date.issued", "sailthru.date", "parsely-pub-date")
        source = "meta"
    if raw is None:
        times = tree.xpath("//time/@datetime")
        if times:
            raw, source = str(times[0]), "time"
    if raw:
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", raw)
        if m:
            return PublishedDate(value=m.group(0), precision="day", source=source)
    found = find_date(tree, url=url, original_date=True, extensive_search=False)
    if found:
        return PublishedDate(value=found, precision="day", source="htmldate")
    return None


def _byline(tree: lxml.html.HtmlElement) -> str | None:
    paths = (
        '//*[@rel="author"]',
        '//*[contains(concat(" ", normalize-space(@class), " "), " byline ")]',
        '//*[contains(@class, "author-name") or contains(@class, "byline__name") or @itemprop="author"]',
    )
    for path in paths:
        for node in tree.xpath(path):
            text = normalise_paragraph(node.text_content())
            if 2 < len(text) < 120:
                return text
    return None


def _captions(tree: lxml.html.HtmlElement) -> list[Caption]:
    found: list[Caption] = []
    for node in tree.xpath('//figcaption|//*[contains(@class, "wp-caption-text")]'):
        text = normalise_paragraph(node.text_content())
        if text and all(c.text != text for c in found):
            found.append(Caption(text=text))
    return found


def read_metadata(html: str, tree: lxml.html.HtmlElement, *, url: str | None = None) -> PageMetadata:
    ld = _json_ld(tree)
    meta = PageMetadata()
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    meta.url = str(canonical[0]).strip() if canonical and str(canonical[0]).startswith("http") else (
        _meta(tree, "og:url") or url
    )
    meta.site = _meta(tree, "og:site_name", "application-name") or next(
        (str(n["publisher"]["name"]) for n in ld if isinstance(n.get("publisher"), dict) and n["publisher"].get("name")),
        None,
    )
    meta.title = _title(tree, ld, meta.site)
    raw_titles = [
        meta.title,
        *(str(n["headline"]) for n in ld if isinstance(n.get("headline"), str)),
        _meta(tree, "og:title", "twitter:title"),
        *(str(t) for t in tree.xpath("//title/text()")[:1]),
        *(h.text_content() for h in tree.xpath("//h1")[:3]),
    ]
    for t in raw_titles:
        if t:
            meta.title_variants.extend([t, _strip_site_suffix(normalise_paragraph(t), meta.site)])
    lang = tree.xpath("/html/@lang")
    meta.language = str(lang[0]).split("-")[0].lower() if lang else None
    people: list[str] = []
    orgs: list[str] = []
    for node in ld:
        p, o = _ld_people(node)
        people.extend(p)
        orgs.extend(o)
    visible = _byline(tree)
    meta.byline = visible
    candidates = people or ([visible] if visible else []) or [_meta(tree, "author", "article:author", "dc.creator") or ""]
    for candidate in candidates:
        parsed = parse_byline(candidate, site=meta.site)
        meta.authors.extend(a for a in parsed.people if a not in meta.authors)
        meta.agency = meta.agency or parsed.agency
    for org in orgs:
        meta.agency = meta.agency or agency_of(org)
    meta.published = _date(html, tree, ld, url)
    keywords = _meta(tree, "keywords", "news_keywords")
    tags = [str(t) for t in tree.xpath('//meta[@property="article:tag"]/@content')]
    if keywords:
        tags.extend(k for k in re.split(r"[,;]", keywords))
    meta.tags = [t.strip() for t in tags if t.strip()]
    meta.captions = _captions(tree)
    return meta
