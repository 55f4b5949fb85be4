"""A question put to someone is no act done (issue #5, E29 round).

An interview prints its questions as sentences of their own (*Would you ask the council to ban the
march?*, *Will you sanction the ministry?*), and a report quotes a question put to a witness (*"Did you
meet the envoy?" the judge asked*). The verbs in them are what the asker wants to know, or supposes: no
one did them, so PLOVER has no event to code (hypothetical at most, and an interviewer's supposition is
not even that). :func:`question_put` reads the shape: a sentence that ends with a question mark, and the
verb, or a verb it is the complement or conjunct of (*would you ask X to ban*: the ban too), with an
addressee's pronoun (``addressee_pronouns`` in ``event_time_<lang>.json``) as subject after its
auxiliary (*would you*, *will you*, *did you*: the inversion of a question, not *you would*). A question that asks
why, when, where or how a past act was done (*Why did you quit the party?*) takes the act as done and
keeps it, as does a question about a third party's act (*Why did the army attack the village?*), left to
the other rules, and an act told in a relative clause inside the question (*what would you do about the
protesters who blocked the road?*: the blocking happened).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.analyze.events.dates import time_words
from newsprism.analyze.events.timing import governors

__all__ = ["question_put"]

#: Closing quotation marks and brackets that may follow a question's mark.
_CLOSERS = "\"'\u201d\u2019)]"


def question_put(token: Token, language: str = "en") -> bool:
    """Is ``token``'s clause a question put to an addressee (*Would you ask the council to ban the march?*)?"""
    if not token.sent.text.rstrip().rstrip(_CLOSERS).endswith("?"):
        return False
    words = time_words(language)
    addressees = words.get("addressee_pronouns", frozenset())
    for verb in (token, *governors(token)):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in addressees]
        inverted = [a for a in verb.children if a.dep_ in {"aux", "auxpass"} and any(a.i < s.i for s in subjects)]
        if inverted:
            return not _presupposed(verb, inverted, words)
    return False


def _presupposed(verb: Token, inverted: list[Token], words: dict[str, frozenset[str]]) -> bool:
    """*Why did you quit the party?*, *When have you met him?*: a question about the reason, time, place or
    manner of a past act (``presupposing_question_words`` before the verb, a past auxiliary inverted)
    takes the act as done; asking it is no act, but the act it asks about happened."""
    past = any(a.lower_ in words.get("past_question_aux", frozenset()) for a in inverted)
    asking = words.get("presupposing_question_words", frozenset())
    return past and any(c.i < verb.i and c.lower_ in asking for c in verb.children)
