"""Whose people or things an act of force hit, named by where they come from (rules ``people_hit_from_a_state``,
``projectile_launched_from_a_state``): "shot two soldiers from X", "shot down drones launched from X".  The
convention codes an attack by the state of its target (tests/corpus/real/README.md, "Events")."""
from __future__ import annotations

from .grammar import preps
from .phrases import names_people, phrase_entities, state_of_place
from .vocab import LAUNCH_VERBS, PLACE_TARGET_CATEGORIES

PLACE_KINDS = frozenset({"country", "location"})


def states_of(r, p) -> list[str]:
    """The states a from-phrase's object names or lies in (a place only when the text names its state)."""
    out = []
    for e in phrase_entities(r, p, kinds=PLACE_KINDS):
        s = state_of_place(r, e)
        if s and s not in out:
            out.append(s)
    return out


def people_hit_from_a_state(r, tok, obj, category: str) -> list[str]:
    """Rule ``people_hit_from_a_state``: people hit by force, named by no entity and followed at once by a
    from-phrase ("killed three fighters from X", "shot two soldiers from X"), are X's people: the parser hangs the
    from-phrase on the verb, but it says whose the people are (an act of force has no source phrase)."""
    if "people_hit_from_a_state" in r.off or obj is None or category not in PLACE_TARGET_CATEGORIES:
        return []
    if obj.i in r.token_entities or phrase_entities(r, obj) or not names_people(r, obj):
        return []
    after = obj.right_edge.i + 1
    return [s for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == after
            for p in c.children if p.dep_ == "pobj" for s in states_of(r, p)]


def projectile_launched_from_a_state(r, tok, obj, category: str) -> list[str]:
    """Rule ``projectile_launched_from_a_state``: a thing hit that the text says was launched or fired from a state
    ("shot down drones launched from X", "intercepted missiles fired from X") is that state's: X is the one
    the act is aimed at, not the one who acts."""
    if "projectile_launched_from_a_state" in r.off or obj is None or category not in PLACE_TARGET_CATEGORIES:
        return []
    return [s for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in LAUNCH_VERBS
            for p in preps(r, c, {"from"}) for s in states_of(r, p)]


def origin_of_the_hit(r, tok, obj, category: str) -> list[str]:
    """The state whose people or things were hit, by where they come from (the two rules above, in order)."""
    return people_hit_from_a_state(r, tok, obj, category) or projectile_launched_from_a_state(r, tok, obj, category)
