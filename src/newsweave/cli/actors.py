"""actors: the states, people, organisations and places the stored articles mention, with their ids."""
from __future__ import annotations

from typing import Optional

import typer

from ..model import ENTITY_KINDS
from ..queries import list_actors
from .app import Column, DbOption, DocOption, FormatOption, WideOption, app, check_choice, fail, fetch, show

TABLE = [Column("name", lambda r: r["name"], 28), Column("kind", lambda r: r["kind"], 12),
         Column("state", lambda r: r["country"], 5), Column("id", lambda r: r["id"], 14),
         Column("mentions", lambda r: r["mentions"], 8), Column("docs", lambda r: r["documents"], 4),
         Column("forms", lambda r: r["forms"])]


@app.command()
def actors(
    doc: Optional[str] = DocOption,
    kind: Optional[str] = typer.Option(None, "--kind", "-k", help="Only this kind: country, person, organization, location, group, other."),
    limit: Optional[int] = typer.Option(None, "--limit", "-n", help="At most this many rows."),
    db: str = DbOption,
    fmt: str = FormatOption,
    wide: bool = WideOption,
) -> None:
    """List actors (states, people, organisations, places) with mention counts and their ids.

    Ids are Wikidata QIDs when the gazetteer knows the actor, else stable slugs such as
    person:marie-dumoulin; country is the ISO 3166-1 alpha-3 code of the state an actor is or belongs to.

    Example: newsweave actors --doc 002 --kind person --db newsweave.duckdb
    """
    check_choice("--kind", kind or None, ENTITY_KINDS)
    rows = fetch(db, list_actors, doc=doc, kind=kind, limit=limit)
    if not rows and doc:
        fail(f"no actors found for document {doc!r}")
    show(rows, TABLE, fmt, wide, title=f"{len(rows)} actor(s)")
