"""Build the shipped actor knowledge base from the shared source dictionaries.

Usage::

    .venv/bin/python scripts/build_actor_kb.py [--data ../shared/data] [--out src/newsprism/data/actors]

Inputs (read their READMEs for licences and known errors):

- ``phoenix_dictionaries/Phoenix.International.actors.txt`` and ``Phoenix.MilNonState.actors.txt``
  (MIT, OEDA) -> ``kb-phoenix.jsonl.gz``
- ``phoenix_dictionaries/Phoenix.Countries.actors.txt`` (generated from CountryInfo, treated as
  CC BY-SA 3.0) with ``countryinfo/countryinfo.jsonl`` (CC BY-SA 3.0, P. A. Schrodt) for role
  titles and dates -> ``kb-countryinfo.jsonl.gz``
- ``world_countries/countries.json`` (ODbL 1.0, mledoze/countries) -> ``kb-world-countries.jsonl.gz``
- ``phoenix_dictionaries/PLOVER_agents.NGEC.txt`` (MIT, OEDA / NGEC) -> ``agents-plover.json``

Share-alike sources go to their own files; ``manifest.json`` lists each file with its
source, licence and counts, and ``SOURCES.md`` carries the attributions. The output is
deterministic (sorted, gzip mtime 0), so a rebuild from the same inputs is byte-identical.

Cleaning, and why:

- Phoenix lumps distinct bodies into one entry for coding purposes (an entry for one
  parliament lists other councils as aliases): aliases of an organisation are split
  into separate actors unless they are spelling variants or acronyms of each other,
  because an identity KB must not say two bodies are one.
- Phoenix lists a country's cities and landmarks as aliases of the state: only names,
  demonyms and the capital are kept (fuzzy-matched against the country's own names).
- Aliases ending in a title (``..._SPOKESMAN``) name a person, not the organisation.
"""

from __future__ import annotations

import argparse
import calendar
import gzip
import io
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from newsprism.analyze.actors.lexicon_en import CAMEO_TO_PLOVER, HONORIFICS, ORG_WORDS, TITLE_HEADS
from newsprism.analyze.actors.names import normalize_name

KB_VERSION = "1.1.0"
#: the last day the sources speak for: an open-ended role ("in office at the last update")
#: is attested until then, not after (Phoenix.Countries was generated from CountryInfo.140130).
ROLES_ATTESTED_UNTIL = "2014-01-30"
ROOT = Path(__file__).resolve().parent.parent

PHOENIX = "Phoenix/PETRARCH dictionaries, openeventdata/petrarch2@676801cd"
NGEC = "NGEC PLOVER agents, ahalterman/NGEC-2025@a3909e2a"
COUNTRYINFO = "CountryInfo.120116 (Schrodt 2011), openeventdata/CountryInfo@07c9c548"
WORLD = "mledoze/countries@5e9f3700"
MIT = "MIT"
BYSA = "CC BY-SA 3.0"
ODBL = "ODbL 1.0"
CODE_RE = re.compile(r"\[([^\]]*)\]")


@dataclass
class Entry:
    """One Phoenix dictionary entry: a primary name, its ``+`` aliases and ``[CODE dates]``."""

    primary: str
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[str, str, str]] = field(default_factory=list)  # code, dates, comment
    comment: str = ""


def _clean(name: str) -> str:
    return " ".join(name.replace("_", " ").split()).strip()


def parse_phoenix(path: Path) -> list[Entry]:
    """Parse a TABARI/PETRARCH actor dictionary (see the README's format section)."""
    entries: list[Entry] = []
    current: Entry | None = None

    def close() -> None:
        nonlocal current
        if current is None:
            return
        if not current.codes and not current.aliases and entries:
            # A bare line after a coded entry (``UN_ [IGOUNO]`` then ``U.N._``) is a variant of it.
            entries[-1].aliases.append(current.primary)
        else:
            entries.append(current)
        current = None

    for raw in path.read_text("utf-8", errors="replace").replace("\x00", "").splitlines():
        line = raw.rstrip()
        body, _, comment = line.partition("#")
        stripped = body.strip()
        if not stripped:
            if not line.strip() and current is not None and not current.codes and not current.aliases:
                close()
            continue
        codes = [(m.group(1).strip(), comment.strip()) for m in CODE_RE.finditer(stripped)]
        name = CODE_RE.sub("", stripped).strip()
        if stripped.startswith("+"):
            if current is None:
                continue
            current.aliases.extend(_clean(a) for a in name.split("+") if _clean(a))
        elif stripped.startswith("["):
            if current is None:
                continue
        else:
            close()
            current = Entry(primary=_clean(name), comment=comment.strip())
        if current is not None:
            for code, note in codes:
                parts = code.split()
                current.codes.append((parts[0] if parts else "", " ".join(parts[1:]), note))
    close()
    return entries


