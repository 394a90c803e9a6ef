"""An act that someone only allows, forbids or sets a deadline for is no act done (modes.permitted_or_forbidden,
``permission_governors`` of coder_words.tsv): "the law allows police to detain", "bars farmers from staging
protests", "gave the ministry a deadline to withdraw".  The same acts told as done stay.  Sentences of our own."""
from __future__ import annotations

import pytest

from event_pipeline import types

PERMITTED = [
    ("The new decree allows the Bolivian army to detain suspects without a warrant.", "COERCE"),
    ("The emergency law permits protesters to be arrested without a court order.", "COERCE"),
    ("The decree bars farmers from staging protests in the capital.", "PROTEST"),
    ("The unions gave Peru's government a deadline to ban the new mines.", "COERCE"),
    ("The Chilean embassy advised its staff to leave the region.", "RETREAT"),
]


@pytest.mark.parametrize("text,category", PERMITTED)
def test_a_permitted_or_forbidden_act_is_no_event(nlp, options, text, category):
    assert category not in types(nlp, options, text)


DONE = [
    ("The Bolivian army detained suspects without a warrant.", "COERCE"),
    ("Bolivian police arrested twelve protesters in La Paz on Monday.", "COERCE"),
    ("Bolivian farmers staged protests in the capital on Monday.", "PROTEST"),
    ("Peru's government banned the new mines on Monday.", "COERCE"),
    ("The Bolivian army was able to detain the suspects on Monday.", "COERCE"),
    ("Bolivian troops attempted to storm the Chilean compound.", "ASSAULT"),
]


@pytest.mark.parametrize("text,category", DONE)
def test_the_same_act_done_stays(nlp, options, text, category):
    assert category in types(nlp, options, text)
