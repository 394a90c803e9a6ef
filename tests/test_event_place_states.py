"""The state of a place (issue 13): a town the text names lies in the state the place gazetteer puts it in
(``entities.place_states.states_of_places``), so a strike on the town is received by that state and police acting
in it are that state's; a name towns of several states share resolves only by the states the article names or by
a far larger namesake.  Every sentence is invented for the test; each positive case fails with the rule off."""
from __future__ import annotations

import pytest

from event_pipeline import coded
from newsweave.extract.entities.place_states import state_of_place_name
from newsweave.extract.places import load_places

RULE = "states_of_places"
TWO_PARTIES = ("Brazil and Argentina signed a grain deal on Monday. Argentine officials praised it, and Brazilian "
               "farmers cheered. ")


def _found(nlp, options, text, off=()):
    return [(t, a, r) for t, a, r, _why in coded(nlp, options, text, doc_id="doc_place_states", entity_off=off)]


@pytest.mark.parametrize("text, event", [
    # police acting in a town of one of the two states: that state's police
    (TWO_PARTIES + "Police arrested the union leader Diego Paredes in the city of Rosario.", ("COERCE", ["ARG"])),
    # a strike on a town of a state the text names: that state receives it
    ("Peru and Ecuador traded accusations this week. Ecuadorian drones struck Piura on Sunday, officials said.",
     ("ASSAULT", ["ECU"], ["PER"])),
])
def test_a_town_stands_in_the_state_the_gazetteer_puts_it_in(nlp, options, text, event):
    def hit(found):
        return any((t, a) == event[:2] and (len(event) == 2 or r == event[2]) for t, a, r in found)
    assert hit(_found(nlp, options, text)), _found(nlp, options, text)
    assert not hit(_found(nlp, options, text, off=(RULE,))), "the case does not test the rule"


def test_police_in_a_town_of_a_third_state_are_neither_sides(nlp, options):
    # Salto: towns in Brazil, Uruguay and Argentina; the text names Brazil and Argentina, so it settles nothing
    found = _found(nlp, options, TWO_PARTIES + "Police arrested the union leader Diego Paredes in the city of Salto.")
    assert not any(t == "COERCE" and a in (["ARG"], ["BRA"]) for t, a, _r in found), found


@pytest.fixture(scope="module")
def places():
    return load_places()


@pytest.mark.parametrize("name, named, state", [
    ("Rosario", {"ARG"}, "ARG"),       # the article's state settles a shared name
    ("Rosario", set(), None),          # ... and without it a town not ten times its namesakes stays unplaced
    ("Salto", {"ARG", "URY"}, None),   # two named states both have a Salto
    ("Salto", {"URY"}, "URY"),
    ("Kharkiv", set(), "UKR"),         # a city of over a million with no namesake of its size
    ("Virginia", {"USA"}, None),       # a small town of another state shares a name the gazetteer has no region for
    ("Sao Paulo", set(), "BRA"),       # another spelling, when no place has the name as its own
    ("Nowhere Town", {"ARG"}, None),
])
def test_a_shared_name_resolves_only_by_the_article_or_a_far_larger_namesake(places, name, named, state):
    assert state_of_place_name(places.lookup(name), named, name) == state


@pytest.mark.parametrize("name, named, state", [
    ("Matsu", {"JPN", "TWN", "CHN"}, None),  # GeoNames lists it among Matsue's other names: no Japanese island
    ("Sao Paulo", {"BRA"}, "BRA"),           # the main name without its accent still counts
])
def test_only_a_city_s_own_name_spelled_another_way_places_it(places, name, named, state):
    assert places.lookup(name)  # the gazetteer does list the name
    assert state_of_place_name(places.lookup(name), named, name) == state


def test_a_town_of_a_third_state_is_where_a_two_state_story_happens_not_a_party(nlp, options):
    # the state a venue lies in counts for no side of the story (events.reader.article_dyad): still Peru and Chile
    border = ("Peru and Chile have argued over the fishing grounds for months. Chilean officials say the waters "
              "belong to Chile. Lima disputes that reading, and Peruvian boats keep fishing there. The envoys flew "
              "to the city of Istanbul, and in the city of Istanbul they met again; Istanbul was calm. ")
    found = _found(nlp, options, border + "On Monday Peru agreed to share the catch figures.")
    assert any(t == "AGREE" and a == ["PER"] and r == ["CHL"] for t, a, r in found), found
