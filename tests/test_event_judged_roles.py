"""Roles and senses from the fiftieth round's hand judgement (issue 13): a vessel's sea, the grounds of an arrest,
the members of a person's side, an ordered release.

Every sentence is invented for these tests (own words).  Each rule is checked with and without it (``off``), with
contrast sentences where it must not change the roles.
"""
from __future__ import annotations

import pytest

from event_pipeline import roles


def _roles(nlp, options, text, off=()):
    return roles(nlp, options, text, off=off)


# where_a_vessel_is: the sea or strait a vessel is in is no party of the seizure
VESSELS = [
    ("French authorities detained a cargo ship in the Mediterranean Sea.", "FRA", "Mediterranean"),
    ("Greek coast guard seized an oil tanker in the Aegean Sea.", "GRC", "Aegean Sea"),
]


@pytest.mark.parametrize("text,actor,sea", VESSELS, ids=lambda v: str(v)[:30])
def test_a_vessels_sea_is_no_recipient(nlp, options, text, actor, sea):
    got = _roles(nlp, options, text)
    assert any(t == "COERCE" and a == [actor] and sea not in r for t, a, r in got), got
    off = _roles(nlp, options, text, off=("where_a_vessel_is",))
    assert any(t == "COERCE" and sea in r for t, a, r in off), off


def test_a_vessels_flag_state_still_names_it(nlp, options):
    got = _roles(nlp, options, "Finnish authorities have detained an oil tanker registered in Panama.")
    assert ("COERCE", ["FIN"], ["PAN"]) in got, got


def test_people_in_a_place_are_still_its_own(nlp, options):
    # not a vessel: the place of a group of people is where they are from (the rule leaves it)
    got = _roles(nlp, options, "Russian warplanes bombed a fuel depot in Syria.")
    assert ("ASSAULT", ["RUS"], ["SYR"]) in got, got


# grounds_not_a_party: "on suspicion of ..." says why, not to whom
def test_the_grounds_of_an_arrest_name_no_recipient(nlp, options):
    text = "Swedish police detained the crew on suspicion of cutting a power cable in the North Sea."
    got = _roles(nlp, options, text)
    assert any(t == "COERCE" and a == ["SWE"] and "North Sea" not in r for t, a, r in got), got
    off = _roles(nlp, options, text, off=("grounds_not_a_party",))
    assert any(t == "COERCE" and "North Sea" in r for t, a, r in off), off


@pytest.mark.parametrize("text,event", [
    ("Kenya imposed sanctions on Uganda.", ("SANCTION", ["KEN"], ["UGA"])),
    ("Russian jets carried out strikes on Kyiv.", ("ASSAULT", ["RUS"], ["UKR"])),
], ids=["sanctions on", "strikes on"])
def test_other_on_phrases_still_name_the_recipient(nlp, options, text, event):
    assert event in _roles(nlp, options, text)


# members_not_the_person: "ministers from his own party" are not he
def test_members_of_a_persons_party_are_not_the_person(nlp, options):
    text = ("Paul Kagame tried to dissolve parliament on Wednesday. Lawmakers from his own party accused him of "
            "attempting a coup.")
    self_accused = ("ACCUSE", ["Paul Kagame"], ["Paul Kagame"])
    assert self_accused not in _roles(nlp, options, text)
    assert self_accused in _roles(nlp, options, text, off=("members_not_the_person",))


def test_a_persons_own_ministers_are_still_his(nlp, options):
    # the pronoun on the group itself (no preposition between): the group is the person's (left as it was)
    text = "Paul Kagame spoke on Wednesday. His ministers attacked the protesters."
    assert ("ASSAULT", ["Paul Kagame"], ["protesters"]) in _roles(nlp, options, text)


# an ordered release is the release itself, not a request to the released (lexicon row of `order`, ev135)
def test_an_ordered_release_is_no_request_to_the_released(nlp, options):
    text = "When President Ruto ordered the mass release of students and activists, the crowds cheered."
    got = _roles(nlp, options, text)
    assert not any(t == "REQUEST" for t, _a, _r in got), got
    assert ("RETREAT", ["William Ruto"], ["activists"]) in got, got


def test_an_order_to_others_is_still_a_request(nlp, options):
    got = _roles(nlp, options, "Kenya ordered Uganda to return to talks.")
    assert any(t == "REQUEST" and a == ["KEN"] for t, a, _r in got), got
