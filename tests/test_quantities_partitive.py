"""Quantities: a part counted out of a whole named after "of" and a determiner takes the whole's noun as its
unit (sentences of our own)."""
from __future__ import annotations

import pytest

from newsweave.extract.quantities import load_tables, read_quantities


def _read(nlp, text):
    return [(q.value, q.unit, q.unit_rule.split()[0]) for q in read_quantities(text, nlp(text), load_tables())]


@pytest.mark.parametrize("text, value, unit", [
    ("A motion needs at least 120 of the 180 members of the town assembly.", 120, "person"),
    ("Only 14 of the 40 crew were hurt in the fire.", 14, "person"),
    ("The storm sank 3 of their 9 boats.", 3, "count"),
])
def test_a_part_of_a_whole_is_counted_in_the_wholes_unit(nlp, text, value, unit):
    assert (value, unit, "partitive-of") in _read(nlp, text)


def test_of_without_a_determiner_is_no_partitive(nlp):
    assert not any(rule == "partitive-of" for _, _, rule in _read(nlp, "The vote was 120 of 180 in favour."))


@pytest.mark.parametrize("text, value", [
    ("Three judges dissented from the ruling.", 3),
    ("The court convicted seven defendants on Tuesday.", 7),
    ("Police detained four suspects near the market.", 4),
    ("Two teenagers and a baby were rescued from the roof.", 2),
])
def test_people_counted_under_role_legal_and_age_nouns_are_persons(nlp, text, value):
    assert any(v == value and unit == "person" for v, unit, _rule in _read(nlp, text))


@pytest.mark.parametrize("text, value, unit", [
    ("The governing parties now control 61 of 101 councillors after the vote.", 61, "person"),
    ("Rescuers reached 9 of 14 villages cut off by the flood.", 9, "count"),
])
def test_a_part_before_of_and_a_counted_whole_takes_the_wholes_unit(nlp, text, value, unit):
    assert (value, unit, "part-of-whole") in _read(nlp, text)


def test_a_part_of_a_bare_whole_borrows_nothing(nlp):
    assert (12, "count", "bare-number") in _read(nlp, "The score stood at 12 of 30 by noon.")


@pytest.mark.parametrize("text, value", [
    ("Officers held more than 80 individuals overnight.", 80),
    ("The camp took in 45 unaccompanied minors last month.", 45),
    ("Some 300 participants joined the march through the old town.", 300),
])
def test_people_counted_under_status_and_role_nouns_are_persons(nlp, text, value):
    assert any(v == value and unit == "person" for v, unit, _rule in _read(nlp, text))


def test_a_tally_listed_by_weekday_is_no_date(nlp):
    text = "Police said detentions kept rising, with 48 on Friday, 20 on Saturday, 120 on Sunday."
    assert {v for v, _unit, _rule in _read(nlp, text)} >= {48, 20, 120}


def test_a_day_number_after_a_weekday_stays_a_date(nlp):
    assert not any(v == 9 for v, _unit, _rule in _read(nlp, "The talks resume on Thursday, 9 October, in Geneva."))
