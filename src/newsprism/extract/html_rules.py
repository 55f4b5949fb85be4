"""Rules for what an HTML extractor's body output holds that is not the article, kept as data.

trafilatura and readability return a page's main block; inside it, news templates
put link teasers to other stories, newsletter prompts, credit lines and section
rules. Each rule is a regular expression over one paragraph (a line of the
extractor's output) and describes templates in general, never one site. The
plain-text furniture rules (:data:`newsprism.extract.rules.FURNITURE_PATTERNS`) are
applied too. Add a rule with the case that needed it.
"""

from __future__ import annotations

import re

__all__ = [
    "BODY_FURNITURE",
    "CAPTION_LABEL",
    "CREDIT_LINES",
    "DATELINE",
    "HIDDEN_XPATH",
    "LEADING_META",
    "MAX_FURNITURE_CHARS",
]

_I = re.IGNORECASE

#: A paragraph longer than this is running text, whatever it starts with.
MAX_FURNITURE_CHARS = 320

#: Inside the body: teasers linking to other stories, prompts, section rules.
BODY_FURNITURE: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, _I)
    for p in (
        # "READ MORE: <other headline>", "Related: ...", "SEE MORE: ...", "Also on example.com ..."
        r"^\[?(?:read|see|watch|listen) (?:more|also|next)\s*[:>»|]",
        r"^\[?(?:related|also read|read also|more|recommended|don'?t miss|also on \S+|most read\b.*)\s*(?:[:>»|]|$)",
        r"^also on [\w.-]+\.[a-z]{2,}\b",
        # A teaser headline tagged with its kind: "Plane passengers quarantined [VIDEO]".
        r"^.{10,160}\[[A-Z]{3,12}\]\W{0,2}$",
        r"^(?:related|more) (?:stories|articles|coverage|content|news)\b.{0,80}$",
        r"^you (?:may|might) also (?:like|enjoy)\b",
        # AP's "___" section rule; a line of only rule characters.
        r"^[_\-–—=*•·~]{3,}$",
        # Newsletter and subscription prompts: "Get the day's top headlines delivered to your inbox".
        r"\b(?:sign up|subscribe)\b.{0,120}\b(?:newsletter|inbox|updates)\b",
        r"\b(?:delivered|right) (?:to|in) your inbox\b",
        r"^(?:subscribe to|join) \S+(?: \S+){0,3} (?:and|to|for|today)\b",
        r"^if you (?:enjoyed|liked|value) (?:this|our) (?:article|story|journalism)\b",
        r"^have a (?:news )?tip\b",
        r"\bmay be reached at \S+@",
        r"^(?:like|enjoyed?) this (?:story|article)\b.{0,80}\bshare\b",
        # "Follow us on Twitter ...", "Follow AP's full coverage of ... at https://..."
        r"^follow (?:us|\S+'s full coverage)\b",
        r"^follow @?[\w.]+(?: [\w.]+){0,5} on (?:twitter|facebook|instagram|x)\b",
        r"^(?:email|reach|contact) (?:the )?(?:author|reporters?|writer|\w+ \w+) (?:at|on)\b"
        r".{0,160}(?:@|twitter|\.com)",
        r"^this copy is for your personal,? non-?commercial use",
        r"^(?:source|sources)\s*:\s*\S.{0,60}$",
        # A time stamp standing alone mid-body: "Updated at 1:23 p.m."
        r"^(?:last )?updated(?: at| on)? [\w:,./ ]{1,30}$",
    )
)

#: Credit lines at the foot of wire copy: "(Reporting by ...; Editing by ...)",
#: "Jane Doe contributed reporting from Paris." They name who worked on the story,
#: not what it says; the people in them are not the story's actors.
CREDIT_LINES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, _I)
    for p in (
        r"^\(?(?:additional )?(?:reporting|writing|editing|compiled|research) by\b[^()]{0,300}\)?\.?$",
        r"^.{0,200}\bcontributed (?:reporting|to this (?:report|story|article))\b.{0,80}$",
        r"^(?:with|additional) (?:reporting|wires?|post wires|agencies)\b.{0,80}$",
    )
)

#: Short lines at the top of a body that repeat page metadata: "Updated at 1:23 p.m.",
#: "5:45 AM PST 11/19/2019 by Jane Doe", "Published 3 hours ago".
LEADING_META: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, _I)
    for p in (
        r"^(?:(?:last )?updated|published|posted|first published)\b.{0,60}$",
        r"^[\d:/.,\- ]+(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}T?)?\s*[\d/.,\- ]*(?:\bby\b.{0,60})?$",
        r"^(?:by|written by|words by|story by)\s+\S.{0,100}$",
        r"^\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*\S{0,5}\s+\d{1,2}/\d{1,2}/\d{2,4}\b.{0,60}$",
    )
)

#: A wire dateline opening the body: "HAYWARD, Calif. (AP) —", "(Reuters) -". The credit in
#: brackets names the agency when :func:`newsprism.extract.byline.agency_of` knows it.
DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:[ ,]+[\w.'’-]+){0,5})?\s*\((?P<credit>[A-Za-z][A-Za-z .&-]{1,40})\)\s*[-—–:]"
)

#: Markup readers never see in the running text, pruned before extraction: hover cards
#: that pop up over a linked name ("Rep. Jane Doe" followed by the card's headlines),
#: tooltips and popovers, and elements hidden outright.
HIDDEN_XPATH: tuple[str, ...] = (
    '//*[@class][contains(@class, "rollover-block") or contains(@class, "tooltip")'
    ' or contains(@class, "popover") or contains(@class, "hovercard")]',
    '//*[@hidden or contains(translate(@style, " ", ""), "display:none")]',
)

#: A screen-reader label run into a caption: "Media captionWho is ...", "Image caption The ...".
CAPTION_LABEL = re.compile(r"^(?:image|media|photo|video)\s*(?:caption|copyright)\s*:?\s*", re.I)
