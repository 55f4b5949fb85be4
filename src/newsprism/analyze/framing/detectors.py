"""Technique detectors: lexicon phrases, VADER-loaded adjectives, and text-shape rules.

Each detector yields :class:`Hit` values over a spaCy Doc: the technique, the token
range of the evidence and a confidence. Grouping hits into frames per sentence and
voice is :mod:`newsprism.analyze.framing.stage`'s job, so every detector stays a
small function with one reason to exist.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Doc, Token

from newsprism.analyze.framing.conduct import conduct_hits
from newsprism.analyze.framing.evaluative import evaluative_hits
from newsprism.analyze.framing.figurative import EXAGGERATION, figurative_hits
from newsprism.analyze.framing.furniture import after_label, answer_sentences, greeting_sentences, heading_sentences
from newsprism.analyze.framing.hits import CAUSAL, DOUBT, LOADED, NAME_CALLING, SLOGANS, Hit
from newsprism.analyze.framing.judgement import judgement_hits
from newsprism.analyze.framing.lexicon import Lexicon, rule_words, token_keys
from newsprism.analyze.framing.measures import load_measures, measure_filter
from newsprism.analyze.framing.patterns import FEAR, SMEARS, pattern_hits
from newsprism.analyze.framing.plain import plain_tokens
from newsprism.analyze.framing.repetition import repetition_hits
from newsprism.analyze.framing.tokens import doc_tokens

__all__ = ["LOADED", "NAME_CALLING", "Hit", "detect"]


# Words inside these named entities are names, not the writer's wording ("Freedom Party").
_NAME_ENTS = {"PERSON", "ORG", "WORK_OF_ART", "LAW", "EVENT", "FAC", "PRODUCT", "GPE", "LOC"}
# A one-word hit must be a content word: "lies" the noun, not "so" the conjunction.
_FUNCTION_POS = {"ADP", "DET", "AUX", "PRON", "PART", "CCONJ", "SCONJ", "PUNCT", "NUM", "SPACE"}
_LABEL_POS = {"NOUN", "PROPN"}
# Techniques whose weak words count when shouted (see _shouted).
_SHOUT_BOOSTED = {LOADED, NAME_CALLING, FEAR, EXAGGERATION, SMEARS}
# Techniques whose word-level hits a plain sense clears (see _plain_senses).
_PLAIN_TECHNIQUES = {LOADED, EXAGGERATION, FEAR, DOUBT}
# The "strong" tier's confidence and up.
_STRONG = 0.8
# The signature line under an embedded social post: "— Name (@handle) date".
_SIGNATURE = re.compile(r"\s*[\u2014\u2013\u2015-]{1,2}\s*\S[^\n]*\(@\w+\)")


def _in_name(tokens: list[Token]) -> bool:
    # Only a Title-case word inside a name is part of the name ("the Freedom Party"); NER
    # tags whole all-caps lines as ORG, and "EVIL" there is still the writer's word.
    return any(t.is_title and (t.ent_type_ in _NAME_ENTS or _in_title_run(t)) for t in tokens)


def _in_title_run(token: Token) -> bool:
    """A Title-case word mid-sentence that continues a run of Title-case words is part of a
    title the NER missed (a song *The Road to Hell*, a show *Mad Men*): two capitalised words
    in a row, with at most two short lower-case words between (*to*, *of the*). Only in prose:
    in a line set in Title Case (a headline, a meme) every word is capitalised, and the
    writer's *Dramatic Rescue* is still the writer's."""
    if not token.is_title or token.is_sent_start:
        return False
    # The shared tables, not Token.sent and doc[i] (a scan and a fresh Token per call): this runs
    # for every Title-case word VADER rates.
    shared = doc_tokens(token.doc)
    sent, toks = shared.sent_of(token.i), shared.tokens
    words = [t for t in shared.of(sent) if t.is_alpha]
    if 2 * sum(t.is_title for t in words) >= len(words):
        return False
    for step in (-1, 1):
        i, skipped = token.i + step, 0
        while 0 <= i < len(toks) and toks[i].is_lower and len(toks[i].text) <= 3 and skipped < 2:
            i, skipped = i + step, skipped + 1
        if sent.start <= i < sent.end and toks[i].is_title and not toks[i].is_sent_start and toks[i].is_alpha:
            return True
    return False


def _lexicon_hits(doc: Doc, lexicon: Lexicon, keys: list[frozenset[str]]) -> Iterator[Hit]:
    toks = doc_tokens(doc).tokens
    pointing = rule_words(lexicon.rules, "causal_pointing")
    conditional = rule_words(lexicon.rules, "conditional_plain")
    for phrase in lexicon.techniques.find(doc, keys):
        tokens = toks[phrase.start : phrase.end]
        if _in_name(tokens) and phrase.key not in lexicon.in_names:
            continue
        if len(tokens) == 1:
            pos = tokens[0].pos_
            if pos in _FUNCTION_POS:
                continue
            # "criminal charges", "an elite unit": adjectives, not labels. A strong-tier label
            # (idiot, coward) is a noun whatever the tagger guesses in a short, odd line.
            if phrase.key == NAME_CALLING and pos not in _LABEL_POS and not tokens[0].is_upper \
                    and phrase.confidence < _STRONG:
                continue
        if _mentioned(toks, phrase.start, lexicon):
            continue  # 'the term "regime"': the writer names the word, does not use it
        if phrase.key == SLOGANS and not _clause_start(tokens[0]):
            continue  # "ascribed his death to": a slogan opens its sentence or clause
        if phrase.key == LOADED and len(tokens) == 1 and _reporting_cue(tokens[0], lexicon):
            continue  # "boasting that ...": the verb's judgement is its attribution stance, rated there
        if phrase.key == CAUSAL and phrase.phrase in pointing and not _names_its_cause(doc, phrase.start, phrase.end):
            continue  # "That's why this case was written up": a connective pointing back, no one cause named
        if " ".join(t.lower_ for t in tokens) in conditional and _conditional(tokens[0], lexicon):
            continue  # "if, for whatever reason, you miss it": "for any reason", no one's conduct insinuated
        label = phrase.phrase if phrase.key == NAME_CALLING else None
        yield Hit(technique=phrase.key, start=phrase.start, end=phrase.end, confidence=phrase.confidence, label=label)


def _mentioned(toks: list[Token], start: int, lexicon: Lexicon) -> bool:
    """A word the writer mentions rather than uses: right after a noun that names it as a word (*the
    term "regime"*, *the word thug*, *the label "extremist"*), quotation marks between allowed."""
    i = start - 1
    while i >= 0 and toks[i].is_quote:
        i -= 1
    return i >= 0 and toks[i].pos_ == "NOUN" and bool(token_keys(toks[i]) & rule_words(lexicon.rules, "mention_nouns"))


def _conditional(token: Token, lexicon: Lexicon) -> bool:
    """Whether a phrase sits in a condition (a clause marked *if*, *unless*, ...) or a relative clause, where
    *for whatever reason* means "for any reason" (*voters who for whatever reason cannot attend*)."""
    marks = rule_words(lexicon.rules, "condition_marks")
    return any(a.dep_ == "relcl" or any(c.dep_ == "mark" and c.lower_ in marks for c in a.children)
               for a in (token, *token.ancestors))


def _names_its_cause(doc: Doc, start: int, end: int) -> bool:
    """Whether an explanation phrase (*that's why*, *is the reason*) names one cause as the whole story.

    Its subject does when it is a noun (*Greed is why prices rose*). A pronoun subject (*that*, *this*,
    *which*) points back at what came before, as any explanation in news does, unless the sentence
    then names the cause itself after a colon or dash (*That's why the schools fail: the unions*).
    """
    shared = doc_tokens(doc)
    toks = shared.tokens
    subject = toks[start - 1] if toks[start].pos_ == "AUX" and start > 0 else toks[start]
    if subject.pos_ not in ("PRON", "DET"):
        return True
    sent = shared.sent_of(start)
    return any(t.text in (":", "\u2014", "\u2013", "--") for t in toks[end : sent.end])


def _reporting_cue(token: Token, lexicon: Lexicon) -> bool:
    """A reporting verb of the lexicon that introduces a report (a clausal complement): *bragged
    that the plan worked*. Its stance (evaluative) is the attribution's; *the bragging* is no report."""
    return token.pos_ == "VERB" and token.lemma_.lower() in lexicon.attribution \
        and any(c.dep_ == "ccomp" for c in token.children)


def _clause_start(token: Token) -> bool:
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.is_sent_start or before is None or before.is_punct or before.is_space or before.is_quote


def _vader_hits(doc: Doc, lexicon: Lexicon) -> Iterator[Hit]:
    threshold = float(lexicon.settings.get("vader_threshold", 2.5))
    confidence = float(lexicon.settings.get("vader_confidence", 0.55))
    allowed = set(lexicon.settings.get("vader_pos", ("ADJ", "ADV")))
    # A shouted or exclaimed sentence (posters, memes, posts; never a news body) is
    # emotional by its form, so milder valence words of any content class count there.
    loud_threshold = float(lexicon.settings.get("vader_loud_threshold", threshold))
    # Nouns and verbs carry affect too ("a disaster", "they butchered"), but news uses many
    # plainly ("attack", "crisis"), so outside loud sentences a strong one is only a weak
    # hit: it counts beside a second loaded word of the sentence.
    other_threshold = float(lexicon.settings.get("vader_other_threshold", 99.0))
    other_confidence = float(lexicon.settings.get("vader_other_confidence", 0.4))
    other_stop = frozenset(lexicon.settings.get("vader_other_stop", ()))
    loud = _loud_sentences(doc)
    shared = doc_tokens(doc)
    headings = heading_sentences(doc)
    greetings = greeting_sentences(doc, rule_words(lexicon.rules, "greetings"))
    answer_words = _answer_words(doc)
    answers = answer_sentences(doc, answer_words)
    for sent in shared.sents:  # per sentence: Token.sent is costly per token
        if sent.start in greetings:
            continue  # "Congratulations!!!": a courtesy (framing/furniture.py)
        is_loud = loud.get(sent.start, False)
        if sent.start in answers:  # "Is it true? The answer is YES!": the answer word is no feeling
            is_loud = False
        trust_caps = sent.start not in headings  # a heading's capitals are typography
        limit = loud_threshold if is_loud else threshold
        for token in shared.of(sent):
            valence = lexicon.vader.get(token.lower_)
            if valence is None or _in_name([token]) or _reported_feeling(token, lexicon) \
                    or (sent.start in answers and token.lower_ in answer_words):
                continue
            # All-caps meme and headline text gets PROPN tags, so trust the word there.
            upper = trust_caps and token.is_upper
            if token.pos_ in allowed or upper or (is_loud and token.pos_ not in _FUNCTION_POS):
                if abs(valence) >= limit:
                    yield Hit(technique=LOADED, start=token.i, end=token.i + 1, confidence=confidence)
            elif token.pos_ in ("NOUN", "VERB") and abs(valence) >= other_threshold and token.lower_ not in other_stop \
                    and not any(c.dep_ == "neg" for c in token.children):  # "not antagonizing": an act denied
                yield Hit(technique=LOADED, start=token.i, end=token.i + 1, confidence=other_confidence)


def _answer_words(doc: Doc) -> frozenset[str]:
    """The words that answer a question just asked: the measures data's, one list for both readings."""
    data = load_measures(doc.lang_ or "en")
    return data.answer_words if data is not None else frozenset()


def _reported_feeling(token: Token, lexicon: Lexicon) -> bool:
    """*said they were hopeful*, *said they felt dejected*: a feeling the subject reports of itself,
    under a reporting verb, is the content of what was said, not the writer's wording of it."""
    copulas = lexicon.rules.get("feeling_copulas", ())
    if token.dep_ != "acomp" or token.head.lemma_.lower() not in copulas:
        return False
    clause = token.head
    return clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_.lower() in lexicon.attribution


def _shape_hits(doc: Doc, lexicon: Lexicon) -> Iterator[Hit]:
    """Short exclamations and hashtags (Slogans); rhetorical questions (weak Doubt)."""
    max_words = int(lexicon.settings.get("slogan_max_words", 6))
    shared = doc_tokens(doc)
    shouted = _loud_sentences(doc, exclaimed=False)
    exclamatives = rule_words(lexicon.rules, "exclamative_openers")
    rhetorical = rule_words(lexicon.rules, "rhetorical_question_words")
    greetings = greeting_sentences(doc, rule_words(lexicon.rules, "greetings"))
    answers = answer_sentences(doc, _answer_words(doc))
    for sent in shared.sents:
        # the words after a speaker label (*A: Inspired and humbled!*): the label is the page's
        words = [t for t in after_label(shared.of(sent)) if t.is_alpha]
        last = [t for t in shared.of(sent) if not t.is_space]
        if not words or not last or sent.start in greetings:
            continue
        if last[-1].text.startswith("!") and len(words) <= max_words and sent.start not in answers:
            if len(words) >= 2 and words[0].lower_ in exclamatives and not shouted.get(sent.start, False):
                # "How generous!", "What a mess!": no rally, but the writer's judgement, often sarcastic
                yield Hit(technique=LOADED, start=words[0].i, end=last[-1].i + 1, confidence=0.55)
            elif shouted.get(sent.start, False) or _rallies(words, lexicon):
                yield Hit(technique=SLOGANS, start=words[0].i, end=last[-1].i + 1, confidence=0.55)
        wh = next((t for t in words if t.lower_ in rhetorical), None)
        if last[-1].text.startswith("?") and wh is not None:
            yield Hit(technique=DOUBT, start=wh.i, end=wh.i + 1, confidence=0.4,
                      extra=((wh.i, wh.i + 1), (last[-1].i, last[-1].i + 1)))
    tags = list(_hashtags(doc))
    names = rule_words(lexicon.rules, "hashtag_nouns")
    for start, end in tags:
        if not _filed_tag(doc, start, end, tags, names):
            yield Hit(technique=SLOGANS, start=start, end=end, confidence=0.6)


def _rallies(words: list[Token], lexicon: Lexicon) -> bool:
    """A short exclamation is a Slogan only when it rallies: an imperative (*Vote them out!*), a
    call on the audience (*Hands off our parks!*) or a value word (*Justice now!*). A blog's *Back at
    it!* or *The crisp morning air!* is only "!" on a phrase. A shouted line (a poster) counts by its form."""
    valence = float(lexicon.settings.get("vader_loud_threshold", 1.5))
    audience = rule_words(lexicon.rules, "slogan_audience")
    virtues = rule_words(lexicon.rules, "virtue_words")
    first = words[0]
    if first.pos_ in ("VERB", "AUX") and "Inf" in first.morph.get("VerbForm", []):
        return True
    return any(w.lower_ in audience or w.lower_ in virtues or abs(lexicon.vader.get(w.lower_, 0.0)) >= valence
               for w in words)


def _hashtags(doc: Doc) -> Iterator[tuple[int, int]]:
    """Token ranges of the hashtags: ``#`` + a word (how spaCy splits them), or one ``#word`` token."""
    toks = doc_tokens(doc).tokens
    for token in toks:
        if token.text == "#" and token.i + 1 < len(doc) and toks[token.i + 1].is_alpha:
            yield token.i, token.i + 2
        elif token.text.startswith("#") and len(token.text) > 2:
            yield token.i, token.i + 1


def _filed_tag(doc: Doc, start: int, end: int, tags: list[tuple[int, int]], names: frozenset[str]) -> bool:
    """A hashtag that files a post rather than rallies a reader: not the writer's Slogan.

    A line holding a run of tags (*#SummerFun #ad*: a disclosure or tag line, and the sponsor's
    *#BrandCo* named in it), a tag the sentence names as one (*shared the hashtag #X*), and a tag
    inside an embedded post signed on the next line (*— Name (@handle) date*), which is the
    poster's words. A lone campaign tag in the writer's prose stays a Slogan.
    """
    # The shared tables, not doc.text and doc[i] (a join and fresh Tokens per call), as this runs per tag.
    shared = doc_tokens(doc)
    text, toks = shared.text, shared.tokens
    line_start = text.rfind("\n", 0, toks[start].idx) + 1
    line_end = text.find("\n", toks[end - 1].idx)
    line_end = len(text) if line_end < 0 else line_end
    on_line = [(s, e) for s, e in tags if line_start <= toks[s].idx < line_end]
    # only whitespace between one tag's end and the next tag's first character
    if any(not text[toks[e1].idx : toks[s2].idx].strip() for (_, e1), (s2, _) in pairwise(on_line)):
        return True
    before = next((t for t in reversed(toks[max(0, start - 3) : start]) if not t.is_space), None)
    if before is not None and before.lower_ in names:
        return True
    following = next((line for line in text[line_end:].split("\n") if line.strip()), "")
    return _SIGNATURE.match(following) is not None


def _loud_sentences(doc: Doc, *, exclaimed: bool = True) -> dict[int, bool]:
    """Sentence start -> whether it is set in capitals (or, with ``exclaimed``, ends in "!")."""
    loud: dict[int, bool] = {}
    shared = doc_tokens(doc)
    for sent in shared.sents:
        text = shared.text_of(sent)
        letters = sum(map(str.isalpha, text))
        # str methods first: counting word tokens is costlier, and only capitals need it
        shouted = letters > 0 and sum(map(str.isupper, text)) >= 0.8 * letters \
            and sum(1 for t in shared.of(sent) if t.is_alpha) >= 2
        loud[sent.start] = shouted or (exclaimed and text.rstrip().endswith("!"))
    for start in heading_sentences(doc):  # a heading in capitals is typography, not shouting
        loud[start] = False
    return loud


def _shouted(doc: Doc, hits: list[Hit], boost: float) -> list[Hit]:
    """Raise hits in SHOUTED sentences: capitals are an intensifier, so a weak word there counts.

    News bodies are never set in capitals; posters, memes and social posts are.
    """
    if boost <= 0:
        return hits
    loud = _loud_sentences(doc, exclaimed=False)
    shared = doc_tokens(doc)
    out = []
    for hit in hits:
        sent_start = shared.sent_of(hit.start).start
        if hit.technique in _SHOUT_BOOSTED and loud.get(sent_start, False):
            hit = Hit(technique=hit.technique, start=hit.start, end=hit.end, label=hit.label, extra=hit.extra,
                      confidence=min(0.95, hit.confidence + boost))
        out.append(hit)
    return out


def detect(doc: Doc, lexicon: Lexicon) -> list[Hit]:
    """Every technique hit in the Doc, before grouping and voice."""
    hits = list(_lexicon_hits(doc, lexicon, doc_tokens(doc).keys))
    hits.extend(_vader_hits(doc, lexicon))
    people = rule_words(lexicon.rules, "person_nouns") | lexicon.labels
    # the rule modules yield RawHit tuples, in Hit's field order (hits.py imports patterns.py, not back)
    for raw_hits in (pattern_hits(doc, lexicon.rules, lexicon.vader, lexicon.labels, _reporting(lexicon)),
                     figurative_hits(doc), judgement_hits(doc, people), conduct_hits(doc, people),
                     evaluative_hits(doc)):
        hits.extend(Hit(*raw) for raw in raw_hits)
    hits = measure_filter(doc, _plain_senses(doc, hits, people))
    hits = _shouted(doc, hits, float(lexicon.settings.get("shouting_boost", 0.0)))
    hits.extend(_shape_hits(doc, lexicon))
    hits.extend(repetition_hits(doc, lexicon, hits))
    return _article_subjects(doc, hits, lexicon.subject_mentions)


_PARTICLE_POS = frozenset({"ADP", "PART"})


def _plain_senses(doc: Doc, hits: list[Hit], people: frozenset[str] = frozenset()) -> list[Hit]:
    """Drop a word-level hit whose every word is used in a plain sense here (*catastrophic fires*,
    *the worst week since 2008*, *an offensive rebound*, *clouds spew gas*, *isn't terrible*; :mod:`.plain`):
    a phrase with a second, loaded word keeps its reading, and so do hits of other techniques (labels,
    slogans). ``people``: the nouns of people, whose conduct a verb of description judges."""
    plain = plain_tokens(doc, people=people)
    if not plain:
        return hits
    def cleared(hit: Hit) -> bool:
        # a phrasal verb's particle or preposition carries no reading of its own (*spitting on*, #6 F16)
        span = range(hit.start, hit.end)
        return any(i in plain for i in span) and all(i in plain or doc[i].pos_ in _PARTICLE_POS for i in span)

    return [h for h in hits if h.technique not in _PLAIN_TECHNIQUES or h.extra or not cleared(h)]


def _reporting(lexicon: Lexicon) -> frozenset[str]:
    """The one-word reporting-verb lemmas of the lexicon (``say``, ``claim``, ...)."""
    return frozenset(k for k in lexicon.attribution if " " not in k)


def _article_subjects(doc: Doc, hits: list[Hit], mentions: dict[str, int]) -> list[Hit]:
    """A figure the article is about is its subject, not an analogy: *the house where Hitler was
    born*, named four times in a news story, is no Reductio ad hitlerum; one passing *like
    Hitler* in a column is. Which techniques this applies to, and from how many mentions, is
    lexicon data (``subject_mentions``). Figures are told apart by their word (*Nazi* = *Nazis*)."""
    if not mentions:
        return hits

    def figure(hit: Hit) -> tuple[str, str]:
        return hit.technique, doc[hit.start : hit.end].text.lower().rstrip("s")

    counts = Counter(figure(h) for h in hits if h.technique in mentions)
    return [h for h in hits if h.technique not in mentions or counts[figure(h)] < mentions[h.technique]]
