"""Whose people or things an act of force hit, named by where they come from (events/origins.py).  Every sentence
here is invented for the test."""
from __future__ import annotations

import pytest

from event_pipeline import events_of

RULES = ("people_hit_from_a_state", "projectile_launched_from_a_state")


def roles(nlp, options, text, off=()):
    events, entities = events_of(nlp, options, text, off=off)
    names = {e.id: e.name for e in entities.entities}
    return [(e.event_type, [names[x] for x in e.recipient]) for e in events]


@pytest.mark.parametrize("text, want", [
    # people named by no entity, a from-phrase right after them (the parser hangs it on the verb)
    ("Peruvian troops shot two soldiers from Bolivia.", ("ASSAULT", ["Bolivia"])),
    ("Peruvian police arrested two men from Bolivia.", ("COERCE", ["Bolivia"])),
    # a thing hit that was launched from a state
    ("The Peruvian air force shot down drones launched from Bolivia.", ("ASSAULT", ["Bolivia"])),
])
def test_what_was_hit_belongs_to_the_state_it_comes_from(nlp, options, text, want):
    assert want in roles(nlp, options, text)
    assert want not in roles(nlp, options, text, off=RULES)


@pytest.mark.parametrize("text", [
    # troops leaving a state: a retreat's from-phrase is the territory left, not whose troops they are
    "Peru withdrew two battalions from Bolivia.",
    # a from-phrase not right after the people hit
    "Peruvian troops shot two soldiers near the river from positions in Bolivia.",
])
def test_a_from_phrase_that_is_no_origin_of_the_hit_changes_nothing(nlp, options, text):
    assert roles(nlp, options, text) == roles(nlp, options, text, off=RULES)


def actors(nlp, options, text, off=()):
    events, entities = events_of(nlp, options, text, off=off)
    names = {e.id: e.name for e in entities.entities}
    return [(e.event_type, [names[x] for x in e.actor]) for e in events]


@pytest.mark.parametrize("text, kind", [
    # (two states named: no one state's authorities are taken to have made the arrest)
    ("Tensions rose on the border of Peru and Chile after the arrest of two Bolivian soldiers.", "COERCE"),
    ("Tensions rose on the border after the killing of a Bolivian soldier in a skirmish.", "ASSAULT"),
])
def test_the_people_an_act_noun_is_done_to_are_no_actor(nlp, options, text, kind):
    # rule acted_on_is_no_actor (events/roles.py): "the arrest of X's soldiers" is no act of X
    assert (kind, ["Bolivia"]) not in actors(nlp, options, text)
    assert (kind, ["Bolivia"]) in actors(nlp, options, text, off=("acted_on_is_no_actor",))


@pytest.mark.parametrize("text, want", [
    # an act moving one's own people keeps their owner as its actor
    ("Bolivia protested against the deployment of Peruvian troops to the border.", ("MOBILIZE", ["Peru"])),
])
def test_the_owner_of_people_an_act_noun_moves_still_acts(nlp, options, text, want):
    assert want in actors(nlp, options, text)


@pytest.mark.parametrize("text, want", [
    # the nearest earlier name is the clause's own subject: an object pronoun is someone else
    ("Bolivian troops crossed the border. Peru attacked them on Monday.", ("ASSAULT", ["Bolivia"])),
    ("Bolivian troops crossed the border. Peruvian police fired at them on Monday.", ("ASSAULT", ["Bolivia"])),
])
def test_an_object_pronoun_is_not_its_clauses_subject(nlp, options, text, want):
    # rule object_pronoun_is_not_its_subject (events/phrases.py)
    assert want in roles(nlp, options, text)
    assert want not in roles(nlp, options, text, off=("object_pronoun_is_not_its_subject",))


def test_an_object_pronoun_still_finds_a_person_named_before(nlp, options):
    text = "Bolivia sent Carlos Soto to Lima. Peruvian police arrested him on Monday."
    assert ("COERCE", ["Carlos Soto"]) in roles(nlp, options, text)
