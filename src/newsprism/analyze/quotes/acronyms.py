"""An organisation's acronym as the body the article named in full before it.

*The Chinese Center for Disease Control and Prevention said ... The CDC assured the public ...*: a
reader takes *the CDC* for the body just named, whose words' initials it spells. The entities
and actors stages see only the letters, and the actor KB may know another body by them (a company
called *CDC*), so the acronym's mentions end up as a namesake the article never mentions. For a
speaker, that is a wrong name (issue #3: a wrong name is worse than none).

So, within the quotes stage only (the actors stage keeps its own linking): an organisation entity
mentioned by an acronym, whose name is that acronym or a name the text never prints (a namesake's),
stands for the organisation the text named earlier whose capitalised words' initials hold the
acronym as a run (*Customs and Border Protection* ... *CBP*, *the Centers for ... (CDC)*); with no
earlier one, the one organisation named later whose initials are exactly the acronym. With no
such name, or two of them, nothing changes: the expansion is read from the text, never guessed.

When the tagger made no entity of the full name (*Customs and Border Protection* printed, only *CBP*
an entity), :func:`printed_expansions` finds the printed name itself: the one run of capitalised
words whose initials are the acronym, which the stage adds to the acronym's entity as mentions.

Plain string work on entity names and mention texts; no parse is needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from newsprism.model import Entity

__all__ = ["acronym_expansions", "body_spelled", "initials", "printed_expansions", "spelled_out"]

#: An acronym as printed: 2-6 capital letters, a plural or possessive *s* allowed (*CDC's*).
_ACRONYM = re.compile(r"\b([A-Z]{2,6})(?:’s|'s|s)?$")
#: A run of capitalised words, small joining words allowed inside (*Customs and Border Protection*).
_NAME_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:(?:and|of|for|the|on|&)\s+)*[A-Z][\w’'.-]*)+")
#: Entity types a body named by its initials can have (not people, not states: *US*, *UK*).
_BODIES = frozenset({"organization"})


def initials(name: str) -> str:
    """The initials of a name's capitalised words (*Centers for Disease Control* -> ``CDC``); small
    lower-case words (*for*, *and*, *of*) carry none, as in the acronyms they make."""
    return "".join(word[0] for word in re.split(r"[\s\-–]+", name) if word[:1].isupper())


def _acronym(text: str) -> str | None:
    match = _ACRONYM.search(text.strip())
    return match.group(1) if match else None


def _bare_acronym(words: str) -> str | None:
    """``words`` when they are an acronym alone (*WHO*, not *WHO's* or *the WHO report*), else None."""
    acronym = _acronym(words)
    return acronym if acronym is not None and words.strip() == acronym else None


def _spells(entity: Entity, acronym: str) -> bool:
    """Whether the entity's name or one of its mentions has exactly ``acronym`` for initials."""
    return any(initials(n) == acronym for n in (entity.name, *(m.text for m in entity.mentions)))


def acronym_expansions(entities: Iterable[Entity], text: str) -> dict[str, str]:
    """Entity id -> id of the earlier-named organisation its acronym mentions stand for."""
    bodies = [e for e in entities if e.type in _BODIES and e.mentions]
    mapping: dict[str, str] = {}
    for entity in bodies:
        if entity.name in text and _acronym(entity.name) != entity.name:
            continue  # the text names this entity in full itself: its own, not a namesake's
        uses = [(m.start, acronym) for m in entity.mentions if (acronym := _acronym(m.text)) is not None]
        if not uses:
            continue
        first, acronym = min(uses)
        candidates = {
            other.id for other in bodies
            if other.id != entity.id and min(m.start for m in other.mentions) < first
            and any(acronym in initials(n) and len(initials(n)) > 1
                    for n in (other.name, *(m.text for m in other.mentions if m.start < first)))
        }
        if not candidates:
            # *According to KV, ...* with *Kestrel Ventures* printed only later: a reader reading on takes the
            # letters for the one body whose whole name they spell exactly (not a run inside a longer name)
            candidates = {
                other.id for other in bodies
                if other.id != entity.id and _acronym(other.name) != other.name and _spells(other, acronym)
            }
        if len(candidates) == 1:
            mapping[entity.id] = candidates.pop()
    return mapping


def body_spelled(entities: Iterable[Entity], words: str, before: int) -> Entity | None:
    """The organisation a bare acronym speaker names when the tagger made no entity of the letters
    (*..., says WHO* after *the World Health Organization*): the one organisation mentioned before
    ``before`` whose full name's initials are exactly the acronym. None for anything else (a word
    that is no acronym, no such body, two of them): the letters alone are left as printed."""
    acronym = _bare_acronym(words)
    if acronym is None:
        return None
    fitting = [e for e in entities if e.type in _BODIES and e.mentions and min(m.start for m in e.mentions) < before
               and _spells(e, acronym)]
    return fitting[0] if len(fitting) == 1 else None


def printed_expansions(
    entities: Iterable[Entity], text: str, mapped: Mapping[str, str] | None = None,
) -> dict[str, list[tuple[int, int]]]:
    """Entity id -> where its full name is printed, for an organisation the tagger knows only by its
    acronym (its name is the bare letters): the one string of capitalised words, printed anywhere (a page
    may use the letters first: *in CBP custody* ... *Customs and Border Protection did not accept*),
    whose initials are exactly the acronym (any stretch of a run counts: *U.S. Customs
    and Border Protection* holds *Customs and Border Protection*), and that no one entity's mention
    covers whole (the tagger may split it: *Customs* and *Border Protection*); an acronym that
    :func:`acronym_expansions` maps is left to it (``mapped``: its result, when the caller has it
    already). Two different such strings: nothing."""
    entities = list(entities)
    if mapped is None:
        mapped = acronym_expansions(entities, text)
    acronyms = {
        entity.id: entity.name for entity in entities
        if entity.type in _BODIES and _acronym(entity.name) == entity.name and entity.mentions
        and entity.id not in mapped
    }
    if not acronyms:
        return {}
    # the text's stretches of capitalised words, found once for all the acronyms, by their initials
    covered = [(m.start, m.end) for e in entities for m in e.mentions]
    by_initials: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for run in _NAME_RUN.finditer(text):
        words = [w for w in re.finditer(r"\S+", run.group()) if w.group()[:1].isupper()]
        for k, first_word in enumerate(words):  # every stretch of the run from one capital to another
            for last_word in words[k + 1 :]:
                start, end = run.start() + first_word.start(), run.start() + last_word.end()
                name = text[start:end]
                if not any(a <= start and end <= b for a, b in covered):
                    by_initials.setdefault(initials(name), {}).setdefault(name, []).append((start, end))
    found: dict[str, list[tuple[int, int]]] = {}
    for entity_id, acronym in acronyms.items():
        names = by_initials.get(acronym, {})
        if len(names) == 1:
            found[entity_id] = next(iter(names.values()))
    return found


def spelled_out(text: str, words: str) -> str | None:
    """The name a bare acronym speaker spells, printed anywhere in ``text``, when no entity holds it
    (*According to KV, ...* ... *Kestrel Ventures is staging the fair*; the tagger typed the letters as a
    place and made no entity of the name): the one run of capitalised words whose initials are exactly
    the acronym. None when the words are no acronym, or no such name or two of them are printed.

    >>> spelled_out("According to KV, stalls sell out. Kestrel Ventures said so.", "KV")
    'Kestrel Ventures'
    >>> spelled_out("According to KV, Kestrel Ventures and Kite Vale agree.", "KV") is None
    True
    """
    acronym = _bare_acronym(words)
    if acronym is None:
        return None
    names = {run.group() for run in _NAME_RUN.finditer(text) if initials(run.group()) == acronym}
    return names.pop() if len(names) == 1 else None
