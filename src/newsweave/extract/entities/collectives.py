"""Bare collective group nouns: "the opposition" alone is one group party (rule ``bare_collective_group``, read by
``groups.unnamed_groups``); the nouns are data (``data/plover/collective_groups.tsv``)."""
from __future__ import annotations

from functools import lru_cache

from ..plover import PLOVER_DIR
from ...tables import read_table
from .state import Reading

COLLECTIVE_GROUPS_FILE = PLOVER_DIR / "collective_groups.tsv"
SWITCH_COLLECTIVE = "bare_collective_group"


@lru_cache(maxsize=2)
def collective_groups(path=COLLECTIVE_GROUPS_FILE) -> dict[str, tuple[int, str]]:
    """Singular collective group nouns ("opposition") -> their line in the table and their Phoenix sector."""
    return {row["noun"]: (row.get("_line", 0), row["sector"])
            for row in read_table(path, ("noun", "sector", "source"), what="collective groups table")}


def one_state(r: Reading) -> str | None:
    """The one state the text names (its country mentions all of one code), else None."""
    codes = {s.country for s in r.spans if s.kind == "country" and s.country}
    return next(iter(codes)) if len(codes) == 1 else None


def bare_collective(t, taken: set[int]) -> bool:
    """Rule ``bare_collective_group``: "the opposition" alone, the head of its phrase (not "opposition leader X",
    not "the opposition's candidate"), with nothing before it but "the" or a ranking word ("the main opposition"):
    the whole side, one group party, with the text's one state as its context (``one_state``; no state when it
    names two or none: whose opposition, the text does not say).  Real dev 2026-12-07 (608 texts, events): tp 556 ->
    558, fp 416 -> 415; only in a text of one state: tp 557, fp 415.
    "Any opposition", "no opposition" are no party."""
    if t.tag_ != "NN" or t.dep_ in ("compound", "poss") or any(c.dep_ == "case" for c in t.children):
        return False
    left = [c for c in t.children if c.i < t.i]
    return any(c.lower_ == "the" for c in left) and all(c.lower_ == "the" or c.dep_ == "amod" and c.i not in taken
                                                         for c in left)
