"""Quantities (issue 19, fresh pages of round 45): a part "out of" a whole that names its noun ("three out of ten
provinces") is an amount of that noun, a bare "3 out of 4" stays a proportion; a party's tally after its name or
acronym ("BN 16 seats") is no code; dollar-sign prefixes of other currencies ("R$", "N$"); an informal plural
for people ("folks"); ages after a speaker's name and age thresholds ("14 years and older") are no amounts
(sentences of our own)."""
from __future__ import annotations

import pytest

from quantity_reading import read_pairs as _read


@pytest.mark.parametrize("text, expected", [
    ("The opposition now governs three out of ten provinces.", [(3, "count"), (10, "count")]),
    ("Rebels hold 4 out of 12 districts in the north.", [(4, "count"), (12, "count")]),
    ("The Greens took eleven out of the 60 seats on offer.", [(11, "count"), (60, "count")]),
])
def test_a_part_out_of_a_whole_that_names_its_noun_counts_that_noun(nlp, text, expected):
    assert _read(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Three out of four said they would not vote again.",
    "Nine out of 10 agreed with the plan.",
    "Only 40 out of 100 voters turned up at the hall.",  # a share of people
    "One in five children in the valley is underweight.",
])
def test_a_bare_proportion_stays_no_amount(nlp, text):
    assert _read(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The KDP won 31 seats and the PUK 18 seats in the new assembly.", [(31, "count"), (18, "count")]),
    ("Labour took 210 seats, SNP nine out of 57 seats in the north.", [(210, "count"), (9, "count"), (57, "count")]),
    ("The ANC polled 400 votes more than the DA in the ward.", [(400, "count")]),
])
def test_a_party_tally_after_its_name_or_acronym_is_an_amount(nlp, text, expected):
    assert _read(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "He installed a GTX 1660 graphics card last week.",
    "The council cited UNSCR 2231 in its note.",
    "She still runs Windows 11 on the office laptop.",
])
def test_a_code_after_an_acronym_or_a_name_stays_a_label(nlp, text):
    assert _read(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Tickets cost R$ 45 in Recife, or about $9.", [(45, "BRL"), (9, "USD")]),
    ("The levy is N$500 in Windhoek and R1,500 in Cape Town, South Africa.", [(500, "NAD"), (1500, "ZAR")]),
    ("A meal costs J$2,000 in Kingston.", [(2000, "JMD")]),
    ("The bill came to $1,200 in Ohio.", [(1200, "USD")]),
])
def test_a_dollar_sign_prefix_of_another_currency_names_it(nlp, text, expected):
    assert _read(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("At least 12 folks were hurt when the bridge gave way.", [(12, "person")]),
    ("Some 30 folks and 5 others were rescued from the roof.", [(30, "person"), (5, "person")]),
    ("The storm flattened 12 barns near the river.", [(12, "count")]),
])
def test_folks_are_people(nlp, text, expected):
    assert _read(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("“We lost everything,” said Tomas, 19. The flood took 40 homes.", [(40, "count")]),
    ("“It was loud,” a neighbour told Ana Ruiz, 33.", []),
    ("The centre admits pupils 14 years and older from the district.", []),
    ("Residents aged 65 years or over receive 30 days of care.", [(30, "duration")]),
    ("The seats went to the Greens, 17.", [(17, "count")]),  # no speech verb before the name: not an age
    ("The siege lasted 14 years and more.", [(14, "duration")]),
])
def test_ages_after_a_speaker_and_age_thresholds_are_no_amounts(nlp, text, expected):
    assert _read(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Parties that won seats: the Greens with 40 seats, the Liberal Front (LF) (12), Unity (seven).",
     [(40, "count"), (12, "count"), (7, "count")]),
    ("The UDP took 14 seats, the NRP 11 seats and the PFA six, out of the 31 seats in the council.",
     [(14, "count"), (11, "count"), (6, "count"), (31, "count")]),
])
def test_a_tally_in_brackets_or_after_a_gap_in_a_results_list_is_an_amount(nlp, text, expected):
    assert _read(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The review by Okafor (5) was cited in court.", []),  # a footnote mark: no tally before it
    ("The review by Okafor (5) found that 30 rooms were empty.", [(30, "count")]),
])
def test_a_bracketed_number_without_a_tally_before_it_stays_a_reference(nlp, text, expected):
    assert _read(nlp, text) == expected
