"""Whom a coercive act is done to, named by a common noun (issue 13, the audited dev gold's first recipient kind):
"police detained a man" codes COERCE with "man" as recipient (entities.groups.coerced_people).  Every sentence
here is invented for the test."""
from __future__ import annotations

import pytest

from newsweave.extract.claims import extract_claims
from newsweave.extract.entities import extract_entities
from newsweave.extract.events import extract_events
from newsweave.extract.quantities import extract_quantities
from newsweave.extract.time import extract_times
from newsweave.model import Document


def _named(nlp, options, text, entity_rules_off=()):
    """(type, actor names, recipient names) of the events of one invented text."""
    opts = options.replace(event_auxiliaries=("negation", "hypothetical", "future", "historical"))
    doc = Document(id="doc_coerced", source="doc_coerced.txt", title=None, author=None, site=None, published=None,
                   language="en", text=text)
    parsed = nlp(text)
    entities = extract_entities(doc, parsed, opts, rules_off=frozenset(entity_rules_off))
    claims = extract_claims(doc, parsed, entities, opts)
    quantities = extract_quantities(doc, parsed, claims, opts)
    events = extract_events(doc, parsed, entities, claims, quantities, extract_times(doc, parsed, opts), opts)
    names = {e.id: e.name for e in entities.entities}
    return [(e.event_type, [names[a] for a in e.actor], [names[r] for r in e.recipient]) for e in events]


CASES = [
    # the object of a coercive verb, counted or aged
    ("Chilean police detained 30 people after the march in Valparaiso.", "people"),
    ("Bolivian officers arrested a 62-year-old man outside the ministry on Friday.", "man"),
    # a passive subject, the agent in a by-phrase
    ("A woman was detained by Peruvian police near the stadium.", "woman"),
    # a civil noun of the same table
    ("Peruvian police dispersed the villagers with batons.", "villagers"),
]


@pytest.mark.parametrize("text, noun", CASES)
def test_people_a_coercive_act_is_done_to_are_its_recipient(nlp, options, text, noun):
    found = _named(nlp, options, text)
    assert any(t == "COERCE" and r == [noun] for t, _a, r in found), found


@pytest.mark.parametrize("text, noun", CASES[:3])
def test_without_the_rule_the_coercive_act_has_no_recipient(nlp, options, text, noun):
    found = _named(nlp, options, text, entity_rules_off=("coerced_people",))
    assert not any(t == "COERCE" and noun in r for t, _a, r in found), found


def test_people_named_by_a_non_coercive_act_stay_no_party(nlp, options):
    # contrast: "praised", "helped" are no COERCE rows: the common noun is no entity, so no recipient by it
    for text in ("The Chilean minister praised a 62-year-old man for his courage.",
                 "Peruvian police helped 30 people cross the flooded river."):
        found = _named(nlp, options, text)
        assert not any(r in (["man"], ["people"]) for _t, _a, r in found), found


def test_people_from_a_named_state_stay_that_states_people(nlp, options):
    # contrast: a from-phrase naming a state says whose they are (events.origins.people_hit_from_a_state)
    found = _named(nlp, options, "Chilean police detained two men from Peru near the border.")
    assert ("COERCE", ["Chile"], ["Peru"]) in found, found
    found = _named(nlp, options, "Chilean police detained two men from Arica near the border.")
    assert any(t == "COERCE" and r == ["men"] for t, _a, r in found), found


# (sentence, the switch of coerced_people that names the recipient, event type, recipient with the switch on, with it
# off): people counted by a count noun, the accused of an ACCUSE row, and the adjectives that say which people
SWITCHED = [
    ("Chilean police dispersed groups of young people near the parliament on Tuesday.", "counted_people", "COERCE",
     ["young people"], []),
    ("Bolivian soldiers arrested dozens of men at the roadblock on Monday.", "counted_people", "COERCE",
     ["men"], []),
    ("The Chilean minister accused property owners of greed after the fire.", "accused_people", "ACCUSE",
     ["property owners"], None),
    ("Peruvian police detained elderly people outside the town hall.", "people_described", "COERCE",
     ["elderly people"], ["people"]),
]


@pytest.mark.parametrize("text, switch, kind, on, off", SWITCHED, ids=[r[1] + ":" + r[0][:30] for r in SWITCHED])
def test_each_switch_names_the_people_and_without_it_they_are_not(nlp, options, text, switch, kind, on, off):
    found = _named(nlp, options, text)
    assert any(t == kind and r == on for t, _a, r in found), found
    without = _named(nlp, options, text, entity_rules_off=(switch,))
    assert not any(t == kind and r == on for t, _a, r in without), without
    if off is not None:
        assert any(t == kind and r == off for t, _a, r in without), without


def test_people_counted_or_accused_stay_no_party_of_other_acts(nlp, options):
    # contrasts: a count of people helped or praised is no coercion or accusation; an accused noun of no people
    # sector (landlords: business) is left alone; a number or an age is no adjective of the name
    for text in ("Peruvian police helped groups of young people cross the flooded river.",
                 "The Chilean minister praised young people for their courage.",
                 "The Chilean minister accused landlords of greed after the fire."):
        found = _named(nlp, options, text)
        assert not any(r in (["young people"], ["people"], ["landlords"]) for _t, _a, r in found), found
    found = _named(nlp, options, "Bolivian officers arrested a 62-year-old man outside the ministry on Friday.")
    assert any(t == "COERCE" and r == ["man"] for t, _a, r in found), found


@pytest.mark.parametrize("text", [
    "Chilean police took the Peruvian consul into custody on Friday.",
    "The Peruvian consul was taken into custody by Chilean police on Friday.",
])
def test_taking_someone_into_custody_is_an_arrest(nlp, options, text):
    """PETRARCH2's "take * (into &detention)" (CAMEO 173, PLOVER COERCE arrest): the one taken receives it."""
    assert ("COERCE", ["Chile"], ["Peru"]) in [(t, a, r) for t, a, r in _named(nlp, options, text)]


@pytest.mark.parametrize("text", [
    "Chilean negotiators took the Peruvian proposal into account on Friday.",
    "Chilean guards took the Peruvian consul into the embassy on Friday.",
])
def test_taking_into_anything_but_custody_is_no_arrest(nlp, options, text):
    assert "COERCE" not in [t for t, _, _ in _named(nlp, options, text)]
