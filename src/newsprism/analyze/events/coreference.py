"""One real-world event told twice: link the re-tellings (``Event.same_as``), never drop them.

News tells its main event more than once: the lede names it, a later paragraph tells it again
(*Police detained 40 protesters ... The 40 detained protesters were taken to ...*), and one
sentence often gives an attack and its toll as separate verbs (*gunmen attacked a post, killing
three officers and wounding five*). Event datasets built by coding each verb count such an event
two or three times, the duplicate problem coders complain about (issue #5). Each mention keeps
its own event here (it has its own words, speaker and date), and a re-telling points at the
first mention with ``same_as``, so a user can count events once or keep every mention.

A later event re-tells an earlier one when both have the same PLOVER type, time relation and
compatible dates (equal, or one inside the other), and either:

- **one sentence, one act**: its trigger hangs on the earlier trigger as a participle or a
  consequence verb (*attacked ..., killing three*; *a stabbing killed three and injured three*),
  or the earlier trigger, an event noun, is its subject (*the bombing killed a photographer*); or
- **a later sentence refers back**: its trigger is a definite or possessive event noun (*the
  march*, *the arrest*, *the leader's arrest*) and nothing in it conflicts, or it shares a named
  party (the same entity acting or acted upon) and its other party is not a new referent (an
  indefinite *a 66-year-old man* introduces someone new: a second arrest, not the first again);
  and in either case it names no one the first mention did not, it is not one of a set told as
  a plural (*the attacks he took part in* after *the strike*), and no superlative or ordinal singles it
  out (*the largest demonstration*). Precision first: a wrong link hides a real event;
- **a set told in parts**: a lede's counted or collective plural act (*issued seven pardons*, *a
  wave of arrests*) and its later itemised acts of the same word (*granted X a full pardon*,
  *police arrested Y*): one real-world event told in parts, each item linked to the set, whoever
  it names (the labels' convention: the items are mentions of the lede's event); or
- **a toll told in reference**: a toll verb (``consequence_verbs``) whose prepositional object is a
  definite event noun of its own type (*six were killed in the attack*) refers back like that noun would.
- **a toll told next**: a toll verb in the very next sentence, done by the first act's actor or a personal
  pronoun (``toll_actor_pronouns``), with no time word, place or date of its own (*began to attack commuters. He
  injured a guard and a cleaner*): its victims are new by nature, so the new-party guard does not apply.

A headline's event is told again by the body's first mention of the same verb or noun (same lemma,
type, time relation and polarity, compatible dates; *Police arrest 63 as ...* ... *police arrested 63
people*), whatever parties each names: a headline's telegraphic words (no articles, a bare present, a
place run on to a noun) are parsed too loosely to compare parties, and a headline names its story's
main act, which the body then tells. Only one body mention is linked to one headline event.

Never linked: events of one trigger (coordinated dates split one trigger into distinct events),
events whose named parties differ, a negated mention and an affirmative one, two verbs of
different lemmas that share only a party when the act is a saying (PLOVER's verbal types: *praised*
... *endorsed*) or a material act of another mode (*arrested* ... *detained* stays linked), a later
verb that carries a date of its own where the first had none (*will refuse to negotiate* ... *in
February, when it refused to meet*), and
event nouns marked as new (*a similar march*, *another attack*; the marker words are data,
``event_links_<lang>.json``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsprism.analyze.events.clauses import clause_verb
from newsprism.analyze.events.fill import to_infinitive
from newsprism.analyze.events.lexicon import known_language, language_file, load_lexicon
from newsprism.analyze.events.nouns import noun_cue, pobjs
from newsprism.model import Event, EventDate, Party

__all__ = ["link_retellings"]

#: Dependency links along which a verb in the same sentence continues one act.
_SAME_ACT = frozenset({"advcl", "conj", "xcomp", "acl"})
_PARTICIPLES = frozenset({"VBG", "VBN"})
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "this", "that"})


@dataclass(frozen=True, slots=True)
class _Words:
    consequences: frozenset[str]
    new_markers: frozenset[str]
    definite: frozenset[str]
    indefinite: frozenset[str]
    verbal_types: frozenset[str]  # PLOVER's types of its quad categories verbal cooperation and conflict: sayings
    collective: frozenset[str]  # nouns naming a set of acts (*a wave of* arrests)
    reference_preps: frozenset[str]  # *killed in* the attack
    language: str  # whose event lexicon names the nouns an act is referred to by (*in the attack*)
    personal_pronouns: frozenset[str] = frozenset()  # *he*, *she*, *they*: who a toll told next may be done by


@lru_cache(maxsize=4)
def _words(language: str) -> _Words:
    data = language_file("event_links", language)
    plover = language_file("plover", language)["events"]
    return _Words(consequences=frozenset(data["consequence_verbs"]), new_markers=frozenset(data["new_event_markers"]),
                  definite=frozenset(data["definite_determiners"]),
                  indefinite=frozenset(data["indefinite_determiners"]),
                  verbal_types=frozenset(t for t, row in plover.items() if row["quad"].startswith("VERBAL")),
                  collective=frozenset(data["collective_nouns"]),
                  reference_preps=frozenset(data["act_reference_prepositions"]), language=known_language(language),
                  personal_pronouns=frozenset(data.get("toll_actor_pronouns", ())))


def _head(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None


def _dates_agree(a: EventDate | None, b: EventDate | None) -> bool:
    """Equal, or one inside the other (``2026-03`` holds ``2026-03-11``); unknown agrees with all."""
    if a is None or b is None:
        return True
    return a.value.startswith(b.value) or b.value.startswith(a.value)


def _entities(parties: Sequence[Party], doc: Doc) -> set[str]:
    """Who the parties are: entity ids, and the names themselves (*Thames Valley Police* twice is
    one police force even where the actors stage linked only one of the mentions)."""
    keys = set()
    for party in parties:
        if party.entity:
            keys.add(party.entity)
        span = doc.char_span(party.span.start, party.span.end, alignment_mode="expand")
        if span is not None and span.root.pos_ == "PROPN":
            keys.add(" ".join(party.span.text.lower().split()))
    return keys


@dataclass(frozen=True, slots=True)
class _Mention:
    """An event with what the pairwise rules ask of it, read from the parse once per event
    (:func:`link_retellings` compares every pair of events)."""

    event: Event
    head: Token
    actors: frozenset[str]  # :func:`_entities` of its actors
    recipients: frozenset[str]
    named_actors: frozenset[str]  # :func:`_named` of its actors
    named_recipients: frozenset[str]
    new_recipient: bool  # :func:`_starts_new` of its recipients

    @classmethod
    def of(cls, event: Event, head: Token, words: _Words) -> _Mention:
        doc = head.doc
        return cls(event, head, frozenset(_entities(event.actors, doc)), frozenset(_entities(event.recipients, doc)),
                   frozenset(_named(event.actors, doc)), frozenset(_named(event.recipients, doc)),
                   _starts_new(event.recipients, doc, words))


def _conflict(left: frozenset[str], right: frozenset[str]) -> bool:
    return bool(left and right and not left & right)


def _parties_conflict(a: _Mention, b: _Mention) -> bool:
    """Both name who acted (or who was acted on) and the names share nothing."""
    return _conflict(a.actors, b.actors) or _conflict(a.recipients, b.recipients)


def _starts_new(parties: Sequence[Party], doc: Doc, words: _Words) -> bool:
    """*a 66-year-old man*, *another man*: an indefinite party is someone not yet met."""
    for party in parties:
        span = doc.char_span(party.span.start, party.span.end, alignment_mode="expand")
        if span is None or party.entity:
            continue
        if span[0].lower_ in words.indefinite or any(
                c.dep_ in {"det", "nummod"} and c.lower_ in words.indefinite for c in span.root.children):
            return True
    return False


def _marked_new(head: Token, words: _Words) -> bool:
    return any(c.lower_ in words.new_markers for c in head.children) or head.lower_ in words.new_markers


def _definite_noun(head: Token, words: _Words) -> bool:
    if head.pos_ not in {"NOUN", "PROPN"}:
        return False
    return any((c.dep_ == "det" and c.lower_ in words.definite) or c.dep_ == "poss" for c in head.children)


def _same_act(earlier: Token, later: Token, words: _Words) -> bool:
    """*attacked ..., killing three*; *a stabbing killed three and injured three*."""
    if earlier.sent != later.sent:
        return False
    if later.dep_ in _SAME_ACT and later.head == earlier:
        if later.dep_ == "conj" and later.lemma_.lower() not in words.consequences:
            return False  # "was arrested and banned": two acts, unless the second is the first's toll
        # "marched ... to protest": a purpose infinitive of the same type is the act's own aim.
        purpose = later.dep_ in {"xcomp", "advcl"} and to_infinitive(later)
        return later.tag_ in _PARTICIPLES or later.lemma_.lower() in words.consequences or purpose
    return earlier.dep_ in {"nsubj", "nsubjpass"} and earlier.head == later and earlier.pos_ == "NOUN"


def _retells(first: _Mention, again: _Mention, words: _Words) -> bool:
    """Does ``again`` tell ``first``'s event again? (The rules are in the module docstring.)"""
    earlier, later, earlier_head, later_head = first.event, again.event, first.head, again.head
    if earlier.type != later.type or earlier.time_relation != later.time_relation:
        return False
    if earlier.negated != later.negated:
        return False  # "did not endorse her" is not the endorsement told before
    if earlier.trigger == later.trigger or not _dates_agree(earlier.date, later.date):
        return False
    if _marked_new(later_head, words):
        return False
    if _same_act(earlier_head, later_head, words) and not (earlier_head.pos_ == "NOUN" and _plural(earlier_head)):
        # One act and its toll: the victims differ from the target (a market, then its traders).
        return not _conflict(first.actors, again.actors)
    if earlier_head.sent != later_head.sent and _refers_by_preposition(later_head, later.type, words):
        # *nine were killed in the attack*: the toll of the act told before, whose target it need not name.
        return not _conflict(first.actors, again.actors)
    if _parties_conflict(first, again):
        return False
    if earlier_head.sent == later_head.sent:
        return False  # two acts told in one sentence are two events unless they are one act
    if _itemises(earlier_head, later_head, words) and not _marked_new(later_head, words):
        return True  # one item of a set told before: the recipients are the items, so may differ
    if later.date is None and _toll_told_next(first, again, words):
        return True  # "began to attack commuters. He injured a guard": the toll, its victims new
    if _set_or_member(earlier_head, later_head) or _singled_out(later_head) or _adds_party(first, again):
        return False
    if _definite_noun(later_head, words):
        return True
    if later.date is not None and earlier.date is None:
        return False  # a later verb with a date of its own the first lacked: another act, dated
    if _another_utterance(earlier_head, later_head) and (
            earlier.type in words.verbal_types or earlier.mode is None or earlier.mode != later.mode):
        return False  # a material act may be told again in a synonym of its mode (arrested ... detained)
    shared = (first.actors & again.actors) or (first.recipients & again.recipients)
    return bool(shared) and not again.new_recipient


