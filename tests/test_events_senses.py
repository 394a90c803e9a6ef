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


# a giving or offering word whose object is a speech, a court's decision or a draft; "occupy" a post (sentences
# written for these tests): (text, the category the rule removes)
SPEECH_REMOVED = [
    ("Peru's constitutional court delivered its verdict to Bolivia's former president on Monday.", "AID"),
    ("A Chilean court delivered its ruling to the Peruvian government on Monday.", "AID"),
    ("The Chilean government proposed a budget of 80 billion dollars to Congress on Tuesday.", "AGREE"),
    ("Ecuador's former president offered a spirited defence before the National Assembly on Friday.", "AGREE"),
    ("The Bolivian vice president occupies a largely ceremonial role in the government of Bolivia.", "ASSAULT"),
]

SPEECH_KEPT = [
    ("Chile delivered food and medicine to Peru on Monday.", "AID"),
    ("Bolivian troops occupied the border town near Peru on Tuesday.", "ASSAULT"),
]


@pytest.mark.parametrize("text,category", SPEECH_REMOVED, ids=[r[0][:40] for r in SPEECH_REMOVED])
def test_a_speech_a_verdict_or_a_post_is_no_event(nlp, options, text, category):
    assert category not in types(nlp, options, text)
    assert category in types(nlp, options, text, off=(RULE,))


@pytest.mark.parametrize("text,category", SPEECH_KEPT, ids=[k[0][:40] for k in SPEECH_KEPT])
def test_the_same_words_with_goods_or_ground_stay(nlp, options, text, category):
    kept = coded(nlp, options, text)
    assert category in [e[0] for e in kept]
    assert kept == coded(nlp, options, text, off=(RULE,))
