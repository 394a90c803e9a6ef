"""Plural nouns a modifier makes an armed group acting for no state ("armed groups", "separatist groups"): the
two-word agent nouns of an armed sector in the PETRARCH2 agents table are groups named by the two words
(entities.groups.modified_groups)."""
from __future__ import annotations

import pytest

from event_pipeline import coded, events_of


def roles_of(nlp, options, text, off=()):
    return [(t, a, r) for t, a, r, _ in coded(nlp, options, text, entity_off=off)]


@pytest.mark.parametrize("text, event", [
    # acting ("armed groups": UAF), and on the receiving end of an act ("separatist groups": REB)
    ("Armed groups attacked a police convoy near Bunia on Tuesday.", ("ASSAULT", ["armed groups"], [])),
    ("Chadian troops attacked separatist groups near the border on Monday.",
     ("ASSAULT", ["TCD"], ["separatist groups"])),
])
def test_a_modifier_making_an_armed_group_names_the_party(nlp, options, text, event):
    assert event in roles_of(nlp, options, text)
    assert event not in roles_of(nlp, options, text, off=("modified_groups",))


@pytest.mark.parametrize("text, name", [
    # a modifier of no armed sector ("opposition parties": OPP) makes no group of this rule
    ("Opposition parties accused the Zambian government of rigging the count.", "opposition parties"),
    # a name owning them says whose they are
    ("Mali's armed groups attacked a convoy near Gao.", "armed groups"),
    # any such groups, not ones the text speaks of
    ("The envoy urged all armed groups to lay down their weapons before the vote in Goma.", "armed groups"),
    # a kind, told by a restrictive relative clause
    ("Police said armed groups that smuggle fuel had attacked a depot near Kano.", "armed groups"),
    # members listed: the named members act
    ("Armed groups, including the Zintan Brigade, attacked the airport in Tripoli.", "armed groups"),
])
def test_no_modified_group_of_no_armed_sector_or_owned_by_a_name(nlp, options, text, name):
    _events, entities = events_of(nlp, options, text)
    assert name not in [e.name for e in entities.entities]
