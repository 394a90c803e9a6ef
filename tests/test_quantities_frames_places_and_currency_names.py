"""Quantities (issue 19): a sentence opened by a part-of frame of people ("Of the 30 deaths, 11 ...") frames the bare
numbers after it; a bare number a link verb puts in a place or condition only people are in ("9 were still in
hospital"); currency names after the number, with a nationality before a name several states share ("Tunisian
dinars"); people counted under other nouns ("guests"). Sentences of our own."""
from __future__ import annotations

import dataclasses

import pytest

from newsweave.extract.quantities import load_tables, read_quantities
from quantity_reading import read as _read, read_pairs as _pairs, read_pairs_off as _pairs_off


# -- a part-of frame of people opening the sentence -------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Of the 30 deaths, 11 occurred in the valley, six in the town and one each in two hamlets.", 1),
    ("Out of the total fatalities, now above the 200 counted on Friday, only 35 have been named.", 35),
    ("Of those displaced, most went north and 4,000 went east.", 4000),
])
def test_a_part_of_frame_of_people_frames_the_bare_numbers_after_it(nlp, text, value):
    assert (value, "person") in _pairs(nlp, text)
    assert any(rule.startswith("partitive-frame") for v, _u, rule in _read(nlp, text) if v == value)
    assert (value, "person") not in _pairs_off(nlp, text, "partitive_frame")


@pytest.mark.parametrize("text, value", [
    ("Of the 30 lorries, 11 reached the valley, six the town and one each the two hamlets.", 1),
    ("Out of the total shipments, now above the 200 counted on Friday, only 35 have been named.", 35),
])
def test_a_part_of_frame_of_things_frames_no_people(nlp, text, value):
    assert (value, "person") not in _pairs(nlp, text)
    assert any(v == value for v, _u in _pairs(nlp, text))


# -- a place or condition only people are in -----------------------------------------------------------------------

@pytest.mark.parametrize("text, value, row", [
    ("Doctors said 9 were still in hospital on Tuesday night.", 9, "in hospital"),
    ("The clinic said 5 remain in intensive care after the crash.", 5, "in intensive care"),
    ("Police said 17 were in custody after the march.", 17, "in custody"),
    ("Three are in a critical condition, a nurse said.", 3, "in critical condition"),
])
def test_a_bare_number_in_a_place_only_people_are_in_counts_people(nlp, text, value, row):
    assert row in load_tables().context["people_state"]
    assert (value, "person") in _pairs(nlp, text)
    assert any(rule.startswith("people-state") for v, _u, rule in _read(nlp, text) if v == value)
    assert (value, "person") not in _pairs_off(nlp, text, "people_state")


@pytest.mark.parametrize("text, value", [
    ("The depot said 9 were still in storage on Tuesday night.", 9),
    ("The port said 17 were in transit after the storm.", 17),
])
def test_a_bare_number_in_a_place_of_things_counts_no_people(nlp, text, value):
    assert (value, "person") not in _pairs(nlp, text)
    assert any(v == value for v, _u in _pairs(nlp, text))


# -- currency names after the number ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, code, surface", [
    ("A bus ticket that cost 250 kwanzas now costs 600 kwanzas.", 600, "AOA", "kwanzas"),
    ("The court ordered him to pay 80,000 Tunisian dinars.", 80000, "TND", "tunisian dinars"),
    ("Bread rose to 45 Algerian dinars a loaf.", 45, "DZD", "algerian dinars"),
    ("The fare is 30 meticais on the new line.", 30, "MZN", "meticais"),
])
def test_a_listed_currency_name_after_the_number_is_money(nlp, text, value, code, surface):
    tables = load_tables()
    assert (value, code) in _pairs(nlp, text)
    # the row is what reads it: without it the amount is no longer that money
    trimmed = dataclasses.replace(tables, currency_suffix={k: v for k, v in tables.currency_suffix.items()
                                                           if k.lower() != surface})
    assert surface in {k.lower() for k in tables.currency_suffix}
    assert (value, code) not in [(v, u) for v, u, _r in _read(nlp, text, tables=trimmed)]


def test_a_name_of_length_after_the_number_stays_a_measure(nlp):
    assert not any(u in ("AOA", "TND", "DZD", "MZN") for _v, u in _pairs(nlp, "The bus drove 250 kilometres."))


# -- people counted under other nouns -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Some 700 guests crowded into the hall.", 700),
    ("More than 2,000 mourners lined the road.", 2000),
    ("About 90 attendees signed the letter.", 90),
])
def test_people_counted_under_other_nouns_are_people(nlp, text, value):
    assert (value, "person") in _pairs(nlp, text)


def test_things_counted_after_the_number_stay_counts(nlp):
    assert (700, "count") in _pairs(nlp, "Some 700 chairs crowded into the hall.")


# -- the later ages of a list the age label opens ----------------------------------------------------------------

def _values_off(nlp, text, rule_name):
    return [q.value for q in read_quantities(text, nlp(text), load_tables(), rules_off=frozenset({rule_name}))]


@pytest.mark.parametrize("text, age", [
    ("Two men aged 51 and 64 were hurt in the crash.", 64),
    ("Victims aged 19, 22 and 30 were named on Monday.", 30),
    ("Two sisters aged 33 and 70 died in the fire.", 70),
])
def test_the_later_ages_of_a_list_opened_by_aged_are_no_amounts(nlp, text, age):
    assert age not in [v for v, _u in _pairs(nlp, text)]
    assert age in _values_off(nlp, text, "age_in_a_pair")


def test_a_count_after_a_closed_age_clause_stays_an_amount(nlp):
    assert (64, "person") in _pairs(nlp, "Two men aged 51 were hurt and 64 were evacuated.")
