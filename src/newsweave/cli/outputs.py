"""brief, export, serve: what people look at (registered on the shared app)."""
from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Optional

import typer

from .app import DbOption, app, err, fail, open_store


@app.command()
def brief(
    output: Path = typer.Option(..., "--output", "-o", help="File to write: .html (self-contained) or .md."),
    actor: Optional[str] = typer.Option(None, "--actor", help="Only what involves this actor (name, alias, QID or ISO code)."),
    since: Optional[str] = typer.Option(None, "--since", help="Only articles and events from this date on (YYYY[-MM[-DD]])."),
    db: str = DbOption,
) -> None:
    """Write a cited briefing: key actors, events by actor pair, contested numbers, who said what.

    Example: newsweave brief --actor "North Korea" --since 2024-06 -o brief.html
    """
    import re

    from ..errors import MissingExtra, require_extra

    try:
        require_extra("brief", "jinja2", "matplotlib")
    except MissingExtra as e:
        fail(str(e))
    from ..outputs.brief import write_briefing

    if since and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", since):
        fail(f"--since {since!r}: use YYYY, YYYY-MM or YYYY-MM-DD", 2)
    with open_store(db) as store:
        try:
            b = write_briefing(store, output, actor=actor, since=since)
        except OSError as e:
            fail(f"{output}: cannot write: {e.strerror or e}")
    err.print(f"briefing written to {output}: {len(b.pairs)} actor pairs, {len(b.contested)} contested numbers, "
              f"{len(b.footnotes)} footnotes", markup=False)
    for note in b.notes:
        err.print(f"note: {note}", markup=False)


@app.command()
def export(
    fmt: str = typer.Option(..., "--format", "-f",
                            help="graphml, gexf, cytoscape-json, plover-jsonl (one file) or csv, parquet (a folder, one file per table)."),
    output: Path = typer.Option(..., "--output", "-o", help="File (or folder for csv/parquet) to write."),
    db: str = DbOption,
) -> None:
    """Export the store for other tools: Gephi/Neo4j graphs, tables, PLOVER JSON Lines.

    Example: newsweave export --format graphml -o actors.graphml
    """
    from ..outputs.export import FORMATS, export as run_export

    if fmt not in FORMATS:
        fail(f"unknown --format {fmt!r}; use one of {', '.join(FORMATS)}", 2)
    with open_store(db) as store:
        try:
            summary = run_export(store, fmt, output)
        except OSError as e:
            fail(f"{output}: cannot write: {e.strerror or e}")
    err.print(summary, markup=False)


@app.command()
def serve(
    db: str = DbOption,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; anything but loopback exposes the store to the network."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
) -> None:
    """Browse the store in a local web view: search, actors, events with their evidence, documents, actor graph.

    Example: newsweave serve --db newsweave.duckdb --port 8000
    """
    from ..errors import MissingExtra, require_extra

    try:
        require_extra("web", "fastapi", "uvicorn", "jinja2")
    except MissingExtra as e:
        fail(str(e))
    import uvicorn

    from ..outputs.web import MAX_HEADER_BYTES, create_app, frozen_snapshot

    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        err.print(f"warning: binding {host}: anyone who can reach this address can read the store", markup=False)
    # the app opens the store for each request only, so `newsweave run` can write to it in between
    with open_store(db) as store:
        web = create_app(store, allowed_hosts=None if not loopback else ["127.0.0.1", "localhost", "::1", "[::1]"])
    err.print(f"serving {db} on http://{host}:{port}/ (Ctrl-C to stop; restart to see new actors and counts)",
              markup=False)
    # h11 (not httptools), whose buffer limit stops a request head that never ends
    with frozen_snapshot():
        uvicorn.run(web, host=host, port=port, log_level="warning", http="h11",
                    h11_max_incomplete_event_size=MAX_HEADER_BYTES)
