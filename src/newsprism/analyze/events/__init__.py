"""The ``events`` stage: who did what to whom, when and where, coded in PLOVER.

Reads the spaCy parse, the entities (and, when the quotes stage ran before it, the voice
map) and fills ``Article.events``. Each field points at its words: trigger, parties,
place and date are spans of ``Article.text``.

Decisions worth knowing (each is tested):

- **Captions are coded apart.** A caption describes a photo, often an archive photo from
  another time, and is not part of ``Article.text``: its events are ``Caption.events``,
  with offsets into the caption's own text and its date read as the caption's (*January
  2018*: historical), never among the body's events, which are the article's claims
  (:meth:`EventStage.on_caption`, :mod:`.captions`).
- **Where the code is**: triggers in :mod:`.extract`, their arguments in :mod:`.fill`,
  readings in :mod:`.readings`, parties in :mod:`.parties`, time in :mod:`.timing` (spans
  counted on from a date, *two years later*, in :mod:`.counted`).
- **Who asserts it.** An event inside a quoted stretch (the quotes stage's voice map), or in
  the clause a quote's cue reports (*told reporters he would accept the result "whatever it
  is"*), is asserted by that quote; an event whose trigger is the cue of a reported-speech quote
  (*the leader has put the blame on ...*) is that speaker's claim, reported by the writer,
  and is asserted by that quote; so is a speech act (ACCUSE, REQUEST, REJECT, THREATEN,
  AGREE) whose actor is the speaker of a quote in the same paragraph. Everything else is
  the author's. Without the quotes stage everything is the author's (:mod:`.asserted`).
- **PLOVER coding notes applied as data** (``future_recode`` in the lexicon): a future
  CONSULT, COOPERATE, AID or SUPPORT is coded AGREE, a future RETREAT is CONCEDE, and an
  announced future conflictual act (*will boycott*, *plans to impose restrictions*) THREATEN.
  A cooperative act an actor says it will not do (*will not recognise*, *cannot support*) is
  a refusal, REJECT, made when said: current, not negated (:func:`.readings.refusal_reading`).
- **Coordinated dates split an event**: *opened fire both in 2009 and then 2018* gives two
  events, one per date.
- **A re-telling is linked, not dropped**: an event told again (the lede's arrest in paragraph
  3, *attacked ..., killing three*) keeps its own event with ``same_as`` naming the first
  mention (:mod:`newsprism.analyze.events.coreference`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Literal

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsprism.analyze.events.arguments import complete_arguments, reporter_as_doer
from newsprism.analyze.events.asserted import ReportedClauses, asserted_by
from newsprism.analyze.events.captions import apply_caption_conventions
from newsprism.analyze.events.clauses import to_infinitive
from newsprism.analyze.events.coreference import link_retellings
from newsprism.analyze.events.crowd import harms_people
from newsprism.analyze.events.dates import DateWords, date_words, names_a_thing, published_base, time_words
from newsprism.analyze.events.dating import attached_dates, context_date, event_date, when_clause_dates
from newsprism.analyze.events.discourse import anaphoric_background
from newsprism.analyze.events.extract import Candidate, find_candidates
from newsprism.analyze.events.headings import Headings
from newsprism.analyze.events.lexicon import EventLexicon, known_language, load_lexicon
from newsprism.analyze.events.magnitude import magnitudes
from newsprism.analyze.events.parties import parties_for
from newsprism.analyze.events.permission import readiness_reading
from newsprism.analyze.events.readings import actor_reading, conditional_reading, refusal_reading
from newsprism.analyze.events.scorer import TypeScorer, event_features, load_scorer, prior_logit, sigmoid
from newsprism.analyze.events.timing import is_conditional_clause, is_negated, time_relation
from newsprism.model import Article, Event, EventDate, Party, Provenance, Span

__all__ = ["EventStage", "extract_events"]

VERSION = "1"


#: Entity labels of things and happenings, never parties that act or are acted upon as actors.
_THINGS = frozenset({"PRODUCT", "EVENT"})

def _passive(verb: Token) -> bool:
    """A passive clause (*were arrested*). Not a participle modifying a noun (*weapons seized last
    year*): that is background to the sentence's event, seldom the event coded."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _agentless_concession(candidate: Candidate, lexicon: EventLexicon) -> bool:
    """*the bill was suspended*, *the curfew was lifted*, *both were acquitted*: a concession in an
    agentless passive is an event with no party named (PLOVER's CONCEDE needs no recipient; the
    eased text or restriction is its whole content), where the passive's subject is a text or a
    restriction (``concession_subjects``, ``document_nouns``, ``text_nouns``) or the verb one the
    manual names (``concession_verbs``: acquittals, pardons). Not an infinitive (*called for the
    bill to be dropped*: the act asked for), nor any other thing accepted or lifted (*the warnings
    were lifted*, *the request was accepted*)."""
    verb = candidate.head
    if candidate.cue.type != "CONCEDE" or not _passive(verb) or to_infinitive(verb):
        return False
    if lexicon.is_word("concession_verbs", verb.lemma_.lower()):
        return True
    return any(c.dep_ == "nsubjpass" and any(lexicon.is_word(kind, c.lemma_.lower()) for kind in (
        "concession_subjects", "document_nouns", "text_nouns")) for c in verb.children)


