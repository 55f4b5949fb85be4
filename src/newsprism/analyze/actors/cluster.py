"""In-article clustering of named mentions: one cluster per actor.

Mentions join when they fold to the same name, when one is a person's surname or
short form (*Merkel* / *Angela Merkel*), when the article defines one as the other's
acronym (*National Water Agency (NWA)*) or spells an acronym one
letter off (*UNCLS* / *UNCLOS*), and when two names of the same kind differ by a slip of
spelling (rapidfuzz ratio >= 92 on names of 6+ letters).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from newsprism.analyze.actors.acronyms import find_definitions, find_uses, near_miss
from newsprism.analyze.actors.lexicon_en import NOT_NAMES, PRONOUNS
from newsprism.analyze.actors.names import is_acronym, normalize_name

__all__ = ["Cluster", "Mention", "acronym_mentions", "cluster_mentions"]

#: mention types that may be a person's surname in spaCy's output ("Mubarak" as NORP).
_SURNAME_TYPES = frozenset({"person", "group", "organization", "gpe"})
_FAMILY = {
    "person": "person",
    "organization": "org",
    "law": "org",
    "facility": "org",
    "event": "event",
    "gpe": "place",
    "location": "place",
    "group": "place",
    "state": "place",
    "product": "thing",
    "work": "thing",
}


@dataclass(slots=True)
class Mention:
    """One mention: character offsets, the type spaCy (or a rule) gave it, and how it was found."""

    start: int
    end: int
    text: str
    type: str
    kind: str = "name"  # name | acronym | long-form | demonym | title | group
    key: str = ""
    #: what the text says next to the mention: the gender of a title or honorific before
    #: it ("m"/"f", *Mrs*, *First Lady*) and the folded core of a title before it
    #: (``president``); read by the stage from the parse, used to tell namesakes apart.
    gender: str | None = None
    title: str = ""
    #: the first word of a longer name nobody tagged (*Kenya* in *Kenya Airways* when the
    #: tagger missed the airline): not a mention of the state by itself.
    bound: bool = False

    def __post_init__(self) -> None:
        self.key = self.key or normalize_name(self.text)


@dataclass(slots=True)
class Cluster:
    """Mentions of one actor, with what the stage learns about it."""

    mentions: list[Mention] = field(default_factory=list)
    long_names: list[str] = field(default_factory=list)

    @property
    def type(self) -> str:
        # A person's full name with its surname makes the cluster that person, however spaCy
        # typed the surname alone (a surname that is also a capital is tagged GPE).
        fulls = {m.key for m in self.mentions if m.type == "person" and m.kind == "name" and len(m.key.split()) > 1}
        if any(f.endswith(" " + m.key) for f in fulls for m in self.mentions):
            return "person"
        counts = Counter(m.type for m in self.mentions if m.kind in {"name", "long-form"})
        if not counts:
            return self.mentions[0].type
        # The majority of spaCy's labels wins ("Tunisia" is GPE five times and PERSON once);
        # a tie goes to person, as surnames are what spaCy mislabels most.
        top = max(counts.values())
        return "person" if counts.get("person") == top else counts.most_common(1)[0][0]

    @property
    def names(self) -> list[str]:
        return list(
            dict.fromkeys(m.text for m in self.mentions if m.kind in {"name", "acronym", "long-form", "demonym"})
        )

    def fullest_name(self) -> str:
        """The long form, else the longest name that is not an acronym, else any name."""
        if self.long_names:
            return max(self.long_names, key=len)
        names = [m.text for m in self.mentions if m.kind == "name" and not is_acronym(m.text)]
        if names:
            return max(names, key=lambda n: (len(n.split()), names.count(n), len(n)))
        return self.names[0] if self.names else self.mentions[0].text

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)


class _Union:
    """Union-find over mention indexes (a dozen lines; no library needed for this)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def acronym_mentions(text: str, mentions: list[Mention]) -> tuple[list[Mention], list[tuple[int, int]], list[str]]:
    """Add long forms and acronyms the text defines; return mentions, pairs to join, long forms.

    A NER mention that overlaps a defined long form or an acronym use is replaced by it
    (spaCy cuts *National Liberation Front of Oceania* short at times).
    """
    out = list(mentions)
    dropped: set[int] = set()
    pairs: list[tuple[int, int]] = []
    long_forms: list[str] = []

    def place(start: int, end: int, type_: str, kind: str) -> int:
        """Index of a mention at exactly start:end, adding it (and dropping overlapping names)."""
        for i, m in enumerate(out):
            if i not in dropped and m.start == start and m.end == end:
                return i
        dropped.update(i for i, m in enumerate(out) if m.start < end and start < m.end and m.kind == "name")
        out.append(Mention(start=start, end=end, text=text[start:end], type=type_, kind=kind))
        return len(out) - 1

    acronyms: dict[str, tuple[int, str]] = {}
    for definition in find_definitions(text):
        ls, le = definition.long_start, definition.long_end
        overlapping = [m for i, m in enumerate(out) if i not in dropped and m.start < le and ls < m.end]
        long_type = next((m.type for m in overlapping if m.type != "person"), "organization")
        long_index = place(ls, le, long_type, "long-form")
        long_forms.append(text[ls:le])
        for s, e in definition.acronyms:
            acronyms.setdefault(text[s:e], (long_index, long_type))
    for acronym, (long_index, long_type) in acronyms.items():
        for us, ue in find_uses(text, acronym):
            pairs.append((long_index, place(us, ue, long_type, "acronym")))
    # Near misses of a defined acronym anywhere in the text ("UNCLOS" after "(UNCLS)").
    words = sorted({w.strip(".,;:()\"'“”’") for w in text.split()})
    for acronym, (long_index, long_type) in acronyms.items():
        for word in words:
            if word and word not in acronyms and near_miss(word, acronym):
                for us, ue in find_uses(text, word):
                    pairs.append((long_index, place(us, ue, long_type, "acronym")))
    remap: dict[int, int] = {}
    kept: list[Mention] = []
    for i, m in enumerate(out):
        if i not in dropped:
            remap[i] = len(kept)
            kept.append(m)
    return kept, [(remap[a], remap[b]) for a, b in pairs if a in remap and b in remap], long_forms


