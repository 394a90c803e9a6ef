"""The web view in-process (Starlette TestClient): pages, escaping, limits, headers, no file access."""
from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from newsweave.outputs.web import CSP, MAX_HEADER_BYTES, MAX_QUERY_STRING, create_app
from newsweave.store import Store
from test_brief import sample_db  # noqa: F401  (fixture)


@pytest.fixture
def client(sample_db):  # noqa: F811
    with Store(sample_db, read_only=True) as s:
        web = create_app(s, allowed_hosts=["testserver", "127.0.0.1", "localhost"])
    return TestClient(web)


def test_home_lists_actors_events_documents(client):
    r = client.get("/")
    assert r.status_code == 200
    assert 'href="/actor/ent_prk"' in r.text and "North Korea" in r.text
    assert "2 independent sources" in r.text  # other + hostile in November; the wire's repost never counts
    assert r.headers["content-security-policy"] == CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    contested = r.text.split("<h2>Contested numbers</h2>")[1].split("</section>")[0]
    assert "<strong>11,000</strong>" in contested and "<strong>12,000</strong>" in contested


def test_search_query_is_reflected_escaped(client):
    r = client.get("/search", params={"q": '"><script>alert(1)</script>'})
    assert r.status_code == 200
    assert "<script>alert(1)" not in r.text
    assert 'value="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in r.text


def test_an_event_record_id_opens_its_group(client):
    r = client.get("/event/e_repost_troops")
    # the wire and its repost: two articles, one independent source
    assert r.status_code == 200 and '<strong id="sources">1</strong> independent source · 2 articles' in r.text


@pytest.mark.parametrize("q, expected", [("north korea", "ent_prk"), ("DPRK", "ent_prk"), ("Q159", "ent_rus"),
                                         ("ostrova", "ent_ostrova")])
def test_search_finds_actors_by_name_alias_and_id(client, q, expected):
    r = client.get("/search", params={"q": q})
    assert r.status_code == 200
    block = r.text.split('id="actor-results"')[1].split("</ul>")[0]
    assert f'href="/actor/{expected}"' in block


def test_actor_page_has_events_claims_numbers(client):
    r = client.get("/actor/ent_prk")
    assert r.status_code == 200
    out_part, in_part = r.text.split("Events directed at it")
    assert "AID" in out_part and "AGREE" in in_part
    assert "12,000" in r.text  # numbers of its events
    r = client.get("/actor/ent_ostrova")
    assert "This changes the balance on the front" in r.text.split("Claims it makes")[1]


def test_claim_rows_keep_a_space_between_speaker_and_cue(client):
    """The speaker's link and the cue verb are separate words ("Ostrova said:", never "Ostrovasaid:")."""
    r = client.get("/actor/ent_ostrova")
    words = re.sub(r"<[^>]+>", "", r.text.split("Claims it makes")[1].split("</section>")[0])
    assert re.search(r"\wsaid:", words) is None
    assert "Lena Ostrova said:" in words


def test_event_page_highlights_evidence_and_collapses_copies(client):
    home = client.get("/").text
    event_id = re.search(r'href="/event/([^"]+)">2024-10: AID', home).group(1)
    r = client.get(f"/event/{event_id}")
    assert r.status_code == 200
    assert '<strong id="sources">1</strong> independent source · 2 articles' in r.text
    assert '<mark class="ev">Pyongyang has moved roughly 11,000 soldiers into Russia</mark>' in r.text
    # the repost is inside a collapsed <details>, after the original
    details = r.text.split('<details class="copies">')[1].split("</details>")[0]
    assert "Troops move north (repost)" in details
    assert r.text.index("Troops move north</a>") < r.text.index('<details class="copies">')


