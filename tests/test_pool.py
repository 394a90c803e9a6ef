"""All cores by default: the process pool gives the records of one process, in the same order."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.engines.pool import CHUNKS_PER_WORKER, count_documents, default_workers, plan_chunks
from newsweave.model import DocumentRecords, Skipped
from newsweave.pipeline import process, process_with

from conftest import EXAMPLES, ROOT

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The example corpus, some claim articles, and one input that cannot be read."""
    folder = tmp_path_factory.mktemp("pool")
    for f in sorted(EXAMPLES.iterdir()):
        shutil.copy(f, folder / f.name)
    for f in sorted((ROOT / "tests" / "corpus" / "claims").glob("*.txt"))[:8]:
        shutil.copy(f, folder / f"claims_{f.name}")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 not text at all \xff\xfe")
    return folder


def test_pool_gives_the_records_of_one_process_in_order(corpus, options):
    one = list(process([str(corpus)], options))
    two = list(process_with([str(corpus)], options, workers=2))
    assert [r for r in two if isinstance(r, DocumentRecords)] == [r for r in one if isinstance(r, DocumentRecords)]
    assert sorted(s.source for s in two if isinstance(s, Skipped)) == \
        sorted(s.source for s in one if isinstance(s, Skipped)) != []
    assert len([r for r in one if isinstance(r, DocumentRecords)]) >= 14


def test_extract_with_two_workers_writes_the_same_json_lines(corpus, tmp_path):
    outs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        result = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--workers", workers, "-q"])
        assert result.exit_code == 1, result.output  # the broken input is reported, the rest extracted
        assert "broken.txt" in result.output
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and outs[0].count(b"\n") > 100


def test_documents_are_counted_before_the_run(tmp_path):
    (tmp_path / "a.txt").write_text("one article", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n{"text": "z"}\n', encoding="utf-8")
    assert count_documents(sorted(tmp_path.iterdir())) == 4


@pytest.mark.parametrize("documents, workers, cores, expected", [
    (10, None, 4, 1),     # too few documents to pay for starting workers
    (40, None, 4, 2),
    (1000, None, 4, 4),   # never more than the cores
    (1000, 1, 4, 1),      # --workers 1 forces one process
    (10, 3, 4, 3),        # an explicit choice is kept
])
def test_default_workers(monkeypatch, documents, workers, cores, expected):
    monkeypatch.setattr("os.cpu_count", lambda: cores)
    assert default_workers(documents, workers) == expected


@pytest.mark.parametrize("n_files", [1, 3, 137, 240, 1000])
def test_chunks_are_contiguous_cover_every_file_and_shrink_at_the_end(n_files):
    files = [Path(f"{i:04d}.txt") for i in range(n_files)]
    chunks = plan_chunks(files, workers=2)
    assert [f for c in chunks for f in c] == [str(f) for f in files]
    sizes = [len(c) for c in chunks]
    assert sizes == sorted(sizes, reverse=True)  # never larger later: the tail is the small chunks
    assert sizes[-1] == 1  # the last worker to finish waits for one file at most
    assert sizes[0] == -(-n_files // (2 * CHUNKS_PER_WORKER))  # the head: workers * CHUNKS_PER_WORKER chunks of one size
    assert len(chunks) <= 2 * CHUNKS_PER_WORKER + 4 * 2 * 3  # the tail adds a few chunks, not one per file


def test_a_chunk_that_fails_in_its_worker_reports_each_of_its_inputs(tmp_path, options):
    import dataclasses

    from newsweave.engines.pool import process_in_pool

    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text("Officials said on Monday that the talks had resumed.", encoding="utf-8")

    class Unpicklable:  # the job cannot be sent to a worker: the chunk fails, the run goes on
        def __reduce__(self):
            raise TypeError("cannot be sent")

    broken = dataclasses.replace(options, copy_threshold=Unpicklable())
    results = list(process_in_pool(sorted(tmp_path.iterdir()), broken, workers=2))
    assert [(Path(r.source).name, "worker failed" in r.reason) for r in results] == \
        [("a.txt", True), ("b.txt", True), ("c.txt", True)]


@pytest.mark.parametrize("env, expected", [("", "fork"), ("spawn", "spawn"), ("fork", "fork"), ("bogus", "fork")])
def test_workers_are_forked_on_linux_unless_told_to_spawn(monkeypatch, env, expected):
    from newsweave.engines.pool import start_method

    monkeypatch.setenv("NEWSWEAVE_POOL_START", env)
    monkeypatch.setattr("newsweave.engines.pool._can_fork", lambda: True)
    assert start_method() == expected
    monkeypatch.setattr("newsweave.engines.pool._can_fork", lambda: False)
    assert start_method() == "spawn"  # no fork where it is not safe, whatever is asked


def _models_loaded() -> int:
    from newsweave.nlp import load_pipeline

    return load_pipeline.cache_info().currsize


def test_forked_workers_inherit_the_loaded_model(monkeypatch, options):
    from newsweave.engines.pool import _can_fork, _pool

    if not _can_fork():
        pytest.skip("fork is used on Linux only")
    monkeypatch.setenv("NEWSWEAVE_POOL_START", "fork")
    with _pool(2, options) as pool:
        assert [pool.submit(_models_loaded).result() for _ in range(2)] == [1, 1]


def test_spawned_workers_give_the_same_records(corpus, monkeypatch, options):
    monkeypatch.setenv("NEWSWEAVE_POOL_START", "spawn")
    files = sorted(corpus.glob("claims_*.txt"))
    one = list(process([str(f) for f in files], options))
    two = list(process_with([str(f) for f in files], options, workers=2))
    assert two == one and len(one) == 8
