"""Places as the target of an act of force, resolved to whom they belong (issue 13, part 2).

The real corpus' convention (tests/corpus/real/README.md, "Events"), as PLOVER and CAMEO code it: an attack on a
place gives the place's state as recipient.  Two ways a clause names such a place that the coder missed:

- ``recipient_holder_of_the_target_place``: the target is placed in territory the text says someone holds ("shelled
  villages in a disputed region held by Ruritania", "towns controlled by the rebels"): the holder is the recipient
  (the participles are data: ``data/plover/holding_verbs.tsv``).  Two holders named: no recipient.
- ``recipient_place_the_subject_strikes``: the act's subject is an act noun with an on/against-phrase naming a place
  or state ("drone strikes on Varna killed two"): that place's state is the recipient.  Never the actor's own.
"""
from __future__ import annotations

from functools import lru_cache

from ..plover import PLOVER_DIR
from ...tables import read_table
from .grammar import object_of, preps, subject
from .phrases import state_of_place
from .vocab import PLACE_TARGET_CATEGORIES, RECIPIENT_PREPS

HOLDING_VERBS_FILE = PLOVER_DIR / "holding_verbs.tsv"
# how deep under the target a holding participle may hang: "villages (in (a region (held (by X))))"
HOLDER_DEPTH = 4
STRUCK_PREPS = ("on", "against")
# where the act happens, when the parser hangs the place on the verb: "shelled villages in a region held by X"
LOCATING_PREPS = ("in", "inside", "across")
HOLDER_KINDS = ("country", "organization", "group")


@lru_cache(maxsize=2)
def holding_verbs(path=HOLDING_VERBS_FILE) -> frozenset[str]:
    return frozenset(row["verb"].lower() for row in read_table(path, ("verb", "source"), what="holding verbs table"))


def _stands_for(r, eid: str) -> str | None:
    """A state, a placed place (its state when named, else the place: it scores as its state) or a body."""
    e = r.entities.get(eid)
    if e is None:
        return None
    if e.kind in ("country", "location") and e.country:
        return state_of_place(r, eid) or eid
    return eid if e.kind in HOLDER_KINDS else None


def _holders(r, head, depth: int) -> list[str]:
    out: list[str] = []
    verbs = holding_verbs()
    for c in head.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs:
            for agent in c.children:
                if agent.dep_ == "agent":
                    for p in agent.children:
                        if p.dep_ == "pobj":
                            for x in [p] + [cj for cj in p.children if cj.dep_ == "conj"]:
                                out.extend(s for e in r.token_entities.get(x.i, []) if (s := _stands_for(r, e)))
        elif depth > 0 and (c.dep_ in ("prep", "pobj", "appos") or c.dep_ == "acl" and c.tag_ != "VBN"):
            out.extend(_holders(r, c, depth - 1))
    return out


def recipient_holder_of_the_target_place(r, tok, entry, obj, actors, recipients, joint):
    """An act of force on a place in territory held by one named holder falls on that holder."""
    if recipients or entry.category not in PLACE_TARGET_CATEGORIES or not actors:
        return None
    heads = ([obj] if obj is not None else []) + list(preps(r, tok, RECIPIENT_PREPS)) + list(preps(r, tok, LOCATING_PREPS))
    own = {r.key(a) for a in actors}
    found = list(dict.fromkeys(h for x in heads for h in _holders(r, x, HOLDER_DEPTH)))
    keys = {r.key(h) for h in found}
    if len(keys) != 1 or keys & own:
        return None  # none, or two holders named (whose is it?), or the actor's own
    return actors, found[:1]


def recipient_place_the_subject_strikes(r, tok, entry, obj, actors, recipients, joint):
    """An act whose subject is an act noun aimed on/against a place ("strikes on Varna killed two"): its state."""
    if recipients or entry.category not in PLACE_TARGET_CATEGORIES or not actors:
        return None
    subj = subject(r, tok)
    if subj is None or subj.pos_ != "NOUN" or r.token_entities.get(subj.i):
        return None
    own = {r.key(a) for a in actors}
    found = []
    for c in subj.children:
        if c.dep_ == "prep" and c.lower_ in STRUCK_PREPS:
            for p in c.children:
                if p.dep_ == "pobj":
                    found.extend(s for e in r.token_entities.get(p.i, []) if (s := _stands_for(r, e)))
    keys = {r.key(f) for f in found}
    if len(keys) != 1 or keys & own:
        return None
    return actors, list(dict.fromkeys(found))[:1]
