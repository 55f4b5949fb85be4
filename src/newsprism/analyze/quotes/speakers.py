"""The speaker of a cue, read from the dependency parse, and the entity it names.

Constructions, each with the sentence that needed it:

- subject: *Ms Patel said* -> ``nsubj`` of the cue verb;
- coordination: *he reminded the members ... and said:* -> the first verb's subject;
- participles and complements: *..., adding that*, *went on to say* -> the governing verb's;
- relative clause: *the minister, who said* -> the noun the clause hangs on;
- inversion: *"...," said Avi Bell, senior fellow at ...* -> the name after the verb;
- passive: *was quoted as saying* -> the passive subject; *was told by X* -> the agent;
- appositive: *Jane Roe, the EU trade commissioner, said* -> the name, with
  the description kept for nominal resolution;
- phrases: *according to the ministry*, *in the words of X* -> the object of the phrase.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from newsprism.analyze.quotes.cues import Cue, CueLexicon, SpeakerLexicon, message_source

__all__ = ["SpeakerPhrase", "find_speaker_phrase", "noun_phrase", "to_marker"]

#: Dependents that belong to a speaker's name phrase (``the EU's top diplomat``).
_NP_LEFT = frozenset({"det", "compound", "amod", "poss", "nummod", "nmod", "case", "flat", "quantmod", "advmod"})
_NP_RIGHT = frozenset({"compound", "flat", "case", "nummod"})
#: Verb links a speaker is inherited through when the cue verb has no subject of its own.
_CLIMB = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "acl"})


@dataclass(frozen=True, slots=True)
class SpeakerPhrase:
    """Tokens ``[start, end)`` naming the speaker and its ``head``.

    ``others`` are token ranges that name the same speaker another way: appositives
    (*the secretary general, Nunzio Galantino,*) and a coordinated name after a
    description (*American academic and professor Marc Lamont Hill*).
    """

    start: int
    end: int
    head: int
    via: str
    others: tuple[tuple[int, int], ...] = ()


def _extent(tokens: list[Token]) -> tuple[int, int]:
    return min(t.i for t in tokens), max(t.i for t in tokens) + 1


def _words(tokens: list[Token]) -> tuple[int, int]:
    return _extent([t for t in tokens if not t.is_punct] or tokens)


def noun_phrase(head: Token, *, via: str, with_prep: bool = False) -> SpeakerPhrase:
    """The name phrase around ``head``: determiners, compounds, possessors; not clauses.

    ``with_prep`` keeps a following ``for``/``of``/``at`` phrase, for heads that speak for
    something (*a spokesperson for the ministry*). The phrase grows outwards from the
    head one adjacent dependent at a time, so a parse that hangs a distant word on the
    head (*Rathbun ... the Scientology*) cannot stretch the name over a clause.
    """
    start, end = head.i, head.i + 1
    for child in reversed(list(head.lefts)):
        subtree = list(child.subtree)
        # A hyphen inside a name (*Cheuk Hau-yip*) is tokenised as punctuation of the head.
        hyphen = child.dep_ == "punct" and child.text == "-" and child.whitespace_ == ""
        if (child.dep_ not in _NP_LEFT and not hyphen) or subtree[-1].i + 1 != start:
            break
        start = subtree[0].i
    others: list[tuple[int, int]] = []
    for child in head.rights:
        subtree = list(child.subtree)
        keep_prep = with_prep and child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "from")
        if (child.dep_ in _NP_RIGHT or keep_prep) and subtree[0].i == end:
            end = subtree[-1].i + 1
        elif child.dep_ == "appos":
            others.append(_words(subtree))
        elif child.dep_ == "conj" and head.pos_ == "NOUN" and child.pos_ == "PROPN":
            others.append(_words([t for t in subtree if t.dep_ not in ("cc",)]))
        elif child.dep_ == "relcl" and head.pos_ == "NOUN":
            closing = _closing_apposition(child)
            if closing is not None:
                others.append(closing)
    doc = head.doc
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if head.dep_ == "appos":
        # The parser sometimes makes the description the subject and the name its appositive.
        others.append(_words([t for t in head.head.subtree if t.i < start or t.i >= end] or [head]))
    return SpeakerPhrase(start=start, end=end, head=head.i, via=via, others=tuple(others))


def _closing_apposition(clause: Token) -> tuple[int, int] | None:
    """*The company that runs the awards, Halden Productions, denies*: the parser hangs the name
    on the clause's last noun, but set off by commas right after the description's relative
    clause it names the description (a reader takes it so; the clause's own object needs no name
    before the verb). Only a proper name ending the clause with a comma after it counts."""
    doc = clause.doc
    last = clause.right_edge
    if last.i + 1 >= len(doc) or doc[last.i + 1].text != ",":
        return None
    name = next((t for t in clause.subtree
                 if t.dep_ == "appos" and t.pos_ == "PROPN" and t.right_edge.i == last.i), None)
    if name is None or name.left_edge.i == 0 or doc[name.left_edge.i - 1].text != ",":
        return None
    return _words(list(name.subtree))


def _subject(
    verb: Token, cues: CueLexicon, speakers: SpeakerLexicon, *, governing: bool = False
) -> tuple[Token, str] | None:
    """The subject of ``verb``; a passive one only for passive cues (*was quoted as saying*), or
    when ``verb`` governs a participle cue: *The commission is frustrated ..., saying they
    failed* — whoever the main clause is about, in either voice, does the saying."""
    passive_subject = None
    # Nearest subject first: the parser may hang a subject from inside the quotation on the
    # cue too (*"The mission I did ...," Stafford, a member of the crew, responded.*), and the
    # speaker is the subject next to its verb, not the one across the quote.
    for child in sorted(verb.children, key=lambda c: abs(c.i - verb.i)):
        if child.dep_ == "nsubj":
            if child.lower_ in speakers.relative_pronouns and verb.dep_ == "relcl":
                return verb.head, "relative"
            return child, "subject"
        if child.dep_ == "nsubjpass":
            passive_subject = child
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild, "agent"
    if passive_subject is not None and (governing or verb.lemma_.lower() in cues.passive):
        return passive_subject, "passive"
    return None


def _inverted(verb: Token) -> Token | None:
    """``said Avi Bell, ...``: a proper noun right after the verb the parser did not call subject."""
    for child in verb.rights:
        if child.i > verb.i + 3:
            break
        if child.dep_ in ("dobj", "attr", "npadvmod", "dative", "oprd", "appos") and (
            child.pos_ == "PROPN" or any(c.pos_ == "PROPN" and c.dep_ == "compound" for c in child.lefts)
        ):
            return child
    return None


_SUBJECTS = ("nsubj", "nsubjpass")


def subject_hung_on_clause(verb: Token) -> Token | None:
    """*This system, says Ana Ruiz, a biologist at X, helps steer ...*: a cue set off by commas
    inside the clause it reports, with the speaker right after it. The parser reads it three ways:
    the name a second subject of the clause's verb (the cue hung there as ``parataxis``), the
    clause's subject a second subject of the cue (*The bridge, says Ana Ruiz, needs ...*), or the
    cue the root with the clause's subject its own and the name the subject of a complement (*X
    says [Ana Ruiz ... tends to ...]*). In each the clause's subject stands before the cue's comma
    and a subject set off by commas right after the cue is the speaker (a proper name, unless the
    parser already gave it to the cue: *said the mayor*); :mod:`.indirect` cuts it, with the cue,
    out of the reported clause and keeps the subject before the cue in it."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    holders = [verb, *(c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i)]
    if verb.dep_ == "parataxis":
        holders.append(verb.head)
    elif verb.dep_ != "ROOT":
        return None
    if not any(c.dep_ in _SUBJECTS and c.i < verb.i for h in (verb, verb.head) for c in h.children):
        return None
    for holder in holders:
        for child in holder.children:
            if child.dep_ not in _SUBJECTS or not verb.i < child.i <= verb.i + 3:
                continue
            closing = child.right_edge.i + (0 if child.right_edge.is_punct else 1)
            if (child.pos_ == "PROPN" or holder is verb) and closing < len(doc) and doc[closing].text == ",":
                return child
    return None


