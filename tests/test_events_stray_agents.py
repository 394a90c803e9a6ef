"""The by-phrase of a passive hung on its complement (stray_agents.py, issue 13), table-driven.

Every sentence is invented for these tests (own words).  Each row is coded with the rule and without it; a
contrast row has a by-phrase of means, which names no one and gives the passive no actor.
"""
from __future__ import annotations

import pytest

from test_event_rules import _events

RULE = "actor_stray_passive_agent"

# (text, wanted (type, actor states, recipient states))
STRAY = [
    # the agent after the gerund's object of an of-phrase
    ("Peru is accused of arming the rebels by Ecuador.", ("ACCUSE", ["ECU"], ["PER"])),
    ("Bolivia was accused of sheltering the smugglers by Chile on Monday.", ("ACCUSE", ["CHL"], ["BOL"])),
    # the agent after a predicative adjective
    ("Peruvian farmers were beaten unconscious by Bolivian soldiers at the border.", ("ASSAULT", ["BOL"], ["PER"])),
]


@pytest.mark.parametrize("text, want", STRAY, ids=[t[:40] for t, _ in STRAY])
def test_the_stray_by_phrase_acts(nlp, options, text, want):
    found = [(t, a, r) for t, a, r, _aux in _events(nlp, options, text)]
    assert want in found, found
    off = [(t, a, r) for t, a, r, _aux in _events(nlp, options, text, (RULE,))]
    assert want not in off, off


@pytest.mark.parametrize("text", [
    # a by-phrase of means (a gerund): how it was done, not who did it
    "Peru is accused of funding the rebels by smuggling gold.",
    # a by-phrase of the gerund's own passive-free object noun that names no one
    "Peru is accused of arming the rebels by night.",
])
def test_a_by_phrase_of_means_gives_no_actor(nlp, options, text):
    found = _events(nlp, options, text)
    assert not any(t == "ACCUSE" and a and a != [None] for t, a, _r, _aux in found), found
