"""Engines: partitions, Parquet shards, merging, views, and the same records from every engine."""
from __future__ import annotations

import json
import os
import time

import pytest
from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.config import load_options
from newsweave.engines import load_shards, open_engine, plan_partitions, query_shards, run_engine
from newsweave.engines.parquet import SHARD_TABLES, complete_parts, next_part_number
from newsweave.engines.watch import watch
from newsweave.pipeline import run as run_pipeline
from newsweave.store import Store
from newsweave.store.schema import TABLES

from conftest import EXAMPLES

runner = CliRunner()

ARTICLE = ("Officials in {city} said on Monday that {n} new buses would enter service before the winter. "
           "The transport minister, Clara Nunes, told reporters the fleet would cut waiting times by half. "
           "\"We promised better buses and we are delivering them,\" she said.\n")
# tables whose rows come from per-document stages and the cross-document stage run on the merged store
COMPARED = [t for t in TABLES if t != "skipped"]


def _corpus():
    """The lead's example corpus when present (it is part of the repository)."""
    assert EXAMPLES.is_dir(), "examples/corpus is missing"
    return [str(EXAMPLES)]


def _keys(store: Store, table: str) -> list[tuple]:
    key = ", ".join(f'"{k}"' for k in TABLES[table][1])
    return store.sql(f"SELECT {key} FROM {table} ORDER BY {key}")[1]


def _embedded(paths, options) -> Store:
    store = Store(":memory:")
    run_pipeline(paths, store, options)
    return store


def _merged(out_dir, options) -> Store:
    from newsweave.consolidate import consolidate

    store = Store(":memory:")
    merged = load_shards(out_dir, store)
    if merged.added:
        consolidate(store, options)
    return store


@pytest.mark.parametrize("files,workers,expected", [
    ([("a", 10), ("b", 10), ("c", 10), ("d", 10)], 1, [["a"], ["b"], ["c"], ["d"]]),
    ([("a", 10), ("b", 10), ("c", 10), ("d", 10), ("e", 10), ("f", 10), ("g", 10), ("h", 10)], 1,
     [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]]),
    ([("a", 100), ("b", 10), ("c", 10), ("d", 10), ("e", 10), ("f", 10)], 1, [["a"], ["b", "c"], ["d", "e"], ["f"]]),
    ([("a", 10), ("b", 10)], 2, [["a"], ["b"]]),
    ([], 2, []),
])
def test_partitions_are_contiguous_and_balanced_by_size(tmp_path, files, workers, expected):
    paths = []
    for name, size in files:
        p = tmp_path / f"{name}.txt"
        p.write_text("x" * size)
        paths.append(str(p))
    parts = plan_partitions(paths, workers, first_number=5, per_worker=4)
    assert [[os.path.basename(f)[0] for f in p.paths] for p in parts] == expected
    assert [p.number for p in parts] == list(range(5, 5 + len(expected)))


@pytest.mark.slow
def test_every_engine_gives_the_records_of_the_embedded_run(tmp_path, options, nlp):
    """Same ids and counts in every table, cross-document ones included, from each engine's shards."""
    paths = _corpus()
    embedded = _embedded(paths, options)
    expected = {t: _keys(embedded, t) for t in COMPARED}
    assert len(expected["documents"]) >= 7
    runs = {"local-1": ("local", 1), "local-2": ("local", 2), "dask-2": ("dask", 2)}
    for label, (name, workers) in runs.items():
        out = tmp_path / label
        with open_engine(name, workers, spacy_model=options.spacy_model) as engine:
            summary = run_engine(engine, paths, options, out)
        assert summary.documents == len(expected["documents"]), label
        assert not summary.skipped, label
        assert len(summary.partitions) == len(complete_parts(out)) > 1
        merged = _merged(out, options)
        for table in COMPARED:
            assert _keys(merged, table) == expected[table], f"{label}: {table} differs"
        # the views over the shards count what the store holds
        _names, rows = query_shards(out, None)
        assert dict(rows) == {t: len(expected[t]) for t in SHARD_TABLES if t != "skipped"} | {"skipped": 0}, label


@pytest.mark.slow
def test_merging_is_idempotent_and_keeps_what_is_stored(tmp_path, options, nlp):
    paths = _corpus()
    out = tmp_path / "shards"
    with open_engine("local", 1) as engine:
        run_engine(engine, paths, options, out)
    first_parts = next_part_number(out)
    store = Store(":memory:")
    first = load_shards(out, store)
    counts = store.counts()
    again = load_shards(out, store)
    assert (first.added, again.added, again.already_stored) == (counts["documents"], 0, counts["documents"])
    assert store.counts() == counts
    # a second run into the same folder adds partitions after the first ones, overwriting nothing
    with open_engine("local", 1) as engine:
        run_engine(engine, paths, options, out)
    assert next_part_number(out) == 2 * first_parts
    assert load_shards(out, store).added == 0 and store.counts() == counts


