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
