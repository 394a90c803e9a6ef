"""An act on a thing the phrase says someone made is aimed at its maker (extract/events/made_things.py,
rule ``recipient_maker_of_the_acted_on_thing``).  Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from event_pipeline import assert_rule_makes, roles

RULE = "recipient_maker_of_the_acted_on_thing"


@pytest.mark.parametrize("text, event", [
    # the by-phrase of the participle describing what was banned; a party of the actor's own state
    ("Kenyan police banned a rally organized by the Orange Democratic Movement for Saturday.",
     ("COERCE", ["KEN"], ["Orange Democratic Movement"])),
    # a camp raided: aimed at the group that built it
    ("Colombian troops raided a camp built by the Red Dawn Front.",
     ("COERCE", ["COL"], ["Red Dawn Front"])),
    # a deadline a state organ set, named by a common noun: the article's one state
    ("Nurses in Peru are angry. The Red Cross and Oxfam backed them. On Monday the nurses defied a government "
     "deadline to return to work.",
     ("REJECT", ["nurses"], ["PER"])),
])
def test_an_act_on_a_made_thing_is_aimed_at_its_maker(nlp, options, text, event):
    assert_rule_makes(nlp, options, text, RULE, event)


@pytest.mark.parametrize("text, kind", [
    # no maker named: no recipient
    ("Kenyan police banned a rally organized for Saturday.", "COERCE"),
    ("Peru's top court annulled three laws passed in March.", "REJECT"),
    # the maker is the actor's own side: no recipient
    ("Bolivia rejected a proposal made by its own diplomats.", "REJECT"),
    # a government deadline in an article naming no state: whose government, the text does not say
    ("The striking nurses defied a government deadline to return to work.", "REJECT"),
])
def test_a_thing_with_no_other_maker_named_gives_no_recipient(nlp, options, text, kind):
    found = roles(nlp, options, text)
    assert any(t == kind for t, _a, _r in found), found
    assert all(not r for t, _a, r in found if t == kind), found
