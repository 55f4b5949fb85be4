"""Shape rules for techniques a phrase list cannot carry alone (issue #6).

Each rule reads its word lists from the lexicon's ``[rules]`` table (data, keyed by
language) and yields plain tuples (:data:`RawHit`) that :mod:`.detectors` turns into hits,
so voice, grouping and confidence stay the stage's job. The techniques follow the
SemEval-2020/2021 propaganda-technique definitions; the word lists are our own:

- epithets: an insulting adjective on a person or group (*crooked senator*, *Sleepy
  Smith*), or an insult built on a ``-tard`` suffix (Name calling/Labeling);
- ``Name the X`` epithets (*Smith the Clown*) (Name calling/Labeling);
- damning labels and epithets said of someone also smear them (Smears);
- doubt questions: a question that puts someone's credibility in question (*Is he
  really ...?*, *Does anyone believe ...?*), and scare quotes around a word of
  standing (*the "experts"*) (Doubt);
- scare quotes on a word of the writer's own sentence (*he had "borrowed" the car*), a verb
  no reporting verb hangs over, so no one is being quoted (Doubt);
- an intensified judgement: a degree word on a word VADER rates (*so foolish*, *utterly
  charming*) (Loaded Language);
- harm foretold to the audience: *will take your*, *would destroy our* (Appeal to fear);
- a virtue word standing alone as a sentence (*Freedom.*) or made the cause itself (*we fight for
  freedom*) (Glittering generalities);
- either/or: *either* ... *or* put to the reader or to "us" (Black-and-white);
- epigraph attribution: a closing line ``- Name`` under a saying (Appeal to authority).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsprism.analyze.framing.lexicon import rule_words
from newsprism.analyze.framing.tokens import doc_tokens

__all__ = ["pattern_hits"]

NAME_CALLING = "Name calling/Labeling"
DOUBT = "Doubt"
BLACK_WHITE = "Black-and-white Fallacy/Dictatorship"
AUTHORITY = "Appeal to authority"
SMEARS = "Smears"
LOADED = "Loaded Language"
FEAR = "Appeal to fear/prejudice"
VIRTUE = "Glittering generalities (Virtue)"

# (technique, start token, end token, confidence, label, extra spans)
RawHit = tuple[str, int, int, float, str | None, tuple[tuple[int, int], ...]]

_QUOTES = "\"“”‘’'"
# "- Name" (or "— Name, 1863") closing a saying: the last line of a text.
_EPIGRAPH = re.compile(
    r"(?:^|\n|[\"”.!?]\s*)[-–—~]{1,2}\s*([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s*,?[\w\s]{0,12}$"
)


def _capital(token: Token) -> bool:
    return token.is_title or token.is_upper


def _short_name(token: Token) -> bool:
    """Outside a name, or opening a PERSON/ORG name of at most three words."""
    if not token.ent_type_:
        return True
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return ent is not None and ent.label_ in ("PERSON", "ORG") and ent.start == token.i and len(ent) <= 3


def _person_like(token: Token, people: frozenset[str]) -> bool:
    """A person or group: a PERSON/NORP name, or a noun for people ("voters", "senator")."""
    if token.ent_type_ in ("PERSON", "NORP"):
        return True
    return token.pos_ in ("NOUN", "PROPN") and (token.lemma_.lower() in people or token.lower_ in people)


def _epithets(doc: Doc, rules: dict[str, Any], vader: dict[str, float]) -> Iterator[RawHit]:
    """An insulting adjective on a person or group, a nickname before a name, a ``-tard`` word."""
    insults = rule_words(rules, "epithet_adjectives")
    plain = rule_words(rules, "epithet_plain")
    people = rule_words(rules, "person_nouns")
    limit = float(rules.get("epithet_valence", 2.5))
    smears = rule_words(rules, "smear_labels")
    suffixes = tuple(rules.get("insult_suffixes", ()))
    not_insults = rule_words(rules, "insult_suffix_exceptions")
    toks = doc_tokens(doc).tokens
    for token in toks:
        lower = token.lower_
        if suffixes and token.is_alpha and len(lower) > 5 and lower.endswith(suffixes) and lower not in not_insults:
            yield NAME_CALLING, token.i, token.i + 1, 0.8, lower, ()
            continue
        if not token.is_alpha or lower in plain:
            continue
        listed = lower in insults
        nxt = toks[token.i + 1] if token.i + 1 < len(toks) else None
        # "Sleepy Smith": a listed insult set before a name, often tagged as part of it
        # (as PERSON or, in a short name, ORG).
        if listed and _capital(token) and nxt is not None and _capital(nxt) and \
                (nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN") and _short_name(token):
            yield NAME_CALLING, token.i, token.i + 2, 0.8, f"{lower} {nxt.lower_}", ()
            yield SMEARS, token.i, token.i + 2, 0.6, None, ()
            continue
        # a word of a name ("Liberal Democrats"), or of a hyphenated word ("anti-war")
        if (token.ent_type_ and token.ent_type_ != "PERSON") or (token.i > 0 and toks[token.i - 1].text == "-"):
            continue
        charged = token.pos_ == "ADJ" and vader.get(lower, 0.0) <= -limit
        if not (listed or charged):
            continue
        head = token.head if token.dep_ in ("amod", "compound") else None
        if (head is None or head.i <= token.i) and nxt is not None and token.is_upper and nxt.is_upper:
            head = nxt  # capitals confuse the parser: take the next word as the head
        if head is not None and head.i > token.i and head.i - token.i <= 3 and _person_like(head, people):
            confidence = 0.7 if listed else 0.55
            yield NAME_CALLING, token.i, head.i + 1, confidence, f"{lower} {head.lemma_.lower()}", ()
            if head.ent_type_ == "PERSON" or lower in smears:
                yield SMEARS, token.i, head.i + 1, confidence, None, ()


def _predicate_labels(doc: Doc, rules: dict[str, Any], vader: dict[str, float],
                      labels: frozenset[str]) -> Iterator[RawHit]:
    """"He is a disgrace", "Smith, a coward, ...": a charged noun said of a person is a label.

    The noun must be a lexicon label or carry strong VADER valence either way (a *hero* is
    a label too), and be predicated of a person-like subject or set beside a name.
    """
    people = rule_words(rules, "person_nouns")
    pronouns = rule_words(rules, "label_subjects")
    limit = float(rules.get("predicate_valence", 2.0))
    plain = rule_words(rules, "predicate_plain")
    smears = rule_words(rules, "smear_labels")
    for token in doc_tokens(doc).tokens:
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in ("attr", "appos") or token.ent_type_:
            continue
        lower, lemma = token.lower_, token.lemma_.lower()
        if lower in plain or lemma in plain:
            continue
        valence = vader.get(lower, vader.get(lemma, 0.0))
        if not (lower in labels or lemma in labels or abs(valence) >= limit):
            continue
        if token.dep_ == "attr":
            subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            about = subjects[0] if subjects else None
            if about is None or not (about.lower_ in pronouns or _person_like(about, people)):
                continue
        elif not (token.head.ent_type_ in ("PERSON", "NORP", "ORG") or token.head.lower_ in pronouns):
            continue
        yield NAME_CALLING, token.i, token.i + 1, 0.65, lemma, ()
        # A damning label said of someone ("he is a fraud") is an attack on their reputation.
        if valence <= -limit or lemma in smears:
            yield SMEARS, token.i, token.i + 1, 0.6, None, ()


def _the_epithets(doc: Doc, rules: dict[str, Any], vader: dict[str, float],
                  labels: frozenset[str]) -> Iterator[RawHit]:
    """"Smith the Clown", "Jones the Liar": a name with a charged ``the X`` after it."""
    insults = rule_words(rules, "epithet_adjectives")
    limit = float(rules.get("predicate_valence", 2.0))
    toks = doc_tokens(doc).tokens
    for token in toks:
        if token.lower_ != "the" or token.i < 1 or token.i + 1 >= len(toks):
            continue
        name, word = toks[token.i - 1], toks[token.i + 1]
        if not (name.pos_ == "PROPN" and name.is_title and (name.ent_type_ in ("PERSON", "") or name.is_upper)):
            continue
        lower = word.lower_
        charged = lower in labels or word.lemma_.lower() in labels or lower in insults \
            or vader.get(lower, 0.0) <= -limit
        if charged and word.is_alpha:
            yield NAME_CALLING, token.i - 1, word.i + 1, 0.7, f"the {lower}", ()


def _asks_choice(cue: Token, rules: dict[str, Any]) -> bool:
    """A doubt cue's verb (*trust*, *believe*) whose object is the question's wh-word (*who*, *which
    poll*): the question asks whom to choose, it names no one to doubt; unless a word insinuates that the
    answer is no one (*Who can we trust anymore?*)."""
    if cue.lemma_.lower() not in rule_words(rules, "doubt_question_choice_verbs"):
        return False
    if any(t.lower_ in rule_words(rules, "doubt_question_insinuating") for t in cue.sent):
        return False
    wh = rule_words(rules, "doubt_question_choice_words")
    return any(c.dep_ == "dobj" and (c.lower_ in wh or any(d.lower_ in wh for d in c.children if d.dep_ == "det"))
               for c in cue.children)


def _question_doubt(doc: Doc, rules: dict[str, Any]) -> Iterator[RawHit]:
    cues = rule_words(rules, "doubt_question_words")
    openers = [tuple(o.lower().split()) for o in rules.get("doubt_question_openers", ())]
    reader = rule_words(rules, "doubt_question_reader")
    strong = rule_words(rules, "doubt_question_strong")
    shared = doc_tokens(doc)
    for sent in shared.sents:
        tokens = [t for t in shared.of(sent) if not t.is_space]
        if not tokens or not tokens[-1].text.startswith("?"):
            continue
        words = [t for t in tokens if t.is_alpha]
        lowers = [t.lower_ for t in words]
        # "really" on an adjective ("a really loose way") is an intensifier, not doubt
        cue = next((t for t in words if t.lower_ in cues and t.head.pos_ not in ("ADJ", "ADV")), None)
        if cue is not None and _asks_choice(cue, rules):
            cue = None  # "Who can voters trust?": a choice put to the reader, nobody doubted
        # An interviewer's question to "you" is not doubt cast on a third party, unless it
        # asks whether "you really" believe or trust it.
        if any(w in reader for w in lowers) and not (cue is not None and cue.lower_ in strong):
            continue
        mark = (tokens[-1].i, tokens[-1].i + 1)
        opener = next((o for o in openers if tuple(lowers[: len(o)]) == o), None)
        if cue is not None:
            yield DOUBT, cue.i, cue.i + 1, 0.6, None, ((cue.i, cue.i + 1), mark)
        elif opener is not None and len(words) <= int(rules.get("doubt_question_max_words", 14)):
            first = words[0].i
            yield DOUBT, first, first + 1, 0.55, None, ((first, words[len(opener) - 1].i + 1), mark)


def _scare_quotes(doc: Doc, rules: dict[str, Any]) -> Iterator[RawHit]:
    """``the "experts"``: a word of standing in quotation marks after a determiner, not a quotation."""
    standing = rule_words(rules, "scare_quote_nouns")
    pointing = rule_words(rules, "scare_quote_demonstratives")  # "that "reform"" points at a word, no scare quote
    n = len(doc)
    toks = doc_tokens(doc).tokens
    for token in toks:
        if token.text not in _QUOTES or token.i < 1 or token.i + 2 >= n:
            continue
        before = toks[token.i - 1]
        # after a determiner (the "experts") or a prenominal modifier (the self-declared "interim" government)
        modifier = before.dep_ == "amod" or before.pos_ == "ADJ"
        if (before.pos_ not in ("DET", "PRON") and not modifier) or before.lower_ in pointing:
            continue
        for width in (1, 2, 3):
            close = token.i + 1 + width
            if close >= n or toks[close].text not in _QUOTES:
                continue
            inner = doc[token.i + 1 : close]
            last = inner[-1]
            said = " ".join(t.lower_ for t in inner)
            if inner[0].is_lower and (said in standing or last.lower_ in standing or last.lemma_.lower() in standing):
                yield DOUBT, before.i, close + 1, 0.6, None, ()
            break


def _scare_quoted_verbs(doc: Doc, rules: dict[str, Any], reporting: frozenset[str]) -> Iterator[RawHit]:
    """``he had "borrowed" the car``: one verb of the writer's own clause set in quotation marks.

    A one-word quotation is usually someone's word (*police said he was "cooperating"*), so
    its sentence must hold no reporting verb (``reporting``: the attribution lemmas) or naming
    verb, and no colon or comma may open the quote; a term in quotes is a noun and no verb.
    The evidence starts on the word before the quote, in the writer's voice."""
    naming = rule_words(rules, "reported_label_verbs")
    shared = doc_tokens(doc)
    toks = shared.tokens
    n = len(toks)
    for token in toks:
        if token.text not in _QUOTES or token.i < 1 or token.i + 2 >= n or toks[token.i + 2].text not in _QUOTES:
            continue
        word, before = toks[token.i + 1], toks[token.i - 1]
        if not (word.is_lower and word.is_alpha and word.pos_ == "VERB") or before.is_punct or before.is_space:
            continue
        sent = shared.sent_of(word.i)
        if word.dep_ in ("ROOT", "ccomp") and word.head.i == word.i and sent.start == token.i:
            continue  # a quoted line of its own
        if any(c.dep_ == "neg" for c in word.children):
            continue  # *did not "catch" it*: the writer denies another's word, mentioned as theirs
        # a reporting verb anywhere in the sentence (*X did it, Mayer said, and "fixed" it*) may own the word
        if any(t.lemma_.lower() in reporting or t.lemma_.lower() in naming
               for t in shared.of(sent) if t.pos_ == "VERB"):
            continue
        yield DOUBT, before.i, token.i + 3, 0.6, None, ()


