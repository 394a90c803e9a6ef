"""Claims: who speaks for "according to X" when X is a body or role noun followed by its name ("according to wire
service Tanjug", parsed as two objects), and when X counts people or bodies ("a number of sources") (sentences of
our own)."""
from __future__ import annotations

import pytest

from test_claims import _claims


def _got(nlp, options, text):
    return [(c.text, c.speaker_text) for c in _claims(nlp, options, text)]


@pytest.mark.parametrize("text, claim, speaker", [
    ("According to wire service Tanjug, the bridge was closed on Tuesday.",
     "the bridge was closed on Tuesday", "Tanjug"),
    ("According to the news agency Pola, the bridge was closed on Tuesday.",
     "the bridge was closed on Tuesday", "Pola"),
    ("According to the daily newspaper Gazeta, the ferry will not sail.",
     "the ferry will not sail", "Gazeta"),
    ("According to the spokesman Marek Novak, the talks will resume next week.",
     "the talks will resume next week", "Marek Novak"),
])
def test_a_name_after_a_body_or_role_noun_speaks(nlp, options, text, claim, speaker):
    assert (claim, speaker) in _got(nlp, options, text)


@pytest.mark.parametrize("text, claim, speaker", [
    # the body noun alone, or with a place after it: no name to prefer
    ("According to the agency, the bridge was closed on Tuesday.", "the bridge was closed on Tuesday", "the agency"),
    ("According to the ministry in Warsaw, the bridge was closed.", "the bridge was closed", "the ministry in Warsaw"),
])
def test_a_body_noun_without_a_name_keeps_its_phrase(nlp, options, text, claim, speaker):
    assert (claim, speaker) in _got(nlp, options, text)


@pytest.mark.parametrize("text, claim, speaker", [
    ("According to a number of sources, the talks will resume next week.",
     "the talks will resume next week", "a number of sources"),
    ("The talks will resume next week, according to a number of sources.",
     "The talks will resume next week", "a number of sources"),
    ("A number of officials said the talks would resume next week.",
     "the talks would resume next week", "A number of officials"),
    ("A number of ministries said the plan was too costly.", "the plan was too costly", "A number of ministries"),
])
def test_an_amount_counting_speakers_speaks(nlp, options, text, claim, speaker):
    assert (claim, speaker) in _got(nlp, options, text)


@pytest.mark.parametrize("text", [
    "The number of deaths reported on Monday rose to 40.",
    "The number announced on Monday is the highest in a decade.",
])
def test_an_amount_of_things_still_speaks_for_nothing(nlp, options, text):
    assert _got(nlp, options, text) == []


def test_a_closing_according_after_a_report_of_another_clause_claims_its_conjunct(nlp, options):
    text = ("Police say 20 people were hurt in the clashes, but the real number could be as high as 60, "
            "according to a union of nurses.")
    got = _got(nlp, options, text)
    assert ("20 people were hurt in the clashes", "Police") in got
    assert ("the real number could be as high as 60", "a union of nurses") in got


def test_a_participle_report_inside_the_content_does_not_make_according_a_relay(nlp, options):
    text = "The crew ignored the warnings for hours, saying they wanted to reach the port, according to harbour officials."
    assert any(s == "harbour officials" and t.startswith("The crew ignored the warnings") for t, s in _got(nlp, options, text))


@pytest.mark.parametrize("text, claim, speaker", [
    # the speaker's statement is the claim; "according to" only relays it
    ("The coach said the striker was fit, according to the club.", "the striker was fit", "The coach"),
    ("The mayor said the bridge would reopen in May, according to the local paper.",
     "the bridge would reopen in May", "The mayor"),
])
def test_a_closing_according_after_a_governing_report_still_relays(nlp, options, text, claim, speaker):
    assert _got(nlp, options, text) == [(claim, speaker)]


def test_joined_clauses_without_a_report_stay_one_claim(nlp, options):
    text = "Prices rose and wages fell last year, according to the survey."
    assert _got(nlp, options, text) == [("Prices rose and wages fell last year", "the survey")]


@pytest.mark.parametrize("text, speaker", [
    ("According to the Agency for Rural Roads (ARR) of the northern province, the road will reopen in May.",
     "Agency for Rural Roads (ARR)"),
    ("The road will reopen in May, according to data from the Agency for Rural Roads (ARR), which maintains it.",
     "Agency for Rural Roads (ARR)"),
])
def test_a_bodys_name_runs_through_its_bracketed_short_form(nlp, options, text, speaker):
    assert any(s == speaker for _t, s in _got(nlp, options, text))


def test_a_bodys_name_with_a_lower_case_word_stays_its_head(nlp, options):
    assert _got(nlp, options, "The Agency for rural roads said the road will reopen in May.") == [
        ("the road will reopen in May", "Agency")]


def test_a_list_of_figures_joined_without_a_report_stays_one_claim(nlp, options):
    text = "Anna Berg had 1,200 votes, Marek Novak had 900 votes, and Jan Kral had 300 votes, according to the partial tally."
    assert _got(nlp, options, text) == [
        ("Anna Berg had 1,200 votes, Marek Novak had 900 votes, and Jan Kral had 300 votes", "the partial tally")]
