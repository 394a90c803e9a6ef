"""The doer of an act noun inside a trend noun: "the militia's surge in attacks", "the group's string of raids".

The possessor of the trend noun (``data/plover/trend_nouns.tsv``) is the one who carries out the act the noun
names, not a party to the trend: it is the act's actor, as the possessor of the act noun itself would be ("the
militia's attacks").  A rule of extract/events/roles.py's ``noun_actor``.
"""
from __future__ import annotations

from ..plover import PLOVER_DIR
from .phrases import phrase_entities
from .vocab import word_sets

TREND_FILE = PLOVER_DIR / "trend_nouns.tsv"
TREND_NOUNS = word_sets(TREND_FILE)["trend_noun"]
# how the act noun hangs on the trend noun ("a surge in attacks", "a string of raids")
TREND_PREPS = frozenset({"of", "in"})


def trend_possessor(r, tok) -> list[str]:
    """The entities of the possessor of the trend noun whose of/in phrase is the act noun ``tok``, else []."""
    if "trend_possessor" in r.off or tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in TREND_PREPS:
        return []
    trend = tok.head.head
    if trend.lemma_.lower() not in TREND_NOUNS or trend.i == tok.head.i:
        return []
    for c in trend.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            ents = phrase_entities(r, c)
            if ents:
                return ents
    return []