def _intensified(doc: Doc, rules: dict[str, Any], vader: dict[str, float]) -> Iterator[RawHit]:
    """*so foolish*, *utterly charming*: a degree word the writer puts on a rated judgement word.

    The degree word makes the valence the writer's emphasis, so a milder word counts than
    alone (``intensified_valence``); *so severe that ...* (a result clause) is a measure, no
    judgement, and is left out."""
    degree = rule_words(rules, "intensifiers")
    plain = rule_words(rules, "intensified_plain")
    limit = float(rules.get("intensified_valence", 1.0))
    result_marks = rule_words(rules, "result_clause_marks")
    toks = doc_tokens(doc).tokens
    for token in toks:
        if token.pos_ != "ADJ" or abs(vader.get(token.lower_, 0.0)) < limit or token.lower_ in plain:
            continue
        boost = next((c for c in token.children if c.dep_ == "advmod" and c.lower_ in degree and c.i < token.i), None)
        if boost is None:
            continue
        nxt = toks[token.i + 1] if token.i + 1 < len(toks) else None
        if nxt is not None and nxt.lower_ in result_marks:
            continue
        yield LOADED, boost.i, token.i + 1, 0.6, None, ()


def _either_or(doc: Doc, rules: dict[str, Any]) -> Iterator[RawHit]:
    audience = rule_words(rules, "either_or_audience")
    not_choice = rule_words(rules, "either_not_choice")
    shared = doc_tokens(doc)
    for sent in shared.sents:
        either = next((t for t in shared.of(sent) if t.lower_ == "either"), None)
        if either is None:
            continue
        nxt = doc[either.i + 1] if either.i + 1 < len(doc) else None
        if nxt is None or nxt.lower_ in not_choice:
            continue
        alt = next((t for t in shared.of(sent) if t.i > either.i and t.lower_ == "or"), None)
        # the choice is put to the reader or to "us": "you either ...", "either we ..."
        near = doc[max(sent.start, either.i - 3) : either.i + 2]
        if alt is not None and any(t.lower_ in audience for t in near):
            yield BLACK_WHITE, either.i, either.i + 1, 0.6, None, ((either.i, either.i + 1), (alt.i, alt.i + 1))


