"""The ``quotes`` stage: who said what, and whose voice every character is in."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from newsprism.analyze.quotes.acronyms import acronym_expansions, printed_expansions
from newsprism.analyze.quotes.cues import find_cues, load_cue_lexicon, load_speaker_lexicon
from newsprism.analyze.quotes.excerpts import Excerpt, PullQuote, find_excerpts, find_pull_quotes
from newsprism.analyze.quotes.headings import heading_quotes
from newsprism.analyze.quotes.indirect import draft_indirect
from newsprism.analyze.quotes.kinds import Draft, Frame, draft_marked
from newsprism.analyze.quotes.marks import find_marked_quotes
from newsprism.analyze.quotes.mentions import NON_SPEAKERS, ORGANIZATION
from newsprism.analyze.quotes.posts import EmbeddedPost, find_posts
from newsprism.analyze.quotes.resolve import Resolution, Resolver
from newsprism.analyze.quotes.runs import split_runs
from newsprism.analyze.quotes.signature import signature
from newsprism.analyze.quotes.turns import Turn, find_turns
from newsprism.analyze.quotes.voice import voice_map
from newsprism.model import Article, Entity, Provenance, Quote, Span, Speaker

__all__ = ["QuoteStage", "find_quotes"]

#: How many paragraphs back a floating quote may look for the speaker it inherits.
FLOATING_REACH = 1
#: How many paragraphs back the previous quote's speaker still counts for resolving *he said*.
PREVIOUS_REACH = 1
#: How many paragraphs back an organisation's statement still owns an *it said* / *they said*.
STATEMENT_REACH = 2
#: Confidence of an interview turn: the layout says who speaks, but a label can be misread.
TURN_CONFIDENCE = 0.9
#: marked kinds a report may hold: the speaker's quoted fragments and titles (*said the move
#: "gives us hope"*); a direct quote overlapping a report is the better reading of its words
_NESTABLE = frozenset({"mixed", "partial", "term"})


class QuoteStage:
    """Fills ``Article.quotes`` and ``Article.voices``; adds resolved pronoun mentions to entities."""

    name = "quotes"
    version = "1"
    requires = ("doc", "entities")
    assigns = ("quotes", "voices")
    components = ("parser", "lemmatizer", "ner")

    def __init__(self, *, language: str = "en") -> None:
        self.language = language

    def __call__(self, article: Article, doc: Doc) -> Article:
        quotes, pronouns = find_quotes(article, doc, language=self.language, version=self.version)
        entities = _add_mentions(article.entities, pronouns)
        return replace(article, quotes=quotes, voices=voice_map(len(article.text), quotes), entities=entities)


def find_quotes(
    article: Article, doc: Doc, *, language: str = "en", version: str = "1"
) -> tuple[tuple[Quote, ...], dict[str, list[Span]]]:
    """The article's quotes in text order, and the pronoun mentions resolved on the way."""
    cue_lexicon = load_cue_lexicon(language)
    speaker_lexicon = load_speaker_lexicon(language)
    paragraphs = [(p.start, p.end) for p in article.paragraphs] or [(0, len(article.text))]
    marked = find_marked_quotes(article.text, paragraphs)
    frame = Frame(
        text=article.text,
        doc=doc,
        cues=find_cues(doc, cue_lexicon),
        cue_lexicon=cue_lexicon,
        speaker_lexicon=speaker_lexicon,
        marked=marked,
        paragraphs=paragraphs,
    )
    marked_drafts = split_runs(frame, draft_marked(frame))  # a quote run over paragraphs: one per paragraph
    drafts = list(marked_drafts)
    for draft in draft_indirect(frame):
        # A report may hold the speaker's quoted fragments (mixed) or a title (term); any other
        # marked quote it overlaps is the better reading of those words. (Reports overlap only
        # where one nests in another by design: *As X reports, ..., when Y announced that ...*.)
        overlapping = [d for d in marked_drafts if d.start < draft.end and draft.start < d.end]
        if all(d.kind in _NESTABLE and draft.start <= d.start and d.end <= draft.end for d in overlapping):
            drafts.append(draft)
    # An embedded post signed with its handle (:mod:`.posts`) is its signer's, whatever it holds.
    posts = {(p.start, p.end): p for p in find_posts(article.text, paragraphs)}
    drafts.extend(Draft("direct", a, b, None, None, 0.8, paragraph=frame.paragraph(a)) for a, b in posts)
    # A roundup's excerpt signed by its source below it (:mod:`.excerpts`) is that source's; what it
    # reports or quotes inside is the source's own relaying, not a quote of the article (dropped).
    excerpts: dict[tuple[int, int], Excerpt] = {(e.start, e.end): e for e in find_excerpts(article.text, paragraphs)}
    # So is a pull quote (:func:`.excerpts.find_pull_quotes`): its signature, or the body's quote it repeats.
    contents = [(q.content_start, q.content_end) for q in marked]
    pulls = {(p.start, p.end): p for p in find_pull_quotes(article.text, paragraphs, contents)}
    for pull in pulls.values():
        if pull.name is not None:
            excerpts[pull.start, pull.end] = Excerpt(pull.start, pull.end, *pull.name)
    set_apart = {*excerpts, *pulls}  # built once, not again for every draft
    drafts = [d for d in drafts if not any(a <= d.start and d.end <= b for a, b in set_apart)]
    drafts.extend(Draft("direct", a, b, None, None, 0.8, paragraph=frame.paragraph(a)) for a, b in set_apart)
    drafts.sort(key=lambda d: d.start)
    resolver = Resolver(article, doc, speaker_lexicon, [(q.start, q.end) for q in marked], cue_heads=frame.cues)
    entities = {e.id: e for e in article.entities}
    expanded = acronym_expansions(article.entities, article.text)
    provenance = Provenance(stage="quotes", version=version)
    quotes: list[Quote] = []
    pronouns: dict[str, list[Span]] = {}
    previous: Speaker | None = None
    previous_paragraph = -10
    previous_end = 0
    for n, draft in enumerate(drafts, start=1):
        speaker: Speaker | None = None
        confidence = draft.confidence
        if draft.phrase is not None:
            phrase = doc[draft.phrase.start : draft.phrase.end]
            span = article.span(phrase.start_char, phrase.end_char)
            # The last speaker helps only while the reader still has them in mind.
            recent = previous is not None and draft.paragraph - previous_paragraph <= PREVIOUS_REACH
            after = draft.cue is not None and doc[draft.cue.start].idx >= draft.end
            continuing = draft.cue is not None and doc[draft.cue.head].lemma_.lower() in speaker_lexicon.continuing_cues
            resolution = resolver.link(
                draft.phrase, previous=previous.entity if recent and previous else None, previous_end=previous_end,
                anchor=draft.start if after else None, continuing=continuing,
            )
            speaker = _speaker(span, resolution, entities, doc)
            if (resolution.entity is None and resolution.group is None and resolution.via == "pronoun"
                    and previous is not None and draft.paragraph - previous_paragraph <= STATEMENT_REACH):
                speaker = _statement_pronoun(article, resolver, doc[draft.phrase.head], previous, previous_end,
                                             expanded, entities) or speaker
            confidence = min(confidence, max(resolution.confidence, 0.5))
            if resolution.via == "pronoun" and resolution.entity is not None:
                pronouns.setdefault(resolution.entity, []).append(span)
            elif resolution.via == "name" and resolution.entity in entities:
                tail = _name_tail(doc, phrase.end, entities[resolution.entity], span.end)
                if tail is not None:
                    pronouns.setdefault(resolution.entity, []).append(article.span(span.start, tail))
        elif (draft.start, draft.end) in posts:
            speaker = _poster(article, entities, posts[draft.start, draft.end])
        elif (draft.start, draft.end) in excerpts:
            speaker = _source(article, entities, excerpts[draft.start, draft.end])
        elif draft.floating:
            speaker = _signer(article, doc, resolver, entities, frame, draft) or _lead_in_speaker(
                article, doc, resolver, entities, draft.start
            )
            if speaker is None and previous is not None and draft.paragraph - previous_paragraph <= FLOATING_REACH:
                speaker = previous
        if speaker is not None and speaker.entity in resolver.alias and resolver.alias[speaker.entity] in entities:
            # one person under two names (*Josh X* signing a post, *Joshua X* in the text): the kept name
            kept = entities[resolver.alias[speaker.entity]]
            speaker = Speaker(name=kept.name, entity=kept.id, span=speaker.span)
        if speaker is not None and speaker.entity in expanded:
            # *The CDC* after *the Chinese Center for Disease Control*: that body, not a KB namesake
            full = entities[expanded[speaker.entity]]
            speaker = Speaker(name=full.name, entity=full.id, span=speaker.span)
        quote = Quote(
            id=f"q{n}",
            kind=draft.kind,
            span=article.span(draft.start, draft.end),
            speaker=speaker,
            cue=_cue_span(article, doc, draft),
            confidence=round(confidence, 2),
            provenance=provenance,
        )
        quotes.append(quote)
        if speaker is not None and draft.kind != "term":
            previous, previous_paragraph, previous_end = speaker, _last_paragraph(frame, draft), draft.end
    quotes = _pulled(quotes, pulls)
    for eid, printed in printed_expansions(article.entities, article.text, expanded).items():
        # *CBP* ... with *Customs and Border Protection* printed but tagged as no entity: the
        # printed name is a mention of the acronym's body too (for the actors layer and readers).
        pronouns.setdefault(eid, []).extend(article.span(start, end) for start, end in printed)
    quotes = heading_quotes(article, quotes)
    turns = find_turns(article.text, paragraphs, language=language)
    if turns:
        quotes = _with_turns(article, quotes, turns, provenance)
    return tuple(quotes), pronouns


