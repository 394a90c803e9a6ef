"""Short forms that are not a last name (rule ``first_words_of_names`` and the aliases of ``records``): the first
word of an earlier full name used alone ("Prabowo" after "Prabowo Subianto"), and the first of two family names
("Herrera" of "Lucia Herrera Castaño"), join the full name and stay among its aliases; own sentences."""
from __future__ import annotations

import pytest

from test_entities import run

RULE = "persons:first-word-of-name"


def mentions_of(result, surface: str) -> list:
    return [m for m in result.mentions if m.text == surface]


@pytest.mark.parametrize("text, full, short", [
    ("Indonesian President Widodo Sutanto met farmers on Monday in a village near the coast. "
     "Widodo said the harvest would be strong this year.", "Widodo Sutanto", "Widodo"),
    ("Mongolian Prime Minister Batbayar Oyunbold visited the mine in the south of the country. "
     "Batbayar told workers that wages would rise soon.", "Batbayar Oyunbold", "Batbayar"),
    # the model reads the lone word as a place
    ("Thai Prime Minister Somchai Wongsakul faced a vote in parliament on Thursday. "
     "Somchai told reporters he expected to win the vote easily.", "Somchai Wongsakul", "Somchai"),
    ("Police chief Mark Dillon said the suspects were held. Mark Dillon said more arrests were likely. "
     "Mark said that.", "Mark Dillon", "Mark"),
])
def test_a_lone_first_word_joins_the_full_name_and_is_an_alias(nlp, options, text, full, short):
    result = run(nlp, options, text)
    owner = {m.entity for m in mentions_of(result, full)}
    assert len(owner) == 1
    lone = mentions_of(result, short)
    assert lone and {m.entity for m in lone} == owner and {m.rule for m in lone} == {RULE}
    assert short in result.entity(owner.pop()).aliases


def test_without_the_rule_the_first_word_stays_apart(nlp, options):
    text = ("Indonesian President Widodo Sutanto met farmers on Monday in a village near the coast. "
            "Widodo said the harvest would be strong this year.")
    result = run(nlp, options, text, off=("first_words_of_names",))
    full = {m.entity for m in mentions_of(result, "Widodo Sutanto")}
    assert not {m.entity for m in mentions_of(result, "Widodo")} & full
    assert "Widodo" not in result.entity(full.pop()).aliases


@pytest.mark.parametrize("text, word", [
    # two earlier people share the first word: no guess
    ("Minister Paul Kagwa met Paul Biya in Yaounde. Paul said the meeting went well.", "Paul"),
    # the word is a state the gazetteer knows
    ("Governor Jordan Miles met Jordan's king in Amman on Tuesday. Jordan pledged aid to the region, the "
     "statement said.", "Jordan"),
    # the word before the full name is no later short form
    ("Somchai told reporters he expected to win. Prime Minister Somchai Wongsakul faced a vote on Thursday.",
     "Somchai"),
])
def test_a_first_word_that_may_be_someone_else_does_not_join(nlp, options, text, word):
    result = run(nlp, options, text)
    assert not [m for m in mentions_of(result, word) if m.rule == RULE]


def test_the_first_of_two_family_names_is_an_alias_unless_it_names_a_family(nlp, options):
    spoken = run(nlp, options, "Mexican President Lucia Herrera Castaño announced a water plan on Monday. "
                               "Herrera said the plan would cost billions of pesos.")
    [e] = {spoken.entity(m.entity) for m in mentions_of(spoken, "Lucia Herrera Castaño")}
    assert {m.entity for m in mentions_of(spoken, "Herrera")} == {e.id} and "Herrera" in e.aliases
    family = run(nlp, options, "The vote ended the rule of President Ali Bongo Ondimba. The Bongo family had "
                               "ruled for decades and the Bongo regime was accused of graft.")
    [e] = {family.entity(m.entity) for m in mentions_of(family, "Ali Bongo Ondimba")}
    assert "Bongo" not in e.aliases
