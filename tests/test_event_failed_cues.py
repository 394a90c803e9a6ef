"""Triggers whose cues failed (issue 13, "no cue holds" review ev128).

The review read the real dev misses whose lexicon row matched but whose cue held for none of its rows
(``benchmarks/event_miss_triggers.py --list``: "gated: no cue holds", "gated: requires recipient").  Kept: the word
classes PLOVER's manual names for COERCE restrict (civil liberties suspended; the suspension or dissolution of a
parliament as a noun, as its verb rows already code it).  Sentences written for these tests; each coded one loses
its event with its rows taken out of the lexicon, each contrast stays no event.
"""
from __future__ import annotations

import pytest

from event_pipeline import roles, without_lexicon_rows

TAG = '"no cue holds" review (ev128)'

CODED = [
    # (the row's lemma, text, the event its row codes)
    ("suspend", "The Kenyan government suspended civil liberties for a month.", ("COERCE", ["KEN"], [])),
    ("suspension", "Kenya's president announced the suspension of parliament on Sunday.", ("COERCE", ["KEN"], ["KEN"])),
    ("suspension", "The Bolivian junta announced the suspension of the constitution.", ("COERCE", ["BOL"], [])),
    ("dissolution", "President Ruto announced the dissolution of the national assembly.",
     ("COERCE", ["William Ruto"], [])),
]

NO_EVENT = [
    # (text, the category its row would code): the same words with nothing restricted
    ("The Kenyan team suspended training for a month.", "COERCE"),
    ("Kenya's president announced the suspension of the football league on Sunday.", "COERCE"),
    ("The Peruvian band announced its dissolution on Sunday.", "COERCE"),
]


@pytest.mark.parametrize("lemma, text, event", CODED, ids=[c[1][:40] for c in CODED])
def test_a_failed_cue_word_now_codes_its_event(nlp, options, tmp_path, lemma, text, event):
    assert event in roles(nlp, options, text)
    assert event not in roles(nlp, without_lexicon_rows(options, tmp_path, TAG, lemma), text)


@pytest.mark.parametrize("text, category", NO_EVENT, ids=[t[:40] for t, _c in NO_EVENT])
def test_the_same_words_on_other_things_stay_no_event(nlp, options, text, category):
    found = roles(nlp, options, text)
    assert not [e for e in found if e[0] == category], found
