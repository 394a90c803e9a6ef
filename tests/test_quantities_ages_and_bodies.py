"""Quantities (round 52): ages are no amounts however they are written — in months, weeks or days ("a six-month-old
girl"), of a person named by office, camp or name ("the 70-year-old incumbent, who ...", "the 60-year-old VP"),
after "aged" set off by commas, closing a sentence after a person's name ("named as Maria Lopez, 44."), or all a
"he was"/"she is" says ("He was 58."); things keep their age as a span of time. The size of a legislature or bloc is
a count of its seats or member states, found past a compound name ("the 349-member National Assembly", round 54);
a council's or cabinet's stays no amount. A bound between
a total noun and its number ("a toll of at least 11") names no people: the total noun says what is counted
(sentences of our own)."""
from __future__ import annotations

import pytest

from quantity_reading import read_pairs as _read


@pytest.mark.parametrize("text", [
    "Firefighters rescued a six-month-old girl from the flat.",
    "An eight-month-old boy was among the injured.",
    "A 10-week-old puppy was found alive under the rubble.",
    "The 70-year-old incumbent, who has ruled since 2005, is running again.",
    "The 62-year-old Kowalski, who has led the party since 2019, lost the vote.",
    "The 49-year-old conservative has promised tax cuts.",
    "The 60-year-old VP was sworn in on Friday.",
    "The former president died in March, aged 81, at a hospital in Nairobi.",
    "A boy, aged five, was also among the wounded.",
    "The victim was named as Maria Lopez, 44. Police said she had been shot twice.",
    "Police named the suspects as Ivan Petrov, 29, and Lena Kraus, 31.",
    "He was 58. His family said he had been ill for months.",
    "She is only 19, her lawyer said.",
])
def test_an_age_is_no_amount(nlp, text):
    assert _read(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The 30-year-old treaty expires next year.", [(30, "duration")]),
    ("The three-day-old ceasefire is already fraying.", [(3, "duration")]),
    ("The country's 25-year-old dispute with its neighbour flared again.", [(25, "duration")]),
    ("It was 12. The rest arrived later.", [(12, "count")]),
    ("The ruling party was 12 seats short, he said.", [(12, "count")]),
    ("During the audit, 12 of which were rejected, the firm kept quiet.", [(12, "count")]),
    ("The fire reached Building 7, 12 minutes later.", [(12, "duration")]),
    ("Three incumbents and two nominees lost their seats.", [(3, "person"), (2, "person")]),
])
def test_what_is_no_age_stays_an_amount(nlp, text, expected):
    assert _read(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The 27-member European Council met in Brussels.",
    "The 24-member cabinet was sworn in on Friday.",
    "A 180-seat aircraft landed safely after the scare.",
    "The firm ordered new 50-seat buses for the route.",
])
def test_the_size_of_a_council_or_a_seated_vehicle_is_no_amount(nlp, text):
    assert _read(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The 349-member National Assembly voted to remove him.", [(349, "count")]),
    ("Armenia froze its role in the six-member bloc last year.", [(6, "count")]),
    ("The 32-member alliance meets in Vilnius.", [(32, "count")]),
    ("The ruling coalition won 98 seats in the 240-seat parliament on Sunday.", [(98, "count"), (240, "count")]),
    ("Opposition parties hold a third of the 120-member legislature.", [(120, "count")]),
    ("The bill needs 41 votes in the 60-seat upper chamber.", [(41, "count"), (60, "count")]),
])
def test_a_legislature_or_bloc_is_sized_in_seats_or_member_states(nlp, text, expected):
    """Round 54: the real corpus gold counts a legislature's seats and a bloc's member states ("the 329-seat
    parliament", "the 275-member house": count); a council or a cabinet stays no amount."""
    assert _read(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A 12-member team of inspectors arrived on Monday.", [(12, "person")]),
    ("Parties need 151 seats in the 300-member lower house to govern.", [(151, "count"), (300, "count")]),
    ("The 10,000-strong force crossed the border.", [(10000, "person")]),
])
def test_a_group_sent_or_formed_keeps_its_size(nlp, text, expected):
    assert _read(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The prosecutor raised the toll to 14, up from a previous toll of at least 11 on Monday.",
     [(14, "person"), (11, "person")]),
    ("The army put the number of dead at 40, up from an earlier count of nearly 25.", [(40, "person"), (25, "person")]),
    ("Rescuers said the number of confirmed dead had reached 19.", [(19, "person")]),
    ("Police reported a total of at least 45 arrests.", [(45, "person")]),
])
def test_a_bound_after_a_total_noun_names_no_people_the_total_noun_does(nlp, text, expected):
    assert _read(nlp, text) == expected
