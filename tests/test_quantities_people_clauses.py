"""Quantities: people counted by a relative clause, a partitive participle, an office written in capitals or
a person noun left singular; groups counted by a collective noun's plural; an amount listed by place that the
tagger took for a date (sentences of our own)."""
from __future__ import annotations

import pytest

from quantity_reading import read as _read, read_pairs as _pairs


@pytest.mark.parametrize("text, value", [
    ("The 12 who stayed behind sang all night.", 12),
    ("Nothing is known about the 30 that officials said were hurt in the blast.", 30),
    ("Police freed the 9 that had been kidnapped by the gang.", 9),
])
def test_a_bare_number_a_relative_clause_of_people_describes_counts_people(nlp, text, value):
    assert (value, "person") in _pairs(nlp, text)


@pytest.mark.parametrize("text, value", [
    ("The council kept the 30 that the mayor had approved.", 30),
    ("The yard repaired the 12 that were damaged in the storm.", 12),
    ("Of the 40 tickets, the 12 which sold first were cheap.", 12),
])
def test_a_relative_clause_about_things_counts_no_people(nlp, text, value):
    assert (value, "person") not in _pairs(nlp, text)


@pytest.mark.parametrize("text, value", [
    ("Officials said four of the wounded were flown to the capital.", 4),
    ("Rescuers said 12 of the injured were still in hospital on Monday.", 12),
    ("Two of the dead were children.", 2),
])
def test_a_part_of_a_participle_naming_people_counts_people(nlp, text, value):
    assert (value, "person") in _pairs(nlp, text)
    assert any(rule.startswith("partitive-of") for v, _u, rule in _read(nlp, text) if v == value)


def test_a_part_of_a_participle_naming_things_stays_a_count(nlp):
    assert (3, "count") in _pairs(nlp, "Three of the damaged were beyond repair.")


@pytest.mark.parametrize("text, value", [
    ("The province sent another 150 police officer to the border last week.", 150),
    ("The ministry deployed 40 border guard to the crossing.", 40),
])
def test_a_person_noun_left_singular_after_a_number_counts_people(nlp, text, value):
    assert (value, "person") in _pairs(nlp, text)


@pytest.mark.parametrize("text", [
    "She flew for years as a 737 pilot before the crash.",
    "The group is the \u201cFront\u201d2 member with the most reach.",
])
def test_a_label_or_a_footnote_before_a_singular_person_noun_is_no_amount(nlp, text):
    assert _pairs(nlp, text) == []


@pytest.mark.parametrize("text, value", [
    ("They formed a coalition with the 17 Greenway Members of Parliament.", 17),
    ("The 12 Senators signed the letter on Friday.", 12),
])
def test_a_person_noun_capitalised_as_an_office_counts_people(nlp, text, value):
    assert (value, "person") in _pairs(nlp, text)


def test_a_number_in_a_title_of_capitalised_things_is_no_amount(nlp):
    assert _pairs(nlp, "She wrote The 7 Habits of Quiet Leaders.") == []


@pytest.mark.parametrize("text, value, unit", [
    ("Once there were 80 rival clan militias in the region.", 80, "count"),
    ("Twelve fire crews fought the blaze overnight.", 12, "count"),
    ("The town raised 2,000 militia in a week.", 2000, "person"),
    ("Only 14 of the 40 crew were hurt in the fire.", 40, "person"),
])
def test_a_collective_noun_of_people_counts_people_singular_and_groups_plural(nlp, text, value, unit):
    assert (value, unit) in _pairs(nlp, text)


def test_an_amount_listed_by_place_is_no_date(nlp):
    text = "The quake killed 300 people in the north, 120 in the east, 45 in the west and 9 in the capital."
    assert {v for v, unit in _pairs(nlp, text) if unit == "person"} == {300, 120, 45, 9}


def test_clock_times_listed_by_part_of_day_stay_times(nlp):
    assert _pairs(nlp, "The session began on 5 in the morning, 6 in the evening.") == []
