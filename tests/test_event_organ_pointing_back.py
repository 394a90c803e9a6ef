"""An organ noun whose only modifier points back to what the text is about ("the same court", "the nation's
court") is the article's one state's, as the bare organ is (events rule
``organ_pointing_back``, ``phrases.back_pointing``); on sentences written for these tests.  A modifier that names
another kind of organ ("a foreign court", "the regional court") keeps it no one's, and an article of two states
gives "the same court" no state."""
from __future__ import annotations

import pytest

from event_pipeline import roles

MADE = [
    ("Thailand's Constitutional Court removed the prime minister on Wednesday. The same court last week dissolved "
     "the Move Forward Party after a ruling on its campaign.", ("COERCE", ["THA"], ["Move Forward Party"])),
    ("Kenya's High Court halted the deployment on Monday. The same court later barred the Kenyan police from firing "
     "on protesters.", ("REJECT", ["KEN"], ["KEN"])),
    ("Peru's congress removed the president on Wednesday. The nation's court barred Pedro Castillo from leaving the "
     "country.", ("REJECT", ["PER"], ["Pedro Castillo"])),
]


@pytest.mark.parametrize("text, event", MADE, ids=[m[0][40:80] for m in MADE])
def test_an_organ_pointing_back_is_the_articles_state(nlp, options, text, event):
    assert event in roles(nlp, options, text)
    assert event not in roles(nlp, options, text, off=("organ_pointing_back",))


KEPT = [
    "Peru's congress removed the president on Wednesday. A foreign court later barred Pedro Castillo from travelling.",
    "Peru's congress removed the president on Wednesday. The regional court later barred Pedro Castillo from travelling.",
    "Chile and Peru signed a pact on Monday. The same court later barred Pedro Castillo from travelling.",
]


@pytest.mark.parametrize("text", KEPT, ids=[k[50:90] for k in KEPT])
def test_another_organ_or_two_states_give_no_actor(nlp, options, text):
    assert not any(t in ("REJECT", "COERCE", "SANCTION") for t, _a, _r in roles(nlp, options, text))
