"""`newsweave explain`: every record says which rule made it, on what characters, under which settings."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.explain import explain
from newsweave.pipeline import run
from newsweave.store import Store

runner = CliRunner()

ARTICLE = (
    "Chile sends envoys to Argentina\n\n"
    "SANTIAGO, March 3, 2025 — Chile sent two envoys to Argentina on Monday to discuss the border, "
    "the foreign ministry said.\n\n"
    "\"We want the crossings open before the harvest,\" Foreign Minister Anna Keller told reporters in Santiago. "
    "She said 40 trucks were waiting at the border.\n\n"
    "Chile accused Argentina of closing the border crossings, and Argentina rejected the charge.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory, options):
    folder = tmp_path_factory.mktemp("explain")
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    # a verbatim copy under another name: a copy record
    (folder / "b.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / "nw.duckdb"
    with Store(path) as store:
        run([str(folder / "a.txt"), str(folder / "b.txt")], store, options.replace(min_text_chars=20))
    return str(path)


def _ids(db: str, query: str) -> list:
    with Store(db, read_only=True) as store:
        return [r[0] for r in store.sql(query)[1]]


def test_documents_times_and_copies_say_which_rule_made_them(db):
    rules = _ids(db, "SELECT rule FROM documents") + _ids(db, "SELECT rule FROM times") \
        + _ids(db, "SELECT rule FROM copies")
    assert rules and all(rules)
    assert set(_ids(db, "SELECT rule FROM documents")) == {"documents:plain text"}
    assert _ids(db, "SELECT rule FROM copies")[0].startswith("copies:")


def test_entities_and_mentions_say_which_rule_made_them(db):
    rules = _ids(db, "SELECT rule FROM entities") + _ids(db, "SELECT rule FROM mentions")
    assert rules and all(rules)
    with Store(db, read_only=True) as store:
        chile = explain(store, "Q298")
    assert chile.rule.startswith("gazetteer:countries.tsv:")
    assert any(label == "mentions" and "linked by gazetteer:countries.tsv:" in text for label, text in chile.related)


def test_explain_a_document_shows_its_copy_and_settings(db):
    doc = _ids(db, "SELECT doc FROM copies")[0]
    with Store(db, read_only=True) as store:
        found = explain(store, doc)
    assert found.kind == "document" and found.rule == "documents:plain text"
    assert any(label == "copy of" for label, _ in found.related)
    # the run's own setting, not the shipped default (40)
    assert found.settings["min_text_chars"] == 20


def test_explain_a_time_points_at_its_characters(db):
    time_id = _ids(db, "SELECT id FROM times WHERE value IS NOT NULL ORDER BY start")[0]
    with Store(db, read_only=True) as store:
        found = explain(store, time_id)
    assert found.kind == "time" and found.rule.startswith("time:")
    assert found.evidence[0].text == found.record["text"]


def test_explain_an_event_and_an_entity_and_a_mention(db):
    with Store(db, read_only=True) as store:
        event = explain(store, _ids(db, "SELECT id FROM events")[0])
        entity_id, doc, start, end = store.sql("SELECT entity, doc, start, \"end\" FROM mentions LIMIT 1")[1][0]
        entity = explain(store, entity_id)
        mention = explain(store, f"{doc}:{start}:{end}")
    assert event.kind == "event" and event.rule and "event_sources" in event.settings
    assert ARTICLE.find(event.evidence[0].text) >= 0
    assert entity.kind == "entity" and any(label == "mentions" for label, _ in entity.related)
    assert mention.kind == "mention" and mention.record["entity"] == entity_id


def test_explain_cli_prints_rule_and_escapes_nothing_unsafe(db):
    event_id = _ids(db, "SELECT id FROM events")[0]
    result = runner.invoke(app, ["explain", event_id, "--db", db])
    assert result.exit_code == 0, result.output
    assert "rule:" in result.output and "evidence" in result.output and "event_sources" in result.output
    as_json = json.loads(runner.invoke(app, ["explain", event_id, "--db", db, "--json"]).output)
    assert as_json["kind"] == "event" and as_json["rule"]


def test_explain_unknown_id_is_one_line_and_exit_1(db):
    result = runner.invoke(app, ["explain", "no_such_record", "--db", db])
    assert result.exit_code == 1
    assert "no record with id" in result.output


def test_store_missing_a_migration_asks_to_be_upgraded_when_opened_read_only(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.con.execute("DELETE FROM migrations WHERE name = '0009_record_rule'")
    with pytest.raises(Exception, match="older newsweave.*0009_record_rule"):
        Store(path, read_only=True)
    Store(path).close()  # opening it for writing upgrades it
    Store(path, read_only=True).close()
