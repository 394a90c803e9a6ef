"""Courtesies and convening (lexicon.tsv rows of ``offer`` and ``convene``): a congratulation offered is SUPPORT at
most, no agreement; a body convening its own session meets no other party.  Every sentence here is written for
the test."""
from __future__ import annotations

import pytest

from event_pipeline import roles


@pytest.mark.parametrize("text, event", [
    ("The president of Peru offered his congratulations to the new leader of Chile.", ("SUPPORT", ["PER"], ["CHL"])),
    ("Ecuador offered its warm congratulations to Colombia after the vote.", ("SUPPORT", ["ECU"], ["COL"])),
    ("Peru offered condolences to Chile after the earthquake.", ("SUPPORT", ["PER"], ["CHL"])),
])
def test_a_courtesy_offered_is_support_not_agreement(nlp, options, text, event):
    found = roles(nlp, options, text)
    assert event in found, found
    assert not any(t == "AGREE" for t, _a, _r in found), found


@pytest.mark.parametrize("text, event", [
    # an offer of something to be done with the other party stays an agreement
    ("Peru offered Chile a new trade deal.", ("AGREE", ["PER"], ["CHL"])),
])
def test_an_offer_of_a_deal_stays_agreement(nlp, options, text, event):
    assert event in roles(nlp, options, text)


@pytest.mark.parametrize("text", [
    "The parliament of Peru will convene on Monday to vote on a new prime minister.",
    "The parliament of Chile convened to elect a new speaker.",
    "The president of Peru said he would convene a new Congress as soon as possible.",
])
def test_a_body_convening_its_own_session_is_no_event(nlp, options, text):
    assert not any(t in ("AGREE", "CONSULT") for t, _a, _r in roles(nlp, options, text)), roles(nlp, options, text)


@pytest.mark.parametrize("text, event", [
    ("The foreign minister of Peru convened with his Chilean counterpart in Lima.", ("CONSULT", ["PER"], ["CHL"])),
    ("Peru convened talks with Chile on the border dispute.", ("CONSULT", ["PER"], ["CHL"])),
])
def test_convening_with_another_party_is_a_meeting(nlp, options, text, event):
    assert event in roles(nlp, options, text)
