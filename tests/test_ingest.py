"""Ingest: every input kind, and every kind of bad input through the CLI (one line, run goes on)."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.config import load_options
from newsweave.model import Document, Skipped
from newsweave.pipeline import load_documents

runner = CliRunner()

GOOD_TEXT = """\
Lighthouse keepers return to a remote island

A team of volunteers will live on the island for the summer to restore its lighthouse, the heritage trust said on Wednesday.

The tower was automated in 1987 and has not been painted since. The volunteers will also repair the keepers' cottages.
"""
GOOD_HTML = """<html><head><title>Orchard harvest starts early | Valley Gazette</title>
<meta property="og:site_name" content="Valley Gazette"><meta name="author" content="Pia Holm">
<meta property="article:published_time" content="2024-08-30T07:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/farming">Farming</a></nav><article><h1>Orchard harvest starts early</h1>
<p>Growers in the valley began picking apples two weeks earlier than usual after an unusually warm spring and summer.</p>
<p>The cooperative expects a large crop, although hail in July damaged fruit on some of the higher farms.</p>
</article><footer>Contact us</footer></body></html>"""
FRENCH = """\
Les boulangers de la ville protestent contre la hausse du prix de l'énergie

Plusieurs centaines de boulangers se sont rassemblés mardi devant la mairie pour demander une aide face à la hausse des factures d'électricité.

