"""Acts inside what someone says (reported speech, direct quotes): which are events of the article.

``output.reported_act_aimed_at_no_one``: a speaker's account of force done to no named side is no event; the
same account naming the side acted on, or a target the coder could not resolve, stays.  Sentences of our own.
"""
from __future__ import annotations

import pytest

from event_pipeline import coded

RULE = "reported_act_aimed_at_no_one"


@pytest.mark.parametrize("text, category", [
    ("The Peruvian ministry said its troops had fought back.", "ASSAULT"),
])
def test_a_reported_act_aimed_at_no_one_is_no_event(nlp, options, text, category):
    on = [e for e in coded(nlp, options, text) if e[0] == category]
    off = [e for e in coded(nlp, options, text, off=(RULE,)) if e[0] == category]
    assert not on and off, (on, off)


@pytest.mark.parametrize("text, want", [
    # the side acted on is named
    ("Chilean officials said Peruvian troops shelled Chile on Monday.", ("ASSAULT", ["PER"], ["CHL"])),
    # a target the coder could not resolve to a party
    ("Chilean officials said Peruvian troops shelled the valley on Monday.", ("ASSAULT", ["PER"], [])),
    # no act of force: a speaker's own concession needs no other side
    ("Chile said it had agreed to withdraw its troops.", ("CONCEDE", ["CHL"], [])),
    # told by the article itself, not by a speaker
    ("Peruvian troops fought back on Monday.", ("ASSAULT", ["PER"], [])),
])
def test_a_reported_act_aimed_at_a_side_or_told_by_the_article_stays(nlp, options, text, want):
    assert want in [e[:3] for e in coded(nlp, options, text)]
