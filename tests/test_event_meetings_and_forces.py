"""Sides of a meeting named away from its noun (extract/events/meetings.py) and a state's forces named by a common
noun in an article of several states (extract/events/armed_forces.py; reader.agent_phrase reads an adjective
as the first word of an agent name: "military officers"), and the state such forces take over
(extract/events/takeovers.py), own sentences.

Each row names the rule that must fire; with the rule switched off the same record is not produced.
"""
from __future__ import annotations

import pytest

from event_pipeline import assert_rule_makes, coded

# an article naming two states, so that no single state of the article answers for "the military"
TWO_STATES = "Chile has long backed the government in Lima. "


def _events(nlp, options, text, off=()):
    return coded(nlp, options, text, off=off, doc_id="doc_meetings_forces")

@pytest.mark.parametrize("text, rule, category, actor, recipient", [
    # the clause's two subjects took part in the talks its adverbial names
    ("Peru and Chile failed to settle the fishing row during the second round of talks on Monday in Geneva.",
     "meeting_of_coordinated_subject", "CONSULT", ["PER"], ["CHL"]),
    ("Ecuador and Colombia signed the water accord after two years of talks.",
     "meeting_of_coordinated_subject", "CONSULT", ["ECU"], ["COL"]),
    # the of-phrase of a meeting noun names its members
    ("The twelfth summit of the Andean Community opened on Friday in Cusco.",
     "meeting_of_members", "CONSULT", ["Andean Community"], []),
    ("A meeting of the foreign ministers of Peru and Chile ended without a statement.",
     "meeting_of_members", "CONSULT", ["PER"], ["CHL"]),
    # a state's forces by a common noun: its own place phrase, or the one state its sentence names
    # ("military officers" is one agent name of the Phoenix table, not a modifier saying whose officers they are)
    (TWO_STATES + "A Peruvian general said that military officers had seized the state broadcaster.",
     "forces_of_the_sentence_state", "COERCE", ["PER"], []),
    (TWO_STATES + "A Peruvian army major who led a revolt said that the military had taken charge of the country.",
     "forces_of_the_sentence_state", "COERCE", ["PER"], ["PER"]),
    # a state's own forces taking over the country: their state receives the coup (extract/events/takeovers.py)
    (TWO_STATES + "Military officers in Peru took charge of the country on Sunday, Chile said.",
     "recipient_own_state_taken_over", "COERCE", ["PER"], ["PER"]),
    (TWO_STATES + "A Peruvian general said that soldiers had seized power.",
     "recipient_own_state_taken_over", "COERCE", ["PER"], ["PER"]),
])
def test_the_sides_named_away_from_the_act(nlp, options, text, rule, category, actor, recipient):
    assert_rule_makes(nlp, options, text, rule, (category, actor, recipient), doc_id="doc_meetings_forces")


@pytest.mark.parametrize("text", [
    # one state speaking after talks is no evidence that it took part in them
    "Peru said on Monday that it would sign the accord after talks in Geneva.",
    # the sentence names two states: whose military it is, the text does not say
    TWO_STATES + "Chilean officials said on Monday that the military had seized power in Peru.",
    # a state named by its name taking over a country is no coup of its own state
    TWO_STATES + "Officials said that Peru had seized control of the government.",
])
def test_no_side_is_invented(nlp, options, text):
    found = _events(nlp, options, text)
    assert not any(k in why for k in ("meetings:", "armed_forces:", "taken_over") for *_x, why in found), found


def test_a_place_before_a_meeting_noun_is_its_venue_not_a_side(nlp, options):
    text = "Peru and Chile on Tuesday wrapped up their fourth round of Geneva peace talks in under an hour."
    found = _events(nlp, options, text)
    assert any(t == "CONSULT" and a == ["PER"] and r == ["CHL"] for t, a, r, _why in found), found
    assert not any("Geneva" in a for _t, a, _r, _why in found), found
