"""The web view reads the store per request: a page shows the same whatever else the store holds, the app keeps
no snapshot of the records, and the store stays free for a writer between requests."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsweave.config import load_options
from newsweave.consolidate import consolidate
from newsweave.model import Claim, Document, DocumentRecords, Entity, Event, Mention, Quantity
from newsweave.outputs.web import create_app
from newsweave.store import Store

HARBOUR = Entity("ent_harbour", "Harbour Board of Pellmarsh", "organization")
MAYOR = Entity("ent_mayor", "Ansel Drift", "person")
FILLER = Entity("ent_filler", "Quarry Guild", "organization")
N = 6


def _story(i: int) -> DocumentRecords:
    """A short report of our own: the mayor says the harbour board will dredge the channel, with a figure."""
    text = (f"Ansel Drift said the Harbour Board of Pellmarsh would dredge channel {i} by spring. "
            "The board hired 40 divers for the work.")
    doc = f"doc_story_{i}"
    said = text.index("the Harbour")
    board = text.index("Harbour Board")
    divers = text.index("40 divers")
    qty = Quantity(f"qty_{doc}", doc, 40, None, "divers", None, "divers", False, None, divers, divers + 9, "40 divers")
    return DocumentRecords(
        document=Document(doc, f"{doc}.txt", f"Dredging plan {i}", None, None, f"2025-02-{1 + i:02d}", "en", text),
        entities=(HARBOUR, MAYOR),
        mentions=(Mention(doc, MAYOR.id, 0, 11, "Ansel Drift"), Mention(doc, HARBOUR.id, board, board + 26,
                                                                       "Harbour Board of Pellmarsh")),
        claims=(Claim(f"claim_{doc}", doc, MAYOR.id, None, "indirect", text[said:text.index(".")], "said", False,
                      said, text.index(".")),),
        quantities=(qty,),
        events=(Event(f"evt_{doc}", doc, "COOPERATE", None, (), (MAYOR.id,), (HARBOUR.id,), "2025-02", None, None,
                      None, (qty.id,), 0, text.index("."), text[:text.index(".")]),))


def _filler(i: int) -> DocumentRecords:
    """Other news that names neither actor nor the channel."""
    text = f"The Quarry Guild opened pit {i} north of the ridge this week."
    doc = f"doc_filler_{i:04d}"
    return DocumentRecords(
        document=Document(doc, f"{doc}.txt", f"Quarry note {i}", None, None, f"2024-{1 + i % 12:02d}-03", "en", text),
        entities=(FILLER,), mentions=(Mention(doc, FILLER.id, 4, 16, "Quarry Guild"),))


def _store(path: str, fillers: int) -> str:
    with Store(path) as s:
        s.add_documents([_story(i) for i in range(N)] + [_filler(i) for i in range(fillers)])
        consolidate(s, load_options())
    return path


@pytest.fixture(scope="module")
def small_and_large(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scale")
    small, large = _store(str(folder / "small.duckdb"), N), _store(str(folder / "large.duckdb"), 10 * N)
    clients = []
    for path in (small, large):
        with Store(path, read_only=True) as s:
            clients.append(TestClient(create_app(s)))
    return clients


PAGES = ["/actor/ent_mayor", "/actor/ent_harbour", "/doc/doc_story_2", "/search?q=dredge",
         "/search?q=Ansel", "/explain/claim_doc_story_1", "/event/evt_doc_story_3", "/graph", "/api/graph", "/map"]


@pytest.mark.parametrize("url", PAGES)
def test_a_page_is_the_same_in_a_store_ten_times_larger(small_and_large, url):
    small, large = small_and_large
    a, b = small.get(url), large.get(url)
    assert a.status_code == 200 and b.status_code == 200
    assert a.text == b.text
    assert "Quarry" not in a.text  # nothing of the other news is read onto these pages


def test_the_pages_show_the_records_they_read(small_and_large):
    small, _large = small_and_large
    actor = small.get("/actor/ent_mayor").text
    assert actor.count("would dredge channel") == N and "40 divers" in actor
    event = small.get("/event/evt_doc_story_3").text
    assert event.count('<mark class="ev">') == N  # every report of the dredging, quoted in its sentence
    assert "Dredging plan 3" in event
    home_small, home_large = small.get("/").text, small_and_large[1].get("/").text
    assert f"{2 * N} articles" in home_small and f"{11 * N} articles" in home_large


def test_the_app_keeps_no_record_of_the_store(small_and_large, tmp_path):
    """What the app holds after start-up is about actors (names, counts), not documents, claims or events."""
    path = _store(str(tmp_path / "kept.duckdb"), 3 * N)
    with Store(path, read_only=True) as s:
        web = create_app(s)
    # the store is closed: a writer can open it while the app is alive, and pages read what it wrote
    with Store(path) as writer:
        writer.add_documents([_filler(999)])
    assert TestClient(web).get("/doc/doc_filler_0999").status_code == 200
    kept = []
    for value in vars(web.state.store_view).values():
        kept += list(value.values()) if isinstance(value, dict) else list(value) if isinstance(value, (list, set)) else [value]
    assert kept and not [v for v in kept if isinstance(v, (Document, Mention, Claim, Quantity, Event))]


def test_the_store_is_closed_when_nobody_browses(tmp_path, monkeypatch):
    """Requests share the open store; once none has come for a while it is closed and a writer can open it."""
    import time

    from newsweave.outputs import webquery

    monkeypatch.setattr(webquery, "IDLE_SECONDS", 0.1)
    path = _store(str(tmp_path / "idle.duckdb"), 2)
    with Store(path, read_only=True) as s:
        client = TestClient(create_app(s))
    assert client.get("/doc/doc_story_1").status_code == 200
    time.sleep(0.5)
    with Store(path) as writer:
        writer.add_documents([_filler(998)])
    assert client.get("/doc/doc_filler_0998").status_code == 200
