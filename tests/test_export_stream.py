"""The graph and PLOVER exports read the store in chunks: the same bytes whatever the chunk size, and the
same as the exports made from the whole store loaded in memory (the path they replaced, which wrote the golden
files in tests/data/export, graph nodes by id: it wrote them in the order of a Python set, which changed from one
process to the next)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsweave.outputs import export as export_module
from newsweave.outputs import exportsql
from newsweave.store import Store
from test_brief import sample_db  # noqa: F401  (fixture)
from test_web_store import _store

FORMATS = ("graphml", "gexf", "cytoscape-json", "plover-jsonl")
# the exports of the two stores below as the loaded-store path wrote them (graph nodes by id), dates masked
GOLDEN = Path(__file__).parent / "data" / "export"


def _masked(text: str) -> str:
    """The export without the day it was made (PLOVER's dateCoded, GEXF's lastmodifieddate)."""
    text = re.sub(r'"dateCoded": "[0-9-]+"', '"dateCoded": "DATE"', text)
    return re.sub(r'lastmodifieddate="[0-9-]+"', 'lastmodifieddate="DATE"', text)


@pytest.fixture(params=["sample", "web"])
def db(request, tmp_path, options):
    if request.param == "sample":
        return request.param, request.getfixturevalue("sample_db")
    return request.param, _store(str(tmp_path / "web.duckdb"), 9)


@pytest.mark.parametrize("chunk", [2, 5000])
@pytest.mark.parametrize("fmt", FORMATS)
def test_export_is_the_same_as_from_the_loaded_store(db, tmp_path, monkeypatch, fmt, chunk):
    name, path = db
    monkeypatch.setattr(exportsql, "CHUNK", chunk)
    new = tmp_path / f"new.{fmt}"
    with Store(path, read_only=True) as s:
        export_module.export(s, fmt, new)
    golden = (GOLDEN / f"{name}.{fmt}").read_text(encoding="utf-8")
    assert _masked(new.read_text(encoding="utf-8")) == golden
    # the stores hold merged events: the graphs have edges and the events name their merged event
    assert any(mark in golden for mark in ("<edge ", '"source": "', '"mergedEvent": "'))
