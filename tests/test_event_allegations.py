"""An act a statement only alleges is no event; the accusation is (extract/events/allegations.py).  Every sentence
here is written for the test."""
from __future__ import annotations

import pytest

from event_pipeline import coded, roles

RULE = "act_only_alleged"


@pytest.mark.parametrize("text, alleged", [
    # the act charged, within reach of the word of accusation, is the accuser's claim
    ("Bolivia blamed the rebel army of killing four farmers near the border.", "ASSAULT"),
    # an aside inside the charge, too: the accuser's description of the accused
    ("Chile accused Peru's president, who expressed his support for the rebels, of meddling in its vote.", "SUPPORT"),
])
def test_an_act_inside_an_accusation_is_dropped(nlp, options, text, alleged):
    assert not any(t == alleged for t, _a, _r in roles(nlp, options, text)), coded(nlp, options, text)
    # with the rule off the act inside the accusation is coded
    assert any(t == alleged for t, _a, _r in roles(nlp, options, text, off=(RULE,)))


@pytest.mark.parametrize("text, kept", [
    # the accusation itself stays
    ("Bolivia blamed the rebel army of killing four farmers near the border.", ("ACCUSE", ["BOL"])),
    ("Chile accused the Peruvian army of collaborating with rebel forces in the north.", ("ACCUSE", ["CHL"])),
    # an act joined to the accusation, outside its content, stays
    ("Chile accused Peru of arming the rebels, and Peru expelled two Chilean diplomats on Monday.",
     ("SANCTION", ["PER"])),
    # a fact reported under any other cue stays
    ("The Chilean ministry said Peru had shelled the border posts on Monday.", ("ASSAULT", ["PER"])),
    ("The Peruvian government announced that Chile had detained dozens of fishermen.", ("COERCE", ["CHL"])),
])
def test_the_accusation_and_reported_facts_stay(nlp, options, text, kept):
    assert any((t, a) == kept for t, a, _r in roles(nlp, options, text)), coded(nlp, options, text)
