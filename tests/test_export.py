"""Exports: graphs open in networkx, tables in DuckDB (and pandas when installed), PLOVER JSON Lines."""
from __future__ import annotations

import json

import duckdb
import networkx as nx
import pytest
from typer.testing import CliRunner

from newsweave.cli import app
from test_brief import sample_db  # noqa: F401  (fixture)


def _export(db: str, fmt: str, out) -> None:
    result = CliRunner().invoke(app, ["export", "--db", db, "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_exports_open_in_networkx(sample_db, tmp_path, fmt, reader):  # noqa: F811
    out = tmp_path / f"g.{fmt}"
    _export(sample_db, fmt, out)
    g = reader(out)
    names = {data.get("name") or data.get("label") for _n, data in g.nodes(data=True)}
    assert {"North Korea", "Russia", "Lena Ostrova"} <= names
    edges = [(g.nodes[a].get("name") or g.nodes[a].get("label"), g.nodes[b].get("name") or g.nodes[b].get("label"),
              d["event_type"]) for a, b, d in g.edges(data=True)]
    assert ("North Korea", "Russia", "AID") in edges
    assert ("Russia", "North Korea", "AGREE") in edges
    aid = sorted(int(d["sources"]) for _a, _b, d in g.edges(data=True) if d["event_type"] == "AID")
    assert aid == [1, 2]  # October: the wire and its repost, one source; November: two independent ones


def test_cytoscape_json_round_trips(sample_db, tmp_path):  # noqa: F811
    out = tmp_path / "g.json"
    _export(sample_db, "cytoscape-json", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    g = nx.cytoscape_graph(data)
    assert g.number_of_nodes() == 3 and g.number_of_edges() == 3  # AID in October and November, AGREE
    assert {n["data"]["name"] for n in data["elements"]["nodes"]} == {"North Korea", "Russia", "Lena Ostrova"}


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_table_exports_open_in_duckdb(sample_db, tmp_path, fmt):  # noqa: F811
    folder = tmp_path / fmt
    _export(sample_db, fmt, folder)
    assert (folder / f"documents.{fmt}").exists() and (folder / f"events.{fmt}").exists()
    reader = "read_csv_auto" if fmt == "csv" else "read_parquet"
    con = duckdb.connect()
    rows = con.execute(f"SELECT event_type, count(*) FROM {reader}(?) GROUP BY 1 ORDER BY 1",
                       [str(folder / f"events.{fmt}")]).fetchall()
    assert rows == [("AGREE", 1), ("AID", 6)]  # two in the wire, two in its repost, one each in two others
    texts = con.execute(f"SELECT text FROM {reader}(?) WHERE id = 'doc_hostile'",
                        [str(folder / f"documents.{fmt}")]).fetchall()
    assert "<script>" in texts[0][0]  # data exports keep the text exactly (escaping is for HTML)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_table_exports_open_in_pandas(sample_db, tmp_path, fmt):  # noqa: F811
    pd = pytest.importorskip("pandas", reason="pandas is not a newsweave dependency; tested when installed")
    folder = tmp_path / fmt
    _export(sample_db, fmt, folder)
    frame = pd.read_csv(folder / "claims.csv") if fmt == "csv" else pd.read_parquet(folder / "claims.parquet")
    assert set(frame["id"]) == {"c_wire", "c_repost", "c_hostile"}


def test_table_export_refuses_a_file_as_folder(sample_db, tmp_path):  # noqa: F811
    target = tmp_path / "afile"
    target.write_text("x")
    result = CliRunner().invoke(app, ["export", "--db", sample_db, "--format", "csv", "-o", str(target)])
    assert result.exit_code == 1 and "not a folder" in result.output


def test_plover_jsonl_uses_plover_field_names(sample_db, tmp_path):  # noqa: F811
    out = tmp_path / "events.jsonl"
    _export(sample_db, "plover-jsonl", out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 7  # one record per stored event
    for r in records:
        assert {"id", "date", "actor", "recipient", "event", "mode", "context", "text", "eventText"} <= set(r)
    pact = next(r for r in records if r["event"] == "AGREE")
    assert pact["date"] == "2024-06"
    assert [a["code"] for a in pact["actor"]] == ["RUS"] and [a["code"] for a in pact["recipient"]] == ["PRK"]
    assert pact["actor"][0]["wikidata"] == "Q159"
    # text is the whole sentence, eventText the evidence span
    assert pact["text"] == "Russia and North Korea signed a mutual defence pact in June 2024."
    assert pact["eventText"] == "Russia and North Korea signed a mutual defence pact"
    troops = next(r for r in records if r["id"] == "e_other_troops")
    assert troops["quantities"][0]["value"] == 12000 and troops["sources"] == 2  # with the hostile page


def test_unknown_format_is_a_usage_error(sample_db, tmp_path):  # noqa: F811
    result = CliRunner().invoke(app, ["export", "--db", sample_db, "--format", "xlsx", "-o", str(tmp_path / "x")])
    assert result.exit_code == 2
