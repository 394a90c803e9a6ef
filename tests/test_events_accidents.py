"""The deaths an accident causes are its toll, not an assault (extract/events/accidents.py).

Sentences written for these tests.  Each removed row comes back with the rule switched off; each kept row is a
killing governed by an act of force, which the rule must leave alone.
"""
from __future__ import annotations

import pytest

from event_pipeline import coded, types

RULE = "toll_of_an_accident"

REMOVED = [
    "A Peruvian Airlines jet crashed into a hillside near Cusco on Tuesday, killing all 88 passengers.",
    "A Chilean navy transport plane plunged into the sea off Valparaiso, killing eleven sailors.",
    "A ferry of Bolivia's state shipping company Navibol capsized on Lake Titicaca, killing 40 passengers.",
]

KEPT = [
    "Rebels in Colombia shot down a Peruvian army helicopter, killing all six soldiers on board.",
    "Chilean jets bombed the rebel camp near the border, killing twelve fighters.",
    "Since March the Bolivian rebels have fired rockets at Peruvian barges, sinking three boats and killing nine sailors.",
]


@pytest.mark.parametrize("text", REMOVED, ids=[r[:40] for r in REMOVED])
def test_an_accident_toll_is_no_assault(nlp, options, text):
    assert "ASSAULT" not in types(nlp, options, text)
    assert "ASSAULT" in types(nlp, options, text, off=(RULE,))


@pytest.mark.parametrize("text", KEPT, ids=[k[:40] for k in KEPT])
def test_a_killing_by_force_stays(nlp, options, text):
    kept = coded(nlp, options, text)
    assert "ASSAULT" in [e[0] for e in kept]
    assert kept == coded(nlp, options, text, off=(RULE,))  # the rule drops none of its events
