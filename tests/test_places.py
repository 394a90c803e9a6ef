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
    # a capital as the object of a visit or a strike is the place, even when its state is the recipient
    ("Russian missiles struck Kyiv overnight.", "Kyiv", "UKR", "city"),
    ("Visiting Rome, the minister met the Pope.", "Rome", "ITA", "city"),
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
    "Sydney Brenner accused the Kenyan government of lying.",   # a person whose name is also a city's
    "NATO accused the Taliban of lying.",                # no place at all
])
def test_no_location_without_a_place(nlp, options, text):
    events = _events(nlp, options, text)
    assert events
    assert all(e.location is None for e in events)


@pytest.mark.parametrize("text", [
    "The Chilean foreign ministry said in March that Bolivian troops had shelled the village.",
    "Peru has detained 40 Chilean fishermen since May.",
    "Bolivia expelled two Peruvian diplomats in March 2024.",
    "By late March, Chilean troops had shelled the village.",
    "Chilean police arrested two Bolivian activists on 3 May.",
])
def test_a_month_read_as_a_date_is_no_place(nlp, options, text):
    # "March" (England) and "May" are also the names of places; after "in", "since", "by late" or beside a day or a
    # year they are dates
    events = _events(nlp, options, text)
    assert events
    assert not any(e.location is not None and e.location.name in ("March", "May") for e in events)


def test_a_month_s_name_after_near_is_still_a_place(nlp, options):
    (ev,) = _events(nlp, options, "Bolivian troops attacked rebels near March.")
    assert ev.location is not None and ev.location.name == "March"


def test_a_compound_modifier_is_not_the_place(nlp, options):
    (ev,) = _events(nlp, options, "The Washington-based Human Rights Watch accused Iran of torture.")
    assert ev.location is None or ev.location.name != "Washington"
    # a city named only as where a charity is based is not where its march took place
    (ev,) = _events(nlp, options, "Kenyan protesters from a Paris-based charity marched on Friday.")
    assert ev.location is None


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


# -- where locations are shown: exports, the briefing, the web view --------------------------------------------
from test_brief import sample_db  # noqa: E402,F401  (fixture)

PLACE_TEXT = ("Rebel fighters shelled the port of Kelvar on Monday. "
              "Naval drones struck a tanker off the coast of <b>Kelvar</b> on Tuesday.")


@pytest.fixture
def located_db(sample_db):  # noqa: F811
    """The brief's sample store plus one article whose two events happened at one invented port."""
    from newsweave.consolidate import consolidate
    from newsweave.config import load_options
    from newsweave.model import DocumentRecords, Entity, Event, Evidence
    from newsweave.store import Store

    doc = Document("doc_port", "port.txt", "Port attacked", None, "Example Wire", "2024-11-10", "en", PLACE_TEXT)
    a = Entity("ent_rebels", "Rebel Front", "organization")
    b = Entity("ent_navy", "Coastal Navy", "organization")
    where = Location("<b>Kelvar</b>", "UKR", 46.5, 30.7, "city")
    events = []
    for i, (phrase, etype) in enumerate([("shelled the port", "ASSAULT"), ("struck a tanker", "ASSAULT")]):
        s = PLACE_TEXT.index(phrase)
        events.append(Event(id=f"e_port_{i}", doc=doc.id, event_type=etype, mode=None, context=(),
                            actor=(a.id,), recipient=(b.id,), date="2024-11", auxiliary=None, reported_by=None,
                            claim=None, quantities=(), start=s, end=s + len(phrase), text=phrase,
                            evidence=(Evidence(doc.id, s, s + len(phrase)),), location=where))
    with Store(sample_db) as s:
        s.add_document_records(DocumentRecords(document=doc, entities=(a, b), events=tuple(events)))
        consolidate(s, load_options())
    return sample_db


def test_plover_export_carries_the_geolocation(located_db, tmp_path):
    from test_export import _export

    out = tmp_path / "events.jsonl"
    _export(located_db, "plover-jsonl", out)
    recs = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert recs["e_port_0"]["geolocation"] == {"placeName": "<b>Kelvar</b>", "country": "UKR", "latitude": 46.5,
                                               "longitude": 30.7, "featureType": "city"}
    assert recs["e_other_pact"]["geolocation"] is None


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_table_exports_flatten_the_location(located_db, tmp_path, fmt):
    import duckdb

    from test_export import _export

    _export(located_db, fmt, tmp_path / "tables")
    path = str(tmp_path / "tables" / f"events.{fmt}")
    reader = "read_csv_auto" if fmt == "csv" else "read_parquet"
    rows = dict(duckdb.sql(f"SELECT id, location_lat FROM {reader}('{path}')").fetchall())
    assert rows["e_port_1"] == 46.5 and rows["e_other_pact"] is None
    ((country,),) = duckdb.sql(f"SELECT location_country FROM {reader}('{path}') WHERE id = 'e_port_0'").fetchall()
    assert country == "UKR"