def _fear_threats(doc: Doc, rules: dict[str, Any]) -> Iterator[RawHit]:
    """"They will take your savings", "it would destroy our towns": harm foretold to the audience."""
    modals = rule_words(rules, "fear_modals")
    harms = rule_words(rules, "fear_harms")
    targets = rule_words(rules, "fear_targets")
    for token in doc_tokens(doc).tokens:
        if token.pos_ != "VERB" or token.lemma_.lower() not in harms:
            continue
        foretold = any(c.lower_ in modals for c in token.children if c.dep_ in ("aux", "auxpass")) or (
            token.head.lemma_.lower() in modals and token.dep_ == "xcomp")
        if not foretold:
            continue
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "prep", "dative")]
        # "US" the country is not "us" the audience
        reached = [t for c in objects for t in c.subtree if t.lower_ in targets and t.text != "US"]
        if reached:
            end = max(token.i, reached[-1].i) + 1
            yield FEAR, token.i, end, 0.6, None, ((token.i, token.i + 1), (reached[0].i, reached[0].i + 1))


def _virtue_chant(doc: Doc, rules: dict[str, Any]) -> Iterator[RawHit]:
    """"Hope. Unity. Freedom.": a virtue word standing as a sentence of its own."""
    virtues = rule_words(rules, "virtue_words")
    shared = doc_tokens(doc)
    for sent in shared.sents:
        words = [t for t in shared.of(sent) if t.is_alpha]
        if 1 <= len(words) <= 2 and any(t.lower_ in virtues for t in words):
            yield VIRTUE, words[0].i, words[-1].i + 1, 0.6, None, ()


