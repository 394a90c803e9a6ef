"""A lone unnamed maker of an attack ("a gunman", "the attacker", "a suicide bomber") acts, and is coded by what the
text calls it, with the state where it struck as the recipient; on the receiving end of a coercive act or an
assault ("police arrested the gunman") it is that act's recipient (entity rule ``lone_patients``); on sentences
written for these tests.

Each row: a sentence, the entity or event rule that makes the coding, and the (type, actor, recipient) it makes; with
the rule switched off the coding is gone.  Kept contrasts: a state's organ in a place stays the state, a named armed
group stays the group.
"""
from __future__ import annotations

import pytest

from event_pipeline import coded, events_of

# (sentence, rule, event it makes, entity rules off, event rules off)
MADE = [
    # the place phrase on the maker says where it struck, not whose it is (it was coded as the state's act)
    ("A suicide bomber in Peru on Monday detonated himself inside a chapel.",
     ("ASSAULT", ["suicide bomber"], ["PER"]), ("lone_makers",), ()),
    ("A lone gunman in Chile shot dead four shoppers at a market on Friday.",
     ("ASSAULT", ["gunman"], ["CHL"]), ("lone_makers",), ()),
    # no state named with the maker: the one state the text names is where it struck
    ("Bolivian officials said the attacker entered a chapel in La Paz during mass and opened fire with a rifle.",
     ("ASSAULT", ["attacker"], ["BOL"]), (), ("recipient_state_a_lone_maker_struck",)),
    ("A suicide bomber in Peru on Monday detonated himself inside a chapel.",
     ("ASSAULT", ["suicide bomber"], ["PER"]), (), ("recipient_state_a_lone_maker_struck",)),
]


@pytest.mark.parametrize("text, event, entity_off, event_off", MADE, ids=[m[0][:40] for m in MADE])
def test_a_lone_maker_acts_against_the_state_where_it_struck(nlp, options, text, event, entity_off, event_off):
    found = [(t, a, r) for t, a, r, _ in coded(nlp, options, text)]
    assert event in found, found
    off = [(t, a, r) for t, a, r, _ in coded(nlp, options, text, off=event_off, entity_off=entity_off)]
    assert event not in off, off


KEPT = [
    # an organ of a state in a place is that state's (the place phrase names whose police they are)
    ("Police in Bolivia fired tear gas at the marchers in La Paz.", "ASSAULT", ["BOL"]),
    # a named armed group stays the actor
    ("Shining Path fighters ambushed a Peruvian army patrol near Ayacucho.", "ASSAULT", None),
]


@pytest.mark.parametrize("text, category, actor", KEPT, ids=[k[0][:40] for k in KEPT])
def test_no_lone_maker_where_the_actor_is_named(nlp, options, text, category, actor):
    found = coded(nlp, options, text)
    assert not any("lone_maker" in why for _, _, _, why in found), found
    assert not any(a in (["gunman"], ["attacker"]) for _, a, _, _ in found), found
    if actor is not None:
        assert any(t == category and a == actor for t, a, _, _ in found), found


# (sentence, event it makes): that lone maker on the receiving end of a coercive act or an assault is its recipient
UNDERGONE = [
    ("Chilean police arrested the gunman outside a bakery on Monday.", ("COERCE", ["CHL"], ["gunman"])),
    ("The attacker was shot dead by Peruvian soldiers near the chapel.", ("ASSAULT", ["PER"], ["attacker"])),
    ("Bolivian officers detained a kidnapper at the bus station in La Paz.", ("COERCE", ["BOL"], ["kidnapper"])),
    # a suspect is held or sought as a maker (agent_acts.tsv), in the passive too
    ("Peruvian police detained the suspect near the chapel on Sunday.", ("COERCE", ["PER"], ["suspect"])),
    ("In Lima, the suspect was arrested on suspicion of arson.", ("COERCE", ["PER"], ["suspect"])),
]


@pytest.mark.parametrize("text, event", UNDERGONE, ids=[u[0][:40] for u in UNDERGONE])
def test_a_lone_maker_undergoing_a_coercive_act_is_its_recipient(nlp, options, text, event):
    found = [(t, a, r) for t, a, r, _ in coded(nlp, options, text)]
    assert event in found, found
    off = [(t, a, r) for t, a, r, _ in coded(nlp, options, text, entity_off=("lone_patients",))]
    assert event not in off, off


@pytest.mark.parametrize("text", [
    # the noun is what a plain verb is about, not what a coercive act or assault is done to
    "Chilean police described the gunman as calm and well prepared.",
    "Peruvian investigators identified the attacker from a video of the chapel.",
])
def test_a_lone_maker_of_no_coercive_act_is_no_recipient(nlp, options, text):
    _events, entities = events_of(nlp, options, text)
    assert not any(e.name in ("gunman", "attacker") for e in entities.entities), entities.entities


def test_suspects_counted_are_a_group_of_the_agents_table(nlp, options):
    # "suspects" is an own row of the agents table (scripts/agents_own.tsv, CAMEO role CRM): a group alone
    text = "Chilean police apprehended four suspects outside a bakery on Monday."
    event = ("COERCE", ["CHL"], ["suspects"])
    assert event in [(t, a, r) for t, a, r, _ in coded(nlp, options, text)]
    off = [(t, a, r) for t, a, r, _ in coded(nlp, options, text, entity_off=("unnamed_groups",))]
    assert event not in off, off


@pytest.mark.parametrize("text, noun", [
    # a noun in neither table ("driver") names no group
    ("Chilean police detained the driver outside a bakery on Monday.", "driver"),
    # a name in apposition says who the suspect is: the person, not a group "suspect"
    ("The main suspect, Juan Quispe, was arrested by Peruvian police near the chapel.", "suspect"),
])
def test_no_lone_patient_group_where_the_noun_is_no_maker_or_is_named(nlp, options, text, noun):
    _events, entities = events_of(nlp, options, text)
    assert not any(e.name == noun for e in entities.entities), entities.entities
