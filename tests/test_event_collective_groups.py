"""A bare singular collective noun of a group sector ("the opposition", data/plover/collective_groups.tsv) is one
group party, with the text's one state as its context (entities.groups.bare_collective, rule bare_collective_group)."""
from __future__ import annotations

import pytest

from event_pipeline import coded, events_of

RULE = ("bare_collective_group",)


def roles_of(nlp, options, text, off=()):
    return [(t, a, r) for t, a, r, _ in coded(nlp, options, text, entity_off=off)]


@pytest.mark.parametrize("text, event", [
    ("Ghana's president reshuffled the cabinet on Monday. The opposition criticised the new ministers.",
     ("ACCUSE", ["opposition"], [])),
    ("Peru's president spoke on Friday. The government accused the opposition of stalling the budget.",
     ("ACCUSE", ["PER"], ["opposition"])),
    ("Nepal's prime minister spoke on Sunday. The main opposition rejected the budget.",
     ("REJECT", ["opposition"], [])),
])
def test_the_opposition_alone_is_a_party(nlp, options, text, event):
    assert event in roles_of(nlp, options, text)
    assert event not in roles_of(nlp, options, text, off=RULE)


def test_the_opposition_of_the_one_state_has_it_as_context(nlp, options):
    _events, entities = events_of(nlp, options, "Ghana's president spoke on Monday. The opposition criticised him.")
    assert [e.country for e in entities.entities if e.name == "opposition"] == ["GHA"]


def test_in_a_text_of_two_states_the_opposition_is_of_none(nlp, options):
    text = "France and Germany signed a pact on Monday. The opposition criticised the pact."
    _events, entities = events_of(nlp, options, text)
    assert [e.country for e in entities.entities if e.name == "opposition"] == [None]


@pytest.mark.parametrize("text", [
    # not the head of its phrase: a title before a name, an owner of the thing
    "Ghana's president spoke on Monday. Opposition leader Kofi Mensah criticised the new ministers.",
    "Ghana's president spoke on Monday. The opposition's candidate criticised the new ministers.",
    # no particular side: generic uses
    "Ghana's president said any opposition to the plan would fail.",
    "Ghana's president said there was no opposition to the plan.",
])
def test_no_opposition_party_when_it_is_not_the_bare_side(nlp, options, text):
    _events, entities = events_of(nlp, options, text)
    assert "opposition" not in [e.name for e in entities.entities if e.kind == "group"]