def clause_subject_on_cue(verb: Token) -> Token | None:
    """The clause's own subject the parser hung on a cue set inside it (*The bridge*, in *The
    bridge, says Ana Ruiz, needs ...*); for a cue :func:`subject_hung_on_clause` found the speaker of
    (the caller has asked it already, so it is not asked again here)."""
    return next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)


def _verbless_subject(verb: Token) -> bool:
    """*Its leader, Ana Ruiz, called the plan "reckless".*: the parser made the verb a reduced
    relative of a sentence-root noun, leaving the sentence without a main verb; after the
    comma that closes the apposition it is the main verb, and that noun its subject (unlike
    *a film called "X"*, with no comma and a verb of its own elsewhere)."""
    noun = verb.head
    return (verb.dep_ == "acl" and noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN")
            and verb.i > 0 and verb.doc[verb.i - 1].text == ",")


def find_speaker_phrase(doc: Doc, cue: Cue, cues: CueLexicon, speakers: SpeakerLexicon) -> SpeakerPhrase | None:
    """Who the cue says spoke, as words in the doc; None when the parse names no one."""
    head = doc[cue.head]
    if cue.noun:
        source = message_source(head)
        if source is None:
            return None
        phrase = noun_phrase(source, via="source", with_prep=source.pos_ != "PROPN")
        end = phrase.end
        while end - 1 > phrase.head and doc[end - 1].tag_ == "POS":
            end -= 1  # "the minister's call": the speaker is "the minister"
        return replace(phrase, end=end)
    if cue.phrase:
        for child in head.children:
            if child.dep_ == "pobj":
                return noun_phrase(child, via="phrase", with_prep=child.pos_ != "PROPN")
        return None
    if cue.naming:
        # "what he called ...": only a subject of its own; "a film called X" has none.
        found = _subject(head, cues, speakers)
        if found is None and _verbless_subject(head):
            return noun_phrase(head.head, via="subject")
        if found is None and head.tag_ != "VBN" and head.dep_ in ("advcl", "conj", "xcomp"):
            # "condemned the cuts, calling them X": the participle's speaker is its verb's subject.
            found = _subject(head.head, cues, speakers)
            return None if found is None else noun_phrase(found[0], via="inherited-" + found[1])
        return None if found is None else noun_phrase(found[0], via=found[1])
    hung = subject_hung_on_clause(head)
    if hung is not None:
        return noun_phrase(hung, via="inverted")
    verb = head
    via_prefix = ""
    for _ in range(4):
        found = _subject(verb, cues, speakers, governing=bool(via_prefix) and head.dep_ == "advcl")
        if found is not None:
            token, via = found
            agent = finding_agent(token, cues)
            if agent is not None:  # *tests by X reveal that ...*: X's finding
                return noun_phrase(agent, via=via_prefix + "agent", with_prep=agent.pos_ != "PROPN")
            # "a spokesperson for X" keeps its "for X"; "Ms Ortiz of the council" is just the name.
            return noun_phrase(token, via=via_prefix + via, with_prep=token.pos_ != "PROPN")
        if verb.i != head.i and verb.pos_ == "NOUN" and verb.lemma_.lower() in cues.nouns:
            # *issued a statement warning that ...*: a participle on a message noun speaks for
            # whoever the noun's message is from (its issuer, its owner).
            source = message_source(verb)
            if source is not None:
                return noun_phrase(source, via="inherited-source", with_prep=source.pos_ != "PROPN")
        if verb.dep_ in ("ccomp", "parataxis") and verb.i == head.i:
            # "He said, adding ..." is handled by advcl; a cue inside someone's complement
            # ("X said Y told Z") has its own subject or none we can trust.
            break
        if verb.dep_ not in _CLIMB or verb.head is verb:
            break
        controller = _controller(verb) if verb.i == head.i else None
        if controller is not None:
            return noun_phrase(controller, via="controller", with_prep=controller.pos_ != "PROPN")
        if verb.dep_ == "prep" and verb.head.pos_ not in ("VERB", "AUX"):
            break
        via_prefix = "inherited-"
        verb = verb.head
    inverted = _inverted(head)
    if inverted is not None:
        return noun_phrase(inverted, via="inverted")
    name = _name_tagged_as_adverb(head)
    if name is not None:
        return noun_phrase(name, via="subject")
    return None


