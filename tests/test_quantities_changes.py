"""Quantities: a figure's change and the level it reached ("rose by two to 86") are two amounts of the unit of
what is counted, not a range; the number after a verb of change's "to" or "by" is no date or time the tagger
read ("rose to 57 overnight") (sentences of our own)."""
from __future__ import annotations

import pytest

from quantity_reading import read_pairs as _pairs


@pytest.mark.parametrize("text, change, level, unit", [
    ("The number of dead rose by two to 86 on Tuesday.", 2, 86, "person"),
    ("The death toll climbed by 30 to 310, the agency said.", 30, 310, "person"),
    ("Casualties increased by 12 to 301, the ministry said.", 12, 301, "person"),
    ("The number of ships in the fleet rose by two to 14.", 2, 14, "count"),
    ("The price of a barrel rose by $2 to $86.", 2, 86, "USD"),
])
def test_a_change_by_an_amount_and_its_new_level_are_two_amounts(nlp, text, change, level, unit):
    pairs = _pairs(nlp, text)
    assert (change, unit) in pairs and (level, unit) in pairs


@pytest.mark.parametrize("text, low", [
    ("Prices are expected to rise by 20 to 30 percent next year.", 20),
    ("The plan would cut emissions by 10 to 20 this decade.", 10),
    ("Output fell by 5 to 50 percent across the region.", 5),
])
def test_a_range_after_by_stays_one_range(nlp, text, low):
    from newsweave.extract.quantities import load_tables, read_quantities
    readings = read_quantities(text, nlp(text), load_tables())
    assert any(q.value == low and q.value_max is not None for q in readings)


@pytest.mark.parametrize("text, value", [
    ("The death toll rose to 57 overnight, officials said.", 57),
    ("The toll has risen to at least 61 overnight.", 61),
    ("The number of dead rose by two to 86 on Tuesday.", 86),
    ("The number of injured has climbed to 140 this morning.", 140),
])
def test_the_new_level_of_a_figure_is_no_date_or_time(nlp, text, value):
    assert (value, "person") in _pairs(nlp, text)


@pytest.mark.parametrize("text", [
    "The vote was moved to 12 May.",
    "Talks were delayed to 3 pm on Friday.",
    "The meeting was pushed back to 5 pm on Sunday.",
])
def test_a_date_after_a_verb_that_changes_no_figure_stays_a_date(nlp, text):
    assert not [v for v, _u in _pairs(nlp, text) if v in (12, 3, 5)]
