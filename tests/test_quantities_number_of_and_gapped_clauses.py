"""Quantities (issue 19): "the number of" + an adjective or participle used as a noun ("the number of
confirmed dead rose to 41", "the number of injured climbed to 230"): the unit class of that word (units.tsv: dead,
injured: person) decides what the later bare number counts, even where the phrase runs on ("... dead after the
sinking"); and a bare number left alone in a gapped clause ("28 were freed at one jail and nine at another")
counts what its verb's own bare number counts. Negatives: a number of things stays a count; a pronoun after "of"
names nothing; a gapped clause under a verb not done to people stays a count. Sentences of our own."""
from __future__ import annotations

import pytest

from quantity_reading import read_pairs


@pytest.mark.parametrize("text, value", [
    ("The number of confirmed dead following the ferry sinking rose on Tuesday to 41, the coastguard said.", 41),
    ("The number of injured climbed to 230 overnight.", 230),
    ("The number of wounded reached 75 by the evening.", 75),
])
def test_the_number_of_an_adjective_of_people_counts_people(nlp, text, value):
    pairs = read_pairs(nlp, text)
    assert (value, "person") in pairs and (value, "count") not in pairs


@pytest.mark.parametrize("text, value", [
    ("The number of ferries in service rose to 12 this week.", 12),
    ("The number of them in the harbour rose to 9 on Friday.", 9),
])
def test_a_number_of_things_or_of_a_pronoun_stays_a_count(nlp, text, value):
    assert (value, "count") in read_pairs(nlp, text)


@pytest.mark.parametrize("text, value", [
    ("A further 28 were freed at the northern jail and nine at the city prison.", 9),
    ("Twelve were arrested in the port and four in the capital.", 4),
])
def test_a_bare_number_in_a_gapped_clause_counts_what_its_verb_counts(nlp, text, value):
    pairs = read_pairs(nlp, text)
    assert (value, "person") in pairs and (value, "count") not in pairs


def test_a_gapped_clause_under_a_verb_not_done_to_people_stays_a_count(nlp):
    pairs = read_pairs(nlp, "The navy sank 3 in the strait and two in the bay.")
    assert (2, "count") in pairs and (2, "person") not in pairs
