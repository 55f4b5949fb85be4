"""A quote signed below it: a review, a letter or a testimonial whose author's name follows on a dash line.

Review pages, letters pages and testimonials set each quotation apart and put the author under
it, with no reporting verb anywhere::

    “The staff were kind and the rooms spotless.”

    – Petra K.

Nothing in the sentence grammar links the two, so the quote stage would leave the quote with no
speaker, or hand it to the last speaker quoted. The layout is the attribution: a paragraph (or the
rest of the quote's own paragraph) that is only a dash and a short name signs the quote above it.
The name may be masked as review sites print it (*Man\\*\\**, *Ni\\*\\* My\\*\\**); a place or a role after a
comma or in brackets (*— Jo Reyes, Leeds*, *— A. Ng (@ang)*) is not part of it.

Plain string work on the text, not the parse: the parser splits masked names and dash lines
unpredictably, and the rule is about layout, which the text shows directly.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

__all__ = ["name_in_line", "signature"]

#: A signature line: a dash (one or two), the name, then optionally a comma or bracket and the rest.
_LINE = re.compile(r"[ \t]*[–—―~-]{1,2}[ \t]*(?P<name>[^,(\n]+?)[ \t]*(?:[,(][^\n]*)?")
#: The same line without its dash: a bare name (the inside of a bracketed signature).
_BARE = re.compile(r"[ \t]*(?P<name>[^,(\n]+?)[ \t]*(?:[,(][^\n]*)?")
#: A word of a name: capitalised (initials, masked names with ``*``, hyphens and apostrophes inside).
_NAME_WORD = re.compile(r"[^\W\d_][\w.'’*-]*")
#: A short lower-case particle inside a name (*de*, *van*, *bin*).
_PARTICLE = re.compile(r"[^\W\d_A-Z]{1,3}")
#: Longest signature line, and most words in its name: a longer line is a sentence, not a signature.
MAX_LINE = 80
MAX_NAME_WORDS = 6
#: A year after the name: the line is a citation of a published piece (*"Headline" — The Daily Star,
#: August 15, 2008*, a sources list), not an author signing their words.
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
#: What may follow a quote's words before its signature: closing marks, final punctuation, spaces.
_AFTER_QUOTE = "\"”’'»,.!?… \t"


def signature(text: str, paragraphs: Sequence[tuple[int, int]], end: int) -> tuple[int, int] | None:
    """The ``[start, end)`` of the name signing the quote whose words end at ``end``, if any.

    The signature is the rest of the quote's paragraph when only marks stand between (``“...” – Ana``),
    else the next paragraph, when that whole paragraph is a dash line with a name.

    >>> text = "“Great show.”\\n\\n– Man**\\n\\nMore soon."
    >>> start, stop = signature(text, [(0, 13), (15, 22), (24, 34)], 12)
    >>> text[start:stop]
    'Man**'
    >>> signature("“Great show.”\\n\\nWe loved it.", [(0, 13), (15, 27)], 12) is None
    True
    >>> signature("“Bridge found unsafe” — Valley Star, May 2, 2008", [(0, 48)], 20) is None
    True
    """
    starts = [a for a, _ in paragraphs]
    k = bisect.bisect_right(starts, max(end - 1, 0)) - 1
    if k < 0:
        return None
    position = end
    paragraph_end = paragraphs[k][1]
    while position < paragraph_end and text[position] in _AFTER_QUOTE:
        position += 1
    if position < paragraph_end:
        line = (position, paragraph_end)
    elif k + 1 < len(paragraphs):
        line = paragraphs[k + 1]
    else:
        return None
    return name_in_line(text, *line)


def name_in_line(text: str, start: int, end: int, *, dash: bool = True) -> tuple[int, int] | None:
    """The name of a signature line ``text[start:end]``, or None when the line is not one.

    ``dash=False`` reads ``text[start:end]`` as the bare name (the inside of a bracketed
    signature, ``[ Tom's Guide ]``: :mod:`.excerpts`), under the same tests of a name.

    >>> name_in_line("[ Tom's Guide ]", 2, 13, dash=False)
    (2, 13)
    >>> name_in_line("it was fun", 0, 10, dash=False) is None
    True
    """
    if end - start > MAX_LINE:
        return None
    match = _LINE.fullmatch(text, start, end) if dash else _BARE.fullmatch(text, start, end)
    if match is None:
        return None
    if _YEAR.search(text, match.end("name"), end):
        return None
    words = match.group("name").split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or not (words[0][0].isupper() and words[-1][0].isupper()):
        return None
    if not all(_NAME_WORD.fullmatch(w) and (w[0].isupper() or _PARTICLE.fullmatch(w)) for w in words):
        return None
    return match.start("name"), match.end("name")