def finding_agent(subject: Token, cues: CueLexicon) -> Token | None:
    """*Early benchmarks by Frame Lab reveal that ...*: a piece of research or testing (``finding_nouns``)
    done *by* a named body or person reports that agent's finding, as *Frame Lab found* would."""
    if subject.lemma_.lower() not in cues.finding_nouns:
        return None
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            agent = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if agent is not None and (agent.pos_ == "PROPN" or agent.ent_type_ in ("PERSON", "ORG", "NORP")):
                return agent
    return None


def _controller(verb: Token) -> Token | None:
    """*The losses led the maker to announce it would stop*: a cue in a to-infinitive after an
    object speaks with that object's voice (object control), not the main clause's subject."""
    if verb.dep_ not in ("xcomp", "advcl") or not any(to_marker(c) for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i), None)


def to_marker(token: Token) -> bool:
    """The infinitive marker of a verb (*to* in *to reject*), by its tag, not its word: the speaker
    search (object control) and :mod:`.indirect` (reports in a to-infinitive) both ask it."""
    return token.dep_ == "aux" and token.tag_ == "TO"


def _name_tagged_as_adverb(head: Token) -> Token | None:
    """*"...," says Early.* / *Early says ...*: a surname that is also a word (*Early*, *Long*,
    *Young*) tagged as the cue's adverb, right beside a cue that has no subject, is the speaker.

    Only a capitalised word touching the cue counts, so *later said* or *Yesterday, police
    said* (a subject of its own) never reach here.
    """
    for token in head.children:
        if (
            token.dep_ in ("advmod", "npadvmod")
            and abs(token.i - head.i) == 1
            and token.text[:1].isupper()
            and token.text.isalpha()
            and token.pos_ in ("ADV", "ADJ", "PROPN")
        ):
            return token
    return None
