"""Event dates attach to the act only through the time expression's own modification of the trigger (rule
time_modifies_trigger in extract/events/dates.py): a span's bound ("since", "until"), a date inside a noun phrase
about something else and a reporting clause's day do not date the act; the act keeps the publication date as a
bound ("reported").  Sentences are invented for these tests."""
from __future__ import annotations

import pytest

from event_pipeline import events_of
from newsweave.extract.events.dates import modifies

PUBLISHED = "2025-03-10"  # a Monday


def _dates(nlp, options, text, off=()):
    events, _ = events_of(nlp, options, text, doc_id="doc_attach", published=PUBLISHED, off=off)
    return [(e.event_type, e.date, e.date_basis) for e in events]


# (sentence whose date must not be taken, the date the old rule took, event type)
NOT_THE_ACT = [
    # the start of a span
    ("Ukrainian forces have shelled the town of Vasylkiv since October 2023.", "2023-10", "ASSAULT"),
    # an end or deadline
    ("Peru will deploy troops on its border with Bolivia until the end of 2028.", "2028", "MOBILIZE"),
    # a date inside a noun phrase about something else
    ("Angolan police arrested the leader of a party that fought for independence in 1978.", "1978", "COERCE"),
    # the day of the statement, not of the act it reports
    ("Militants attacked an army base near Kandahar, the governor said on Sunday.", "2025-03-09", "ASSAULT"),
]

# the contrast: the same kind of expression modifying the act itself
THE_ACT = [
    ("In October 2023 Ukrainian forces shelled the town of Vasylkiv.", "2023-10", "ASSAULT"),
    ("Peru deployed troops on its border with Bolivia at the end of 2024.", "2024", "MOBILIZE"),
    ("Angolan police arrested the leader of the opposition party in 2022.", "2022", "COERCE"),
    ("Militants attacked an army base near Kandahar on Saturday, the governor said.", "2025-03-08", "ASSAULT"),
]


@pytest.mark.parametrize("text, old, kind", NOT_THE_ACT)
def test_a_time_that_does_not_modify_the_act_does_not_date_it(nlp, options, text, old, kind):
    events = [e for e in _dates(nlp, options, text) if e[0] == kind]
    assert events and all(e[1:] == (PUBLISHED, "reported") for e in events)
    # without the rule the neighbouring expression dated the act
    assert any(e[1] == old for e in _dates(nlp, options, text, off=("time_modifies_trigger",)) if e[0] == kind)


@pytest.mark.parametrize("text, date, kind", THE_ACT)
def test_a_time_that_modifies_the_act_dates_it(nlp, options, text, date, kind):
    events = [e for e in _dates(nlp, options, text) if e[0] == kind]
    assert events and all(e[1] == date and e[2] in ("explicit", "relative") for e in events)


def test_a_date_on_a_coordinate_verb_dates_both_acts(nlp, options):
    text = "Kenyan police detained three journalists on Friday and expelled two Somali reporters."
    dated = [e for e in _dates(nlp, options, text) if e[2] != "reported"]
    assert dated and all(e[1] == "2025-03-07" for e in dated)


def test_a_subjectless_participle_clause_takes_the_time_of_its_verb(nlp, options):
    # "..., killing eleven fighters": the same act's consequence, at its time
    text = "Nigerian troops bombed a camp near Maiduguri on Tuesday, killing eleven fighters."
    dated = [e for e in _dates(nlp, options, text) if e[2] != "reported"]
    assert dated and len(dated) == len(_dates(nlp, options, text)) and all(e[1] == "2025-03-04" for e in dated)


def test_a_date_on_the_second_of_two_coordinate_verbs_modifies_the_first(nlp):
    doc = nlp("The army shelled the village and arrested dozens of men on Monday.")
    by_text = {t.text: t for t in doc}
    monday = by_text["Monday"]
    assert modifies(monday, by_text["arrested"]) and modifies(monday, by_text["shelled"])
    assert not modifies(monday, by_text["village"])
