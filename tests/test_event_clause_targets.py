"""An act read without its other side takes the one party its own words name (extract/events/clause_targets.py).
Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from event_pipeline import assert_rule_makes, roles

RULE = "recipient_the_one_party_of_its_clause"


@pytest.mark.parametrize("text, event", [
    # the parse hangs the state on the factions' place, not on the backing: the one party named
    ("Ecuador has long backed rival factions in Bolivia's divided parliament.", ("SUPPORT", ["ECU"], ["BOL"])),
    # a denial whose words name one other party
    ("The Red Cross denied it had received complaints from Chile.",
     ("REJECT", ["International Committee of the Red Cross"], ["CHL"])),
])
def test_an_act_with_no_recipient_takes_the_one_party_its_words_name(nlp, options, text, event):
    assert_rule_makes(nlp, options, text, RULE, event)


@pytest.mark.parametrize("text, event", [
    # two parties named: a list, no one
    ("The Red Cross denied it had received complaints from Chile or Peru.",
     ("REJECT", ["International Committee of the Red Cross"], [])),
    ("Ecuador has long backed rival factions in the parliaments of Bolivia and Peru.", ("SUPPORT", ["ECU"], [])),
    # a state named only as where the actor is, or as the owner of a place: no party
    ("The Red Cross mission in Ecuador denied it had received any complaints.",
     ("REJECT", ["International Committee of the Red Cross"], [])),
    ("Ricardo Paz, the governor of Chile's Atacama region, has resigned after weeks of pressure over the floods.",
     ("RETREAT", ["Ricardo Paz"], [])),
])
def test_two_parties_or_a_place_give_no_recipient(nlp, options, text, event):
    # (a denial left with no accuser is dropped by denials.py: off, to see what this rule gave it)
    assert event in roles(nlp, options, text, off=("denial_of_no_named_accuser",))
