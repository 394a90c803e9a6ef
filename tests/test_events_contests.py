"""Words of force used of a contest won or a cause pursued are no event (extract/events/contests.py), and the
lexicon's head cue keeps aid extended from being coded as an emergency measure.

Sentences written for these tests.  Each removed row comes back with the rule switched off; each kept row uses the
same words of force, which the rule must leave alone.
"""
from __future__ import annotations

import pytest

from event_pipeline import coded

RULE = "act_in_a_contest_sense"
FORCE = {"ASSAULT", "COERCE", "THREATEN"}

REMOVED = [
    # a contest: a contender as object, or a phrase naming the contest or its margin
    "Chile's president-elect beat his rival in the run-off by six points on Sunday.",
    "The Peruvian centre-right vowed to beat populist movements at the ballot box.",
    "Ecuador's ruling party beat the opposition alliance in the regional election.",
    # a vote won: a verb of taking whose object, or its of-phrase, is what an election gives
    "Chile's president-elect captured a clear victory in the run-off.",
    "The Paraguayan incumbent captured more than 60% of the vote on Sunday.",
    "Her Bolivian party captured the win in the first round.",
    # a cause pursued with no opponent
    "The Peruvian minister was fighting for his life in a Lima hospital on Friday.",
    "Bolivian miners fought for recognition of their union for a decade.",
]

KEPT = [
    "The Chilean army beat back the assault on the border post on Monday.",
    "Bolivian troops beat protesters with batons in La Paz on Tuesday.",
    "Police beat voters outside a polling station in Lima during the election.",
    "Colombian troops fought the rebels near the Venezuelan border on Monday.",
    "Rebels and Colombian troops fought for control of the town on Monday.",
    "Colombian rebels captured the town of Tumaco on Monday.",
    "Colombian troops captured 40% of the rebel-held province last week.",
    "Bolivian rebels seized the airport of Cochabamba on Monday.",
]


def types(nlp, options, text, off=()):
    return {e[0] for e in coded(nlp, options, text, off=off)}


@pytest.mark.parametrize("text", REMOVED, ids=[r[:40] for r in REMOVED])
def test_a_contest_or_a_cause_is_no_act_of_force(nlp, options, text):
    assert not FORCE & types(nlp, options, text)
    assert FORCE & types(nlp, options, text, off=(RULE,))


@pytest.mark.parametrize("text", KEPT, ids=[k[:40] for k in KEPT])
def test_the_same_words_of_force_stay(nlp, options, text):
    kept = coded(nlp, options, text)
    assert FORCE & {e[0] for e in kept}
    assert kept == coded(nlp, options, text, off=(RULE,))


HEAD_CUE = [
    # (text, the event expected as (type, actors, recipients))
    ("Colombia extended emergency aid to Venezuela after the floods.", ("AID", ["COL"], ["VEN"])),
    ("Brazil extended emergency assistance to Bolivia last week.", ("AID", ["BRA"], ["BOL"])),
]
KEPT_EMERGENCY = [
    "The Ecuadorian government extended the emergency in Guayas for another month.",
    "The governor of Lima extended the curfew for a week.",
]


@pytest.mark.parametrize("text,event", HEAD_CUE, ids=[t[:40] for t, _ in HEAD_CUE])
def test_aid_extended_is_aid_not_coercion(nlp, options, text, event):
    found = coded(nlp, options, text)
    assert event in [e[:3] for e in found], found
    assert "COERCE" not in [e[0] for e in found]


@pytest.mark.parametrize("text", KEPT_EMERGENCY, ids=[t[:40] for t in KEPT_EMERGENCY])
def test_an_emergency_measure_extended_stays_coercion(nlp, options, text):
    assert "COERCE" in [e[0] for e in coded(nlp, options, text)]