def _date(token: str) -> str | None:
    """``811013`` -> ``1981-10-13``; ``20050231`` -> ``2005-02-28`` (clamped); junk -> None."""
    token = token.strip()
    if len(token) == 6 and token.isdigit():
        year = int(token[:2])
        token = f"{1900 + year if year >= 30 else 2000 + year}{token[2:]}"
    if len(token) != 8 or not token.isdigit():
        return None
    year, month, day = int(token[:4]), int(token[4:6]), int(token[6:])
    if not 1 <= month <= 12:
        return None
    day = max(1, min(day, calendar.monthrange(year, month)[1]))
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_dates(text: str, *, source_start: str | None = None) -> tuple[str | None, str | None]:
    """``a-b`` -> (a, b); ``>a`` -> (a, None); ``<b`` -> (source_start, b)."""
    text = text.replace(" ", "")
    if not text:
        return None, None
    if text.startswith(">"):
        return _date(text[1:]), None
    if text.startswith("<"):
        return source_start, _date(text[1:])
    if "-" in text:
        a, _, b = text.partition("-")
        return _date(a), _date(b)
    return _date(text), None


def sectors_of(code: str) -> list[str]:
    """``IRNGOVLEG`` -> [GOV, LEG]; ``IGOUNOREFHCR`` -> [IGO, REF]."""
    parts = [code[i : i + 3] for i in range(0, len(code), 3)]
    out = []
    for part in parts:
        sector = CAMEO_TO_PLOVER.get(part)
        if sector and sector not in out:
            out.append(sector)
    return out


def display(name: str) -> str:
    """``ANGELA_MERKEL`` -> ``Angela Merkel``; acronyms stay upper case."""
    if name.lower().startswith("the "):
        name = name[4:]
    if " " not in name and len(name.strip("().")) <= 4:
        return name.upper()
    words = []
    for i, word in enumerate(name.split()):
        bare = word.strip("()")
        if (
            (len(bare) <= 5 and not re.search(r"[AEIOU]", bare))
            or "." in bare
            or bare.startswith("(")
            or bare.upper() in KNOWN_ACRONYMS
        ):
            words.append(word)
        elif i and word.lower() in {"of", "the", "and", "for", "in", "on", "de", "al", "el", "bin", "ibn", "la"}:
            words.append(word.lower())
        else:
            parts = word.split("-")
            # "MUJAHEDIN-E-KHALQ" -> "Mujahedin-e-Khalq": a one-letter link word stays small.
            words.append("-".join(p.capitalize() if j == 0 or len(p) > 1 else p.lower() for j, p in enumerate(parts)))
    return " ".join(words)


def strip_honorifics(name: str) -> str:
    key = name.lower()
    changed = True
    while changed:
        changed = False
        for honorific in HONORIFICS:
            if key.startswith(honorific + " ") and len(key.split()) > len(honorific.split()) + 1:
                name = name[len(honorific) + 1 :]
                key = name.lower()
                changed = True
    return name


def slug(name: str) -> str:
    return normalize_name(name).replace(" ", "-")[:60] or "x"


def split_parenthetical(name: str) -> tuple[str, list[str]]:
    """``MORO ISLAMIC LIBERATION FRONT (MILF)`` -> (name, [MILF])."""
    inner = re.findall(r"\(([^)]*)\)", name)
    bare = _clean(re.sub(r"\([^)]*\)", " ", name))
    return bare, [i.strip() for i in inner if i.strip()]