def _with_turns(article: Article, quotes: list[Quote], turns: list[Turn], provenance: Provenance) -> list[Quote]:
    """Interview answers as direct quotes of the labelled speaker, ids renumbered in text order.

    Quotation marks inside an answer stay quotes of their own (the interviewee quoting
    someone); the voice map gives the answer's characters to the interviewee, since
    the earlier-starting quote keeps the voice.
    """
    interviewee = _interviewee(article.entities, turns[0].label_start)
    for turn in turns:
        label = article.span(turn.label_start, turn.label_end)
        entity = _named_entity(article.entities, turn.label)
        if entity is None and len(turn.label) <= _ANONYMOUS_LABEL:
            entity = interviewee  # "A: ...": the person the introduction is about
        speaker = Speaker(name=entity.name if entity else turn.label, entity=entity.id if entity else None, span=label)
        quotes.append(
            Quote(id="", kind="direct", span=article.span(turn.start, turn.end), speaker=speaker, cue=label,
                  confidence=TURN_CONFIDENCE, provenance=provenance)
        )
    quotes.sort(key=lambda q: (q.span.start, -q.span.end))
    return [replace(q, id=f"q{n}") for n, q in enumerate(quotes, start=1)]


#: Labels this short name nobody (``A``, ``Q``): the answers are the interviewee's.
_ANONYMOUS_LABEL = 2


