"""A denial of charges answers its accuser, or no one (extract/events/denials.py).  Every sentence here is written
for the test."""
from __future__ import annotations

import pytest

from event_pipeline import assert_rule_makes, coded, roles

ACCUSER = "recipient_accuser_of_the_denied_charge"
DROP = "denial_of_no_named_accuser"


@pytest.mark.parametrize("text, event", [
    # the accusation two sentences before names the denier: its maker is whom the denial answers
    ("Chile accused Peru of smuggling arms across the border. The claim came after a week of talks. "
     "Peru denied any wrongdoing on Friday.", ("REJECT", ["PER"], ["CHL"])),
    ("Bolivia accused Ecuador of hiding the fugitives on Monday. Officials met on Tuesday. Ecuador rejected "
     "the charges as baseless.", ("REJECT", ["ECU"], ["BOL"])),
])
def test_a_denial_answers_the_accusation_of_its_actor(nlp, options, text, event):
    assert_rule_makes(nlp, options, text, ACCUSER, event)


@pytest.mark.parametrize("text", [
    # a denial no accusation of the text answers: no event between parties
    "The ruling party of Peru has denied the charges.",
    "The Andean Union denied it had received any complaints.",
    "Ecuador rejected the allegations as baseless on Friday.",
    # an accusation aimed at another party gives the denier no accuser
    "Chile accused Bolivia of smuggling arms on Monday. Peru denied any wrongdoing on Friday.",
])
def test_a_denial_whose_accuser_is_never_named_is_no_event(nlp, options, text):
    assert not any(t == "REJECT" for t, _a, _r in roles(nlp, options, text)), coded(nlp, options, text)
    # the same words with the rule off: the recipient-less REJECT the rule drops
    assert any(t == "REJECT" and not r for t, _a, r in roles(nlp, options, text, off=(DROP, ACCUSER)))


@pytest.mark.parametrize("text, event", [
    # a rejection of a proposal is no denial of charges: it keeps its recipient
    ("Bolivia proposed a new customs pact on Monday. Peru rejected the Bolivian proposal on Friday.",
     ("REJECT", ["PER"], ["BOL"])),
])
def test_a_rejection_of_no_charge_keeps_its_recipient(nlp, options, text, event):
    assert event in roles(nlp, options, text), coded(nlp, options, text)
