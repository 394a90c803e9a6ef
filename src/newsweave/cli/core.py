"""run, extract, stats, sql: ingest into the store and look at what it holds."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..model import DocumentRecords, Skipped, to_dict
from ..pipeline import run as run_pipeline
from ..sources import expand_paths
from ..store import Store
from .app import ConfigOption, DbOption, FormatOption, app, emit, err, fail, open_store, options_from, out


def _ingest(paths: list[str], store: Store, options, quiet: bool):
    n_inputs = sum(1 for _ in expand_paths(paths))
    if n_inputs == 0:
        fail(f"no input files found in {' '.join(paths)}", 2)
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=err, transient=True, disable=quiet or not err.is_terminal)

    def on_result(item):
        if isinstance(item, Skipped):
            err.print(f"skipped {item.source}: {item.reason}", markup=False)
        progress.advance(task)

    with progress:
        task = progress.add_task("extracting", total=None)
        summary = run_pipeline(paths, store, options, on_result=on_result)
    return summary


@app.command()
def run(
    paths: List[str] = typer.Argument(..., help="Files, folders or globs (.txt .md .html .htm .html.gz .jsonl)."),
    db: str = DbOption,
    config: Optional[Path] = ConfigOption,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Ingest articles, extract their records and store them, then print a summary.

    Example: newsweave run examples/corpus --db newsweave.duckdb
    """
    options = options_from(config)
    with open_store(db, read_only=False) as store:
        summary = _ingest(paths, store, options, quiet)
        counts = store.counts()
    emit(["record", "stored"], [[k, v] for k, v in counts.items()], "table",
         title=f"{db}: {summary.added} new document(s), {summary.already_stored} already stored, "
               f"{len(summary.skipped)} skipped")
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="Files, folders or globs (.txt .md .html .htm .html.gz .jsonl)."),
    output: str = typer.Option("-", "--output", "-o", help="JSON Lines file to write ('-' for stdout)."),
    config: Optional[Path] = ConfigOption,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Extract records from articles and write them as the contract's JSON Lines (no store kept).

    Example: newsweave extract ../shared/corpus/seeds -o out.jsonl
    """
    options = options_from(config)
    with Store(":memory:") as store:
        summary = _ingest(paths, store, options, quiet)
        fh = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
        try:
            n = 0
            for record in store.contract_records():
                fh.write(json.dumps(to_dict(record), ensure_ascii=False) + "\n")
                n += 1
        finally:
            if fh is not sys.stdout:
                fh.close()
    err.print(f"{summary.added} document(s), {n} records written to {output}; {len(summary.skipped)} skipped",
              markup=False)
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def stats(db: str = DbOption, fmt: str = FormatOption) -> None:
    """Count the records in the store, per type, and list skipped inputs.

    Example: newsweave stats --db newsweave.duckdb
    """
    with open_store(db) as store:
        counts = store.counts()
        skipped = list(store.records("skipped"))
    emit(["record", "count"], [[k, v] for k, v in counts.items()], fmt)
    if skipped and fmt == "table":
        emit(["skipped input", "reason"], [[s.source, s.reason] for s in skipped], fmt)


@app.command()
def sql(
    query: str = typer.Argument(..., help="A DuckDB SQL query over the store's tables."),
    db: str = DbOption,
    fmt: str = FormatOption,
) -> None:
    """Run a read-only SQL query on the store (tables: documents, entities, mentions, claims, quantities, times, events, copies).

    Example: newsweave sql "SELECT event_type, count(*) FROM events GROUP BY 1"
    """
    with open_store(db) as store:
        names, rows = store.sql(query)
    emit(names, rows, fmt)
