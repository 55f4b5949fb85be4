"""Lines a page sets apart that are no persuasion by their form: headings in capitals, greetings.

A section heading in capitals (*FRANCE WINS*, *GIRLS SOCCER*, *UP NEXT*: a short line of its
own, all capitals) is typography, not shouting: its words are read as in prose, so a word that
counts only because it is in capitals or in a loud line (*WINS*, *SAVE*, a weak label word) is
no frame there; a loaded word of its own kind still is. A greeting or thanks exclaimed
(*Congratulations!!!*, *Thank you!*, *Welcome aboard!*) is a courtesy, not a Slogan nor the
writer's loaded judgement. Both are read per sentence from the shared token tables.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from newsprism.analyze.framing.tokens import DocTokens, doc_tokens

__all__ = ["after_label", "answer_sentences", "greeting_sentences", "heading_sentences"]

#: the most words a heading line holds
HEADING_MAX_WORDS = 8


def heading_sentences(doc: Doc) -> frozenset[int]:
    """Start tokens of sentences that are a whole line set in capitals, of at most
    ``HEADING_MAX_WORDS`` words, with text after it, in a page that has prose in lower case (a
    section heading; a paragraph of shouted prose is longer, a meme's caption is all capitals)."""
    return _headings(doc_tokens(doc))


@lru_cache(maxsize=2)
def _headings(shared: DocTokens) -> frozenset[int]:
    # cached per Doc's shared token tables (by identity): several detectors ask for the same Doc
    text = shared.text
    # A page of prose: some line in lower case. A text all in capitals (a meme, a poster) shouts.
    if not any(sum(map(str.islower, line)) > 20 for line in text.split("\n")):
        return frozenset()
    out = set()
    for sent in shared.sents:
        body = shared.text_of(sent).strip()
        letters = sum(map(str.isalpha, body))
        if not letters or sum(map(str.isupper, body)) < 0.8 * letters:
            continue
        words = [t for t in shared.of(sent) if t.is_alpha]
        if not words or len(words) > HEADING_MAX_WORDS:
            continue
        raw = shared.text_of(sent)
        start = sent.start_char + len(raw) - len(raw.lstrip())
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if line.strip() == body and line_end >= 0 and text[line_end:].strip():  # a heading heads something
            out.add(sent.start)
    return frozenset(out)


def greeting_sentences(doc: Doc, greetings: frozenset[str]) -> frozenset[int]:
    """Start tokens of sentences that are only a greeting or thanks: their first word (or first two,
    *thank you*, *happy holidays*) is in ``greetings`` and they hold at most three words, with an
    optional speaker label before a colon (*A: Congratulations!*)."""
    return _greetings(doc_tokens(doc), greetings)


@lru_cache(maxsize=2)
def _greetings(shared: DocTokens, greetings: frozenset[str]) -> frozenset[int]:
    # cached per Doc's shared token tables (by identity), as _headings: two detectors ask for the same Doc
    out = set()
    for sent in shared.sents:
        words = [t.lower_ for t in after_label(list(shared.of(sent))) if t.is_alpha]
        if 0 < len(words) <= 3 and (words[0] in greetings or " ".join(words[:2]) in greetings):
            out.add(sent.start)
    return frozenset(out)


def answer_sentences(doc: Doc, answers: frozenset[str], max_words: int = 6) -> frozenset[int]:
    """Start tokens of short sentences that answer the question just asked (*Is it true? The answer is YES!*,
    *Does it work? No!*): at most ``max_words`` words, one of them in ``answers``, right after a sentence that
    ends in "?". Its capitals and "!" mark the answer, as a fact check or an explainer gives it; no rally, no
    feeling of the writer's (#6, F16)."""
    return _answers(doc_tokens(doc), answers, max_words)


@lru_cache(maxsize=2)
def _answers(shared: DocTokens, answers: frozenset[str], max_words: int) -> frozenset[int]:
    # cached per Doc's shared token tables (by identity), as _headings: two detectors ask for the same Doc
    out = set()
    asked = False
    for sent in shared.sents:
        tokens = [t for t in shared.of(sent) if not t.is_space]
        words = [t.lower_ for t in tokens if t.is_alpha]
        if asked and 0 < len(words) <= max_words and answers & set(words):
            out.add(sent.start)
        asked = bool(tokens) and tokens[-1].text.startswith("?")
    return frozenset(out)


def after_label(tokens: list[Token]) -> list[Token]:
    """The tokens after a speaker label that opens the line (*A:*, *Q:*, *JOHN:*: at most two words
    then a colon), else all of them: the label is the page's, the words after it the answer."""
    for i, token in enumerate(tokens[:3]):
        if token.text == ":":
            if i and all(t.is_alpha and (t.is_upper or t.is_title) for t in tokens[:i]):
                return tokens[i + 1 :]
            break
    return tokens
