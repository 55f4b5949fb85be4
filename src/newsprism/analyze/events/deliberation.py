"""One person discussing a topic with no one named to discuss it with is no consultation (issue #5, E29).

PLOVER's CONSULT is a meeting or talks *between* parties. *Discuss* takes its topic as its object, so
*Orla Vint discusses her years as a glassblower* or *in the book, he discussed the port's history* names
one speaker and a subject: speech on a topic (a profile, an interview, a book), as *talking about* a topic
is (``sense_blockers`` talk/about, E27). :func:`solo_discussion` reads the shape: a verb of
``solo_topic_verbs`` (``events_<lang>.json``) with a direct object, a subject of its own that is one
person (*he*, *she*, *I*, a person's name, or a singular role noun of ``role_frame_nouns``: *the
minister*), no conjunct beside that subject, no party it is discussed *with*, *among* or *between*
(``solo_topic_party_preps``), and no meeting named in its sentence (``solo_topic_settings``: *at the
summit she discussed the border* keeps CONSULT, the partners unnamed). Plural or coordinated subjects
(*the two leaders discussed the ceasefire*, *Tarvo and Sundria discussed trade*) discuss with each other
and keep CONSULT; so does a verb with no subject of its own (*met the envoy and discussed the border*).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.analyze.events.dates import time_words
from newsprism.analyze.events.lexicon import EventLexicon

__all__ = ["solo_discussion"]


def solo_discussion(token: Token, lemma: str, lexicon: EventLexicon) -> bool:
    """Is ``token`` one person discussing a topic with no one (*she discussed her background*)?
    The word lists are the lexicon's (``solo_topic_*``), so another language's lexicon brings its own."""
    if not lexicon.is_word("solo_topic_verbs", lemma) or not any(c.dep_ == "dobj" for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or not _one_person(subjects[0], lexicon):
        return False
    party_preps = lexicon.words.get("solo_topic_party_preps", frozenset())
    if any(c.dep_ == "prep" and c.lower_ in party_preps for t in (token, *token.children) for c in t.children):
        return False  # "discussed the border with the envoy" (or the parser's "the border with the envoy")
    settings = lexicon.words.get("solo_topic_settings", frozenset())
    return not any(t.lemma_.lower() in settings for t in token.sent)


def _one_person(subject: Token, lexicon: EventLexicon) -> bool:
    """*he*, *she*, *I* (``solo_topic_pronouns``), a person's name or a singular role noun (*the minister*),
    with nothing coordinated."""
    if any(c.dep_ == "conj" for c in subject.children):
        return False
    if subject.pos_ == "PRON":
        return lexicon.is_word("solo_topic_pronouns", subject.lower_)
    if subject.ent_type_ == "PERSON":
        return True
    role_nouns = time_words(lexicon.language).get("role_frame_nouns", frozenset())
    return subject.tag_ == "NN" and subject.lemma_.lower() in role_nouns
