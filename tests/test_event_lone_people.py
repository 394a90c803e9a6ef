"""A man or a woman the text does not name, told with an indefinite article as the by-agent or subject of an assault
("was stabbed by a man"), is a group actor named by the noun (entity rule ``lone_people``); on sentences written for
these tests. Kept contrasts: a definite "the man", an act that is no assault, a progressive."""
from __future__ import annotations

import pytest

from event_pipeline import coded

MADE = [
    ("Chilean senator Pablo Soto was attacked by a woman at a rally in Valparaiso on Sunday.",
     ("ASSAULT", ["woman"], ["Pablo Soto"])),
    ("The Peruvian finance minister was assaulted by a man in central Lima on Friday.", ("ASSAULT", ["man"], ["PER"])),
    ("A man stabbed the Chilean senator Pablo Soto outside parliament on Monday.",
     ("ASSAULT", ["man"], ["Pablo Soto"])),
    ("Police said a 30-year-old man attacked the Ecuadorian consul in Lima on Sunday.",
     ("ASSAULT", ["man"], ["ECU"])),
]


@pytest.mark.parametrize("text, event", MADE, ids=[m[0][:40] for m in MADE])
def test_an_unnamed_person_who_attacks_is_the_actor(nlp, options, text, event):
    found = [(t, a, r) for t, a, r, _ in coded(nlp, options, text)]
    assert event in found, found
    off = [(t, a, r) for t, a, r, _ in coded(nlp, options, text, entity_off=("lone_people",))]
    assert event not in off, off


KEPT = [
    "The Bolivian minister was killed by the man who had guarded him for years.",
    "The Peruvian president was greeted by a man in a red hat on Monday.",
    "A woman is attacking the policy of the Peruvian government, critics said.",
]


@pytest.mark.parametrize("text", KEPT, ids=[k[:40] for k in KEPT])
def test_no_group_for_a_known_or_inactive_person(nlp, options, text):
    found = coded(nlp, options, text)
    assert not any(a in (["man"], ["woman"]) for _t, a, _r, _w in found), found
