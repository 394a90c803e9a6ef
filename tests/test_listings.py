"""The listing commands read well: tables fit the terminal, every format on every command, paging."""
from __future__ import annotations

import csv
import io
import json
import sys

import pytest
from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.cli import actors as actors_cli, claims as claims_cli, crossdoc, events as events_cli
from newsweave.cli import figures as figures_cli, numbers as numbers_cli
from newsweave.cli.app import _widths

from conftest import EXAMPLES, ROOT
from test_brief import sample_db  # noqa: F401  (fixture)

runner = CliRunner()
LISTINGS = {  # command -> the columns of its default table
    "actors": actors_cli.TABLE, "claims": claims_cli.TABLE, "events": events_cli.TABLE,
    "numbers": numbers_cli.TABLE, "figures": figures_cli.TABLE, "stories": crossdoc.STORY_TABLE, "contradictions": crossdoc.CONTRADICTION_TABLE,
    "timeline": crossdoc.TIMELINE_TABLE, "corroboration": crossdoc.EVENTS_TABLE,
}


def _invoke(args, columns=80):
    return runner.invoke(app, args, env={"COLUMNS": str(columns)})


def _check_table(command: str, output: str, records: int, columns: int = 80) -> float:
    """Lines per record of a default table; fails on a line wider than the terminal or a broken header word."""
    lines = output.splitlines()
    assert all(len(line) <= columns for line in lines), (command, max(lines, key=len))
    if records:
        header = next(line for line in lines if line.split() and line.split()[0] == LISTINGS[command][0].header.split()[0])
        for col in LISTINGS[command]:
            for word in col.header.split():
                assert f" {word} " in f" {header} ", (command, word, header)
    return len(lines) / max(records, 1)


def test_widths_fit_and_keep_headers_whole():
    headers = ["speaker", "kind", "claim", "source"]
    cells = [["a" * 40, "reported", "b" * 300, "c" * 50]]
    widths = _widths(headers, cells, [20, 8, None, 16], 80)
    assert sum(widths) + 2 * 3 <= 80
    assert all(w >= len(h) for w, h in zip(widths, headers))
    # a table too narrow for its columns still never cuts a header
    widths = _widths(headers, cells, [20, 8, None, 16], 30)
    assert all(w >= len(h) for w, h in zip(widths, headers))


@pytest.mark.parametrize("command", list(LISTINGS))
def test_every_listing_has_every_format(sample_db, command):  # noqa: F811
    as_json = _invoke([command, "--db", sample_db, "-f", "json"])
    assert as_json.exit_code == 0, as_json.output
    records = json.loads(as_json.stdout)
    jsonl = _invoke([command, "--db", sample_db, "--format", "jsonl"]).stdout.splitlines()
    assert [json.loads(line) for line in jsonl] == records
    table = list(csv.reader(io.StringIO(_invoke([command, "--db", sample_db, "-f", "csv"]).stdout)))
    assert len(table) == len(records) + 1 and (not records or table[0] == list(records[0]))
    wide = _invoke([command, "--db", sample_db, "--wide"], columns=200)
    assert wide.exit_code == 0 and (not records or list(records[0])[0].replace("_", " ") in wide.stdout)
    plain = _invoke([command, "--db", sample_db])
    assert plain.exit_code == 0
    _check_table(command, plain.stdout, len(records))
    assert _invoke([command, "--db", sample_db, "-f", "xml"]).exit_code == 2


def test_untrusted_text_is_not_markup(sample_db):  # noqa: F811
    out = _invoke(["claims", "--db", sample_db, "--wide"], columns=300).stdout
    assert "<i>everything</i>" in out


def test_a_long_listing_pages_only_on_a_terminal(sample_db, tmp_path, monkeypatch):  # noqa: F811
    paged = tmp_path / "paged.txt"
    monkeypatch.setenv("PAGER", f"cat > {paged}")
    monkeypatch.setenv("LINES", "3")
    result = _invoke(["events", "--db", sample_db])
    assert result.exit_code == 0 and "AID" in result.stdout and not paged.exists()  # not a terminal
    monkeypatch.setattr(sys.modules["newsweave.cli.app"], "stdout_is_terminal", lambda: True)
    result = _invoke(["events", "--db", sample_db])
    assert result.exit_code == 0 and "AID" not in result.stdout
    assert "AID" in paged.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def real_db(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("listings") / "real.duckdb")
    result = runner.invoke(app, ["run", str(EXAMPLES), str(ROOT / "tests" / "corpus" / "real" / "dev"),
                                 "--db", db, "-q"])
    assert result.exit_code in (0, 1), result.output  # some inputs (gold files) may be skipped
    return db


@pytest.mark.slow
@pytest.mark.parametrize("command", list(LISTINGS))
def test_at_80_columns_a_record_takes_at_most_three_lines(real_db, command):
    records = json.loads(_invoke([command, "--db", real_db, "-f", "json"]).stdout)
    assert records, f"{command}: nothing to list"
    result = _invoke([command, "--db", real_db])
    assert result.exit_code == 0, result.output
    assert _check_table(command, result.stdout, len(records)) <= 3
