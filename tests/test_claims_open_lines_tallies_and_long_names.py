"""Claims (issue 19), on sentences of our own:

- a line that ends in a comma ('"We will appeal," said Okonjo,') is a sentence left open, not a heading, so
  its quote keeps its claim (headings hold no claims);
- "12 reported missing" is a reduced passive, not a report: the cue verb with a bare number as subject and a
  bare state as complement reports nothing, and a list of counts the parser hung on the cue stays in the
  content ("announced it had counted 2,100 deaths, 9,400 injured and 210 reported missing");
- a speaker whose name the parser cut short ("The United Nations Office") is written as the whole name the
  entity stage matched ("... for the Coordination of Humanitarian Affairs");
- '"Shall we open the road?" Okafor told reporters.': the parser ends the sentence at the quote's question
  mark; the next sentence, a bare cue with its subject, is the quote's attribution.
"""
from __future__ import annotations

import pytest

from newsweave.documents import layout
from newsweave.extract.claims import attribution, grammar, speakers, tables
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
    monkeypatch.setattr(grammar, "state_of_a_number", lambda token: False)
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
    # the capitalised "for" phrase on the name's head carries it on from the parse alone: off as well
    monkeypatch.setattr(speakers, "_name_words_after", lambda subj, doc: [])
    assert whole not in speakers_of(text)


def test_a_speaker_holding_a_shorter_matched_name_keeps_its_words(nlp, options):
    text = "A United Nations official said that aid trucks were stopped at the border."
    ents = extract_entities(_doc(text), nlp(text), options)
    assert [s for _c, s in _got(nlp, options, text, ents)] == ["A United Nations official"]


# -- an attribution the parser split off after a question or exclamation mark --------------------------

SPLIT_ATTRIBUTIONS = [
    ("Talks stalled on Monday.\n\n\u201cWe closed the road. Shall we open it again?\u201d Okafor told reporters.",
     ("We closed the road. Shall we open it again?", "Okafor")),
    ("The bridge stayed shut.\n\n\u201cWho will pay for the repairs now?\u201d the mayor asked on Tuesday.",
     ("Who will pay for the repairs now?", "the mayor")),
    ("Okafor was detained on Friday.\n\n\u201cOn Monday I spoke with the governor and he asked me, \u2018Shall we "
     "close the bridge?\u2019\u201d Okafor told reporters.",
     ("On Monday I spoke with the governor and he asked me, \u2018Shall we close the bridge?\u2019", "Okafor")),
]


@pytest.mark.parametrize("text, claim", SPLIT_ATTRIBUTIONS)
def test_an_attribution_split_off_after_a_closing_question_mark_names_the_speaker(nlp, options, monkeypatch,
                                                                                  text, claim):
    assert claim in _got(nlp, options, text)
    monkeypatch.setattr(attribution, "_attribution_sentence_after", lambda *a: None)
    assert claim not in _got(nlp, options, text)


@pytest.mark.parametrize("text", [
    "The vote was delayed again.\n\n\u201cWhy should we wait any longer for this?\u201d The minister said the "
    "count would resume on Friday.",
    "The vote was delayed again.\n\n\u201cWhy should we wait any longer for this?\u201d Okafor left the room.",
])
def test_a_sentence_with_its_own_report_or_no_cue_is_no_attribution_of_the_quote_before(nlp, options, text):
    got = _got(nlp, options, text)
    assert not any(t.startswith("Why should we wait") and s in ("The minister", "Okafor") for t, s in got)
