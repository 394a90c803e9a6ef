"""Places and peoples as event parties (issue 13, part 2): a held place's holder and a struck place's state are the
recipient; a people living in another state, or marked a community, is a group and not its kin state; a capital
naming a meeting is its venue, not a party.  Every sentence is invented for the test; each table row fails with
its rule off, and a contrast with two candidates yields no recipient."""
from __future__ import annotations

import pytest

from event_pipeline import assert_rule_makes, coded

# (a) a place as the target: (text, rule, (type, actors, recipients))
PLACE_CASES = [
    ("Ethiopian troops shelled villages in a disputed region held by Eritrea.",
     "recipient_holder_of_the_target_place", ("ASSAULT", ["ETH"], ["ERI"])),
    ("Peruvian soldiers raided camps in the valley controlled by the Red Path Front.",
     "recipient_holder_of_the_target_place", ("COERCE", ["PER"], ["Red Path Front"])),
    ("Ukrainian drone strikes on Belgorod killed two people.",
     "recipient_place_the_subject_strikes", ("ASSAULT", ["UKR"], ["Belgorod"])),
]


@pytest.mark.parametrize("text, rule, event", PLACE_CASES)
def test_a_place_as_the_target_yields_whose_it_is(nlp, options, text, rule, event):
    assert_rule_makes(nlp, options, text, rule, event)


@pytest.mark.parametrize("text", [
    "Ethiopian troops shelled villages in a region held by Eritrea and Somalia.",  # two holders: whose?
    "Ethiopian troops shelled villages in a region held by Ethiopia.",  # the actor's own
])
def test_no_single_other_holder_no_recipient(nlp, options, text):
    found = coded(nlp, options, text)
    assert not any(t == "ASSAULT" and r for t, _a, r, _ in found), found


def _named(nlp, options, text, entity_rules_off=()):
    """(type, actors, recipients) of each event of ``text``, a country by its ISO3 code."""
    return [(t, a, r) for t, a, r, _why in coded(nlp, options, text, doc_id="doc_peoples", entity_off=entity_rules_off)]


# (b) a people living elsewhere is coded by the state it lives in, never its kin state (CAMEO codes a minority by
# its state of residence; phrases.home_of_people): (text, type, actor, state lived in, kin state)
PEOPLE_CASES = [
    ("Serbian police clashed with local Albanians in Kosovo.", "ASSAULT", "SRB", "XKX", "ALB"),
    ("Latvian police arrested Lithuanians living in Riga.", "COERCE", "LVA", "LVA", "LTU"),
]


@pytest.mark.parametrize("text, kind, actor, home, kin", PEOPLE_CASES)
def test_a_people_living_elsewhere_is_not_its_kin_state(nlp, options, text, kind, actor, home, kin):
    found = coded(nlp, options, text)
    assert any(t == kind and actor in a and r == [home] for t, a, r, _ in found), found
    assert not any(kin in r for _t, _a, r, _ in found), found
    off = coded(nlp, options, text, off=("people_living_elsewhere",))
    assert any(kin in r for _t, _a, r, _ in off), off


# (b2) a community the act is done to, or a community noun with one people's adjective, lives where the clause is
# done, also through the in-phrase of its in-phrase ("in a raid in X"); a counted people too ("two ethnic Turks")
# (rule community_object_in_clause_place): (text, type, actor, state lived in)
COMMUNITY_CASES = [
    ("Greek police shot two ethnic Turks in a raid in northern Bulgaria.", "ASSAULT", "GRC", "BGR"),
    ("Hungarian soldiers wounded local Romanians in a skirmish in Moldova.", "ASSAULT", "HUN", "MDA"),
    ("Ukrainian police detained local Russians in a sweep in Poland.", "COERCE", "UKR", "POL"),
    ("Greek police raided the Turkish community in a sweep in Bulgaria.", "COERCE", "GRC", "BGR"),
    ("Hungarian soldiers were engaged in a crackdown in Slovakia against the Romanian population of the region.",
     "COERCE", "HUN", "SVK"),
]


@pytest.mark.parametrize("text, kind, actor, home", COMMUNITY_CASES)
def test_a_community_acted_on_lives_where_the_act_is_done(nlp, options, text, kind, actor, home):
    found = coded(nlp, options, text)
    assert any(t == kind and a == [actor] and r == [home] for t, a, r, _ in found), found
    off = coded(nlp, options, text, off=("community_object_in_clause_place",))
    assert not any(home in r for _t, _a, r, _ in off), off


@pytest.mark.parametrize("text, kept", [
    ("Greek police shot two ethnic Turks in a raid.", "Turks"),  # no place named: the group stays
    ("Bulgarian police shot two Turks in a raid in Greece.", "Turks"),  # no community marker: persons, not placed
    ("Greek police raided the Turkish community in Turkey.", "Turkish community"),  # at home: no other state
])
def test_a_community_not_placed_elsewhere_stays_the_group(nlp, options, text, kept):
    found = coded(nlp, options, text)
    assert found and all(r == [kept] for _t, _a, r, _ in found), found


def test_a_counted_community_protests_to_the_state_it_lives_in(nlp, options):
    text = "Up to 200 ethnic Turks demonstrated on Monday in Bulgaria."
    assert ("PROTEST", ["BGR"], ["BGR"]) in [(t, a, r) for t, a, r, _ in coded(nlp, options, text)]
    off = coded(nlp, options, text, off=("community_object_in_clause_place",))
    assert not any(a == ["BGR"] for _t, a, _r, _ in off), off


def test_a_people_at_home_stays_its_state(nlp, options):
    # contrast: no marker, no other state named for them: the people is the state
    found = coded(nlp, options, "Estonian officials accused the Russians of jamming flights.")
    assert any("RUS" in r for _t, _a, r, _ in found), found


VENUE_CASES = [
    ("The Quito talks between Colombia and the rebels of the Andes Front ended on Friday.", "ECU"),
    ("The Doha negotiations between Israel and Hamas resumed on Friday.", "QAT"),
]


@pytest.mark.parametrize("text, host", VENUE_CASES)
def test_a_capital_naming_a_meeting_is_its_venue_not_a_party(nlp, options, text, host):
    found = _named(nlp, options, text)
    assert found and not any(host in a + r for _t, a, r in found), found
    off = _named(nlp, options, text, entity_rules_off=("venues_are_no_party",))
    assert any(host in a + r for _t, a, r in off), off


def test_a_capital_acting_stays_its_state(nlp, options):
    found = _named(nlp, options, "Quito accused Lima of backing the smugglers.")
    assert any("ECU" in a and "PER" in r for _t, a, r in found), found
