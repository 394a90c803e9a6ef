"""Trigger words in a sense that is no act between political actors (lexicon rows, own_measure_approved, about_self).

Sentences written for these tests.  Thanking one's own voters, praising a coast's beaches, commending a soul to
God, "begs the question", searching rubble for survivors and a legislature passing its own budget, bailout or
constitutional text, a warning on how long a task may take ("identifying the victims could take weeks") are no
PLOVER event; "attacked the president's plan" is criticism (ACCUSE), no use of force.
The same words aimed at another actor stay.
"""
from __future__ import annotations

import pytest

from event_pipeline import coded, types

# (text, the category the sense row removes)
REMOVED = [
    ("Peru's new senator thanked the voters of Arequipa after her win on Sunday.", "SUPPORT"),
    ("The Chilean president praised the sandy beaches of the Peruvian coast.", "SUPPORT"),
    ("The Bolivian bishop commended the soul of the late archbishop to God.", "SUPPORT"),
    ("The Ecuadorian parliament approved a draft bailout of two billion dollars on Friday.", "SUPPORT"),
    ("The interim council of Bolivia approved a constitutional charter on Monday.", "SUPPORT"),
    ("The approval of the bailout package by the Ecuadorian parliament came after a long debate.", "SUPPORT"),
    ("Chile's opposition leader attacked the president's tax plan in a long speech.", "ASSAULT"),
    ("Bolivia's landslide result begs the question of who paid for the campaign.", "REQUEST"),
    ("Peruvian police searched the rubble of the collapsed building for survivors.", "COERCE"),
    ("Chilean police warned that identifying the victims could take weeks.", "THREATEN"),
    ("Peruvian officials warned that clearing the debris could take months.", "THREATEN"),
]

# (text, the category that stays)
KEPT = [
    ("Peru's new senator thanked Chile for its help after the floods.", "SUPPORT"),
    ("The Chilean president praised Peru's decision to reopen the border.", "SUPPORT"),
    ("Bolivia commended Brazil for its help after the floods.", "SUPPORT"),
    ("The approval of the border accord with Peru by the Ecuadorian parliament came after a long debate.", "SUPPORT"),
    ("Ecuadorian troops attacked the rebel camp near the Colombian border on Friday.", "ASSAULT"),
    ("Chile's opposition leader attacked the president's tax plan in a long speech.", "ACCUSE"),
    ("Bolivia begged Chile to reopen the border crossing.", "REQUEST"),
    ("Peruvian customs officers searched the Chilean ship's cargo on Tuesday.", "COERCE"),
    ("Chile warned Peru that attacking its ships would bring a harsh response.", "THREATEN"),
    ("Chile warned that it would respond to any incursion by Peru.", "THREATEN"),
]


@pytest.mark.parametrize("text,category", REMOVED, ids=[r[0][:40] for r in REMOVED])
def test_a_trigger_in_a_sense_that_is_no_act_is_no_event(nlp, options, text, category):
    assert category not in types(nlp, options, text)


@pytest.mark.parametrize("text,category", KEPT, ids=[k[0][:40] for k in KEPT])
def test_the_same_words_aimed_at_an_actor_stay(nlp, options, text, category):
    assert category in [e[0] for e in coded(nlp, options, text)]
