"""Senses of the PLOVER manual the lexicon lacked (issue 13, PLOVER gold-standard recall review ev117).

The review sorted the PLOVER gold-standard records the coder missed by why; these are the general gaps it found,
each tested on sentences written for these tests:

- a stance held, told as a stative passive: "X is committed to Y" is X's commitment (AGREE), as "X is engaged in
  talks" is X's part in them (``participation_verbs`` of coder_words.tsv); "committed to trial / to prison" is no
  promise of the one sent there;
- an ordered patrol or mobilisation is that act of the one who ordered it (MOBILIZE, coded on its noun, as an ordered
  deployment already was), not a request to no one;
- defacing websites is a cyber attack (PLOVER manual, COERCE cyber: "website attacks");
- working people who stop work strike (PLOVER manual, PROTEST strike); stopping work on a building is no strike;
- a group with no state of its own is told by whom it serves ("workers affiliated with the X union", rule
  ``group_of_whom_it_serves`` of phrases.entity_phrase), as "forces loyal to X" already were.
"""
from __future__ import annotations

import pytest

from event_pipeline import roles, without_lexicon_rows

TAG = "PLOVER recall review (ev117)"

CODED = [
    # (the row's lemma or None for the participation word, text, the event it codes)
    (None, "Chile is committed to opening its markets to Peru.", ("AGREE", ["CHL"], ["PER"])),
    (None, "The Chilean minister said Chile is committed to the peace process with Peru.", ("AGREE", ["CHL"], ["PER"])),
    ("order", "The Chilean government ordered more patrols along the border on Monday.", ("MOBILIZE", ["CHL"], [])),
    ("order", "Bolivia ordered the mobilisation of its reservists after the clashes.", ("MOBILIZE", ["BOL"], [])),
    ("deface", "Chilean hackers defaced hundreds of Peruvian government websites.", ("COERCE", ["CHL"], ["PER"])),
    ("deface", "Bolivian hackers have defaced nearly 300 Chilean web sites over the past month.", ("COERCE", ["BOL"], ["CHL"])),
    ("stop", "Members of the Chilean teachers' union stopped work on Monday.", ("PROTEST", ["Chilean teachers"], ["CHL"])),
]

NO_EVENT = [
    # (text, the category it must not have)
    ("The Peruvian suspect was committed to trial by a Chilean judge.", "AGREE"),
    ("The Peruvian suspect was committed to prison.", "AGREE"),
    ("The Chilean army stopped work on the bridge.", "PROTEST"),
    ("Chile stopped work on the new embassy in Lima.", "PROTEST"),
    ("The designer defaced the page with a coffee stain.", "COERCE"),
]


@pytest.mark.parametrize("lemma, text, event", CODED, ids=[c[1][:40] for c in CODED])
def test_a_manual_sense_is_coded(nlp, options, tmp_path, lemma, text, event):
    assert event in roles(nlp, options, text)
    if lemma is not None:  # its own row makes it
        assert event not in roles(nlp, without_lexicon_rows(options, tmp_path, TAG, lemma), text)


@pytest.mark.parametrize("text, category", NO_EVENT, ids=[t[0][:40] for t in NO_EVENT])
def test_the_same_words_in_another_sense_stay_no_event(nlp, options, text, category):
    found = roles(nlp, options, text)
    assert not [e for e in found if e[0] == category], found


def test_an_agentless_commitment_is_its_subjects_but_a_crime_committed_is_not(nlp, options):
    # the by-phrase still names who acted: a crime committed by soldiers is theirs, not the crime's
    found = roles(nlp, options, "The massacre was committed by Chilean soldiers.")
    assert ("ASSAULT", ["CHL"], []) in found
    assert not [e for e in found if e[0] == "AGREE"], found


def test_a_group_with_no_state_is_told_by_whom_it_serves(nlp, options):
    # rule group_of_whom_it_serves (phrases.entity_phrase): "workers affiliated with the X union" act with the union
    text = "Some 500,000 workers affiliated with the Chilean Workers' Union stopped work on Monday."
    assert any(t == "PROTEST" and "Chilean Workers' Union" in a for t, a, _r in roles(nlp, options, text))
    off = roles(nlp, options, text, off=("group_of_whom_it_serves",))
    assert any(t == "PROTEST" for t, _a, _r in off) and not any("Chilean Workers' Union" in a for _t, a, _r in off)
