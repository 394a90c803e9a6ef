"""Whom an act is done to, named by a noun of people ("the crowd", "the congregation", "his supporters"): the object
of the act or of "at"/"on"/"against", or the subject of a passive act, is the recipient, a group named by the noun
(tests/corpus/real/README.md, "Events": non-state recipients by what the text calls them; entities.groups.patient_groups
with data/plover/patient_people.tsv).  Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from event_pipeline import coded
from newsweave.extract.entities.groups import patient_people

RULE = "patient_groups"

# (text, event type, recipient named by the noun)
CASES = [
    # the object of "on" / "at"
    ("Masked gunmen burst into a chapel in Lagos and opened fire on the congregation.", "ASSAULT", "congregation"),
    ("Kenyan riot police fired tear gas at the crowd outside the stadium.", "ASSAULT", "crowd"),
    ("Kenyan riot police fired rubber bullets at his supporters near the court.", "ASSAULT", "supporters"),
    # a civil noun of the agents table as the object of "at"
    ("Kenyan riot police fired rubber bullets at mourners near the cemetery.", "ASSAULT", "mourners"),
    # the object of the act
    ("The Kenyan interior ministry accused the crowd of burning two buses.", "ACCUSE", "crowd"),
    ("Kenyan officers detained 14 individuals near the market on Friday.", "COERCE", "individuals"),
    # the subject of a passive act of force
    ("Dozens of worshippers were killed by Kenyan soldiers in the town.", "ASSAULT", "worshippers"),
]


@pytest.mark.parametrize("text, category, noun", CASES)
def test_a_people_noun_on_the_receiving_end_is_the_recipient(nlp, options, text, category, noun):
    found = coded(nlp, options, text)
    assert any(t == category and noun in r for t, _a, r, _why in found), found
    off = coded(nlp, options, text, entity_off=(RULE,))
    assert not any(t == category and noun in r for t, _a, r, _why in off), off


def test_a_vehicle_fired_on_keeps_its_own_reading(nlp, options):
    # a convoy is no people noun: no group named by it
    found = coded(nlp, options, "Kenyan soldiers opened fire on the convoy near the border.")
    assert found and not any("convoy" in r for _t, _a, r, _why in found), found


@pytest.mark.parametrize("text", [
    "A crowd gathered outside the Kenyan parliament on Monday.",
    "Supporters of the Kenyan president cheered in the capital.",
])
def test_a_people_noun_as_subject_is_no_recipient(nlp, options, text):
    found = coded(nlp, options, text)
    assert not any(n in r for _t, _a, r, _why in found for n in ("crowd", "supporters")), found


def test_a_people_noun_named_by_an_owner_is_left_to_the_name(nlp, options):
    # "supporters of al-Shabaab": the named group is whom the act falls on, not a group "supporters"
    found = coded(nlp, options, "Kenyan troops fired on supporters of al-Shabaab near the border.")
    assert not any("supporters" in r for _t, _a, r, _why in found), found


def test_the_people_table_is_data_with_a_source():
    nouns = patient_people()
    assert {"crowd", "congregation", "supporters"} <= set(nouns)
    assert "convoy" not in nouns and "police" not in nouns


def test_people_handed_over_are_no_recipient(nlp, options):
    # prisoners freed or swapped are what the act hands over, not whom it is aimed at
    found = coded(nlp, options, "Kenya freed 40 prisoners and handed them to Somalia on Friday.")
    assert not any("prisoners" in r for _t, _a, r, _why in found), found
    assert "prisoners" not in patient_people() and "inmates" not in patient_people()


def test_the_audience_of_a_statement_is_no_recipient(nlp, options):
    found = coded(nlp, options, "The Kenyan president conceded defeat on Friday, telling reporters he would step aside.")
    assert not any("reporters" in r for _t, _a, r, _why in found), found
