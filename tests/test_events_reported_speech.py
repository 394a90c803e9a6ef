"""Acts inside what someone says (reported speech, direct quotes): which are events of the article.

``output.reported_act_aimed_at_no_one``: a speaker's account of a deed (force, a meeting, aid, a deployment) done
to no named side is no event; the same account naming the side acted on, or a target the coder could not resolve,
stays, and so does a statement that is the act itself ("said it rejects ...").  Sentences of our own.
"""
from __future__ import annotations

import pytest

from event_pipeline import coded

RULE = "reported_act_aimed_at_no_one"


@pytest.mark.parametrize("text, category", [
    ("The Peruvian ministry said its troops had fought back.", "ASSAULT"),
    ("The Peruvian ministry said soldiers had been sent to clear the roads after the storm.", "MOBILIZE"),
    ("The Peruvian ministry said troops were deployed to the flooded towns.", "AID"),
    ("The Chilean ministry said the cabinet held an emergency meeting on Monday.", "CONSULT"),
    ("Chilean officials said the ruling party was discussing whether to expel the mayor.", "CONSULT"),
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
    # a statement that is the act itself: a rejection needs no other side
    ("Chile said it rejects the proposal.", ("REJECT", ["CHL"], [])),
    # a deed aimed at a named side
    ("Chilean officials said Peru had sent troops to the border with Chile.", ("MOBILIZE", ["PER"], ["CHL"])),
    ("Chilean officials said they had met Peruvian envoys in Lima.", ("CONSULT", ["CHL"], ["PER"])),
    # told by the article itself, not by a speaker
    ("Peruvian troops fought back on Monday.", ("ASSAULT", ["PER"], [])),
])
def test_a_reported_act_aimed_at_a_side_or_told_by_the_article_stays(nlp, options, text, want):
    assert want in [e[:3] for e in coded(nlp, options, text)]
