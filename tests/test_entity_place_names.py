"""A person's name a settlement noun names as a place (entities/place_names.py): "the neighbourhood of Sheikh X" is
a place, and so is every other mention of that name; own sentences, each failing with the rule off, and contrasts
the rule must leave alone; and places named after a state ("Niger State", "Northern Ireland": places.tsv rows)."""
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


# a place whose name holds a state's name (gazetteer/places.tsv): the place, never that state; the state the
# place lies in, if any, is its country ("British Columbia" lies in Canada, not in the United Kingdom)
STATE_IN_PLACE_NAME = [
    ("Floods cut roads across Niger State on Tuesday, officials in Minna said.", "Niger State", "NER", "NGA"),
    ("Fishermen found the boat drifting on the Niger River near a ferry crossing.", "Niger River", "NER", None),
    ("Bushfires closed roads near Dubbo in New South Wales late on Friday.", "New South Wales", "ZAF", "AUS"),
    ("Voters in Northern Ireland queued early at a school in Newry.", "Northern Ireland", "IRL", "GBR"),
    ("Two tankers collided in the Gulf of Finland on Sunday night.", "Gulf of Finland", "FIN", None),
]


@pytest.mark.parametrize("text, place, state, country", STATE_IN_PLACE_NAME)
def test_a_place_named_after_a_state_is_the_place(nlp, options, text, place, state, country):
    result = run(nlp, options, text)
    ents = {result.entity(m.entity).name: result.entity(m.entity) for m in result.mentions}
    assert state not in {e.country for e in ents.values() if e.kind == "country"}
    assert ents[place].kind == "location" and ents[place].country == country


def test_the_state_itself_is_still_read(nlp, options):
    """Contrast: the state named plainly beside such a place stays a state."""
    result = run(nlp, options, "Niger closed its border with Niger State after the clashes, officials said.")
    assert "NER" in {result.entity(m.entity).country for m in result.mentions
                     if result.entity(m.entity).kind == "country"}
