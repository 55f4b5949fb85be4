"""English word lists for the actors stage, kept as data apart from the logic.

Each list says what it is for; none names a particular actor. The PLOVER agent nouns
(``security forces`` -> COP, ``protesters`` -> CVL+OPP) come from the shipped KB
(``agents-plover.json``), not from here.
"""

from __future__ import annotations

#: CAMEO 3-letter sector parts -> PLOVER sector codes. CAMEO ``MED`` is media (PLOVER
#: ``JRN``) and CAMEO ``HLH`` is health (PLOVER ``MED``): the same letters mean
#: different things, so every code is mapped, never passed through.
CAMEO_TO_PLOVER: dict[str, str] = {
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "OPP": "OPP", "COP": "COP", "CVL": "CVL",
    "MED": "JRN", "JRN": "JRN", "HLH": "MED", "BUS": "BUS", "EDU": "EDU", "REL": "REL",
    "JUD": "JUD", "LEG": "LEG", "SPY": "SPY", "LAB": "LAB", "AGR": "AGR", "ELI": "ELI",
    "REF": "REF", "CRM": "CRM", "UAF": "UAF", "NGO": "NGO", "IGO": "IGO", "PTY": "PTY",
    "HRI": "NGO", "ENV": "NGO", "INS": "REB", "SEP": "REB", "MOD": "OPP", "RAD": "OPP",
    "NGM": "NGO", "IMG": "REB",
}  # fmt: skip

#: the PLOVER sector codes newsprism emits (the agents file uses these directly).
PLOVER_SECTORS: frozenset[str] = frozenset(
    [
        "GOV",
        "MIL",
        "REB",
        "OPP",
        "COP",
        "CVL",
        "JRN",
        "MED",
        "BUS",
        "EDU",
        "REL",
        "JUD",
        "LEG",
        "SPY",
        "LAB",
        "AGR",
        "ELI",
        "REF",
        "CRM",
        "UAF",
        "NGO",
        "IGO",
        "PTY",
        "SOC",
        "PRE",
        "PRM",
    ]
)

#: words that make a dictionary name an organisation rather than a person.
ORG_WORDS: frozenset[str] = frozenset(
    [
        "agency",
        "alliance",
        "army",
        "assembly",
        "association",
        "authority",
        "bank",
        "board",
        "brigade",
        "brigades",
        "bureau",
        "cabinet",
        "camp",
        "center",
        "centre",
        "chamber",
        "church",
        "coalition",
        "command",
        "commission",
        "committee",
        "company",
        "congress",
        "corporation",
        "corps",
        "council",
        "court",
        "department",
        "directorate",
        "division",
        "embassy",
        "federation",
        "force",
        "forces",
        "foundation",
        "front",
        "fund",
        "government",
        "group",
        "guard",
        "guards",
        "house",
        "institute",
        "international",
        "journal",
        "league",
        "legion",
        "liberation",
        "militia",
        "ministry",
        "mission",
        "movement",
        "network",
        "office",
        "organisation",
        "organization",
        "parliament",
        "party",
        "police",
        "program",
        "programme",
        "regime",
        "republic",
        "revolutionary",
        "senate",
        "service",
        "services",
        "society",
        "squad",
        "tribunal",
        "union",
        "university",
        "nations",
        "states",
        "islands",
        "emirates",
        "press",
        "news",
        "times",
        "airlines",
        "airways",
        "institution",
        "administration",
        "secretariat",
        "observatory",
        "watch",
        "caucus",
        "presidency",
        "cartel",
        "brotherhood",
        "conference",
        "summit",
        "treaty",
        "accord",
        "agreement",
        "pact",
        "initiative",
        "interpol",
        "state",
        "caliphate",
        "emirate",
    ]
)

#: honorifics dropped from the front of a canonical person name (kept as aliases).
HONORIFICS: tuple[str, ...] = (
    "grand ayatollah", "ayatollah", "hojatolislam", "hojatoleslam", "sayyed", "sayed", "sheikh",
    "shaykh", "mullah", "dr", "mr", "mrs", "ms", "sir", "dame", "lord", "general", "gen", "colonel",
    "col", "marshal", "admiral", "king", "queen", "prince", "princess", "emir", "sultan", "president",
    "prime minister", "pope", "rev", "reverend", "senator", "sen", "rep",
)  # fmt: skip

