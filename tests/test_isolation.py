"""Per-input isolation: whatever one input raises, it gets one `skipped` line and the run goes on to
consolidation; long texts are parsed in chunks with exact offsets; hostile JSON Lines rows are one line each."""
from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from newsweave import pipeline
from newsweave.cli import app
from newsweave.config import load_options
from newsweave.model import Document, Skipped
from newsweave.nlp import pipeline as nlp_pipeline
from newsweave.nlp.pipeline import chunk_bounds
from newsweave.pipeline import extract_one, load_documents
from newsweave.store import Store

runner = CliRunner()

PARAGRAPH = ("The harbour authority of Sandvik said on Tuesday that {n} fishing boats had returned early "
             "because of the storm, and the ferry to the outer islands was cancelled until Friday.")


def _article(n: int, paragraphs: int = 3) -> str:
    title = f"Storm report number {n}\n\n"
    return title + "\n\n".join(PARAGRAPH.format(n=n + 7 * i) for i in range(paragraphs)) + "\n"


def _skipped_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("skipped ")]


# -- chunking ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "a" * 2500,                                         # no break at all: cut mid-word
    ("word " * 600),                                    # spaces only
    ("One line of text.\n" * 200),                      # line breaks only
    ("A sentence here. " * 150 + "\n\n") * 4,           # paragraphs
    "x\n\n" * 1000,                                     # many tiny paragraphs
    "é\u2028 ü\n\n\n  \t\n" * 300,                      # odd white space
])
def test_chunks_cover_the_text_exactly_and_respect_the_limit(text):
    bounds = chunk_bounds(text, 1000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    assert all(0 < e - s <= 1000 for s, e in bounds)


def test_chunks_end_at_paragraph_breaks_when_there_are_some():
    text = "\n\n".join("Paragraph %d. " % i + "Some words in it. " * 20 for i in range(40))
    bounds = chunk_bounds(text, 2000)
    assert len(bounds) > 1
    for _s, e in bounds[:-1]:
        assert text[e - 2:e] == "\n\n" and not text[e].isspace()


@pytest.mark.slow
def test_a_text_over_the_parser_limit_is_parsed_in_chunks_with_exact_offsets(tmp_path, nlp, monkeypatch):
    # the parser's limit made small, so a text over it stays quick to parse
    monkeypatch.setattr(nlp, "max_length", 2000)
    long = "\n\n".join(_article(i) for i in range(12))
    assert len(long) > 3 * nlp.max_length
    (tmp_path / "a_long.txt").write_text(long, encoding="utf-8")
    (tmp_path / "b_short.txt").write_text(_article(99), encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    result = runner.invoke(app, ["run", str(tmp_path), "--db", db, "-q"])
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        docs = {d.source.rsplit("/", 1)[-1]: d for d in store.records("documents")}
        assert set(docs) == {"a_long.txt", "b_short.txt"}
        text = docs["a_long.txt"].text
        mentions = [m for m in store.records("mentions") if m.doc == docs["a_long.txt"].id]
        for m in mentions:
            assert text[m.start:m.end] == m.text
        for q in store.records("quantities"):
            assert text[q.start:q.end] == q.text or q.doc != docs["a_long.txt"].id
        assert not store.consolidation_pending()
        stored = {(m.entity, m.start, m.end) for m in mentions}
    # the chunks cut at paragraph breaks: the same mentions as one whole parse of the stored text
    monkeypatch.setattr(nlp, "max_length", 1_000_000)
    whole = extract_one(docs["a_long.txt"], nlp(text), load_options())
    assert stored == {(m.entity, m.start, m.end) for m in whole.mentions}
    assert sum(text[s:e] == "Sandvik" for _e, s, e in stored) >= 12


# -- JSON Lines rows that break the json module ------------------------------------------

def test_huge_integers_and_deep_nesting_are_one_line_each(tmp_path):
    good = {"text": _article(1), "title": "Storm"}
    lines = [
        json.dumps(good),
        '{"text": "%s", "n": %s}' % ("x" * 50, "9" * 5000),
        "[" * 100_000 + "]" * 100_000,
        '{"text": ' + "[" * 50_000 + "]" * 50_000 + "}",
        json.dumps({**good, "title": "Storm again", "text": _article(2)}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(load_documents([str(path)], load_options()))
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert len(items) - len(skipped) == 2
    reasons = {s.source.rsplit(":", 1)[-1]: s.reason for s in skipped}
    assert set(reasons) == {"2", "3", "4"}
    assert "digits" in reasons["2"]
    assert "nested too deeply" in reasons["3"] and "nested too deeply" in reasons["4"]
    assert all("\n" not in r for r in reasons.values())


# -- whatever a stage raises ----------------------------------------------------------------

@pytest.mark.slow
def test_any_exception_in_one_input_is_one_skipped_line_and_the_run_consolidates(tmp_path, monkeypatch):
    for n, name in enumerate(["a_reader.txt", "b_cleaner.txt", "c_parser.txt", "d_store.txt", "e_fine.txt",
                              "f_fine.txt"]):
        (tmp_path / name).write_text(_article(n), encoding="utf-8")
    real_read, real_build = pipeline.read_path, pipeline.build_document

    def read(path, max_bytes):
        if path.name == "a_reader.txt":
            raise MemoryError("invented reader failure")
        return real_read(path, max_bytes)

    def build(raw, options):
        if raw.source.endswith("b_cleaner.txt"):
            raise RecursionError("maximum recursion depth exceeded")
        return real_build(raw, options)

    real_pipeline = nlp_pipeline.load_pipeline(load_options().spacy_model)

    class Flaky:  # the real parser, except that it fails on one document's text
        max_length = real_pipeline.max_length

        def _check(self, text):
            if "that 2 fishing boats" in text:
                raise ValueError("[E000] invented parser failure")

        def __call__(self, text):
            self._check(text)
            return real_pipeline(text)

        def pipe(self, items, **kw):
            items = list(items)
            for t in items:
                self._check(t[0] if isinstance(t, tuple) else t)
            return real_pipeline.pipe(items, **kw)

    real_write = Store._write_documents

    def write(self, fresh, new_keys):  # a batch holding the document fails, then the document alone
        if any(dr.document.source.endswith("d_store.txt") for dr in fresh):
            raise duckdb.ConversionException("invented conversion failure")
        return real_write(self, fresh, new_keys)

    monkeypatch.setattr(pipeline, "read_path", read)
    monkeypatch.setattr(pipeline, "build_document", build)
    monkeypatch.setattr(nlp_pipeline, "load_pipeline", lambda name: Flaky())
    monkeypatch.setattr(Store, "_write_documents", write)

    db = str(tmp_path / "s.duckdb")
    result = runner.invoke(app, ["run", str(tmp_path), "--db", db, "-q"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = _skipped_lines(result.output)
    assert len(lines) == 4, result.output
    for name, why in [("a_reader.txt", "MemoryError"), ("b_cleaner.txt", "RecursionError"),
                      ("c_parser.txt", "invented parser failure"), ("d_store.txt", "invented conversion failure")]:
        assert sum(name in line and why in line for line in lines) == 1, (name, lines)
    with Store(db, read_only=True) as store:
        sources = {d.source.rsplit("/", 1)[-1] for d in store.records("documents")}
        assert sources == {"e_fine.txt", "f_fine.txt"}
        assert store.counts()["stories"] >= 2  # consolidation ran
        assert not store.consolidation_pending()


@pytest.mark.slow
def test_disk_full_is_one_line_and_the_store_stays_consistent(tmp_path, monkeypatch):
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(_article(n), encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    real_insert = Store._insert

    def insert(self, records, replace=False, **kw):
        records = list(records)
        if any(isinstance(r, Document) and not r.source.endswith("0.txt") for r in records):
            # the first document is written, then the disk fills up
            raise duckdb.IOException('Could not write file "s.duckdb.wal": No space left on device')
        return real_insert(self, records, replace, **kw)

    monkeypatch.setattr(Store, "_insert", insert)
    config = tmp_path / "one-at-a-time.toml"  # documents stored one per transaction
    config.write_text("[newsweave]\nbatch_size = 1\n", encoding="utf-8")
    result = runner.invoke(app, ["run", str(tmp_path), "--db", db, "-q", "--config", str(config)])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "disk full" in lines[0] and "Traceback" not in result.output, result.output
    monkeypatch.undo()
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 1
        assert store.consolidation_pending()  # the next run consolidates


@pytest.mark.parametrize("depth", [300, 1500])
def test_deeply_nested_html_keeps_its_text(tmp_path, depth):
    body = "<p>" + "A sentence about an invented harbour festival and its fireworks. " * 5 + "</p>"
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * depth + body + "</div>" * depth + "</body></html>", encoding="utf-8")
    items = list(load_documents([str(page)], load_options()))
    assert len(items) == 1 and not isinstance(items[0], Skipped), items
    assert "harbour festival and its fireworks" in items[0].text


def test_absurdly_nested_html_is_one_skipped_line(tmp_path):
    page = tmp_path / "abyss.html"
    page.write_text("<html><body>" + "<div>" * 100_000 + "<p>text</p>" + "</div>" * 100_000 + "</body></html>",
                    encoding="utf-8")
    items = list(load_documents([str(page)], load_options()))
    assert len(items) == 1 and isinstance(items[0], Skipped) and "\n" not in items[0].reason


def test_a_broken_gazetteer_row_is_reported_once_at_the_start(tmp_path):
    bad = tmp_path / "mine.tsv"
    bad.write_text("id\tname\tkind\tsource\nperson:x\t\tperson\tme\n", encoding="utf-8")
    (tmp_path / "newsweave.toml").write_text(f'[newsweave]\ngazetteer_files = ["{bad}"]\n', encoding="utf-8")
    inputs = tmp_path / "in"
    inputs.mkdir()
    for n in range(3):
        (inputs / f"{n}.txt").write_text(_article(n), encoding="utf-8")
    result = runner.invoke(app, ["run", str(inputs), "--db", str(tmp_path / "s.duckdb"), "-q",
                                 "--config", str(tmp_path / "newsweave.toml")])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "mine.tsv:2" in lines[0] and "name" in lines[0], result.output