def _is_short_form(short: Mention, full: Mention) -> bool:
    """``Merkel`` of ``Angela Merkel``; ``Netanyahu`` of ``Benjamin Netanyahu``."""
    if full.type != "person" or short.type not in _SURNAME_TYPES or short.key == full.key:
        return False
    s, f = short.key.split(), full.key.split()
    return 0 < len(s) < len(f) and (f[-len(s) :] == s or (len(s) == 1 and s[0] == f[0] and short.type == "person"))


def _same_full_name(one: str, two: str) -> bool:
    """``ana m ortega`` / ``ana ortega`` / ``ana maria ortega``: first name and surname
    agree and the middle names do not contradict (missing, or the same initials)."""
    a, b = one.split(), two.split()
    if a == b or a[0] != b[0] or a[-1] != b[-1]:
        return False
    mid_a, mid_b = a[1:-1], b[1:-1]
    if not mid_a or not mid_b:
        return True
    return len(mid_a) == len(mid_b) and all(
        x[0] == y[0] and (len(x) == 1 or len(y) == 1 or x == y) for x, y in zip(mid_a, mid_b, strict=True)
    )


def cluster_mentions(
    mentions: list[Mention], pairs: list[tuple[int, int]], *, stop: frozenset[str] = frozenset()
) -> list[Cluster]:
    """Group mentions into clusters (``pairs`` are joins already known, e.g. acronyms).

    Full names join by folded name and spelling slips; a short form (*Ortega*, *Mrs
    Ortega*) is then placed one mention at a time by :func:`_place_short_forms`, so two
    namesakes (*Ana Ortega*, *Luis Ortega*) are never chained together through their
    shared surname.
    """
    keep = [i for i, m in enumerate(mentions) if m.key and m.key not in NOT_NAMES and m.key not in PRONOUNS]
    union = _Union(len(mentions))
    for a, b in pairs:
        union.union(a, b)
    persons = [i for i in keep if mentions[i].type == "person" and len(mentions[i].key.split()) > 1]
    shorts = {
        i
        for i in keep
        if mentions[i].key not in stop and any(_is_short_form(mentions[i], mentions[j]) for j in persons)
    }
    by_key: dict[tuple[str, str], int] = {}
    for i in keep:
        if i in shorts:
            continue
        family = _FAMILY.get(mentions[i].type, mentions[i].type)
        key = (mentions[i].key, "any" if mentions[i].kind != "name" else family)
        for probe in (key, (mentions[i].key, "any")):
            if probe in by_key:
                union.union(by_key[probe], i)
        by_key.setdefault(key, i)
        by_key.setdefault((mentions[i].key, "any"), i)
    for x, i in enumerate(persons):
        for j in persons[x + 1 :]:
            if _same_full_name(mentions[i].key, mentions[j].key):
                union.union(i, j)
    names = [i for i in keep if i not in shorts]
    for x, i in enumerate(names):
        for j in names[x + 1 :]:
            one, two = mentions[i], mentions[j]
            if (
                _FAMILY.get(one.type) == _FAMILY.get(two.type)
                and min(len(one.key), len(two.key)) >= 6
                and not is_acronym(one.text)
                and not is_acronym(two.text)
                # "U.S. House of Representatives" vs "House of Representatives": a qualifier, not a slip
                and not one.key.endswith(" " + two.key)
                and not two.key.endswith(" " + one.key)
                and fuzz.ratio(one.key, two.key) >= 92
            ):
                union.union(i, j)
    _place_short_forms(mentions, sorted(shorts), persons, union)
    groups: dict[int, Cluster] = {}
    for i in keep:
        groups.setdefault(union.find(i), Cluster()).mentions.append(mentions[i])
    return sorted(groups.values(), key=lambda c: c.first)


