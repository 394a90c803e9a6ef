"""run, extract, stats, sql, merge: ingest into the store (or Parquet shards) and look at what it holds."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, SpinnerColumn, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)
from rich.text import Text

from ..errors import NewsweaveError
from ..model import Skipped, to_dict
from ..outputs.escape import terminal_safe
from ..pipeline import run as run_pipeline
from ..sources import expand_paths
from ..store import Store
from ..store.memory import MemoryStore
from .app import ConfigOption, DbOption, FormatOption, app, emit, err, fail, open_store, options_from, out

INPUTS_HELP = "Files, folders or globs (.txt .md .html .htm .html.gz .jsonl .warc .warc.gz .rss .atom .xml)."
DEFAULT_OUTPUT = "newsweave-parquet"
DEFAULT_FETCH_DIR = "newsweave-fetched"
ParquetOption = typer.Option(None, "--parquet", help="Read Parquet shards written by `run --engine` from this folder "
                                                     "instead of the DuckDB store.")


class _RateColumn(ProgressColumn):
    """Items per second over the last half minute (rich's own estimate)."""

    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit

    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} {self.unit}/s" if speed else f"- {self.unit}/s")


def _progress(quiet: bool, unit: str = "docs") -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    _RateColumn(unit), TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(),
                    console=err, transient=True, disable=quiet or not err.is_terminal)


def _report_skipped(item: Skipped) -> None:
    # one line per input, whatever the file name or the reason holds (a newline in a name is shown as \n)
    err.print(f"skipped {terminal_safe(item.source, one_line=True)}: {terminal_safe(item.reason, one_line=True)}",
              markup=False, soft_wrap=True)


def _ingest(paths: list[str], store: Store, options, quiet: bool, workers: int | None = 1):
    from ..engines.pool import count_documents, default_workers

    inputs = list(expand_paths(paths))
    if not inputs:
        fail(f"no input files found in {' '.join(paths)}", 2)
    total = count_documents(inputs)  # the bar knows its total before the run
    workers = default_workers(total, workers)
    progress = _progress(quiet)

    def on_result(item):
        if isinstance(item, Skipped):
            _report_skipped(item)
        progress.advance(task)
        done = progress.tasks[0].completed
        if done > progress.tasks[0].total:  # a feed or archive held more than one document
            progress.update(task, total=done)

    with progress:
        task = progress.add_task(f"extracting ({workers} process{'es' if workers > 1 else ''})", total=total)
        summary = run_pipeline(paths, store, options, on_result=on_result, workers=workers)
    return summary


def _fetch(urls: list[str], folder: str, options) -> tuple[list[str], bool]:
    """Download feeds (and their pages) into ``folder``; returns the saved files and whether any failed."""
    from ..sources.feeds import PoliteClient, fetch_feeds

    with PoliteClient(max_bytes=options.max_input_bytes) as client:
        reports = fetch_feeds(urls, folder, client)
    failed = False
    for r in reports:
        for problem in r.problems:
            err.print(f"fetch: {problem}", markup=False)
        failed = failed or (r.saved is None and bool(r.problems))
        err.print(f"fetched {r.feed}: {r.articles} new article(s), {r.pages} page(s)"
                  + (f" -> {r.saved}" if r.saved else ""), markup=False)
    return [str(r.saved) for r in reports if r.saved], failed


def _run_engine(engine, paths: list[str], options, output: str, quiet: bool):
    from ..engines import run_engine

    progress = _progress(quiet, "partitions")

    def on_partition(result):
        for s in result.skipped:
            _report_skipped(s)
        progress.advance(task)

    with progress:
        task = progress.add_task(f"{engine.name}: partitions", total=None)
        return run_engine(engine, paths, options, output, on_partition=on_partition)


def _merge(output: str, db: str, options) -> tuple:
    from ..consolidate import consolidate
    from ..engines import load_shards

    with open_store(db, read_only=False) as store:
        merged = load_shards(output, store)
        if merged.added or store.consolidation_pending():
            consolidate(store, options)
        counts = store.counts()
    return merged, counts


