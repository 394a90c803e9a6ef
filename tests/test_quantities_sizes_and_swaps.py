"""Quantities: people named by what befell them, tolls the parse loses, sizes of standing bodies, spans of a
statistic, terms of an exchange, events named by a date, digit groups with letters glued on, scaled money
hyphened to its currency and plurals before an -ing word (sentences of our own)."""
from __future__ import annotations

import pytest

from newsweave.extract.numbers import find_numbers
from newsweave.extract.quantities import load_tables, read_quantities

from quantity_reading import read_pairs as _read


@pytest.mark.parametrize("text, value", [
    ("The mudslides cut the valley road, leaving more than 8,400 displaced in the district.", 8400),
    ("Scores of fans were held overnight and around 60 charged with affray.", 60),
    ("Searchers found the cabin empty; 14 missing and 9 hospitalised were listed by the clinic.", 14),
    ("After the quake some 230 stranded at the pass were flown out.", 230),
])
def test_a_participle_of_what_befell_people_counts_people(nlp, text, value):
    assert (value, "person") in _read(nlp, text)


def test_a_participle_before_its_own_noun_leaves_the_noun_to_decide(nlp):
    got = _read(nlp, "The patrol recovered 40 stranded lorries near the border.")
    assert (40, "person") not in got


def test_a_toll_the_parse_loses_as_subject_still_counts_people(nlp):
    text = ("The death toll from the gales that battered Porto Velho do Sul over the weekend has risen to 57, "
            "the regional office says.")
    assert (57, "person") in _read(nlp, text)


def test_a_toll_subject_gives_no_unit_across_another_number(nlp):
    got = _read(nlp, "The toll rose to 13 and 400 roads were shut.")
    assert (13, "person") in got and (400, "count") in got


@pytest.mark.parametrize("text, value", [
    ("Her party took 41 seats in the 225-member lower house.", 225),
    ("Only 9 of the 120-member assembly voted against it.", 120),
    ("The bill needs a majority of the 300-seat parliament.", 300),
])
def test_the_size_of_a_seated_body_is_a_count_of_its_seats(nlp, text, value):
    # (since wt-qty54: the real gold counts a legislature's size, "seated_body" rows of quantity_cues.tsv)
    got = _read(nlp, text)
    assert (value, "count") in got and (value, "person") not in got


def test_the_size_of_a_council_is_no_amount(nlp):
    assert all(v != 15 for v, _ in _read(nlp, "Only 9 of the 15-member council voted against it."))


def test_a_group_given_a_size_by_member_still_counts_people(nlp):
    assert (14, "person") in _read(nlp, "A 14-member team of surveyors reached the crater on Monday.")


@pytest.mark.parametrize("text, value", [
    ("Rainfall this spring ran at twice the thirty-year average across the plains.", 30),
    ("The currency slid to a 20-year low against the dollar.", 20),
])
def test_the_span_of_a_statistic_is_no_duration(nlp, text, value):
    assert all(v != value for v, _ in _read(nlp, text))


def test_a_span_before_other_nouns_stays_a_duration(nlp):
    assert (5, "duration") in _read(nlp, "Ministers agreed a five-year plan for the railways.")


@pytest.mark.parametrize("text", [
    "The two sides agreed to trade captives two hundred for two hundred.",
    "They will swap detainees one for one at the crossing.",
])
def test_the_terms_of_an_exchange_are_no_amounts(nlp, text):
    assert _read(nlp, text) == []


def test_a_number_for_a_different_number_stays_an_amount(nlp):
    assert (60, "count") in _read(nlp, "The club sold 60 tickets for 40 euros each.")


def test_an_event_named_by_month_and_day_is_no_amount(nlp):
    assert _read(nlp, "Commentators compared the siege of the assembly with the 3.15 uprising.") == []


def test_a_decimal_before_a_measure_word_stays_an_amount(nlp):
    assert (6.4, "count") in _read(nlp, "A 6.4 magnitude tremor shook the port town.")


def test_a_digit_group_with_letters_glued_on_gives_no_lone_first_digit():
    assert [n for n in find_numbers("radars that see 1,500km out to sea")] == []


@pytest.mark.parametrize("text, value, unit", [
    ("The brewery pledged a 2-million-euro fund for the harbour.", 2_000_000, "EUR"),
    ("Investors closed a three-billion-dollar takeover last week.", 3_000_000_000, "USD"),
])
def test_a_scaled_number_hyphened_to_its_currency_is_money(nlp, text, value, unit):
    assert (value, unit) in _read(nlp, text)


def test_a_plural_before_an_ing_word_is_what_is_counted(nlp):
    assert (6, "duration") in _read(nlp, "The mayor spent almost six hours touring the flooded quarter.")


@pytest.mark.parametrize("text, value, code", [
    ("The Chilean treasury will borrow 900 billion pesos next year.", 900_000_000_000, "CLP"),
    ("A Ugandan court fined the trader 40 million shillings.", 40_000_000, "UGX"),
    ("Farmers in Brazil lost 3 billion reais to the drought.", 3_000_000_000, "BRL"),
])
def test_a_currency_name_shared_by_states_takes_the_code_of_the_named_state(nlp, text, value, code):
    assert (value, code) in _read(nlp, text)


def test_pesos_with_no_state_named_get_no_currency(nlp):
    assert all(unit != "MXN" for _, unit in _read(nlp, "The lender moved 40 billion pesos to the provinces."))


def test_deaths_as_the_subject_count_people(nlp):
    assert (2_310, "person") in _read(nlp, "Road deaths climbed 9% over the year to 2,310, the regulator said.")


def test_nights_are_a_time_unit(nlp):
    assert (4, "duration") in _read(nlp, "Crowds gathered outside the court over four nights.")


@pytest.mark.parametrize("text, value, code", [
    ("The province spent 4.8 billion rand on new clinics.", 4_800_000_000, "ZAR"),
    ("Zambian farmers received 300 million kwacha in relief.", 300_000_000, "ZMW"),
    ("The Honduran court froze 90 million lempiras.", 90_000_000, "HNL"),
])
def test_more_currency_words_read_as_money(nlp, text, value, code):
    assert (value, code) in _read(nlp, text)


def test_a_newsletter_reader_count_is_no_amount(nlp):
    assert _read(nlp, "Become a member today and join 38,000 readers who back our reporting.") == []


@pytest.mark.parametrize("text", [
    "Crews cleared between 6 and 7 thousand tonnes of debris.",
    "Crews cleared between six and seven thousand tonnes of debris.",
])
def test_a_range_the_tagger_reads_as_a_date_stays_an_amount_before_its_plural(nlp, text):
    assert (6000, 7000) in [(q.value, q.value_max) for q in read_quantities(text, nlp(text), load_tables())]


def test_a_range_of_days_in_a_month_stays_a_date(nlp):
    assert _read(nlp, "The fair ran between June 6 and 7 that year.") == []


def test_a_bare_object_straight_after_a_people_verb_counts_people(nlp):
    assert (7_400, "person") in _read(nlp, "The offensive displaced 7,400 and killed at least 25 farmers.")
    assert (3_100, "person") in _read(nlp, "The clashes displaced 3,100 and injured 60 more.")
