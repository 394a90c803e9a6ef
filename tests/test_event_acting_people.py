"""Plain people who act for no state ("residents", "farmers", "critics"), alone as the subject or by-agent of a coded
act, are a group actor named by the noun (entity rule ``acting_people``); on sentences written for these tests.

Kept contrasts: the same noun as the subject of an uncoded verb, as a progressive or a bare participle, inside a
direct quote, named by a state's adjective or an owner, or in an article that names protesters is no such group.
"""
from __future__ import annotations

import pytest

from event_pipeline import coded, events_of

# (sentence, (type, actors, recipients) it makes with the rule, and not without)
MADE = [
    ("Critics accused the Bolivian president of rigging the tender.", ("ACCUSE", ["critics"], ["BOL"])),
    ("Thousands of farmers rallied outside the ministry in Quito on Monday against Ecuador's new fuel tax.",
     ("PROTEST", ["farmers"], ["ECU"])),
    ("The market in Lima was attacked on Sunday by villagers armed with machetes.", ("ASSAULT", ["villagers"], ["PER"])),
    ("Several candidates conceded defeat to Rodrigo Paz on Monday.", ("CONCEDE", ["candidates"], ["Rodrigo Paz"])),
    # a plain noun compounded before the people names them with it (acting_people.compounds_before)
    ("Both opposition candidates conceded defeat to Rodrigo Paz on Sunday night.",
     ("CONCEDE", ["opposition candidates"], ["Rodrigo Paz"])),
    ("Taxi drivers accused the Bolivian government of ignoring the fuel shortage.",
     ("ACCUSE", ["taxi drivers"], ["BOL"])),
    # (the contrast of the protester articles below: no protesters named, the strikers are the people)
    ("Thousands of nurses went on strike in Quito on Monday against Ecuador's new pay law.",
     ("PROTEST", ["nurses"], ["ECU"])),
]


@pytest.mark.parametrize("text, event", MADE, ids=[m[0][:40] for m in MADE])
def test_plain_people_doing_a_coded_act_are_its_actor(nlp, options, text, event):
    found = [(t, a, r) for t, a, r, _ in coded(nlp, options, text)]
    assert event in found, found
    off = [(t, a, r) for t, a, r, _ in coded(nlp, options, text, entity_off=("acting_people",))]
    assert event not in off, off


# (sentence, the noun that is no group and acts in no event)
KEPT = [
    # a verb the events lexicon does not code
    ("Residents fled the valley in Peru as the river rose.", "residents"),
    # an ongoing state of affairs, not one act told
    ("Critics are accusing the Chilean minister of fraud while the inquiry goes on.", "critics"),
    # inside a direct quote: a generic statement, no act
    ('"Students always protest when fees rise," the Chilean minister said on Monday.', "students"),
    # a generic statement in the writer's own words, and an act a speaker tells of
    ("Critics accuse the Chilean minister of fraud whenever a tender fails.", "critics"),
    ("The villagers, he added, attacked the Peruvian patrol at dawn.", "villagers"),
    # an article that names protesters: people acting there are its crowd, not a group of their own
    ("Protesters marched on parliament in Lima on Monday. Residents blocked the highway to the airport on Tuesday.",
     "residents"),
    ("Thousands of nurses went on strike in Quito on Monday. Demonstrators also marched in Guayaquil.", "nurses"),
    ("Protestors gathered in Lima on Monday. Residents blocked the highway to the airport on Tuesday.", "residents"),
]


@pytest.mark.parametrize("text, noun", KEPT, ids=[k[0][:40] for k in KEPT])
def test_plain_people_doing_no_coded_act_are_no_actor(nlp, options, text, noun):
    _events, entities = events_of(nlp, options, text)
    assert noun not in [e.name for e in entities.entities if e.kind == "group"]
    found = coded(nlp, options, text)
    assert not any(noun in a for _, a, _, _ in found), found


def test_a_state_s_adjective_names_the_people_not_the_noun_alone(nlp, options):
    found = coded(nlp, options, "Bolivian farmers blocked the highway to La Paz on Monday.")
    assert not any(a == ["farmers"] for _, a, _, _ in found), found
    assert any(a == ["Bolivian farmers"] for _, a, _, _ in found), found


# (sentence, (type, actors, recipients) it makes, and not with the switch ``acting_people_of_a_controlled_act`` off):
# the people are the subject of a control verb or adjective, the coded act its infinitive
CONTROLLED = [
    ("Residents tried to block the road to the Peruvian border town on Monday.", ("PROTEST", ["residents"], ["PER"])),
    ("Critics were quick to accuse the Bolivian president of rigging the tender.",
     ("ACCUSE", ["critics"], ["BOL"])),
    ("Residents began trying to block the road to the Peruvian mine on Monday.", ("PROTEST", ["residents"], ["PER"])),
]


@pytest.mark.parametrize("text, event", CONTROLLED, ids=[m[0][:40] for m in CONTROLLED])
def test_plain_people_controlling_a_coded_infinitive_are_its_actor(nlp, options, text, event):
    found = [(t, a, r) for t, a, r, _ in coded(nlp, options, text)]
    assert event in found, found
    off = [(t, a, r) for t, a, r, _ in coded(nlp, options, text, entity_off=("acting_people_of_a_controlled_act",))]
    assert event not in off, off


# (sentence, the noun that is no group): a control verb whose infinitive is no coded act, a purpose clause, an
# infinitive with a subject of its own, a generic present ("critics want to"), and a claim ("critics of the plan say")
CONTROLLED_KEPT = [
    ("Residents fled to avoid the fighting near the Peruvian border.", "residents"),
    ("Villagers were unable to sleep near the Peruvian border because of the floods.", "villagers"),
    ("Critics want to impeach the Chilean president whenever a scandal breaks.", "critics"),
    ("Critics of the plan say the Bolivian government ignored the warnings.", "critics"),
    ("Residents wanted the Peruvian army to block the road.", "residents"),
]


@pytest.mark.parametrize("text, noun", CONTROLLED_KEPT, ids=[k[0][:40] for k in CONTROLLED_KEPT])
def test_plain_people_controlling_no_coded_act_are_no_actor(nlp, options, text, noun):
    _events, entities = events_of(nlp, options, text)
    assert noun not in [e.name for e in entities.entities if e.kind == "group"]


def test_an_act_in_the_perfect_is_told_and_a_hyphened_word_names_the_people(nlp, options):
    found = [(t, a, r) for t, a, r, _ in coded(nlp, options, "Hard-line settlers have attacked a Palestinian village.")]
    assert ("ASSAULT", ["hard-line settlers"], ["PSE"]) in found, found
    found = [(t, a, r) for t, a, r, _ in coded(nlp, options, "Critics have accused the Bolivian president of fraud.")]
    assert ("ACCUSE", ["critics"], ["BOL"]) in found, found


def test_a_noun_of_compounded_people_is_a_group_only_with_its_compound(nlp, options):
    # (data/plover/compounded_people.tsv: "opposition leaders" say which leaders; "the leaders" are people named before)
    found = [(t, a, r) for t, a, r, _ in coded(nlp, options, "Opposition leaders accused the Chilean government of fraud.")]
    assert ("ACCUSE", ["opposition leaders"], ["CHL"]) in found, found
    text = "Gabriel Boric met Javier Milei in Santiago. The leaders accused the Bolivian government of fraud."
    _events, entities = events_of(nlp, options, text)
    assert "leaders" not in [e.name for e in entities.entities if e.kind == "group"]