def _evidence(
    candidate: Candidate, actors: tuple[Party, ...], recipients: tuple[Party, ...], *, anchored: bool = False,
    unnamed_agent: bool = False,
) -> dict[str, float]:
    """What the event's confidence is read from (:data:`scorer.EVIDENCE_KEYS`), before its time relation."""
    # A polity standing in as recipient ("died in Washington") is where, not whom: no evidence.
    named = () if candidate.place_recipient else recipients
    anchor = candidate.governor if candidate.governor is not None else candidate.head
    return {
        "prior_logit": prior_logit(candidate.cue.prior),
        "own": float(candidate.cue.source == "own"),
        "pattern": float(candidate.cue.source == "cameo-pattern"),
        "phrase": float(candidate.first.i != candidate.last.i),
        "nominal": float(candidate.nominal),
        "anchored_nominal": float(anchored and candidate.nominal),
        "actor": float(bool(actors)),
        # No actor is expected in an agentless passive ("was jailed") or when the sentence names
        # the weapon and not who used it ("a bomb exploded, wounding nine"), unlike an active
        # verb whose subject the parser or the party rules missed.
        "agentless": float(not actors and (unnamed_agent or _passive(anchor))),
        "recipient": float(bool(named)),
        "linked": float(any(p.entity for p in actors + named)),
    }


def _confidence(evidence: dict[str, float]) -> float:
    """The evidence score: the cue's prior (own lexicon > CAMEO-derived; sources agreeing or
    not), plus parties, entity links and an event noun's place/count/date; less for an
    announced act PLOVER's notes disagree on and for a hypothetical one.

    A fitted logistic model over the same evidence (``scripts/fit_event_confidence.py``,
    :class:`scorer.ConfidenceModel`) is better calibrated and trades coverage for precision
    steadily, but at the stage's threshold it did not beat this score on dev, own or test (the
    table is in the script's docstring), so the stage keeps this one.
    """
    score = sigmoid(evidence["prior_logit"])
    score += 0.1 * evidence["anchored_nominal"] + 0.1 * evidence["actor"]
    score += 0.05 * evidence["recipient"] + 0.05 * evidence["linked"] - 0.05 * evidence["nominal"]
    score = round(min(score, 0.95), 2)
    if evidence.get("doubt"):
        score = round(score - evidence["doubt"], 2)
    if evidence.get("hypothetical"):
        score = round(max(0.0, score - evidence["hypothetical"]), 2)
    return score


def _phrase_tokens(candidate: Candidate) -> list[Token]:
    """The tokens whose numbers count for this event: its head's phrase, not the whole sentence."""
    head = candidate.governor or candidate.head
    tokens = list(head.subtree) if candidate.nominal else [
        t for child in head.children if child.dep_ not in {"ccomp", "relcl", "csubj"} for t in child.subtree
    ]
    for place in candidate.places:
        tokens.extend(t for t in place.subtree if t not in tokens)
    return tokens if candidate.nominal or tokens else [head]


