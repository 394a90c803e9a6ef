"""Who takes part in a meeting named by a noun (an actor rule of ``roles.noun_actor`` for PLOVER's CONSULT).

PLOVER's CONSULT is "all consultations and meetings" ("holding talks", "discussions", "negotiations"), and its
sides are the ones meeting (PLOVER manual, "Compound and Reciprocal Actors"; real dev's gold: one record, each
side the other's recipient, which ``parties.split_joint_parties`` makes of two sides).  A meeting noun often names
its sides away from the noun itself:

- its of-phrase names the members who meet: two sides or more ("a meeting of Peru's and Chile's ministers"), or
  a body of no one state ("the summit of the Andean Community"): ``meeting_of_members``;
- the clause the noun is an adverbial of has two sides or more as its subject ("Peru and Chile failed to settle
  the row during their third day of negotiations"): ``meeting_of_coordinated_subject``.  One subject alone is no
  evidence that it took part (a state may speak "after talks" others held), so one side is never enough.

Where the meeting is held is no side of it: a place (kind location) only modifying the noun ("the Quito peace
talks") is its venue (``meeting_venue``, used by ``roles.noun_actor``).
"""
from __future__ import annotations

from .phrases import phrase_entities
from .vocab import LIGHT_PREPS, TEMPORAL_PREPS

MEETING_CATEGORIES = frozenset({"CONSULT"})
CLIMB_DEPS = ("pobj", "prep", "dobj", "obj")  # the noun's way up to the clause it belongs to
CLIMB_STEPS = 5


def venue(r, eid: str) -> bool:
    e = r.entity(eid)
    return e is not None and e.kind == "location"


def meeting_venue(r, eid: str, category: str | None) -> bool:
    """Rule ``meeting_venue``: a place modifying a meeting noun is where it is held, not who meets."""
    return category in MEETING_CATEGORIES and "meeting_venue" not in r.off and venue(r, eid)


def meeting_of_members(r, tok) -> list[str]:
    """Rule ``meeting_of_members``: the sides named by the meeting noun's of-phrase (no place: "the talks of
    Geneva" is a venue)."""
    if "meeting_of_members" in r.off:
        return []
    members = [e for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj" for e in phrase_entities(r, p) if not venue(r, e)]
    if len({r.key(e) for e in members}) >= 2 or (members and all(international_body(r, e) for e in members)):
        return members
    return []


def international_body(r, eid: str) -> bool:
    """A body of no one state ("the Andean Community"): its meeting is its members'; one state's own body ("the
    country's security council") meeting is no consultation between parties."""
    e = r.entity(eid)
    return e is not None and e.kind == "organization" and not e.country


def meeting_of_coordinated_subject(r, tok, actor_of_clause) -> list[str]:
    """Rule ``meeting_of_coordinated_subject``: a meeting noun inside a prepositional phrase of a clause
    ("during talks", "at a later round of negotiations") whose subject names two sides or more: those sides met."""
    if "meeting_of_coordinated_subject" in r.off:
        return []
    cur, through_prep = tok, False
    for _ in range(CLIMB_STEPS):
        if cur.dep_ not in CLIMB_DEPS or cur.head.i == cur.i:
            return []
        if cur.dep_ == "prep":
            if cur.lower_ not in LIGHT_PREPS | TEMPORAL_PREPS:
                return []
            through_prep = True
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            break
    else:
        return []
    if not through_prep or cur.pos_ not in ("VERB", "AUX"):
        return []
    sides = [e for e in actor_of_clause(r, cur, set()) if not venue(r, e)]
    return sides if len({r.key(e) for e in sides}) >= 2 else []


def meeting_parties(r, tok, category: str | None, actor_of_clause) -> list[str]:
    """The sides of a meeting noun named away from it (see the module), with the rule that found them in
    ``r.role_rule``; [] when none is."""
    if category not in MEETING_CATEGORIES or tok.pos_ != "NOUN":
        return []
    sides = meeting_of_members(r, tok)
    rule = "meeting_of_members"
    if not sides:
        sides, rule = meeting_of_coordinated_subject(r, tok, actor_of_clause), "meeting_of_coordinated_subject"
    if sides:
        r.role_rule = f"meetings:{rule}"
    return sides