#: one-word organisation names of the international file (``UN``, ``EU``, ``NATO``), learned in
#: :func:`main`, so ``UN_GENERAL_ASSEMBLY`` displays as ``UN General Assembly``.
KNOWN_ACRONYMS: set[str] = set()

#: first words of CountryInfo's people, learned in :func:`main`: a Phoenix entry with no
#: other sign is a person only when its name starts like one (``ISLAMIC STATE`` does not).
GIVEN_NAMES: set[str] = set()


def is_org(name: str, *, dated: bool = False) -> bool:
    """An organisation: one word, or an organisation word; else a person when the entry has
    dated codes (terms in office) or the name starts with a known given name."""
    words = normalize_name(strip_honorifics(name)).split()
    if len(words) == 1 or any(w in ORG_WORDS for w in words):
        return True
    if dated:
        return False
    return bool(GIVEN_NAMES) and words[0] not in GIVEN_NAMES


def learn_given_names(path: Path) -> set[str]:
    """First words of the people CountryInfo lists (``# CountryInfo.txt`` entries), seen twice or more."""
    counts: dict[str, int] = defaultdict(int)
    for entry in parse_phoenix(path):
        if "CountryInfo" in entry.comment:
            words = normalize_name(strip_honorifics(display(entry.primary))).split()
            if len(words) > 1:
                counts[words[0]] += 1
    return {word for word, n in counts.items() if n >= 2 and word not in ORG_WORDS}


def initials(name: str) -> str:
    return "".join(w[0] for w in normalize_name(name).split() if w not in {"of", "the", "and", "for", "in"})


LEGAL_SUFFIXES = ("ag", "inc", "corp", "corporation", "ltd", "limited", "plc", "sa", "nv", "gmbh", "llc", "co")


def strip_legal_suffix(name: str) -> str:
    """``SIEMENS AG`` -> ``SIEMENS``; ``ACME CO.`` -> ``ACME``; other names unchanged."""
    words = name.split()
    if len(words) > 1 and normalize_name(words[-1]) in LEGAL_SUFFIXES:
        return " ".join(words[:-1]).rstrip(",")
    return name


def abbreviates(short: str, long: str) -> bool:
    """``MEK`` abbreviates ``MUJAHEDIN-E-KHALQ``; ``U.S.`` does not abbreviate ``VIRGIN ISLANDS``."""
    return fuzz.ratio(normalize_name(short).replace(" ", ""), initials(long)) >= 75


def variants(a: str, b: str) -> bool:
    """Spelling variants or acronym/long-form of one body (rapidfuzz on folded names)."""
    na, nb = normalize_name(a), normalize_name(b)
    if not na or not nb:
        return False
    if na.replace(" ", "") in {initials(b), nb.replace(" ", "")} or nb.replace(" ", "") == initials(a):
        return True
    return fuzz.token_set_ratio(na, nb) >= 80 and fuzz.ratio(na, nb) >= 60


def group_aliases(names: list[str]) -> list[list[str]]:
    groups: list[list[str]] = []
    for name in names:
        for group in groups:
            if any(variants(name, other) for other in group):
                group.append(name)
                break
        else:
            groups.append([name])
    return groups


def role_title(comment: str) -> str | None:
    """A code comment that is a title (``# Supreme Leader``), else None."""
    comment = comment.split("#")[0].strip()
    words = normalize_name(comment).split()
    if not words or len(words) > 6 or not any(w in TITLE_HEADS for w in words):
        return None
    return comment[:1].upper() + comment[1:]


