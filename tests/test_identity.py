"""A document's identity: its URL, else (for a JSON Lines row or feed entry) its title and text."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.config import load_options
from newsweave.documents import build_document
from newsweave.model import RawArticle
from newsweave.store import Store

runner = CliRunner()

TEXT = ("The ferry operator on the northern route said on {day} that {n} crossings were cancelled because of "
        "high winds, and that passengers would be rebooked on the next sailing.")
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday"]


def _row(i: int) -> str:
    return json.dumps({"title": f"Ferries cancelled ({DAYS[i]})", "text": TEXT.format(day=DAYS[i], n=i + 3)})


def test_row_ids_do_not_depend_on_line_number_or_file_name():
    options = load_options()
    a = build_document(RawArticle(source="a.jsonl#1", title="T", text=TEXT.format(day="Monday", n=1)), options)
    b = build_document(RawArticle(source="renamed.jsonl#7", title="T", text=TEXT.format(day="Monday", n=1)), options)
    c = build_document(RawArticle(source="a.jsonl#1", title="Other", text=TEXT.format(day="Monday", n=1)), options)
    assert a.id == b.id and a.id != c.id
    # a single-article file keeps its name in its identity: a verbatim repost saved apart stays apart
    d = build_document(RawArticle(source="x.txt", text=TEXT.format(day="Monday", n=1)), options)
    e = build_document(RawArticle(source="y.txt", text=TEXT.format(day="Monday", n=1)), options)
    assert d.id != e.id


@pytest.mark.slow
def test_prepending_a_line_or_renaming_the_file_stores_nothing_twice(tmp_path):
    db = str(tmp_path / "s.duckdb")
    feed = tmp_path / "in" / "feed.jsonl"
    feed.parent.mkdir()
    feed.write_text("\n".join(_row(i) for i in range(4)) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["run", str(feed), "--db", db, "-q"]).exit_code == 0
    feed.write_text("\n" + _row(3) + "\n" + feed.read_text(encoding="utf-8"), encoding="utf-8")
    renamed = feed.with_name("renamed.jsonl")
    feed.rename(renamed)
    result = runner.invoke(app, ["run", str(renamed), "--db", db, "-q"])
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 4