#: the head nouns of a title: "EU trade *chief*", "Prime *Minister*".
TITLE_HEADS: frozenset[str] = frozenset(
    [
        "adviser",
        "advisor",
        "ambassador",
        "archbishop",
        "attorney-general",
        "ayatollah",
        "bishop",
        "cardinal",
        "chair",
        "chairman",
        "chairwoman",
        "chancellor",
        "chief",
        "commander",
        "commissioner",
        "congressman",
        "congresswoman",
        "councillor",
        "councilor",
        "dictator",
        "director",
        "emir",
        "envoy",
        "governor",
        "head",
        "king",
        "lady",
        "leader",
        "lawmaker",
        "mayor",
        "minister",
        "monarch",
        "negotiator",
        "official",
        "pope",
        "premier",
        "president",
        "prime-minister",
        "prince",
        "princess",
        "prosecutor",
        "queen",
        "representative",
        "ruler",
        "secretary",
        "secretary-general",
        "senator",
        "speaker",
        "spokesman",
        "spokesperson",
        "spokeswoman",
        "sultan",
        "admiral",
        "attorney",
        "colonel",
        "general",
        "imam",
        "inspector",
        "judge",
        "lieutenant",
        "magistrate",
        "mp",
        "ombudsman",
        "rabbi",
        "sergeant",
        "sheikh",
        "superintendent",
    ]
)

#: words that may stand inside a title before its head: "Deputy *Foreign* Minister".
TITLE_WORDS: frozenset[str] = frozenset(
    [
        "acting",
        "affairs",
        "assistant",
        "chief",
        "deputy",
        "defence",
        "defense",
        "economy",
        "energy",
        "executive",
        "finance",
        "first",
        "foreign",
        "former",
        "ex",
        "general",
        "high",
        "home",
        "interior",
        "intelligence",
        "justice",
        "lord",
        "national",
        "opposition",
        "policy",
        "prime",
        "public",
        "security",
        "state",
        "supreme",
        "top",
        "vice",
        "interim",
        "senior",
        "special",
        "trade",
        "health",
        "education",
        "environment",
        "policy",
    ]
)

#: title words that spaCy's NER often tags alone as an organisation or a person at the
#: start of a sentence ("*Chief* Justice, ..." -> ORG "Chief"): never a name by themselves.
NOT_NAMES: frozenset[str] = frozenset(
    [
        "supreme",
        "leader",
        "president",
        "prime",
        "minister",
        "chief",
        "foreign",
        "deputy",
        "vice",
        "secretary",
        "spokesman",
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "his",
        "her",
        "its",
        "their",
        "we",
        "i",
        "you",
    ]
)

#: heads of a generic agent phrase that name a group even in the singular
#: ("the *regime*", "the *police*"): a collective, not one person.
COLLECTIVE_HEADS: frozenset[str] = frozenset(
    [
        "police",
        "army",
        "military",
        "militia",
        "government",
        "regime",
        "opposition",
        "junta",
        "navy",
        "cabinet",
        "administration",
    ]
)

#: pronouns the quotes stage may resolve to actors; listed so they are never names.
PRONOUNS: frozenset[str] = frozenset(
    ["he", "she", "him", "her", "his", "hers", "they", "them", "their", "theirs", "it", "its"]
)

#: generic agents the PLOVER agents file lacks, in its format (phrase -> sectors):
#: plain-clothes security agents are how regimes' enforcers are reported.
EXTRA_AGENTS: dict[str, tuple[str, ...]] = {
    "plain clothes agent": ("COP",),
    "plain clothes officer": ("COP",),
    "plain clothes thug": ("COP",),
    "plainclothes agent": ("COP",),
    "plainclothes officer": ("COP",),
    "riot police": ("COP",),
    "security agent": ("COP",),
    "thug": ("UAF",),
    "regime": ("GOV",),
    "militiaman": ("MIL",),
    "demonstrator": ("CVL", "OPP"),
    "activist": ("CVL", "OPP"),
}

#: determiners and possessives that open a phrase but are not part of a name or title.
OPENERS: frozenset[str] = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"]
)

#: how news writes a title that the KB spells another way (text form -> KB form).
TITLE_SYNONYMS: dict[str, str] = {
    "foreign minister": "minister of foreign affairs",
    "defence minister": "minister of defense",
    "defense minister": "minister of defense",
    "interior minister": "minister of interior",
    "finance minister": "minister of finance",
    "premier": "prime minister",
    "pm": "prime minister",
}

