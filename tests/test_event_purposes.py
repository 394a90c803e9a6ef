"""Whom a coercive act is aimed at when only its purpose clause names the target (own sentences).

"declared an emergency to combat the cartels": the declaration has no object party; the purpose infinitive's verb
(``data/plover/purpose_verbs.tsv``) says whom it is against (rule ``recipient_aimed_at_in_the_purpose``).
"""
from __future__ import annotations

import pytest

from event_pipeline import coded

RULE = "recipient_aimed_at_in_the_purpose"


@pytest.mark.parametrize("text, category, actor, recipient", [
    ("Bolivia's leader on Tuesday declared a 20-day nationwide state of emergency to combat drug cartels.",
     "COERCE", "BOL", "cartels"),
    ("Washington imposed tariffs on steel to punish Canada.", "SANCTION", "USA", "CAN"),
])
def test_the_object_of_a_purpose_of_opposing_is_the_recipient(nlp, options, text, category, actor, recipient):
    found = coded(nlp, options, text)
    assert any(t == category and actor in a and r == [recipient] and RULE in rule for t, a, r, rule in found), found
    off = coded(nlp, options, text, off=(RULE,))
    assert not any(t == category and recipient in r for t, _a, r, _rule in off), off


@pytest.mark.parametrize("text", [
    # a purpose of help names no target
    "Ecuador declared an emergency on Monday to help the farmers.",
    # a purpose verb not of opposing
    "Bolivia's leader on Tuesday declared a state of emergency to protect drug cartels' rivals.",
])
def test_a_purpose_of_help_or_of_no_listed_verb_gives_no_recipient(nlp, options, text):
    found = coded(nlp, options, text)
    assert not any(RULE in rule for *_x, rule in found), found
    assert not any(t == "COERCE" and r for t, _a, r, _rule in found), found