def _toll_told_next(first: _Mention, again: _Mention, words: _Words) -> bool:
    """*A man began to attack commuters. He injured a guard and a cleaner*: a toll verb
    (``consequence_verbs``) in the very next sentence, done by the first act's actor (the same name, or a
    personal pronoun where the first named one), tells that act's toll: its victims are new referents by
    nature (indefinite), so the new-party guard that keeps a second arrest apart does not apply. Not across
    a sentence between, not to another actor, not for a sentence with a time word or an act with a place of
    its own (*The next day, in Brenholt, he injured a guard*), nor a date (the caller's)."""
    earlier, later = first.head, again.head
    if later.pos_ not in {"VERB", "AUX"} or later.lemma_.lower() not in words.consequences:
        return False
    if later.sent.start != earlier.sent.end or not first.event.actors or not again.event.actors:
        return False
    if any(t.ent_type_ in {"DATE", "TIME"} for t in later.sent) or again.event.location is not None:
        return False  # "The next day, in Ostavia, he injured a guard": a time or place of its own, another act
    if first.actors & again.actors:
        return True
    doc = later.doc
    spans = [doc.char_span(p.span.start, p.span.end, alignment_mode="expand") for p in again.event.actors]
    return all(s is not None and s.root.lower_ in words.personal_pronouns for s in spans)


