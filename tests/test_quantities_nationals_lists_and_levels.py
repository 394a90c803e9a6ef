"""Quantities (issue 19): people counted by nationality ("nine Britons", "four Togolese", "one Swiss": a
demonym of the gazetteer standing as the counted noun is `person`), a "one" closing a numbered list with its
noun left off ("three in Sagaing and one in Magway"), a year before a unit word the tagger reads as an adjective
("the 2027 general elections"), and index points after a verb of level ("stood at 212.4 points"), which are no
percentage points whatever share words the sentence holds. Each mechanism is shown to fail with it switched
off, and a contrast it must leave alone is kept. Sentences of our own."""
from __future__ import annotations

import dataclasses

import pytest

from newsweave.extract.quantities import counted, exclusions, load_tables
from quantity_reading import read_pairs as _pairs


# -- nationals as the counted noun -------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("The ferry carried 40 passengers: 30 Kenyans, nine Britons and two Danes.", 9),
    ("Among the injured were 20 Ghanaians and four Togolese.", 4),
    ("Police detained eleven Nepalese at the border.", 11),
])
def test_a_demonym_standing_as_the_noun_counts_people(nlp, text, value):
    assert (value, "person") in _pairs(nlp, text)


def test_with_the_demonym_table_off_the_nationals_are_things(nlp, monkeypatch):
    text = "Among the injured were 20 Ghanaians and four Togolese."
    monkeypatch.setattr(counted, "_demonyms", lambda: {})
    assert (4, "person") not in _pairs(nlp, text)


@pytest.mark.parametrize("text, value", [
    ("The fund bought two Swiss banks last year.", 2),
    ("The chef cooked three irish stews for the guests.", 3),
])
def test_a_demonym_before_a_noun_or_in_lower_case_counts_no_people(nlp, text, value):
    assert (value, "person") not in _pairs(nlp, text)


def test_one_national_closing_a_list_counts_a_person(nlp, monkeypatch):
    text = "Among the injured were 20 Ghanaians, four Togolese and one Swiss."
    assert (1, "person") in _pairs(nlp, text)
    monkeypatch.setattr(counted, "_demonyms", lambda: {})
    assert (1, "person") not in _pairs(nlp, text)


# -- "one" closing a numbered list, its noun left off ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The storm killed four people, three in Sagaing and one in Magway.",
    "The storm killed four people, three in Chin state and one in the Magway region.",
])
def test_one_after_a_numbered_item_is_the_list_s_last_amount(nlp, monkeypatch, text):
    assert (1, "person") in _pairs(nlp, text)
    monkeypatch.setattr(exclusions, "one_closing_a_list", lambda r, a: False)
    assert (1, "person") not in _pairs(nlp, text)


@pytest.mark.parametrize("text", [
    "He has two sons, and one of them works abroad.",
    "One said the road was closed, and another agreed.",
    "Officials met in the capital, and one said talks would resume.",
    "The island has two rival halves, one Greek and one Turkish.",
    "The board has nine seats, one held by a judge.",
])
def test_one_as_a_pronoun_stays_out(nlp, text):
    assert not any(v == 1 for v, _ in _pairs(nlp, text))


# -- a year before an adjective unit word ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "“Staff helped ensure an orderly conduct of the 2023 general elections,” the envoy said.",
    "The envoy praised the conduct of the 2023 general elections.",
])
def test_a_year_before_an_adjective_unit_word_is_a_year(nlp, monkeypatch, text):
    assert not any(v == 2023 for v, _ in _pairs(nlp, text))
    monkeypatch.setattr(exclusions, "_unit_word_as_adjective", lambda r, end: False)
    assert any(v == 2023 for v, _ in _pairs(nlp, text))


@pytest.mark.parametrize("text, value", [
    ("Some 2000 generals and 300 officers met in the hall.", 2000),
    ("The agency hired 1500 civilian volunteers for the count.", 1500),
])
def test_a_number_before_a_unit_noun_still_counts(nlp, text, value):
    assert (value, "person") in _pairs(nlp, text)


# -- index points after a verb of level ------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("The price index stood at 212.4 points in May, a 3.1 percent rise on April.", 212.4),
    ("The gauge recorded 98.2 points in March, a 1.2 percent fall.", 98.2),
    ("The share index closed at 1,840 points, up 0.4%.", 1840),
])
def test_points_after_a_verb_of_level_are_no_percentage_points(nlp, text, value):
    assert (value, "percent") not in _pairs(nlp, text)
    tables = load_tables()
    context = {k: v for k, v in tables.context.items() if k != "point_level"}
    assert (value, "percent") in _pairs(nlp, text, tables=dataclasses.replace(tables, context=context))


def test_points_of_a_share_change_stay_percentage_points(nlp):
    assert (3, "percent") in _pairs(nlp, "The ruling party's share slipped by three points to 41 percent.")
