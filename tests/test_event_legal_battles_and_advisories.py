"""Two category confusions of the same trigger (issue 13, category review r99), read by the PLOVER manual: a legal
or court battle (or fight) is an act of the courts, ACCUSE allege ("sue or bring to court"), not the use of force
(ASSAULT); judges voting or a court ruling against a party find it liable, SANCTION convict, not REJECT; a
warning against travel or a visit is a travel advisory, which threatens no party (THREATEN is a
coercive or forceful warning with serious repercussions), so it is no event.  The lexicon rows whose source names
the review carry both; the obj2 cue reads the gerund of "warned against travelling" as the preposition's object.
Sentences written for these tests.  Each changed sentence reads otherwise with those rows taken out of the lexicon;
each kept contrast reads the same with and without them.
"""
from __future__ import annotations

import pytest

from event_pipeline import roles, without_lexicon_rows

TAG = "category confusion review (r99)"

CHANGED = [
    # (text, the event as these rows code it or None, the category it had without them)
    ("Chile's government lost a legal battle against the Bolivian mining firm on Monday.", "ACCUSE", "ASSAULT"),
    ("Peru began a court fight with the Chilean shipping company over the port fees.", "ACCUSE", None),
    ("The Peruvian foreign ministry warned citizens against travel to Bolivia.", None, "THREATEN"),
    ("Chile's foreign ministry warns against travelling to Venezuela during the vote.", None, "THREATEN"),
    # judges voting or a court ruling against a party find it liable: SANCTION convict, not a rejection
    ("Peru's constitutional court judges voted 5-2 against Prime Minister Ana Soto on Monday.", "SANCTION", "REJECT"),
    ("Bolivia's supreme court ruled against the governor of Santa Cruz.", "SANCTION", None),
]

KEPT = [
    # force is still a battle; a warning against a party's own provocation is still a threat
    ("Bolivian troops fought a fierce battle with the rebels near the border.", "ASSAULT"),
    ("The battle between Peruvian soldiers and the guerrillas killed four.", "ASSAULT"),
    ("Chile warned Bolivia against any provocation at the border.", "THREATEN"),
    ("Three senators voted against the Chilean trade deal.", "REJECT"),
]


@pytest.mark.parametrize("text, kind, before", CHANGED, ids=[c[0][:40] for c in CHANGED])
def test_a_legal_battle_or_travel_warning_reads_by_the_manual(nlp, options, tmp_path, text, kind, before):
    found = [t for t, _a, _r in roles(nlp, options, text)]
    if kind is None:
        assert "THREATEN" not in found and "ASSAULT" not in found, found
    else:
        assert kind in found and "ASSAULT" not in found, found
    off = [t for t, _a, _r in roles(nlp, without_lexicon_rows(options, tmp_path, TAG), text)]
    if kind is not None:
        assert kind not in off, off
    if before is not None:
        assert before in off, off


@pytest.mark.parametrize("text, kind", KEPT, ids=[k[0][:40] for k in KEPT])
def test_force_and_threats_stay(nlp, options, tmp_path, text, kind):
    found = roles(nlp, options, text)
    assert kind in [t for t, _a, _r in found], found
    assert found == roles(nlp, without_lexicon_rows(options, tmp_path, TAG), text)
