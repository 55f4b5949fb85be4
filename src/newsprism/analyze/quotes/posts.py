"""An embedded social-media post: its words, then a line that signs it with a handle and a date.

News pages embed posts (a tweet, a Mastodon or Bluesky post) as a block under the body text; once the
page is read as text, the post is a few short paragraphs with no quotation marks, followed by the
embed's signature line::

    Sharing the letter I wrote to the court today.

    Compassion has to be part of justice. pic.twitter.com/abc123

    — Rep. Dana Whitfield (@dwhitfield) November 19, 2019

No reporting verb links the words to anyone, so the quote stage would leave them as the writer's
text. The signature line is the attribution: the display name before ``(@handle)`` is whose words
the paragraphs above are. How far up the post reaches is read from the layout, as a reader does:
paragraphs back from the signature while they fit in one post (:data:`MAX_POST_CHARS`, links not
counted), stopping at a paragraph that opens with a quotation mark (the article's own quote), one
that ends with a colon (the writer's lead-in: *See the tweets:*), or another post's signature.

Plain string work on the text, as :mod:`.signature`: the embed's layout, not its grammar, says whose
words these are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.analyze.quotes.marks import OPENERS

__all__ = ["EmbeddedPost", "find_posts"]

#: The signature line of an embedded post: a dash, the display name, ``(@handle)``, the post's date.
_SIGNATURE = re.compile(
    r"[ \t]*[—–-][ \t]*(?P<name>[^\n(@]{1,80}?)[ \t]*\(@\w{1,30}\)[ \t]*"
    r"(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4})[ \t]*"
)
#: Links do not count towards a post's length (platforms shorten them; pages print them in full).
_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+")
#: Longest post text, links left out: 280 characters (Twitter/X), with a little room for spacing.
MAX_POST_CHARS = 300
#: Most paragraphs one post is split into once read as text (one per line of the post).
MAX_POST_PARAGRAPHS = 6


@dataclass(frozen=True, slots=True)
class EmbeddedPost:
    """A post's words (``start``/``end``, trailing links trimmed) and its signer's display name."""

    start: int
    end: int
    name_start: int
    name_end: int


def _words_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing links and spaces (*... ourselves? pic.twitter.com/x*)."""
    while True:
        stripped = text[start:end].rstrip()
        last = list(_LINK.finditer(stripped))
        if last and last[-1].end() == len(stripped):
            end = start + last[-1].start()
            continue
        return start + len(stripped)


def find_posts(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[EmbeddedPost]:
    """Every embedded post signed by a ``— Name (@handle) Date`` paragraph, in text order.

    >>> text = "She posted:\\n\\nWe won today! pic.twitter.com/x1\\n\\n— Ana Ruiz (@anaruiz) May 2, 2019"
    >>> lines = [(m.start(), m.end()) for m in re.finditer("[^\\n]+", text)]
    >>> [(text[p.start:p.end], text[p.name_start:p.name_end]) for p in find_posts(text, lines)]
    [('We won today!', 'Ana Ruiz')]
    """
    signed = [k for k, (lo, hi) in enumerate(paragraphs) if _SIGNATURE.fullmatch(text, lo, hi)]
    posts = []
    for k in signed:
        lo, hi = paragraphs[k]
        match = _SIGNATURE.fullmatch(text, lo, hi)
        assert match is not None
        first = None
        length = 0
        for j in range(k - 1, max(k - 1 - MAX_POST_PARAGRAPHS, -1), -1):
            p_lo, p_hi = paragraphs[j]
            body = text[p_lo:p_hi].strip()
            if j in signed or not body or body[0] in OPENERS or body.endswith(":"):
                break
            length += len(_LINK.sub("", body).strip()) + 1
            if length > MAX_POST_CHARS:
                break
            first = j
        if first is None:
            continue
        start = paragraphs[first][0]
        end = _words_end(text, start, paragraphs[k - 1][1])
        name = match.group("name").rstrip(" \t" + "".join(c for c in match.group("name") if not c.isalnum()
                                                             and c not in ".'’-"))
        if end <= start or not name:
            continue
        name_start = match.start("name")
        posts.append(EmbeddedPost(start, end, name_start, name_start + len(name)))
    return posts
