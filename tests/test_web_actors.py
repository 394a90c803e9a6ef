"""The web view reads what it shows about actors per request: names, merged ids and counts from the store, and a
search for an actor finds what the whole-store index finds, while the app keeps no structure per actor."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsweave.errors import UnknownActor
from newsweave.model import Document, DocumentRecords, Entity, Mention
from newsweave.outputs.view import load_view
from newsweave.outputs.web import create_app
from newsweave.outputs.webactors import Naming
from newsweave.outputs.webquery import TOP_ACTORS, StoreView
from newsweave.store import Store

MAYOR = Entity("ent_mayor", "Ansel Drift", "person", aliases=("Mayor Drift",))
SHORT = Entity("ent_drift_short", "A. Drift", "person")  # merged into the mayor (entity_links)
HARBOUR = Entity("ent_harbour", "Harbour Board of Pellmarsh", "organization")
STATE = Entity("Q30", "United States", "country", "USA", "Q30")  # the gazetteer's capital names it too
GUILDS = [Entity(f"ent_guild_{i:02d}", f"Quarry Guild {i}", "organization") for i in range(TOP_ACTORS + 10)]


def _doc(i: int, text: str, named: list[tuple[Entity, str]]) -> DocumentRecords:
    doc = f"doc_{i:03d}"
    mentions = tuple(Mention(doc, e.id, text.index(form), text.index(form) + len(form), form) for e, form in named)
    return DocumentRecords(document=Document(doc, f"{doc}.txt", f"Note {i}", None, None, "2025-03-01", "en", text),
                           entities=tuple(dict.fromkeys(e for e, _ in named)), mentions=mentions)


def _records() -> list[DocumentRecords]:
    out = [_doc(0, "The mayor spoke to the Pellmarsh harbour men.", [(MAYOR, "The mayor"), (HARBOUR, "Pellmarsh harbour")]),
           _doc(1, "A. Drift visited the state pavilion.", [(SHORT, "A. Drift"), (STATE, "state pavilion")]),
           _doc(2, "Ansel Drift and Ansel Drift again.", [(MAYOR, "Ansel Drift")])]
    return out + [_doc(10 + i, f"Quarry Guild {i} dug a pit.", [(g, f"Quarry Guild {i}")]) for i, g in enumerate(GUILDS)]


@pytest.fixture()
def store_path(tmp_path):
    path = str(tmp_path / "actors.duckdb")
    with Store(path) as s:
        s.add_documents(_records())
        s.con.execute("INSERT INTO entity_links VALUES ('ent_drift_short', 'ent_mayor', 'test'), "
                      "('ent_mayor', 'ent_mayor', 'itself')")
    return path


QUERIES = ["Ansel Drift", "drift", "the mayor", "MAYOR DRIFT", "Washington", "usa", "harbour", "Pellmarsh",
           "Quarry Guild 7", "guild", "ent_harbour", "Ansell Drif", "nobody at all"]


@pytest.mark.parametrize("query", QUERIES)
def test_an_actor_search_finds_what_the_whole_index_finds(store_path, query):
    with Store(store_path, read_only=True) as s:
        whole = load_view(s)
        try:
            expected = whole.find_entities(query)
        except UnknownActor as e:
            expected = ("unknown", e.suggestions)
        try:
            found = Naming(StoreView(s), s).find_entities(query)
        except UnknownActor as e:
            found = ("unknown", e.suggestions)
    assert found == expected


def test_a_merged_actor_is_found_named_and_counted_with_its_members(store_path):
    with Store(store_path, read_only=True) as s:
        naming = Naming(StoreView(s), s)
        assert naming.find_entities("A. Drift") == ["ent_mayor"]
        assert naming.name("ent_drift_short") == "Ansel Drift"
        assert sorted(naming.ids_of("ent_mayor")) == ["ent_drift_short", "ent_mayor"]
        assert naming.counts(["ent_mayor", "ent_harbour"]) == {"ent_mayor": (3, 3), "ent_harbour": (1, 1)}
    page = TestClient(create_app(Store(store_path, read_only=True))).get("/actor/ent_drift_short").text
    assert "<h1>Ansel Drift</h1>" in page and "3 mentions in 3 articles" in page


def test_the_app_keeps_nothing_per_actor(store_path):
    """More actors than the start page lists: what the app holds is the start page's actors, not one per actor."""
    with Store(store_path, read_only=True) as s:
        web = create_app(s)
    kept = vars(web.state.store_view)
    assert len(kept["top_actors"]) == TOP_ACTORS
    for value in kept.values():
        assert not isinstance(value, Entity)
        if isinstance(value, (dict, list, set)):
            assert len(value) <= TOP_ACTORS and not [v for v in value if isinstance(v, Entity)]


def test_pages_name_actors_stored_after_the_app_started(store_path):
    with Store(store_path, read_only=True) as s:
        client = TestClient(create_app(s))
    later = Entity("ent_ferry", "Ferry Wardens of Pellmarsh", "organization")
    with Store(store_path) as writer:
        writer.add_documents([_doc(900, "The wardens closed the slip.", [(later, "The wardens")])])
    assert "actor: Ferry Wardens of Pellmarsh" in client.get("/doc/doc_900").text
    assert "Ferry Wardens of Pellmarsh" in client.get("/search?q=wardens").text
    assert "1 mentions in 1 articles" in client.get("/actor/ent_ferry").text