Selon leur syndicat, certaines boutiques pourraient fermer avant la fin de l'année si les prix ne baissent pas.
"""


def _docs(out: Path) -> list[dict]:
    return [r for r in (json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())
            if r["type"] == "document"]


@pytest.fixture
def good(tmp_path) -> Path:
    p = tmp_path / "good.txt"
    p.write_text(GOOD_TEXT, encoding="utf-8")
    return p


# (file name, content, words the one-line message must contain)
BAD_FILES = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\n\t \n", "empty file"),
    ("picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file"),
    ("nulls.html", b"<html>\x00\x00\x01\x02 body</html>", "binary file"),
    ("latin1.txt", "Caf\u00e9 d\u00e9j\u00e0 vu, na\u00efve r\u00e9sum\u00e9 of a long story.".encode("latin-1") * 5, "not valid UTF-8"),
    ("report.pdf", b"%PDF-1.7 some pdf", "unsupported file type .pdf"),
    ("page.html.gz", b"\x1f\x8b\x08\x00 this is not really gzip data", "not a valid gzip file"),
    ("cut.html.gz", gzip.compress(GOOD_HTML.encode())[:40], "not a valid gzip file"),
    ("short.txt", b"Hello there.", "too short after cleaning"),
]


@pytest.mark.slow
@pytest.mark.parametrize("name, content, message", BAD_FILES)
def test_bad_file_gets_one_line_and_the_good_file_is_stored(tmp_path, good, name, content, message):
    bad = tmp_path / name
    bad.write_bytes(content)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(good), str(bad), "-o", str(out), "-q"])
    assert result.exit_code == 1, result.output
    lines = [ln for ln in result.output.splitlines() if name in ln]
    assert len(lines) == 1 and message in lines[0], result.output
    assert [Path(d["source"]).name for d in _docs(out)] == ["good.txt"]


@pytest.mark.slow
def test_missing_and_unreadable_files(tmp_path, good, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD_TEXT, encoding="utf-8")
    real_read_bytes = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(good), str(tmp_path / "gone.txt"), str(locked), "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert "gone.txt: no such file" in result.output
    assert "locked.txt: cannot read: Permission denied" in result.output
    assert len(_docs(out)) == 1


@pytest.mark.slow
def test_too_large_with_a_configured_limit(tmp_path, good):
    big = tmp_path / "big.txt"
    big.write_text(GOOD_TEXT * 20, encoding="utf-8")
    config = tmp_path / "newsweave.toml"
    config.write_text("[newsweave]\nmax_input_bytes = 2000\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(good), str(big), "-o", str(out), "-q", "--config", str(config)])
    assert result.exit_code == 1
    assert "big.txt: too large" in result.output and "max_input_bytes" in result.output
    assert len(_docs(out)) == 1


@pytest.mark.slow
def test_a_bad_jsonl_line_skips_that_line_only(tmp_path):
    feed = tmp_path / "feed.jsonl"
    good_line = {"text": GOOD_TEXT, "url": "https://example.org/2024/05/06/lighthouse", "title": "Keepers return",
                 "author": "Ola Berg", "site": "Coast News", "published": "2024-05-06T10:00:00Z"}
    feed.write_text("\n".join([
        json.dumps(good_line),
        "{not json at all",
        json.dumps({"title": "no body here"}),
        "",
        json.dumps({"text": GOOD_TEXT.replace("volunteers", "students"), "title": ["a", "list"]}),
        json.dumps({"html": GOOD_HTML}),
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(feed), "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert f"{feed}:2: line 2: not JSON" in result.output
    assert f"{feed}:3: line 3: an article needs a non-empty 'text' or 'html' field" in result.output
    assert f"{feed}:5: line 5: field 'title' must be a string" in result.output
    docs = {d["source"]: d for d in _docs(out)}
    assert len(docs) == 2
    first = docs["https://example.org/2024/05/06/lighthouse"]
    assert (first["title"], first["author"], first["site"], first["published"]) == \
        ("Keepers return", "Ola Berg", "Coast News", "2024-05-06")
    assert docs[f"{feed}#6"]["title"] == "Orchard harvest starts early"


@pytest.mark.slow
def test_a_failed_run_keeps_what_was_stored(tmp_path, good):
    db = str(tmp_path / "nw.duckdb")
    assert runner.invoke(app, ["run", str(good), "--db", db, "-q"]).exit_code == 0
    other = tmp_path / "other.md"
    other.write_text("# Orchard harvest starts early\n\n" + GOOD_HTML.split("<p>")[1].split("</p>")[0] + "\n",
                     encoding="utf-8")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe\x00")
    result = runner.invoke(app, ["run", str(broken), str(other), "--db", db, "-q"])
    assert result.exit_code == 1
    assert "broken.txt" in result.output
    result = runner.invoke(app, ["stats", "--db", db, "--format", "json"])
    counts = {row["record"]: row["count"] for row in json.loads(result.output)}
    assert counts["documents"] == 2


# library level (no spaCy): every supported input kind and how paths expand

def _load(paths, **overrides) -> list[Document | Skipped]:
    return list(load_documents([str(p) for p in paths], load_options(**overrides)))


def test_folder_with_every_kind_nested_and_hidden_files_skipped(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text("# Notes on the harbour\n\n" + GOOD_TEXT.split("\n\n", 1)[1], encoding="utf-8")
    (tmp_path / "sub" / "c.html").write_text(GOOD_HTML, encoding="utf-8")
    (tmp_path / "sub" / "d.html.gz").write_bytes(gzip.compress(GOOD_HTML.replace("apples", "pears").encode()))
    (tmp_path / "e.jsonl").write_text(json.dumps({"text": FRENCH, "title": "Boulangers"}) + "\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")  # unsupported files in folders are not inputs
    items = _load([tmp_path])
    assert all(isinstance(i, Document) for i in items), items
    by_name = {Path(d.source).name: d for d in items}
    assert sorted(by_name) == ["a.txt", "b.md", "c.html", "d.html.gz", "e.jsonl#1"]
    assert by_name["a.txt"].title == "Lighthouse keepers return to a remote island"
    assert by_name["b.md"].title == "Notes on the harbour"
    html = by_name["c.html"]
    assert (html.title, html.author, html.site, html.published) == \
        ("Orchard harvest starts early", "Pia Holm", "Valley Gazette", "2024-08-30")
    assert "Growers in the valley" in html.text and "Contact us" not in html.text
    assert not html.text.startswith("Orchard harvest starts early")  # the title is metadata
    assert "pears" in by_name["d.html.gz"].text


def test_globs_and_duplicates(tmp_path):
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(GOOD_TEXT.replace("summer", name), encoding="utf-8")
    (tmp_path / "three.md").write_text(GOOD_TEXT, encoding="utf-8")
    items = _load([tmp_path / "*.txt", tmp_path / "one.txt"])
    assert [Path(d.source).name for d in items] == ["one.txt", "two.txt"]


def test_html_in_its_declared_encoding(tmp_path):
    page = GOOD_HTML.replace("<head>", '<head><meta charset="iso-8859-1">').replace("Growers", "Growers in Malmö")
    p = tmp_path / "latin.html"
    p.write_bytes(page.encode("latin-1"))
    (doc,) = _load([p])
    assert "Malmö" in doc.text


@pytest.mark.parametrize("text, language", [
    (GOOD_TEXT, "en"),
    (FRENCH, "fr"),
    ("Die Stadtwerke erhöhen zum ersten Januar die Preise für Strom und Gas, teilte das Unternehmen am Montag mit.\n\n"
     "Betroffen sind nach Angaben des Versorgers rund vierzigtausend Haushalte in der Region.", "de"),
])
def test_language_of_every_document(tmp_path, text, language):
    p = tmp_path / "article.txt"
    p.write_text(text, encoding="utf-8")
    (doc,) = _load([p])
    assert doc.language == language
