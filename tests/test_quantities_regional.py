"""Quantities as Asia-Pacific, African and Gulf news write them: lakh and crore, Indian digit grouping, letter
prefixes glued to the amount ("Sh4.2 trillion", "SR101bn"), prefixes read only in their zone ("N", "Rs"), and
"votes of N" counting ballots (sentences of our own)."""
from __future__ import annotations

import pytest

from newsweave.extract.numbers import find_numbers, parse_number

from quantity_reading import read_pairs as _read


@pytest.mark.parametrize("surface, value", [
    ("4.5 lakh", 450_000), ("two lakh", 200_000), ("12 crore", 120_000_000),
    ("3.2 lakh crore", 3_200_000_000_000), ("850cr", 8_500_000_000), ("7 lakhs", 700_000),
])
def test_lakh_and_crore_scale_the_number(surface, value):
    assert parse_number(surface) == pytest.approx(value)


def test_indian_digit_groups_read_as_one_number():
    assert parse_number("12,45,300") == 1_245_300
    assert parse_number("3,456,789") == 3_456_789  # western grouping unchanged
    assert [n[3] for n in find_numbers("about 2,10,000 farmers")] == [210_000]


def test_a_scale_word_alone_is_no_number():
    assert parse_number("billion") is None and parse_number("lakhs") is None
    assert parse_number("a billion") == 1_000_000_000 and parse_number("half a million") == 500_000
    assert not list(find_numbers("Crores were lost and billions more are at stake."))


def test_a_rupee_budget_in_lakh_crore(nlp):
    got = _read(nlp, "The ministry plans to borrow ₹9.8 lakh crore next year.")
    assert (9_800_000_000_000, "INR") in got and not any(v == 9.8 for v, _ in got)


@pytest.mark.parametrize("text, value, code", [
    ("The Kenyan treasury wants to raise Sh1.6 trillion in taxes.", 1_600_000_000_000, "KES"),
    ("Nairobi county got KSh12 billion for roads.", 12_000_000_000, "KES"),
    ("Farmers were paid Ksh.300 million last month.", 300_000_000, "KES"),
    ("The port earned GH¢45.2bn (about $3bn) last year.", 45_200_000_000, "GHS"),
    ("The kingdom expects a SR70bn shortfall.", 70_000_000_000, "SAR"),
    ("The Nigerian senate passed a N49.7 trillion budget.", 49_700_000_000_000, "NGN"),
    ("In Pakistan the plan costs Rs2.1 trillion.", 2_100_000_000_000, "PKR"),
    ("South African households lost R3 billion.", 3_000_000_000, "ZAR"),
])
def test_a_letter_prefix_glued_to_the_amount_is_its_currency(nlp, text, value, code):
    got = _read(nlp, text)
    assert (value, code) in got
    assert not any(u == "count" and v >= 1_000_000_000 and v != value for v, u in got)


def test_a_one_letter_prefix_outside_its_zone_is_no_currency(nlp):
    got = _read(nlp, "Nurses ordered 400 N95 masks and 20 R2 cables.")
    assert not any(u in ("NGN", "ZAR") for _, u in got)
    assert (95, "count") not in got and (2, "count") not in got


def test_a_shared_prefix_needs_a_named_state(nlp):
    assert not any(u in ("INR", "PKR", "LKR") for _, u in _read(nlp, "The bill came to Rs 500 for each seat."))
    assert (500, "INR") in _read(nlp, "In India a seat costs Rs 500.")


def test_votes_of_a_number_count_ballots_and_a_vote_of_still_counts_voters(nlp):
    assert (2_345_678, "count") in _read(nlp, "The mayor won with votes of 2,345,678 across the region.")
    assert (71, "person") in _read(nlp, "The bill passed by a vote of 71 to 29.")


@pytest.mark.parametrize("text, value, code", [
    ("Fiji will borrow FJ$1.2 billion for its roads.", 1_200_000_000, "FJD"),
    ("The Philippine senate approved a P4.9 trillion budget.", 4_900_000_000_000, "PHP"),
    ("Lilongwe set aside MK800 million for seed.", 800_000_000, "MWK"),
    ("Papua New Guinea owes 30 million kina to the bank.", 30_000_000, "PGK"),
    ("Cairo lost 9 billion Egyptian pounds in a week.", 9_000_000_000, "EGP"),
    ("Harare printed ZiG3 billion in new notes.", 3_000_000_000, "ZWG"),
])
def test_pacific_african_and_arab_currencies(nlp, text, value, code):
    assert (value, code) in _read(nlp, text)


def test_a_one_letter_prefix_needs_an_amount_that_looks_like_money(nlp):
    got = _read(nlp, "In the Philippines the P5 envoys met; fares rose to P1,250 and the fund holds P2.5 billion.")
    assert (1250, "PHP") in got and (2_500_000_000, "PHP") in got
    assert not any(v == 5 for v, _ in got)


@pytest.mark.parametrize("text, value", [
    ("The border agency said nearly 60,000 have fled since March.", 60_000),
    ("At least 17 drowned when the ferry overturned.", 17),
    ("Around 300 perished in the besieged town last winter.", 300),
])
def test_a_bare_number_doing_what_people_do_counts_people(nlp, text, value):
    assert (value, "person") in _read(nlp, text)


def test_a_bare_number_subject_of_another_verb_is_not_read_as_people(nlp):
    assert (40, "person") not in _read(nlp, "Of the trucks, 40 broke down on the road.")


@pytest.mark.parametrize("text, value", [
    ("Some 6,500 internally displaced people slept in the stadium.", 6_500),
    ("The camp holds 2,300 IDPs from the hills.", 2_300),
    ("The blast left 14 seriously injured miners.", 14),
    ("Over 450 Rohingya landed on the beach at dawn.", 450),
])
def test_people_under_agency_names_and_adverbs(nlp, text, value):
    assert (value, "person") in _read(nlp, text)


def test_an_adverb_before_a_modifier_keeps_a_thing_a_count(nlp):
    assert (30, "count") in _read(nlp, "The council built 30 newly paved roads.")


def test_a_people_of_two_words_is_counted_even_untagged(nlp):
    assert (85, "person") in _read(nlp, "The coast guard rescued 85 Sri Lankans off the reef.")
    assert _read(nlp, "The 7 Habits of Highly Effective People sold well.") == []