def _virtue_cause(doc: Doc, rules: dict[str, Any]) -> Iterator[RawHit]:
    """"We fight for freedom", "she stands for hope": a virtue word made the cause itself.

    "Freedom of the press" names a concrete right, so a virtue word with an ``of`` is not counted.
    """
    virtues = rule_words(rules, "virtue_words")
    verbs = rule_words(rules, "virtue_verbs")
    for token in doc_tokens(doc).tokens:
        if token.lower_ not in virtues or token.pos_ not in ("NOUN", "PROPN") or token.ent_type_:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            continue
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "for":
            head = head.head
        elif token.dep_ != "dobj":
            continue
        if head.pos_ == "VERB" and head.lemma_.lower() in verbs:
            yield VIRTUE, head.i, head.i + 1, 0.6, None, ((head.i, head.i + 1), (token.i, token.i + 1))


def _epigraph(doc: Doc) -> Iterator[RawHit]:
    """A saying signed ``- Name`` on its last line: the name is offered as the argument."""
    text = doc_tokens(doc).text.rstrip()
    match = _EPIGRAPH.search(text)
    if match is None or match.start(1) < 10:
        return
    span: Span | None = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    # NER misses many a bare signature; two capitalised proper nouns are a name too.
    named = span is not None and (any(t.ent_type_ == "PERSON" for t in span)
                                  or (len(span) >= 2 and all(t.is_title and t.pos_ == "PROPN" for t in span)))
    if span is not None and named:
        yield AUTHORITY, span.start, span.end, 0.6, None, ()


def pattern_hits(doc: Doc, rules: dict[str, Any], vader: dict[str, float],
                 labels: frozenset[str] = frozenset(), reporting: frozenset[str] = frozenset()) -> Iterator[RawHit]:
    """Every shape-rule hit in the Doc (``labels``: the lexicon's one-word labels; ``reporting``:
    its reporting-verb lemmas)."""
    yield from _epithets(doc, rules, vader)
    yield from _predicate_labels(doc, rules, vader, labels)
    yield from _the_epithets(doc, rules, vader, labels)
    yield from _question_doubt(doc, rules)
    yield from _scare_quotes(doc, rules)
    yield from _scare_quoted_verbs(doc, rules, reporting)
    yield from _intensified(doc, rules, vader)
    yield from _either_or(doc, rules)
    yield from _fear_threats(doc, rules)
    yield from _virtue_chant(doc, rules)
    yield from _virtue_cause(doc, rules)
    yield from _epigraph(doc)
