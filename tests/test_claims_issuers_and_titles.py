"""Claims: who speaks for figures credited with "according to" when a participle names who issued them, a
trailing speaker made of a title and a name, and a clause closing on a quoted fragment before an inverted cue
(sentences of our own)."""
from __future__ import annotations

import pytest

from test_claims import _claims


def _got(nlp, options, text):
    return [(c.text, c.speaker_text) for c in _claims(nlp, options, text)]


@pytest.mark.parametrize("text, claim, speaker", [
    ("About 300 people were hurt in the floods, according to figures released by the regional police on Monday.",
     "About 300 people were hurt in the floods", "the regional police"),
    ("Some 40 shops were looted overnight, according to a tally compiled by the traders' union.",
     "Some 40 shops were looted overnight", "the traders' union"),
])
def test_figures_issued_by_a_body_are_its_claim(nlp, options, text, claim, speaker):
    assert (claim, speaker) in _got(nlp, options, text)


@pytest.mark.parametrize("text, speaker", [
    ("The port stayed shut all week, according to sources cited by a local radio station.", "sources"),
    ("About 300 people were hurt in the floods, according to figures published on Monday.", "figures"),
])
def test_a_relayed_or_unissued_source_keeps_its_noun(nlp, options, text, speaker):
    assert any(s and speaker in s for _t, s in _got(nlp, options, text))


def test_a_trailing_title_and_name_speak_and_end_the_content(nlp, options):
    text = ("The loan will be used to provide power, roads, clinics and upkeep of the schools of the hundreds "
            "of villages in the hills, World Bank regional chief Ana Silva said Monday.")
    assert _got(nlp, options, text) == [
        ("The loan will be used to provide power, roads, clinics and upkeep of the schools of the hundreds of "
         "villages in the hills", "Ana Silva")]


def test_trailing_speakers_joined_by_and_keep_the_first(nlp, options):
    assert _got(nlp, options, "The storm killed three people, locals and media reports said.") == [
        ("The storm killed three people", "locals")]


def test_a_clause_closing_on_a_quoted_fragment_is_reported_by_the_inverted_cue(nlp, options):
    got = [(c.text, c.speaker_text, c.kind) for c in _claims(
        nlp, options, "The harvest is \u201cvery poor,\u201d said the farm minister, Jan Roe, on Monday.")]
    assert [(t.replace("\u201c", ""), s, k) for t, s, k in got] == [("The harvest is very poor", "Jan Roe", "indirect")]


def test_a_whole_quotation_before_an_inverted_cue_stays_a_direct_quote(nlp, options):
    got = [(c.text, c.speaker_text, c.kind) for c in _claims(
        nlp, options, "\u201cThe harvest is very poor,\u201d said the farm minister, Jan Roe, on Monday.")]
    assert got == [("The harvest is very poor", "Jan Roe", "direct")]