def _place_short_forms(mentions: list[Mention], shorts: list[int], persons: list[int], union: _Union) -> None:
    """Join each short form to the one person it can name, or keep it apart.

    A surname (with or without a title) joins a full-name person only when exactly one
    person of the article carries that name and nothing contradicts it: a gendered title
    (*Mrs*, *Lady*, *Mr*) that differs from the person's. When namesakes share it, the
    title decides (*President Ortega* joins the Ortega the text calls president; *Mrs
    Ortega* the one it calls *Mrs* or *Lady*), and so does the order of the text: before
    the second namesake is introduced, only the first can be meant. With nothing to
    decide, the mention stays a cluster of its own (one per surname and gender): unknown
    beats a wrong merge.
    """
    def clues(root: int) -> tuple[set[str], set[str]]:
        """Genders and titles of a cluster's full names, read afresh: each union below can move
        a root (a surname re-typed as a person may become one), so nothing is keyed by an old root."""
        genders: set[str] = set()
        titles: set[str] = set()
        for j in persons:
            if union.find(j) == root:
                gender, title = mentions[j].gender, mentions[j].title
                if gender:
                    genders.add(gender)
                if title:
                    titles.add(title)
        return genders, titles

    apart: dict[tuple[str, str | None], int] = {}
    for i in shorts:
        m = mentions[i]
        if m.type in {"organization", "group"}:
            m.type = "person"  # a surname of a person the article names, tagged ORG/NORP by spaCy
        fulls = [j for j in persons if _is_short_form(m, mentions[j])]
        # A bare name is a surname before it is a first name ("Ortega" of "Ana Ortega", not of
        # "Ortega Ruiz").
        by_surname = [j for j in fulls if mentions[j].key.endswith(" " + m.key)]
        roots = sorted({union.find(j) for j in by_surname or fulls})
        clue = {r: clues(r) for r in roots}
        fits = [r for r in roots if not (m.gender and clue[r][0] and m.gender not in clue[r][0])]
        if len(fits) > 1 and m.gender:
            fits = [r for r in fits if m.gender in clue[r][0]] or fits
        if len(fits) > 1 and m.title:
            fits = [r for r in fits if m.title in clue[r][1]] or fits
        if len(fits) > 1:
            # Only the namesakes the text has introduced so far can be meant.
            introduced = {union.find(j) for j in persons if mentions[j].start < m.start}
            fits = [r for r in fits if r in introduced] or fits
        if len(fits) == 1:
            union.union(fits[0], i)
            continue
        key = (m.key, m.gender)
        if key in apart:
            union.union(apart[key], i)
        else:
            apart[key] = i


def nested_person_mentions(clusters: list[Cluster]) -> None:
    """A person's full name inside another name is a mention of that person too.

    *Andy Warhol Foundation* names the foundation and mentions *Andy Warhol*; spaCy gives
    the outer name only. Only full names (two words or more) of persons the article already
    names are looked for, so a surname inside a place name (*Washington*) is never taken.
    """
    persons = [c for c in clusters if c.type == "person"]
    for person in persons:
        names = {m.text for m in person.mentions if m.kind == "name" and len(m.text.split()) > 1}
        for other in clusters:
            if other is person or other.type == "person":
                continue
            for outer in list(other.mentions):
                for name in names:
                    at = outer.text.find(name)
                    if at < 0 or outer.text == name:
                        continue
                    before = outer.text[at - 1 : at] if at else " "
                    after = outer.text[at + len(name) : at + len(name) + 1] or " "
                    if before.isalnum() or after.isalnum():
                        continue  # inside a longer word
                    start = outer.start + at
                    if not any(m.start == start for m in person.mentions):
                        person.mentions.append(
                            Mention(start=start, end=start + len(name), text=name, type="person", kind="nested")
                        )
