"""Passives with no by-phrase naming an actor (actor rule ``actor_none_for_agentless_passive`` of
extract/events/roles.py, recipient rule ``patient_of_a_passive_conjunct`` of extract/events/adverbials.py), and
present participles describing a noun of people (actor rule ``actor_described_noun``), on sentences written for
these tests."""
from __future__ import annotations

import pytest

from event_pipeline import coded

ALL = {"event_auxiliaries": ("negation", "hypothetical", "future", "historical")}


def acts(nlp, options, text, off=()):
    """(type, actors, recipients) of each event of ``text``."""
    return [(t, a, r) for t, a, r, _why in coded(nlp, options.replace(**ALL), text, off=off)]


@pytest.mark.parametrize("text, undergoer", [
    # a passive conjunct shares the subject of the clause above, which undergoes it
    ("Chilean rebels advanced on the border town but were beaten back.", "Chilean rebels"),
    ("Bolivian rebels crossed into Peru and were quickly beaten back.", "Bolivian rebels"),
    # a passive infinitive after a noun: the noun's referent undergoes it
    ("The Peruvian consul became the second diplomat to be expelled this year.", "PER"),
])
def test_an_agentless_passive_has_no_actor_from_the_clause_above(nlp, options, text, undergoer):
    assert not any(undergoer in a for _t, a, _r in acts(nlp, options, text))
    # the rule is what keeps it out: switched off, the one who undergoes the act is read as its actor
    assert any(undergoer in a for _t, a, _r in acts(nlp, options, text, off=("actor_none_for_agentless_passive",)))


def test_a_passive_conjunct_with_a_by_phrase_takes_its_agent(nlp, options):
    found = acts(nlp, options, "Chilean rebels advanced on the border town but were beaten back by Peruvian troops.")
    assert ("ASSAULT", ["PER"], ["Chilean rebels"]) in found  # the shared subject undergoes it
    assert not any("Chilean rebels" in a for _t, a, _r in found)
    off = acts(nlp, options, "Chilean rebels advanced on the border town but were beaten back by Peruvian troops.",
               off=("patient_of_a_passive_conjunct",))
    assert ("ASSAULT", ["PER"], []) in off


def test_moved_own_people_keep_their_owner_in_an_agentless_passive(nlp, options):
    # MOBILIZE moves the actor's own people: the owner still acts ("the reservists were deployed")
    found = acts(nlp, options, "Chile mobilised its reservists, who were deployed to the border.")
    assert any(t == "MOBILIZE" and a == ["CHL"] for t, a, _r in found)


@pytest.mark.parametrize("text, doer, clause_subject", [
    ("Bolivia condemned the militiamen attacking Peruvian villages.", "militiamen", "BOL"),
    ("Chile denounced the Bolivian gunmen kidnapping Peruvian engineers.", "Bolivian gunmen", "CHL"),
])
def test_a_participle_describing_a_noun_is_done_by_that_noun(nlp, options, text, doer, clause_subject):
    found = acts(nlp, options, text)
    assert any(t == "ASSAULT" and a == [doer] for t, a, _r in found), found
    assert not any(t == "ASSAULT" and clause_subject in a for t, a, _r in found)
    off = acts(nlp, options, text, off=("actor_described_noun",))
    assert any(t == "ASSAULT" and clause_subject in a for t, a, _r in off)


def test_a_participle_describing_an_act_noun_keeps_the_act_s_maker(nlp, options):
    # "a strike targeting X" is the strike's: its maker is the one who launched it
    found = acts(nlp, options, "Peru launched a strike targeting Chilean rebel leaders.")
    assert any(t == "ASSAULT" and a == ["PER"] for t, a, _r in found), found
