"""The object pronoun of an act reaches past sentences that name nobody of its kind to the one candidate of the
nearest sentence that names any (events.pronoun_reach).  Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from event_pipeline import coded

RULE = "object_pronoun_reaches_past_nameless_sentences"


def _roles(nlp, options, text, off=()):
    return [(t, a, r) for t, a, r, _rule in coded(nlp, options, text, off=off)]


@pytest.mark.parametrize("text, want", [
    # a sentence naming nobody and a caption-like line between the name and the act
    ("Senator Pablo Ortega Vidal was wounded in Quito on Sunday.\n\nHis party called it a crime.\n\n"
     "The attack took place in a square when gunmen shot him from behind, his party said.",
     ("ASSAULT", ["gunmen"], ["Pablo Ortega Vidal"])),
    # three nameless sentences: "her" is the one person named before them
    ("Judge Marta Ilves ruled on the land case on Monday. The hearing lasted two hours. Reporters waited outside. "
     "Masked gunmen shot her outside the court.", ("ASSAULT", ["gunmen"], ["Marta Ilves"])),
    # "them": the one group named before; the state of the act's own subject is no antecedent
    ("The Red Dawn Front seized a bridge on Friday. The bridge stayed closed for a week. Traffic was slow. "
     "Ecuadorian troops attacked them on Monday.", ("ASSAULT", ["ECU"], ["Red Dawn Front"])),
])
def test_an_object_pronoun_reaches_the_one_candidate_past_nameless_sentences(nlp, options, text, want):
    found = _roles(nlp, options, text)
    assert want in found, found
    off = _roles(nlp, options, text, off=(RULE,))
    assert want not in off, off  # the rule is what finds it


@pytest.mark.parametrize("text, kind, actor", [
    # two people in the sentence reached: "him" is neither
    ("Senator Pablo Ortega Vidal met Senator Ana Ruiz in Quito on Sunday.\n\nHis party called it a crime.\n\n"
     "The attack took place in a square when gunmen shot him from behind, his party said.", "ASSAULT", ["gunmen"]),
    # two groups: "them" is neither
    ("The Red Dawn Front and the Black River Union seized a bridge on Friday. The bridge stayed closed for a week. "
     "Traffic was slow. Ecuadorian troops attacked them on Monday.", "ASSAULT", ["ECU"]),
])
def test_two_candidates_leave_the_act_without_a_recipient(nlp, options, text, kind, actor):
    found = _roles(nlp, options, text)
    assert (kind, actor, []) in found, found


@pytest.mark.parametrize("middle", [
    "Hundreds of farmers blocked the road all day. ",  # the previous sentence
    "Hundreds of farmers blocked the road all day. The rain began. ",  # one further back
])
def test_an_unnamed_plural_subject_on_the_way_stops_the_reach(nlp, options, middle):
    text = ("The Red Dawn Front seized a bridge on Friday. " + middle + "Ecuadorian troops attacked them on Monday.")
    found = _roles(nlp, options, text)
    assert not any(r == ["Red Dawn Front"] for _t, _a, r in found), found


def test_a_name_beyond_the_reach_is_not_taken(nlp, options):
    text = ("Senator Pablo Ortega Vidal was wounded on Sunday. The square was quiet. The shops were shut. "
            "The buses stopped. The rain began. The streets emptied. Gunmen shot him from behind.")
    found = _roles(nlp, options, text)
    assert ("ASSAULT", ["gunmen"], ["Pablo Ortega Vidal"]) not in found, found
