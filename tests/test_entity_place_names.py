"""A person's name a settlement noun names as a place (entities/place_names.py): "the neighbourhood of Sheikh X" is
a place, and so is every other mention of that name; own sentences, each failing with the rule off, and contrasts
the rule must leave alone."""
from __future__ import annotations

import pytest

from test_entities import run

RULE = "persons_named_as_places"


def kinds(result, surface: str) -> set[str]:
    return {result.entity(m.entity).kind for m in result.mentions if surface in m.text}


# (text, the place's name): each read as a person without the rule
PLACES = [
    ("Troops entered the northern neighbourhood of Sheikh Darwan on Monday. Later they set up checkpoints in "
     "Sheikh Darwan.", "Darwan"),
    ("Soldiers swept the Sheikh Darwan district at dawn. Residents of Sheikh Darwan fled north.", "Darwan"),
]


@pytest.mark.parametrize("text, name", PLACES)
def test_a_settlement_named_after_a_person_is_a_place(nlp, options, text, name):
    on, off = run(nlp, options, text), run(nlp, options, text, (RULE,))
    assert "person" in kinds(off, name), "the case must exercise the rule (a person without it)"
    assert kinds(on, name) == {"location"}
    assert "Sheikh " + name in {on.entity(m.entity).name for m in on.mentions}, "the title is the place's name"


# kept: a titled person named beside a settlement noun that names another place; a person with the place's
# name in an article that never names the place by a settlement noun
KEPT = [
    "Sheikh Darwan met the envoy in the town of Rabat on Monday.",
    "Sheikh Darwan said he would visit the district on Monday.",
]


@pytest.mark.parametrize("text", KEPT)
def test_a_person_beside_a_settlement_noun_stays_a_person(nlp, options, text):
    assert "person" in kinds(run(nlp, options, text), "Darwan")
