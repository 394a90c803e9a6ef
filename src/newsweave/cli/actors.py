"""actors: the states, people, organisations and places the stored articles mention, with their ids."""
from __future__ import annotations

from typing import Optional

import typer

from .app import DbOption, FormatOption, app, emit, fail, open_store

COLUMNS = ["id", "name", "kind", "country", "wikidata", "mentions", "documents", "surface forms"]


def actor_rows(store, doc: str | None = None, kind: str | None = None, limit: int | None = None) -> list[list]:
    """Entities with their mention and document counts, most mentioned first.

    ``doc`` is a document id or part of its source path; ``kind`` one of the entity kinds.
    """
    where, params = [], []
    if doc:
        where.append("(m.doc = ? OR d.source LIKE ?)")
        params += [doc, f"%{doc}%"]
    if kind:
        where.append("e.kind = ?")
        params.append(kind)
    query = (
        "SELECT e.id, e.name, e.kind, e.country, e.wikidata, count(*) AS mentions, "
        "count(DISTINCT m.doc) AS documents, string_agg(DISTINCT m.text, ' | ' ORDER BY m.text) AS forms "
        "FROM mentions m JOIN entities e ON e.id = m.entity JOIN documents d ON d.id = m.doc"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " GROUP BY e.id, e.name, e.kind, e.country, e.wikidata ORDER BY mentions DESC, e.name"
        + (f" LIMIT {int(limit)}" if limit else "")
    )
    _names, rows = store.sql(query, params)
    return [list(r) for r in rows]


@app.command()
def actors(
    doc: Optional[str] = typer.Option(None, "--doc", "-d", help="Only this document (its id, or part of its source path)."),
    kind: Optional[str] = typer.Option(None, "--kind", "-k", help="Only this kind: country, person, organization, location, group, other."),
    limit: Optional[int] = typer.Option(None, "--limit", "-n", help="At most this many rows."),
    db: str = DbOption,
    fmt: str = FormatOption,
) -> None:
    """List actors (states, people, organisations, places) with mention counts and their ids.

    Ids are Wikidata QIDs when the gazetteer knows the actor, else stable slugs such as
    person:marie-dumoulin; country is the ISO 3166-1 alpha-3 code of the state an actor is or belongs to.

    Example: newsweave actors --doc 002 --kind person --db newsweave.duckdb
    """
    if kind and kind not in ("country", "person", "organization", "location", "group", "other"):
        fail(f"unknown --kind {kind!r}; use country, person, organization, location, group or other", 2)
    with open_store(db) as store:
        rows = actor_rows(store, doc=doc, kind=kind, limit=limit)
    if not rows and doc:
        fail(f"no actors found for document {doc!r}")
    emit(COLUMNS, rows, fmt, title="actors")
