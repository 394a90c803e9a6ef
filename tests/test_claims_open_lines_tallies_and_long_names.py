"""Claims (issue 19), on sentences of our own:

- a line that ends in a comma ('"We will appeal," said Okonjo,') is a sentence left open, not a heading, so
  its quote keeps its claim (headings hold no claims);
- "12 reported missing" is a reduced passive, not a report: the cue verb with a bare number as subject and a
  bare state as complement reports nothing, and a list of counts the parser hung on the cue stays in the
  content ("announced it had counted 2,100 deaths, 9,400 injured and 210 reported missing");
- a speaker whose name the parser cut short ("The United Nations Office") is written as the whole name the
  entity stage matched ("... for the Coordination of Humanitarian Affairs").
"""
from __future__ import annotations

import pytest

from newsweave.documents import layout
from newsweave.extract.claims import reported, speakers, tables
from newsweave.extract.entities import extract_entities

from test_claims import _claims, _doc


def _got(nlp, options, text, entities=None):
    return [(c.text, c.speaker_text) for c in _claims(nlp, options, text, entities)]


# -- a line ending in a comma ----------------------------------------------------------------------------

OPEN_LINES = [
    ("Counting ended late on Monday.\n\n\u201cWe accept the result and will work with the winner,\u201d "
     "said Okonjo,\n\nThe governor spoke to reporters outside the hall.",
     ("We accept the result and will work with the winner", "Okonjo")),
    ("The storm passed overnight.\n\n\u201cThe coast road will reopen tomorrow,\u201d said the mayor,\n\n"
     "Crews cleared the debris by noon.",
     ("The coast road will reopen tomorrow", "the mayor")),
]


@pytest.mark.parametrize("text, claim", OPEN_LINES)
def test_a_quote_on_a_line_ending_in_a_comma_is_a_claim(nlp, options, monkeypatch, text, claim):
    assert claim in _got(nlp, options, text)
    # the contrast: read as a heading (the comma ignored), the line holds no claim
    heading = layout.is_heading
    monkeypatch.setattr(layout, "is_heading", lambda u: heading(u) or u.text.rstrip().endswith(","))
    layout.page_layout.cache_clear()
    try:
        assert claim not in _got(nlp, options, text)
    finally:
        monkeypatch.undo()
        layout.page_layout.cache_clear()


def test_a_short_line_without_final_punctuation_stays_a_heading():
    text = "Ferry service resumes on the lake\n\nThe ferry ran again on Monday, the operator said."
    first, _ = layout.page_layout(text).blocks
    assert first.heading


# -- "N reported missing" --------------------------------------------------------------------------------

TALLIES = [
    ("As of Friday, the agency announced it had counted 2,100 deaths, 9,400 injured and 210 reported missing.",
     "it had counted 2,100 deaths, 9,400 injured and 210 reported missing"),
    ("By Sunday, the ministry announced it had recorded 310 deaths, 1,250 injured and 45 reported missing.",
     "it had recorded 310 deaths, 1,250 injured and 45 reported missing"),
]


@pytest.mark.parametrize("text, content", TALLIES)
def test_a_count_reported_in_a_state_stays_in_the_content(nlp, options, monkeypatch, text, content):
    assert content in [t for t, _s in _got(nlp, options, text)]
    monkeypatch.setattr(tables, "state_of_a_number", lambda token: False)
    monkeypatch.setattr(reported, "state_of_a_number", lambda token: False)
    assert content not in [t for t, _s in _got(nlp, options, text)]


@pytest.mark.parametrize("text, content", [
    ("The ministry said 40 reported seeing smoke before the blast.", "40 reported seeing smoke before the blast"),
    ("At least 12 reported that the guards had beaten them.", "the guards had beaten them"),
])
def test_people_counted_who_report_something_still_report_it(nlp, options, text, content):
    assert content in [t for t, _s in _got(nlp, options, text)]


# -- a long name cut short as the speaker ---------------------------------------------------------------

def test_a_speaker_cut_inside_a_long_matched_name_is_written_whole(nlp, options, monkeypatch):
    text = ("Aid groups met in the capital on Monday.\n\n"
            "The United Nations Office for the Coordination of Humanitarian Affairs estimates that about "
            "90,000 people need shelter after the floods.")
    whole = "The United Nations Office for the Coordination of Humanitarian Affairs"

    def speakers_of(t):
        ents = extract_entities(_doc(t), nlp(t), options)
        return [s for _c, s in _got(nlp, options, t, ents)]

    assert whole in speakers_of(text)
    monkeypatch.setattr(speakers.SpeakerResolver, "_whole_name", lambda self, text, toks, m: text)
    assert whole not in speakers_of(text)


def test_a_speaker_holding_a_shorter_matched_name_keeps_its_words(nlp, options):
    text = "A United Nations official said that aid trucks were stopped at the border."
    ents = extract_entities(_doc(text), nlp(text), options)
    assert [s for _c, s in _got(nlp, options, text, ents)] == ["A United Nations official"]
