"""events: the PLOVER-coded events in the store, filtered by actor, type and date."""
from __future__ import annotations

from typing import Optional

import typer

from ..model import PLOVER_CATEGORIES, to_dict
from .app import DbOption, app, emit, fail, open_store

TEXT_WIDTH = 90  # characters of evidence shown in the table; --json has it all


def _names(ids, entities) -> str:
    out = []
    for i in ids or ():
        e = entities.get(i)
        out.append(f"{e.name} ({e.country})" if e is not None and e.country and e.kind != "country"
                   else (e.name if e is not None else i))
    return "; ".join(out)


def actor_matches(ids, wanted: str, entities) -> bool:
    """An actor filter: an ISO 3166 alpha-3 code matches the entity's country, anything else its names."""
    w = wanted.strip()
    for i in ids or ():
        e = entities.get(i)
        if e is None:
            continue
        if len(w) == 3 and w.isalpha() and (e.country or "").upper() == w.upper():
            return True
        names = [e.name, *(e.aliases or ())]
        if any(w.lower() == n.lower() or (len(w) > 3 and w.lower() in n.lower()) for n in names if n):
            return True
    return False


def select_events(events, entities, actor: str | None = None, event_type: str | None = None,
                  since: str | None = None) -> list:
    """The events passing the filters, in date order (undated last), then by document and position."""
    out = []
    for ev in events:
        if event_type and ev.event_type != event_type:
            continue
        if actor and not actor_matches(ev.actor, actor, entities):
            continue
        if since:
            # compare at the coarser precision: an event dated 2024 may be on or after 2024-06
            k = min(len(ev.date or ""), len(since))
            if not ev.date or ev.date[:k] < since[:k]:
                continue
        out.append(ev)
    return sorted(out, key=lambda e: (e.date is None, e.date or "", e.doc, e.start))


@app.command()
def events(
    actor: Optional[str] = typer.Option(None, "--actor", "-a", help="Actor: ISO 3166 alpha-3 code (PRK) or a name."),
    event_type: Optional[str] = typer.Option(None, "--type", "-t", help="PLOVER category, e.g. AID or ASSAULT."),
    since: Optional[str] = typer.Option(None, "--since", help="Only events dated on or after YYYY, YYYY-MM or YYYY-MM-DD."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON (every field, actor and recipient names) instead of a table."),
    why: bool = typer.Option(False, "--why", help="Show the rule that coded each event (lexicon row or PETRARCH pattern)."),
    db: str = DbOption,
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
    with open_store(db) as store:
        entities = {e.id: e for e in store.records("entities")}
        chosen = select_events(store.records("events"), entities, actor, event_type, since)
    if as_json:
        rows = []
        for ev in chosen:
            d = to_dict(ev)
            d["actor_names"] = [entities[i].name if i in entities else i for i in ev.actor]
            d["recipient_names"] = [entities[i].name if i in entities else i for i in ev.recipient]
            rows.append(d)
        emit(list(rows[0].keys()) if rows else ["id"], [list(r.values()) for r in rows], "json")
        return
    if why:
        # one plain block per event (no table: a rule or evidence must never be cut by the terminal's width)
        typer.echo(f"{len(chosen)} event(s)")
        for ev in chosen:
            typer.echo(f"{ev.date or 'undated'}  {ev.event_type}{'/' + ev.auxiliary if ev.auxiliary else ''}  "
                       f"{_names(ev.actor, entities)} -> {_names(ev.recipient, entities) or '-'}")
            typer.echo(f"    rule: {ev.rule or '(unknown)'}")
            typer.echo(f"    evidence: {' '.join(ev.text.split())}")
        return
    rows = [[ev.date or "", ev.event_type, ev.mode or "", _names(ev.actor, entities), _names(ev.recipient, entities),
             ev.auxiliary or "", len(ev.evidence) or 1,
             ev.text if len(ev.text) <= TEXT_WIDTH else ev.text[:TEXT_WIDTH - 1] + "…"] for ev in chosen]
    emit(["date", "type", "mode", "actor", "recipient", "aux", "mentions", "evidence"], rows, "table",
         title=f"{len(rows)} event(s)")