def _interviewee(entities: tuple[Entity, ...], before: int) -> Entity | None:
    """The person the introduction (the text before the first turn) mentions most, if anyone."""
    counts = {e.id: sum(1 for m in e.mentions if m.start < before) for e in entities if e.type == "person"}
    best = max(counts, key=lambda eid: counts[eid], default=None)
    if best is None or counts[best] == 0:
        return None
    return next(e for e in entities if e.id == best)


def _named_entity(entities: tuple[Entity, ...], label: str) -> Entity | None:
    """The entity a transcript label names: the full name, a person's family name, or initials (``AR``)."""
    folded = label.casefold()
    best: Entity | None = None
    for entity in entities:
        names = {entity.name.casefold(), *(a.casefold() for a in entity.aliases)}
        names.update(m.text.casefold() for m in entity.mentions)
        words = entity.name.split() if entity.type == "person" else []
        personal = {words[-1].casefold(), "".join(w[0] for w in words).casefold()} if len(words) > 1 else set()
        if (folded in names or folded in personal) and (best is None or len(entity.mentions) > len(best.mentions)):
            best = entity
    return best


def _last_paragraph(frame: Frame, draft: Draft) -> int:
    return frame.paragraph(max(draft.end - 1, 0))


#: Entity labels a dash line can carry that sign no quote: an agency credit (*— Reuters*), a dateline place.
_NOT_SIGNERS = frozenset({"ORG", "GPE", "NORP", "DATE", "TIME"})


