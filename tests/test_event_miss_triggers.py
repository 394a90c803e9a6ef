"""The miss diagnosis of ``benchmarks/event_miss_triggers.py`` (issue 13, r53 review of "verb not in lexicon").

A miss whose sentence has a verb PETRARCH2 names for the gold category was counted as "PETRARCH has it", though
PETRARCH's patterns for the verb need an object, particle or preposition the sentence may lack ("hurl * rocks", not
"hurled insults").  ``petrarch_pattern_holds`` tells the two apart on the parse.  Sentences written for these tests.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from event_pipeline import events_of

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import event_miss_triggers as emt  # noqa: E402


def reader_of(nlp, options, text):
    """The event coder's reader of ``text`` (as the diagnosis gets it: by spying on ``read``)."""
    import newsweave.extract.events as pkg

    seen = []
    orig = pkg.read

    def spy(r):
        seen.append(r)
        return orig(r)

    pkg.read = spy
    try:
        events_of(nlp, options, text)
    finally:
        pkg.read = orig
    assert seen
    return seen[0]


def verb(r, lemma):
    return next(t for t in r.doc if t.lemma_.lower() == lemma and t.pos_ == "VERB")


@pytest.mark.parametrize("text, lemma, category", [
    ("Villagers hurled rocks at the army convoy on Monday.", "hurl", "ASSAULT"),
    ("Youths threw stones at the police station.", "throw", "ASSAULT"),
    ("The rebels have seized large swaths of land in the east.", "seize", "COERCE"),
])
def test_a_pattern_whose_object_is_in_the_sentence_holds(nlp, options, text, lemma, category):
    r = reader_of(nlp, options, text)
    assert emt.petrarch_pattern_holds(r, verb(r, lemma), {category})


@pytest.mark.parametrize("text, lemma, category", [
    ("The minister hurled insults at the reporters on Monday.", "hurl", "ASSAULT"),
    ("The band threw a party for the departing mayor.", "throw", "ASSAULT"),
    ("The rebels have seized the moment to talk.", "seize", "COERCE"),
])
def test_the_same_verb_without_the_pattern_s_object_does_not(nlp, options, text, lemma, category):
    r = reader_of(nlp, options, text)
    assert not emt.petrarch_pattern_holds(r, verb(r, lemma), {category})
