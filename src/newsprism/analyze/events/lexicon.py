"""The event lexicon: cue words -> PLOVER type, mode and context, loaded from data files.

Three files per language, each with its source and licence inside it:

- ``events_en.json`` (newsprism's own lists, MIT): verbs, verb phrases, nouns, adjectives,
  plus the word lists the extractor reads (reporting verbs, modals, prepositions, sectors).
  An entry mapped to ``null`` means "not an event here" and blocks the fallback below.
- ``events_en.cameo.json`` (derived from PETRARCH's CAMEO verb dictionary and PLOVER's
  CAMEO->PLOVER table; CC BY-SA 4.0): the fallback for verbs the own list does not name.
- ``plover_en.json`` (derived from the PLOVER manual; CC BY-SA 4.0): the valid names.

Lookups never raise: an unknown word has no cue.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache, partial
from importlib import resources
from typing import TYPE_CHECKING, Any

from newsprism.analyze.events.patterns import Pattern, compile_pattern

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Cue", "EventLexicon", "language_file", "load_lexicon"]


@dataclass(frozen=True, slots=True)
class Cue:
    """What a trigger word means in PLOVER, and where the reading came from."""

    type: str
    mode: str | None
    context: tuple[str, ...]
    source: str  # "own", "cameo" (a verb's default reading) or "cameo-pattern"
    prior: float = 0.5  # how often a cue of this kind is right: the evidence score starts here


#: Evidence priors by where a cue came from (PLOVER-dev, see ``MIN_CONFIDENCE`` in the stage):
#: a hand-checked entry; a CAMEO verb's default reading, right about two times in three.
PRIORS = {"own": 0.7, "cameo": 0.45, "cameo-pattern": 0.5}


def _cue(row: Any, source: str) -> Cue | None:
    if row is None:
        return None
    prior = PRIORS.get(source, 0.5)
    if isinstance(row, dict):
        return Cue(type=row["type"], mode=row.get("mode"), context=tuple(row.get("context", ())), source=source,
                   prior=prior)
    kind, mode, context = row
    return Cue(type=kind, mode=mode, context=tuple(context), source=source, prior=prior)


def _table(raw: dict[str, Any], source: str) -> dict[str, Cue | None]:
    return {key: _cue(row, source) for key, row in raw.items()}


def _read(name: str) -> dict[str, Any]:
    path = resources.files("newsprism.analyze").joinpath("lexicons", name)
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


@lru_cache(maxsize=16)
def language_file(stem: str, language: str) -> dict[str, Any]:
    """The data file ``lexicons/<stem>_<language>.json`` (``event_links``, ``event_time``,
    ``event_arguments``, ``event_dates``, ``captions``), read once per process per language; English's where
    ``language`` has none, so a page that declares a language newsprism has no word lists for is
    read with the English ones, as the rest of the stage reads it. Shared by every caller: do not
    mutate the result."""
    folder = resources.files("newsprism.analyze.lexicons")
    path = folder.joinpath(f"{stem}_{language}.json")
    if not path.is_file():
        path = folder.joinpath(f"{stem}_en.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True, slots=True)
class EventLexicon:
    """Everything the extractor reads from data, for one language."""

    verbs: dict[str, Cue | None]
    phrases: dict[str, Cue | None]
    adjectives: dict[str, Cue | None]
    nouns: dict[str, Cue | None]
    compound_nouns: dict[str, Cue | None]
    cameo_verbs: dict[str, Cue | None]
    cameo_patterns: dict[str, tuple[Pattern, ...]]  # verb lemma -> its blocks' patterns, longest first
    words: dict[str, frozenset[str]]
    future_recode: dict[str, str]
    terminative_recode: dict[str, Cue | None]  # event noun type -> reading when a verb ends it
    threat_modes: dict[str, str]
    joint_recode: dict[str, str]  # type -> type when several coordinated actors do it together
    actor_recode: dict[str, dict[str, tuple[str, str | None]]]  # "TYPE[:mode]" -> actor sector -> (type, mode)
    party_object: dict[str, Cue | None]  # verb -> reading when its object is a party (*received the minister*)
    object_readings: tuple[tuple[frozenset[str], frozenset[str], Cue], ...]  # (verbs, object nouns, reading)
    object_senses: dict[str, frozenset[str]]  # verb -> the object nouns it needs to be an event at all
    sense_blockers: dict[str, tuple[frozenset[str], frozenset[str]]]  # verb -> (particles, context words) of no event
    future_doubt: dict[str, float]  # type -> confidence lost when its future recoding is disputed
    magnitude: dict[str, frozenset[str]]
    number_words: dict[str, int]
    agent_sectors: dict[str, str]
    plover: dict[str, Any]
    #: (verbs, instrument nouns, reading): the reading a verb takes from what it is done *with*
    instrument_readings: tuple[tuple[frozenset[str], frozenset[str], Cue], ...] = ()
    #: (prepositions, verbs) that introduce an instrument: *with tear gas*, *using water cannon*
    instrument_markers: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    #: (verbs, object heads, roles of an *as* phrase): electoral and parliamentary procedure, no event
    #: (*cancelled the primaries*, *named her as its candidate*)
    procedure_objects: tuple[frozenset[str], frozenset[str], frozenset[str]] = (frozenset(), frozenset(), frozenset())
    #: the language these lists are for: rules that also read another of its data files (``event_time``)
    #: take it from here, so a lexicon of another language is read with that language's files
    language: str = "en"

    def verb(self, lemma: str) -> Cue | None:
        """The own list first (``None`` there blocks the fallback), then the CAMEO-derived one."""
        if lemma in self.verbs:
            return self.verbs[lemma]
        return self.cameo_verbs.get(lemma)

    def patterns(self, lemma: str) -> tuple[Pattern, ...]:
        """The CAMEO patterns of every block ``lemma`` is in, most specific first."""
        return self.cameo_patterns.get(lemma, ())

    def has_phrase(self, key: str) -> bool:
        return key in self.phrases

    def is_word(self, kind: str, lemma: str) -> bool:
        """Membership in one of the word lists (``reporting_verbs``, ``future_aux``, ...)."""
        return lemma in self.words.get(kind, frozenset())

    def names(self, kind: str, token: Token) -> bool:
        """Whether ``token``'s lemma or its own lower-cased form is in a word list: the parser's
        lemma can differ from the listed form (*voting*, *footage*)."""
        return self.is_word(kind, token.lemma_.lower()) or self.is_word(kind, token.lower_)

    def mode_ok(self, kind: str, mode: str | None) -> str | None:
        """``mode`` if PLOVER defines it for ``kind``, else ``None`` (never a made-up mode)."""
        if mode is None:
            return None
        modes: list[str] = self.plover["events"].get(kind, {}).get("modes", [])
        return mode if mode in modes else None


_WORD_LISTS = (
    "aspectual_verbs",
    "terminative_verbs",
    "light_verbs",
    "receipt_verbs",
    "reporting_verbs",
    "speech_act_words",
    "label_verbs",
    "condemnation_words",
    "future_aux",
    "hypothetical_aux",
    "perfect_aux",
    "conveyance_verbs",
    "habitual_adverbs",
    "distributive_determiners",
    "habitual_units",
    "chamber_nouns",
    "recording_verbs",
    "recording_nouns",
    "fixed_expressions",
    "danger_nouns",
    "danger_preps",
    "agreement_nouns",
    "past_perfect_aux",
    "stance_modals",
    "future_governors",
    "plan_copulas",
    "plan_copula_idioms",
    "hypothetical_governors",
    "hypothetical_marks",
    "negating_governors",
    "negators",
    "end_bounds",
    "relative_pronouns",
    "recipient_preps",
    "location_preps",
    "place_nouns",
    "noun_object_of",
    "message_nouns",
    "commitment_verbs",
    "instrument_nouns",
    "attempt_verbs",
    "participation_verbs",
    "participation_preps",
    "wanting_verbs",
    "directive_verbs",
    "transfer_verbs",
    "material_nouns",
    "measure_nouns",
    "relation_nouns",
    "joint_adverbs",
    "military_sense_nouns",
    "military_cues",
    "ballot_verbs",
    "enactment_verbs",
    "signing_verbs",
    "cognition_verbs",
    "concurrence_verbs",
    "own_order_nouns",
    "class_heads",
    "ballot_objects",
    "ballot_preps",
    "request_content_heads",
    "request_content_preps",
    "request_answer_types",
    "projection_verbs",
    "projection_objects",
    "collision_verbs",
    "obstacle_nouns",
    "vehicle_nouns",
    "driving_verbs",
    "warning_verbs",
    "warning_threats",
    "agentive_compound_sectors",
    "grievance_preps",
    "grievance_phrases",
    "grievance_verbs",
    "document_nouns",
    "self_motion_verbs",
    "aim_verbs",
    "text_nouns",
    "purpose_marks",
    "purpose_nouns",
    "purpose_preps",
    "power_modals",
    "rule_quantifiers",
    "rule_preps",
    "rule_texts",
    "care_nouns",
    "care_preps",
    "patient_verbs",
    "patient_nouns",
    "sitting_verbs",
    "sitting_bodies",
    "ruling_verbs",
    "court_nouns",
    "invalidity_words",
    "ruling_nouns",
    "institution_heads",
    "purpose_heads",
    "request_content_links",
    "provision_verbs",
    "permission_verbs",
    "access_verbs",
    "access_nouns",
    "access_modifiers",
    "freedom_acts",
    "inquiry_nouns",
    "inquiry_preps",
    "readiness_governors",
    "cause_verbs",
    "route_verbs",
    "concession_subjects",
    "concession_verbs",
    "two_sided_verbs",
    "allegation_verbs",
    "solo_topic_verbs",
    "solo_topic_pronouns",
    "solo_topic_party_preps",
    "solo_topic_settings",
)


def _rank(verb: str, pattern: Pattern) -> tuple[float, bool]:
    return -pattern.size, pattern.origin not in ("", verb)


def _patterns(cameo: dict[str, Any]) -> dict[str, tuple[Pattern, ...]]:
    """Verb lemma -> the compiled patterns of its blocks, longest first, file order within a length."""
    readings = _table(cameo.get("pattern_codes", {}), "cameo-pattern")
    synsets = cameo.get("synsets", {})
    by_block = {
        block: [compile_pattern(row[0], row[1], readings.get(row[2]), row[2], synsets,
                                verb_phrase=len(row) > 4, origin=row[3])
                for row in rows]
        for block, rows in cameo.get("patterns", {}).items()
    }
    found: dict[str, tuple[Pattern, ...]] = {}
    for verb, blocks in cameo.get("verb_blocks", {}).items():
        rows = [p for block in blocks for p in by_block.get(block, [])]
        if rows:
            # Longest first; at one length, a pattern written for this verb before a synonym's.
            found[verb] = tuple(sorted(rows, key=partial(_rank, verb)))
    return found


#: Sectors of the PLOVER agents dictionary that name no one who acts: natural disasters and
#: weather (JNK), regions and weekdays (NON), and the unknown (UNK).
_NOT_AGENT_SECTORS = frozenset({"JNK", "NON", "UNK"})


#: Endings of nouns for people who act (*carmaker*, *attorney*'s *-ey* aside, *columnist*,
#: *statesman*): the PLOVER agents dictionary also lists institutions as things (*publication*,
#: *industry*, *hospital*), which are objects of acts far more often than actors.
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "men", "person", "eer", "ee", "ive", "ey")


def _agent_sectors(own: dict[str, Any], known: set[str]) -> dict[str, str]:
    """Agent noun -> PLOVER sector: the own list, then the one-word person nouns of the PLOVER
    agents dictionary the actors stage ships (``data/actors/agents-plover.json``: *carmaker*
    BUS, *attorney* JUD, *blogger* JRN), in ``known`` sectors. Without them an event whose actor
    is an ordinary agent noun the own list lacks had no typed actor and was dropped. Event
    nouns (*uprising*) and place nouns stay out: they are what happens and where."""
    sectors = dict(own["agent_sectors"])
    path = resources.files("newsprism").joinpath("data", "actors", "agents-plover.json")
    if not path.is_file():
        return sectors
    skip = set(own["nouns"]) | set(own["place_nouns"]) | set(own.get("not_agents", ()))
    for row in json.loads(path.read_text("utf-8")):
        word = row["phrase"]
        found = [s for s in row["sectors"] if s in known and s not in _NOT_AGENT_SECTORS]
        if found and word.isalpha() and word not in skip and word.endswith(_AGENT_ENDINGS):
            sectors.setdefault(word, found[0])
    return sectors


@lru_cache(maxsize=16)
def known_language(language: str | None) -> str:
    """``language`` if newsprism has its event lexicon, else English: a page may declare a
    language (``lang="id"``) that the English check could not rule out."""
    if language and resources.files("newsprism.analyze.lexicons").joinpath(f"events_{language}.json").is_file():
        return language
    return "en"


@lru_cache(maxsize=4)
def load_lexicon(language: str = "en") -> EventLexicon:
    """Read the lexicon files for ``language`` once per process."""
    own = _read(f"events_{language}.json")
    cameo = _read(f"events_{language}.cameo.json")
    plover = _read(f"plover_{language}.json")
    return EventLexicon(
        verbs=_table(own["verbs"], "own"),
        phrases=_table(own["phrases"], "own"),
        adjectives=_table(own["adjectives"], "own"),
        nouns=_table(own["nouns"], "own"),
        compound_nouns=_table(own["compound_nouns"], "own"),
        cameo_verbs=_table(cameo["verbs"], "cameo"),
        cameo_patterns=_patterns(cameo),
        words={name: frozenset(own[name]) for name in _WORD_LISTS},
        future_recode=dict(own["future_recode"]),
        terminative_recode=_table(own.get("terminative_recode", {}), "own"),
        threat_modes=dict(own["threat_modes"]),
        joint_recode=dict(own.get("joint_recode", {})),
        party_object=_table(own.get("party_object_verbs", {}), "own"),
        object_readings=tuple((frozenset(row["verbs"]), frozenset(row["objects"]), cue)
                              for key, row in own.get("object_readings", {}).items()
                              if not key.startswith("_") and (cue := _cue(row["reading"], "own")) is not None),
        object_senses={verb: frozenset(nouns) for verb, nouns in own.get("object_senses", {}).items()
                       if not verb.startswith("_")},
        sense_blockers={verb: (frozenset(row.get("particles", ())), frozenset(row.get("context", ())))
                        for verb, row in own.get("sense_blockers", {}).items() if not verb.startswith("_")},
        future_doubt={k: float(v) for k, v in own.get("future_recode_doubt", {}).items() if not k.startswith("_")},
        actor_recode={key: {sector: (row[0], row[1]) for sector, row in table.items()}
                      for key, table in own.get("actor_recode", {}).items() if not key.startswith("_")},
        magnitude={k: frozenset(v) for k, v in own["magnitude"].items()},
        number_words=dict(own["number_words"]),
        agent_sectors=_agent_sectors(own, set(plover["sectors"])),
        plover=plover,
        instrument_readings=tuple((frozenset(row["verbs"]), frozenset(row["instruments"]), cue)
                                  for key, row in own.get("instrument_readings", {}).items()
                                  if not key.startswith("_") and (cue := _cue(row["reading"], "own")) is not None),
        instrument_markers=(frozenset(own.get("instrument_readings", {}).get("_preps", ())),
                            frozenset(own.get("instrument_readings", {}).get("_verbs", ()))),
        procedure_objects=(frozenset(own.get("procedure_objects", {}).get("verbs", ())),
                           frozenset(own.get("procedure_objects", {}).get("objects", ())),
                           frozenset(own.get("procedure_objects", {}).get("as_roles", ()))),
        language=language,
    )
