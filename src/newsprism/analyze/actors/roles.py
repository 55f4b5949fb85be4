"""Role and title phrases next to a name, or standing for one.

Three constructions, as news writes them::

    Israeli Prime Minister Benjamin Netanyahu        title before the name
    Chief Justice, Ana Ruiz told ...                 title, comma, name (sentence-initial)
    Maria Ortega, the EU trade chief                 name, comma, title (apposition)

and a title standing alone for its holder (*the Chief Justice said*). The word lists are
in :mod:`lexicon_en`; a title must end in a head noun (*leader*, *minister*, *chief*).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsprism.analyze.actors.lexicon_en import OPENERS, TITLE_HEADS, TITLE_SYNONYMS, TITLE_WORDS
from newsprism.analyze.actors.names import normalize_name

__all__ = ["RoleHit", "standalone_titles", "title_after", "title_before", "title_core"]

_MAX_TITLE = 7
_QUALIFIER_ENTS = frozenset({"NORP", "GPE", "ORG", "LOC"})


@dataclass(frozen=True, slots=True)
class RoleHit:
    """A title phrase: its words (``start:end`` in the text) and its qualifiers (``Israeli``, ``EU``)."""

    title: str
    start: int
    end: int
    qualifiers: tuple[str, ...]


def _is_title_word(token: Token) -> bool:
    low = token.text.lower()
    return low in TITLE_WORDS or low in TITLE_HEADS or token.lemma_.lower() in TITLE_HEADS or low == "-"


def _is_head(token: Token) -> bool:
    return token.text.lower() in TITLE_HEADS or token.lemma_.lower() in TITLE_HEADS


def _is_qualifier(token: Token) -> bool:
    """``Israeli``, ``EU``, ``U.S.``, ``Kenya`` + ``'s``: who the title is *of*."""
    if token.ent_type_ in _QUALIFIER_ENTS and token.text[:1].isupper():
        return True
    return token.tag_ == "POS" and token.i > 0 and token.nbor(-1).ent_type_ in _QUALIFIER_ENTS


def title_core(title: str) -> str:
    """The title without its qualifiers, folded: ``Israeli Prime Minister`` -> ``prime minister``."""
    words = [w for w in normalize_name(title).split() if w in TITLE_WORDS or w in TITLE_HEADS]
    words = [w for w in words if w not in {"former", "ex", "acting", "interim"}]
    core = " ".join(words)
    return TITLE_SYNONYMS.get(core, core)


def _hit(doc: Doc, tokens: list[Token]) -> RoleHit | None:
    while tokens and (tokens[0].text.lower() in OPENERS or tokens[0].text == "-"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].tag_ == "POS"):
        tokens = tokens[:-1]
    if not tokens or not any(_is_head(t) for t in tokens):
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    qualifiers = tuple(t.text for t in tokens if _is_qualifier(t) and t.tag_ != "POS")
    # The span's own text, not doc.text[...]: Doc.text rebuilds the whole text on every call.
    title = doc[tokens[0].i : tokens[-1].i + 1].text
    return RoleHit(title=title, start=start, end=end, qualifiers=qualifiers)


def title_before(doc: Doc, name: Span) -> RoleHit | None:
    """``Israeli Prime Minister`` + name, or sentence-initial ``Chief Justice,`` + name."""
    i = name.start - 1
    if i >= 0 and doc[i].text == "," and doc[i].sent.start <= i:
        # Title, comma, name: the title must be the whole start of the sentence.
        j = i - 1
        tokens: list[Token] = []
        while j >= doc[i].sent.start and (_is_title_word(doc[j]) or _is_qualifier(doc[j]) or doc[j].lower_ in OPENERS):
            tokens.insert(0, doc[j])
            j -= 1
        if tokens and j < doc[i].sent.start and len(tokens) <= _MAX_TITLE and _is_head(tokens[-1]):
            return _hit(doc, tokens)
        return None
    tokens = []
    while i >= 0 and len(tokens) < _MAX_TITLE and (_is_title_word(doc[i]) or _is_qualifier(doc[i])):
        tokens.insert(0, doc[i])
        i -= 1
    if tokens and _is_head(tokens[-1]):
        return _hit(doc, tokens)
    return None


def title_after(doc: Doc, name: Span) -> RoleHit | None:
    """Name + ``, the EU trade chief`` (ending at punctuation, a verb or the sentence end)."""
    i = name.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    sent_end = doc[i].sent.end
    j = i + 1
    tokens: list[Token] = []
    while j < sent_end and len(tokens) <= _MAX_TITLE:
        token = doc[j]
        if token.pos_ in {"VERB", "AUX", "PUNCT"} or token.lower_ in {"who", "which", "that"}:
            break
        if token.pos_ not in {"DET", "ADJ", "NOUN", "PROPN", "PART"} and not _is_title_word(token):
            return None
        tokens.append(token)
        j += 1
    if not tokens or not _is_head(tokens[-1]):
        return None
    # "..., the president of Kenya": the title takes its "of X" complement.
    if j + 1 < sent_end and doc[j].lower_ == "of" and doc[j + 1].ent_type_ in _QUALIFIER_ENTS:
        tokens += [doc[j], doc[j + 1]]
        k = j + 2
        while k < sent_end and doc[k].ent_iob_ == "I":
            tokens.append(doc[k])
            k += 1
    return _hit(doc, tokens)


def standalone_titles(doc: Doc) -> list[RoleHit]:
    """Noun phrases headed by a title noun and opened by *the* or a possessive
    (*the Chief Justice*, *the court's chief justice*): candidates for a holder."""
    hits = []
    for chunk in doc.noun_chunks:
        root = chunk.root
        if not _is_head(root) or root.tag_ in {"NNS", "NNPS"} or root.ent_type_ == "PERSON":
            continue
        if chunk[0].lower_ not in OPENERS and chunk[0].tag_ != "PRP$" and not any(t.tag_ == "POS" for t in chunk):
            continue
        tokens = [t for t in chunk if t.i <= root.i]
        # keep only the title words after any possessive owner ("the court's")
        for k, token in enumerate(tokens):
            if token.tag_ == "POS":
                owner = tokens[:k]
                tokens = tokens[k + 1 :]
                qualifiers = tuple(t.text for t in owner if _is_qualifier(t))
                break
        else:
            qualifiers = ()
        tokens = [t for t in tokens if t.lower_ not in OPENERS]
        if not tokens or not all(_is_title_word(t) or _is_qualifier(t) for t in tokens):
            continue
        # "the supreme leader of Oceania": the "of X" complement says whose title it is.
        after = root.i + 1
        if after + 1 < len(doc) and doc[after].lower_ == "of" and doc[after + 1].ent_type_ in _QUALIFIER_ENTS:
            ent = next((e for e in doc.ents if e.start == doc[after + 1].i), None)
            qualifiers += (ent.text if ent is not None else doc[after + 1].text,)
        hit = _hit(doc, tokens)
        if hit is not None:
            hits.append(RoleHit(title=hit.title, start=hit.start, end=hit.end, qualifiers=hit.qualifiers + qualifiers))
    return hits
