"""Whom a seizure of power is taken from (extract/events/seizures.py, issue 13), table-driven.

Every sentence is invented for these tests (own words).  Each row is coded with the rule and without it; the
contrast rows name no ruler, a former one, a ruler of another state, or seize a thing rather than power.
"""
from __future__ import annotations

import pytest

from event_pipeline import coded

RULE = "recipient_ruler_of_the_seized_state"


def _events(nlp, options, text, off=()):
    return coded(nlp, options, text, off=off, doc_id="doc_seizures")

# (text, the ruler the coup is aimed at)
SEIZED = [
    # a ruler with no state known, in a sentence naming only the plotters' state
    ("Bolivian army officers said they had seized power in a coup on Monday, hours after President Tomas Varga "
     "fled the capital.", "Tomas Varga"),
    # the object "charge of the country"; a possessive state before the title
    ("A group of Paraguayan colonels said the army had taken charge of the country after Paraguay's King Oskar "
     "Delmar left for exile.", "Oskar Delmar"),
    # a two-word title
    ("Bolivian army officers took power in a coup overnight, hours after Prime Minister Elena Brandt flew "
     "abroad.", "Elena Brandt"),
]


@pytest.mark.parametrize("text, ruler", SEIZED, ids=[t[:40] for t, _ in SEIZED])
def test_a_seizure_of_power_is_aimed_at_the_ruler_the_sentence_names(nlp, options, text, ruler):
    found = _events(nlp, options, text)
    assert any(t == "COERCE" and r == [ruler] and RULE in why for t, _a, r, why in found), found
    off = _events(nlp, options, text, (RULE,))
    assert not any(t == "COERCE" and ruler in r for t, _a, r, _why in off), off


@pytest.mark.parametrize("text", [
    # no ruler named with a title: nobody is invented
    "Bolivian army officers said they had seized power in a coup on Monday and closed the airports.",
    # a former ruler holds no power to be taken
    "Bolivian army officers seized power in a coup on Monday, a year after former President Tomas Varga died.",
    # a thing seized, not the rule of a state
    "Bolivian customs officers seized the cargo after President Tomas Varga ordered checks.",
])
def test_no_ruler_is_made_the_recipient(nlp, options, text):
    found = _events(nlp, options, text)
    assert not any(RULE in why for *_x, why in found), found
    assert not any(t == "COERCE" and "Tomas Varga" in r for t, _a, r, _why in found), found


def test_a_ruler_of_another_state_is_not_the_one_overthrown(nlp, options):
    text = ("Bolivian army officers seized power in a coup on Monday as French President Marc Delorme "
            "visited Berlin.")
    found = _events(nlp, options, text)
    assert not any(RULE in why for *_x, why in found), found


STATE_RULE = "seized_state_beside_its_ruler"


@pytest.mark.parametrize("text, ruler", SEIZED, ids=[t[:40] for t, _ in SEIZED])
def test_a_seizure_aimed_at_the_ruler_also_acts_on_the_plotters_state(nlp, options, text, ruler):
    # one coup, two targets: the ousted ruler and the state whose rule is taken
    found = _events(nlp, options, text)
    state = [a for t, a, r, why in found if t == "COERCE" and STATE_RULE in why]
    assert state and all(a == r for t, a, r, why in found if STATE_RULE in why), found
    assert any(t == "COERCE" and r == [ruler] for t, _a, r, _why in found), found
    off = _events(nlp, options, text, (STATE_RULE,))
    assert not any(STATE_RULE in why for *_x, why in off) and len(off) == len(found) - 1, off


def test_a_seizure_aimed_at_no_ruler_gets_no_second_target(nlp, options):
    found = _events(nlp, options, "Bolivian army officers said they had seized power in a coup on Monday and closed the airports.")
    assert not any(STATE_RULE in why for *_x, why in found), found
