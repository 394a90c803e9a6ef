"""events: the PLOVER-coded events in the store, filtered by actor, type and date."""
from __future__ import annotations

from typing import Optional

import typer

from ..model import PLOVER_CATEGORIES
from ..queries import list_events
from .app import DbOption, app, emit, fail, open_store

TEXT_WIDTH = 90  # characters of evidence shown in the table; --json has it all


@app.command()
def events(
    actor: Optional[str] = typer.Option(None, "--actor", "-a", help="Only events involving this actor (as actor or recipient): a name, alias, QID or ISO code (PRK)."),
    event_type: Optional[str] = typer.Option(None, "--type", "-t", help="PLOVER category, e.g. AID or ASSAULT."),
    since: Optional[str] = typer.Option(None, "--since", help="Only events on or after YYYY, YYYY-MM or YYYY-MM-DD (undated ones by their report's date)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON (every field, actor and recipient names) instead of a table."),
    db: str = DbOption,
) -> None:
    """List who did what to whom: PLOVER events with actor, recipient, mode, date and evidence.

    Example: newsweave events --actor PRK --type AID --since 2024-06
    """
    if event_type:
        event_type = event_type.strip().upper()
        if event_type not in PLOVER_CATEGORIES:
            fail(f"unknown --type {event_type!r}; use one of {', '.join(PLOVER_CATEGORIES)}", 2)
    if since and not (len(since) in (4, 7, 10) and since[:4].isdigit()):
        fail(f"--since {since!r} is not a date like 2024, 2024-06 or 2024-06-19", 2)
    with open_store(db) as store:
        chosen = list_events(store, actor, event_type, since)
    if as_json:
        emit(list(chosen[0].keys()) if chosen else ["id"], [list(r.values()) for r in chosen], "json")
        return
    rows = [[ev["date"] or "", ev["event_type"], ev["mode"] or "", "; ".join(ev["actor_names"]),
             "; ".join(ev["recipient_names"]), ev["auxiliary"] or "", len(ev["evidence"]) or 1,
             ev["text"] if len(ev["text"]) <= TEXT_WIDTH else ev["text"][:TEXT_WIDTH - 1] + "…"] for ev in chosen]
    emit(["date", "type", "mode", "actor", "recipient", "aux", "mentions", "evidence"], rows, "table",
         title=f"{len(rows)} event(s)")
