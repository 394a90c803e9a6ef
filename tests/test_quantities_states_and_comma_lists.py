"""Quantities (issue 19): a bare number in a state only people are in ("14 were missing", "the injured stood
at 95", "of those injured, 12"); a "one" among three or more numbered items joined by commas ("two Britons,
one Canadian, one Irish"); a nationality the tagger took for an adjective standing as the noun ("two Irish").
Sentences of our own."""
from __future__ import annotations

import pytest

from newsweave.extract.quantities import exclusions
from quantity_reading import read as _read, read_pairs as _pairs, read_pairs_off as _pairs_off


# -- a state only people are in -------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("The ferry sank on Monday and 14 were missing by nightfall.", 14),
    ("After the storm 22 remain missing and the search goes on.", 22),
    ("Nine are still unaccounted for after the mine flooded.", 9),
    ("Total reported injured stood at 95 after the blast.", 95),
    ("By Friday the reported injured stood at 41, officials said.", 41),
    ("Of those injured, 12 are still in hospital.", 12),
    ("Of those missing, 7 have yet to be found.", 7),
])
def test_a_bare_number_in_a_state_only_people_are_in_counts_people(nlp, text, value):
    assert (value, "person") in _pairs(nlp, text)
    assert any(rule.startswith("people-state") for v, _u, rule in _read(nlp, text) if v == value)
    assert (value, "person") not in _pairs_off(nlp, text, "people_state")


@pytest.mark.parametrize("text, value", [
    ("Of those damaged, 12 were repaired within a week.", 12),
    ("The yard said 14 were repaired and 3 were sold.", 3),
    ("The injured list stood at 95 pages.", 95),
])
def test_a_state_of_things_counts_no_people(nlp, text, value):
    assert (value, "person") not in _pairs(nlp, text)
    assert any(v == value for v, _u in _pairs(nlp, text))


# -- "one" in a list of numbered items joined by commas -----------------------------------------------

@pytest.mark.parametrize("text, ones", [
    ("The dead included two Britons, one Canadian, one Irish and three Germans.", 2),
    ("Among the victims were four Australians, two Dutch, one Belgian.", 1),
    ("Those rescued were five Syrians, one Iraqi, one Afghan.", 2),
])
def test_one_among_numbered_items_joined_by_commas_is_an_amount(nlp, monkeypatch, text, ones):
    assert sum(1 for v, unit in _pairs(nlp, text) if v == 1 and unit == "person") == ones
    monkeypatch.setattr(exclusions, "one_in_a_comma_list", lambda r, a: False)
    assert sum(1 for v, unit in _pairs(nlp, text) if v == 1 and unit == "person") < ones


@pytest.mark.parametrize("text", [
    "The island has two rival halves, one Greek and one Turkish.",  # the items share out the total
    "The board has nine seats, one held by a judge.",                # two items only
    "He has two sons, and one of them works abroad.",
    "Officials met in the capital, one said, and talks went on.",
])
def test_one_sharing_out_a_total_or_after_one_item_stays_out(nlp, text):
    assert not any(v == 1 for v, _ in _pairs(nlp, text))


# -- a nationality tagged as an adjective, standing as the noun ------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("The tour group had two Irish and three Germans.", 2),
    ("Rescuers pulled out five Dutch and two Belgians.", 5),
])
def test_a_nationality_after_a_number_with_no_noun_counts_people(nlp, text, value):
    assert (value, "person") in _pairs(nlp, text)
    assert (value, "person") not in _pairs_off(nlp, text, "demonym_adjective_after")


@pytest.mark.parametrize("text, value", [
    ("The shop sold two Irish stews and one French loaf.", 2),
    ("The chef bought three irish potatoes.", 3),
])
def test_a_nationality_before_a_noun_or_in_lower_case_counts_no_people(nlp, text, value):
    assert (value, "person") not in _pairs(nlp, text)
