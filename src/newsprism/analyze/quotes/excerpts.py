"""A roundup's excerpts: unmarked paragraphs each signed by its source on the line below.

Review roundups and press digests print other outlets' words as plain paragraphs, with no
quotation marks and no reporting verb, and sign each one on the next line::

    Stadia isn't a console. It's a platform for streaming games from the cloud.

    [ Tom's Guide ]

    The controller is really comfortable to hold over long periods of time.

    — Northern Gazette

Nothing in the grammar links the words to the source, so the quote stage would leave them as
the writer's. The signature line is the attribution, as a reader takes it. A lone bracketed or
dashed line proves nothing (a credit, a caption, a tag), so the rule holds only where the page's
own layout repeats the pattern: at least :data:`MIN_PAIRS` excerpt + signature pairs. Only the one
paragraph right above a signature is its excerpt: where a page's extraction loses a signature,
reaching further up would hand one outlet's words to the next outlet (a wrong speaker is worse
than none, issue #3). An excerpt must read as prose (end like a sentence), so a section heading
above a signature is never one; a paragraph that opens with a quotation mark is the article's own
quote (the marked-quote rules and :mod:`.signature` read it), and a post signed with a handle and
a date is :mod:`.posts`' (:mod:`.signature` refuses a line with a year).

Plain string work on the text, as :mod:`.signature` and :mod:`.posts`: the layout, not the
grammar, says whose words these are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.analyze.quotes.marks import OPENERS
from newsprism.analyze.quotes.signature import name_in_line

__all__ = ["MIN_PAIRS", "Excerpt", "PullQuote", "find_excerpts", "find_pull_quotes"]

#: Fewest excerpt + signature pairs on a page before its signatures are read as attributions.
MIN_PAIRS = 2
#: A bracketed signature line: ``[ Engadget ]``, ``[CNBC]``.
_BRACKETED = re.compile(r"[ \t]*\[[ \t]*(?P<name>[^\[\]\n]{1,60}?)[ \t]*\][ \t]*")
#: How an excerpt's last sentence may end: final punctuation, then closing marks or a bracket.
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s*$")


def _words_start(text: str, lo: int, hi: int) -> int:
    """Where the words of the line ``text[lo:hi]`` begin, its leading space skipped."""
    line = text[lo:hi]
    return lo + len(line) - len(line.lstrip())


@dataclass(frozen=True, slots=True)
class Excerpt:
    """An excerpt's words (``start``/``end``) and the source's name on the line below."""

    start: int
    end: int
    name_start: int
    name_end: int


def _signer(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name on a signature line ``text[start:end]`` (bracketed or dashed), else None."""
    bracketed = _BRACKETED.fullmatch(text, start, end)
    if bracketed is not None:
        return name_in_line(text, bracketed.start("name"), bracketed.end("name"), dash=False)
    return name_in_line(text, start, end)


def find_excerpts(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Excerpt]:
    """Every excerpt signed on the line below it, when the page has :data:`MIN_PAIRS` of them.

    >>> text = "Roundup:\\n\\nIt is fast.\\n\\n[ Daily Byte ]\\n\\nIt is slow.\\n\\n— Tech Weekly"
    >>> lines = [(m.start(), m.end()) for m in re.finditer("[^\\n]+", text)]
    >>> [(text[e.start:e.end], text[e.name_start:e.name_end]) for e in find_excerpts(text, lines)]
    [('It is fast.', 'Daily Byte'), ('It is slow.', 'Tech Weekly')]
    >>> find_excerpts(text[:38], lines[:3])
    []
    """
    signers = {k: found for k, (lo, hi) in enumerate(paragraphs) if (found := _signer(text, lo, hi)) is not None}
    excerpts = []
    for k, (name_start, name_end) in signers.items():
        if k == 0 or k - 1 in signers:
            continue
        lo, hi = paragraphs[k - 1]
        body = text[lo:hi].strip()
        if not body or body[0] in OPENERS or not _SENTENCE_END.search(body):
            continue
        start = _words_start(text, lo, hi)
        excerpts.append(Excerpt(start, start + len(body), name_start, name_end))
    return excerpts if len(excerpts) >= MIN_PAIRS else []