def _signer(
    article: Article, doc: Doc, resolver: Resolver, entities: dict[str, Entity], frame: Frame, draft: Draft
) -> Speaker | None:
    """The author a floating quote is signed by on the dash line under it (:mod:`.signature`): a
    review's or a letter's quote has no cue, and its signature, not the last speaker, says whose it is.
    A line the NER reads as an organisation or a place (an agency credit, *— Reuters*) signs nothing."""
    found = signature(article.text, frame.paragraphs, draft.end)
    if found is None:
        return None
    tokens = doc.char_span(*found, alignment_mode="expand")
    if tokens is not None and any(t.ent_type_ in _NOT_SIGNERS for t in tokens):
        return None
    span = article.span(*found)
    entity = resolver.person_at(*found)
    if entity is not None and entity in entities and span.text in (entities[entity].name, *entities[entity].aliases):
        return Speaker(name=entities[entity].name, entity=entity, span=span)
    # No entity, or one the NER cut short (*Ali* of a masked *Ali\*\*\**): the signature as printed.
    return Speaker(name=span.text, entity=None, span=span)


def _poster(article: Article, entities: dict[str, Entity], post: EmbeddedPost) -> Speaker:
    """The entity an embedded post's display name ends in (*Rep. Ana Ruiz*: the article's *Ana Ruiz*),
    else the display name as printed (an account's own name: *City Fire Dept*). Only a whole-name
    match: the NER's reading of a display name (a handle, a team account) is too loose to trust."""
    span = article.span(post.name_start, post.name_end)
    shown = " " + span.text.casefold()
    for entity in sorted(entities.values(), key=lambda e: -len(e.name)):
        names = (entity.name, *entity.aliases)
        if entity.type not in NON_SPEAKERS and any(len(n.split()) > 1 and shown.endswith(" " + n.casefold())
                                                   for n in names):
            return Speaker(name=entity.name, entity=entity.id, span=span)
    return Speaker(name=span.text, entity=None, span=span)


def _source(article: Article, entities: dict[str, Entity], excerpt: Excerpt) -> Speaker:
    """The entity an excerpt's signature names in full (its name or an alias, case aside), else the
    name as printed. Unlike a post's display name (*Rep. Ana Ruiz*), a source's name carries no title
    before it, so a shorter entity inside it (*Room Weekly* in *Reading Room Weekly*) is not it."""
    span = article.span(excerpt.name_start, excerpt.name_end)
    shown = span.text.casefold()
    for entity in entities.values():
        if entity.type not in NON_SPEAKERS and shown in (n.casefold() for n in (entity.name, *entity.aliases)):
            return Speaker(name=entity.name, entity=entity.id, span=span)
    return Speaker(name=span.text, entity=None, span=span)


def _pulled(quotes: list[Quote], pulls: dict[tuple[int, int], PullQuote]) -> list[Quote]:
    """An unsigned pull quote gets the speaker of the body's quote it repeats (found after it, so read
    once every quote has its speaker)."""
    out = []
    for quote in quotes:
        pull = pulls.get((quote.span.start, quote.span.end))
        if pull is not None and quote.speaker is None:
            source = next((q for q in quotes if q.span.start <= pull.source[0] < q.span.end and q is not quote), None)
            if source is not None and source.speaker is not None:
                quote = replace(quote, speaker=source.speaker)
        out.append(quote)
    return out


def _lead_in_speaker(
    article: Article, doc: Doc, resolver: Resolver, entities: dict[str, Entity], start: int
) -> Speaker | None:
    """The named person a floating quote's lead-in sentence is about, if it has one.

    *Aderholt returned to the issue later in the hearing. "What launch vehicles exist ...?"*:
    a quote with no cue right after a sentence in the same paragraph whose subject is a named
    person is that person's, as a reader takes it, even when the previous quote was someone
    else's. Only a proper-name subject counts: *He paused.* leaves it to the previous speaker.
    """
    tokens = doc.char_span(start, min(start + 1, len(doc.text)), alignment_mode="expand")
    if tokens is None or not len(tokens) or tokens[0].sent.start == 0:
        return None
    sentence = doc[tokens[0].sent.start - 1].sent
    paragraph = next((p for p in article.paragraphs if p.start <= start < p.end), None)
    if paragraph is None or sentence.start_char < paragraph.start:
        return None
    if any(sentence.start_char <= a < sentence.end_char for a, _ in resolver.quoted):
        return None  # the lead-in quotes someone itself: the previous speaker decides
    subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    entity = resolver.person_at(subject.idx, subject.idx + len(subject))
    if entity is None or entity not in entities:
        return None
    span = article.span(subject.idx, subject.idx + len(subject))
    return Speaker(name=entities[entity].name, entity=entity, span=span)


#: Pronouns an organisation speaks through (*it said*, British *they said* of a company).
_BODY_PRONOUNS = frozenset({"it", "they"})


