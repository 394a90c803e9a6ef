"""Fault injection: `run` killed at every stage boundary, then run again, gives the same store, table by table.

A kill is simulated by an exception no handler catches (a BaseException) raised right after a stage's
transaction commits, or inside it for the copy-detection stage; the store is then closed as a dying
process leaves it. Every store write is one transaction, so what is on disk is what a SIGKILL at that
point leaves.
"""
from __future__ import annotations

import shutil

import duckdb
import pytest
from typer.testing import CliRunner

import newsweave.consolidate
from newsweave.cli import app
from newsweave.config import load_options
from newsweave.consolidate import run as consolidate_run
from newsweave.pipeline import run as run_pipeline
from newsweave.store import Store

from conftest import EXAMPLES

pytestmark = pytest.mark.slow
runner = CliRunner()

# the tables the cross-document stage replaces, in the order it writes them
CROSSDOC_WRITES = ("stories", "copies", "entity_links", "merged_events", "merged_claims", "contradictions")
BOUNDARIES = ("after_ingest", "inside_copy_detection", *(f"after_{t}" for t in CROSSDOC_WRITES))


class Killed(BaseException):
    """Stands for the process dying: nothing in newsweave catches it."""


def _tables(path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                           "WHERE table_schema = 'main' ORDER BY 1").fetchall()]
        # migrations hold the time they ran: compare their names only
        return {n: con.execute(f'SELECT {"name" if n == "migrations" else "*"} FROM "{n}" ORDER BY ALL').fetchall()
                for n in names}
    finally:
        con.close()


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """The store of one uninterrupted run, and one killed right after ingest (before consolidation)."""
    tmp = tmp_path_factory.mktemp("faults")
    options = load_options()
    reference = tmp / "reference.duckdb"
    with Store(reference) as store:
        run_pipeline([str(EXAMPLES)], store, options)
    ingested = tmp / "ingested.duckdb"
    mp = pytest.MonkeyPatch()

    def killed(store, options, **kw):
        raise Killed

    mp.setattr(newsweave.consolidate, "consolidate", killed)
    with Store(ingested) as store:
        with pytest.raises(Killed):
            run_pipeline([str(EXAMPLES)], store, options)
    mp.undo()
    return reference, ingested


@pytest.mark.parametrize("boundary", BOUNDARIES)
def test_a_run_killed_at_a_stage_boundary_is_completed_by_the_next_run(stores, tmp_path, monkeypatch, boundary):
    reference, ingested = stores
    db = tmp_path / "killed.duckdb"
    shutil.copy(ingested, db)
    options = load_options()

    if boundary != "after_ingest":
        with monkeypatch.context() as mp:
            if boundary == "inside_copy_detection":
                def detect(*a, **kw):
                    raise Killed
                mp.setattr(consolidate_run, "detect", detect)
            else:
                table = boundary.removeprefix("after_")
                real = Store.replace_records

                def replace(self, name, records):
                    real(self, name, records)
                    if name == table:
                        raise Killed
                mp.setattr(Store, "replace_records", replace)
            with Store(db) as store:
                with pytest.raises(Killed):
                    consolidate_run.consolidate(store, options)

    # the interrupted store says so
    result = runner.invoke(app, ["stats", "--db", str(db)])
    assert result.exit_code == 0 and "warning:" in result.output and "consolidate" in result.output
    assert _tables(db) != _tables(reference)

    # the next run, even one with nothing new to add, completes it
    with Store(db) as store:
        summary = run_pipeline([str(EXAMPLES / "01_wire_troops.txt")], store, options)
    assert summary.added == 0 and summary.consolidation
    got, want = _tables(db), _tables(reference)
    assert set(got) == set(want)
    for name in want:
        assert got[name] == want[name], f"table {name} differs after the re-run ({boundary})"
    result = runner.invoke(app, ["stats", "--db", str(db)])
    assert "warning:" not in result.output
