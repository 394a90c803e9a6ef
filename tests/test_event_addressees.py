"""Whom an act is addressed to when the text calls a body named before by what it is (own sentences).

"accused the militant group of killing": the of-phrase is the verb's charge, so "the militant group" is still the
armed group named before (entities.descriptions, rule ``charge_after_description``, data
``data/gazetteer/of_complement_verbs.tsv``); a body the gazetteer does not hold but PETRARCH2 lists as a non-state
armed group fits "the rebel group" (rule ``armed_group_by_petrarch_name``, data ``data/plover/petrarch_actors.tsv``).
"""
from __future__ import annotations

import pytest

from newsweave.extract.claims import extract_claims
from newsweave.extract.entities import extract_entities
from newsweave.extract.events import extract_events
from newsweave.extract.quantities import extract_quantities
from newsweave.extract.time import extract_times
from newsweave.model import Document


def _acts(nlp, options, text, entity_rules_off=()):
    """(category, actor names, recipient names) of one invented text, some entity rules switched off."""
    doc = Document(id="doc_addressees", source="doc_addressees.txt", title=None, author=None, site=None,
                   published=None, language="en", text=text)
    parsed = nlp(text)
    entities = extract_entities(doc, parsed, options, rules_off=frozenset(entity_rules_off))
    claims = extract_claims(doc, parsed, entities, options)
    quantities = extract_quantities(doc, parsed, claims, options)
    times = extract_times(doc, parsed, options)
    events = extract_events(doc, parsed, entities, claims, quantities, times, options)
    names = {e.id: e.name for e in entities.entities}
    return [(e.event_type, [names[a] for a in e.actor], [names[r] for r in e.recipient]) for e in events]


SHABAAB = "Fighters of al-Shabaab ambushed a convoy near the river on Monday. "
ELN = "Talks between Colombia and the National Liberation Army broke down in May. "


@pytest.mark.parametrize("text, category, recipient, rule", [
    (SHABAAB + "Somalia accused the militant group of killing two soldiers.", "ACCUSE", "Al-Shabaab",
     "charge_after_description"),
    (SHABAAB + "Kenya warned the militia of swift reprisals.", "THREATEN", "Al-Shabaab", "charge_after_description"),
    (ELN + "The Colombian government accused the rebel group of bombing a pipeline.", "ACCUSE",
     "National Liberation Army", "armed_group_by_petrarch_name"),
])
def test_a_description_of_an_armed_group_named_before_is_the_addressee(nlp, options, text, category, recipient, rule):
    found = _acts(nlp, options, text)
    assert any(t == category and recipient in r for t, _a, r in found), found
    off = _acts(nlp, options, text, (rule,))
    assert not any(t == category and recipient in r for t, _a, r in off), off


@pytest.mark.parametrize("text", [
    # an of-phrase of the noun's own: a different group, not the armed group named before
    SHABAAB + "Somalia praised the group of elders for the truce.",
    # a body that is no armed group in any table is not what "the rebel group" refers back to
    "Colombia and the National Coffee Federation signed a deal in May. Bogota blamed the rebel group for the bombing.",
])
def test_a_group_of_its_own_or_a_body_of_no_armed_kind_is_not_the_addressee(nlp, options, text):
    found = _acts(nlp, options, text)
    assert not any(r in (["Al-Shabaab"], ["National Coffee Federation"]) for _t, _a, r in found), found


def _parties(nlp, options, text, off=()):
    from event_pipeline import events_of
    events, entities = events_of(nlp, options, text, doc_id="doc_destinations", off=off)
    country = {e.id: e.country for e in entities.entities}
    return [(e.event_type, [country[a] for a in e.actor], [country[r] for r in e.recipient]) for e in events]


@pytest.mark.parametrize("text, want", [
    # forces or aid sent to a region named as another state's own: that state receives them
    ("Bolivia sent 400 soldiers to Peru's southern region on Monday.", ("AID", ["BOL"], ["PER"])),
    ("Chile sent aid to Peru's southern provinces.", ("AID", ["CHL"], ["PER"])),
])
def test_a_destination_named_as_a_states_own_region_is_that_state(nlp, options, text, want):
    assert want in _parties(nlp, options, text)
    assert want not in _parties(nlp, options, text, ("destination_owner",))


@pytest.mark.parametrize("text", [
    # one's own region, and a region named by an adjective only: no state receives it by this rule
    "Bolivia sent 400 soldiers to Bolivia's southern region on Monday.",
    "Bolivia sent 400 soldiers to the Peruvian border region on Monday.",
])
def test_ones_own_region_or_an_adjective_gives_no_destination_state(nlp, options, text):
    assert not any(r == ["PER"] or r == ["BOL"] for _t, _a, r in _parties(nlp, options, text, ("recipient_from_the_article_dyad",)))


PAIR = ("Peru and Ecuador have clashed over the river for weeks. Peruvian troops shelled an Ecuadorian outpost, and "
        "Ecuador said Peru had started the fighting. ")


