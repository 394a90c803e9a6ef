"""Implied actors (extract/events/implicit.py): an arrest with no maker named is the state's, a protest with no one
named is the protesters'.  Sentences are invented for these tests."""
from __future__ import annotations

import pytest

from newsweave.extract.claims import extract_claims
from newsweave.extract.entities import extract_entities
from newsweave.extract.events import extract_events, implicit
from newsweave.extract.quantities import extract_quantities
from newsweave.extract.time import extract_times
from newsweave.model import Document


def _events(nlp, options, text, off=()):
    """(type, actor countries or ids, recipient countries or ids, rule) of each event of an invented text."""
    doc = Document(id="doc_implicit", source="implicit.txt", title=None, author=None, site=None, published=None,
                   language="en", text=text)
    parsed = nlp(text)
    entities = extract_entities(doc, parsed, options)
    claims = extract_claims(doc, parsed, entities, options)
    quantities = extract_quantities(doc, parsed, claims, options)
    times = extract_times(doc, parsed, options)
    name = {e.id: e.country or e.id for e in entities.entities}
    return [(e.event_type, [name[a] for a in e.actor], [name[r] for r in e.recipient], e.rule)
            for e in extract_events(doc, parsed, entities, claims, quantities, times, options, rules_off=frozenset(off))]


def test_rule_names_are_unique():
    names = [rule.__name__ for rule in implicit.IMPLICIT_ACTOR_RULES]
    assert len(names) == len(set(names))


ARREST = "Voting in Ecuador ended quietly. Later the union leader Diego Paredes was detained near the port of Guayaquil."


def test_an_arrest_with_no_maker_named_is_made_by_the_articles_state(nlp, options):
    found = _events(nlp, options, ARREST)
    assert any(t == "COERCE" and a == ["ECU"] and "actor_authorities_of_the_state" in rule for t, a, _r, rule in found), found


def test_switched_off_the_arrest_has_no_actor_and_is_no_event(nlp, options):
    found = _events(nlp, options, ARREST, off=("actor_authorities_of_the_state",))
    assert not any(t == "COERCE" for t, *_ in found), found


def test_an_arrest_of_no_one_named_is_a_tally_not_an_event(nlp, options):
    found = _events(nlp, options, ARREST.replace("the union leader Diego Paredes was", "a few dockers were"))
    assert not any(t == "COERCE" for t, *_ in found), found


def test_with_two_states_named_no_maker_is_implied(nlp, options):
    found = _events(nlp, options, "Ecuador and Peru held talks. Later the union leader Diego Paredes was detained near the border.")
    assert not any(t == "COERCE" for t, *_ in found), found


def test_a_plain_protest_is_not_an_arrest_and_no_state_makes_it(nlp, options):
    found = _events(nlp, options, "Voting in Ecuador ended quietly. The rallies went on for a week.")
    assert not any("actor_authorities_of_the_state" in rule for *_x, rule in found), found


PROTEST = "Hundreds of protesters gathered outside the parliament of Paraguay on Monday. By Friday the demonstrations had spread."


def test_a_protest_with_no_one_named_is_made_by_the_protesters_the_article_names(nlp, options):
    found = _events(nlp, options, PROTEST)
    implied = [(t, a, r) for t, a, r, rule in found if "actor_protesters_of_the_article" in rule]
    assert implied and all(t == "PROTEST" and a == ["group:protesters"] for t, a, _r in implied), found


def test_switched_off_the_actorless_protest_is_no_event(nlp, options):
    found = _events(nlp, options, PROTEST, off=("actor_protesters_of_the_article",))
    assert not any("actor_protesters_of_the_article" in rule for *_x, rule in found), found


def test_with_no_protesters_named_a_protest_takes_no_actor(nlp, options):
    found = _events(nlp, options, "Voting in Paraguay ended quietly. By Friday the demonstrations had spread.")
    assert not any(t == "PROTEST" for t, *_ in found), found



PAIR = ("Kenya and Uganda have quarrelled over fishing rights on the lake for years. Kenyan officials blamed Ugandan "
        "patrols for seizing boats, and Uganda denied it. Kenya says the lake is shared. "
        "On Monday the two countries agreed to set up a joint patrol.")


def test_the_two_countries_of_the_article_act_first_on_second(nlp, options):
    found = _events(nlp, options, PAIR)
    assert any(a == ["KEN"] and r == ["UGA"] and "actor_the_two_sides" in rule for _t, a, r, rule in found), found


def test_switched_off_the_two_countries_act_on_no_one(nlp, options):
    found = _events(nlp, options, PAIR, off=("actor_the_two_sides",))
    assert not any("actor_the_two_sides" in rule for *_x, rule in found), found


def test_two_of_something_else_is_not_the_pair(nlp, options):
    text = PAIR.replace("the two countries agreed", "two fishermen agreed")
    found = _events(nlp, options, text)
    assert not any("actor_the_two_sides" in rule for *_x, rule in found), found
