"""Quantities: a bare number right after a part-of frame opening its sentence counts the frame's noun ("Of the
rescued miners, three ...") and an elliptical "Another 9 ..." after it counts it too; people counted under nouns
of ties and in need (sentences of our own)."""
from __future__ import annotations

import pytest

from quantity_reading import read as _read, read_pairs as _pairs


@pytest.mark.parametrize("text, value, unit", [
    ("Of the rescued miners, three were taken to hospital.", 3, "person"),
    ("Among the recovered bodies, four were named by police.", 4, "person"),
    ("Of the 300 detained migrants, only 40 had papers.", 40, "person"),
    ("Of the seized boats, three were sunk.", 3, "count"),
    ("Of the 12 damaged tanks, two were repaired.", 2, "vehicle"),
    ("Out of the 5,000 fans in the stadium, around 300 ran onto the pitch.", 300, "person"),
    ("Of the 50 bodies which were pulled from the river, 9 have been named.", 9, "person"),
])
def test_the_number_after_a_fronted_part_of_frame_counts_its_noun(nlp, text, value, unit):
    assert (value, unit) in _pairs(nlp, text)
    assert any(rule.startswith("part-of-fronted-frame") for v, _u, rule in _read(nlp, text) if v == value)


@pytest.mark.parametrize("text, value, unit", [
    ("Of the rescued miners, three were taken to hospital. Another 9 are still at the site.", 9, "person"),
    ("Of the seized boats, three were sunk. Another 6 are in the harbour.", 6, "count"),
])
def test_another_amount_after_the_frame_counts_the_same_noun(nlp, text, value, unit):
    assert (value, unit) in _pairs(nlp, text)


@pytest.mark.parametrize("text", [
    "Of these, three were taken to hospital.",
    "Of the options on the table, two were rejected at once.",
])
def test_a_frame_without_a_listed_people_noun_counts_no_people(nlp, text):
    assert not [v for v, u in _pairs(nlp, text) if u == "person"]


def test_the_frame_rule_switched_off_leaves_a_bare_count(nlp):
    assert (3, "count") in _pairs(nlp, "Of the rescued miners, three were taken to hospital.",
                                  {"part_of_fronted_frame"})


@pytest.mark.parametrize("text, value", [
    ("The agency said 2 million are in need of food aid.", 2_000_000),
    ("Some 40,000 were in need of shelter after the storm.", 40_000),
    ("She was treated for cuts along with three colleagues.", 3),
    ("He travelled with two friends and a guide.", 2),
])
def test_people_in_need_and_people_named_by_their_ties_are_persons(nlp, text, value):
    assert (value, "person") in _pairs(nlp, text)
