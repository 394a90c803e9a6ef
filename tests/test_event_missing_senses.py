"""Senses of a verb only PETRARCH2's CAMEO dictionary knew (issue 13, missing sense review r64).

The review read the real dev misses with no event of their type in the document
(``benchmarks/event_miss_triggers.py --no-type``, "verb not in lexicon (PETRARCH has it)") and added the missing
senses as lexicon rows whose source names the PETRARCH2 pattern and its CAMEO2PLOVER-2021 mapping.  Kept: removing or
ousting someone from an office or power, PETRARCH2's ``banish|deport|evict|exile|expel|oust|remove * (from office)``
(CAMEO 160, SANCTION), and building up forces, arms or their gear, PETRARCH2's ``build * up forces`` (CAMEO 154,
MOBILIZE), whose recipient a "close to"/"next to" phrase names as "near" does ("close to the border with X": X).  The
condition is the from-phrase naming an office or power: "removed the debris", the
adjective "ousted", a move "to a new office" and savings or a lead built up stay no event.  Sentences written for these tests; each coded one
loses its event with its own row taken out of the lexicon, each contrast reads the same with and without the rows.
"""
from __future__ import annotations

import pytest

from event_pipeline import roles, without_lexicon_rows

TAG = "missing sense review (r64)"


CODED = [
    # (the row's lemma, text, the event its row codes)
    ("remove", "The Peruvian parliament removed President Dina Vega from office on Friday.",
     ("SANCTION", ["PER"], ["Dina Vega"])),
    ("remove", "On Tuesday the Bolivian senate removed Governor Luis Arce from power after a long debate.",
     ("SANCTION", ["BOL"], ["Luis Arce"])),
    ("oust", "The Bolivian assembly ousted Governor Luis Arce from power.",
     ("SANCTION", ["BOL"], ["Luis Arce"])),
    ("oust", "Ecuador's parliament ousted Minister Rosa Paz from her post in March.",
     ("SANCTION", ["ECU"], ["Rosa Paz"])),
    ("build", "Bolivia built up tanks and artillery next to the border with Chile.", ("MOBILIZE", ["BOL"], ["CHL"])),
    ("build", "Venezuela kept building up troops and warships near its border with Guyana.", ("MOBILIZE", ["VEN"], ["GUY"])),
]

NO_EVENT = [
    # the same verbs with no office or power taken from anyone
    "Chilean workers removed the debris from the road in Santiago.",
    "Peru removed the statue from the square in Lima.",
    "The ousted Bolivian president flew to Mexico on Sunday.",
    "The Chilean ministry moved to a new office in Santiago.",
    "Bolivia's customs service ousted the smugglers' trucks from the car park.",
    "Chile built up its savings over the decade.",
    "The Peruvian striker built up a lead over the Chilean runner.",
]


CLOSE_TO = [
    # (text, the show of force with the state on the far side of the border as its recipient)
    ("Venezuela moved troops close to the border with Guyana on Monday.", ("MOBILIZE", ["VEN"], ["GUY"])),
    ("Bolivia built up tanks and artillery next to the border with Chile.", ("MOBILIZE", ["BOL"], ["CHL"])),
]


@pytest.mark.parametrize("lemma, text, event", CODED, ids=[c[1][:40] for c in CODED])
def test_a_removal_from_office_is_coded_by_its_row(nlp, options, tmp_path, lemma, text, event):
    assert event in roles(nlp, options, text)
    assert event not in roles(nlp, without_lexicon_rows(options, tmp_path, TAG, lemma), text)


@pytest.mark.parametrize("text", NO_EVENT, ids=[t[:40] for t in NO_EVENT])
def test_the_same_verbs_without_an_office_stay_no_event(nlp, options, tmp_path, text):
    found = roles(nlp, options, text)
    assert not [e for e in found if e[0] == "SANCTION"], found
    assert found == roles(nlp, without_lexicon_rows(options, tmp_path, TAG), text)


@pytest.mark.parametrize("text, event", CLOSE_TO, ids=[c[0][:40] for c in CLOSE_TO])
def test_forces_close_to_a_border_face_the_state_across_it(nlp, options, text, event):
    assert event in roles(nlp, options, text)


def test_close_to_names_no_recipient_of_other_acts(nlp, options):
    found = roles(nlp, options, "Peru's president spoke close to the border with Chile on Monday.")
    assert not [e for e in found if e[2] == ["CHL"]], found
