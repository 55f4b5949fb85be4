"""Attribution stance: every reporting verb the writer uses, neutral or evaluative.

*said*/*told* report; *admitted*, *claimed*, *insisted*, *picked on* judge. A verb
from the lexicon counts as attribution when it introduces a report: it is the cue
of a quote, or it has a clausal complement (*admitted that ...*), or a colon or
quotation mark follows it. That rule keeps *admitted to hospital* and *claimed the
lives of* out. Verbs inside quotations are the speaker's and are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc, Token

from newsprism.analyze.framing.actors import EntityIndex
from newsprism.analyze.framing.lexicon import AttributionVerb, Lexicon, rule_words, token_keys
from newsprism.analyze.framing.tokens import doc_tokens
from newsprism.analyze.framing.voice import VoiceMap
from newsprism.model import Article, Attribution

__all__ = ["find_attributions"]

_COMPLEMENT = {"ccomp", "parataxis"}
# Kinds that report with a plain object too: "admitted defeat", "denied the charge".
_OBJECT_OK = {"concession", "denial", "disparagement", "evasion"}
# Kinds that report with a preposition: "boasted of", "lashed out at". A boast with a plain
# object owns it ("the service boasts a fast server"), it reports nothing.
_PREP_OK = {"boast", "disparagement"}
# Kinds whose to-infinitive is the claimed content ("claimed to be a doctor", "insisted on
# being heard"), as the cue lexicon's infinitive flag says for others ("vowed to appeal").
_CLAIMED_INFINITIVE = {"doubt", "emphasis"}
# Kinds whose verb, said of a subject and with no object, reports a statement by itself.
_BARE_OK = {"doubt"}
_OPENERS = {":", "“", '"', "‘"}


def _match(token: Token, lexicon: Lexicon) -> tuple[AttributionVerb, Token] | None:
    """The lexicon verb at ``token`` (with its particle for ``pick on``) and its last token."""
    lemma = token.lemma_.lower()
    for child in token.rights:  # the particle follows its verb: "On Monday she called ..." is no "call on"
        if child.dep_ in ("prt", "prep"):
            verb = lexicon.attribution.get(f"{lemma} {child.lower_}")
            if verb is not None:
                return verb, child
    verb = lexicon.attribution.get(lemma)
    return (verb, token) if verb is not None and len(verb.words) == 1 else None


def _introduces_report(token: Token, verb: AttributionVerb, cue_offsets: set[int], rules: dict[str, Any]) -> bool:
    if token.idx in cue_offsets:
        return True
    words = " ".join(verb.words)  # the lemma as the rules tables list it
    if _reports_by_construction(token, verb, rules):
        return True
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return False  # "were admitted to hospital", "was claimed by the flood"
    if words in rules.get("speaker_only", ()) and not _speaker_subject(token, rules):
        return False  # "the case highlights that ...", "lights that highlight the road": no one speaks
    if words in rules.get("to_reports", ()) \
            and not any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
        return False  # "attributed the rise to the ruling" reports a cause; "properly attribute the author" credits
    if verb.naming and token.dep_ in ("acl", "amod"):
        return False  # "a prison dubbed the 'Hanoi Hilton'", "a song called X": a name, no one's words
    if any(c.dep_ in _COMPLEMENT for c in token.children) or _reports_nonfinite(token, verb):
        return True
    if words in rules.get("about_reports", ()) and not _to_infinitive(token) \
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children) and any(
            c.dep_ == "prep" and c.lower_ == "about"
            for c in (*token.children, *(g for o in token.children if o.dep_ == "dobj" for g in o.children))):
        # "asked Morrison about concerns" (the phrase may hang on the one asked): a question, reported; "doctors
        # should ask about bedding", "think to ask about it" are advice and intent, no question put
        return True
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if not objects and token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN"):
        objects = [token.head]  # "the visual quality Google promised": the noun the clause hangs on is its object
    if objects and words in rules.get("object_reports", ()) and _speaker_subject(token, rules) \
            and not _to_infinitive(token) \
            and not any(o.ent_type_ == "PERSON" or o.lower_ in _PERSONAL_OBJECTS for o in objects):
        # "disputed the notion that ...", "Google confirmed this", "reported its third case"; not "declined to
        # confirm the figure", "allows the lamp to highlight road markings" (an act it may do, no report)
        return True
    if objects and words in rules.get("object_acts", ()):
        # "maintains tariffs", "posted an image": kept or done, not said; "dubbed the plan 'a giveaway'" names
        return _opens_quote(token) or any(_opens_quote(o.doc[o.right_edge.i]) for o in objects)
    acts = _has(token, "xcomp")  # an infinitive it does not report: "continue to escalate"
    if token.dep_ == "parataxis" and not _has(token, "dobj"):
        return True  # '"...," he claimed' parses the verb as a parenthetical
    if token.dep_ == "advcl" and token.head.pos_ == "VERB" and not acts and not _to_infinitive(token):
        return True  # "when X announced the exchange"; "to maintain a level" is a purpose
    if token.dep_ == "advcl" and not acts and any(
        c.dep_ == "mark" and c.lower_ in rules.get("report_clause_marks", ()) for c in token.children
    ):
        return True  # "As the report points out, the keyboard is ...": the clause it reports is its head
    if verb.kind in _BARE_OK and any(c.dep_ == "nsubj" for c in token.children) \
            and not any(c.dep_ in ("dobj", "attr", "oprd") for c in token.children):
        # "Both men claimed at the time that ...", "which the company claims is a 20% gain": the
        # parser often hangs the claimed clause elsewhere; without an object it is still a report
        # ("claimed the lives of", "claimed victory" have one).
        return True
    if _opens_quote(token):
        return True
    if verb.kind == "concession" and any(c.dep_ == "prep" and c.lower_ in rules.get("concession_preps", ())
                                         for c in token.children):
        return True  # "Apple admitted to the flawed design" (the passive "admitted to hospital" left above)
    if verb.stance == "evaluative" and (verb.kind in _OBJECT_OK or verb.kind in _PREP_OK):
        # "admitted defeat", "denied the charge"; "boasted of", "lashed out at" take a preposition.
        deps = (("dobj",) if verb.kind in _OBJECT_OK else ()) + (("prep", "prt") if verb.kind in _PREP_OK else ())
        return any(c.dep_ in deps for c in token.children)
    return False


def _reports_by_construction(token: Token, verb: AttributionVerb, rules: dict[str, Any]) -> bool:
    """A report its construction shows, whatever the general rules below say (#6, F16; ``framing_en.toml`` rules).

    *accused the agency of hiding it* / *were accused of lying* (a charge made, active or passive; the rules below
    reject the passive and want a clause); *is said to be* (the passive with its infinitive); *claimed
    responsibility* (a bare object of ``claim_objects``: *claimed a 3-1 victory* is a thing won); *responded to the
    allegations* (an answer to words, not *responded by hitting*); *tells the paper that he fought* (the parser
    hangs the told clause on the addressee as a relative clause).
    """
    words = " ".join(verb.words)
    children = list(token.children)
    if words in rules.get("charge_reports", ()) and not (token.dep_ in ("acl", "amod") and token.tag_ == "VBN"):
        # the charge's preposition on the verb or, as the parser often hangs it, on the accused (*accused the
        # utility of overkill*); *posted a note accusing X of* reports, *the man accused of theft* names a suspect
        preps = rules.get("charge_preps", ())
        if any(c.dep_ == "prep" and c.lower_ in preps
               for c in (*children, *(g for o in children if o.dep_ == "dobj" for g in o.children))):
            return True
    if words in rules.get("passive_reports", ()) and any(c.dep_ == "auxpass" for c in children) \
            and any(c.dep_ == "xcomp" and _to_infinitive(c) for c in children):
        return True
    claim_objects = rule_words(rules, "claim_objects")
    if verb.kind == "doubt" and any(
            c.dep_ == "dobj" and c.lower_ in claim_objects
            and not any(g.dep_ in ("det", "nummod", "amod", "poss", "compound") for g in c.children)
            for c in children):
        return True
    if words in rules.get("answer_reports", ()) and not any(c.dep_ == "neg" for c in children) \
            and not _to_infinitive(token):
        # *did not respond to the request*, *is yet to respond*, *declined to respond* report no words
        nouns = rule_words(rules, "answer_nouns")
        return any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and token_keys(g) & nouns for g in c.children) for c in children)
    if words in rules.get("addressee_reports", ()):
        addressees = rule_words(rules, "addressee_nouns") | rule_words(rules, "person_nouns") \
            | rule_words(rules, "speaker_nouns")
        for obj in (c for c in children if c.dep_ in ("dobj", "dative")):
            if not (obj.ent_type_ in _SPEAKER_ENTS or obj.pos_ == "PRON" or token_keys(obj) & addressees):
                continue
            for clause in (c for c in obj.children if c.dep_ == "relcl"):
                # "that" is no subject of the clause (*the paper that he fought with*): the clause is the told one
                parts = {c.dep_: c for c in clause.children}
                if "nsubj" in parts and parts["nsubj"].lower_ not in ("that", "who", "which") and any(
                        c.lower_ == "that" and c.dep_ in ("dobj", "mark") and c.i == obj.i + 1
                        for c in clause.children):
                    return True
    return False


_SPEAKER_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE"})
# a person as the object: an act on them (*the Senate confirmed him*), no report
_PERSONAL_OBJECTS = frozenset({"him", "her", "them", "me", "us", "you"})


def _speaker_subject(token: Token, rules: dict[str, Any]) -> bool:
    """The verb's subject is someone who speaks: a person or body named (a name the NER left untyped too), a
    personal pronoun, or a noun of
    ``person_nouns`` / ``speaker_nouns`` (through a relative pronoun to the noun it stands for)."""
    nouns = rule_words(rules, "person_nouns") | rule_words(rules, "speaker_nouns")
    for s in (c for c in token.children if c.dep_ == "nsubj"):
        if token.dep_ == "relcl" and s.lower_ in ("who", "that", "which"):
            s = token.head
        if s.ent_type_ in _SPEAKER_ENTS or (s.pos_ == "PROPN" and not s.ent_type_) \
                or (s.pos_ == "PRON" and s.lower_ not in ("it", "this", "that", "which")):
            return True
        if token_keys(s) & nouns:
            return True
    return False


def _has(token: Token, dep: str) -> bool:
    return any(c.dep_ == dep for c in token.children)


def _opens_quote(token: Token) -> bool:
    following = [t for t in token.doc[token.i + 1 : token.i + 4] if not t.is_space]
    return bool(following) and following[0].text in _OPENERS


def _to_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def _reports_nonfinite(token: Token, verb: AttributionVerb) -> bool:
    """A to-infinitive or -ing complement the verb reports (*vowed to appeal*, *claimed to be*,
    *reported being logged off*, *reported him to be dead*).

    Other verbs' infinitives are acts, not words: *continued to sign up*, *agreed to remove*.
    A complement that is no verb (*declared the law void*) is the verdict reported.
    """
    complements = [c for c in token.children if c.dep_ == "xcomp"]
    if not complements:
        return False
    if any(c.pos_ not in ("VERB", "AUX") for c in complements):
        return True
    if verb.nonfinite or verb.kind in _CLAIMED_INFINITIVE:
        return True
    # "reported being logged off", "reported X to be dead": a state said to hold is reported.
    return verb.indirect and any(_gerund(c) or c.lemma_ == "be" for c in complements)


def _gerund(verb: Token) -> bool:
    """*-ing* as the complement's verb or its auxiliary (*being logged off*)."""
    return verb.tag_ == "VBG" or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBG" for a in verb.children)


def find_attributions(
    article: Article, doc: Doc, lexicon: Lexicon, voices: VoiceMap, entities: EntityIndex
) -> Iterator[Attribution]:
    """Reporting verbs in the author's voice, with stance, subject actor and quote."""
    cues: dict[int, tuple[str, str | None]] = {}
    for quote in article.quotes:
        if quote.cue is not None:
            speaker = quote.speaker.entity if quote.speaker else None
            cues[quote.cue.start] = (quote.id, speaker)
    cue_tokens: set[int] = set()
    for start in cues:
        cue_tokens.add(start)
    for token in doc_tokens(doc).tokens:
        if token.pos_ not in ("VERB", "AUX") or token.dep_ == "aux":
            continue
        found = _match(token, lexicon)
        if found is None:
            continue
        verb, last = found
        if not voices.is_author(token.idx):
            continue
        cue_hit = _cue_for(token, cues)
        if not _introduces_report(token, verb, cue_tokens | ({token.idx} if cue_hit else set()), lexicon.rules):
            continue
        quote_id, speaker = cue_hit if cue_hit else (None, None)
        actor = speaker or entities.subject_of(token)
        yield Attribution(
            cue=article.span(token.idx, last.idx + len(last.text)),
            lemma=" ".join(verb.words),
            stance="evaluative" if verb.stance == "evaluative" else "neutral",
            kind=verb.kind,
            actor=actor,
            quote=quote_id,
        )


def _cue_for(token: Token, cues: dict[int, tuple[str, str | None]]) -> tuple[str, str | None] | None:
    """The quote whose cue span starts at (or covers) this verb, if the quotes stage saw one."""
    end = token.idx + len(token.text)
    for start in range(token.idx, end):
        if start in cues:
            return cues[start]
    return None
