"""Page-furniture and byline rules for plain-text scrapes, kept as data.

Each rule is a regular expression over one line (paragraph) of a scrape. They
describe the furniture of news templates in general (WordPress, Drupal, news CMS
share widgets), never one site. Add a rule with the case that needed it.
"""

from __future__ import annotations

import re

__all__ = [
    "AGENCIES",
    "BYLINE_PATTERNS",
    "BYLINE_ROLE_WORDS",
    "CAPTION_PATTERNS",
    "FURNITURE_PATTERNS",
    "RELATED_HEADINGS",
    "TAG_LINE",
]

_I = re.IGNORECASE

#: A line that is page furniture, dropped wherever it stands at the end or start of a scrape.
FURNITURE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, _I)
    for p in (
        r"^(?:copyright|\(c\)|©)",  # "Copyright © 2020 All Rights Reserved"
        r"all rights reserved",
        r"\b(?:xml |html )?sitemap\b",
        r"\bpowered by\b",  # "Social media & sharing icons powered by ..."
        r"^(?:share|share this|share on|share via|tweet|email|print|whatsapp)(?:\b.{0,40})?:?$",
        r"^(?:facebook|twitter|linkedin|reddit|pinterest|whatsapp|telegram|email|print)"
        r"(?:[\s,|/·•]+(?:facebook|twitter|linkedin|reddit|pinterest|whatsapp|telegram|email|print|x))+$",
        r"^(?:follow us|like us|join us)\b.{0,80}$",
        r"\b(?:subscribe|sign up)\b.{0,60}\b(?:newsletter|updates|inbox|alerts)\b",
        r"\bnewsletter\b.{0,40}$",
        r"\b(?:we use|this (?:site|website) uses) cookies\b",
        r"^(?:accept|reject) (?:all )?cookies",
        r"^(?:privacy policy|terms of (?:use|service)|contact us|about us)(?:\s*[|·•]\s*.{0,40})*$",
        r"^(?:advertisement|sponsored|adv?)$",
        r"^(?:leave a (?:comment|reply)|comments? \(\d+\)|\d+ comments?)$",
        r"^(?:click here|read more|continue reading|read the full (?:story|article))\b.{0,60}$",
        r"^(?:posted|filed) (?:in|under)\b.{0,120}$",
        r"^categor(?:y|ies):.{0,200}$",
        r"^(?:previous|next) (?:post|article|story)\b.{0,200}$",
    )
)

#: "Tags: a, b, c": the items become ``Article.tags`` and the line is dropped.
TAG_LINE = re.compile(r"^(?:tags?|tagged(?: with)?|topics?|keywords?)\s*:\s*(?P<items>.*)$", _I)

#: A heading after which the rest of a scrape is a list of links to other stories.
RELATED_HEADINGS = re.compile(
    r"^(?:related(?: (?:articles?|stories|posts|news|coverage|content))?|"
    r"read (?:also|more)|see also|more (?:from|on|stories|news)\b.{0,40}|you may also like|"
    r"recommended(?: for you)?|most (?:read|popular)|trending(?: now)?)\s*:?$",
    _I,
)

#: A line that captions a photo: "Archive Photo- ...", "Photo: ...", "File photo of ...".
CAPTION_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, _I)
    for p in (
        r"^(?:archive|file|stock|handout|illustrative|undated|featured)?\s*"
        r"(?:photo(?:graph)?|image|picture|pic|video|footage)s?\b\s*(?:[-–—:|]|of\b|by\b|shows\b)",
        r"^\(?(?:photo|image|picture|credit|source)s?\s*(?:credit)?\s*:",
        r"\((?:photo|image|picture)s?(?: credit)?\s*[:/]\s*[^)]{1,80}\)$",
        r"\b(?:getty images|reuters/|ap photo|afp via getty|epa-efe|shutterstock)\b.{0,40}$",
    )
)

#: Job titles that, alone on a short line, are a byline ("Staff Writer", "Our Correspondent").
BYLINE_ROLE_WORDS = (
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "contributor",
    "columnist",
    "journalist",
    "desk",
    "staff",
    "bureau",
    "newsroom",
)

#: A byline line: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Staff Writer".
BYLINE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^(?:by|written by|words by|story by|reporting by)\s+(?P<names>.{2,120})$", _I),
    re.compile(
        r"^(?P<names>(?:(?:our|staff|special|senior|chief|political|foreign|diplomatic|news|"
        r"web|guest)\s+)*(?:" + "|".join(BYLINE_ROLE_WORDS) + r")s?)$",
        _I,
    ),
)

#: News agencies credited in bylines and datelines; a story credited only to one of
#: these has no person author.
AGENCIES: dict[str, str] = {
    "reuters": "Reuters",
    "associated press": "Associated Press",
    "ap": "Associated Press",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "afp": "AFP",
    "dpa": "dpa",
    "deutsche presse-agentur": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "kyodo": "Kyodo",
    "kyodo news": "Kyodo",
    "yonhap": "Yonhap",
    "anadolu agency": "Anadolu Agency",
    "press association": "PA",
    "pa media": "PA",
    "upi": "UPI",
    "bloomberg": "Bloomberg",
    "irna": "IRNA",
    "fars": "Fars",
    "wafa": "WAFA",
    "pti": "PTI",
    "ians": "IANS",
    "aap": "AAP",
    "cp": "The Canadian Press",
    "the canadian press": "The Canadian Press",
}