#: Most words of a pull quote's signature line (*News industry analyst Ana Ruiz*: a title and a name).
_MAX_SIGNATURE_WORDS = 8
#: A name at the end of a signature line: two or more capitalised words (*Ana Ruiz*, *Mara de Vries*).
_TRAILING_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+)(?:(?:[a-z]{1,3}\s+)?[A-Z][\w.'’-]*\s*)+$")
#: Fewest words of a pull quote: a shorter paragraph repeated in a quote may be a heading or a slogan.
_MIN_PULL_WORDS = 6


@dataclass(frozen=True, slots=True)
class PullQuote:
    """A pull quote's words (``start``/``end``), the marked quote of the body it repeats (``source``: that
    quote's content span) and the signature's name on the line below, if the page kept one."""

    start: int
    end: int
    source: tuple[int, int]
    name: tuple[int, int] | None = None


def find_pull_quotes(text: str, paragraphs: Sequence[tuple[int, int]],
                     marked: Sequence[tuple[int, int]]) -> list[PullQuote]:
    """Pull quotes: a quotation set apart from the text without marks, repeating a sentence the body
    quotes (``marked``: the marked quotes' content spans), so the page's own layout says whose words
    they are. Often signed on the next line with a title and a name, no dash or bracket (*News
    industry analyst Ana Ruiz*); an extractor may drop that line, and the repeat still says it.

    A paragraph counts when all its words, bar the final stop, come back inside one marked quote
    elsewhere (a lede that paraphrases a quote does not), at least :data:`_MIN_PULL_WORDS` of them.

    >>> body = ("Since then, sales fell every year.\\n\\nRetail analyst Ana Ruiz\\n\\n"
    ...         "“Since then, sales fell every year,” says Ruiz.")
    >>> lines = [(m.start(), m.end()) for m in re.finditer("[^\\n]+", body)]
    >>> quotes = [(body.index("“") + 1, body.index("”"))]
    >>> [(body[p.start:p.end], body[slice(*p.name)]) for p in find_pull_quotes(body, lines, quotes)]
    [('Since then, sales fell every year.', 'Ana Ruiz')]
    >>> find_pull_quotes(body, lines, [])
    []
    """
    found = []
    # each marked quote's words with its spacing folded, once (not again for every paragraph)
    folded = [(a, b, " ".join(text[a:b].split())) for a, b in marked]
    for k, (lo, hi) in enumerate(paragraphs):
        body = text[lo:hi].strip()
        if not body or body[0] in OPENERS or not _SENTENCE_END.search(body):
            continue
        words = " ".join(body.rstrip(".!?…").split())
        if len(words.split()) < _MIN_PULL_WORDS:
            continue
        source = next(((a, b) for a, b, quoted in folded if not lo <= a < hi and words in quoted), None)
        if source is None:
            continue
        start = _words_start(text, lo, hi)
        found.append(PullQuote(start, start + len(body), source, _signature_below(text, paragraphs, k)))
    return found


def _signature_below(text: str, paragraphs: Sequence[tuple[int, int]], k: int) -> tuple[int, int] | None:
    """The name on the line after paragraph ``k`` when that line is a short title + name, no sentence."""
    if k + 1 >= len(paragraphs):
        return None
    lo, hi = paragraphs[k + 1]
    line = text[lo:hi].strip()
    if not line or len(line.split()) > _MAX_SIGNATURE_WORDS or line[-1] in ".!?:;,\"”’":
        return None
    name = _TRAILING_NAME.search(line)
    if name is None:
        return None
    start = _words_start(text, lo, hi) + name.start()
    return start, start + len(name.group(0).rstrip())