#: agent nouns of the PLOVER list that are too general to be an actor in news text
#: ("members", "cities", "uprisings" are coded there, but name no group).
AGENT_STOP: frozenset[str] = frozenset(
    [
        "member",
        "man",
        "men",
        "woman",
        "women",
        "person",
        "people",
        "city",
        "cities",
        "uprising",
        "uprisings",
        "resident",
        "citizen",
    ]
)

#: titles and honorifics that tell a person's gender ("*Mrs* Ortega", "*First Lady* Ana
#: Ortega"): a bare surname with one of them joins only a namesake of that gender.
#: *President*, *Minister*, *Dr* and the like are neutral and not listed.
GENDERED_TITLES: dict[str, str] = {
    "mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "duke": "m", "baron": "m",
    "congressman": "m", "spokesman": "m", "chairwoman": "f", "spokeswoman": "f",
    "congresswoman": "f", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f",
    "lady": "f", "dame": "f", "queen": "f", "princess": "f", "duchess": "f", "baroness": "f", "mme": "f",
    "mlle": "f", "senora": "f", "senor": "m", "herr": "m", "frau": "f",
}  # fmt: skip

#: honorifics spaCy keeps inside a PERSON span (*Mrs Ana Ortega*): cut off like a title, so
#: *Mrs Ortega* is a short form of *Ana Ortega* (the gender they tell is read from the text).
NAME_HONORIFICS: frozenset[str] = frozenset(
    ["mr", "mrs", "ms", "miss", "mme", "mlle", "dr", "sir", "dame", "madam", "madame", "lady"]
)

#: offices that head a state or its government: a bare *the president* may stand for the
#: holder in the article's one dominant country (other bare titles never resolve alone).
HEAD_OFFICES: frozenset[str] = frozenset(
    ["president", "prime minister", "supreme leader", "king", "queen", "emir", "sultan", "chancellor", "monarch"]
)

#: state names and capitals that also name a well-known place of another country (a US or
#: Australian state, a city): they stand for the state only when the article names that
#: state another way too (*Georgian*, *Tbilisi*).
PLACE_HOMONYMS: frozenset[str] = frozenset(
    [
        "georgia",
        "victoria",
        "kingston",
        "hamilton",
        "georgetown",
        "san jose",
        "santiago",
        "wellington",
        "jersey",
        "guernsey",
        "lebanon",
        "jordan",
    ]
)

#: the words of an institution's name that every country uses (*Senate*, *House of
#: Representatives*, *Supreme Court*, *Ministry of Health*): a name made of these alone
#: names a body of the article's own country, not the one country the KB files it under.
GENERIC_INSTITUTION_WORDS: frozenset[str] = frozenset(
    [
        "of", "for", "and", "senate", "senates", "house", "representatives", "parliament", "congress",
        "assembly", "national", "supreme", "high", "constitutional", "court", "ministry", "department",
        "health", "justice", "interior", "defence", "defense", "finance", "foreign", "affairs",
        "education", "police", "army", "navy", "air", "force", "forces", "government", "cabinet",
        "council", "federal", "central", "bank", "electoral", "commission", "upper", "lower",
        "chamber", "deputies", "legislature", "legislative", "people", "peoples", "prosecutor",
        "general", "office", "attorney",
    ]
)  # fmt: skip

#: sectors that say nothing about who a group is.
VAGUE_SECTORS: frozenset[str] = frozenset({"UNK", "JNK", "NON"})

#: job nouns that, heading an apposition (*X, a trade professor at Y,*), make a name the NER
#: typed as an organisation a person's (with TITLE_HEADS); organisations are not described so.
PERSON_ROLE_HEADS: frozenset[str] = frozenset(
    [
        "analyst", "author", "ceo", "cfo", "coo", "cto", "economist", "editor", "executive", "expert",
        "founder", "co-founder", "lecturer", "manager", "partner", "professor", "researcher", "scientist",
        "strategist", "vp", "vice-president", "historian", "physician", "doctor", "surgeon", "nurse",
        "teacher", "student", "engineer", "consultant", "activist", "journalist", "reporter", "writer",
        "owner", "resident", "lawyer", "coach", "player", "designer", "developer", "producer", "actor",
        "actress", "singer", "artist", "fellow", "principal", "dean", "specialist", "aide",
    ]
)  # fmt: skip
