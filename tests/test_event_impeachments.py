"""A carried impeachment is a SANCTION, a move or motion to impeach an accusation (issue 13, impeachment review r53).

The PLOVER manual's ACCUSE is an allegation; a legislature's vote that impeaches an office holder strips the office as
a carried no-confidence motion does (the ``approve ... against`` rows code that SANCTION).  The lexicon rows whose
source names the "impeachment review r53" read "voted to impeach X" (the ``gov=`` cue on a verb trigger: the verb
it is the open complement of) and "passed the impeachment of X" as SANCTION; a motion, an attempt or proceedings
stay ACCUSE.  Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from event_pipeline import roles, without_lexicon_rows

TAG = "impeachment review r53"

CARRIED = [
    ("Zambian lawmakers voted to impeach President Mark Tolo on Thursday.", ("SANCTION", ["ZMB"], ["Mark Tolo"])),
    ("Legislators in Bolivia voted on Tuesday to impeach Vice President Ana Ruiz.", ("SANCTION", ["BOL"], ["Ana Ruiz"])),
    ("Members of the Slovenian parliament voted 90-4 to impeach Prime Minister Jan Kos.",
     ("SANCTION", ["SVN"], ["Jan Kos"])),
    ("Peru's Congress passed the impeachment of President Lia Soto on Friday.",
     ("SANCTION", ["Peruvian Congress"], ["Lia Soto"])),
]

ALLEGED = [
    ("Lawmakers filed a motion to impeach President Anton Vell of Chile.", ("ACCUSE", ["CHL"], ["Anton Vell"])),
]


@pytest.mark.parametrize("text, event", CARRIED, ids=[c[0][:40] for c in CARRIED])
def test_a_carried_impeachment_is_a_sanction(nlp, options, tmp_path, text, event):
    found = roles(nlp, options, text)
    assert event in found, found
    off = roles(nlp, without_lexicon_rows(options, tmp_path, TAG), text)
    assert event not in off, off
    assert ("ACCUSE", event[1], event[2]) in off, off


@pytest.mark.parametrize("text, event", ALLEGED, ids=[c[0][:40] for c in ALLEGED])
def test_a_motion_to_impeach_stays_an_accusation(nlp, options, tmp_path, text, event):
    found = roles(nlp, options, text)
    assert event in found, found
    assert not any(t == "SANCTION" for t, _a, _r in found), found


def test_an_approved_impeachment_is_a_sanction_not_support(nlp, options):
    found = roles(nlp, options, "The Bolivian senate approved the impeachment of Governor Ana Ruiz.")
    assert ("SANCTION", ["BOL"], ["Ana Ruiz"]) in found, found
    assert not any(t == "SUPPORT" for t, _a, _r in found), found


def test_a_verb_trigger_under_another_verb_is_no_impeachment_vote(nlp, options):
    """gov= on a verb trigger is the verb it complements: "wanted to impeach" is no vote."""
    found = roles(nlp, options, "Senators in Peru hoped to impeach President Lia Soto.")
    assert not any(t == "SANCTION" for t, _a, _r in found), found