def _another_utterance(earlier: Token, later: Token) -> bool:
    """Two verbs of different lemmas sharing only a party: *X praised Y* ... *X endorsed Y*,
    *the court found him guilty* ... *sentenced him*, *lashed out at* ... *claimed fraud*: an actor
    does many things to one party, so a later clause with its own verb tells another act unless a
    definite event noun refers back (handled before this)."""
    return (earlier.pos_ in {"VERB", "AUX"} and later.pos_ in {"VERB", "AUX"}
            and earlier.lemma_.lower() != later.lemma_.lower())


def _plural(head: Token) -> bool:
    return head.tag_ in {"NNS", "NNPS"}


def _counted_set(head: Token, words: _Words) -> bool:
    """*seven pardons*, *11 pardons*, *a wave of arrests*: a plural event noun with a number, or the object
    of a collective noun, names a set of acts told at once (a bare plural, *pardons were criticised*, may
    be a kind, not a set)."""
    if head.pos_ != "NOUN" or not _plural(head):
        return False
    if any(c.dep_ == "nummod" for c in head.children):
        return True
    prep = head.head
    return (head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN"
            and prep.head.lemma_.lower() in words.collective)


def _itemises(earlier: Token, later: Token, words: _Words) -> bool:
    """Does ``later`` tell one item of the set ``earlier`` names? Same word (*pardons* ... *granted X a
    pardon*, whose object names the act; *arrests* ... *arrested Y*), singular, in a later sentence."""
    if earlier.sent == later.sent or not _counted_set(earlier, words) or _plural(later):
        return False
    lemma = earlier.lemma_.lower()
    if later.lemma_.lower() == lemma:
        return True
    # The act's noun in the verb's own clause (*granted X a full pardon*; the parser may hang it on X).
    return later.pos_ in {"VERB", "AUX"} and any(
        t.pos_ == "NOUN" and t.lemma_.lower() == lemma and not _plural(t) and clause_verb(t) == later
        for t in later.subtree)


