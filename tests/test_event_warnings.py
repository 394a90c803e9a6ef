"""A warning that advises the public to do something is no PLOVER THREATEN (output rule ``appeal_to_the_public``,
extract/events/output.py): the public is no party, and the act is the addressee's, not a threat of the speaker's.

Sentences written for these tests; each removed one comes back with the rule off, and the kept contrasts (a
threat of one's own act, a warning to a named side) stay THREATEN.
"""
from __future__ import annotations

import pytest

from event_pipeline import types

# (sentence, what the warning is)
NO_THREAT = [
    ("Chile's interior minister Ana Rojas warned residents to keep away from the river banks.", "advice"),
    ("The Bolivian police warned motorists not to use the mountain road after the landslide.", "advice"),
]

THREAT = [
    # the warned clause's subject is the speaker: its own act to come
    "Chile warned that it would close the border crossing if the shelling went on.",
    # a warning to a named side to act, with the side as addressee, is no appeal to the public
    "Chile warned Bolivia to withdraw its troops from the border.",
    # an expletive subject: "there will be a response" is the speaker's response
    "Peru's president warned there will be a firm response to any attack on the embassy.",
]


@pytest.mark.parametrize("text, kind", NO_THREAT, ids=[t[0][:40] for t in NO_THREAT])
def test_advice_to_the_public_is_no_threat(nlp, options, text, kind):
    assert "THREATEN" not in types(nlp, options, text)


@pytest.mark.parametrize("text", [t for t, kind in NO_THREAT if kind == "advice"])
def test_advice_to_the_public_comes_back_with_the_rule_off(nlp, options, text):
    assert "THREATEN" in types(nlp, options, text, off=("appeal_to_the_public",))


@pytest.mark.parametrize("text", THREAT, ids=[t[:40] for t in THREAT])
def test_a_threat_of_ones_own_act_stays(nlp, options, text):
    assert "THREATEN" in types(nlp, options, text)
