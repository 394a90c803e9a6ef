"""Unknown lone attackers ("stabbed by a man", "a woman attacked the senator") as group actors named by their noun.

Rule ``lone_people`` (wt-ev159); the shared walk over agent nouns is ``groups.lone_agent_nouns``.
"""
from __future__ import annotations

from functools import lru_cache

from ..plover import PLOVER_DIR
from ...tables import read_table
from .groups import assault_verbs, lone_agent_nouns
from .state import Reading

LONE_PEOPLE_FILE = PLOVER_DIR / "lone_people.tsv"


@lru_cache(maxsize=2)
def lone_people_nouns(path=LONE_PEOPLE_FILE) -> dict[str, int]:
    """Singular noun of one plain person (``lone_people.tsv``: "man", "woman", "teenager") -> its line."""
    return {row["noun"].lower(): row.get("_line", 0) for row in read_table(path, ("noun", "source"),
                                                                           what="lone people table")}


INDEFINITE = ("a", "an")


def by_agent_of_an_assault(t) -> bool:
    """``t`` is the by-agent of a passive assault with no cue ("was stabbed by a man"), or the subject of one ("a
    woman attacked the senator"), and is told as someone unknown: an indefinite article on it ("a man"), no owner."""
    if not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in t.children):
        return False
    verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "agent" else t.head if t.dep_ == "nsubj" else None
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in assault_verbs() \
        and verb.tag_ != "VBG"


def lone_people(r: Reading) -> None:
    """Rule ``lone_people``: a singular noun of one plain person told as someone unknown (``lone_people.tsv``: "a
    man", "a woman", "a teenager") that is the by-agent or subject of an assault ("the mayor was stabbed by a man", "a
    woman attacked the senator") is the one who acted: a group named by the noun, as the convention names an unnamed
    attacker by what the text calls it (``lone_makers`` for the agent nouns named after the act, "a gunman").
    Real dev 2026-12-07 (635 texts, events): tp 609 -> 612, fp 436 -> 437, F1 0.545 -> 0.547, P 0.583 -> 0.583.
    One unknown private person takes no state from the place named after him ("beaten by a man in Oslo": no one of
    Norway acted; ``lone_unnamed_person_is_from_nowhere`` on the events' side)."""
    lone_agent_nouns(r, by_agent_of_an_assault, "lone-person", lone_people_nouns(), "lone_people.tsv", placed=False)
