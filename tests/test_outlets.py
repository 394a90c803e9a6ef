"""Outlets: the publisher of each document, from its URL's registered domain or its own site name."""
from __future__ import annotations

import csv
import json

import duckdb
import pytest

from newsweave.config import DATA_DIR
from newsweave.documents import build_document
from newsweave.documents.outlets import load_outlets, outlet_for
from newsweave.errors import ConfigError
from newsweave.model import OUTLET_KINDS, UNKNOWN_OUTLET, Document, DocumentRecords, RawArticle, from_dict, to_dict
from newsweave.store import Store

TABLE = DATA_DIR / "outlets.tsv"


def _rows() -> list[dict]:
    lines = [ln for ln in TABLE.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_table_covers_four_hundred_outlets_with_kinds_and_sources():
    rows = _rows()
    assert len(rows) >= 400
    assert len({r["domain"] for r in rows}) == len(rows)
    assert {r["kind"] for r in rows} == set(OUTLET_KINDS)
    assert all(r["source"] and r["name"] and len(r["country"]) == 3 for r in rows)


def test_every_state_of_the_gazetteer_has_its_state_or_public_media():
    lines = (DATA_DIR / "gazetteer" / "countries.tsv").read_text(encoding="utf-8").splitlines()
    states = {row["country"] for row in csv.DictReader([ln for ln in lines if not ln.startswith("#")], delimiter="\t")}
    covered = {r["country"] for r in _rows() if r["kind"] in ("state_media", "public_broadcaster")}
    assert states - covered == set()


@pytest.mark.parametrize("wire", ["Associated Press", "Reuters", "Agence France-Presse", "Xinhua", "TASS",
                                  "Korean Central News Agency", "Yonhap News Agency", "Anadolu Agency"])
def test_wire_agencies_are_known_by_name(wire):
    assert load_outlets().by_name[wire.casefold()].kind in ("wire", "state_media")


@pytest.mark.parametrize("url, site, name, kind", [
    ("https://www.reuters.com/world/asia/some-story-2025-01-01/", None, "Reuters", "wire"),
    ("https://english.news.cn/20250101/abc/c.html", None, "Xinhua", "state_media"),  # a subdomain
    ("https://uk.news.yahoo.com/some-story.html", None, "Yahoo News", "aggregator"),
    ("https://someone.substack.com/p/a-post", None, "Substack", "newsletter"),
    (None, "Deutsche Welle", "Deutsche Welle", "public_broadcaster"),  # the site's own name, no URL
    ("https://www.example-gazette.org/a", "The Example Gazette", "The Example Gazette", "unknown"),
    ("https://www.example-gazette.org/a", None, "example-gazette.org", "unknown"),
    (None, None, None, "unknown"),
    ("not a url", None, None, "unknown"),
])
def test_outlet_for(url, site, name, kind):
    outlet = outlet_for(url, site)
    assert (outlet.name, outlet.kind) == (name, kind)


def test_state_media_are_flagged():
    assert outlet_for("https://www.kcna.kp/en/article/1", None).is_state_media
    assert not outlet_for("https://apnews.com/article/x", None).is_state_media


def test_a_user_outlet_file_adds_and_overrides_rows(tmp_path):
    extra = tmp_path / "mine.tsv"
    extra.write_text("domain\tname\tcountry\tkind\taliases\tsource\n"
                     "example-gazette.org\tThe Example Gazette\tFRA\tnewspaper\tGazette\tmy notes\n"
                     "reuters.com\tReuters (test override)\tGBR\twire\t\tmy notes\n", encoding="utf-8")
    outlet = outlet_for("https://example-gazette.org/a", None, (str(extra),))
    assert (outlet.name, outlet.country, outlet.kind) == ("The Example Gazette", "FRA", "newspaper")
    assert outlet_for("https://reuters.com/a", None, (str(extra),)).name == "Reuters (test override)"
    assert outlet_for("https://reuters.com/a", None).name == "Reuters"


def test_a_bad_outlet_row_is_one_clear_error(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("domain\tname\tcountry\tkind\taliases\tsource\nexample.org\tExample\tFRA\ttabloid\t\tme\n",
                   encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.tsv:2: .*kind"):
        load_outlets((str(bad),))


def test_chrome_lines_never_become_the_outlet(options):
    text = ("Back to top\nFollow us on social media\nEnglish | Français | Español\n\n"
            "Harbour workers end strike\n\nDock workers in the port city returned to work on Monday after "
            "a three-day strike over pay, the union said in a statement.\n\nThe union said talks would go on.")
    doc = build_document(RawArticle(source="page.txt", text=text), options)
    assert doc.outlet == UNKNOWN_OUTLET


def test_a_feed_item_gets_its_outlet_from_the_url(options):
    raw = RawArticle(source="feed.jsonl#1", url="https://www.aljazeera.com/news/2025/1/1/x",
                     text="Dock workers in the port city returned to work on Monday after a strike over pay.")
    doc = build_document(raw, options)
    assert (doc.outlet.name, doc.outlet.country, doc.outlet.kind) == ("Al Jazeera", "QAT", "state_media")


def _doc_with_outlet() -> Document:
    text = "Dock workers returned to work on Monday after a strike over pay."
    return Document(id=Document.make_id("a", text), source="a.jsonl", title=None, author=None, site=None,
                    published=None, language="en", text=text, url="https://apnews.com/article/x",
                    outlet=outlet_for("https://apnews.com/article/x", None), credit="Associated Press")


def test_outlet_and_credit_are_in_the_contract_record_and_the_store(store):
    doc = _doc_with_outlet()
    record = to_dict(doc)
    assert record["outlet"] == {"name": "Associated Press", "domain": "apnews.com", "country": "USA", "kind": "wire"}
    assert record["credit"] == "Associated Press"
    assert from_dict(json.loads(json.dumps(record))) == doc
    store.add_document_records(DocumentRecords(document=doc))
    assert list(store.records("documents")) == [doc]


def test_migration_adds_outlet_and_credit_to_an_older_store(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path):
        pass
    con = duckdb.connect(str(path))  # make it look like a store from before 0007_outlets
    con.execute('ALTER TABLE documents DROP COLUMN "outlet"')
    con.execute('ALTER TABLE documents DROP COLUMN "credit"')
    con.execute("DELETE FROM migrations WHERE name = '0007_outlets'")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    with Store(path) as s:
        s.add_document_records(DocumentRecords(document=_doc_with_outlet()))
        (doc,) = s.records("documents")
        assert doc.outlet.kind == "wire"
        assert "0007_outlets" in {r[0] for r in s.sql("SELECT name FROM migrations")[1]}


def test_stories_and_the_briefing_name_each_documents_outlet_and_flag_state_media(tmp_path, options):
    import json as _json

    from typer.testing import CliRunner

    from newsweave.cli import app
    from newsweave.outputs.brief import build_briefing
    from newsweave.outputs.view import load_view
    from newsweave.pipeline import run
    from newsweave.store import Store

    body = ("Hungary and Austria agreed on Monday to reopen two border crossings closed since the floods, "
            "officials in Budapest said. Trucks will be allowed through from Wednesday, the officials said.")
    rows = [{"url": "https://mti.hu/a/1", "title": "Crossings reopen", "text": body},
            {"url": "https://www.example-daily-news.org/b", "title": "Crossings reopen", "text": body}]
    (tmp_path / "feed.jsonl").write_text("\n".join(_json.dumps(r) for r in rows), encoding="utf-8")
    db = str(tmp_path / "nw.duckdb")
    with Store(db) as store:
        run([str(tmp_path / "feed.jsonl")], store, options)
    result = CliRunner().invoke(app, ["stories", "--db", db, "-f", "json"])
    outlets = {r["outlet"]: r["outlet_kind"] for r in _json.loads(result.output)}
    assert outlets.get("MTI") == "state_media"
    table = CliRunner().invoke(app, ["stories", "--db", db], env={"COLUMNS": "120"}).output
    assert "MTI (state media)" in " ".join(table.split())
    with Store(db, read_only=True) as store:
        briefing = build_briefing(load_view(store), with_charts=False)
    assert all(f.outlet for f in briefing.footnotes)
