"""Quantities (issue 19): people counted under modifiers opened by an -ly adverb the parse hangs on the
number ("about 100 mostly stick-carrying men"), people a verb of medical care was done to ("treated 40", "N of
them were admitted"), a bare number of "them" read from the passive verb after it even where the parse loses it
("forty-four (44) of them were admitted"), and an occupation noun of the person class making "N-year-old" an age.
Negatives: things stay counts. Sentences of our own."""
from __future__ import annotations

import pytest

from newsweave.extract.quantities import load_tables, read_quantities


def _pairs(nlp, text, off=frozenset()):
    return [(q.value, q.unit) for q in read_quantities(text, nlp(text), load_tables(), rules_off=off)]


def test_an_ly_adverb_hung_on_the_number_opens_the_counted_phrase(nlp):
    text = "The brawl, which lasted two hours, involved about 80 mostly club-wielding youths, some waving flags and others throwing stones."
    assert (80, "person") in _pairs(nlp, text) and (80, "count") not in _pairs(nlp, text)


def test_an_ly_adverb_before_a_verb_opens_no_phrase(nlp):
    assert _pairs(nlp, "About 100 mostly stayed at home.") == [(100, "count")]


@pytest.mark.parametrize("text, value", [
    ("The field clinic treated 40 on Sunday.", 40),
    ("Twelve of them were hospitalised overnight.", 12),
    ("Most of them went home, 62 of them were admitted to hospital.", 62),
])
def test_a_bare_number_a_verb_of_medical_care_was_done_to_counts_people(nlp, text, value):
    assert (value, "person") in _pairs(nlp, text)


def test_of_them_with_a_passive_verb_of_people_counts_people_where_the_parse_loses_it(nlp):
    text = "Most were treated and released, forty-four (44) of them were admitted to wards, nine (9) with fractures, the hospital stated."
    assert (44, "person") in _pairs(nlp, text)
    assert (44, "count") in _pairs(nlp, text, frozenset({"of_them_done_to"}))  # the rule is what reads it


def test_of_them_without_a_verb_done_to_people_stays_a_count(nlp):
    for text in ("Of the boats in the harbour, 12 of them were sunk by the storm.",
                 "Of the ballots, 40 of them were counted twice."):
        assert all(unit != "person" for _, unit in _pairs(nlp, text))


def test_an_occupation_noun_makes_the_year_old_an_age_but_a_treaty_keeps_its_duration(nlp):
    assert _pairs(nlp, "The board named the 61-year-old former history professor its chair.") == []
    assert (25, "duration") in _pairs(nlp, "The board renewed the 25-year-old harbour treaty.")
    assert (40, "person") in _pairs(nlp, "The university hired 40 professors last year.")


# -- text25: people named by faith, sport or legal status; bare numbers caught in a disaster (sentences of our own) --

@pytest.mark.parametrize("text, value", [
    ("A record 30 million devotees bathed in the lake over the festival week.", 30_000_000),
    ("The touring party included three Olympic rowing champions.", 3),
    ("The centre houses 420 asylum seekers from six countries.", 420),
])
def test_faith_sport_and_status_nouns_count_people(nlp, text, value):
    assert (value, "person") in _pairs(nlp, text) and (value, "count") not in _pairs(nlp, text)


def test_a_year_old_asylum_seeker_is_an_age_not_a_span(nlp):
    pairs = _pairs(nlp, "The 31-year-old asylum seeker was detained after the crash.")
    assert not any(v == 31 for v, _ in pairs)


@pytest.mark.parametrize("text, value", [
    ("The bus overturned on the bridge. Six were trapped under the wreck for an hour.", 6),
    ("The snow closed the pass and stranded 300 overnight.", 300),
    ("Panic spread at the gate and 11 were trampled.", 11),
])
def test_a_bare_number_caught_in_a_disaster_counts_people(nlp, text, value):
    assert (value, "person") in _pairs(nlp, text)


def test_a_trapped_thing_named_after_the_number_stays_what_it_is(nlp):
    assert (4, "person") not in _pairs(nlp, "Floodwater trapped 4 cars in the underpass.")
