"""Investigating a matter that names no party accuses no one (extract/events/inquiries.py
``investigation_of_no_party``): PLOVER's ACCUSE (mode investigate) is aimed at an entity.

Sentences written for these tests.  Each removed row comes back with the rule switched off; each kept row is an
investigation of a named side, which the rule must leave alone.
"""
from __future__ import annotations

import pytest

from event_pipeline import coded, types

RULE = "investigation_of_no_party"

REMOVED = [
    "Chile's government will investigate the cause of the bridge collapse.",
    "Peru's anti-corruption office is investigating dozens of complaints about the tender.",
    "Chile's interior ministry said it was investigating the deaths of three miners.",
]

KEPT = [
    # the object's complement names a state
    "Chile's prosecutors investigated the finances of Bolivia's former mining minister.",
    # the object is a named company
    "Peru's police are investigating the mining company Minera Andina.",
]


@pytest.mark.parametrize("text", REMOVED, ids=[t[:40] for t in REMOVED])
def test_an_investigation_of_a_matter_is_no_accusation(nlp, options, text):
    assert "ACCUSE" not in types(nlp, options, text)
    assert "ACCUSE" in types(nlp, options, text, off=(RULE,))


@pytest.mark.parametrize("text", KEPT, ids=[t[:40] for t in KEPT])
def test_an_investigation_of_a_named_side_stays(nlp, options, text):
    kept = coded(nlp, options, text)
    assert "ACCUSE" in [e[0] for e in kept]
    assert kept == coded(nlp, options, text, off=(RULE,))
