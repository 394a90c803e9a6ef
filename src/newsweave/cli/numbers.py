"""numbers: the quantities found in stored documents, with what they count and the sentence they come from."""
from __future__ import annotations

from typing import Optional

import typer

from ..queries import list_magnitudes, list_quantities, source_name
from .app import Column, DbOption, DocOption, FormatOption, WideOption, app, fetch, show


def _number(v: float | None) -> str:
    if v is None:
        return ""
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,}"


def amount_label(row: dict) -> str:
    """"about 2,000 USD / month", "22-24 percent", "at most 4 military_unit"."""
    amount = _number(row["value"]) + (f"-{_number(row['value_max'])}" if row["value_max"] is not None else "")
    cue = {"at_least": "at least ", "at_most": "at most ", "about": "about "}.get(row["bound"] or "", "")
    return f"{cue}{amount} {row['unit']}" + (f" / {row['per']}" if row["per"] else "")


@app.command()
def numbers(
    counted: Optional[str] = typer.Option(None, "--counted", "-c", help="Only quantities whose counted noun phrase (or text) contains this, e.g. soldiers."),
    doc: Optional[str] = DocOption,
    unit: Optional[str] = typer.Option(None, "--unit", "-u", help="Only this unit: person, USD, percent, munition, missile, military_unit, ..."),
    vague: bool = typer.Option(False, "--vague", help="List vague amounts instead ('thousands of soldiers'): their order of magnitude, no value."),
    db: str = DbOption,
    fmt: str = FormatOption,
    wide: bool = WideOption,
) -> None:
    """List quantities (amounts with unit, bound, rate and what they count) with their sentence and source.

    Example: newsweave numbers --counted soldiers --db newsweave.duckdb
    """
    rows = (fetch(db, list_magnitudes, counted=counted, doc=doc) if vague
            else fetch(db, list_quantities, counted=counted, doc=doc, unit=unit))
    if vague:
        show(rows, VAGUE_TABLE, fmt, wide, title=f"{len(rows)} vague amount(s)")
    else:
        show(rows, TABLE, fmt, wide, title=f"{len(rows)} quantit{'y' if len(rows) == 1 else 'ies'}")


TABLE = [Column("amount", amount_label, 22), Column("counted", lambda r: r["counted"], 18),
         Column("sentence", lambda r: r["sentence"]), Column("source", lambda r: source_name(r["source"], r["site"]), 14)]
VAGUE_TABLE = [Column("magnitude", lambda r: _number(r["magnitude"]), 9), Column("counted", lambda r: r["counted"], 18),
               Column("sentence", lambda r: r["sentence"]),
               Column("source", lambda r: source_name(r["source"], r["site"]), 14)]