@app.command()
def run(
    paths: Optional[List[str]] = typer.Argument(None, help=INPUTS_HELP),
    db: str = DbOption,
    config: Optional[Path] = ConfigOption,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    engine: Optional[str] = typer.Option(None, "--engine", help="Run stages 1-4 in parallel partitions on 'local' "
                                         "(this machine) or 'dask' (a Dask cluster) and write Parquet shards to "
                                         "--output instead of the store."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Processes for stages 1-4 (default: one "
                                          "per core when the input has enough documents; 1 forces one process). "
                                          "With --engine: processes (local) or workers of the local Dask cluster "
                                          "(default 1 for local, 2 for dask)."),
    address: Optional[str] = typer.Option(None, "--address", help="Dask scheduler to use, e.g. tcp://10.0.0.5:8786 "
                                          "(default: start a local cluster). --output must be reachable by every worker."),
    output: str = typer.Option(DEFAULT_OUTPUT, "--output", help="Folder for the Parquet shards of an --engine run."),
    merge: bool = typer.Option(False, "--merge", help="After an --engine run, load the shards into --db and run the "
                                                      "cross-document stage."),
    fetch: Optional[List[str]] = typer.Option(None, "--fetch", help="An RSS/Atom feed URL to download with its "
                                              "linked pages (repeatable); robots.txt is obeyed."),
    fetch_dir: str = typer.Option(DEFAULT_FETCH_DIR, "--fetch-dir", help="Where fetched feeds are saved (JSON Lines)."),
    watch: bool = typer.Option(False, "--watch", help="Keep going: ingest new files appearing in PATHS (and fetch "
                                                      "feeds again) every --interval seconds; Ctrl-C stops."),
    interval: float = typer.Option(30.0, "--interval", min=0.0, help="Seconds between --watch rounds."),
    max_iterations: Optional[int] = typer.Option(None, "--max-iterations", min=1, help="Stop --watch after this "
                                                 "many rounds."),
) -> None:
    """Ingest articles, extract their records and store them, then print a summary.

    Example: newsweave run examples/corpus --db newsweave.duckdb

    At scale: newsweave run crawl/*.warc.gz --engine dask --workers 4 --output shards/ --merge
    """
    options = options_from(config)
    paths, fetch = list(paths or []), list(fetch or [])
    _check_run_usage(paths, fetch, engine, address, merge)
    if watch:
        _watch(paths, fetch, fetch_dir, db, options, quiet, engine, workers, address, output, merge, interval,
               max_iterations)
        return

    fetch_failed = False
    if fetch:
        saved, fetch_failed = _fetch(fetch, fetch_dir, options)
        paths = paths + saved
        if not paths:
            err.print("nothing new to ingest", markup=False)
            raise typer.Exit(1 if fetch_failed else 0)
    if engine is None:
        failed = _store_round(paths, db, options, quiet, workers)
    else:
        if sum(1 for _ in expand_paths(paths)) == 0:
            fail(f"no input files found in {' '.join(paths)}", 2)
        failed = _engine_round(paths, db, options, quiet, engine, workers, address, output, merge, None)
    if failed or fetch_failed:
        raise typer.Exit(1)


def _check_run_usage(paths: list[str], fetch: list[str], engine, address, merge: bool) -> None:
    """Usage errors of `run` (exit 2) before anything is read."""
    if not paths and not fetch:
        fail("give files, folders or globs to ingest, or --fetch URL", 2)
    if engine is None and address:
        fail("--address needs --engine dask", 2)
    if engine is None and merge:
        fail("--merge needs --engine (without it documents go straight into --db)", 2)


def _store_round(paths: list[str], db: str, options, quiet: bool, workers) -> bool:
    """Ingest ``paths`` into the store and print its counts; returns whether any input failed."""
    with open_store(db, read_only=False) as store:
        summary = _ingest(paths, store, options, quiet, workers)
        counts = store.counts()
    emit(["record", "stored"], [[k, v] for k, v in counts.items()], "table",
         title=f"{db}: {summary.added} new document(s), {summary.already_stored} already stored, "
               f"{len(summary.skipped)} skipped")
    return bool(summary.failed)


def _open_engine(engine: str, workers, address, options):
    from ..engines import open_engine

    try:
        return open_engine(engine, workers, address, options.spacy_model)
    except NewsweaveError as e:
        fail(str(e), 2)


def _engine_round(paths, db, options, quiet, engine_name, workers, address, output, merge, engine=None) -> bool:
    """One engine run (plus merge when asked); prints a summary; True when some input failed."""
    own = engine is None
    engine = engine or _open_engine(engine_name, workers, address, options)
    try:
        summary = _run_engine(engine, paths, options, output, quiet)
    finally:
        if own:
            engine.close()
    rate = summary.documents / summary.seconds if summary.seconds else 0.0
    rows = [["engine", f"{summary.engine} ({summary.workers} worker(s))"], ["partitions", len(summary.partitions)],
            ["documents", summary.documents], ["skipped", len(summary.skipped)],
            ["seconds", f"{summary.seconds:.1f}"], ["documents/s", f"{rate:.2f}"], ["shards", summary.output]]
    if merge:
        try:
            merged, counts = _merge(output, db, options)
        except NewsweaveError as e:
            fail(str(e))
        rows += [["merged into", db], ["new documents", merged.added], ["already stored", merged.already_stored]]
        rows += [[f"stored {k}", v] for k, v in counts.items()]
    emit(["run", "value"], rows, "table", title=f"{summary.output}: Parquet shards")
    return summary.failed


def _watch(paths, fetch, fetch_dir, db, options, quiet, engine_name, workers, address, output, merge, interval,
           max_iterations) -> None:
    from ..engines.watch import watch

    watched = paths + ([fetch_dir] if fetch else [])
    state = {"failed": False}

    def before_scan():
        if fetch:
            _saved, failed = _fetch(fetch, fetch_dir, options)
            state["failed"] = state["failed"] or failed

    engine = _open_engine(engine_name, workers, address, options) if engine_name else None

    def on_new(files: list[str]) -> None:
        err.print(f"watch: {len(files)} new or changed file(s)", markup=False)
        if engine is None:
            with open_store(db, read_only=False) as store:
                summary = run_pipeline(files, store, options,
                                       on_result=lambda i: _report_skipped(i) if isinstance(i, Skipped) else None)
            err.print(f"watch: {summary.added} new document(s), {summary.already_stored} already stored, "
                      f"{len(summary.skipped)} skipped -> {db}", markup=False)
            state["failed"] = state["failed"] or summary.failed
        else:
            state["failed"] = _engine_round(files, db, options, True, engine_name, workers, address, output, merge,
                                            engine) or state["failed"]

    err.print(f"watching {' '.join(watched)} every {interval:g}s (Ctrl-C stops)", markup=False)
    try:
        watch(watched, on_new, interval, max_iterations, before_scan=before_scan)
    except KeyboardInterrupt:
        err.print("watch: stopped", markup=False)
    finally:
        if engine is not None:
            engine.close()
    if state["failed"]:
        raise typer.Exit(1)


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help=INPUTS_HELP),
    output: str = typer.Option("-", "--output", "-o", help="JSON Lines file to write ('-' for stdout)."),
    config: Optional[Path] = ConfigOption,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Processes (default: one per core when "
                                          "the input has enough documents; 1 forces one process)."),
) -> None:
    """Extract records from articles and write them as the contract's JSON Lines (no store kept).

    Example: newsweave extract ../shared/corpus/seeds -o out.jsonl
    """
    options = options_from(config)
    with MemoryStore() as store:
        summary = _ingest(paths, store, options, quiet, workers)
        fh = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
        try:
            n = 0
            encode = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(..., ensure_ascii=False), made once
            for record in store.contract_records():
                fh.write(encode(to_dict(record)) + "\n")
                n += 1
        finally:
            if fh is not sys.stdout:
                fh.close()
    err.print(f"{summary.added} document(s), {n} records written to {output}; {len(summary.skipped)} skipped",
              markup=False)
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def stats(db: str = DbOption, fmt: str = FormatOption, parquet: Optional[str] = ParquetOption) -> None:
    """Count the records in the store, per type, and list skipped inputs.

    Example: newsweave stats --db newsweave.duckdb   (or: newsweave stats --parquet newsweave-parquet)
    """
    if parquet:
        from ..engines import query_shards

        try:
            names, rows = query_shards(parquet, None)
            _names, skipped = query_shards(parquet, "SELECT source, reason FROM skipped ORDER BY source")
        except NewsweaveError as e:
            fail(str(e))
        emit(["record", "count"], rows, fmt)
        if skipped and fmt == "table":
            emit(["skipped input", "reason"], skipped, fmt)
        return
    with open_store(db) as store:
        counts = store.counts()
        skipped = list(store.records("skipped"))
        pending = store.consolidation_pending()
    if pending:
        err.print(f"warning: {db}: the cross-document tables (copies, stories, merged events, contradictions) are "
                  f"out of date or were left half-done by an interrupted run; `newsweave consolidate` (or the next "
                  f"`newsweave run`) completes them", markup=False)
    emit(["record", "count"], [[k, v] for k, v in counts.items()], fmt)
    if skipped and fmt == "table":
        emit(["skipped input", "reason"], [[s.source, s.reason] for s in skipped], fmt)


