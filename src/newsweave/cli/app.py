"""The Typer application and the helpers every command shares."""
from __future__ import annotations

import csv
import io
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Sequence

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..config import Options, load_options
from ..errors import NewsweaveError
from ..outputs.escape import csv_cell, terminal_safe
from ..store import DEFAULT_DB, Store

app = typer.Typer(
    name="newsweave",
    help="Turn news articles into an evidence-linked model: actors, PLOVER events, claims, numbers, copies.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
class SafeConsole(Console):
    """A rich Console that shows control characters in printed strings as escapes (file names and
    article text are untrusted: an escape sequence in them must not reach the terminal)."""

    def print(self, *objects, **kwargs) -> None:
        super().print(*(terminal_safe(o) if isinstance(o, str) else o for o in objects), **kwargs)


out = SafeConsole(highlight=False, soft_wrap=True)
err = SafeConsole(stderr=True, highlight=False, soft_wrap=True)

DbOption = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file.")
ConfigOption = typer.Option(None, "--config", help="A newsweave.toml overriding the shipped defaults.")
FormatOption = typer.Option("table", "--format", "-f", help="Output format: table, json, ndjson or csv.")


def fail(message: str, code: int = 1) -> None:
    err.print(f"[red]Error:[/red] {escape(terminal_safe(message, one_line=True))}", markup=True, highlight=False)
    raise typer.Exit(code)


def options_from(config: Path | None, **overrides) -> Options:
    try:
        return load_options(config, **overrides)
    except NewsweaveError as e:
        fail(str(e), 2)


@contextmanager
def open_store(db: str, read_only: bool = True, sandbox: bool = False) -> Iterator[Store]:
    try:
        store = Store(db, read_only=read_only, sandbox=sandbox)
    except NewsweaveError as e:
        fail(str(e))
    try:
        yield store
    except NewsweaveError as e:
        fail(str(e))
    finally:
        store.close()


def emit(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str = "table", title: str | None = None) -> None:
    """Print rows as a table (for people) or json/ndjson/csv (for programs) on stdout."""
    if fmt == "json":
        sys.stdout.write(json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=1, default=str) + "\n")
    elif fmt == "ndjson":
        for r in rows:
            sys.stdout.write(json.dumps(dict(zip(columns, r)), ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(columns)
        w.writerows([["" if v is None else csv_cell(v) for v in r] for r in rows])
        sys.stdout.write(buf.getvalue())
    elif fmt == "table":
        table = Table(title=title, show_lines=False)
        for c in columns:
            table.add_column(str(c), overflow="fold")
        for r in rows:
            # article text is untrusted: never let it be read as rich markup
            table.add_row(*["" if v is None else terminal_safe(str(v)) for v in r])
        out.print(table, markup=False)
    else:
        fail(f"unknown --format {fmt!r}; use table, json, ndjson or csv", 2)


def main() -> None:
    app()