def test_briefing_lists_places_with_footnotes_and_a_map(located_db, tmp_path):
    import base64
    import re

    from typer.testing import CliRunner

    from newsweave.cli import app

    out = tmp_path / "brief.html"
    result = CliRunner().invoke(app, ["brief", "--db", located_db, "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    section = html[html.index("Where events happened"):]
    assert "&lt;b&gt;Kelvar&lt;/b&gt; (UKR), city: 2 events (ASSAULT 2)" in section
    assert "<b>Kelvar</b>" not in html
    assert re.search(r'href="#note-\d+"', section.split("</ul>")[0])
    maps = re.findall(r'alt="Map of where events happened" src="data:image/png;base64,([A-Za-z0-9+/=]+)"', html)
    assert len(maps) == 1 and base64.b64decode(maps[0]).startswith(b"\x89PNG")


def test_briefing_without_locations_says_so(sample_db):  # noqa: F811
    from newsweave.outputs.brief import build_briefing, render_markdown
    from newsweave.outputs.view import load_view
    from newsweave.store import Store

    with Store(sample_db, read_only=True) as s:
        md = render_markdown(build_briefing(load_view(s), with_charts=True))
    assert "## Where events happened" in md and "No event has a location" in md
    assert "Map of where events happened" not in md


def test_web_map_draws_outlines_and_linked_escaped_places(located_db):
    from fastapi.testclient import TestClient

    from newsweave.outputs.web import create_app
    from newsweave.store import Store

    with Store(located_db, read_only=True) as s:
        client = TestClient(create_app(s, allowed_hosts=["testserver"]))
    r = client.get("/map")
    assert r.status_code == 200
    assert '<svg class="map"' in r.text and 'class="land"' in r.text
    assert '<a href="/event/e_port_0"><circle class="place city"' in r.text
    assert "&lt;b&gt;Kelvar&lt;/b&gt;" in r.text and "<b>Kelvar</b>" not in r.text
    page = client.get("/event/e_port_0")
    assert page.status_code == 200
    assert 'Where: <a href="/map">&lt;b&gt;Kelvar&lt;/b&gt;</a> (UKR), city' in page.text
    assert 'href="/map"' in client.get("/").text


def test_location_survives_parquet_shards(tmp_path, store):
    from newsweave.engines.parquet import load_shards, rows_by_table, write_partition
    from newsweave.model import DocumentRecords, Event, Evidence

    doc = Document("doc_shard", "shard.txt", None, None, None, None, "en", "Troops clashed near Vardo.")
    where = Location("Vardo", "NOR", 70.37, 31.1, "city")
    ev = Event(id="e_shard", doc=doc.id, event_type="ASSAULT", mode=None, context=(), actor=(), recipient=(),
               date=None, auxiliary=None, reported_by=None, claim=None, quantities=(), start=7, end=14,
               text="clashed", evidence=(Evidence(doc.id, 7, 14),), location=where)
    write_partition(tmp_path, 0, rows_by_table([DocumentRecords(document=doc, events=(ev,))]))
    load_shards(tmp_path, store)
    (back,) = list(store.records("events"))
    assert back.location == where


# measured 2026-12-04 on tests/corpus/real/dev: 115 of 130 events whose sentence names a place (88.5 %); on
# 2026-12-05 (1d3fc1a, dev 128 texts after two draws and rotations): 0.854; the floor sits below it, as the other
# real-corpus floors do
REAL_DEV_LOCATED_FLOOR = 0.83


@pytest.mark.slow
def test_most_events_whose_sentence_names_a_place_get_one_on_real_dev():
    import importlib.util

    from conftest import ROOT

    spec = importlib.util.spec_from_file_location("measure_locations", ROOT / "scripts" / "measure_locations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.measure([str(ROOT / "tests" / "corpus" / "real" / "dev")])
    assert result["total"] >= 100
    assert result["share"] >= REAL_DEV_LOCATED_FLOOR, result["kinds"]
