"""A request that names no addressee but whose content names one state is made of that state ("urged action on the
prisoners held in Bolivia": BOL), rule ``recipient_state_the_demand_is_about`` (events.addressees).  Every sentence here
is invented for the test."""
from __future__ import annotations

import pytest

from event_pipeline import coded

RULE = "recipient_state_the_demand_is_about"

# (text, the state the demand is laid on)
CASES = [
    # the object of the request, the state in a participle's place phrase
    ("The Chilean foreign minister urged action on the prisoners still held in Bolivia.", "BOL"),
    # the for-phrase of "called for"
    ("The Chilean foreign minister called for an immediate ceasefire in Bolivia.", "BOL"),
    # a second for-phrase coordinated with the first, the state as a possessor
    ("The Chilean foreign minister called for an end to the violence and for talks to resolve Bolivia's political "
     "crisis.", "BOL"),
]


@pytest.mark.parametrize("text, state", CASES)
def test_the_state_a_demand_is_about_receives_it(nlp, options, text, state):
    found = coded(nlp, options, text)
    assert any(t == "REQUEST" and r == [state] and RULE in why for t, _a, r, why in found), found
    off = coded(nlp, options, text, off=(RULE, "recipient_the_one_party_of_its_clause"))
    assert not any(t == "REQUEST" and state in r for t, _a, r, _why in off), off


@pytest.mark.parametrize("text", [
    # a town where something is to happen is a venue, not the state asked
    "The Chilean foreign minister called for talks in Lima.",
    # two states in the content: no one of them is the one asked
    "The Chilean foreign minister called for talks between Bolivia and Peru.",
    # only the requester's own state
    "The Chilean foreign minister called for calm across Chile.",
])
def test_no_one_state_in_the_content_leaves_no_recipient(nlp, options, text):
    found = coded(nlp, options, text)
    assert not any(RULE in why for _t, _a, _r, why in found), found
    assert all(not r for t, _a, r, _why in found if t == "REQUEST"), found


def test_an_addressee_named_keeps_its_own_reading(nlp, options):
    # "urged Bolivia to...": the addressee is the recipient by the clause itself, not by this rule
    found = coded(nlp, options, "The Chilean foreign minister urged Bolivia to release the prisoners held in Peru.")
    assert any(t == "REQUEST" and r == ["BOL"] and RULE not in why for t, _a, r, why in found), found
