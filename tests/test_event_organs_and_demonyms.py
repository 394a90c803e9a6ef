"""A bare organ name and a state's adjective before an armed group: whose organ "Congress" is in a story naming one
other state (entities ``organs_of_the_one_state``), and a demonym that only says where an armed group is from
(events ``base_state_of_an_armed_group``).  Sentences are invented for these tests."""
from __future__ import annotations

from event_pipeline import coded

PERU = ("Lima, Peru -- The president faced new pressure on Tuesday. Last week, Congress asked the president to answer "
        "questions about the contracts. The Peruvian finance minister said the government would cooperate.")


def _actors(found, kind):
    return [a for t, a, _r, _rule in found if t == kind]


def test_a_bare_congress_in_a_story_on_one_state_is_that_states_congress(nlp, options):
    found = coded(nlp, options, PERU)
    assert ["Peruvian Congress"] in _actors(found, "REQUEST"), found
    off = coded(nlp, options, PERU, entity_off=("organs_of_the_one_state",))
    assert ["United States Congress"] in _actors(off, "REQUEST"), off


def test_the_us_congress_named_with_its_state_stays_american(nlp, options):
    found = coded(nlp, options, PERU.replace("Last week, Congress", "Last week, the US Congress"))
    assert ["United States Congress"] in _actors(found, "REQUEST"), found


def test_a_state_whose_legislature_is_not_a_congress_keeps_the_us_one(nlp, options):
    found = coded(nlp, options, "Congress approved new sanctions on Iran on Tuesday. Tehran condemned the vote.")
    assert any("United States Congress" in a for a in _actors(found, "SUPPORT")), found
    assert not any("Iranian Congress" in a for t, a, *_ in found), found


SHABAAB = "The Somali militant group al-Shabaab attacked a bus in northern Kenya on Monday, killing ten passengers."


def test_a_demonym_before_an_armed_group_is_no_second_attacker(nlp, options):
    attackers = _actors(coded(nlp, options, SHABAAB), "ASSAULT")
    assert attackers and all(a == ["Al-Shabaab"] for a in attackers), attackers
    off = _actors(coded(nlp, options, SHABAAB, off=("base_state_of_an_armed_group",)), "ASSAULT")
    assert any("SOM" in a for a in off), off


def test_a_states_troops_are_the_state(nlp, options):
    found = coded(nlp, options, "Somali troops attacked an al-Shabaab camp near Jowhar on Sunday, an officer said.")
    assert any(a == ["SOM"] for a in _actors(found, "ASSAULT")), found
