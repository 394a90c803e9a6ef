"""events: the PLOVER-coded events in the store, filtered by actor, type and date."""
from __future__ import annotations

from typing import Optional

import typer

from ..model import PLOVER_CATEGORIES, to_dict
from ..queries import actor_index, on_or_after, resolve_actors
from .app import DbOption, app, emit, fail, open_store

TEXT_WIDTH = 90  # characters of evidence shown in the table; --json has it all


def _names(ids, entities) -> str:
    out = []
    for i in ids or ():
        e = entities.get(i)
        out.append(f"{e.name} ({e.country})" if e is not None and e.country and e.kind != "country"
                   else (e.name if e is not None else i))
    return "; ".join(out)


def select_events(events, actor_ids: set[str] | None = None, event_type: str | None = None,
                  since: str | None = None, published: dict[str, str | None] | None = None) -> list:
    """The events passing the filters, in date order (undated last), then by document and position.

    ``actor_ids``: keep events with one of these entities as actor or recipient. ``since``: see
    :func:`newsweave.queries.on_or_after`; ``published`` maps document ids to their publication date.
    """
    out = []
    for ev in events:
        if event_type and ev.event_type != event_type:
            continue
        if actor_ids is not None and not actor_ids & {*ev.actor, *ev.recipient}:
            continue
        if since and not on_or_after(ev.date, (published or {}).get(ev.doc), since):
            continue
        out.append(ev)
    return sorted(out, key=lambda e: (e.date is None, e.date or "", e.doc, e.start))


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
        entities = {e.id: e for e in store.records("entities")}
        ids = resolve_actors(actor, actor_index(store)) if actor else None
        _n, rows = store.sql("SELECT id, published FROM documents")
        chosen = select_events(store.records("events"), ids, event_type, since, dict(rows))
    if as_json:
        rows = []
        for ev in chosen:
            d = to_dict(ev)
            d["actor_names"] = [entities[i].name if i in entities else i for i in ev.actor]
            d["recipient_names"] = [entities[i].name if i in entities else i for i in ev.recipient]
            rows.append(d)
        emit(list(rows[0].keys()) if rows else ["id"], [list(r.values()) for r in rows], "json")
        return
    rows = [[ev.date or "", ev.event_type, ev.mode or "", _names(ev.actor, entities), _names(ev.recipient, entities),
             ev.auxiliary or "", len(ev.evidence) or 1,
             ev.text if len(ev.text) <= TEXT_WIDTH else ev.text[:TEXT_WIDTH - 1] + "…"] for ev in chosen]
    emit(["date", "type", "mode", "actor", "recipient", "aux", "mentions", "evidence"], rows, "table",
         title=f"{len(rows)} event(s)")
