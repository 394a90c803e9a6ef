"""A vessel named by its state's ship prefix is an organisation of that state (entities/ships.py, ship_names;
data/gazetteer/ship_prefixes.tsv), and what it does is done by that state. Own sentences."""
from __future__ import annotations

import pytest

from newsweave.extract.entities.ships import ship_prefixes
from test_entities import run
from test_events import _countries, _extract


def ships(result) -> dict[str, str | None]:
    return {e.name: e.country for e in result.entities if e.kind == "organization"}


@pytest.mark.parametrize("text, name, country", [
    ("HMAS Wollongong delivered supplies to Fiji.", "HMAS Wollongong", "AUS"),
    ("The frigate HMCS Ottawa shadowed the convoy for two days.", "HMCS Ottawa", "CAN"),
    ("Sailors aboard USS Gerald R. Ford held a ceremony on Friday.", "USS Gerald R. Ford", "USA"),
    ("HMS Prince of Wales left Portsmouth on Monday.", "HMS Prince of Wales", "GBR"),
    ("The frigate HNLMS De Ruyter entered the Red Sea.", "HNLMS De Ruyter", "NLD"),
])
def test_a_prefixed_ship_is_an_organisation_of_the_prefix_state(nlp, options, text, name, country):
    assert ships(run(nlp, options, text)).get(name) == country


def test_what_a_prefixed_ship_does_the_state_does(nlp, options):
    records = _extract(nlp, options, "HMAS Wollongong delivered supplies to Fiji.")
    assert any(e.event_type == "AID" and _countries(e.actor, records) == {"AUS"}
               and _countries(e.recipient, records) == {"FJI"} for e in records.events)


@pytest.mark.parametrize("text, word", [
    ("Officials at the ITS said the new timetable was delayed.", "ITS"),   # an acronym before no name
    ("ITS TIME TO ACT, SAYS COUNCIL", "ITS"),                              # a shouted headline
    ("ITS A DISASTER FOR Greenford", "ITS"),                                # a shouted one-letter word
    ("FS Holdings said the new terminal would open in May.", "FS"),        # a firm: FS and ITS are left out
    ("The SPS said fees would rise in April.", "SPS"),
    ("Mainstream analysts doubt the hosts will win.", "INS"),              # letters inside other words
])
def test_a_prefix_before_no_capitalised_name_names_no_ship(nlp, options, text, word):
    result = run(nlp, options, text)
    assert not [m for m in result.mentions if m.rule.startswith("organisations:ship-prefix")]
    assert not any(e.name.startswith(word + " ") and e.country for e in result.entities)


def test_a_prefix_two_states_use_is_not_in_the_table():
    table = ship_prefixes()
    assert "INS" not in table  # India's and Israel's navies
    assert table["HMAS"][0] == "AUS" and table["USCGC"][0] == "USA"
