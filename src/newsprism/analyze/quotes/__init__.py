"""Who said what: quotations, their speakers, and the author's own voice (issue #3).

- :mod:`.marks` pairs quote marks in plain text (apostrophes, curly, straight,
  guillemets, multi-paragraph quotes);
- :mod:`.cues` loads the reporting-verb lexicon (data, keyed by language) and finds cues;
- :mod:`.speakers` reads a cue's speaker from the dependency parse;
- :mod:`.mentions` reads the article's speaking entities once: mentions, roles, genders, role words;
- :mod:`.resolve` links speakers to entities, pronouns and descriptions included;
- :mod:`.acronyms` reads an acronym as the body the text named in full before it;
- :mod:`.relays` gives a report relayed by an outlet (*..., X said, according to Reuters*) to its inner speaker;
- :mod:`.kinds` turns marks and cues into direct, mixed and term quotes;
- :mod:`.indirect` finds reported speech without marks (indirect quotes);
- :mod:`.voice` maps every character to the author or a quoted speaker;
- :mod:`.stage` is the pipeline stage that ties them together.
"""

from newsprism.analyze.quotes.marks import MarkedQuote, find_marked_quotes
from newsprism.analyze.quotes.stage import QuoteStage, find_quotes
from newsprism.analyze.quotes.voice import voice_map

__all__ = ["MarkedQuote", "QuoteStage", "find_marked_quotes", "find_quotes", "voice_map"]
