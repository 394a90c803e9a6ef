"""Which merged events reach the output (step 6 of the coder): precision rules over whole groups of mentions.

Each rule of ``OUTPUT_RULES`` is a plain function of the reader state ``r`` and one group (its mentions, the
first leads) that answers True when the group is no event of the model; a group is dropped when any rule
says so.  The rules hold for text never seen: they look at who acts and on whom, not at words of one article.
Each is switched off by name with ``extract_events(..., rules_off=...)``.
"""
from __future__ import annotations

from .reader import DocReader, Found
from .vocab import OTHER_SIDE_CATEGORIES

# backing is for someone: with no one named, a future backing is a stance, no commitment (a pledge of aid or
# of joint work stays one even when its beneficiary is no entity: "will provide aid to refugees")
PROMISED_TO_A_SIDE = frozenset({"SUPPORT"})


def lone_person_acting_on_no_one(r: DocReader, group: list[Found]) -> bool:
    """One person is the only actor of an act done to or with another side (``OTHER_SIDE_CATEGORIES``: meet,
    criticise, praise, give, work with) and no mention names that side ("the minister discussed the risks", "the
    envoy hailed it", "her visit to the region"): a remark or an errand, not an event between political actors.
    A person's act on a named recipient stays, and so do two persons acting together, a state's, body's or
    group's act with no recipient, and a person's acts on their own (resigned, demanded elections, refused).
    Real dev, 2026-12-05: 9 such events, none in the gold."""
    if group[0].category not in OTHER_SIDE_CATEGORIES or any(f.recipient for f in group):
        return False
    actors = {r.key(a) for a in group[0].actor}
    return len(actors) == 1 and all(getattr(r.entity(a), "kind", None) == "person" for a in group[0].actor)


def plan_of_cooperation_with_no_one(r: DocReader, group: list[Found]) -> bool:
    """A future backing that PLOVER folds into AGREE, promised to no one: "will support efforts to restore
    order", "will back the plan" (a stance, not a commitment made to a party).  A backing of a named side stays
    ("will support X"), and so do a future meeting (PLOVER's agreement to meet: "will host the summit") and a
    pledge of aid or joint work whose beneficiary is no entity ("will provide aid to refugees").
    Real dev, 2026-12-05: 3 such events, none in the gold; PLOVER records: none lost (with aid and
    joint work too: one lost, so they stay)."""
    return all("fold:fold_future_cooperation" in f.rule and f.coded in PROMISED_TO_A_SIDE and not f.recipient
               for f in group)


OUTPUT_RULES = (lone_person_acting_on_no_one, plan_of_cooperation_with_no_one)


def kept_groups(r: DocReader, groups: list[list[Found]]) -> list[list[Found]]:
    """The groups no switched-on rule of ``OUTPUT_RULES`` drops."""
    rules = [rule for rule in OUTPUT_RULES if rule.__name__ not in r.off]
    return [g for g in groups if not any(rule(r, g) for rule in rules)]
