"""Claims: speaker and frame constructions from the r39d dev draw (issue 19), each on sentences of our own words,
table-driven, with a contrast the rule must leave alone."""
from __future__ import annotations

import pytest

from newsweave.extract.claims import extract_claims
from newsweave.extract.entities import EntityResult
from newsweave.model import Document


def _claims(nlp, options, text):
    doc = Document(id=Document.make_id("t.txt", text), source="t.txt", title=None, author=None, site=None,
                   published=None, language="en", text=text)
    return [(c.text, c.speaker_text) for c in extract_claims(doc, nlp(text), EntityResult(), options)]


@pytest.mark.parametrize("text, speaker", [
    # an office written in title case, then the holder's name between commas: the name speaks
    ("The Kaduna State Commissioner for Works, Jane Obi, has said that 12 bridges were closed.", "Jane Obi"),
    ("The Harbour District Councillor, Tom Berg, said the quay would reopen on Friday.", "Tom Berg"),
    # contrast: the office alone stays the speaker
    ("The Kaduna State Commissioner for Works said that 12 bridges were closed.", "Kaduna State Commissioner"),
    # "the camp of X", "the family of X": whose camp it is, not the person, speaks
    ("The camp of Hamilton said they were confident of a recount.", "The camp of Hamilton"),
    ("The family of Jane Roe said they would appeal the ruling.", "The family of Jane Roe"),
    # contrast: a name closing a role's own phrase still names the speaker
    ("Spokesperson for the fleet Captain Jane Roe said the ship was safe.", "Jane Roe"),
    # a title-case role keeps the nationality adjective that says whose minister speaks
    ("The Danish Prime Minister said the border would stay open.", "Danish Prime Minister"),
    # contrast: a person's name takes no adjective before it
    ("Danish cyclist Anna Berg said the race had been hard.", "Anna Berg"),
])
def test_the_speaker_of_a_titled_or_owned_phrase(nlp, options, text, speaker):
    claims = _claims(nlp, options, text)
    assert [s for _, s in claims] == [speaker]


@pytest.mark.parametrize("text, speaker, figure", [
    ("A local councillor, Ana Ruiz, had put the number of damaged homes at about 300.", "Ana Ruiz", "at about 300"),
    ("The fire service put the death toll at nine on Sunday evening.", "The fire service", "the death toll at nine"),
    ("The coroner placed the toll at 14 after the second search.", "The coroner", "the toll at 14"),
    ("A harbour official had put the casualty figures at at least 20 people hurt.", "A harbour official", "at least 20 people hurt"),
])
def test_putting_a_total_at_a_number_reports_the_figure(nlp, options, text, speaker, figure):
    claims = _claims(nlp, options, text)
    assert len(claims) == 1 and claims[0][1] == speaker and figure in claims[0][0]


@pytest.mark.parametrize("text", [
    "The storm put the harvest at risk.",                     # no total noun as object
    "The mayor put the figure at the centre of her speech.",  # an "at" phrase with no number
    "The agency put the toll higher than the police did.",    # no "at" phrase
])
def test_put_without_a_total_at_a_number_reports_nothing(nlp, options, text):
    assert _claims(nlp, options, text) == []
