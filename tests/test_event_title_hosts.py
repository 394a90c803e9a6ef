"""Recipients not taken from a person's title or a modifier (issue 13): the to/in/at phrase of a diplomat's title
names the state the person is posted to, not a party of the act on the person (roles.title_host_not_a_party), and a
name joined by a hyphen to "style" or "type" is a kind, not a party (phrases.modifier_not_a_party, ``kind_suffixes``).
Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from event_pipeline import coded


def _roles(nlp, options, text, off=()):
    return [(t, a, r) for t, a, r, _ in coded(nlp, options, text, off=off)]


@pytest.mark.parametrize("text, want", [
    # the ministry of the host summons another state's ambassador to it: the host is the actor's side, not a recipient
    ("Peru's foreign ministry summoned Chile's ambassador to Peru on Monday.",
     ("ACCUSE", ["Peruvian Foreign Ministry"], ["CHL"])),
    ("Ecuador's foreign ministry summoned Colombia's envoy to Ecuador on Friday.",
     ("ACCUSE", ["Ecuadorian Foreign Ministry"], ["COL"])),
    # a third state's act on the diplomat: the sending state, not the host
    ("Brazil criticised Chile's ambassador to Peru on Monday.", ("ACCUSE", ["BRA"], ["CHL"])),
    # a state's adjective as the owner, the person's name after the title's phrase
    ("Deputy Minister Luis Soto summoned the Chilean ambassador to Peru Ana Roe on Thursday.",
     ("ACCUSE", ["Luis Soto"], ["CHL"])),
    ("Argentina criticised the Uruguayan envoy in Buenos Aires.", ("ACCUSE", ["ARG"], ["URY"])),
    # the title's owner by an of-phrase
    ("Uruguay's ministry summoned the ambassador of Chile to Uruguay.", ("ACCUSE", ["URY"], ["CHL"])),
])
def test_a_titles_host_phrase_is_no_recipient(nlp, options, text, want):
    found = _roles(nlp, options, text)
    assert want in found, found


def test_the_host_phrase_rule_switched_off_gives_the_host_back(nlp, options):
    text = "Brazil criticised Chile's ambassador to Peru on Monday."
    off = _roles(nlp, options, text, off=("title_host_not_a_party",))
    assert any(t == "ACCUSE" and "PER" in r for t, _, r in off), off


@pytest.mark.parametrize("text, want", [
    # one's own ambassador recalled from a host: the act is aimed at the host
    ("Bolivia recalled its ambassador to Peru for consultations.", ("SANCTION", ["BOL"], ["PER"])),
    # the one who acts is still the sending state, and a state named as the owner stays the recipient
    ("Chile's envoy to Peru met Peru's foreign minister on Tuesday.", ("CONSULT", ["CHL"], ["PER"])),
    ("Peru expelled Chile's ambassador to Peru on Friday.", ("SANCTION", ["PER"], ["CHL"])),
    ("Poland summoned the ambassador of Germany on Monday.", ("ACCUSE", ["POL"], ["DEU"])),
])
def test_the_diplomats_own_state_and_a_recall_keep_their_parties(nlp, options, text, want):
    found = _roles(nlp, options, text)
    assert want in found, found


@pytest.mark.parametrize("text, banned", [
    ("Peru's president warned against Chile-style protests on Monday.", "CHL"),
    ("The government of Ecuador banned Venezuela-type rallies.", "VEN"),
])
def test_a_name_made_a_kind_by_a_hyphen_is_no_recipient(nlp, options, text, banned):
    found = _roles(nlp, options, text)
    assert found and not any(banned in r for _, _, r in found), found
    off = _roles(nlp, options, text, off=("modifier_not_a_party",))
    assert any(banned in r for _, _, r in off), off
