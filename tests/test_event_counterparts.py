"""The other party of a meeting, agreement or cooperation (extract/events/counterparts.py), own sentences.

Real dev's gold codes a two-sided act as one record with each side the other's recipient; a prediction with the
two sides as a compound actor and no recipient, or one side and no recipient, misses it.
"""
from __future__ import annotations

import pytest

from event_pipeline import assert_rule_makes, coded
from newsweave.extract.events import counterparts, parties


def _events(nlp, options, text, off=()):
    return coded(nlp, options, text, off=off, doc_id="doc_counterparts")

# a story about two states (article_dyad: both named often enough, no third one near)
BORDER = ("Peru and Chile have argued over the fishing grounds for months. Chilean officials say the waters belong "
          "to Chile. Lima disputes that reading, and Peruvian boats keep fishing there. ")


@pytest.mark.parametrize("text, rule, category, actor, recipient", [
    # one side of a two-state story meeting or agreeing with no one named: the other state
    (BORDER + "On Monday Peru agreed to share the catch figures.", "recipient_other_side_of_the_dyad",
     "AGREE", ["PER"], ["CHL"]),
    (BORDER + "Lima proposed talks in the spring.", "recipient_other_side_of_the_dyad",
     "AGREE", ["PER"], ["CHL"]),
])
def test_the_other_party_of_a_two_sided_act_is_its_recipient(nlp, options, text, rule, category, actor, recipient):
    assert_rule_makes(nlp, options, text, rule, (category, actor, recipient), doc_id="doc_counterparts")


@pytest.mark.parametrize("text", [
    # no story of two states: an agreement naming no one keeps no recipient
    "Officials said on Monday that Peru had agreed to share the catch figures.",
    # the clause names whom the meeting is with, by a noun no entity stands for
    BORDER + "On Monday Peru met the fishermen in the port.",
])
def test_no_other_party_is_invented(nlp, options, text):
    found = _events(nlp, options, text)
    assert not any(r == ["CHL"] for _t, _a, r, _why in found), found
    assert not any("recipient_other_side_of_the_dyad" in why for *_x, why in found), found


def test_a_mediator_of_a_two_state_story_gets_no_side_from_the_dyad(nlp, options):
    text = BORDER + "On Monday Brazil agreed to host the next round."
    found = _events(nlp, options, text)
    assert not any(a == ["BRA"] and r for _t, a, r, _why in found), found


def test_the_counterpart_rules_are_named_apart_from_the_party_rules():
    names = [rule.__name__ for rule in (*parties.PARTY_RULES, *counterparts.COUNTERPART_RULES)]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("text", [
    "Ecuador condemned an attack on a Chilean border post.",
    "Ecuador denounced a raid against Chilean fishing boats on Sunday.",
])
def test_a_condemned_act_with_no_maker_is_not_aimed_at_whom_it_hit(nlp, options, text):
    found = _events(nlp, options, text)
    assert any(t == "ACCUSE" and a == ["ECU"] and "recipient_not_the_victim_of_the_judged_act" in why
               for t, a, _r, why in found), found
    assert not any(t == "ACCUSE" and r == ["CHL"] for t, _a, r, _why in found), found
    off = _events(nlp, options, text, ("recipient_not_the_victim_of_the_judged_act",))
    assert any(t == "ACCUSE" and r == ["CHL"] for t, _a, r, _why in off), off


@pytest.mark.parametrize("text, maker", [
    # the maker named (possessor, by-phrase) or an act of its kind coded before: that maker, as before
    ("Ecuador condemned Peru's attack on a Chilean border post.", "PER"),
    ("Ecuador condemned the attack by Peru on a Chilean border post.", "PER"),
    ("Peruvian troops shelled a Chilean border post on Sunday. Ecuador condemned the shelling of the post.", "PER"),
])
def test_a_condemned_act_with_a_maker_is_aimed_at_the_maker(nlp, options, text, maker):
    found = _events(nlp, options, text)
    assert any(t == "ACCUSE" and a == ["ECU"] and r == [maker] for t, a, r, _why in found), found