def _statement_pronoun(
    article: Article, resolver: Resolver, pronoun: Token, previous: Speaker, previous_end: int,
    expanded: dict[str, str], entities: dict[str, Entity],
) -> Speaker | None:
    """*Big Machine have denied ... "...," they said in a statement.* / *"...," it says.*: an
    organisation's statement goes on under *it*/*they* while no one else comes in. The pronoun the
    resolver left open is the last speaker's when that speaker is an organisation (an entity of that
    type, or a capitalised name the tagger gave no entity) and no other person or organisation was
    the subject of a sentence since its quote; otherwise it stays open (never a guess past a rival)."""
    if pronoun.lower_ not in _BODY_PRONOUNS:
        return None
    entity = entities.get(previous.entity) if previous.entity else None
    if entity is not None and entity.type != ORGANIZATION:
        return None
    if entity is None and not (previous.name[:1].isupper() and previous.name.lower() not in resolver.lexicon.pronouns):
        return None
    rivals = [m for m in resolver.starting_in(previous_end, pronoun.idx)
              if previous.entity not in (m.entity, expanded.get(m.entity)) and not m.in_quote and m.role >= 2.0
              and not m.echo]
    if rivals:
        return None
    span = article.span(pronoun.idx, pronoun.idx + len(pronoun))
    return Speaker(name=previous.name, entity=previous.entity, span=span)


def _speaker(span: Span, resolution: Resolution, entities: dict[str, Entity], doc: Doc) -> Speaker:
    """The entity's name when resolved (*He* -> the person); for a plural pronoun that stands for
    an unnamed group, the group's words (*they* -> *Federal prosecutors*); the words as written otherwise."""
    if resolution.entity is not None and resolution.entity in entities:
        return Speaker(name=entities[resolution.entity].name, entity=resolution.entity, span=span)
    if resolution.group is not None:
        return Speaker(name=doc[resolution.group[0] : resolution.group[1]].text, entity=None, span=span)
    if resolution.name is not None:  # an acronym no entity holds, its name printed elsewhere
        return Speaker(name=resolution.name, entity=None, span=span)
    return Speaker(name=span.text, entity=None, span=span)


#: Prepositions that carry a body's name on in lower case (*the Lancet Commission on pollution and health*).
_NAME_PREPS = frozenset({"on", "for"})


def _name_tail(doc: Doc, after: int, entity: Entity, end: int) -> int | None:
    """Where a body's full name ends when the tagger cut it before a lower-case tail: *The Harlow
    Commission on pollution and health found that ...* (the entity is *Harlow Commission*). Only a
    speaker phrase ending on the entity's own mention, an *on*/*for* phrase of lower-case words and
    *and* hanging on the name, and the sentence's verb right after it; the full name is added to the
    entity's mentions, so a reader (and the scorer) sees the body's name as the page prints it."""
    if entity.type != ORGANIZATION or after >= len(doc) or not any(m.end == end for m in entity.mentions):
        return None
    prep = doc[after]
    if prep.lower_ not in _NAME_PREPS or prep.head.i != after - 1:
        return None
    tail = list(prep.subtree)
    if not all(t.is_lower and t.is_alpha for t in tail[1:]) or len(tail) < 2:
        return None
    nxt = tail[-1].i + 1
    if nxt >= len(doc) or nxt != prep.head.head.i or doc[nxt].pos_ not in ("VERB", "AUX"):
        return None  # the name's own verb must follow (*... health found that*)
    return tail[-1].idx + len(tail[-1])


def _cue_span(article: Article, doc: Doc, draft: Draft) -> Span | None:
    if draft.cue is None:
        return None
    cue = doc[draft.cue.start : draft.cue.end]
    return article.span(cue.start_char, cue.end_char)


def _add_mentions(entities: tuple[Entity, ...], pronouns: dict[str, list[Span]]) -> tuple[Entity, ...]:
    """Entities with the pronouns resolved to them as further mentions (for the actors layer)."""
    if not pronouns:
        return entities
    updated = []
    for entity in entities:
        extra = [s for s in pronouns.get(entity.id, ()) if s not in entity.mentions]
        if extra:
            mentions = tuple(sorted((*entity.mentions, *extra), key=lambda s: (s.start, s.end)))
            entity = replace(entity, mentions=mentions)
        updated.append(entity)
    return tuple(updated)