@pytest.mark.slow
def test_bad_inputs_are_reported_and_the_others_go_on(tmp_path, options, nlp):
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    good.write_text(ARTICLE.format(city="Porto", n=40), encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    out = tmp_path / "shards"
    with open_engine("local", 1) as engine:
        summary = run_engine(engine, [str(tmp_path / "in")], options, out)
    assert summary.documents == 1
    assert sorted(os.path.basename(s.source) for s in summary.skipped) == ["binary.txt", "empty.txt"]
    _names, rows = query_shards(out, "SELECT source FROM skipped ORDER BY source")
    assert [os.path.basename(r[0]) for r in rows] == ["binary.txt", "empty.txt"]
    # once the file is fixed and run again, merging clears its skipped row
    (tmp_path / "in" / "empty.txt").write_text(ARTICLE.format(city="Braga", n=12), encoding="utf-8")
    with open_engine("local", 1) as engine:
        run_engine(engine, [str(tmp_path / "in" / "empty.txt")], options, out)
    _names, rows = query_shards(out, "SELECT source FROM skipped")
    assert [os.path.basename(r[0]) for r in rows] == ["binary.txt"]
    store = Store(":memory:")
    load_shards(out, store)
    assert [os.path.basename(s.source) for s in store.records("skipped")] == ["binary.txt"]
    assert store.counts()["documents"] == 2


@pytest.mark.slow
def test_cli_engine_run_then_sql_and_stats_over_parquet_then_merge(tmp_path, nlp):
    out, db = str(tmp_path / "shards"), str(tmp_path / "nw.duckdb")
    result = runner.invoke(app, ["run", str(EXAMPLES), "--engine", "local", "--output", out, "-q"])
    assert result.exit_code == 0, result.output
    assert not os.path.exists(db)
    result = runner.invoke(app, ["sql", "--parquet", out, "SELECT count(*) AS n FROM documents", "-f", "json"])
    assert result.exit_code == 0, result.output
    n_docs = json.loads(result.output)[0]["n"]
    assert n_docs >= 7
    result = runner.invoke(app, ["stats", "--parquet", out, "-f", "json"])
    assert {r["record"]: r["count"] for r in json.loads(result.output)}["documents"] == n_docs
    result = runner.invoke(app, ["merge", out, "--db", db])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["sql", "--db", db, "SELECT count(*) AS n FROM documents", "-f", "json"])
    assert json.loads(result.output)[0]["n"] == n_docs


@pytest.mark.parametrize("args,message", [
    (["--address", "tcp://127.0.0.1:1"], "--engine"),
    (["--merge"], "--engine"),
    (["--engine", "hadoop"], "unknown engine"),
    (["--engine", "local", "--address", "tcp://127.0.0.1:1"], "dask engine"),
])
def test_engine_usage_errors_exit_2(tmp_path, args, message):
    result = runner.invoke(app, ["run", str(EXAMPLES), "--output", str(tmp_path / "o"), *args])
    assert result.exit_code == 2, result.output
    assert message in " ".join(result.output.split())


def test_sql_over_a_folder_without_shards_is_a_clean_error(tmp_path):
    result = runner.invoke(app, ["sql", "--parquet", str(tmp_path), "SELECT 1"])
    assert result.exit_code == 1 and "no Parquet shards" in " ".join(result.output.split())


def test_watch_hands_over_new_and_changed_files_once(tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    old = time.time() - 60

    def add(name, text):
        p = folder / name
        p.write_text(text, encoding="utf-8")
        os.utime(p, (old, old))
        return p

    add("a.txt", "first")
    batches: list[list[str]] = []
    steps = iter([
        lambda: add("b.txt", "second"),                       # round 2: a new file
        lambda: (folder / "c.txt").write_text("being copied"),  # round 3: too fresh to take yet
        lambda: os.utime(folder / "c.txt", (old, old)),          # round 4: settled now
        lambda: add("a.txt", "first, corrected"),             # round 5: changed
        lambda: None,                                           # round 6: nothing new
    ])

    def before_scan():
        if batches or rounds_started[0]:
            next(steps)()
        rounds_started[0] += 1

    rounds_started = [0]
    done = watch([str(folder)], lambda files: batches.append(sorted(os.path.basename(f) for f in files)),
                 interval=5, max_iterations=6, before_scan=before_scan, sleep=lambda s: None)
    assert done == 6
    assert batches == [["a.txt"], ["b.txt"], ["c.txt"], ["a.txt"]]


@pytest.mark.slow
def test_cli_watch_ingests_what_is_there_and_stops_after_max_iterations(tmp_path, nlp):
    folder = tmp_path / "drop"
    folder.mkdir()
    p = folder / "bus.txt"
    p.write_text(ARTICLE.format(city="Faro", n=25), encoding="utf-8")
    os.utime(p, (time.time() - 60,) * 2)
    db = str(tmp_path / "nw.duckdb")
    result = runner.invoke(app, ["run", str(folder), "--db", db, "--watch", "--interval", "0",
                                 "--max-iterations", "2"])
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 1
