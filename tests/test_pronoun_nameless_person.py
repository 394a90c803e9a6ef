"""A subject "he"/"she" under a clause whose subject is a one-person noun naming nobody known ("the attacker said
he ...") stands for that noun, not for a person named before (phrases.person_pronoun_of_a_nameless_subject).
Every sentence here is invented for the test (issue 13)."""
from __future__ import annotations

import pytest

from event_pipeline import coded

RULE = "person_pronoun_of_a_nameless_subject"


def _roles(nlp, options, text, off=()):
    return [(t, a, r) for t, a, r, _rule in coded(nlp, options, text, off=off)]


@pytest.mark.parametrize("text, victim", [
    # the victim named before is not the one who meant to kill
    ("Lee Dorn, the mayor of Kelvin, was stabbed in Velmora. The attacker claimed that he intended to kill Dorn.",
     "Lee Dorn"),
])
def test_a_pronoun_of_a_nameless_attacker_is_not_the_victim(nlp, options, text, victim):
    found = _roles(nlp, options, text)
    assert not any(victim in a for _t, a, _r in found), found
    off = _roles(nlp, options, text, off=(RULE,))
    assert any(victim in a for _t, a, _r in off), off  # the rule is what keeps the victim out


def test_a_pronoun_of_a_named_subject_is_still_that_person(nlp, options):
    found = _roles(nlp, options, "Prime Minister Lev Harto said he would meet President Juno Bell on Monday.")
    assert any(a == ["Lev Harto"] for _t, a, _r in found), found


@pytest.mark.parametrize("text, person", [
    # a title with a state modifier stands for the person named before it
    ("Chancellor Olaf Brenner flew to Warsaw on Monday. The German leader said he met the Polish president there.",
     "Olaf Brenner"),
    ("President Ana Vela toured the border on Friday. The Chilean president said she had met Bolivian officials.",
     "Ana Vela"),
])
def test_a_pronoun_under_a_title_is_the_person_named_before(nlp, options, text, person):
    found = _roles(nlp, options, text)
    assert any(a == [person] for _t, a, _r in found), found