@pytest.mark.parametrize("text, want", [
    # a third state's act addressed to "both sides" / "the two countries" of an article about two states
    (PAIR + "On Monday Brazil held talks with both sides.", ("CONSULT", ["BRA"], ["ECU", "PER"])),
    (PAIR + "Brazil called on both countries to withdraw their troops.", ("REQUEST", ["BRA"], ["ECU", "PER"])),
])
def test_an_act_addressed_to_both_sides_is_addressed_to_the_articles_two_states(nlp, options, text, want):
    def sorted_parties(off=()):
        return [(t, a, sorted(r)) for t, a, r in _parties(nlp, options, text, off)]
    assert want in sorted_parties()
    assert want not in sorted_parties(("recipients_the_two_sides",))


@pytest.mark.parametrize("text, want", [
    # a third party addressing the unnamed envoys of a two-state story addresses both sides
    (PAIR + "Brazil's foreign minister urged the delegates to accept a truce.", True),
    (PAIR + "Brazil's foreign minister asked the envoys to resume the talks.", True),
    # envoys said to be whose, or one envoy: no pair
    (PAIR + "Brazil's foreign minister urged the Chilean delegates to accept a truce.", False),
])
def test_a_request_to_the_envoys_of_a_two_state_story_is_addressed_to_both(nlp, options, text, want):
    found = [(t, a, sorted(r)) for t, a, r in _parties(nlp, options, text)]
    assert (("REQUEST", ["BRA"], ["ECU", "PER"]) in found) == want, found


def test_one_of_the_two_urging_both_sides_keeps_the_other_as_recipient(nlp, options):
    found = _parties(nlp, options, PAIR + "Peru urged both sides to show restraint.")
    assert ("REQUEST", ["PER"], ["ECU"]) in found, found


def _requests(nlp, options, text, off=()):
    from event_pipeline import events_of
    events, entities = events_of(nlp, options, text, doc_id="doc_own_organ", off=off)
    country = {e.id: e.country for e in entities.entities}
    return [[country[x] for x in e.recipient] for e in events if e.event_type == "REQUEST"]


# two other states named, so no single state of the article stands for "the army" by itself
WATCHED = " as Chile and Bolivia watched."


@pytest.mark.parametrize("text, state", [
    ("Peruvian Interior Minister Rosa Lima called on the police to free the hostages," + WATCHED, "PER"),
    ("Peruvian Interior Minister Rosa Lima urged the army to leave the farms," + WATCHED, "PER"),
    ("The Ecuadorian defence chief Jorge Vera asked the military to guard the dam," + WATCHED, "ECU"),
])
def test_a_request_to_an_unnamed_state_organ_is_laid_on_the_requesters_own_state(nlp, options, text, state):
    assert [state] in _requests(nlp, options, text)
    assert [state] not in _requests(nlp, options, text, ("recipient_own_organ_addressed",))


@pytest.mark.parametrize("text, want, not_want", [
    # the organ's state named: that state, not the requester's
    ("Peruvian Interior Minister Rosa Lima urged the Bolivian army to leave the farms, as Chile watched.", "BOL", "PER"),
    # people who are no state organ: no state at all
    ("Peruvian Interior Minister Rosa Lima urged the farmers to leave the land," + WATCHED, None, "PER"),
])
def test_a_named_state_or_a_non_state_addressee_is_not_the_requesters_state(nlp, options, text, want, not_want):
    found = _requests(nlp, options, text)
    assert not any(not_want in r for r in found), found
    if want:
        assert any(want in r for r in found), found


@pytest.mark.parametrize("text", [
    # an envoy speaks for a state abroad, most often another's: no organ of the requester's own state
    "Peruvian Foreign Minister Rosa Lima urged the delegates to sign the truce," + WATCHED,
    "Peruvian Foreign Minister Rosa Lima asked the ambassadors to stay calm," + WATCHED,
    "The Ecuadorian foreign minister Jorge Vera called on the envoys to resume the talks," + WATCHED,
])
def test_a_request_to_unnamed_envoys_is_not_laid_on_the_requesters_own_state(nlp, options, text):
    own = "PER" if "Peruvian" in text else "ECU"
    found = _requests(nlp, options, text)
    assert found, "the request itself is still coded"
    assert not any(own in r for r in found), found


LOSS = "Chile's President Luis Soto conceded defeat in the presidential election on Sunday. The count went on. "


@pytest.mark.parametrize("told, winner", [
    ("Soto said he had phoned Elena Vargas to tell her he was conceding.", ["Elena Vargas"]),
    ("Soto said he had called Elena Vargas to say that he was conceding.", ["Elena Vargas"]),
    # no concession told: a call about something else names no winner
    ("Soto said he had phoned Elena Vargas about the floods.", None),
])
def test_the_one_told_of_a_concession_is_the_winner_a_bare_mention_concedes_to(nlp, options, told, winner):
    on = _acts(nlp, options, LOSS + told)
    first_on = next(r for t, _a, r in on if t == "CONCEDE")
    if winner is None:
        assert first_on == [], on
        return
    assert first_on == winner, on
    from event_pipeline import events_of
    events, entities = events_of(nlp, options, LOSS + told, doc_id="doc_addressees", off=("winner_told_of_the_concession",))
    names = {e.id: e.name for e in entities.entities}
    first_off = next([names[x] for x in e.recipient] for e in events if e.event_type == "CONCEDE")
    assert first_off == [], first_off
