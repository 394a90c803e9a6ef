"""Event dates (extract/events/dates.py): a year that names a thing ("the 2030 games") is no time of another act in
its clause, and an event takes its date from its own sentence only.  Sentences are invented for these tests."""
from __future__ import annotations

import pytest

from event_pipeline import events_of
from newsweave.extract.events.dates import DATE_RULES


def _dates(nlp, options, text, published=None, off=()):
    """(type, date, basis) of each event of an invented text, with the named date rules in ``off`` skipped."""
    events, _ = events_of(nlp, options, text, doc_id="doc_dates", published=published, off=off)
    return [(e.event_type, e.date, e.date_basis) for e in events]


def test_rule_names():
    assert DATE_RULES == ("year_names_a_thing", "date_from_own_sentence", "time_modifies_trigger", "date_of_paragraph")


@pytest.mark.parametrize("text", [
    "Kenyan farmers protested in Nairobi against the 2027 budget plan.",
    "Moroccan students marched in Rabat over the government's spending on the 2034 Olympic Games.",
])
def test_a_year_that_names_a_thing_does_not_date_the_act(nlp, options, text):
    events = [e for e in _dates(nlp, options, text, "2025-10-02") if e[0] == "PROTEST"]
    assert events and all(e[1:] == ("2025-10-02", "reported") for e in events)
    # without the rule (and time_modifies_trigger, which bars the same year by its parse) the year of the thing
    # dated the protest
    off = ("year_names_a_thing", "time_modifies_trigger")
    assert any(e[1] in ("2027", "2034") for e in _dates(nlp, options, text, "2025-10-02", off=off))


@pytest.mark.parametrize("text, published, date", [
    ("In 2021 Rwandan troops seized the town of Goma.", "2025-03-01", "2021"),
    ("On Monday, police arrested two opposition leaders in Harare.", "2024-03-08", "2024-03-04"),
    ("The 2019 treaty was signed in Oslo by Norway and Russia.", "2024-03-08", "2019"),
    ("Kenyan police arrested dozens of students in the 2024 season of unrest.", "2025-01-10", "2024"),
])
def test_a_time_of_the_clause_still_dates_the_act(nlp, options, text, published, date):
    dated = [e for e in _dates(nlp, options, text, published) if e[2] != "reported"]
    assert dated and all(e[1] == date for e in dated)


def test_an_event_takes_no_date_from_the_next_sentence(nlp, options):
    text = ("Serbian troops have been shelling villages across Kosovo. "
            "In March, Serbian troops shelled a hospital in Kosovo.")
    # the ongoing shelling and the March shelling (the same mode) merge as one act; it keeps the date of its own
    # sentence: none, or the publication date as a bound
    assert [e[1:] for e in _dates(nlp, options, text) if e[0] == "ASSAULT"] == [(None, None)]
    assert [e[1:] for e in _dates(nlp, options, text, "2025-10-02") if e[0] == "ASSAULT"] == [("2025-10-02", "reported")]
    # without the rule the next sentence's month dated it
    off = _dates(nlp, options, text, "2025-10-02", off=("date_from_own_sentence",))
    assert [e[1:] for e in off if e[0] == "ASSAULT"] == [("2025-03", "relative")]


def test_a_dated_lead_mention_keeps_its_date_when_an_undated_one_repeats_it(nlp, options):
    text = ("Estonia expelled two Belarusian diplomats on 3 March 2024. "
            "Estonia expelled two Belarusian diplomats, the ministry in Tallinn said.")
    assert [e[1:] for e in _dates(nlp, options, text, "2024-03-10") if e[0] == "SANCTION"] == [("2024-03-03", "explicit")]


# own sentences: a text without a publication date (rule date_of_paragraph)
@pytest.mark.parametrize("text, date, basis", [
    # an explicit absolute date in the act's own sentence dates it (no rule needed)
    ("Serbian troops shelled a border village in Kosovo on 14 August 2023.", "2023-08-14", "explicit"),
    # the one explicit date opening its paragraph dates it
    ("The ceasefire broke down on 14 August 2023. Serbian troops shelled a border village in Kosovo.",
     "2023-08-14", "explicit"),
    ("Storms hit the coast in early August 2023 after weeks of heat. Serbian troops shelled a border village in Kosovo.",
     "2023-08", "explicit"),
    # a date in another paragraph, after the act, two dates that disagree, a bare year: no date
    ("The ceasefire broke down on 14 August 2023.\n\nSerbian troops shelled a border village in Kosovo.", None, None),
    ("Serbian troops shelled a border village in Kosovo. The ceasefire had broken down on 14 August 2023.", None, None),
    ("Talks failed on 2 August 2023 and the truce ended on 9 August 2023. "
     "Serbian troops shelled a border village in Kosovo.", None, None),
    ("The ceasefire broke down in 2023. Serbian troops shelled a border village in Kosovo.", None, None),
    # a relative date has no anchor without a publication date: never invented
    ("On Thursday, Serbian troops shelled a border village in Kosovo.", None, None),
    ("The ceasefire broke down on Thursday. Serbian troops shelled a border village in Kosovo.", None, None),
])
def test_an_undated_text_dates_an_act_by_its_paragraph_explicit_date(nlp, options, text, date, basis):
    found = [e[1:] for e in _dates(nlp, options, text) if e[0] == "ASSAULT"]
    assert found and all(e == (date, basis) for e in found), found
    if date and "shelled a fishing port in Estonia." in text and text.index(date[:4]) < text.index("Serbian"):
        # the rule off: the act of the second sentence stays undated
        off = [e[1:] for e in _dates(nlp, options, text, off=("date_of_paragraph",)) if e[0] == "ASSAULT"]
        assert off and all(e == (None, None) for e in off), off


def test_a_publication_date_keeps_the_reported_basis_over_the_paragraph(nlp, options):
    text = "The ceasefire broke down on 14 August 2023. Serbian troops shelled a border village in Kosovo."
    found = [e[1:] for e in _dates(nlp, options, text, "2023-08-20") if e[0] == "ASSAULT"]
    assert found == [("2023-08-20", "reported")]