def test_document_page_escapes_article_html(client):
    r = client.get("/doc/doc_hostile")
    assert r.status_code == 200
    body = r.text
    assert "<script>window" not in body and "<img src=x" not in body and "<b>shells" not in body
    assert "&lt;script&gt;window.__nw_pwned = 1&lt;/script&gt;" in body
    assert "Shells &lt;script&gt;" in body  # the title too
    # the event span is highlighted, its pieces escaped inside the mark
    assert re.search(r'<mark class="event"[^>]*>&lt;script&gt;window.__nw_pwned = 1&lt;/script&gt;', body)
    # only our own script tags exist on any page
    assert re.findall(r"<script[^>]*>", body) == []


def test_graph_page_and_data(client):
    page = client.get("/graph")
    assert '<script src="/static/graph.js"></script>' in page.text
    data = client.get("/api/graph").json()
    assert {n["name"] for n in data["nodes"]} == {"North Korea", "Russia"}
    assert {(link["source"], link["target"], tuple(link["types"])) for link in data["links"]} == {
        ("ent_prk", "ent_rus", ("AID",)), ("ent_rus", "ent_prk", ("AGREE",))}
    for name in ("graph.js", "map.js"):  # text is set as text, and nothing is fetched from elsewhere
        js = client.get(f"/static/{name}")
        assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")
        assert "innerHTML" not in js.text and "insertAdjacentHTML" not in js.text
        assert "http" not in js.text.replace("http://www.w3.org/2000/svg", "")


# -- the graph's filters and its links to evidence (issue 15) -------------------------------------------------------

HOSTILE_NAME = "Brigade <img src=x onerror=alert(15)>"
HOSTILE_TYPE = "THREATEN<script>alert(15)</script>"
# (doc id, published, text, event type, actor, recipient, event date): Velmar and Ostia are invented states
WAR_DOCS = [
    ("doc_shell_a", "2025-01-10", "Velmar's navy shelled the harbour of Ostia on Monday.", "ASSAULT",
     "ent_velmar", "ent_ostia", "2025-01"),
    ("doc_shell_b", "2025-01-12", "Ostian officials said Velmar shelled their harbour this week.", "ASSAULT",
     "ent_velmar", "ent_ostia", "2025-01"),
    ("doc_shell_c", "2025-02-20", "Velmar shelled the Ostian coast again in February.", "ASSAULT",
     "ent_velmar", "ent_ostia", "2025-02"),
    ("doc_truce", "2025-03-05", "Ostia and Velmar agreed to a truce in March.", "AGREE",
     "ent_ostia", "ent_velmar", "2025-03"),
    ("doc_accuse", "2025-06-01", "Velmar accused Ostia of breaking the truce.", "ACCUSE",
     "ent_velmar", "ent_ostia", None),
    ("doc_brigade", "2024-11-02", "The brigade threatened Ostian border posts.", HOSTILE_TYPE,
     "ent_brigade", "ent_ostia", "2024-11"),
]


@pytest.fixture(scope="module")
def war(tmp_path_factory):
    """A store of short texts about two invented states and a brigade with markup in its name, consolidated."""
    from newsweave.config import load_options
    from newsweave.consolidate import consolidate
    from newsweave.model import Document, DocumentRecords, Entity, Event

    entities = (Entity("ent_velmar", "Velmar", "country", country="VLM"),
                Entity("ent_ostia", "Ostia", "country", country="OST"),
                Entity("ent_brigade", HOSTILE_NAME, "armed_group"))
    path = str(tmp_path_factory.mktemp("war") / "war.duckdb")
    with Store(path) as s:
        for doc_id, published, text, etype, actor, recipient, date in WAR_DOCS:
            s.add_document_records(DocumentRecords(
                document=Document(doc_id, f"{doc_id}.txt", doc_id.replace("_", " "), None, None, published, "en", text),
                entities=entities,
                events=(Event(f"evt_{doc_id}", doc_id, etype, None, (), (actor,), (recipient,), date, None, None, None,
                              (), 0, len(text) - 1, text[:-1]),)))
        consolidate(s, load_options())
    with Store(path, read_only=True) as s:
        web = create_app(s)
    return TestClient(web)


