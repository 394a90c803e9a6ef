"""Quantities: a bare number whose "be" clause names people, currency names that are also measures, alternatives
"N or M" as one range, and spans "ago" (sentences of our own)."""
from __future__ import annotations

import pytest

from newsweave.extract.quantities import load_tables, read_quantities


def _read(nlp, text, rules_off=frozenset()):
    return [(q.value, q.value_max, q.unit, q.unit_rule)
            for q in read_quantities(text, nlp(text), load_tables(), rules_off=frozenset(rules_off))]


def _pairs(nlp, text, rules_off=frozenset()):
    return [(v, unit) for v, _m, unit, _rule in _read(nlp, text, rules_off)]


@pytest.mark.parametrize("text, value", [
    ("When the boat capsized, at least nine were children.", 9),
    ("Nearly half of the wounded -- 14 -- were firefighters, officials said.", 14),
    ("Officials said 12 were pensioners and two were nurses.", 2),
])
def test_a_bare_number_that_is_a_person_noun_by_be_counts_people(nlp, text, value):
    assert (value, "person") in _pairs(nlp, text)
    assert any(rule.startswith("person-attribute") for v, _m, _u, rule in _read(nlp, text) if v == value)
    assert (value, "person") not in _pairs(nlp, text, {"person_attribute"})


@pytest.mark.parametrize("text, value, unit", [
    ("Of the cars towed away, seven were taxis.", 7, "vehicle"),  # the part of the cars the frame names
    ("Of the 20 sites checked, four were schools.", 4, "count"),
])
def test_a_bare_number_that_is_a_thing_by_be_stays_a_count(nlp, text, value, unit):
    assert (value, unit) in _pairs(nlp, text) and (value, "person") not in _pairs(nlp, text)


@pytest.mark.parametrize("text, value, unit", [
    ("Donors pledged 3 million pounds for the rebuilding of the school.", 3_000_000, "GBP"),
    ("The grant of 250,000 pounds reached the town in May.", 250_000, "GBP"),
    ("The harvest yielded 800 pounds of beans.", 800, "count"),
    ("The bag, sold at a low price, weighed 20 pounds.", 20, "count"),
    ("The tortoise reached 40 pounds in its tenth year.", 40, "count"),
])
def test_pounds_are_sterling_only_in_a_sentence_about_money(nlp, text, value, unit):
    assert (value, unit) in _pairs(nlp, text)


@pytest.mark.parametrize("text, low, high", [
    ("Crews expect four or five more aftershocks tonight.", 4, 5),
    ("The march drew 3,000 or 4,000 people, organisers said.", 3000, 4000),
])
def test_alternatives_a_step_apart_are_one_range(nlp, text, low, high):
    assert [(v, m) for v, m, _u, _r in _read(nlp, text)] == [(low, high)]


def test_alternatives_far_apart_stay_two_amounts(nlp):
    assert [m for _v, m, _u, _r in _read(nlp, "Estimates put the dead at 2 or 20, depending on the source.")] == [None, None]


@pytest.mark.parametrize("text, value, unit", [
    ("The dam broke 14 days ago after heavy rain.", 14, "duration"),
    ("The two leaders last met six years ago in Geneva.", 6, "duration"),
])
def test_a_span_ago_of_a_day_or_more_is_a_duration(nlp, text, value, unit):
    assert (value, unit) in _pairs(nlp, text)


def test_a_page_timestamp_ago_is_no_amount(nlp):
    assert _pairs(nlp, "Updated 25 minutes ago by the desk.") == []