def _agentive(party: Party, head: Token, lexicon: EventLexicon) -> bool:
    """Can this party act? A named or typed actor, a pronoun, a name, or an event noun can;
    a product or a named happening cannot (*struck by a Volvo*, *as Hurricane Lorenzo hit*)."""
    if head.ent_type_ in _THINGS:
        return False
    if party.entity or party.sector or head.pos_ in {"PRON", "PROPN"}:
        return True
    if head.lemma_.lower() in lexicon.nouns or head.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"}:
        return True
    if head.like_num or head.lower_ in lexicon.number_words:
        return True  # "thousands of protesters": parties_for has already typed what is counted
    return any(c.dep_ in {"amod", "compound", "nmod", "poss"} and c.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"}
               for c in head.children)


def _dates(
    article: Article, candidate: Candidate, dates: dict[int, list[SpacySpan]], base: datetime | None,
    lexicon: EventLexicon, language: str = "en",
) -> list[EventDate]:
    heads = [candidate.head] + ([candidate.governor] if candidate.governor is not None else [])
    words = date_words(language)
    found: list[EventDate] = []
    # "In 2009 they opened fire, killing 12": a clause without its own date shares its governor's;
    # not a condition ("will gather on Saturday if he is not freed": the freeing has no date).
    current = heads[-1]
    if candidate.nominal and current.dep_ in {"nsubj", "nsubjpass"} and current.head.pos_ in {"VERB", "AUX"}:
        current = current.head  # "a similar march ended with 200 arrests": the march's time is its clause's
        heads.append(current)
    while (current.dep_ in {"advcl", "conj", "xcomp"} and current.head.i != current.i and not dates.get(current.i)
           and not is_conditional_clause(current, lexicon, language)):
        current = current.head
        heads.append(current)
    for head in heads:
        for ent in dates.get(head.i, []) or when_clause_dates(head, dates, language):
            if candidate.nominal and _comparison_bound(candidate.head, ent, words):
                continue
            date = event_date(article, ent, base, lexicon, language)
            if date is not None:
                found.append(date)
    if not found and not candidate.nominal:
        found = _phrase_dates(article, heads[0], dates, base, lexicon, language)
    if not found and candidate.nominal:
        # "Since January 2018 and start of uprisings": a date in the same noun phrase chain.
        top = candidate.head
        while top.head.i != top.i and top.head.pos_ in {"NOUN", "PROPN", "NUM", "ADP", "CCONJ"}:
            top = top.head
        for token in top.subtree:
            for ent in (e for e in dates.get(token.i, []) if not _comparison_bound(candidate.head, e, words)):
                if token.pos_ not in {"VERB", "AUX"} and not names_a_thing(ent, candidate.head):
                    date = event_date(article, ent, base, lexicon, language)
                    if date is not None:
                        found.append(date)
            if token.ent_type_ == "DATE" and token.ent_iob_ == "B":
                ent = next(e for e in token.doc.ents if e.start == token.i)
                if _comparison_bound(candidate.head, ent, words) or names_a_thing(ent, candidate.head):
                    continue  # "the largest protest since 2019"; "their refusal ... the 2020 census"
                date = event_date(article, ent, base, lexicon, language)
                if date is not None and all(d.span != date.span for d in found):
                    found.append(date)
    return found


#: Links inside a verb's own phrases (objects, prepositions, a participle on its object): a date
#: the parser hung there still dates the verb when the verb has none.
_OWN_PHRASE = frozenset({"dobj", "prep", "pobj", "acl", "compound", "amod", "npadvmod", "appos"})


def _phrase_dates(
    article: Article, verb: Token, dates: dict[int, list[SpacySpan]], base: datetime | None, lexicon: EventLexicon,
    language: str = "en",
) -> list[EventDate]:
    """*seized a cargo of rifles hidden in a lorry at the crossing on Wednesday*: the parser hung
    the day on the participle or the place; with no date of its own the seizure takes it. Only
    when the phrase holds one date (two dates there describe other moments)."""
    since = date_words(language).period_starts
    found: list[EventDate] = []
    for token in verb.subtree:
        if token.i == verb.i or not dates.get(token.i):
            continue
        path, current = True, token
        while current.i != verb.i:
            if current.dep_ not in _OWN_PHRASE and not _aside(current, lexicon):
                path = False
                break
            current = current.head
        # "three times since September": a starting point, not the act's date.
        ents = [e for e in dates[token.i] if (e.start == 0 or e.doc[e.start - 1].lower_ not in since)
                and not names_a_thing(e, verb)]  # "sued over the 2018 ballot act": the act's name
        if path:
            found.extend(d for d in (event_date(article, e, base, lexicon, language) for e in ents) if d is not None)
    return found if len(found) == 1 else []