def _pairs(data: dict) -> dict[tuple[str, str], dict]:
    return {(link["source"], link["target"]): link for link in data["links"]}


def test_graph_links_each_pair_to_its_events_evidence(war):
    data = war.get("/api/graph").json()
    shelling = _pairs(data)["ent_velmar", "ent_ostia"]
    # January's two reports are one event (two independent stories), February's another; then the undated
    # accusation, by its report's date; the best corroborated first
    kinds = [(g["type"], g["date"], g["sources"]) for g in shelling["groups"]]
    assert kinds == [("ASSAULT", "2025-01", 2), ("ASSAULT", "2025-02", 1), ("ACCUSE", None, 1)]
    assert shelling["types"] == ["ACCUSE", "ASSAULT"] and shelling["stories"] == 4  # the line's width
    assert shelling["groups"][2]["reported"].startswith("2025-06-01")
    # every link opens a page that quotes its evidence sentence
    for group in shelling["groups"]:
        page = war.get(group["href"])
        assert page.status_code == 200
        assert '<mark class="ev">' in page.text
    assert shelling["href"] == shelling["groups"][0]["href"]
    january = war.get(shelling["href"]).text
    assert "Velmar&#39;s navy shelled the harbour of Ostia on Monday" in january
    assert "Ostian officials said Velmar shelled their harbour this week" in january


def test_graph_filters_by_event_type(war):
    data = war.get("/api/graph", params={"type": ["ASSAULT", "AGREE"]}).json()
    pairs = _pairs(data)
    assert set(pairs) == {("ent_velmar", "ent_ostia"), ("ent_ostia", "ent_velmar")}
    assert [g["type"] for g in pairs["ent_velmar", "ent_ostia"]["groups"]] == ["ASSAULT", "ASSAULT"]
    assert {n["id"] for n in data["nodes"]} == {"ent_velmar", "ent_ostia"}  # the brigade has no event left
    assert data["filters"]["types"] == ["AGREE", "ASSAULT"]
    page = war.get("/graph", params={"type": "AGREE"}).text
    assert re.search(r'<input type="checkbox" name="type" value="AGREE" checked>', page)
    assert re.search(r'<input type="checkbox" name="type" value="ASSAULT">', page)
    assert '<span id="graph-count">1 of 5</span>' in page and "<details class=\"graph-filter\" open>" in page


@pytest.mark.parametrize("params, expected", [
    ({"since": "2025-02"}, {("ASSAULT", "2025-02"), ("AGREE", "2025-03"), ("ACCUSE", None)}),
    ({"until": "2025-01"}, {("ASSAULT", "2025-01"), (HOSTILE_TYPE, "2024-11")}),
    ({"since": "2025-01", "until": "2025-03"}, {("ASSAULT", "2025-01"), ("ASSAULT", "2025-02"), ("AGREE", "2025-03")}),
    # an undated event counts by its first report (June), as `--since` does everywhere
    ({"since": "2025-06-01", "until": "2025"}, {("ACCUSE", None)}),
    ({"since": "2025-04", "type": "ASSAULT"}, set()),
])
def test_graph_filters_by_date_range(war, params, expected):
    data = war.get("/api/graph", params=params).json()
    assert {(g["type"], g["date"]) for link in data["links"] for g in link["groups"]} == expected
    page = war.get("/graph", params=params)
    assert page.status_code == 200 and f'<span id="graph-count">{len(expected)} of 5</span>' in page.text


@pytest.mark.parametrize("params", [{"since": "last week"}, {"until": "2025-1"}, {"since": "<script>"}])
def test_graph_refuses_malformed_dates(war, params):
    for path in ("/graph", "/api/graph"):
        r = war.get(path, params=params)
        assert r.status_code == 422 and "<script>" not in r.text
        assert "malformed parameter: " + next(iter(params)) in r.text


