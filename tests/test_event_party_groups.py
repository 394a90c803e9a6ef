"""Issue 13: a party named by a common noun ("the ruling party") is a group of its own, not its state, and an
attempt at a legal accusation ("wanted to impeach X") is the accusation.  Every sentence here is written for the
test."""
from __future__ import annotations

import pytest

from event_pipeline import coded, events_of, roles


@pytest.mark.parametrize("text, actor", [
    ("Kenyan President William Ruto fired his cabinet. The ruling party condemned the decision.", "ruling party"),
    ("Lawmakers of the governing party in Ghana criticized the central bank on Tuesday.", "governing party"),
    ("In Peru, the ruling coalition rejected the budget on Monday.", "ruling coalition"),
    ("Egypt's ruling party praised the police for the arrests.", "ruling party"),
])
def test_a_party_named_by_a_common_noun_acts_as_itself(nlp, options, text, actor):
    found = roles(nlp, options, text)
    assert any(actor in a for _t, a, _r in found), coded(nlp, options, text)
    # the party is not read as the state it rules
    assert not any(len(a) == 3 and a.isupper() for _t, actors, _r in found for a in actors
                   if _t in ("ACCUSE", "REJECT", "SUPPORT")), found
    # with the rule off the noun is the state again
    off = coded(nlp, options, text, entity_off=("party_groups",))
    assert not any(actor in a for _t, a, _r, _w in off), off


def test_the_party_keeps_its_state_as_context(nlp, options):
    _events, entities = events_of(nlp, options, "Egypt's ruling party praised the police for the arrests.")
    party = next(e for e in entities.entities if e.name == "ruling party")
    assert (party.kind, party.country) == ("group", "EGY")


def test_a_named_party_keeps_its_name(nlp, options):
    text = "Chile's ruling Socialist Party condemned the court ruling on Monday."
    _events, entities = events_of(nlp, options, text)
    assert not any(e.name == "ruling party" for e in entities.entities)


@pytest.mark.parametrize("text, recipient, hypothetical", [
    ("Opposition parties in Peru wanted to impeach President Dina Boluarte over the scandal.", "Dina Boluarte", True),
    # (a sought act is announced, "future", and output without the rule too: the rule clears the mode)
    ("The Democratic Party sought to impeach Prime Minister Han Duck-soo last week.", "Han Duck-soo", False),
    ("Brazilian senators wanted to impeach President Lula over the budget.", "Lula", True),
])
def test_an_attempt_to_impeach_is_the_accusation(nlp, options, text, recipient, hypothetical):
    found = coded(nlp, options, text)
    assert any(t == "ACCUSE" and recipient in " ".join(r) and "fold:attempted_accusation" in why
               for t, _a, r, why in found), found
    # with the rule off the attempt is only wanted: no accusation made
    off = coded(nlp, options, text, off=("attempted_accusation",))
    assert hypothetical == (not any(t == "ACCUSE" and recipient in " ".join(r) for t, _a, r, _w in off)), off


@pytest.mark.parametrize("text, kind", [
    # the attempt only weighed, asked for or refused stays no accusation made
    ("The senators could seek to impeach the governor of Texas next year.", "ACCUSE"),
    ("Critics urged lawmakers in Brazil to push to impeach President Lula.", "ACCUSE"),
    ("Lawmakers in Chile did not want to impeach President Gabriel Boric.", "ACCUSE"),
    # other acts wanted stay unmade
    ("Senators in Brazil wanted to meet President Lula on Friday.", "CONSULT"),
    ("Ukraine wanted to attack Russia with long-range missiles.", "ASSAULT"),
    ("Canada wanted to condemn Iran for the arrests.", "ACCUSE"),
])
def test_other_wanted_acts_stay_hypothetical(nlp, options, text, kind):
    assert not any(t == kind for t, _a, _r in roles(nlp, options, text)), coded(nlp, options, text)