def _aside(clause: Token, lexicon: EventLexicon) -> bool:
    """*was convicted of corruption, stemming from his years as mayor, in 2011*: a subjectless
    participle that names no act (no event reading of its verb) is an aside inside the verb's phrase;
    the parser may hang the verb's date on it. A participle of an act (*..., killing three on
    Monday*) has its own time."""
    return (clause.dep_ == "advcl" and clause.tag_ == "VBG" and not any(c.dep_ in {"nsubj", "mark"} for c in
            clause.children) and lexicon.cameo_verbs.get(clause.lemma_.lower()) is None
            and lexicon.verbs.get(clause.lemma_.lower()) is None)


def _comparison_bound(noun: Token, ent: SpacySpan, words: DateWords) -> bool:
    """*the largest protest since 2019*, *the first strike since May*: after a superlative or an
    ordinal, *since* bounds a comparison; the event is not dated there."""
    after_since = ent.start > 0 and ent.doc[ent.start - 1].lower_ in words.period_starts
    return after_since and any(c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" or c.lower_ in words.comparison_ordinals
                               for c in noun.children)


def _dateline(article: Article, ent: SpacySpan, base: datetime | None, lexicon: EventLexicon,
              language: str = "en") -> bool:
    """*Monday, August 3, 2020 On Thursday, ...*: the publication date printed at a paragraph's
    start (a dateline the scrape ran into the text) dates the page, not the paragraph's events."""
    if ent.label_ != "DATE" or base is None or not any(p.start == ent.start_char for p in article.paragraphs):
        return False
    date = event_date(article, ent, base, lexicon, language)
    return date is not None and date.precision == "day" and date.value == base.strftime("%Y-%m-%d")


#: Events below this confidence are not emitted: precision first. Chosen on PLOVER-dev (0.7 ->
#: 0.75 raised precision 0.818 -> 0.835 at the same macro-F1; 0.8 gave 0.861 but lost 0.02
#: macro-F1). At 0.75 a cue found only in the CAMEO-derived list (at most 0.7) is not emitted:
#: on dev those that passed 0.7 were right once in four. Pass ``min_confidence=0.7`` for recall.
MIN_CONFIDENCE = 0.7


