"""figures: every estimate of a count over time, with its primary source, first outlet, dates and echoes."""
from __future__ import annotations

from typing import Optional

import typer

from ..queries import list_figures
from .app import Column, DbOption, FormatOption, WideOption, app, fetch, show


def seen(r: dict) -> str | None:
    """"2024-10-18", "2024-10-18..19", "2024-10-18..11-05", "2024-10..2025-01": first and last date seen."""
    first, last = r["first_seen"], r["last_seen"]
    if not first or not last or first == last:
        return first
    if first[:7] == last[:7] and len(last) >= 10:
        return f"{first}..{last[8:10]}"
    if first[:4] == last[:4] and len(last) >= 7:
        return f"{first}..{last[5:]}"
    return f"{first[:7]}..{last[:7]}"


def estimate(r: dict) -> str:
    """"about 1,500 troops (PRK), sent to Russia's Far East"; a forecast says so."""
    scope = r["scope"] or ""
    if r["projected"]:
        scope = "projected" + (f", {scope}" if scope else "")
    return f"{r['value']} {r['what']}" + (f", {scope}" if scope else "")


@app.command()
def figures(
    counted: Optional[str] = typer.Option(None, "--counted", "-c", help="Only estimates of this (a counted class "
                                          "such as troops, killed, wounded, casualties, or words of the counted phrase)."),
    db: str = DbOption,
    fmt: str = FormatOption,
    wide: bool = WideOption,
) -> None:
    """List figures over time: one row per estimate of a count (value or range, what it counts, its scope),
    with its primary source, the first outlet that reported it, the first and last date it was seen and how
    many echoes (reposts, rewrites, repeats of the same origin) it had, in time order (undated last).

    Example: newsweave figures --counted troops --db newsweave.duckdb
    """
    rows = fetch(db, list_figures, counted=counted)
    show(rows, TABLE, fmt, wide, title=f"{len(rows)} estimate(s)" + (f" of {counted}" if counted else ""))


TABLE = [Column("seen", seen, 17), Column("estimate", estimate), Column("source", lambda r: r["source"], 12),
         Column("outlet", lambda r: r["first_outlet"], 12), Column("echoes", lambda r: r["echoes"], 6)]
