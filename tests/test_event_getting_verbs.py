"""A nominal act that is the object of a verb of getting ("X drew condemnation from Y") is aimed at the verb's
subject, and that subject never makes it (extract/events/undergone.py, roles.noun_actor).

Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from event_pipeline import assert_rule_makes, roles

RULE = "recipient_subject_of_the_getting_verb"

GOT = [
    # (text, the event with the rule on; with it off no event has these roles)
    ("Rwanda's decision drew condemnation from Belgium on Monday.", ("ACCUSE", ["BEL"], ["RWA"])),
    ("The Kenyan president faced criticism from Uganda over the border closure.", ("ACCUSE", ["UGA"], ["KEN"])),
    ("Venezuela drew sharp criticism from Colombia after the arrests.", ("ACCUSE", ["COL"], ["VEN"])),
]


@pytest.mark.parametrize("text,event", GOT, ids=[t[:40] for t, _ in GOT])
def test_the_subject_of_the_getting_verb_receives_the_act(nlp, options, text, event):
    assert_rule_makes(nlp, options, text, RULE, event)


def test_the_subject_of_the_getting_verb_does_not_make_the_act(nlp, options):
    got = roles(nlp, options, "Rwanda's attack on Burundi drew wide condemnation.")
    assert ("ASSAULT", ["RWA"], ["BDI"]) in got, got
    assert not any(t == "ACCUSE" and "RWA" in a for t, a, _r in got), got


@pytest.mark.parametrize("text,event", [
    ("Belgium condemned Rwanda on Monday.", ("ACCUSE", ["BEL"], ["RWA"])),
    ("Ghana received food aid from Japan last week.", ("AID", ["JPN"], ["GHA"])),
    ("Peru was accused by Chile of violating the treaty.", ("ACCUSE", ["CHL"], ["PER"])),
])
def test_acts_not_got_by_a_subject_keep_their_roles(nlp, options, text, event):
    assert event in roles(nlp, options, text)
    assert event in roles(nlp, options, text, off=(RULE,))
