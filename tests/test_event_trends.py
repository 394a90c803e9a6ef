"""The possessor of a trend noun carries out the act noun inside it (extract/events/trends.py).

Sentences written for these tests: each event's actor changes with the rule switched off; the kept rows have no
trend noun (or a pronoun possessor) and are the same either way.
"""
from __future__ import annotations

import pytest

from event_pipeline import coded

RULE = "trend_possessor"

MOVED = [
    # (text, the act's type as the lexicon codes it and its actor with the rule on)
    ("The Colombian army reported the rebels' wave of attacks on pipelines in Arauca.", ("ASSAULT", ["rebels"])),
    ("Venezuelan officials condemned the gangs' series of raids on the farms near Maracaibo.", ("COERCE", ["gangs"])),
]

KEPT = [
    "The Colombian army reported the rebels' attacks on pipelines in Arauca.",
    "Colombian troops attacked the rebel camp near Arauca on Monday.",
]


@pytest.mark.parametrize("text,event", MOVED, ids=[t[:40] for t, _ in MOVED])
def test_the_trend_possessor_is_the_actor(nlp, options, text, event):
    on = [e[:2] for e in coded(nlp, options, text)]
    assert event in on, on
    off = [e[:2] for e in coded(nlp, options, text, off=(RULE,))]
    assert event not in off, off


@pytest.mark.parametrize("text", KEPT, ids=[t[:40] for t in KEPT])
def test_without_a_trend_noun_nothing_changes(nlp, options, text):
    assert coded(nlp, options, text) == coded(nlp, options, text, off=(RULE,))
    assert "ASSAULT" in [e[0] for e in coded(nlp, options, text)]