def dedupe_roles(roles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One role per title and country and term: an open-ended role that restates an earlier
    open-ended one (CountryInfo's 2003 snapshot of a 1989 office) is the same term."""
    out: list[dict[str, Any]] = []
    for role in sorted(roles, key=lambda r: (r["title"].lower(), r.get("country") or "", r["start"])):
        last = out[-1] if out else None
        if (
            last is not None
            and last["title"].lower() == role["title"].lower()
            and last.get("country") == role.get("country")
            and (last["end"] is None or last["end"] >= role["start"])
        ):
            if role["end"] is None or (last["end"] is not None and role["end"] > last["end"]):
                last["end"] = role["end"]
            continue
        out.append(dict(role))
    return out


def singular(office: str) -> str:
    """``Presidents`` -> ``President``; ``Prime Ministers`` -> ``Prime Minister``."""
    head, _, rest = office.partition(" of ")
    words = head.split()
    if words and words[-1].endswith("ies"):
        words[-1] = words[-1][:-3] + "y"
    elif words and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words) + (f" of {rest}" if rest else "")


# --------------------------------------------------------------------------- sources


def fix_iso3(countries: list[dict[str, Any]], world_path: Path) -> None:
    """CountryInfo's ``iso3`` has errors (Israel ``IL``, Japan ``JON``, Myanmar ``MOZ``):
    take the code that world-countries knows, trying ``countryinfo_code`` (or its last three
    letters for territories such as ``USAVIR``) before ``iso3``, else the best name match."""
    world = json.loads(world_path.read_text("utf-8"))
    codes = {c["cca3"] for c in world}
    names = {normalize_name(c["name"]["common"]): c["cca3"] for c in world}
    for country in countries:
        code = country.get("countryinfo_code") or ""
        for candidate in (code, code[-3:], country.get("iso3") or ""):
            if candidate in codes:
                country["iso3"] = candidate
                break
        else:
            best = max(names, key=lambda n: fuzz.ratio(n, normalize_name(country["name"])))
            country["iso3"] = names[best] if fuzz.ratio(best, normalize_name(country["name"])) >= 85 else None


def load_countryinfo(path: Path) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """Country records, and person name -> roles from leaders and government lists."""
    countries = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    fix_iso3(countries, path.parent.parent / "world_countries" / "countries.json")
    roles: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for country in countries:
        iso3 = country["iso3"]
        for leader in country.get("leaders", []):
            if not leader.get("office"):
                continue
            for term in leader.get("terms", []):
                start, end = parse_dates(term.replace(" - ", "-"), source_start="2003-01-01")
                if start:
                    role = {"title": singular(leader["office"]), "start": start, "end": end, "country": iso3}
                    roles[normalize_name(leader["name"])].append(role)
        for gov in country.get("government", []):
            if not gov.get("title"):
                continue
            for code in gov.get("codes", []):
                start, end = parse_dates(code.get("dates", "").replace(" - ", "-"), source_start="2003-01-01")
                if not start:
                    continue
                for name in gov["names"]:
                    role = {"title": gov["title"], "start": start, "end": end, "country": iso3}
                    roles[normalize_name(name)].append(role)
    return countries, roles


def world_records(path: Path) -> Iterator[dict[str, Any]]:
    for country in json.loads(path.read_text("utf-8")):
        iso3 = country["cca3"]
        names = [country["name"]["common"], country["name"]["official"]]
        names += [a for a in country.get("altSpellings", []) if len(a) > 2 and "," not in a]
        demonyms = sorted({d for d in country.get("demonyms", {}).get("eng", {}).values() if d})
        capitals = list(country.get("capital", []))
        yield {
            "id": f"state:{iso3}",
            "name": country["name"]["common"],
            "type": "state",
            "aliases": sorted(set(names[1:]) - {names[0]}),
            "country": iso3,
            "sectors": ["GOV"],
            "roles": [],
            "kinds": {"demonym": demonyms, "capital": capitals},
            "source": f"{WORLD} countries.json",
            "licence": ODBL,
        }


def state_aliases(entry: Entry, country: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Phoenix aliases that are names of the state, minus its cities and landmarks."""
    known = [country["name"], *country.get("nationality", []), *country.get("capital", [])]
    places = {normalize_name(p) for key in ("major_cities", "regions", "geog_features") for p in country.get(key, [])}
    keep = []
    for alias in [entry.primary, *entry.aliases]:
        key = normalize_name(alias)
        if not key or key in places:
            continue
        if key in {normalize_name(k) for k in known} or any(fuzz.ratio(key, normalize_name(k)) >= 80 for k in known):
            keep.append(display(alias))
    return keep, [display(c) for c in country.get("capital", [])]


def state_of(entry: Entry, codes: list[tuple[str, str, str]], by_code: dict[str, Any]) -> dict[str, Any] | None:
    """The country record when a Phoenix entry is a state (its codes are bare country codes,
    possibly dated for successor states, and its name is the country's name)."""
    named = by_code.get("name:" + normalize_name(split_parenthetical(entry.primary)[0]))
    if named is not None and "CountryInfo" not in entry.comment:
        # ``ARMENIA_`` with dated [SUN ...][ARM ...] codes, ``FRANCE_`` listed twice: the name decides.
        return named if named["iso3"] else None
    if not codes or not all(code in by_code for code, _, _ in codes):
        return None
    country: dict[str, Any] = by_code[codes[-1][0]]
    names = {normalize_name(n) for n in [country["name"], *country.get("nationality", [])]}
    if not country["iso3"]:
        return None
    return country if normalize_name(split_parenthetical(entry.primary)[0]) in names else None


def countryinfo_records(phoenix: Path, info_path: Path) -> Iterator[dict[str, Any]]:
    countries, roles_by_name = load_countryinfo(info_path)
    by_code = {c["countryinfo_code"]: c for c in countries} | {c["iso3"]: c for c in countries if c["iso3"]}
    by_code |= {"name:" + normalize_name(c["name"]): c for c in countries if c["iso3"]}
    source = f"{PHOENIX} Phoenix.Countries.actors.txt; {COUNTRYINFO}"
    for entry in parse_phoenix(phoenix):
        codes = [c for c in entry.codes if c[0] and c[0] != "---"]
        country = state_of(entry, codes, by_code)
        if country is not None:
            aliases, capitals = state_aliases(entry, country)
            demonyms = [
                display(n)
                for n in country.get("nationality", [])
                if normalize_name(n).endswith(("an", "i", "ese", "ish", "ch"))
            ]
            yield {
                "id": f"state:{country['iso3']}",
                "name": display(country["name"]),
                "type": "state",
                "aliases": sorted(set(aliases)),
                "country": country["iso3"],
                "sectors": ["GOV"],
                "roles": [],
                "kinds": {"demonym": demonyms, "capital": capitals},
                "source": source,
                "licence": BYSA,
            }
            continue
        yield from actor_records(
            entry,
            source=source,
            licence=BYSA,
            roles_by_name=roles_by_name,
            person_hint="CountryInfo" in entry.comment,
            iso3s=by_code,
        )


def actor_records(
    entry: Entry,
    *,
    source: str,
    licence: str,
    roles_by_name: dict[str, list[dict[str, Any]]],
    person_hint: bool,
    iso3s: dict[str, Any],
    org_hint: bool = False,
    split: bool = True,
) -> Iterator[dict[str, Any]]:
    """Person or organisation records for one Phoenix entry (organisations split by variant)."""
    codes = [c for c in entry.codes if c[0] and c[0] not in {"---"} and not c[0].startswith("~")]
    countries = [iso3s[c[0][:3]]["iso3"] for c in codes if c[0][:3] in iso3s]
    country = max(set(countries), key=countries.count) if countries else None
    sectors: list[str] = []
    roles: list[dict[str, Any]] = []
    for code, dates, note in codes:
        sectors.extend(s for s in sectors_of(code[3:] if code[:3] in iso3s else code) if s not in sectors)
        title = role_title(note)
        start, end = parse_dates(dates)
        if title and start:
            roles.append(
                {
                    "title": title,
                    "start": start,
                    "end": end,
                    "country": iso3s[code[:3]]["iso3"] if code[:3] in iso3s else None,
                }
            )
    primary, extra = split_parenthetical(entry.primary)
    names = [primary, *[e for e in extra if abbreviates(e, primary)]]
    for alias in entry.aliases:
        bare, inner = split_parenthetical(alias)
        names += [bare, *[i for i in inner if abbreviates(i, bare)]]
    names = [n for n in dict.fromkeys(names) if normalize_name(n)]
    if not names:
        return
    # "SIEMENS AG" is written "Siemens" in news: the bare name is an alias too.
    names += [bare for n in names if (bare := strip_legal_suffix(n)) != n and bare not in names]
    person = person_hint or not (org_hint or is_org(primary, dated=any(dates for _, dates, _ in codes)))
    if person:
        for name in names:
            roles.extend(roles_by_name.get(normalize_name(name), []))
        canonical = strip_honorifics(display(primary))
        unique_roles = {json.dumps(r, sort_keys=True) for r in dedupe_roles(roles)}
        yield {
            "id": f"phx:{(country or 'int').lower()}:{slug(canonical)}",
            "name": canonical,
            "type": "person",
            "aliases": sorted({display(n) for n in names} - {canonical}),
            "country": country,
            "sectors": sectors,
            "roles": [dict(json.loads(r), source=source.split(",")[0]) for r in sorted(unique_roles)],
            "source": source,
            "licence": licence,
        }
        return
    names = [n for n in names if normalize_name(n).split()[-1] not in TITLE_HEADS or n == primary]
    # Only the country file lumps distinct bodies together; the international and armed-group
    # files list real aliases ("MEK", "People's Mujahideen of Iran").
    for group in group_aliases(names) if split else [names]:
        canonical = display(group[0])
        yield {
            "id": f"phx:{(country or 'int').lower()}:{slug(canonical)}",
            "name": canonical,
            "type": "organization",
            "aliases": sorted({display(n) for n in group[1:]} - {canonical}),
            "country": country,
            "sectors": sectors,
            "roles": [],
            "source": source,
            "licence": licence,
        }


def merge_acronym_entries(entries: list[Entry]) -> list[Entry]:
    """Phoenix lists a body and its acronym as two entries with one code (``THE_UNITED_NATIONS_
    [IGOUNO]``, ``UN_ [IGOUNO]``): one actor, so the acronym entry joins the long one."""
    by_code: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
    for entry in entries:
        by_code[tuple(sorted(c[0] for c in entry.codes))].append(entry)
    gone: set[int] = set()
    for group in by_code.values():
        longs = [e for e in group if len(normalize_name(e.primary).split()) > 1]
        for short in group:
            key = normalize_name(short.primary).replace(" ", "")
            if " " in normalize_name(short.primary) or len(key) < 2:
                continue
            owners = [e for e in longs if initials(e.primary) == key and id(e) not in gone]
            if len({normalize_name(e.primary) for e in owners}) == 1:  # the same body listed twice is one
                owners[0].aliases += [short.primary, *short.aliases]
                gone.add(id(short))
    return [e for e in entries if id(e) not in gone]


def phoenix_records(paths: list[Path], iso3s: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for path in paths:
        # Every MilNonState entry is an armed group, whatever its name looks like.
        org_only = "MilNonState" in path.name
        for entry in merge_acronym_entries(parse_phoenix(path)):
            yield from actor_records(
                entry,
                source=f"{PHOENIX} {path.name}",
                licence=MIT,
                roles_by_name={},
                person_hint=False,
                iso3s=iso3s,
                org_hint=org_only,
                split=False,
            )


def agent_records(path: Path) -> list[dict[str, Any]]:
    """Agent noun phrases -> PLOVER sectors, with ``!PERSON!`` sets and ``{plural}`` forms expanded."""
    sets: dict[str, list[str]] = {}
    out: dict[str, list[str]] = {}
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = raw.split("#")[0].strip()
        if not line:
            continue
        if re.match(r"^!\w+!\s*=", line):
            key, _, values = line.partition("=")
            sets[key.strip()] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        match = re.search(r"\[~([A-Z]+)\]", line)
        if not match:
            continue
        code = match.group(1)
        sectors = [code[i : i + 3] for i in range(0, len(code), 3)]
        phrase = line[: match.start()]
        plural = re.findall(r"\{([^}]*)\}", phrase)
        phrase = re.sub(r"\{[^}]*\}", "", phrase)
        forms = [phrase, *plural]
        for key, values in sets.items():
            forms = [f.replace(key, v) if key in f else f for f in forms for v in (values if key in f else [None])]  # type: ignore[arg-type]
        for form in forms:
            norm = normalize_name(form)
            if norm and "!" not in form:
                out.setdefault(norm, sectors)
    return [{"phrase": k, "sectors": v} for k, v in sorted(out.items())]


def write_jsonl_gz(path: Path, records: list[dict[str, Any]]) -> None:
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="") as handle:
        for record in records:
            handle.write((json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
    path.write_bytes(buffer.getvalue())


def merge_by_id(records: Iterator[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per id (Phoenix repeats people); aliases, sectors and roles are united."""
    merged: dict[str, dict[str, Any]] = {}
    for record in records:
        seen = merged.get(record["id"])
        if seen is None:
            merged[record["id"]] = record
            continue
        seen["aliases"] = sorted(set(seen["aliases"]) | set(record["aliases"]) | ({record["name"]} - {seen["name"]}))
        seen["sectors"] += [s for s in record["sectors"] if s not in seen["sectors"]]
        seen["roles"] += [r for r in record["roles"] if r not in seen["roles"]]
        for kind, names in record.get("kinds", {}).items():
            seen.setdefault("kinds", {}).setdefault(kind, [])
            seen["kinds"][kind] = sorted(set(seen["kinds"][kind]) | set(names))
    return [merged[k] for k in sorted(merged)]


def resolve_collisions(files: list[list[dict[str, Any]]]) -> None:
    """No alias may name two actors of one country (the KB lint), across all files.

    A person listed twice in one file under two spellings (``Geir Haarde`` / ``Geir H.
    Haarde``) is merged into one record; an alias that is truly shared (``President
    Bush``), or an error of the source (a person's name as an alias of a group), is dropped
    where it is only an alias, since an ambiguous name must resolve to *unknown*."""
    done: set[tuple[str | None, str]] = set()
    while True:
        index: dict[tuple[str | None, str], set[str]] = defaultdict(set)
        holders: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
        for n, records in enumerate(files):
            for record in records:
                holders[record["id"]].append((n, record))
                for name in [record["name"], *record["aliases"]]:
                    index[(record.get("country"), normalize_name(name))].add(record["id"])
        clashes = sorted(
            ((k, sorted(v)) for k, v in index.items() if len(v) > 1 and k[1] and k not in done),
            key=lambda clash: (clash[0][0] or "", clash[0][1]),
        )
        if not clashes:
            return
        for key, ids in clashes:
            if all(i in holders for i in ids):
                _resolve(files, key, [holders.pop(i) for i in ids], done)


def _roles_agree(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """Two spellings are one person unless both have dated roles that never meet
    (*George Bush* and *George W. Bush* were presidents twelve years apart)."""
    if not a or not b:
        return True
    return any(x["start"] <= (y["end"] or "9999") and y["start"] <= (x["end"] or "9999") for x in a for y in b)


def _resolve(
    files: list[list[dict[str, Any]]],
    key: tuple[str | None, str],
    owners: list[list[tuple[int, dict[str, Any]]]],
    done: set[tuple[str | None, str]],
) -> None:
    done.add(key)
    alias = key[1]
    first = owners[0][0][1]
    same = all(len(o) == 1 and o[0][0] == owners[0][0][0] for o in owners) and all(
        o[0][1]["type"] == first["type"]
        and fuzz.token_set_ratio(normalize_name(o[0][1]["name"]), normalize_name(first["name"])) >= 90
        and _roles_agree(o[0][1]["roles"], first["roles"])
        for o in owners[1:]
    )
    if same:
        for other in (o[0][1] for o in owners[1:]):
            first["aliases"] = sorted({*first["aliases"], *other["aliases"], other["name"]} - {first["name"]})
            first["sectors"] += [x for x in other["sectors"] if x not in first["sectors"]]
            first["roles"] += [x for x in other["roles"] if x not in first["roles"]]
            files[owners[0][0][0]].remove(other)
        done.discard(key)
        return
    for owner in owners:
        for _, record in owner:
            record["aliases"] = [a for a in record["aliases"] if normalize_name(a) != alias]


SOURCES_MD = """# Sources and licences of the actor knowledge base

Built by `scripts/build_actor_kb.py` (KB version {version}); each file holds data under one
licence, and every record carries its `source` and `licence`. Rebuild from the same inputs
gives the same bytes.

| file | source | licence |
|---|---|---|
{rows}

Attributions:

- **Phoenix / PETRARCH dictionaries**: Copyright (c) 2014 Open Event Data Alliance, MIT licence,
  https://github.com/openeventdata/petrarch2 (commit 676801cd). `Phoenix.Countries.actors.txt` was
  generated from CountryInfo and is treated as CC BY-SA 3.0.
- **CountryInfo**: Schrodt, Philip A. 2011. CountryInfo.111216.txt (file CountryInfo.120116.txt),
  Copyright (c) 2012 Philip A. Schrodt, CC BY-SA 3.0 Unported,
  https://github.com/openeventdata/CountryInfo. `kb-countryinfo.jsonl.gz` is an adaptation and is
  shared under the same licence (https://creativecommons.org/licenses/by-sa/3.0/).
- **world-countries**: mledoze/countries (commit 5e9f3700), Open Database License 1.0
  (https://opendatacommons.org/licenses/odbl/1-0/). `kb-world-countries.jsonl.gz` is a derived
  database and is offered under the ODbL 1.0.
- **PLOVER agents**: `PLOVER_agents.txt` of ahalterman/NGEC-2025 (commit a3909e2a), MIT,
  Copyright (c) 2014 Open Event Data Alliance.

Known limits: the actor lists end around 2014 (CountryInfo's office-holders in 2011); role
`start` is the earliest date a source attests (CountryInfo's `<date` terms are attested from
2003-01-01, the start of its source); add newer actors with `newsprism actors add`.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "newsprism" / "data" / "actors")
    args = parser.parse_args(argv)
    data: Path = args.data
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    phoenix = data / "phoenix_dictionaries"
    GIVEN_NAMES.update(learn_given_names(phoenix / "Phoenix.Countries.actors.txt"))
    KNOWN_ACRONYMS.update(
        e.primary.upper().replace(".", "")
        for e in parse_phoenix(phoenix / "Phoenix.International.actors.txt")
        if " " not in e.primary and 2 <= len(e.primary.replace(".", "")) <= 5
    )
    countries, _ = load_countryinfo(data / "countryinfo" / "countryinfo.jsonl")
    iso3s = {c["countryinfo_code"]: c for c in countries} | {c["iso3"]: c for c in countries if c["iso3"]}
    files = [
        (
            "kb-world-countries.jsonl.gz",
            merge_by_id(world_records(data / "world_countries" / "countries.json")),
            WORLD,
            ODBL,
        ),
        (
            "kb-countryinfo.jsonl.gz",
            merge_by_id(
                countryinfo_records(
                    phoenix / "Phoenix.Countries.actors.txt", data / "countryinfo" / "countryinfo.jsonl"
                )
            ),
            f"{PHOENIX} (Phoenix.Countries.actors.txt); {COUNTRYINFO}",
            BYSA,
        ),
        (
            "kb-phoenix.jsonl.gz",
            merge_by_id(
                phoenix_records(
                    [phoenix / "Phoenix.International.actors.txt", phoenix / "Phoenix.MilNonState.actors.txt"], iso3s
                )
            ),
            f"{PHOENIX} (Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt)",
            MIT,
        ),
    ]
    resolve_collisions([records for _, records, _, _ in files])
    manifest: dict[str, Any] = {"version": KB_VERSION, "roles_attested_until": ROLES_ATTESTED_UNTIL, "files": []}
    for name, records, source, licence in files:
        write_jsonl_gz(out / name, records)
        manifest["files"].append(
            {"file": name, "kind": "actors", "source": source, "licence": licence, "records": len(records)}
        )
    agents = agent_records(phoenix / "PLOVER_agents.NGEC.txt")
    lines = ",\n".join(json.dumps(agent, ensure_ascii=False) for agent in agents)
    (out / "agents-plover.json").write_text(f"[\n{lines}\n]\n", "utf-8")
    manifest["files"].append(
        {
            "file": "agents-plover.json",
            "kind": "agents",
            "source": f"{NGEC} PLOVER_agents.txt",
            "licence": MIT,
            "records": len(agents),
        }
    )
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    rows = "\n".join(f"| `{e['file']}` | {e['source']} | {e['licence']} |" for e in manifest["files"])
    (out / "SOURCES.md").write_text(SOURCES_MD.format(version=KB_VERSION, rows=rows), "utf-8")
    for entry in manifest["files"]:
        print(f"{entry['file']:32} {entry['records']:7} {entry['licence']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
