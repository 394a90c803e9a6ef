"""Trigger words of force used against nature, by animals or in idioms are no event (extract/events/senses.py).

Sentences written for these tests.  Each removed row comes back with the rule switched off; each kept row uses the
same words of people, which the rule must leave alone.
"""
from __future__ import annotations

import pytest

from event_pipeline import coded, types

RULE = "act_in_a_non_event_sense"

REMOVED = [
    "Chile's firefighters battled the flames near Valparaiso for a third straight day on Monday.",
    "Peruvian crews fought the blaze through the night as it spread toward the hills above Cusco.",
    "Peru's environment ministry recorded more than 40 bear attacks on hikers this year.",
    "The Peruvian army battled the wildfire near Cusco for a week.",
    "Ecuador's two main parties struck a coalition deal with a regional movement on Friday.",
]

KEPT = [
    "Chilean troops fought the rebels near the border for a third straight day on Monday.",
    "Peruvian soldiers opened fire on the crowd in Cusco on Tuesday.",
    "Peru's interior ministry recorded more than 40 attacks by gunmen on hikers this year.",
    "Ecuadorian jets struck the rebel camp near the Colombian border on Friday.",
]


@pytest.mark.parametrize("text", REMOVED, ids=[r[:40] for r in REMOVED])
def test_a_word_of_force_in_a_non_event_sense_is_no_event(nlp, options, text):
    assert not {"ASSAULT", "COERCE"} & set(types(nlp, options, text))
    assert {"ASSAULT", "COERCE"} & set(types(nlp, options, text, off=(RULE,)))


@pytest.mark.parametrize("text", KEPT, ids=[k[:40] for k in KEPT])
def test_the_same_words_used_of_people_stay(nlp, options, text):
    kept = coded(nlp, options, text)
    assert "ASSAULT" in [e[0] for e in kept]
    assert kept == coded(nlp, options, text, off=(RULE,))
