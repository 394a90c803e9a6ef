"""events: the PLOVER-coded events in the store, filtered by actor, type and date."""
from __future__ import annotations

from typing import Optional

import typer

from ..model import PLOVER_CATEGORIES
from ..outputs.escape import terminal_safe
from ..queries import list_events
from .app import Column, DbOption, FormatOption, WideOption, app, fail, fetch, show


@app.command()
def events(
    actor: Optional[str] = typer.Option(None, "--actor", "-a", help="Only events involving this actor (as actor or recipient): a name, alias, QID or ISO code (PRK)."),
    event_type: Optional[str] = typer.Option(None, "--type", "-t", help="PLOVER category, e.g. AID or ASSAULT."),
    since: Optional[str] = typer.Option(None, "--since", help="Only events on or after YYYY, YYYY-MM or YYYY-MM-DD (undated ones by their report's date)."),
    as_json: bool = typer.Option(False, "--json", hidden=True, help="The same as --format json."),
    why: bool = typer.Option(False, "--why", help="Show the rule that coded each event (lexicon row or PETRARCH pattern) and its evidence."),
    db: str = DbOption,
    fmt: str = FormatOption,
    wide: bool = WideOption,
) -> None:
    """List who did what to whom: PLOVER events with actor, recipient, mode, date and evidence.

    Example: newsweave events --actor PRK --type AID --since 2024-06 --why
    """
    if event_type:
        event_type = event_type.strip().upper()
        if event_type not in PLOVER_CATEGORIES:
            fail(f"unknown --type {event_type!r}; use one of {', '.join(PLOVER_CATEGORIES)}", 2)
    if since and not (len(since) in (4, 7, 10) and since[:4].isdigit()):
        fail(f"--since {since!r} is not a date like 2024, 2024-06 or 2024-06-19", 2)
    rows = fetch(db, list_events, actor, event_type, since)
    if why:
        # one plain block per event: a rule or evidence is never cut by the terminal's width
        typer.echo(f"{len(rows)} event(s)")
        for r in rows:
            aux = "/" + r["auxiliary"] if r.get("auxiliary") else ""
            typer.echo(terminal_safe(f"{r['date'] or 'undated'}  {r['event_type']}{aux}  "
                                     f"{', '.join(r['actor_names'])} -> {', '.join(r['recipient_names']) or '-'}"))
            typer.echo(terminal_safe(f"    rule: {r.get('rule') or '(unknown)'}"))
            typer.echo(terminal_safe(f"    evidence: {' '.join(r['text'].split())}"))
        return
    show(rows, TABLE, "json" if as_json else fmt, wide, title=f"{len(rows)} event(s)")


TABLE = [Column("date", lambda r: r["date"], 10), Column("type", lambda r: r["event_type"], 9),
         Column("actor", lambda r: r["actor_names"], 14), Column("recipient", lambda r: r["recipient_names"], 14),
         Column("evidence", lambda r: r["text"])]
