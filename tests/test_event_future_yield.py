"""An announced future release, admission or resignation is an intent to yield, AGREE (CAMEO2PLOVER 0353, 0355, 0341:
"express intent to release persons / allow international involvement / change leadership"); an announced future
withdrawal stays CONCEDE (PLOVER manual: "announced ... would withdraw troops" is CONCEDE).  Sentences of our own."""
from __future__ import annotations

import pytest

from event_pipeline import coded

YIELD = [
    ("Colombia said it will free the three detained Venezuelan fishermen next month.", "AGREE"),
    ("Bolivia said it would allow Chilean inspectors into the mining region.", "AGREE"),
]


@pytest.mark.parametrize("text,category", YIELD)
def test_a_future_release_or_admission_is_an_intent_to_yield(nlp, options, text, category):
    found = coded(nlp, options, text)
    assert any(t == category and "fold:fold_future_yield" in why for t, _a, _r, why in found), found
    off = coded(nlp, options, text, off=("fold_future_yield",))
    assert not any(t == category for t, _a, _r, _why in off), off


def test_a_done_release_stays_retreat(nlp, options):
    found = coded(nlp, options, "Colombia freed the three detained Venezuelan fishermen on Sunday.")
    assert any(t == "RETREAT" for t, *_ in found), found
    assert not any(t == "AGREE" for t, *_ in found), found


def test_a_future_withdrawal_stays_a_concession(nlp, options):
    found = coded(nlp, options, "Ecuador said it would withdraw its troops from Peru.")
    assert any(t == "CONCEDE" and "fold:fold_future_retreat" in why for t, _a, _r, why in found), found
    assert not any(t == "AGREE" for t, *_ in found), found
