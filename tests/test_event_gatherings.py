"""Whom a hosted meeting brought together (own sentences).

"a summit hosted by X brought together Y and Z": the summit's actor is its host and those it brought together are
its recipients (rule ``recipient_brought_together_by_the_meeting``, verbs in ``data/plover/gathering_verbs.tsv``).
"""
from __future__ import annotations

import pytest

from event_pipeline import coded

RULE = "recipient_brought_together_by_the_meeting"


@pytest.mark.parametrize("text, host, guest", [
    ("On May 3, a summit in Geneva hosted by Swiss President Alain Berset brought together Peruvian President "
     "Dina Boluarte and Chilean President Gabriel Boric.", "Alain Berset", "CHL"),
    ("A meeting in Nairobi hosted by Kenyan President William Ruto brought together Ugandan President Yoweri "
     "Museveni and Tanzanian President Samia Suluhu Hassan.", "William Ruto", "Samia Suluhu Hassan"),
])
def test_those_a_hosted_meeting_brought_together_are_its_recipients(nlp, options, text, host, guest):
    found = coded(nlp, options, text)
    assert any(t == "CONSULT" and host in a and guest in r and RULE in rule for t, a, r, rule in found), found
    off = coded(nlp, options, text, off=(RULE,))
    assert not any(t == "CONSULT" and guest in r for t, _a, r, _rule in off), off


def test_a_hosted_meeting_that_gathers_no_one_gets_no_recipient(nlp, options):
    found = coded(nlp, options, "A summit in Geneva hosted by Swiss President Alain Berset ended on Monday with "
                                "a statement.")
    assert not any(RULE in rule for *_x, rule in found), found
