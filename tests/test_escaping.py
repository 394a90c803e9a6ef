"""Untrusted text in every output: control characters in graph exports, formulas in CSV, escape
sequences and newlines on the terminal."""
from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.model import Document, DocumentRecords, Entity, Mention, Skipped
from newsweave.outputs.escape import csv_cell, terminal_safe, xml_safe
from newsweave.store import Store

runner = CliRunner()

ESC_TITLE = "\x1b]0;owned\x07"   # OSC: retitle the terminal window
ESC_CLEAR = "\x1b[2J\x1b[H"      # clear the screen, cursor home
CSI_C1 = "\x9b2J"                # the same with the one-byte C1 introducer
HOSTILE_NAME = f"Vertical\x0bTab{ESC_CLEAR} Ministry\x00"
FORMULAS = ["=HYPERLINK(\"http://x.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1"]


def _store(path) -> str:
    text = f"The {HOSTILE_NAME} met the {FORMULAS[0]} Council on a day {ESC_TITLE}{CSI_C1} in spring."
    doc = Document(id="doc_x", source=f"bad{ESC_CLEAR}name\nskipped forged.txt", title=FORMULAS[1], author=FORMULAS[3],
                   site=FORMULAS[2], published=None, language="en", text=text)
    a = Entity(id="org:hostile", name=HOSTILE_NAME, kind="organization", aliases=(HOSTILE_NAME,))
    b = Entity(id="org:formula", name=FORMULAS[0], kind="organization")
    i, j = text.index("Vertical"), text.index("=HYPER")
    mentions = (Mention(doc="doc_x", entity=a.id, start=i, end=i + len(HOSTILE_NAME), text=HOSTILE_NAME),
                Mention(doc="doc_x", entity=b.id, start=j, end=j + len(FORMULAS[0]), text=FORMULAS[0]))
    with Store(path) as s:
        s.add_document_records(DocumentRecords(document=doc, entities=(a, b), mentions=mentions))
        s.add_skipped(Skipped(source=f"evil{ESC_TITLE}.txt\nskipped forged.txt", reason=f"bad{ESC_CLEAR} input"))
    return str(path)


def test_escape_helpers():
    assert terminal_safe("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert terminal_safe("a\nb\tc") == "a\nb\tc" and terminal_safe("a\nb", one_line=True) == "a\\nb"
    assert terminal_safe("\x9b\u202e\x7f") == "\\x9b\\u202e\\x7f"
    assert terminal_safe("plain, accented é and CJK 中文") == "plain, accented é and CJK 中文"
    assert xml_safe("a\x00b\x0bc\x1fd\ne\tf") == "a\ufffdb\ufffdc\ufffdd\ne\tf"
    assert [csv_cell(f) for f in FORMULAS] == ["'" + f for f in FORMULAS]
    assert csv_cell("Plain text") == "Plain text" and csv_cell(-3) == -3 and csv_cell(None) is None


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_exports_with_control_characters_parse(tmp_path, fmt, reader):
    db = _store(tmp_path / "s.duckdb")
    out = tmp_path / f"g.{fmt}"
    result = runner.invoke(app, ["export", "--db", db, "-f", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    ET.parse(out)  # well-formed XML
    g = reader(out)
    names = {d.get("name") for _n, d in g.nodes(data=True)}
    assert "Vertical\ufffdTab\ufffd[2J\ufffd[H Ministry\ufffd" in names


def test_csv_export_escapes_formulas_in_every_table(tmp_path):
    db = _store(tmp_path / "s.duckdb")
    out = tmp_path / "csv"
    result = runner.invoke(app, ["export", "--db", db, "-f", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    cells = []
    for f in out.glob("*.csv"):
        with f.open(newline="", encoding="utf-8") as fh:
            cells += [c for row in list(csv.reader(fh))[1:] for c in row]
    assert "'" + FORMULAS[0] in cells and "'+1+1" in cells and "'-2+3" in cells and "'@SUM(A1:A2)" in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_csv_format_of_commands_escapes_formulas(tmp_path):
    db = _store(tmp_path / "s.duckdb")
    result = runner.invoke(app, ["sql", "--db", db, "SELECT title, author, site, 5 AS n FROM documents", "-f", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output)))
    assert rows[1] == ["'+1+1", "'@SUM(A1:A2)", "'-2+3", "5"]


def test_terminal_output_shows_escape_sequences_as_text(tmp_path):
    db = _store(tmp_path / "s.duckdb")
    for command in (["stats"], ["sql", "SELECT source, title, text FROM documents"], ["actors"]):
        result = runner.invoke(app, [*command, "--db", db])
        assert result.exit_code == 0, (command, result.output)
        for raw in ("\x1b", "\x07", "\x9b", "\x0b", "\x00"):
            assert raw not in result.output, (command, repr(raw))
    result = runner.invoke(app, ["stats", "--db", db])
    assert "\\x1b]0;owned\\x07" in result.output


def test_a_newline_in_a_file_name_cannot_forge_a_skipped_line(tmp_path):
    bad = tmp_path / f"evil{ESC_TITLE}\nskipped forged.pdf"
    bad.write_bytes(b"%PDF-1.4 not text")
    result = runner.invoke(app, ["run", str(bad), "--db", str(tmp_path / "s.duckdb"), "-q"])
    assert result.exit_code == 1
    skipped = [line for line in result.output.splitlines() if line.startswith("skipped")]
    assert len(skipped) == 1 and "\\nskipped forged.pdf" in skipped[0] and "\x1b" not in result.output


def test_error_messages_are_neither_markup_nor_escape_sequences(tmp_path):
    name = tmp_path / f"[bold]x[/]{ESC_CLEAR}.duckdb"
    result = runner.invoke(app, ["stats", "--db", str(name)])
    assert result.exit_code == 1
    assert "[bold]x[/]" in result.output and "\x1b[2J" not in result.output
