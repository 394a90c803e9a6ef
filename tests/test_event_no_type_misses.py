"""Existing triggers whose rows were too narrow for a kind of object (issue 13, dev no-type miss review r65).

Read by the PLOVER manual: SANCTION is any reduction of existing, routine or cooperative relations (PETRARCH2's
CAMEO 160 codes a sacking so); suspending, dismissing or firing an office holder, or placing one on leave, reduces
the relation of the one who does it with that official.  The lexicon rows whose source names the review are taken
out for the "off" reading; each changed sentence loses its event without them, each kept contrast reads the same.
A passive act of force with no maker named takes the maker the same sentence names for the attack it happened in
(implicit rule ``actor_maker_of_the_attack_it_happened_in``, switched off by name); none is guessed otherwise.
Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from event_pipeline import coded, roles, without_lexicon_rows

TAG = "dev no-type miss review (r65)"


CHANGED = [
    # (text, the event these rows code)
    ("President Ramos placed Finance Minister Ana Costa on leave with immediate effect.",
     ("SANCTION", ["Ramos"], ["Ana Costa"])),
    ("Governor Marta Rocha put Police Commissioner Jorge Salas on special leave on Friday.",
     ("SANCTION", ["Marta Rocha"], ["Jorge Salas"])),
    ("Prime Minister Ortega fired Defence Minister Luis Vera on Sunday.",
     ("SANCTION", ["Ortega"], ["Luis Vera"])),
    ("President Lula dismissed Justice Minister Pedro Alves after the escape.",
     ("SANCTION", ["Lula"], ["Pedro Alves"])),
    ("Premier Kato suspended Trade Secretary Emi Sato over the leaked memo.",
     ("SANCTION", ["Kato"], ["Emi Sato"])),
]

KEPT = [
    # the same verbs on other objects: a proposal dismissed, a fleet put on alert, shots fired, talks suspended
    ("President Lula dismissed the union's proposal on Monday.", "REJECT"),
    ("Premier Kato dismissed the official explanation of the crash.", "REJECT"),
    ("The Chilean navy put its fleet on high alert.", "MOBILIZE"),
    ("Chilean troops fired on Peruvian soldiers at the border.", "ASSAULT"),
    ("Peru suspended peace talks with Chile.", "REJECT"),
]


@pytest.mark.parametrize("text, event", CHANGED, ids=[c[0][:40] for c in CHANGED])
def test_an_office_holder_suspended_or_dismissed_is_a_sanction(nlp, options, tmp_path, text, event):
    found = roles(nlp, options, text)
    assert event in found, found
    off = roles(nlp, without_lexicon_rows(options, tmp_path, TAG), text)
    assert event not in off, off


@pytest.mark.parametrize("text, kind", KEPT, ids=[k[0][:40] for k in KEPT])
def test_the_same_verbs_on_other_objects_stay(nlp, options, tmp_path, text, kind):
    found = roles(nlp, options, text)
    assert kind in [t for t, _a, _r in found], found
    assert "SANCTION" not in [t for t, _a, _r in found], found
    assert found == roles(nlp, without_lexicon_rows(options, tmp_path, TAG), text)


# -- a passive act of force whose maker the sentence names as the maker of the attack it happened in ---------------
ROLE_CASES = [
    # (rule, text, the event it codes); with the rule off no event has those roles
    ("actor_maker_of_the_attack_it_happened_in", "Nine villagers were killed in a Bolivian airstrike.",
     ("ASSAULT", ["BOL"], ["villagers"])),
    ("actor_maker_of_the_attack_it_happened_in",
     "Two Bolivian soldiers were wounded during a Peruvian drone strike near the border.", ("ASSAULT", ["PER"], ["BOL"])),
    ("actor_maker_of_the_attack_it_happened_in", "Two Peruvian soldiers were killed in an attack by Shining Path rebels.",
     ("ASSAULT", ["Shining Path"], ["PER"])),
    ("actor_maker_of_the_attack_it_happened_in",
     "At least nine villagers were killed on Monday in two Bolivian army airstrikes in the north.",
     ("ASSAULT", ["BOL"], ["villagers"])),
    ("actor_maker_of_the_attack_it_happened_in",
     "Six villagers were killed and four wounded on Friday in three Bolivian army drone strikes.",
     ("ASSAULT", ["BOL"], ["villagers"])),
]

ROLE_KEPT = [
    # no attack's maker named: no act of force between parties
    ("Four Bolivian miners were killed in a blast at the mine.", "ASSAULT"),
    ("Three Chilean guards were killed in an accident near the Bolivian border.", "ASSAULT"),
    ("Two Chilean guards were killed in an attack near the Bolivian border.", "ASSAULT"),
]


@pytest.mark.parametrize("rule, text, event", ROLE_CASES, ids=[c[1][:40] for c in ROLE_CASES])
def test_a_role_named_in_the_sentence_is_read(nlp, options, rule, text, event):
    found = coded(nlp, options, text)
    assert any((t, a, r) == event and rule in why for t, a, r, why in found), found
    off = coded(nlp, options, text, off=(rule,))
    assert not any((t, a, r) == event for t, a, r, _why in off), off


@pytest.mark.parametrize("text, kind", ROLE_KEPT, ids=[k[0][:40] for k in ROLE_KEPT])
def test_no_role_named_no_event(nlp, options, text, kind):
    found = coded(nlp, options, text)
    assert kind not in [t for t, *_ in found], found

