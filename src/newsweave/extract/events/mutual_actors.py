"""The two sides of a mutual act whose subject only says "both" (an implicit actor rule, ``implicit.IMPLICIT_ACTOR_RULES``).

"Both blamed each other for the shelling", "Both accuse one another of breaking the truce": in an article about two
states (``r.dyad``), a bare "both" acting on "each other" / "one another" is the pair; the first state the article
names acts, the other receives (as ``implicit.actor_the_two_sides`` codes "the two sides accused each other"), and
``mirrors.mirror_mutual_act`` adds the other direction.  A bare "both" with any other object is left alone: "both
condemned the attack" names no pair acting on each other.
"""
from __future__ import annotations

from .grammar import object_of, subject
from .vocab import RECIPROCAL_WORDS

BARE_PAIR_PRONOUNS = frozenset({"both"})


def dyad_in_order(r) -> list[str]:
    """The article's two states in the order the article first names them."""
    order: list[str] = []
    for _start, eid in r.mention_starts:
        e = r.entities.get(eid)
        if e is not None and e.country in r.dyad and e.country not in order:
            order.append(e.country)
    return order


def actor_both_of_a_mutual_act(r, tok, entry, is_noun: bool, recipients: list[str]):
    """Rule ``actor_both_of_a_mutual_act``: a bare "both" subject of an act on "each other" in a two-state article."""
    if is_noun or not r.dyad or recipients:
        return []
    subj = subject(r, tok)
    if subj is None or subj.lower_ not in BARE_PAIR_PRONOUNS or any(c.dep_ != "punct" for c in subj.children):
        return []
    obj = object_of(r, tok)
    if obj is None or " ".join(t.lower_ for t in obj.subtree) not in RECIPROCAL_WORDS:
        return []
    order = dyad_in_order(r)
    if len(order) < 2:
        return []
    first, second = order[:2]
    return [r.dyad[second]], [r.dyad[first]]  # the dyad maps each state to the entity naming the other