def _refers_by_preposition(head: Token, kind: str, words: _Words) -> bool:
    """*six were killed in the attack*: a toll verb whose prepositional object is a definite event noun of
    its own type (``kind``) refers back to that act, as the noun alone would."""
    if head.pos_ not in {"VERB", "AUX"} or head.lemma_.lower() not in words.consequences:
        return False  # a toll (*killed*, *injured*), not an act set in another (*discuss in the meetings*)
    lexicon = load_lexicon(words.language)
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in words.reference_preps:
            continue
        for noun in pobjs(prep):
            found = noun_cue(noun, lexicon)
            if found is not None and found[0].type == kind and _definite_noun(noun, words):
                return True
    return False


def _set_or_member(earlier: Token, later: Token) -> bool:
    """*a series of seven pardons* ... *granted X a pardon*: one of a set is not the set, and
    *the attacks he took part in* are not the one strike told before."""
    return _plural(earlier) != _plural(later)


def _singled_out(head: Token) -> bool:
    """*the largest demonstration*, *the first strike*: a superlative or an ordinal picks one
    event out of several, so it is not simply the one told before."""
    return any(c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" for c in head.children)


def _adds_party(earlier: _Mention, later: _Mention) -> bool:
    """A later mention that names someone the first did not (*the US airstrike* after *176 people
    were killed*; *the government accused him* after *he was accused*) may tell another event:
    precision first, since a wrong link hides a real event."""
    return bool(later.named_actors - earlier.actors) or bool(later.named_recipients - earlier.recipients)


def _named(parties: Sequence[Party], doc: Doc) -> set[str]:
    """The entity ids (or names) of the parties that are named, not pronouns or common nouns."""
    keys = set()
    for party in parties:
        span = doc.char_span(party.span.start, party.span.end, alignment_mode="expand")
        if span is None or span.root.pos_ == "PRON":
            continue
        if party.entity:
            keys.add(party.entity)  # its id, not its wording (*Grell* after *Tomas Grell*)
        elif span.root.pos_ == "PROPN":
            keys |= _entities((party,), doc)
    return keys


def _headline_end(doc: Doc) -> int:
    """Where the article's headline ends: its first paragraph when that is a title line (no full stop,
    question or exclamation mark at its end), else 0 (no headline; a Wikinews body starts with prose)."""
    text = doc.text
    end = text.find("\n")
    if end <= 0:
        return 0
    line = text[:end].rstrip()
    return 0 if not line or line[-1] in ".!?\"\u201d" else end


def _headline_retold(first: _Mention, again: _Mention, headline_end: int) -> bool:
    """Is ``again`` (in the body) the body's telling of ``first``, an event of the headline?"""
    earlier, later = first.event, again.event
    return (earlier.trigger.end <= headline_end < later.trigger.start
            and earlier.type == later.type and earlier.time_relation == later.time_relation
            and earlier.negated == later.negated and _dates_agree(earlier.date, later.date)
            and first.head.lemma_.lower() == again.head.lemma_.lower())


def link_retellings(events: Sequence[Event], doc: Doc, language: str = "en") -> tuple[Event, ...]:
    """``events`` (ids set, in text order) with ``same_as`` set on each re-telling to the id of
    the first mention of its event; the nearest earlier candidate wins."""
    words = _words(language)
    heads = [_head(doc, e) for e in events]
    mentions = [_Mention.of(e, h, words) if h is not None else None for e, h in zip(events, heads, strict=True)]
    root: dict[str, str] = {}
    headline_end, told = _headline_end(doc), set()  # headline events the body has told once already
    out = list(events)
    for j, later in enumerate(mentions):
        if later is None:
            continue
        for earlier in reversed(mentions[:j]):
            if earlier is None:
                continue
            headline = earlier.event.id not in told and _headline_retold(earlier, later, headline_end)
            if headline or _retells(earlier, later, words):
                if headline:
                    told.add(earlier.event.id)
                root[later.event.id] = root.get(earlier.event.id, earlier.event.id)
                out[j] = replace(later.event, same_as=root[later.event.id])
                break
    return tuple(out)
