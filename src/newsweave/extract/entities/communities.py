"""Places that name no acting state (issue 13, part 2: actors and recipients as event data needs them).

- ``venues_are_no_party``: a capital as the compound modifier of a meeting or agreement noun ("the Quito talks",
  "the Doha round") names where the meeting is held, a place in its state, not a party to it.

The words are data (``data/gazetteer/community_words.tsv``; its ``marker`` words, "ethnic", "local", are read by
``events.phrases.home_of_people``: a people marked a community is coded by the state it lives in, never its kin state).
"""
from __future__ import annotations

from functools import lru_cache

from ..gazetteer import CAPITAL, GAZETTEER_DIR, NAME
from ...tables import read_table
from .state import Reading, Span

COMMUNITY_WORDS_FILE = GAZETTEER_DIR / "community_words.tsv"


@lru_cache(maxsize=2)
def community_words(path=COMMUNITY_WORDS_FILE) -> dict[str, frozenset[str]]:
    """class -> its words (``marker``, ``venue``)."""
    out: dict[str, set[str]] = {}
    for row in read_table(path, ("word", "class", "source"), what="community words table"):
        out.setdefault(row["class"], set()).add(row["word"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def venues_are_no_party(r: Reading) -> None:
    """A capital modifying a meeting or agreement noun ("the Quito talks") is the venue: a place of its state."""
    venues = community_words().get("venue", frozenset())
    doc = r.doc
    for i, s in enumerate(r.spans):
        if s.kind != "country" or s.form != CAPITAL:
            continue
        head = doc[s.end - 1]
        if head.dep_ != "compound" or head.head.lower_ not in venues or head.head.i < s.end:
            continue
        text = doc[s.start:s.end].text
        r.spans[i] = Span(s.start, s.end, s.cstart, s.cend, ("new", "location", text), "location", NAME, text,
                          s.country, "venue", s.rule.replace("gazetteer:", "gazetteer:venue:", 1))
