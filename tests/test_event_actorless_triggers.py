"""Triggers the coder found but had no actor for, where the sentence names the maker a step away from the trigger:
a relative clause on an appositive ("X, a populist who detained ...": ``phrases.antecedent_of_the_appositive``); a passive
arrest in a text whose lead places it in a state (``implicit.actor_authorities_of_the_sentence_state``, rule
``arrest_in_the_lead_place``).
Sentences are invented for these tests."""
from __future__ import annotations

from event_pipeline import coded


def _acts(nlp, options, text, off=()):
    return [(t, a, r) for t, a, r, _rule in coded(nlp, options, text, off=off)]


APPOSITIVE = "Maro Quint, a populist who detained three Bolivian opposition leaders last week, is widely seen as authoritarian."


def test_a_relative_clause_on_an_appositive_is_done_by_the_name_beside_it(nlp, options):
    found = coded(nlp, options, APPOSITIVE)
    assert any(t == "COERCE" and a == ["Maro Quint"] and "relative_on_an_appositive" in rule for t, a, _r, rule in found), found


def test_switched_off_the_appositive_act_has_no_actor(nlp, options):
    found = _acts(nlp, options, APPOSITIVE, off=("relative_on_an_appositive",))
    assert not any(t == "COERCE" for t, *_ in found), found


def test_an_appositive_that_names_no_one_beside_it_gives_no_actor(nlp, options):
    # the noun the relative clause hangs on is no appositive of a name: nobody is implied
    found = _acts(nlp, options, "A populist who detained three Bolivian opposition leaders last week spoke on Monday.")
    assert not any(t == "COERCE" for t, *_ in found), found



LEAD_PLACE = ("A knife attack at a fair in northern Chile killed two people on Friday. Peru and Bolivia condemned the attack. "
              "A Bolivian man has been detained.")


def test_an_arrest_in_a_text_about_a_place_is_made_by_that_places_state(nlp, options):
    found = _acts(nlp, options, LEAD_PLACE)
    assert ("COERCE", ["CHL"], ["Bolivian man"]) in found, found
    off = _acts(nlp, options, LEAD_PLACE, off=("arrest_in_the_lead_place",))
    assert not any(t == "COERCE" for t, *_ in off), off


def test_an_arrest_in_a_text_that_places_nothing_implies_no_maker(nlp, options):
    found = _acts(nlp, options, LEAD_PLACE.replace(" in northern Chile", ""))
    assert not any(t == "COERCE" for t, *_ in found), found