def test_graph_page_escapes_names_and_types(war):
    page = war.get("/graph").text
    assert "<script>alert(15)" not in page and "&lt;script&gt;alert(15)&lt;/script&gt;" in page
    assert re.findall(r"<script[^>]*>", page) == ['<script src="/static/graph.js">']
    # names travel as JSON, which graph.js sets as text (never as markup)
    data = war.get("/api/graph").json()
    assert HOSTILE_NAME in {n["name"] for n in data["nodes"]}
    assert war.get("/api/graph").headers["content-type"].startswith("application/json")


@pytest.mark.parametrize("path", ["/static/../web.py", "/static/%2e%2e%2fweb.py", "/static/..%2f..%2fpyproject.toml",
                                  "/static/templates/base.html", "/static//etc/passwd", "/doc/..%2F..%2Fetc%2Fpasswd",
                                  "/actor/nobody", "/event/nothing"])
def test_no_url_reaches_the_file_system(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert "root:" not in r.text and "import" not in r.text


def test_request_limits(client):
    assert client.get("/search?q=" + "a" * (MAX_QUERY_STRING + 1)).status_code == 414
    assert client.get("/doc/" + "x" * 600).status_code == 414
    assert client.post("/search", content=b"x" * 10).status_code == 413
    assert client.post("/").status_code == 405
    assert client.get("/", headers={"x-padding": "a" * (MAX_HEADER_BYTES + 1)}).status_code == 431
    r = client.get("/search", params={"q": "a" * 300})
    assert r.status_code == 422  # longer than the search box allows
    assert r.headers["content-security-policy"] == CSP


def test_foreign_host_header_is_refused(client):
    r = client.get("/", headers={"host": "evil.example"})
    assert r.status_code == 400


def test_no_api_docs_pages(client):
    # FastAPI's default /docs loads scripts from a CDN: switched off
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert client.get(path).status_code == 404


def test_serve_binds_loopback_by_default_and_releases_the_store(sample_db, monkeypatch):  # noqa: F811
    import uvicorn
    from typer.testing import CliRunner

    from newsweave.cli import app

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda web, **kw: calls.append(kw))
    result = CliRunner().invoke(app, ["serve", "--db", sample_db, "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert calls[0]["host"] == "127.0.0.1" and calls[0]["port"] == 8123
    # the snapshot is read and the store closed: a writer can open it while the view is served
    with Store(sample_db) as writer:
        assert writer.counts()["documents"] == 4


def test_serve_warns_when_exposed(sample_db, monkeypatch):  # noqa: F811
    import uvicorn
    from typer.testing import CliRunner

    from newsweave.cli import app

    monkeypatch.setattr(uvicorn, "run", lambda web, **kw: None)
    result = CliRunner().invoke(app, ["serve", "--db", sample_db, "--host", "0.0.0.0"])
    assert result.exit_code == 0 and "anyone who can reach this address" in " ".join(result.output.split())


def test_ids_with_slashes_are_linked_and_found(tmp_path):
    from newsweave.model import Document, DocumentRecords, Entity, Mention

    path = str(tmp_path / "slash.duckdb")
    text = "Odd ids: Alpha/Beta met here."
    with Store(path) as s:
        s.add_document_records(DocumentRecords(
            document=Document("doc/odd?x#y", "odd.txt", "Odd", None, None, None, "en", text),
            entities=(Entity("org/alpha beta", "Alpha/Beta", "organization"),),
            mentions=(Mention("doc/odd?x#y", "org/alpha beta", 9, 19, "Alpha/Beta"),)))
    with Store(path, read_only=True) as s:
        c = TestClient(create_app(s))
    home = c.get("/").text
    assert 'href="/actor/org%2Falpha%20beta"' in home and 'href="/doc/doc%2Fodd%3Fx%23y"' in home
    assert c.get("/actor/org%2Falpha%20beta").status_code == 200
    assert c.get("/doc/doc%2Fodd%3Fx%23y").status_code == 200


def test_map_labels_stay_inside_the_picture_and_apart():
    """Places at the east edge are labelled to the left of their dot, and close places' labels do not overlap."""
    from newsweave.outputs.maps import LABEL_CHAR_WIDTH, LABEL_FONT, PlacePoint, map_svg

    points = [PlacePoint("Westerly Harbour", None, 40.0, 10.0, "city", ["e1"]),
              PlacePoint("Eastmost Lighthouse Point", None, 40.0, 60.0, "city", ["e2"]),
              PlacePoint("Eastmost Ferry Landing", None, 40.4, 59.6, "city", ["e3"])]
    svg = str(map_svg(points))
    width, height = (float(v) for v in re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg).groups())
    boxes = []
    for x, y, anchor, name in re.findall(r'<text class="label" x="([\d.-]+)" y="([\d.-]+)" text-anchor="(\w+)">([^<]+)', svg):
        w = len(name) * LABEL_FONT * LABEL_CHAR_WIDTH
        left = float(x) - {"start": 0, "middle": w / 2, "end": w}[anchor]
        boxes.append((name, left, float(y) - LABEL_FONT, left + w, float(y)))
    assert len(boxes) == 3
    for name, x0, y0, x1, y1 in boxes:
        assert 0 <= x0 and x1 <= width + 1 and 0 <= y0 and y1 <= height, name
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert min(a[3], b[3]) <= max(a[1], b[1]) or min(a[4], b[4]) <= max(a[2], b[2]), (a[0], b[0])


# -- every record shows its rule, and /explain/<id> says why it exists (issue 18) -------------------------------

RULED = ("Ruritania and Freedonia signed a grain accord on Monday. \"We will ship 4,000 tonnes before winter,\" "
         "Trade Minister Ilsa Varga said. Ruritania sent twelve inspectors to the port of Velmar.")
HOSTILE_RULE = "cue:said <script>alert(18)</script>"


@pytest.fixture(scope="module")
def ruled(tmp_path_factory):
    """A store whose records all name a rule (one of them hostile), as a run leaves it, and a client over it."""
    import json

    from newsweave.config import load_options
    from newsweave.consolidate import consolidate
    from newsweave.model import Claim, Document, DocumentRecords, Entity, Event, Mention, Quantity

    def at(phrase: str) -> tuple[int, int]:
        start = RULED.index(phrase)
        return start, start + len(phrase)

    rur = Entity("ent_rur", "Ruritania", "country", country="RUR", rule="gazetteer:countries.tsv:7")
    fre = Entity("ent_fre", "Freedonia", "country", country="FRE", rule="gazetteer:countries.tsv:9")
    varga = Entity("person:ilsa-varga", "Ilsa Varga", "person", rule="ner:PERSON")
    path = str(tmp_path_factory.mktemp("ruled") / "ruled.duckdb")
    with Store(path) as s:
        for doc_id, source in (("doc_accord", "accord.txt"), ("doc_accord_copy", "accord-copy.txt")):
            doc = Document(doc_id, source, "Grain accord", None, None, "2025-03-03", "en", RULED,
                           rule="documents:plain text")
            qty = Quantity(f"qty_{doc_id}", doc_id, 4000, None, "tonnes", None, None, False, f"claim_{doc_id}",
                           *at("4,000 tonnes"), "4,000 tonnes", rule="units:tonnes")
            s.add_document_records(DocumentRecords(
                document=doc, entities=(rur, fre, varga),
                mentions=(Mention(doc_id, "ent_rur", *at("Ruritania"), "Ruritania", rule="gazetteer:name"),
                          Mention(doc_id, "ent_fre", *at("Freedonia"), "Freedonia", rule="gazetteer:name"),
                          Mention(doc_id, "person:ilsa-varga", *at("Ilsa Varga"), "Ilsa Varga", rule="ner:PERSON")),
                claims=(Claim(f"claim_{doc_id}", doc_id, "person:ilsa-varga", "Ilsa Varga", "direct",
                              "We will ship 4,000 tonnes before winter,", "said", False,
                              *at("We will ship 4,000 tonnes before winter,"), rule=HOSTILE_RULE),),
                quantities=(qty,),
                events=(Event(f"evt_{doc_id}", doc_id, "AGREE", None, (), ("ent_rur",), ("ent_fre",), "2025-03",
                              None, None, None, (qty.id,), *at("signed a grain accord"), "signed a grain accord",
                              rule="lexicon:64"),)))
        s.set_meta("settings", json.dumps({"min_text_chars": 20, "copy_threshold": 0.5}))
        consolidate(s, load_options())
    with Store(path, read_only=True) as s:
        web = create_app(s)
    return path, TestClient(web)


def test_every_record_shows_its_rule_and_links_to_why(ruled):
    _path, c = ruled
    doc = c.get("/doc/doc_accord_copy").text
    for rule, record_id in (("documents:plain text", "doc_accord_copy"), ("lexicon:64", "evt_doc_accord_copy"),
                            ("units:tonnes", "qty_doc_accord_copy"), ("copies:exact", "doc_accord_copy"),
                            ("gazetteer:name", "doc_accord_copy%3A0%3A9")):
        assert f'rule: {rule} · <a href="/explain/{record_id}">why?</a>' in doc, rule
    # each mark in the text names its record's rule too
    assert re.search(r'<mark class="event" title="AGREE: [^"]*\(rule: lexicon:64\)"', doc)
    actor = c.get("/actor/person%3Ailsa-varga").text
    assert 'rule: ner:PERSON · <a href="/explain/person%3Ailsa-varga">why?</a>' in actor
    event = c.get("/event/evt_doc_accord").text.split('id="event-records"')[1]
    assert event.count("rule: lexicon:64") == 2  # the original's event and its copy's
    assert 'title="rule: documents:plain text"' in c.get("/").text  # links to a record carry its rule


def test_a_rule_is_escaped_like_all_text(ruled):
    _path, c = ruled
    for page in ("/doc/doc_accord", "/actor/person%3Ailsa-varga", "/explain/claim_doc_accord"):
        r = c.get(page)
        assert r.status_code == 200
        assert "<script>alert(18)" not in r.text
        assert "cue:said &lt;script&gt;alert(18)&lt;/script&gt;" in r.text


def test_explain_page_shows_rule_evidence_and_settings(ruled):
    _path, c = ruled
    r = c.get("/explain/evt_doc_accord")
    assert r.status_code == 200
    assert '<code id="rule">lexicon:64</code>' in r.text
    assert '<mark class="ev">signed a grain accord</mark>' in r.text
    assert "<code>event_sources</code>" in r.text and "settings of the last run that stored documents" in r.text
    assert 'href="/event/evt_doc_accord"' in r.text
    doc = c.get("/explain/doc_accord_copy").text
    assert "copy of" in doc and "copies:exact" in doc and "<code>20</code>" in doc  # the run's min_text_chars


def test_explain_from_the_snapshot_is_the_stores_explanation(ruled):
    """The web view answers from its snapshot (the store is closed) what `newsweave explain` reads in the store."""
    import json

    from newsweave.explain import explain

    path, c = ruled
    ids = ["doc_accord", "doc_accord_copy", "ent_rur", "person:ilsa-varga", "claim_doc_accord", "qty_doc_accord",
           "evt_doc_accord_copy", "doc_accord:0:9"]
    with Store(path, read_only=True) as s:
        expected = {i: json.loads(json.dumps(explain(s, i).as_dict(), default=str)) for i in ids}
    for i in ids:
        r = c.get(f"/api/explain/{quote(i, safe='')}")
        assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
        assert r.json() == expected[i], i


def test_explain_an_unknown_id_is_404(ruled):
    _path, c = ruled
    for path in ("/explain/no_such_record", "/api/explain/no_such_record", "/explain/doc_accord:1:2",
                 "/explain/..%2F..%2Fetc%2Fpasswd"):
        r = c.get(path)
        assert r.status_code == 404 and "root:" not in r.text
