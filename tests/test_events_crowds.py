"""Crowd control: tear gas, water cannon and baton charges are force used on a crowd (PLOVER ASSAULT mode crowd-control,
lexicon rows of that mode), and the crowd the act answers is its recipient (extract/events/crowds.py).

Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from event_pipeline import assert_rule_makes, coded, roles

RULE = "recipient_the_crowd_it_answered"

ANSWERED = [
    ("Kenyan police fired tear gas as the protesters hurled stones.", ("ASSAULT", ["KEN"], ["protesters"])),
    ("Thousands of protesters fled the square when Kenyan police fired tear gas.", ("ASSAULT", ["KEN"], ["protesters"])),
    ("The demonstrators threw bottles at the Chilean police, who responded with tear gas.",
     ("ASSAULT", ["CHL"], ["demonstrators"])),
]


@pytest.mark.parametrize("text, event", ANSWERED, ids=[a[0][:40] for a in ANSWERED])
def test_crowd_control_is_used_on_the_crowd_it_answers(nlp, options, text, event):
    assert_rule_makes(nlp, options, text, RULE, event)


@pytest.mark.parametrize("text", [
    "Kenyan police fired tear gas while the Kenyan president spoke.",
    "Kenyan troops fired rockets as the protesters marched.",
])
def test_no_crowd_or_no_crowd_control_takes_no_recipient_from_the_clause(nlp, options, text):
    assert not any(RULE in why for _t, _a, _r, why in coded(nlp, options, text))


WEAPONS = [
    ("Peruvian riot police fired tear gas outside the stadium.", ("ASSAULT", ["PER"], [])),
    ("Peruvian police reacted with water cannon.", ("ASSAULT", ["PER"], [])),
]


@pytest.mark.parametrize("text, event", WEAPONS, ids=[w[0][:40] for w in WEAPONS])
def test_crowd_control_weapons_are_force(nlp, options, text, event):
    assert event in roles(nlp, options, text)
