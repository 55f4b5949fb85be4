"""Person names the NER model missed, recovered from the parse and a list of given names.

The small English model drops some names it has not seen, most often right after a title
(*Governor Ana Ruiz posted*): the quote then has a speaker with no actor behind it. A run
of two to four capitalised proper nouns that starts with a known given name (coreferee's
name lists) or is set off by a job-noun apposition (*X, a trade professor at Y,*), touches
no entity spaCy found, and either follows a title or honorific or is a subject or an
apposition, is taken as a person. The name list keeps the rule from taking
*Harbour Street* or *Red Cross*; a plural (*Virginia Democrats*) is a group; a run
overlapping any entity (*Jordan River*) is left to the NER.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprism.analyze.actors.cluster import Mention
from newsprism.analyze.actors.lexicon_en import NAME_HONORIFICS, PERSON_ROLE_HEADS, TITLE_HEADS, TITLE_WORDS
from newsprism.analyze.language import first_names

__all__ = ["missed_person_mentions"]

_MAX_WORDS = 4
#: Where an untitled run must stand to be read as a person: a subject or an apposition.
_PERSON_SLOTS = frozenset({"nsubj", "nsubjpass", "appos"})


def _name_word(token: Token) -> bool:
    return token.tag_ in ("NNP", "NNPS") and token.text[:1].isupper() and token.text.replace("-", "").isalpha()


def _title_word(token: Token) -> bool:
    low = token.lower_.rstrip(".")
    return low in TITLE_WORDS or low in TITLE_HEADS or low in NAME_HONORIFICS


def _who_follows(tokens: list[Token], last: int) -> bool:
    """*Montell Figgins, who represents ...*: a relative *who* makes the name a person's,
    even when the given name is not on the list."""
    return last + 2 < len(tokens) and tokens[last + 1].text == "," and tokens[last + 2].lower_ == "who"


def role_follows(doc: Doc, last: int) -> bool:
    """*Eswar Lund, a trade professor at Cornell,*: the name ending at token ``last`` is set off
    by an apposition headed by a job noun (its last noun before a preposition, verb or comma).
    Organisations are not described so (*Acme, a maker of ...*, *the Bureau, which ...*)."""
    if last + 2 >= len(doc) or doc[last + 1].text != ",":
        return False
    head = None
    for token in doc[last + 2 : last + 9]:
        if token.pos_ in ("ADP", "PUNCT", "VERB", "AUX", "PRON") or token.lower_ in ("and", "or", "who", "which"):
            break
        if token.pos_ in ("NOUN", "PROPN"):
            head = token
    if head is None or (head.i + 1 < len(doc) and doc[head.i + 1].like_num):
        return False  # *Football Manager 2020*: a title with a number, no job
    return head.lower_ in PERSON_ROLE_HEADS or head.lower_ in TITLE_HEADS


def missed_person_mentions(doc: Doc, known: list[Mention]) -> list[Mention]:
    """Person mentions for given-name + surname runs (or names a relative *who* follows) no entity covers."""
    given = first_names()
    if not given:
        return []
    taken = [(m.start, m.end) for m in known]
    found: list[Mention] = []
    # One Token object per token (``doc[i]`` builds a fresh one on every call), and a run
    # stops at a sentence start read from ``is_sent_start``: ``Token.sent`` would scan the
    # sentence both ways on every call.
    tokens = list(doc)
    i = 0
    while i < len(tokens):
        if not _name_word(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and _name_word(tokens[j]) and not tokens[j].is_sent_start:
            j += 1
        run = tokens[i:j]
        while run and _title_word(run[0]):
            run = run[1:]
        titled = bool(run) and run[0].i > 0 and _title_word(tokens[run[0].i - 1])
        i = j
        if not 2 <= len(run) <= _MAX_WORDS or _title_word(run[-1]):
            continue
        if run[0].lower_ not in given and not _who_follows(tokens, run[-1].i) and not role_follows(doc, run[-1].i):
            continue
        if any(t.tag_ == "NNPS" for t in run):
            continue  # *Virginia Democrats*: a plural is a group, not a person
        if run[0].i > 0 and tokens[run[0].i - 1].tag_ == "DT":
            continue  # *the Crew Dragon*: a name after an article is a thing's
        if not titled and run[-1].dep_ not in _PERSON_SLOTS:
            continue
        if any(t.ent_type_ for t in run):
            continue
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        if any(s < end and start < e for s, e in taken):
            continue
        found.append(Mention(start=start, end=end, text=doc.text[start:end], type="person"))
    return found
