"""Quantities: thousands grouped by a plain space, CFA franc zones, partitives with a bound on the whole,
storm categories, and people or vehicles counted under kin/tie and body-type nouns (sentences of our own)."""
from __future__ import annotations

import pytest

from newsweave.extract.quantities import load_tables, read_quantities
from newsweave.extract.quantities.tables import zone_code

from quantity_reading import read_pairs as _read


def test_a_plain_space_groups_thousands_before_a_noun(nlp):
    got = _read(nlp, "The two towns promised over 2 400 volunteers and the capital will send 1 500 police officers.")
    assert (2400, "person") in got and (1500, "person") in got
    assert (400, "person") not in got and (2, "count") not in got


def test_a_text_with_comma_groups_keeps_spaced_digits_apart(nlp):
    got = _read(nlp, "The agency counted 1,250 arrivals, and 3 400 boats were stopped.")
    assert (3400, "count") not in got


def test_no_space_group_after_a_month(nlp):
    assert all(v != 5200 for v, _ in _read(nlp, "On May 5 200 people marched in the square."))


@pytest.mark.parametrize("place, code", [("Gabon", "XAF"), ("Senegal", "XOF")])
def test_cfa_francs_take_the_code_of_the_named_state(nlp, place, code):
    text = f"The court in {place} fined the firm 3 billion CFA francs on Monday."
    assert (3_000_000_000, code) in _read(nlp, text)


def test_cfa_francs_without_a_state_of_one_zone_get_no_currency():
    assert zone_code("A fine of 2 million CFA francs was set.", "XAF/XOF") is None
    assert zone_code("Traders from Chad and Mali paid in CFA francs.", "XAF/XOF") is None
    assert zone_code("The mayor of Niamey, Niger, paid in CFA francs.", "XAF/XOF") == "XOF"


def test_a_named_zone_needs_no_state(nlp):
    assert (500_000, "XOF") in _read(nlp, "She was fined 500,000 West African CFA francs.")


def test_a_bound_on_the_whole_does_not_hide_the_partitive_noun(nlp):
    assert (12, "person") in _read(nlp, "The group still holds 12 of the more than 90 hostages it seized in March.")


def test_a_storm_category_is_no_amount(nlp):
    assert _read(nlp, "A category three hurricane is expected to reach the coast late on Sunday.") == []


@pytest.mark.parametrize("text, value, unit", [
    ("Agents searched the offices of about 40 of his associates.", 40, "person"),
    ("Two aides and five relatives were questioned.", 5, "person"),
    ("The rebels drove off with three pickups from the depot.", 3, "vehicle"),
])
def test_tie_nouns_are_people_and_pickups_are_vehicles(nlp, text, value, unit):
    assert (value, unit) in _read(nlp, text)


def test_cfa_francs_read_the_zone_from_a_demonym(nlp):
    assert (2_000_000_000, "XAF") in _read(nlp, "The Chadian court imposed a 2 billion CFA franc fine.")


@pytest.mark.parametrize("text", [
    "The death toll from the floods in the northern province is at least 95, officials said.",
    "The toll from the quake in the mountain districts has risen to 95.",
])
def test_a_toll_subject_far_before_the_number_counts_people(nlp, text):
    assert (95, "person") in _read(nlp, text)


def test_a_number_on_its_own_noun_borrows_no_unit_from_the_amount_before(nlp):
    text = "The war claimed 8,000 lives, and the country has been split into three mostly self-governing regions since then."
    assert (3, "person") not in _read(nlp, text)


def test_the_base_of_a_rate_is_no_amount(nlp):
    got = _read(nlp, "The murder rate fell to 9.4 per 100,000 residents last year.")
    assert all(v != 100_000 for v, _ in got) and (9.4, "count") in got


def test_a_suspended_hyphen_range_of_hours_is_one_duration(nlp):
    text = "The army proposed 12- to 36-hour truces so that the wounded could be moved."
    got = [(q.value, q.value_max, q.unit) for q in read_quantities(text, nlp(text), load_tables())]
    assert got == [(12, 36, "duration")]


def test_a_local_time_glossed_in_gmt_is_no_amount(nlp):
    assert _read(nlp, "Talks began at 10.05 (0705GMT) and ended around 11.40 (0840 GMT) on Friday.") == []


@pytest.mark.parametrize("text, value, value_max", [
    ("The rebels offered a five day pause in the fighting.", 5, None),
    ("The mediators floated a four-to-six week course of talks.", 4, 6),
])
def test_a_time_unit_modifying_a_noun_after_an_article_is_a_duration(nlp, text, value, value_max):
    got = [(q.value, q.value_max, q.unit) for q in read_quantities(text, nlp(text), load_tables())]
    assert got == [(value, value_max, "duration")]


def test_a_time_unit_modifier_needs_the_article(nlp):
    assert (5, "duration") not in _read(nlp, "They hired five day laborers for the harvest.")


def test_letters_before_a_hyphen_still_make_a_name(nlp):
    assert _read(nlp, "Two Su-27 jets flew past.") == [(2, "aircraft")]


def test_a_toll_subject_hung_on_a_name_by_the_parser_still_counts_people(nlp):
    """The small parser may turn a long subject inside out: the name inside its modifier ("Norte") the verb's
    subject and "toll" a subject under it; the inner subject is the head noun."""
    from spacy.tokens import Doc
    from newsweave.extract.quantities.counted import total_subject
    from newsweave.extract.quantities.reader import Reader
    words = ["The", "toll", "in", "Vale", "Norte", "has", "risen", "to", "95", "."]
    heads = [1, 4, 1, 4, 6, 6, 6, 6, 7, 6]  # "toll" wrongly under "Norte", the verb's subject
    deps = ["det", "nsubj", "prep", "compound", "nsubj", "aux", "ROOT", "prep", "pobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, sent_starts=[True] + [False] * 9)
    for t, pos in zip(doc, ["DET", "NOUN", "ADP", "PROPN", "PROPN", "AUX", "VERB", "ADP", "NUM", "PUNCT"]):
        t.pos_ = pos
    doc[1].lemma_ = "toll"
    found = total_subject(Reader(doc.text, doc, load_tables()), None, doc[8])
    assert found is not None and found.unit == "person"
