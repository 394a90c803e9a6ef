"""Approving a measure against a party is that measure (issue 13, category review r51).

PLOVER's SUPPORT is approval of a policy, action or actor between parties; SANCTION is any reduction of existing
relations.  A legislature or court that approves, ratifies or endorses a motion, fine or penalty *against* a named
party (or approves someone's removal) reduces relations with that party: SANCTION, as the lexicon rows whose source
names the "issue 13 category review (r51)" code it.  Approval of a plan, pact or loan stays SUPPORT (or AID), also
when it passes "against the objections" of someone.  Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from event_pipeline import roles, without_lexicon_rows

TAG = "issue 13 category review (r51)"

CHANGED = [
    # (text, the event as these rows code it, the category it had without them)
    ("Peru's Congress approved a motion of vacancy against President Carlos Ortiz on Wednesday.",
     ("SANCTION", ["Peruvian Congress"], ["Carlos Ortiz"]), "SUPPORT"),
    ("Peru's Congress approved the removal of Finance Minister Carlos Ortiz.",
     ("SANCTION", ["Peruvian Congress"], ["Carlos Ortiz"]), "SUPPORT"),
    ("Brazil's Supreme Court ratified the fine against the newspaper Folha.",
     ("SANCTION", ["Supreme Court"], ["Folha"]), "SUPPORT"),
    ("The European Union endorsed new penalties against the junta in Niger.",
     ("SANCTION", ["European Union"], ["NER"]), "SUPPORT"),
]

KEPT = [
    # approval of a plan, a pact, a loan: no measure against anyone
    ("Peru's Congress approved the plan of Finance Minister Carlos Ortiz.", "SUPPORT"),
    ("Peru's Congress approved the defence pact with Chile.", "SUPPORT"),
    ("Peru's Congress approved a resolution against racism.", "SUPPORT"),
    ("Peru's Congress approved a loan for Bolivia against the objections of the opposition.", "AID"),
]


@pytest.mark.parametrize("text, event, before", CHANGED, ids=[c[0][:40] for c in CHANGED])
def test_an_approved_measure_against_a_party_is_a_sanction(nlp, options, tmp_path, text, event, before):
    found = roles(nlp, options, text)
    assert event in found, found
    off = roles(nlp, without_lexicon_rows(options, tmp_path, TAG), text)
    assert event not in off, off
    assert before in [t for t, _a, _r in off], off


@pytest.mark.parametrize("text, kind", KEPT, ids=[k[0][:40] for k in KEPT])
def test_approval_of_no_measure_against_a_party_stays(nlp, options, tmp_path, text, kind):
    found = roles(nlp, options, text)
    assert kind in [t for t, _a, _r in found], found
    assert "SANCTION" not in [t for t, _a, _r in found], found
