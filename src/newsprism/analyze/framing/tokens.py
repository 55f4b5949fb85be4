"""One list of Token objects and one list of sentences per Doc, shared by the detectors.

spaCy builds a fresh :class:`~spacy.tokens.Token` on every ``for t in doc``, ``for t in
sent`` and ``doc[i]``, and recomputes ``doc.sents`` on every access; the framing rules
walk the same Doc a dozen times, so those constructions were most of the stage's cost.
spaCy offers no per-Doc cache of its own Token objects, hence this small one.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from newsprism.analyze.framing.lexicon import token_keys

__all__ = ["DocTokens", "doc_tokens"]


class DocTokens:
    """The Doc's tokens, sentences and sentence starts, built once."""

    __slots__ = ("_keys", "doc", "length", "sent_starts", "sents", "text", "tokens")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.length = len(doc)
        self.tokens: list[Token] = list(doc)
        self.sents: list[Span] = list(doc.sents)
        self.sent_starts: list[int] = [s.start for s in self.sents]
        #: ``Doc.text`` (which joins ``text_with_ws`` over fresh Tokens on every access)
        self.text = "".join(t.text_with_ws for t in self.tokens)
        self._keys: list[frozenset[str]] | None = None

    @property
    def keys(self) -> list[frozenset[str]]:
        """:func:`~newsprism.analyze.framing.lexicon.token_keys` of every token, built on first use:
        the lexicon, simile and idiom tables all match on them. Read-only for callers."""
        if self._keys is None:
            self._keys = [token_keys(t) for t in self.tokens]
        return self._keys

    def sent_of(self, i: int) -> Span:
        """The sentence holding token ``i`` (``Token.sent`` without its per-call scan)."""
        return self.sents[bisect_right(self.sent_starts, i) - 1]

    def text_of(self, span: Span) -> str:
        """``span.text`` from the Doc's text by character offsets (the same string, no Tokens)."""
        return self.text[span.start_char : span.end_char]

    def of(self, span: Span) -> list[Token]:
        """The tokens of a span of this Doc, as the shared Token objects."""
        return self.tokens[span.start : span.end]


# The last Doc's tables: the stage and its detectors see one Doc at a time. One tuple,
# read once per call, so a concurrent caller can only cause a rebuild, never a mix-up.
_LAST: DocTokens | None = None


def doc_tokens(doc: Doc) -> DocTokens:
    """The shared tables for ``doc`` (rebuilt when a different or retokenised Doc comes)."""
    global _LAST
    entry = _LAST
    if entry is None or entry.doc is not doc or entry.length != len(doc):
        entry = _LAST = DocTokens(doc)
    return entry
