"""Property-based tests (Hypothesis) over ingest: arbitrary bytes, Unicode, JSON Lines rows and HTML trees
never crash a run; every input ends as documents or `skipped` lines of one line each.

Fixed seed (``derandomize``), no example database, bounded sizes: the same 2,000+ inputs every run.
Stages 1-2 (reading and cleaning, where untrusted bytes are parsed) get 2,000 examples; a smaller
set goes through the whole pipeline with the spaCy model (parse, extract, store, consolidate).
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsweave.config import load_options
from newsweave.model import Document, Skipped
from newsweave.pipeline import load_documents

OPTIONS = load_options()
SETTINGS = dict(derandomize=True, database=None, deadline=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
TMP = Path(tempfile.mkdtemp(prefix="newsweave-props-"))

# text with the characters that break things: controls, NUL, BOM, surrogate-free astral, RTL marks
nasty_text = st.text(alphabet=st.characters(codec="utf-8", categories=None), max_size=600) | st.sampled_from([
    "", " ", "\n\n\n", "\ufeff", "\x00\x1b[2J", "\u202e" * 50, "🙂" * 200, "a\r\nb\rc\u2028d"])
words = st.lists(st.sampled_from(["The", "harbour", "council", "said", "on", "Monday", "that", "42", "ferries",
                                  "were", "late", ".", ",", "\"", "Lisbon", "Ana", "Ribeiro", "\n\n", "—"]),
                 min_size=0, max_size=120).map(" ".join)
prose = words | nasty_text | st.tuples(words, nasty_text).map("".join)
json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | prose
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
rows = st.fixed_dictionaries({}, optional={
    "text": prose | json_values, "html": prose | json_values, "url": st.text(max_size=30) | json_values,
    "title": prose | json_values, "published": st.text(max_size=30) | st.integers(), "site": json_values,
    "author": json_values})
jsonl_lines = st.lists(rows.map(lambda r: json.dumps(r, ensure_ascii=False)) | nasty_text.map(lambda s: s.replace("\n", " "))
                       | st.sampled_from(["{", "[1, 2", '{"text": 1e999}', "9" * 5000, "[" * 5000 + "]" * 5000,
                                          '{"text": "' + "x" * 100 + '", "n": ' + "7" * 4400 + "}"]),
                       max_size=6).map("\n".join)
TAGS = ["div", "p", "span", "article", "section", "b", "i", "table", "tr", "td", "ul", "li", "script", "style",
        "nav", "footer", "h1", "a", "br", "img", "meta", "title", "template", "svg", "math", "iframe"]
html_trees = st.recursive(prose.map(lambda s: s.replace("<", "&lt;")),
                          lambda inner: st.tuples(st.sampled_from(TAGS), st.lists(inner, max_size=4)).map(
                              lambda t: f"<{t[0]}>" + "".join(t[1]) + f"</{t[0]}>"), max_leaves=25)
deep_html = st.tuples(st.sampled_from(TAGS), st.integers(0, 600), words).map(
    lambda t: f"<html><body>{'<' + t[0] + '>' * 1}{('<' + t[0] + '>') * t[1]}<p>{t[2]}</p>{('</' + t[0] + '>') * t[1]}</body></html>")


def _check(path: Path) -> list:
    items = list(load_documents([str(path)], OPTIONS))
    assert items, "an input must end as documents or skipped lines"
    for item in items:
        assert isinstance(item, (Document, Skipped))
        if isinstance(item, Skipped):
            assert item.reason.strip() and "\n" not in item.reason and "Traceback" not in item.reason
        else:
            assert len(item.text) >= OPTIONS.min_text_chars and item.text == item.text.strip()
    return items


def _write(name: str, data: bytes) -> Path:
    path = TMP / name
    path.write_bytes(data)
    return path


@settings(max_examples=600, **SETTINGS)
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl", ".rss", ".xml",
                                                              ".html.gz", ".warc"]))
def test_arbitrary_bytes(data, suffix):
    _check(_write("bytes" + suffix, data))


@settings(max_examples=500, **SETTINGS)
@given(text=prose, suffix=st.sampled_from([".txt", ".md", ".html"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_arbitrary_unicode(text, suffix, encoding):
    _check(_write("text" + suffix, text.encode(encoding, "surrogatepass")))


@settings(max_examples=500, **SETTINGS)
@given(lines=jsonl_lines)
def test_arbitrary_json_lines(lines):
    _check(_write("rows.jsonl", lines.encode("utf-8", "surrogatepass")))


@settings(max_examples=400, **SETTINGS)
@given(tree=html_trees | html_trees | deep_html, title=prose)
def test_arbitrary_html_trees(tree, title):
    page = f"<html><head><title>{title.replace('<', '&lt;')}</title></head><body>{tree}</body></html>"
    _check(_write("page.html", page.encode("utf-8", "surrogatepass")))


@pytest.mark.slow
@settings(max_examples=40, **SETTINGS)
@given(texts=st.lists(st.tuples(words, prose).map("\n\n".join), min_size=1, max_size=3))
def test_whole_runs_never_crash(texts):
    from newsweave.pipeline import run
    from newsweave.store import Store

    folder = Path(tempfile.mkdtemp(dir=TMP))
    for i, text in enumerate(texts):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    with Store(":memory:") as store:
        summary = run([str(folder)], store, OPTIONS)
        assert summary.added + summary.already_stored + len(summary.skipped) == len(texts)
        assert not store.consolidation_pending()
        for m in store.records("mentions"):
            doc = next(store.records("documents", "WHERE id = ?", [m.doc]))
            assert doc.text[m.start:m.end] == m.text
