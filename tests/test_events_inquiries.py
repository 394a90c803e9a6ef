"""An inquiry ordered or opened into a matter, naming no party, is no event (extract/events/inquiries.py).

Sentences written for these tests.  Each removed row comes back with the rule switched off; each kept row is an
inquiry or an order aimed at a named side, which the rule must leave alone.
"""
from __future__ import annotations

import pytest

from event_pipeline import coded, types

RULE = "inquiry_ordered_into_no_party"

REMOVED = [
    ("The Chilean transport minister ordered a full inspection of every cable car in the capital on Friday.", "REQUEST"),
    ("Chile's interior ministry ordered an audit of the emergency services after the floods.", "REQUEST"),
    ("Prosecutors in Lima and the bus company have launched investigations into the crash.", "ACCUSE"),
]

KEPT = [
    ("Peru's prosecutors launched an investigation into Bolivia's state mining company.", "ACCUSE"),
    ("The Chilean government ordered Bolivia to withdraw its troops from the border post.", "REQUEST"),
]


@pytest.mark.parametrize("text, category", REMOVED, ids=[r[0][:40] for r in REMOVED])
def test_an_inquiry_into_no_party_is_no_event(nlp, options, text, category):
    assert category not in types(nlp, options, text)
    assert category in types(nlp, options, text, off=(RULE, "act_on_no_side"))


@pytest.mark.parametrize("text, category", KEPT, ids=[k[0][:40] for k in KEPT])
def test_an_inquiry_or_order_aimed_at_a_side_stays(nlp, options, text, category):
    kept = coded(nlp, options, text)
    assert category in [e[0] for e in kept]
    assert kept == coded(nlp, options, text, off=(RULE,))  # the rule drops none of its events
