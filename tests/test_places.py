"""Event locations: the place gazetteer, the choice of the place in a sentence, and where locations travel."""
from __future__ import annotations

import json

import pytest

from newsweave.errors import ConfigError
from newsweave.extract.places import Place, load_places, resolve
from newsweave.model import Document, Location, from_dict, to_dict
from newsweave.pipeline import extract_one

ALL_AUXILIARIES = {"event_auxiliaries": ("negation", "hypothetical", "future", "historical")}

# (sentence, place name as written, ISO3 of its state or "" for none, level)
LOCATED = [
    ("Russian forces shelled a village near Kharkiv on Tuesday.", "Kharkiv", "UKR", "city"),
    ("Houthi rebels attacked a cargo ship in the Red Sea on Monday.", "Red Sea", "", "water"),
    ("Ukrainian troops attacked Russian positions across the Kursk region last week.", "Kursk region", "RUS",
     "region"),
    ("Ethiopian troops attacked rebels in Tigray on Sunday.", "Tigray", "ETH", "region"),
    ("Armenia and Azerbaijan held talks in Paris on Friday.", "Paris", "FRA", "city"),
    ("Iran seized a tanker in the Strait of Hormuz.", "Strait of Hormuz", "", "water"),
    ("Police arrested protesters in Georgia.", "Georgia", "GEO", "country"),
    # an alternate spelling resolved to the state the text is about, not the larger namesake elsewhere
    ("Russian drones struck Odessa overnight, Ukraine's air force said.", "Odessa", "UKR", "city"),
]


def _events(nlp, options, text):
    doc = Document(id="doc_places", source="places.txt", title=None, author=None, site=None, published=None,
                   language="en", text=text)
    return extract_one(doc, nlp(text), options.replace(**ALL_AUXILIARIES)).events


@pytest.mark.parametrize("text,name,country,level", LOCATED, ids=[r[1] for r in LOCATED])
def test_event_gets_the_place_its_sentence_names(nlp, options, text, name, country, level):
    events = _events(nlp, options, text)
    assert events, "the sentence should code an event"
    loc = events[0].location
    assert loc is not None
    assert (loc.name, loc.country or "", loc.level) == (name, country, level)
    assert -90 <= loc.lat <= 90 and -180 <= loc.lon <= 180


def test_coordinates_are_those_of_the_place(nlp, options):
    (ev,) = _events(nlp, options, "Russian forces shelled a village near Kharkiv on Tuesday.")
    # Kharkiv lies at about 50 N, 36.2 E
    assert abs(ev.location.lat - 50.0) < 0.5 and abs(ev.location.lon - 36.2) < 0.5


def test_a_locative_phrase_beats_a_bare_state_name(nlp, options):
    (ev,) = _events(nlp, options, "Russian forces shelled a village near Kharkiv on Tuesday.")
    assert ev.location.name == "Kharkiv"  # not "Russian", a demonym, nor a state named elsewhere


@pytest.mark.parametrize("text", [
    "Moscow accused Kyiv of sabotage.",                  # capitals standing for their states
    "Sydney Brenner accused the government of lying.",   # a person whose name is also a city's
    "NATO accused the Taliban of lying.",                # no place at all
])
def test_no_location_without_a_place(nlp, options, text):
    events = _events(nlp, options, text)
    assert events
    assert all(e.location is None for e in events)


def test_a_compound_modifier_is_not_the_place(nlp, options):
    (ev,) = _events(nlp, options, "A Washington-based group accused Iran of torture.")
    assert ev.location is None or ev.location.name != "Washington"


def test_resolve_prefers_the_context_state_unless_another_is_far_larger():
    big = Place("Paris", "FRA", 48.9, 2.3, "city", population=2_000_000)
    small = Place("Paris", "USA", 33.7, -95.6, "city", population=25_000)
    assert resolve((big, small), set(), {"USA"}) == big  # 80 times as populous
    a = Place("Springfield", "USA", 39.8, -89.6, "city", population=110_000)
    b = Place("Springfield", "AUS", -27.7, 152.9, "city", population=20_000)
    assert resolve((a, b), {"AUS"}, set()) == b
    assert resolve((a, b), set(), set()) == a
    region = Place("Gaza", "PSE", 31.4, 34.4, "region", rank=0)
    city = Place("Gaza", "PSE", 31.5, 34.5, "city", population=400_000)
    assert resolve((city, region), set(), set()) == region


def test_gazetteer_has_cities_regions_waters_and_states():
    index = load_places()
    assert {p.level for p in index.lookup("Kyiv")} == {"city"}
    assert index.lookup("the Red Sea")[0].level == "water"
    assert index.lookup("North Kivu")[0].country == "COD"
    assert index.countries["UKR"].level == "country"
    # the actors gazetteer's names of a state point at that state
    assert any(p.country == "PRK" and p.level == "country" for p in index.lookup("North Korea"))


def test_user_place_file_adds_rows_and_a_bad_row_names_the_file(tmp_path):
    good = tmp_path / "mine.tsv"
    good.write_text("names\tlevel\tcountry\tlat\tlon\tsource\nNorth Bay Strait|the North Bay Strait\twater\t\t"
                    "10.5\t20.5\tme\n", encoding="utf-8")
    assert load_places((str(good),)).lookup("North Bay Strait")[0].lat == 10.5
    bad = tmp_path / "bad.tsv"
    bad.write_text("names\tlevel\tcountry\tlat\tlon\tsource\nSomewhere\tplanet\t\t1\t2\tme\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.tsv"):
        load_places((str(bad),))


def test_location_travels_through_the_contract_and_the_store(nlp, options, store):
    events = _events(nlp, options, "Houthi rebels attacked a cargo ship in the Red Sea on Monday.")
    rec = to_dict(events[0])
    assert rec["location"] == {"name": "Red Sea", "country": None, "lat": 20.0, "lon": 38.5, "level": "water"}
    assert from_dict(json.loads(json.dumps(rec))).location == events[0].location
    from newsweave.model import DocumentRecords
    doc = Document(id="doc_places", source="places.txt", title=None, author=None, site=None, published=None,
                   language="en", text="x")
    store.add_document_records(DocumentRecords(document=doc, events=events))
    (back,) = list(store.records("events"))
    assert back.location == Location("Red Sea", None, 20.0, 38.5, "water")
    names = {r[0] for r in store.con.execute("SELECT name FROM migrations").fetchall()}
    assert "0006_event_location" in names
