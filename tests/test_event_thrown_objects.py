"""Objects thrown at a party are an attack (lexicon rows throw/hurl/pelt with object class ``thrown``, PETRARCH2's HURL
patterns), and a state's force named only as "officers" is the force named just before it
(``territory.organ_a_member_noun_refers_to``).  Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from event_pipeline import coded

ONE_STATE = "Protests in Kenya turned violent on Tuesday. "


def _assaults(nlp, options, text, off=()):
    return [(a, r, rule) for t, a, r, rule in coded(nlp, options, text, off=off) if t == "ASSAULT"]


@pytest.mark.parametrize("sentence", [
    "Rioters threw bottles and firecrackers at soldiers guarding the palace.",
    "Demonstrators pelted security forces with rocks.",
    "Demonstrators hurled Molotov cocktails at the riot police.",
    "Rioters were throwing stones at the police.",
])
def test_objects_thrown_at_a_states_force_are_an_attack_on_that_state(nlp, options, sentence):
    found = _assaults(nlp, options, ONE_STATE + sentence)
    assert any(r == ["KEN"] for _a, r, _rule in found), found


@pytest.mark.parametrize("sentence", [
    "The pitcher in Kenya threw the ball to the catcher.",
    "Children in Kenya threw stones into the river.",
    "Reporters in Kenya pelted the minister with questions.",
    "The Kenyan minister threw his support behind the plan.",
])
def test_a_throw_at_no_party_or_of_no_missile_is_no_attack(nlp, options, sentence):
    assert not _assaults(nlp, options, sentence)


def test_officers_are_the_force_named_just_before_them(nlp, options):
    text = "Police in Kenya dispersed the crowd. Protesters pelted officers with bottles."
    found = _assaults(nlp, options, text)
    assert any(r == ["KEN"] and "organ_a_member_noun_refers_to" in rule for _a, r, rule in found), found
    off = _assaults(nlp, options, text, off=("organ_a_member_noun_refers_to",))
    assert off and not any(r for _a, r, _rule in off), off


def test_officers_with_no_force_named_before_them_are_no_ones(nlp, options):
    text = "The company said its officers met the board. Protesters threw stones at officers. Kenya was calm."
    found = _assaults(nlp, options, text)
    assert found and not any(r for _a, r, _rule in found), found


@pytest.mark.parametrize("text", [
    "Kenya and Uganda both saw protests. Protesters threw stones at the police.",
    "Kenya and Uganda both saw protests. Police were deployed. Protesters threw stones at officers.",
    "Police in two countries, Kenya and Uganda, were attacked by protesters.",
])
def test_with_two_states_and_none_the_text_is_about_the_force_is_no_ones(nlp, options, text):
    found = _assaults(nlp, options, text)
    assert found and not any(r for _a, r, _rule in found), found


@pytest.mark.parametrize("sentence, actor", [
    ("Police used tear gas to disperse the protesters, some of whom threw stones at officers.", ["protesters"]),
    ("Police dispersed the rebels, many of whom attacked the army base.", ["rebels"]),
])
def test_a_part_of_the_antecedent_acts_for_it(nlp, options, sentence, actor):
    found = _assaults(nlp, options, "Protests in Venezuela continued. " + sentence)
    assert any(a == actor for a, _r, _rule in found), found
    off = _assaults(nlp, options, "Protests in Venezuela continued. " + sentence, off=("partitive_relative_antecedent",))
    assert not any(a == actor for a, _r, _rule in off), off
