"""Quantities: thousands grouped by a plain space, CFA franc zones, partitives with a bound on the whole,
storm categories, and people or vehicles counted under kin/tie and body-type nouns (sentences of our own)."""
from __future__ import annotations

import pytest

from newsweave.extract.quantities import load_tables, read_quantities
from newsweave.extract.quantities.tables import zone_code


def _read(nlp, text):
    return [(q.value, q.unit) for q in read_quantities(text, nlp(text), load_tables())]


def test_a_plain_space_groups_thousands_before_a_noun(nlp):
    got = _read(nlp, "The two towns promised over 2 400 volunteers and the capital will send 1 500 police officers.")
    assert (2400, "person") in got and (1500, "person") in got
    assert (400, "person") not in got and (2, "count") not in got


def test_a_text_with_comma_groups_keeps_spaced_digits_apart(nlp):
    got = _read(nlp, "The agency counted 1,250 arrivals, and 3 400 boats were stopped.")
    assert (3400, "count") not in got


def test_no_space_group_after_a_month(nlp):
    assert all(v != 5200 for v, _ in _read(nlp, "On May 5 200 people marched in the square."))


@pytest.mark.parametrize("place, code", [("Gabon", "XAF"), ("Senegal", "XOF")])
def test_cfa_francs_take_the_code_of_the_named_state(nlp, place, code):
    text = f"The court in {place} fined the firm 3 billion CFA francs on Monday."
    assert (3_000_000_000, code) in _read(nlp, text)


def test_cfa_francs_without_a_state_of_one_zone_get_no_currency():
    assert zone_code("A fine of 2 million CFA francs was set.", "XAF/XOF") is None
    assert zone_code("Traders from Chad and Mali paid in CFA francs.", "XAF/XOF") is None
    assert zone_code("The mayor of Niamey, Niger, paid in CFA francs.", "XAF/XOF") == "XOF"


def test_a_named_zone_needs_no_state(nlp):
    assert (500_000, "XOF") in _read(nlp, "She was fined 500,000 West African CFA francs.")


def test_a_bound_on_the_whole_does_not_hide_the_partitive_noun(nlp):
    assert (12, "person") in _read(nlp, "The group still holds 12 of the more than 90 hostages it seized in March.")


def test_a_storm_category_is_no_amount(nlp):
    assert _read(nlp, "A category three hurricane is expected to reach the coast late on Sunday.") == []


@pytest.mark.parametrize("text, value, unit", [
    ("Agents searched the offices of about 40 of his associates.", 40, "person"),
    ("Two aides and five relatives were questioned.", 5, "person"),
    ("The rebels drove off with three pickups from the depot.", 3, "vehicle"),
])
def test_tie_nouns_are_people_and_pickups_are_vehicles(nlp, text, value, unit):
    assert (value, unit) in _read(nlp, text)
