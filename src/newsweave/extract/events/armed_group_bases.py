"""Rule ``base_state_of_an_armed_group``: a state's adjective or name modifying a non-state armed group ("the Somali
militant group al-Shabaab", "Afghanistan's Taliban") tells where the group is from, as PLOVER and PETRARCH2 code such a
group as its own actor with a country code: the state is context, never a second actor beside the group."""
from __future__ import annotations

from ..entities.descriptions import ARMED_ROLE, petrarch_armed_names
from ..gazetteer import load_gazetteer

MODIFIER_DEPS = ("amod", "compound", "nmod", "poss")


def armed_group(e) -> bool:
    """A non-state armed group: of the gazetteer's role "armed group", or named as one of PETRARCH2's."""
    entry = load_gazetteer().entries.get(e.id)
    return entry is not None and entry.role == ARMED_ROLE or e.name.lower() in petrarch_armed_names()


def without_base_states(r, x, found: list[str]) -> list[str]:
    """The entities of the phrase headed by ``x`` without a state that only modifies the armed group it names."""
    if len(found) < 2 or "base_state_of_an_armed_group" in r.off:
        return found
    entities = [r.entities.get(eid) for eid in found]
    if not any(e is not None and e.kind != "country" and armed_group(e) for e in entities):
        return found
    # (the state modifies the head or the group's name itself: "Iraq's al-Qaeda frontman" names Iraq of the frontman)
    heads = {x.i} | {t.i for t in x.subtree if any(e is not None and e.kind != "country" and armed_group(e)
                                                   for e in map(r.entities.get, r.token_entities.get(t.i, ())))}
    modifiers = {eid for t in x.subtree if t.dep_ in MODIFIER_DEPS and t.head.i in heads
                 for eid in r.token_entities.get(t.i, ())}
    kept = [e.id for e in entities if e is not None and not (e.kind == "country" and e.id in modifiers)]
    if len(kept) < len(found):
        r.role_rule = r.role_rule or "armed_group_bases:base_state_of_an_armed_group"
    return kept or found
