"""A counter-act is its maker's own (issue 13, actor and recipient swapped), own sentences.

"X countered Y's tariffs with tariffs of its own": the with-phrase of a verb of countering is the subject's means
(roles.means_of_the_countering_subject), while its object stays the other side's act; "retaliatory measures" are a
sanction of whoever takes them (lexicon.tsv, measure).
"""
from __future__ import annotations

import pytest

from event_pipeline import coded


def _events(nlp, options, text, off=()):
    return [(t, a, r) for t, a, r, _why in coded(nlp, options, text, off=off, doc_id="doc_counter_acts")]


@pytest.mark.parametrize("text", [
    "Bolivia countered Chile's duties on tin with tariffs of its own on Chilean fruit on Monday.",
    # the with-phrase hung on the object by the parser is still the verb's
    "Bolivia confronted the Chilean blockade with tariffs on Chilean imports.",
])
def test_the_means_of_a_countering_verb_is_the_subjects_act(nlp, options, text):
    found = _events(nlp, options, text)
    assert ("SANCTION", ["BOL"], ["CHL"]) in found, found
    rules = [why for *_x, why in coded(nlp, options, text, doc_id="doc_counter_acts")]
    assert any("means_of_the_countering_subject" in why for why in rules), rules
    off = _events(nlp, options, text, ("means_of_the_countering_subject",))
    assert ("SANCTION", ["BOL"], ["CHL"]) not in off, off


@pytest.mark.parametrize("text, event", [
    # the object of the countering verb is the other side's act, never the subject's
    ("Bolivia countered Chile's tariffs on Bolivian tin.", ("SANCTION", ["BOL"], ["CHL"])),
    # a with-phrase of any other verb: the rule does not apply ("hit with" tariffs: not the subject's)
    ("Bolivia was hit with Chilean tariffs on tin.", ("SANCTION", ["BOL"], ["CHL"])),
    # nor of a countering verb that answers nothing: what coincides with the strikes did not make them
    ("The Bolivian blockade of the pass, coinciding with air strikes on Chilean towns, cut the highway.", ("ASSAULT", ["BOL"], ["CHL"])),
])
def test_what_is_countered_stays_the_other_sides(nlp, options, text, event):
    assert event not in _events(nlp, options, text)


def test_retaliatory_measures_are_a_sanction_of_whoever_takes_them(nlp, options):
    found = _events(nlp, options, "After Chile raised its duties on tin, Bolivia announced retaliatory measures on Chilean fruit.")
    assert ("SANCTION", ["BOL"], ["CHL"]) in found, found


@pytest.mark.parametrize("text", [
    "The ministry announced new safety measures at the border crossings.",
    "Bolivia announced measures to support its tin miners.",
])
def test_other_measures_are_no_sanction(nlp, options, text):
    assert "SANCTION" not in [t for t, _a, _r in _events(nlp, options, text)]
