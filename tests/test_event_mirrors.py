"""The other direction of a mutual act (extract/events/mirrors.py), own sentences.

Real dev's gold codes an act both sides do to each other once in each direction; a one-sided act stays one record.
"""
from __future__ import annotations

import pytest

from event_pipeline import coded


def _events(nlp, options, text, off=()):
    return [(t, a, r) for t, a, r, _why in coded(nlp, options, text, off=off, doc_id="doc_mirrors")]


def _rules(nlp, options, text):
    return [why for *_x, why in coded(nlp, options, text, doc_id="doc_mirrors")]


@pytest.mark.parametrize("text, category, left, right", [
    # a reciprocal object: each side acts on the other
    ("Bolivia and Paraguay accused each other of moving soldiers toward the river.", "ACCUSE", "BOL", "PRY"),
    ("Ghana and Togo blamed one another for the collapse of the customs deal.", "ACCUSE", "GHA", "TGO"),
    # a symmetric act of force whose two sides are named together
    ("Fresh clashes between Bolivian and Paraguayan soldiers broke out near the river on Sunday.", "ASSAULT", "BOL", "PRY"),
])
def test_a_mutual_act_is_coded_in_both_directions(nlp, options, text, category, left, right):
    found = _events(nlp, options, text)
    assert (category, [left], [right]) in found and (category, [right], [left]) in found, found
    assert any("mirror_mutual_act" in why for why in _rules(nlp, options, text))
    off = _events(nlp, options, text, ("mirror_mutual_act",))
    assert len([x for x in off if x[0] == category and {x[1][0], x[2][0]} == {left, right}]) == 1, off


@pytest.mark.parametrize("text, category, actor, recipient", [
    # one side's act on the other: never mirrored
    ("Bolivia accused Paraguay of moving soldiers toward the river.", "ACCUSE", "BOL", "PRY"),
    ("The Norwegian foreign minister met his Icelandic counterpart in Oslo on Friday.", "CONSULT", "NOR", "ISL"),
    # a meeting between two named sides is coded once (mutual_predicates.tsv: no CONSULT rows)
    ("Uruguay and Paraguay held talks on the shared dam on Tuesday.", "CONSULT", "URY", "PRY"),
])
def test_a_one_sided_act_keeps_one_direction(nlp, options, text, category, actor, recipient):
    found = _events(nlp, options, text)
    assert (category, [actor], [recipient]) in found, found
    assert (category, [recipient], [actor]) not in found, found


# a story about two states (the article's dyad: both named often enough, no third one near)
RIVER = ("Bolivia and Paraguay have quarrelled over the river border for a year. Bolivian officers say the islands "
         "belong to Bolivia. Asuncion rejects that, and Paraguayan boats still patrol there. ")


@pytest.mark.parametrize("text, category, expect", [
    # a bare "both" acting on each other: the pair, in both directions
    (RIVER + "On Sunday both blamed each other for the shooting at the ferry.", "ACCUSE", 2),
    # a bare "both" with another object names no pair acting on each other
    (RIVER + "On Sunday both blamed the smugglers for the shooting at the ferry.", "ACCUSE", 0),
])
def test_a_bare_both_acting_on_each_other_is_the_pair(nlp, options, text, category, expect):
    found = [x for x in _events(nlp, options, text) if x[0] == category and sorted(x[1] + x[2]) == ["BOL", "PRY"]]
    assert len(found) == expect, _events(nlp, options, text)
    if expect:
        off = [x for x in _events(nlp, options, text, ("actor_both_of_a_mutual_act",))
               if x[0] == category and sorted(x[1] + x[2]) == ["BOL", "PRY"]]
        assert not off, off


def test_clashed_with_is_one_sided(nlp, options):
    found = _events(nlp, options, "Bolivian police clashed with Paraguayan smugglers near the ferry on Sunday.")
    assert sum(1 for t, *_x in found if t == "ASSAULT") <= 1, found
