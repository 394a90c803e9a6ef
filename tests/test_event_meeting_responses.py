""""Meet X with Y" is a response, not a meeting (issue 13), own sentences.

"The army met the rebel offensive with air strikes", "police met the marchers with tear gas", "the offer was met
with scepticism": when the object of "meet" is an act, a demand or a crowd and a with-phrase follows, the with-phrase
is the subject's response, coded by its own noun (lexicon.tsv, the "-" row of meet above its CONSULT row); "met the
foreign minister", "met with the envoy" stay meetings.
"""
from __future__ import annotations

import pytest

from event_pipeline import assert_rule_makes, roles


@pytest.mark.parametrize("text", [
    "Chad met the Libyan offensive with air strikes on Libyan border towns.",
    "Kenyan police met the protesters with tear gas.",
    "The Bolivian offensive was met with Chilean air strikes.",
    "Chile's offer was met with scepticism in Lima.",
    "Peru met the Bolivian demands with silence.",
])
def test_meeting_an_act_with_a_response_is_no_meeting(nlp, options, text):
    found = roles(nlp, options, text)
    assert "CONSULT" not in [t for t, _a, _r in found], found


@pytest.mark.parametrize("text, event", [
    ("Chad met the Libyan offensive with air strikes on Libyan border towns.", ("ASSAULT", ["TCD"], ["LBY"])),
])
def test_the_response_is_coded_by_its_own_noun(nlp, options, text, event):
    assert event in roles(nlp, options, text)


@pytest.mark.parametrize("text, event", [
    ("Chad met the Libyan offensive with air strikes.", ("ASSAULT", ["TCD"], ["LBY"])),
    ("The Bolivian offensive was met with Chilean air strikes.", ("ASSAULT", ["CHL"], ["BOL"])),
    ("Bolivia repelled the Chilean raid with air strikes.", ("ASSAULT", ["BOL"], ["CHL"])),
])
def test_the_response_is_aimed_at_the_maker_of_what_it_answers(nlp, options, text, event):
    assert_rule_makes(nlp, options, text, "recipient_maker_of_the_answered_act", event)


def test_a_demand_answered_with_a_response_is_not_met(nlp, options):
    found = roles(nlp, options, "Peru met the Bolivian demands with silence.")
    assert "CONCEDE" not in [t for t, _a, _r in found], found


@pytest.mark.parametrize("text", [
    "The Peruvian foreign minister met the Chilean foreign minister in Paris.",
    "The Peruvian president met with the Chilean envoy on Monday.",
    "Peru met with Chile in Geneva.",
    "The Peruvian envoy met the Chilean president with his deputy in Lima.",
])
def test_real_meetings_stay_meetings(nlp, options, text):
    found = roles(nlp, options, text)
    assert ("CONSULT", ["PER"], ["CHL"]) in found, found