@app.command()
def sql(
    query: str = typer.Argument(..., help="A DuckDB SQL query over the store's tables."),
    db: str = DbOption,
    fmt: str = FormatOption,
    parquet: Optional[str] = ParquetOption,
) -> None:
    """Run a read-only SQL query on the store (tables: documents, entities, mentions, claims, quantities, times, events, copies).

    Example: newsweave sql "SELECT event_type, count(*) FROM events GROUP BY 1"

    Over Parquet shards: newsweave sql --parquet newsweave-parquet "SELECT count(*) FROM documents"
    """
    if parquet:
        from ..engines import query_shards

        try:
            names, rows = query_shards(parquet, query)
        except NewsweaveError as e:
            fail(str(e))
        emit(names, rows, fmt)
        return
    with open_store(db, sandbox=True) as store:
        names, rows = store.sql(query)
    emit(names, rows, fmt)


@app.command()
def merge(
    shards: str = typer.Argument(DEFAULT_OUTPUT, help="Folder of Parquet shards written by `run --engine`."),
    db: str = DbOption,
    config: Optional[Path] = ConfigOption,
) -> None:
    """Load Parquet shards into the DuckDB store, then run the cross-document stage (copies, merging).

    Example: newsweave merge newsweave-parquet --db newsweave.duckdb
    """
    options = options_from(config)
    if not (Path(shards) / "documents").is_dir():
        fail(f"{shards}: no Parquet shards here (expected {shards}/documents/part-*.parquet)")
    merged, counts = _merge(shards, db, options)
    emit(["record", "stored"], [[k, v] for k, v in counts.items()], "table",
         title=f"{db}: {merged.added} new document(s) from {merged.partitions} partition(s), "
               f"{merged.already_stored} already stored")
