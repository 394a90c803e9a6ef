"""`newsweave sql` (over a store and over Parquet shards) cannot write, read outside the store or reconfigure."""
from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.engines.parquet import rows_by_table, write_partition
from newsweave.model import Document, DocumentRecords
from newsweave.store import Store

runner = CliRunner()

DOC = Document(id="doc_1", source="a.txt", title="A title", author=None, site=None, published=None,
               language="en", text="An invented article about nothing in particular, long enough to keep.")


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as s:
        s.add_document_records(DocumentRecords(document=DOC))
    return path


@pytest.fixture
def shards(tmp_path):
    out = tmp_path / "shards"
    write_partition(out, 0, rows_by_table([DocumentRecords(document=DOC)]))
    return out


def _one_line(output: str) -> str:
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1, output
    return lines[0]


def _escapes(tmp_path, target) -> list[str]:
    other = tmp_path / "other.duckdb"
    with Store(other) as s:
        s.add_document_records(DocumentRecords(document=DOC))
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the query\n")
    return [
        f"COPY (SELECT 1) TO '{target}' (FORMAT csv)",
        f"COPY documents TO '{tmp_path / 'leak.csv'}'",
        f"EXPORT DATABASE '{tmp_path / 'dump'}'",
        f"ATTACH '{other}' AS o (READ_ONLY false)",
        f"ATTACH '{other}' AS o; DROP TABLE o.documents",
        "SET threads = 1",
        "RESET threads",
        "INSTALL httpfs",
        "LOAD httpfs",
        "PRAGMA enable_profiling",
        "CREATE TABLE x AS SELECT 1",
        "SELECT 1; DROP TABLE documents",
        "DELETE FROM documents",
        f"IMPORT DATABASE '{tmp_path / 'dump'}'",
    ], [
        f"SELECT * FROM read_text('{secret}')",
        f"SELECT * FROM glob('{tmp_path}/*')",
        f"SELECT * FROM read_csv('{secret}')",
        f"SELECT * FROM read_parquet('{tmp_path}/*.parquet')",
    ], other


@pytest.mark.parametrize("mode", ["store", "parquet"])
def test_every_escape_is_refused_in_one_line_and_nothing_changes(tmp_path, db, shards, mode):
    target = db if mode == "store" else shards / "documents" / "part-0000.parquet"
    before = target.read_bytes()
    refused, unreadable, other = _escapes(tmp_path, target)
    where = ["--db", str(db)] if mode == "store" else ["--parquet", str(shards)]
    for query in refused:
        result = runner.invoke(app, ["sql", query, *where])
        assert result.exit_code == 1, (query, result.output)
        line = _one_line(result.output)
        assert "refused" in line and "read-only" in line, (query, line)
    for query in unreadable:
        result = runner.invoke(app, ["sql", query, *where])
        assert result.exit_code == 1, (query, result.output)
        assert "not for the query" not in result.output
        assert "disabled by configuration" in " ".join(result.output.split()), (query, result.output)
    assert target.read_bytes() == before
    assert not (tmp_path / "leak.csv").exists() and not (tmp_path / "dump").exists()
    with Store(other, read_only=True) as s:
        assert s.counts()["documents"] == 1


@pytest.mark.parametrize("mode", ["store", "parquet"])
def test_queries_still_work(db, shards, mode):
    where = ["--db", str(db)] if mode == "store" else ["--parquet", str(shards)]
    result = runner.invoke(app, ["sql", "SELECT id, title FROM documents", *where, "-f", "json"])
    assert result.exit_code == 0, result.output
    assert '"doc_1"' in result.output
    result = runner.invoke(app, ["sql", "EXPLAIN SELECT count(*) FROM documents", *where])
    assert result.exit_code == 0, result.output


def test_readers_get_one_line_while_a_writer_holds_the_store(db):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True);"
         " time.sleep(60)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        for command in (["stats"], ["sql", "SELECT 1"]):
            result = runner.invoke(app, [*command, "--db", str(db)])
            assert result.exit_code == 1
            message = " ".join(result.output.split())
            assert f"being written by process {holder.pid}" in message and "try again" in message, message
            assert "Traceback" not in result.output
    finally:
        holder.kill()
        holder.wait()
