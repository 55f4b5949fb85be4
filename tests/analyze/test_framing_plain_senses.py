"""Plain senses of loaded words by their construction (issue #6, F10; ``framing/plain.py``, ``plain_en.toml``).

A hazard's size (*catastrophic wildfires*), a rank in a measured series (*the worst quarter since 2001*,
*the worst heat on record*), a quantity measured (*unprecedented precision*), a term of sport (*an offensive
foul*), a disease's virulence, an offence said of its audience, a victory claimed and the law's
*allegedly* on a charged act are news's plain words;
the same words on another noun judge and stay flagged. Sentences written for newsprism, in other words than
the pages that prompted the classes; each plain one is flagged without its rule, each loaded one is flagged
with it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from framing_helpers import author

from newsprism.analyze.framing.plain import load_plain, plain_tokens
from newsprism.model import Article

Analyze = Callable[[str], Article]


def _flagged(article: Article, word: str) -> bool:
    return any(word in e.text.lower() for f in author(article) for e in (f.evidence or (f.span,)))


@pytest.mark.parametrize(("text", "word"), [
    # hazards: the word sizes the disaster or the disease it modifies or is said of
    ("Crews spent the night fighting catastrophic wildfires north of the valley.", "catastrophic"),
    ("The cyclone brought catastrophic flooding to two coastal districts.", "catastrophic"),
    ("Officials said the outbreak was unprecedented in the province.", "unprecedented"),
    # measures: a measured quantity, a record or a date beside the superlative
    ("The new telescope maps the sky with unprecedented precision.", "unprecedented"),
    ("Water levels in the reservoir fell to unprecedented levels in August.", "unprecedented"),
    ("Exporters reported an unprecedented 30 percent fall in orders.", "unprecedented"),
    ("The company posted its worst quarter since 2001.", "worst"),
    ("The valley had its worst harvest on record this autumn.", "worst"),
    ("Analysts said it was the worst the currency had traded since 1998.", "worst"),
    ("The province recorded the worst toll of the three, with 41 dead.", "worst"),
    ("The city had its worst smog of the decade in January.", "worst"),
    ("The new tablet is adequate at worst and pleasant at best.", "worst"),
    # sport's terms of play
    ("The referee called an offensive foul on the centre in the final minute.", "offensive"),
    # a disease's own terms
    ("A virulent plague strain was isolated from rats in the port.", "virulent"),
    ("A virulent plague strain was isolated from rats in the port.", "plague"),
    # an offence said of the people who take it
    ("The footage may be offensive to younger viewers.", "offensive"),
    # a claim taken, not a report doubted; the law's hedge on a charged act (two weak Doubt words together)
    ("The party claimed victory in the runoff, and its leader was held a day later for allegedly bribing clerks.",
     "claimed"),
    ("The party claimed victory in the runoff, and its leader was held a day later for allegedly bribing clerks.",
     "allegedly"),
])
def test_plain_senses_are_not_the_writers_judgement(analyze_text: Analyze, text: str, word: str) -> None:
    assert not _flagged(analyze_text(text), word)


@pytest.mark.parametrize(("text", "word"), [
    ("The minister's catastrophic blunder cost the taxpayers dearly.", "catastrophic"),
    ("The chairman's unprecedented arrogance shocked the shareholders.", "unprecedented"),
    ("It was the worst decision the board has ever taken.", "worst"),
    ("It was the worst speech he has given in ten years.", "worst"),
    ("The film's worst moments are its long, smug speeches.", "worst"),
    ("The candidate's offensive jokes about widows were cheered by the crowd.", "offensive"),
    ("The virulent hatred in the speech alarmed the rabbis.", "virulent"),
    ("The treasurer allegedly moved the funds abroad and then claimed he had never seen the accounts.", "claimed"),
])
def test_the_same_words_judging_another_noun_stay_flagged(analyze_text: Analyze, text: str, word: str) -> None:
    assert _flagged(analyze_text(text), word)


def test_the_classes_are_data_per_language() -> None:
    classes = {c.name: c for c in load_plain("en")}
    assert {"hazard", "measure", "sport", "audience"} <= set(classes)
    assert "fire" in classes["hazard"].nouns and classes["measure"].number_preps == frozenset({"on", "since"})
    assert load_plain("xx") == ()


def test_plain_tokens_reads_the_noun_not_the_word() -> None:
    from newsprism.analyze.language import load_nlp
    from newsprism.config import Settings

    doc = load_nlp(Settings.from_env().model)("Catastrophic fires burned the hills. A catastrophic plan failed.")
    plain = plain_tokens(doc)
    words = [t.i for t in doc if t.lower_ == "catastrophic"]
    assert words[0] in plain and words[1] not in plain
