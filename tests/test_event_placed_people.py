"""People on the receiving end of an act named with where they are or come from, a town or region only ("fired tear gas
at protesters in Mombasa", "arrested a man from Nakuru"): the people are the recipient, named by the noun, not the
place (entities.groups.placed_below_a_state, switch ``people_placed_below_a_state``; the prepositions are
data/plover/coder_words.tsv, list ``people_place_preps``).  Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from event_pipeline import coded
from newsweave.extract.entities.groups import SWITCH_PLACED
from newsweave.extract.events.vocab import PEOPLE_PLACE_PREPS

# (text, event type, the people noun that receives, the place that must not)
CASES = [
    # a group noun of the agents table as the object of "at"
    ("Kenyan police fired tear gas at protesters in Mombasa.", "ASSAULT", "protesters", "Mombasa"),
    # a civil noun counted ("dozens of villagers") as the object of the act
    ("Kenyan troops killed dozens of villagers in Garissa.", "ASSAULT", "villagers", "Garissa"),
    # a plain person noun of a coercive act, where he comes from
    ("Kenyan police arrested a 41-year-old man from Nakuru on suspicion of murder.", "COERCE", "man", "Nakuru"),
    # the same as the subject of a passive act
    ("A 41-year-old man from Nakuru was arrested by Kenyan police on Sunday.", "COERCE", "man", "Nakuru"),
]


@pytest.mark.parametrize("text, category, noun, place", CASES)
def test_people_placed_by_a_town_receive_the_act(nlp, options, text, category, noun, place):
    found = coded(nlp, options, text)
    assert any(t == category and noun in r and place not in r for t, _a, r, _why in found), found
    off = coded(nlp, options, text, entity_off=(SWITCH_PLACED,))
    assert not any(t == category and noun in r for t, _a, r, _why in off), off


@pytest.mark.parametrize("text, state", [
    # a state named where they come from or are: that state's people, as before
    ("Kenyan police arrested two men from Uganda on Sunday.", "UGA"),
    ("Kenyan police fired tear gas at protesters in Uganda.", "UGA"),
])
def test_people_placed_by_a_state_stay_that_states(nlp, options, text, state):
    found = coded(nlp, options, text)
    assert found and all(state in r for _t, _a, r, _why in found), found
    assert not any(n in r for _t, _a, r, _why in found for n in ("men", "man", "protesters")), found


def test_people_in_a_region_the_gazetteer_places_stay_that_states(nlp, options):
    # a region placed in a state by the gazetteer stands for that state: the rule leaves the reading as it was
    text = "The Sudanese army fired on protesters in Darfur on Monday."
    found = coded(nlp, options, text)
    assert found == coded(nlp, options, text, entity_off=(SWITCH_PLACED,)), found
    assert not any("protesters" in r for _t, _a, r, _why in found), found


def test_people_named_by_a_body_stay_the_bodys(nlp, options):
    # a body, not a town: "students at Moi University" are left to the body's name
    found = coded(nlp, options, "Kenyan police detained dozens of students at Moi University.")
    assert found and not any("students" in r for _t, _a, r, _why in found), found


def test_an_acting_group_placed_by_a_town_is_left_as_it_was(nlp, options):
    # the rule is for the receiving end only: rebels in Garissa who act are no new group by this rule
    on = coded(nlp, options, "Rebels in Garissa attacked a Kenyan police post.")
    off = coded(nlp, options, "Rebels in Garissa attacked a Kenyan police post.", entity_off=(SWITCH_PLACED,))
    assert on == off


def test_the_place_prepositions_are_data():
    assert {"in", "from", "at"} <= PEOPLE_PLACE_PREPS and "of" not in PEOPLE_PLACE_PREPS
