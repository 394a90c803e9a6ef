"""Claims: a compass point or bearing the parser read as a second subject of a cue ("Further west, near the
harbour, the baker Ada Lind said ...") is no speaker (rule bearing_subject_skipped in claims/grammar.py, words in
data/claims/bearing_nouns.tsv): the cue's other subject speaks. Sentences of our own; switched off by
monkeypatching ``_bearing``. Contrasts: "the West" with its determiner is a bloc of states and keeps speaking, and
a sentence with no bearing keeps its speaker."""
from __future__ import annotations

import pytest

from newsweave.extract.claims import grammar

from test_claims import _claims


def _who(nlp, options, text, content):
    return [c.speaker_text for c in _claims(nlp, options, text) if content in c.text]


@pytest.mark.parametrize("text, content, name", [
    ("Further north, in the hills, the farmer Jo Bell said the river had burst its banks.",
     "the river had burst its banks", "Jo Bell"),
])
def test_a_bearing_read_as_the_subject_gives_way_to_the_speaker(nlp, options, monkeypatch, text, content, name):
    got = _who(nlp, options, text, content)
    assert got and all(name in (who or "") for who in got)
    monkeypatch.setattr(grammar, "_bearing", lambda t: False)
    got = _who(nlp, options, text, content)
    assert got and all(name not in (who or "") for who in got)


@pytest.mark.parametrize("text, content, speaker", [
    ("The West said the sanctions would stay in place.", "the sanctions would stay in place", "West"),
    ("Down the valley, the mayor said the bridge was safe.", "the bridge was safe", "the mayor"),
])
def test_a_speaker_that_is_no_bearing_keeps_speaking(nlp, options, text, content, speaker):
    got = _who(nlp, options, text, content)
    assert got and all(speaker in (who or "") for who in got)


def test_a_bearing_is_no_speaker_but_the_bloc_is(nlp):
    doc = nlp("Further west, the teacher said the roads were shut. The West said the talks were over.")
    words = {t.text: t for t in doc}
    assert grammar._bearing(words["west"])
    assert not grammar._bearing(words["West"])
