"""The Typer application and the helpers every command shares."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

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
FormatOption = typer.Option("table", "--format", "-f", help="Output format: table, csv, json or jsonl.")
WideOption = typer.Option(False, "--wide", "-w", help="Table with every field, wrapped to the terminal.")
DocOption = typer.Option(None, "--doc", "-d", help="Only this document (its id, or part of its source path).")


def fail(message: str, code: int = 1) -> None:
    err.print(f"[red]Error:[/red] {escape(terminal_safe(message, one_line=True))}", markup=True, highlight=False)
    raise typer.Exit(code)


def check_choice(option: str, value: str | None, choices: Sequence[str]) -> None:
    """Exit with status 2 ("unknown --kind 'x'; use a, b or c") when ``value`` is given and not one of ``choices``."""
    if value is not None and value not in choices:
        fail(f"unknown {option} {value!r}; use {', '.join(choices[:-1])} or {choices[-1]}", 2)


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


def fetch(db: str, query: Callable[..., list[dict]], *args: Any, **kwargs: Any) -> list[dict]:
    """The rows of one listing query of :mod:`newsweave.queries` (``query(store, *args, **kwargs)``) on the
    store at ``db``, opened read only and closed before they are shown."""
    with open_store(db) as store:
        return query(store, *args, **kwargs)


FORMATS = ("table", "csv", "json", "jsonl")
# spaces between two table columns, and the lines a flexible column (claim, evidence) may take
GAP = 2
FLEX_LINES = 2


@dataclass(frozen=True)
class Column:
    """A column of a default table: its header (short words, never broken), how to read it from a
    record, and its widest width (``None``: a flexible column sharing what the others leave)."""
    header: str
    value: Callable[[dict], Any]
    max: int | None = None


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, (list, tuple)):
        return " | ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return " ".join(str(value).split())


def _console() -> Console:
    # made per call so COLUMNS set by the caller (or a test) counts
    return Console(highlight=False, soft_wrap=False, markup=False, emoji=False)


def _widths(headers: list[str], cells: list[list[str]], maxima: list[int | None], total: int) -> list[int]:
    """Column widths that fit ``total`` characters, no narrower than a column's header."""
    natural = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    fixed = [min(n, m) if m is not None else None for n, m in zip(natural, maxima)]
    avail = total - GAP * (len(headers) - 1)
    flex = [i for i, f in enumerate(fixed) if f is None]
    room = avail - sum(f for f in fixed if f is not None)
    out = [f if f is not None else 0 for f in fixed]
    for i in flex:
        # a flexible column takes an equal share of the room, up to what FLEX_LINES lines of it hold
        out[i] = max(len(headers[i]), min(natural[i], room // len(flex)))
    if sum(out) > avail:  # still too wide: narrow the widest fixed columns, never below their header
        for i in sorted(range(len(out)), key=lambda i: -out[i]):
            if i in flex:
                continue
            cut = min(sum(out) - avail, out[i] - len(headers[i]))
            out[i] -= max(cut, 0)
    return out


def _trim(text: str, chars: int) -> str:
    return text if len(text) <= chars else text[:max(chars - 1, 0)].rstrip() + "…"


def _table(columns: list[Column], records: list[dict], title: str | None, width: int) -> Table:
    headers = [c.header for c in columns]
    cells = [[terminal_safe(_cell(c.value(r))) for c in columns] for r in records]
    widths = _widths(headers, cells, [c.max for c in columns], width)
    table = Table(title=title, box=None, pad_edge=False, padding=(0, GAP // 2), show_edge=False,
                  header_style="bold", title_justify="left")
    for c, w in zip(columns, widths):
        table.add_column(c.header, width=w, min_width=w, no_wrap=c.max is not None, overflow="ellipsis")
    for row in cells:
        # a flexible cell is cut to what FLEX_LINES wrapped lines hold (word wrapping wastes some)
        table.add_row(*[Text(_trim(v, w) if c.max is not None else _trim(v, int(w * FLEX_LINES * 0.85)))
                        for c, v, w in zip(columns, row, widths)])
    return table


def _wide_table(keys: list[str], records: list[dict], title: str | None) -> Table:
    table = Table(title=title, title_justify="left", header_style="bold")
    for k in keys:
        table.add_column(k.replace("_", " "), overflow="fold", min_width=max(len(w) for w in k.split("_")))
    for r in records:
        table.add_row(*[Text(terminal_safe(_cell(r.get(k)))) for k in keys])
    return table


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def _page(text: str) -> None:
    """Show ``text`` through $PAGER (default ``less -FRX``, as git does) when it is longer than the screen."""
    height = shutil.get_terminal_size().lines
    if text.count("\n") < height or os.environ.get("PAGER", "less") in ("", "cat"):
        sys.stdout.write(text)
        return
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    try:
        subprocess.run(os.environ.get("PAGER", "less"), shell=True, input=text, text=True, env=env, check=False)
    except OSError:
        sys.stdout.write(text)


def show(records: list[dict], columns: list[Column], fmt: str = "table", wide: bool = False,
         title: str | None = None, keys: list[str] | None = None) -> None:
    """Print ``records``: the chosen ``columns`` as a table fitting the terminal, every field (``keys``,
    default all) with ``--wide``, or csv / json / jsonl (every field) for programs."""
    keys = keys or (list(records[0]) if records else [c.header for c in columns])
    if fmt == "table":
        console = _console()
        table = _wide_table(keys, records, title) if wide else _table(columns, records, title, console.width)
        if stdout_is_terminal():
            with console.capture() as captured:
                console.print(table)
            _page(captured.get())
        else:
            console.print(table)
        return
    emit(keys, [[r.get(k) for k in keys] for r in records], fmt)


def emit(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str = "table", title: str | None = None) -> None:
    """Print rows as a table (for people) or json/jsonl/csv (for programs) on stdout."""
    if fmt == "json":
        sys.stdout.write(json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=1, default=str) + "\n")
    elif fmt in ("jsonl", "ndjson"):
        for r in rows:
            sys.stdout.write(json.dumps(dict(zip(columns, r)), ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(columns)
        w.writerows([[csv_cell(_cell(v)) for v in r] for r in rows])
        sys.stdout.write(buf.getvalue())
    elif fmt == "table":
        table = Table(title=title, show_lines=False)
        for c in columns:
            table.add_column(str(c), overflow="fold")
        for r in rows:
            # article text is untrusted: never let it be read as rich markup
            table.add_row(*[Text("" if v is None else terminal_safe(str(v))) for v in r])
        out.print(table, markup=False)
    else:
        fail(f"unknown --format {fmt!r}; use {', '.join(FORMATS)}", 2)


def main() -> None:
    app()