def extract_events(
    article: Article,
    doc: Doc,
    *,
    lexicon: EventLexicon | None = None,
    provenance: Provenance | None = None,
    scorer: TypeScorer | Literal["default"] | None = "default",
    min_confidence: float | None = None,
    on_features: Callable[[Span, str, list[str]], None] | None = None,
    on_evidence: Callable[[Span, str, dict[str, float]], None] | None = None,
    language: str | None = None,
) -> tuple[Event, ...]:
    """Every event in ``doc`` (a parse of ``article.text``) at or above ``min_confidence``, in text order.

    With a type ``scorer`` (by default the shipped one, if any: none ships today, see
    :mod:`newsprism.analyze.events.scorer`; ``None`` for the lexicon alone) the
    confidence is the scorer's probability of the event's type and ``min_confidence``
    defaults to the scorer's calibrated threshold; without one it is the evidence score of
    :func:`_confidence` and defaults to :data:`MIN_CONFIDENCE`. ``on_features`` sees every
    candidate's trigger, type and scorer features before the threshold (for training);
    ``on_evidence`` its confidence evidence (for ``scripts/fit_event_confidence.py``).
    """
    # The stage's language, not the page's declared one: a page that declares "id" but passed
    # the English check (or ran with it off) is read with the lexicons the pipeline has.
    language = language or known_language(article.language)
    lexicon = lexicon or load_lexicon(language)
    if scorer == "default":
        scorer = load_scorer(language)
    if min_confidence is None:
        min_confidence = scorer.threshold if scorer is not None else MIN_CONFIDENCE
    provenance = provenance or Provenance(stage="events", version=VERSION)
    base = published_base(article)
    dates = attached_dates(tuple(e for e in doc.ents if not _dateline(article, e, base, lexicon, language)), lexicon,
                           language)
    reports = ReportedClauses(article, doc, lexicon, language)
    headings = Headings.read(article, doc, base, lexicon, language)  # a chronology's dated steps
    events: list[Event] = []
    for candidate in complete_arguments(find_candidates(doc, lexicon), lexicon, language):
        candidate.actors = [t for t in candidate.actors if not lexicon.is_word("relative_pronouns", t.lower_)]
        weapon = candidate.cue.type == "ASSAULT" and bool(candidate.actors) and all(
            lexicon.is_word("instrument_nouns", h.lemma_.lower()) for h in candidate.actors)
        if weapon:
            candidate.actors = []  # "a bomb ripped through a bus": the weapon is no actor; the attacker is unnamed
        actors = parties_for(article, candidate.actors, lexicon)
        if actors and not any(_agentive(p, h, lexicon) for p, h in zip(actors, candidate.actors, strict=False)):
            candidate.actors = reporter_as_doer(candidate, lexicon)  # "said the vote was rigged and accused X"
            actors = parties_for(article, candidate.actors, lexicon)
            if not any(_agentive(p, h, lexicon) for p, h in zip(actors, candidate.actors, strict=False)):
                continue  # "the danger which threatens": an abstract subject, not an actor
        recipients = parties_for(article, candidate.recipients, lexicon)
        if recipients and all(h.ent_type_ in _THINGS for h in candidate.recipients):
            continue  # "upgraded Tropical Storm X to hurricane status": a thing, not a party
        if candidate.cue.mode == "release" and not any(
            _agentive(p, h, lexicon) for p, h in zip(recipients, candidate.recipients, strict=False)
        ):
            continue  # "released data", "a 2009 release": only people (captives) are released in PLOVER
        places = parties_for(article, candidate.places, lexicon)
        found_dates: list[EventDate | None] = list(_dates(article, candidate, dates, base, lexicon, language)) or [
            headings.date_for(candidate.governor if candidate.governor is not None else candidate.head, lexicon,
                              nominal=candidate.nominal)]
        # PLOVER types some acts by who does them (troops massing vs demonstrators massing).
        lemma = candidate.head.lemma_.lower()
        hurt = harms_people(candidate.head, recipients, candidate.recipients, lexicon)  # a crowd's violence on people
        kind, cue_mode = actor_reading(candidate.cue.type, candidate.cue.mode, [p.sector for p in actors], lexicon,
                                       lemma, harms_people=hurt)
        counts = magnitudes(_phrase_tokens(candidate), kind, lexicon)
        if candidate.nominal and not (actors or recipients or places or counts or found_dates[0]):
            continue  # a bare "the attack" refers to an event told elsewhere, or to none
        if not candidate.nominal and not (actors or recipients) and not _agentless_concession(candidate, lexicon):
            continue  # no one did it to no one: not an event we can code
        facts = _evidence(candidate, actors, recipients, anchored=bool(places or counts or found_dates[0]),
                          unnamed_agent=weapon)
        evidence = _confidence(facts)
        if scorer is None and evidence < min_confidence:
            continue  # the time relation can only lower it
        trigger = article.span(candidate.first.idx, candidate.last.idx + len(candidate.last.text))
        negated = is_negated(candidate.head, lexicon) or (
            candidate.governor is not None and is_negated(candidate.governor, lexicon)
        )
        anchor = candidate.governor if candidate.governor is not None else candidate.head
        # "will not recognise the vote": a cooperative act refused is a REJECT, made when stated
        # (whatever date the refused act has, so read once per candidate, not per date).
        refused = refusal_reading(kind, anchor, lexicon, negated=negated, language=language)
        for date in found_dates:
            if refused is not None:
                event_type, mode, relation, stated_negated = "REJECT", refused.mode, refused.relation, False
            else:
                event_type, mode, stated_negated = kind, cue_mode, negated
                relation = time_relation(anchor, lexicon, date=date, base=base, language=language,
                                         context=context_date(article, anchor, dates, base, lexicon, language)
                                         if date is None else None)
                relation = headings.relation(relation, date)  # a timeline's earlier steps are its background
            if relation == "future" and (ready := readiness_reading(kind, candidate.head, lexicon)) is not None:
                event_type, mode = ready  # "prepared to resume shelling": readiness (MOBILIZE), no threat made
            elif relation == "future" and kind in lexicon.future_recode:
                # PLOVER: a promised cooperative act is AGREE, an announced retreat CONCEDE,
                # an announced conflictual act a THREATEN (with the act as its mode).
                event_type = lexicon.future_recode[kind]
                mode = lexicon.threat_modes.get(kind) if event_type == "THREATEN" else None
            if event_type in lexicon.joint_recode and len(actors) > 1:
                # PLOVER: joint military exercises are COOPERATE, one country's are MOBILIZE.
                event_type, mode = lexicon.joint_recode[event_type], None
            relation_facts = {"future": float(relation == "future"),
                              "doubt": lexicon.future_doubt.get(kind, 0.0) if relation == "future" else 0.0}
            if relation == "hypothetical":
                # "would attack unless ...": a conditional act is a threat or an offer; the
                # condition itself, or a bare "could attack", is no sure event.
                event_type, mode, change = conditional_reading(event_type, mode, anchor, lexicon)
                relation_facts["hypothetical"] = -change
            # A recoding PLOVER's notes disagree on (a future retreat: AGREE or CONCEDE) is less sure.
            confidence = _confidence(facts | relation_facts)
            if on_evidence is not None:
                on_evidence(trigger, event_type, facts | relation_facts)
            if scorer is None and confidence < min_confidence:
                continue
            if scorer is not None or on_features is not None:
                features = event_features(
                    candidate.head, candidate.governor, cue_type=kind, cue_source=candidate.cue.source,
                    event_type=event_type, relation=relation, nominal=candidate.nominal, negated=stated_negated,
                    has_actor=bool(actors), has_recipient=bool(recipients), evidence=evidence,
                )
                if on_features is not None:
                    on_features(trigger, event_type, features)
                if scorer is not None:
                    scored_type, probability = scorer.decide(features, event_type, evidence)
                    if scored_type != event_type:
                        event_type, mode = scored_type, None
                    confidence = round(probability, 3)
                    if confidence < min_confidence:
                        continue
            events.append(
                Event(
                    id="",
                    type=event_type,
                    trigger=trigger,
                    mode=lexicon.mode_ok(event_type, mode),
                    context=candidate.cue.context,
                    actors=actors,
                    recipients=recipients,
                    location=places[0] if places else None,
                    date=date,
                    time_relation=relation,
                    negated=stated_negated,
                    asserted_by=asserted_by(article, trigger, event_type, actors, reports),
                    magnitude=counts,
                    confidence=confidence,
                    provenance=provenance,
                )
            )
    events.sort(key=lambda e: (e.trigger.start, e.date.value if e.date else ""))
    events = anaphoric_background(events, doc, time_words(language), lexicon.words.get("perfect_aux", frozenset()))
    numbered = tuple(replace(event, id=f"ev{i}") for i, event in enumerate(events, start=1))
    return link_retellings(numbered, doc, language)


class EventStage:
    """Pipeline stage ``events``: requires the parse and the entities; reads quotes if present."""

    name = "events"
    version = VERSION
    requires: tuple[str, ...] = ("doc", "entities")
    assigns: tuple[str, ...] = ("events",)

    def __init__(self, *, language: str = "en", use_quotes: bool = False, use_scorer: bool = True) -> None:
        self.language = language
        self.lexicon = load_lexicon(language)
        self.scorer = load_scorer(language) if use_scorer else None
        if use_quotes:
            # Declared only when a quotes stage runs first, so the pipeline check holds either way.
            self.requires = ("doc", "entities", "quotes", "voices")
        self.provenance = Provenance(stage=self.name, version=self.version)

    def __call__(self, article: Article, doc: Doc) -> Article:
        return replace(article, events=extract_events(
            article, doc, lexicon=self.lexicon, provenance=self.provenance, scorer=self.scorer, language=self.language))

    def on_caption(self, caption: Article, doc: Doc) -> Article:
        """A caption's events, read the way picture desks write captions (see :mod:`.captions`)."""
        coded = self(caption, doc)
        return replace(coded, events=apply_caption_conventions(coded.events, caption.text, self.language))
