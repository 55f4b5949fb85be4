"""Actors, recipients and places of an event: noun phrases from the parse, linked to entities.

A party is the noun phrase headed by one token: its left modifiers (``Senior Hungarian``,
``the same security``) plus the head, extended over a named entity that overlaps the head
(``the National Liberation Army of Colombia``), and over the tails PLOVER's coders
keep in an actor's text: an apposition (``Kenzo Oshima, the UN relief coordinator``), an
``of``/``in``/``from``/``for`` phrase (``supporters of former President X``, ``demonstrators
in Baghdad``, ``a spokesman for the rebels``) and a participle (``a group based in
Trinidad``, ``workers affiliated with the union``); never a relative clause, a date or a
nested clause. Coordinated heads (``the United States and Jordan``) give one party each, as
PLOVER's actor lists want; so do coordinated national adjectives of one head (``Hungarian
and Romanian officials``), each with the head's sector.

A span is words of one line of one sentence: it never reaches past the head's own verb
(*two were sacked: X and Y*), into a dateline or across a full stop, never starts on a
date or punctuation, and keeps whole hyphenated words. Bodies with no sector of their own
(*the management*, *the embassy*; ``party_nouns`` in ``event_arguments_<lang>.json``) are
parties. Entity links: the head's own entity, else a name in apposition (*the Prime
Minister, Ana Varela*); *he*/*she* link to the nearest person before them, *they*/*them*
to the nearest group named by a plural noun in that sentence or the one before; a relative
pronoun (*which*, *who*) is the noun its clause modifies.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from newsprism.analyze.events.lexicon import EventLexicon, language_file
from newsprism.analyze.events.nouns import vehicle_words
from newsprism.model import Article, Entity, Party

__all__ = [
    "PARTY_ENTS", "conjuncts", "extent", "is_party", "link_entity", "names_party", "parties_for", "party_for",
    "party_nouns", "sector_for",
]

#: Left dependents that belong to a noun phrase; determiners and punctuation are trimmed off.
_NP_LEFT = frozenset({"compound", "amod", "nmod", "poss", "nummod", "quantmod", "det", "predet", "case", "npadvmod"})
_TRIM = frozenset({"det", "predet", "punct", "cc", "case"})
_NATIONAL = frozenset({"NORP", "GPE"})
#: Prepositions whose phrase is part of a party's text (see the module docstring).
_TAIL_PREPS = frozenset({"of", "in", "from"})
#: Prepositions whose phrase is part of a party's text only when it names a party.
_PARTY_TAIL_PREPS = frozenset({"for"})
#: Longest participle tail kept (``based in Trinidad``), in tokens: longer ones are clauses.
_TAIL_MAX = 6
#: How far after a span a bracket it opened may close (``Front (FIS)``), in characters.
_BRACKET_REACH = 40
#: Third-person pronouns that stand for a person mentioned earlier (coreference is out of
#: reach offline; the nearest earlier person is right often enough for he/she in news prose).
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_PLURAL_PRONOUNS = frozenset({"they", "them"})
#: Entity labels of parties: people, organisations, polities, peoples, named places.
PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
#: Entity labels that never name a party (amounts, dates, things, laws, happenings).
_NOT_PARTY_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "EVENT",
                              "PRODUCT", "LAW", "WORK_OF_ART", "LANGUAGE"})
#: Pronouns that can stand for a party (not *it* of a clause, not *which*/*that*).
_PARTY_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "we", "us", "i", "me", "you"})


def party_nouns(language: str = "en") -> frozenset[str]:
    """Nouns for people and bodies that can act or be acted upon but carry no sector of their
    own (``party_nouns`` in ``lexicons/event_arguments_<language>.json``)."""
    return _word_list("party_nouns", language)


@lru_cache(maxsize=16)
def _word_list(name: str, language: str = "en") -> frozenset[str]:
    """One list of ``lexicons/event_arguments_<language>.json`` (English's for a language without one)."""
    return frozenset(language_file("event_arguments", language)[name])


def conjuncts(token: Token) -> list[Token]:
    """The token and every head coordinated with it (``X, Y and Z``), in text order."""
    found = [token, *[t for t in token.conjuncts if t.dep_ == "conj" or t.i > token.i]]
    return sorted(set(found), key=lambda t: t.i)


#: Entity labels of a word that names a party by itself (:func:`names_party`): no places or facilities.
_NAMING_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def names_party(token: Token, lexicon: EventLexicon) -> bool:
    """A word that names a party by itself: a pronoun, a name, a person, group or polity entity, or an
    agent noun (``agent_sectors``: *the envoy*, *officials*). The one home of the test that
    ``fill.agentive_token`` starts with (and reads further) and ``readings`` reads alone."""
    return (token.pos_ in {"PRON", "PROPN"} or token.ent_type_ in _NAMING_ENTS
            or token.lemma_.lower() in lexicon.agent_sectors)


def is_party(token: Token, lexicon: EventLexicon) -> bool:
    """Can this noun phrase head be an actor or recipient? A name, a people, a polity, a typed
    agent (*police*, *officials*), a personal pronoun, a place noun, people counted (*arrested
    12*), a thing named for a party (*Danish web sites*); never an event noun or an amount."""
    if token.ent_type_ in _NOT_PARTY_ENTS:
        return False
    if token.ent_type_ in PARTY_ENTS or token.pos_ == "PROPN":
        return True
    if token.pos_ == "PRON":
        return token.lower_ in _PARTY_PRONOUNS
    lemma = token.lemma_.lower()
    if lexicon.nouns.get(lemma) is not None:
        return False  # an event is not a party; its own parties are (see the arguments module)
    if lemma in lexicon.agent_sectors or token.lower_ in lexicon.agent_sectors or lexicon.is_word("place_nouns", lemma):
        return True
    if lemma in party_nouns() or token.lower_ in party_nouns():
        return True  # people and bodies with no sector of their own: *the management*, *the embassy*
    if token.like_num or token.lower_ in lexicon.number_words:
        counted = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj"]
        return is_party(counted[0], lexicon) if counted else token.pos_ == "NUM"
    # "Danish web sites": a thing named for a party stands for it.
    return any(c.dep_ in {"amod", "compound"} and c.ent_type_ in PARTY_ENTS and c.i < token.i for c in token.children)


def _tail(child: Token, lexicon: EventLexicon) -> bool:
    """Is this right dependent part of the party's name (see the module docstring)?"""
    if child.dep_ in {"compound", "flat", "nummod"}:
        return True
    # A participle clause inside the tail is cut off anyway (*Doctors from two aid groups
    # [donated ... last year]*, the parser's reading of a verbless sentence): not counted.
    clause = {t.i for a in child.subtree if a.dep_ == "acl" and a.pos_ == "VERB" and a.i != child.i
              for t in a.subtree}
    if any(t.i not in clause and (t.ent_type_ in {"DATE", "TIME"} or t.dep_ in {"relcl", "ccomp", "advcl"})
           for t in child.subtree):
        return False
    if child.dep_ == "appos":
        return child.pos_ in {"NOUN", "PROPN"}
    if child.dep_ == "prep":
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if child.lower_ in _PARTY_TAIL_PREPS:
            # "a spokesman for the rebels", not "calls by its rulers for economic aid".
            return any(is_party(o, lexicon) for o in objects)
        return child.lower_ in _TAIL_PREPS and bool(objects)
    # "workers affiliated with the union" is a name's tail; "Republicans opposing it" is a clause.
    transitive = any(c.dep_ in {"dobj", "obj", "ccomp", "xcomp"} for c in child.children)
    return (child.dep_ == "acl" and child.tag_ in {"VBN", "VBG"} and not transitive
            and _words(child) <= _TAIL_MAX)


def _words(top: Token) -> int:
    """Words in a phrase, not counting punctuation or a bracketed short name (*Union (SSS)*)."""
    bracketed = {t.i for t in top.subtree if t.dep_ == "appos" and t.i > 0 and top.doc[t.i - 1].text == "("}
    return sum(1 for t in top.subtree if not t.is_punct and t.i not in bracketed and t.dep_ != "case")


def _bounds(head: Token, lexicon: EventLexicon, *, tails: bool = True) -> tuple[int, int]:
    """First and last token index of the party headed by ``head``; a tail's own tails are not
    kept (*leaders of the army [of looting]*: the parser often hangs the verb's phrase there)."""
    left = head.i
    name = _name_start(head)
    for child in head.lefts:
        if (child.dep_ == "amod" and child.pos_ == "ADJ" and not child.ent_type_ and child.i < name < head.i + 1
                and child.i > 0 and head.doc[child.i - 1].lower_ in _word_list("predicative_preps")):
            continue  # "condemned as unacceptable Peru's ...": the verb's complement, not the name's
        if child.dep_ in _NP_LEFT:
            left = min(left, child.left_edge.i)
    right = head.i
    inside = {t.i for t in head.subtree}
    for child in head.rights:
        if any(i not in inside for i in range(right + 1, child.left_edge.i)):
            break  # "two were sacked: X and Y": a tail past the head's own verb is not its text
        if child.dep_ in {"compound", "flat", "nummod"}:
            right = max(right, child.right_edge.i)
        elif tails and _tail(child, lexicon):
            if child.dep_ == "prep":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                right = max(right, _bounds(objects[0], lexicon, tails=False)[1], _name_end(objects[0]))
            elif child.dep_ == "appos":
                right = max(right, _bounds(child, lexicon, tails=False)[1])
            else:
                right = max(right, child.right_edge.i)
        elif child.dep_ not in {"punct", "cc"}:
            break  # a tail after a clause or a conjunct belongs to them, not to the head
    doc = head.doc
    # A party is words of one line of one sentence: never a dateline or a paragraph before
    # it, nor a date the parser hung on the name (*on Sunday Presidents X and Y signed*).
    for i in range(head.i - 1, left - 1, -1):
        if "\n" in doc[i].text_with_ws or _full_stop(doc[i]):
            left = i + 1
            break
    for i in range(head.i, right):
        if "\n" in doc[i].text_with_ws or _full_stop(doc[i]):
            right = i
            break
    while left < head.i and (doc[left].dep_ in _TRIM or doc[left].is_space or doc[left].is_punct
                             or doc[left].ent_type_ in {"DATE", "TIME"}):
        left += 1
    return left, right


def _full_stop(token: Token) -> bool:
    """A sentence's closing punctuation (the parser's own sentence ends also fall inside words
    such as *co-star*; a full stop does not)."""
    return bool(token.is_sent_end) and token.text in {".", "!", "?", ";"}


def extent(head: Token, lexicon: EventLexicon) -> tuple[int, int]:
    """First and last token index of the party headed by ``head``, over the name it is in."""
    left, right = _bounds(head, lexicon)
    for ent in head.doc.ents:
        if ent.start <= head.i < ent.end and ent.label_ in PARTY_ENTS:
            left, right = min(left, ent.start), max(right, ent.end - 1)
    return left, right


def _name_start(token: Token) -> int:
    """First token of the name a proper noun is in, else one past the end of the text (no name)."""
    if token.pos_ == "PROPN":
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end and ent.label_ in PARTY_ENTS:
                return ent.start
    return len(token.doc)


def _name_end(token: Token) -> int:
    """Last token of the name ``token`` is in (*members of the Council of Ministers*), else its own."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end and ent.label_ in PARTY_ENTS:
            return ent.end - 1
    return token.i


def link_entity(article: Article, start: int, end: int, head: Token | None = None) -> Entity | None:
    """The entity with a mention over the head word, else one overlapping the span."""
    if head is not None:
        h0, h1 = head.idx, head.idx + len(head.text)
        for entity in article.entities:
            if any(m.start < h1 and h0 < m.end for m in entity.mentions):
                return entity
    for entity in article.entities:
        if any(m.start < end and start < m.end for m in entity.mentions):
            return entity
    return None


def _antecedent(article: Article, token: Token) -> Entity | None:
    """Nearest person mentioned before a he/she pronoun within the same or previous sentences;
    for they/them, the nearest plural group named in this sentence or the one before."""
    if token.lower_ in _PLURAL_PRONOUNS:
        return _plural_antecedent(article, token)
    if token.lower_ not in _PERSON_PRONOUNS:
        return None
    best: tuple[int, Entity] | None = None
    window = max(0, token.sent.start_char - 600)
    for entity in article.entities:
        if entity.type != "person":
            continue
        for mention in entity.mentions:
            if window <= mention.start and mention.end <= token.idx and (best is None or mention.start > best[0]):
                best = (mention.start, entity)
    return best[1] if best else None


def _plural_antecedent(article: Article, token: Token) -> Entity | None:
    """*... plain-clothes thugs, agents of the ministry. They opened fire*: *they* stands for
    the nearest group named before it whose name is a plural noun, within the pronoun's own
    sentence or the one before (further back, a reader needs more than number to decide)."""
    doc = token.doc
    sent = token.sent
    window = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    best: tuple[int, Entity] | None = None
    for entity in article.entities:
        if entity.type in {"person", "location"}:
            continue
        for mention in entity.mentions:
            if not (window <= mention.start and mention.end <= token.idx):
                continue
            words = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if words is None or words[-1].tag_ not in {"NNS", "NNPS"}:
                continue
            if best is None or mention.start > best[0]:
                best = (mention.start, entity)
    return best[1] if best else None


def sector_for(entity: Entity | None, head: Token, lexicon: EventLexicon) -> str | None:
    """The actors stage's sector when it gave one, else the agent noun's (``police`` -> COP), else
    UNK for a vehicle (PLOVER codes a vehicle for its operator, here one the text does not name).

    Of several sectors (*protesters*: CVL and OPP) the one the events lexicon gives the noun
    itself comes first, so readings keyed by it (protesters who attack riot) apply in the
    full pipeline as on their own.
    """
    if entity is not None and entity.sectors:
        own = lexicon.agent_sectors.get(head.lemma_.lower())
        return own if own in entity.sectors else entity.sectors[0]
    for child in head.lefts:
        if child.dep_ == "compound" and child.lemma_.lower() in lexicon.agent_sectors:
            return lexicon.agent_sectors[child.lemma_.lower()]
    own = lexicon.agent_sectors.get(head.lemma_.lower())
    if own is None and head.lemma_.lower() in vehicle_words("vehicle_nouns"):
        return "UNK"  # "a patrol boat rammed a trawler": the vehicle stands for an operator not named
    return own


def party_for(article: Article, head: Token, lexicon: EventLexicon) -> Party:
    """One party from its head token (see the module docstring for the span rules)."""
    doc = head.doc
    left, right = _bounds(head, lexicon)
    start, end = doc[left].idx, doc[right].idx + len(doc[right].text)
    entity = link_entity(article, head.idx, head.idx + len(head.text), head)
    if entity is not None:
        for mention in entity.mentions:
            if mention.start < head.idx + len(head.text) and head.idx < mention.end:
                start, end = min(start, mention.start), max(end, mention.end)
                break
    elif head.pos_ == "PRON":
        entity = _antecedent(article, head)
    else:
        # "the Chief Justice, Ana Ruiz": a title whose apposition (inside the span) is a name.
        names = [c for c in head.children if c.dep_ == "appos" and left <= c.i <= right]
        entity = next((e for c in names if (e := link_entity(article, c.idx, c.idx + len(c.text), c))), None)
    start, end = _balanced(article.text, *_whole_words(article.text, start, end))
    return Party(span=article.span(start, end), entity=entity.id if entity else None,
                 sector=sector_for(entity, head, lexicon))


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span that starts or ends inside a hyphenated word (*co-[star Rock Hudson]*, a
    parser's split) to the whole word."""
    while start > 0 and (text[start - 1].isalnum() or (text[start - 1] == "-" and start > 1
                                                        and text[start - 2].isalnum())):
        start -= 1
    while end < len(text) and (text[end].isalnum() or (text[end] == "-" and end + 1 < len(text)
                                                       and text[end + 1].isalnum())):
        end += 1
    return start, end


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """Close a bracket the span opened (*the Islamic Salvation Front (FIS* -> *... (FIS)*), or,
    when the closing one is not near, cut the span before the bracket."""
    for opening, closing in ("()", "[]"):
        if text.count(opening, start, end) > text.count(closing, start, end):
            near = text.find(closing, end, end + _BRACKET_REACH)
            if near >= 0 and opening not in text[end:near]:
                end = near + 1
                continue
            cut = text.rfind(opening, start, end)
            while cut > start and text[cut - 1].isspace():
                cut -= 1
            if cut > start:  # a span that is all bracket keeps its text
                end = cut
    return start, end


def _national_split(article: Article, head: Token, lexicon: EventLexicon) -> list[Party]:
    """``Hungarian and Romanian officials`` -> one party per coordinated national adjective."""
    doc = head.doc
    modifiers = [c for c in head.lefts if c.dep_ in {"amod", "compound"} and c.ent_type_ in _NATIONAL]
    for modifier in modifiers:
        members = conjuncts(modifier)
        if len(members) < 2:
            continue
        sector = sector_for(None, head, lexicon)
        parties = []
        for member in members:
            ent = next((e for e in doc.ents if e.start <= member.i < e.end), None)
            start, end = (ent.start_char, ent.end_char) if ent is not None else (member.idx, member.idx + len(member))
            entity = link_entity(article, start, end)
            parties.append(Party(span=article.span(start, end), entity=entity.id if entity else None,
                                 sector=(entity.sectors[0] if entity and entity.sectors else sector)))
        return parties
    return []


def parties_for(article: Article, heads: Sequence[Token], lexicon: EventLexicon) -> tuple[Party, ...]:
    """Parties for a list of argument heads, expanding coordination. Parties that overlap are
    one party (a name the parser split into two subjects): the longer span is kept."""
    out: list[Party] = []
    for party in _expand(article, heads, lexicon):
        clash = next((i for i, kept in enumerate(out) if kept.span.overlaps(party.span)), None)
        aside = next((i for i, kept in enumerate(out) if _bracketed_after(article.text, kept, party)), None)
        if aside is not None:
            # "a single EU country (in this case Austria) could demand": a bracketed aside the
            # parser made a second subject names the same party; the span takes in the brackets.
            kept = out[aside]
            close = article.text.index(")", party.span.end)
            out[aside] = replace(kept, span=article.span(kept.span.start, close + 1))
        elif clash is None:
            out.append(party)
        elif len(party.span.text) > len(out[clash].span.text):
            out[clash] = party
    return tuple(out)


def _bracketed_after(text: str, kept: Party, party: Party) -> bool:
    """Is ``party`` inside brackets that open right after ``kept`` (*X (in this case Y)*)?"""
    between = text[kept.span.end:party.span.start]
    after = text[party.span.end:party.span.end + _BRACKET_REACH]
    return (between.lstrip().startswith("(") and ")" not in between and "(" not in between.lstrip()[1:]
            and ")" in after and "(" not in after.split(")", 1)[0] and len(between) <= _BRACKET_REACH)


#: Relative pronouns (Penn tags): *which*, *that*, *who*, *whom*.
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
#: How far up a relative pronoun's clause may be (*which protesters have tried to block*: 3 steps).
_RELATIVE_REACH = 4


def relative_antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun stands for: *the plant, which protesters tried to block*.

    A party is what the words name, so *which* or *who* as an actor or recipient is the
    noun its relative clause modifies. None when the token is no relative pronoun or its
    clause is not a relative one (*asked which road to take*).
    """
    if token.tag_ not in _RELATIVE_TAGS:
        return None
    node = token
    for _ in range(_RELATIVE_REACH):
        if node.dep_ == "relcl":
            return node.head if node.head.pos_ in {"NOUN", "PROPN", "PRON"} else None
        if node.head.i == node.i or node.dep_ in {"ccomp", "advcl"}:
            return None
        node = node.head
    return None


def _expand(article: Article, heads: Sequence[Token], lexicon: EventLexicon) -> Iterator[Party]:
    for head in heads:
        head = relative_antecedent(head) or head
        if head.ent_type_ in {"DATE", "TIME"}:
            continue  # "held since 2016 were released": a date the parser made a subject is no party
        # "Thousands of protesters": the party is what is counted, not the count.
        if head.like_num or head.lower_ in lexicon.number_words:
            counted = [c for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children
                       if c.dep_ == "pobj"]
            head = counted[0] if counted else head
        for member in conjuncts(head):
            if member.pos_ not in {"NOUN", "PROPN", "PRON", "NUM", "ADJ"}:
                continue
            if member.i != head.i and is_party(head, lexicon) and not is_party(member, lexicon):
                continue  # "forgive the president and queue behind him": a misparsed verb is no party
            split = _national_split(article, member, lexicon)
            if split:
                yield from split
            else:
                yield party_for(article, member, lexicon)
