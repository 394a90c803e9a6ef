"""Two lexicon senses read against the PLOVER manual (issue 13, lexicon sense review ev122).

- "assure": AGREE is a promise or a commitment to cooperate; an assurance about how things stand is a statement,
  and CAMEO's public statements are dropped in PLOVER. The assurance is AGREE only when it tells the assurer's own
  act still to come ("assured X it would ..."), or has no that-clause ("assured X of its support"): cue ``self``.
- a cyber attack is COERCE (mode cyber: "cyber attacks and crime, including hacking, security breaches, website
  attacks"), not ASSAULT, also when launched ("launched a cyber attack on X").
"""
from __future__ import annotations

import pytest

from event_pipeline import roles, without_lexicon_rows

TAG = "lexicon sense review (ev122)"

CODED = [
    ("Lima assured Quito it would reopen the border crossing next week.", ("AGREE", ["PER"], ["ECU"])),
    ("The Peruvian envoy assured Ecuador that Peru would release the fishermen.", ("AGREE", ["PER"], ["ECU"])),
    ("Peru assured Ecuador of its full backing in the talks.", ("AGREE", ["PER"], ["ECU"])),
    ("A cyber attack by Peruvian hackers shut down Ecuador's tax portal.", ("COERCE", ["PER"], [])),
    ("Peru launched a cyber attack on Ecuador's electricity company.", ("COERCE", ["PER"], ["ECU"])),
    ("Peruvian hackers carried out a cyber attack on Ecuador's tax portal.", ("COERCE", ["PER"], ["ECU"])),
]

NOT_CODED = [
    # (text, the category it must not have)
    ("The Peruvian minister assured Ecuador that the spill had been contained.", "AGREE"),
    ("Peruvian officials assured Ecuador that the drills posed no danger.", "AGREE"),
    ("The Peruvian president assured Ecuador that such an incident would never happen again.", "AGREE"),
    ("A cyber attack by Peruvian hackers shut down Ecuador's tax portal.", "ASSAULT"),
    ("Peru launched a cyber attack on Ecuador's electricity company.", "ASSAULT"),
    ("Peruvian hackers carried out a cyber attack on Ecuador's tax portal.", "ASSAULT"),
]


@pytest.mark.parametrize("text, event", CODED, ids=[c[0][:40] for c in CODED])
def test_a_manual_sense_is_coded(nlp, options, text, event):
    assert event in roles(nlp, options, text)


@pytest.mark.parametrize("text, category", NOT_CODED, ids=[t[0][:40] for t in NOT_CODED])
def test_the_other_sense_is_not(nlp, options, text, category):
    found = roles(nlp, options, text)
    assert not [e for e in found if e[0] == category], found


def test_the_review_rows_make_the_difference(nlp, options, tmp_path):
    # without this review's cyber rows, a cyber attack is an assault
    before = without_lexicon_rows(options, tmp_path, TAG)
    for text in (CODED[4][0], CODED[5][0]):
        found = roles(nlp, before, text)
        assert any(e[0] == "ASSAULT" for e in found) and not any(e[0] == "COERCE" for e in found), found
