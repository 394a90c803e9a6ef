"""Quantities (issue 19): a decimal comma or point with a stray space beside it ("at 5, 1%", "and 4 .9%") is
one number when one or two digits and a percent follow it; lists ("3, 10%"), clauses ("over 65, 9% said")
and dates ("on June 4, 2% ...") stay two numbers. Sentences of our own."""
from __future__ import annotations

import pytest

from newsweave.extract.quantities import atoms
from quantity_reading import read_pairs as _pairs


@pytest.mark.parametrize("text, value, pieces", [
    ("Monthly prices rose at 3, 2%, the slowest pace this year.", 3.2, (3, 2)),
    ("The jobless rate fell to 7, 4% in the spring.", 7.4, (7, 4)),
    ("Food costs climbed 2 .6% in March and fuel 1.1%.", 2.6, (2, 0.6)),
    ("Turnout was 61 ,5 percent across the district.", 61.5, (61, 5)),
])
def test_a_decimal_split_by_a_stray_space_is_one_percent(nlp, text, value, pieces, monkeypatch):
    assert (value, "percent") in _pairs(nlp, text)
    monkeypatch.setattr(atoms, "_split_decimal_percents", lambda text, found, excluded, tables: found)
    off = _pairs(nlp, text)
    assert (value, "percent") not in off
    assert pieces[0] in [v for v, _unit in off]  # without the rule the whole part stands alone


@pytest.mark.parametrize("text, kept", [
    ("Tariffs of 5, 10 and 15% apply to the three bands.", (10, 15)),   # a list: two digits after the comma
    ("Rates were cut to 2, 3 or 4% depending on the loan.", (2,)),      # a list: no percent after the digit
    ("Of the voters aged over 65, 9% stayed at home.", (9,)),           # two clauses: no value-leading word
    ("On June 4, 2% of the ballots were still uncounted.", (2,)),       # a date before the comma
    ("Shares fell in 2021. 4% of the staff left.", (4,)),               # a full stop and a space end a sentence
])
def test_lists_clauses_and_dates_keep_their_numbers(nlp, text, kept):
    got = _pairs(nlp, text)
    for value in kept:
        assert (value, "percent") in got
    assert not any(unit == "percent" and value != int(value) for value, unit in got)
