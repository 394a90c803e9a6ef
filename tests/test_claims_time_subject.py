"""Claims: a time of day the parser read as the subject of a cue ("At 6am on Monday, Moscow time, the minister wrote
a letter saying ...") is no speaker (rule time_subject_skipped in claims/grammar.py): the verb's other subject, or
the name the parser hung on the time, speaks. Sentences of our own; switched off by monkeypatching ``_clock_time``.
Contrasts: a subject that is no time keeps speaking, and "time" with no place before it is not read as a clock."""
from __future__ import annotations

import pytest

from newsweave.extract.claims import grammar

from test_claims import _claims


def _who(nlp, options, text, content):
    return [c.speaker_text for c in _claims(nlp, options, text) if content in c.text]


@pytest.mark.parametrize("text, content, name", [
    # the time and the speaker both read as subjects of the verb that issued the letter
    ("At 6am on Monday, Moscow time, 3 May, the minister, Ivan Petrov, wrote a letter saying the deal was off.",
     "the deal was off", "Ivan Petrov"),
    # the speaker's name hung on the time as a conjunct; the bracketed restatement of the time names no one
    ("At around 2am on Saturday, Kyiv time (11pm, Friday, GMT), 24 June, Anna Berg, leader of the relief group, "
     "posted a message saying her convoy had crossed the river.", "her convoy had crossed the river", "Anna Berg"),
])
def test_a_time_read_as_the_subject_gives_way_to_the_speaker(nlp, options, monkeypatch, text, content, name):
    got = _who(nlp, options, text, content)
    assert got and all(name in (who or "") and "time" not in (who or "") for who in got)
    monkeypatch.setattr(grammar, "_clock_time", lambda t: False)
    got = _who(nlp, options, text, content)
    assert got and all(name not in (who or "") for who in got)


@pytest.mark.parametrize("text, content, speaker", [
    ("At 6am on Monday, Lagos time, the agency wrote a letter saying the deal was off.", "the deal was off",
     "the agency"),
    ("This time the police said nobody was hurt.", "nobody was hurt", "the police"),
    ("Last year was the hottest on record, the agency said.", "Last year was the hottest on record", "the agency"),
])
def test_a_speaker_that_is_no_time_keeps_speaking(nlp, options, text, content, speaker):
    assert _who(nlp, options, text, content) == [speaker]


def test_a_bare_time_noun_is_no_clock(nlp):
    doc = nlp("Time will tell, the coach said.")
    assert not grammar._clock_time(doc[0])
    doc = nlp("At noon, local time, the coach said the game was off.")
    assert grammar._clock_time(next(t for t in doc if t.lower_ == "time"))
