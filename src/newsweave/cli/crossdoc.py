"""stories, contradictions, timeline, corroboration, consolidate: the cross-document views."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..queries import list_contradictions, list_corroboration, list_stories, list_timeline
from .app import ConfigOption, DbOption, FormatOption, app, emit, err, fail, open_store, options_from

MinSourcesOption = typer.Option(1, "--min-sources", min=1,
                                help="Only what at least N independent sources (stories, not copies) report.")
SNIPPET_CHARS = 160


def _evidence(spans: list[dict], limit: int = 3) -> str:
    """Evidence spans as one cell: quoted, each cut to SNIPPET_CHARS, with its source."""
    cut = [f'"{e["text"] if len(e["text"]) <= SNIPPET_CHARS else e["text"][:SNIPPET_CHARS - 1] + "…"}" '
           f'({e["source"]} {e["start"]}-{e["end"]})' for e in spans[:limit]]
    more = len(spans) - limit
    return " | ".join(cut) + (f" | +{more} more" if more > 0 else "")


@app.command()
def stories(
    db: str = DbOption,
    fmt: str = FormatOption,
    all_stories: bool = typer.Option(False, "--all", help="Also list stories told by one document only."),
) -> None:
    """List stories: an original document and the copies, reposts and rewrites of it.

    Example: newsweave stories --db newsweave.duckdb
    """
    with open_store(db) as store:
        rows = list_stories(store, all_stories)
    columns = ["story", "role", "source", "site", "published", "similarity", "method", "title"]
    emit(columns, [[r[c] for c in columns] for r in rows], fmt, title=f"{len({r['story'] for r in rows})} stories")


@app.command()
def contradictions(
    db: str = DbOption,
    fmt: str = FormatOption,
    kind: Optional[str] = typer.Option(None, "--kind", help="Only one kind: number, date or polarity."),
    min_sources: int = MinSourcesOption,
) -> None:
    """List slots reported with values that exclude each other, with the sources and dates on each side.

    Example: newsweave contradictions --kind number --min-sources 1
    """
    if kind is not None and kind not in ("number", "date", "polarity"):
        fail(f"unknown --kind {kind!r}; use number, date or polarity", 2)
    with open_store(db) as store:
        sides = list_contradictions(store, kind, min_sources)
    rows = [[s["kind"], s["slot"], s["value"], s["pattern"], s["sources"], ", ".join(s["speakers"]),
             s["first_published"] if s["first_published"] == s["last_published"]
             else f"{s['first_published']}..{s['last_published']}", "; ".join(s["docs"]), _evidence(s["evidence"])]
            for s in sides]
    emit(["kind", "slot", "value", "pattern", "sources", "said by", "published", "documents", "evidence"], rows, fmt,
         title=f"{len({s['id'] for s in sides})} contradiction(s)")


@app.command()
def timeline(
    db: str = DbOption,
    fmt: str = FormatOption,
    actor: Optional[str] = typer.Option(None, "--actor", help="Only events involving this actor: a name, alias, QID or ISO code."),
    min_sources: int = MinSourcesOption,
) -> None:
    """Events merged across documents, ordered by date within each actor pair, with their evidence.

    Example: newsweave timeline --actor PRK --min-sources 2
    """
    with open_store(db) as store:
        entries = list_timeline(store, actor, min_sources)
    rows = [[f"{', '.join(t['actors']) or '?'} -> {', '.join(t['recipients']) or '?'}", t["date"], t["dated_by"],
             t["event_type"], t["auxiliary"], t["sources"], t["documents"], _evidence(t["evidence"])] for t in entries]
    emit(["actors", "date", "dated by", "event", "auxiliary", "sources", "documents", "evidence"], rows, fmt,
         title=f"{len(rows)} event(s)")


@app.command()
def corroboration(
    db: str = DbOption,
    fmt: str = FormatOption,
    kind: str = typer.Option("events", "--kind", help="events or claims."),
    min_sources: int = MinSourcesOption,
) -> None:
    """Merged events or claims with the number of independent sources reporting them and their evidence.

    Example: newsweave corroboration --kind claims --min-sources 2
    """
    if kind not in ("events", "claims"):
        fail(f"unknown --kind {kind!r}; use events or claims", 2)
    with open_store(db) as store:
        records = list_corroboration(store, kind, min_sources)
    if kind == "events":
        rows = [[m["event_type"], ", ".join(m["actors"]) or "?", ", ".join(m["recipients"]) or "?", m["date"],
                 m["auxiliary"], m["sources"], m["documents"], _evidence(m["evidence"])] for m in records]
        columns = ["event", "actors", "recipients", "date", "auxiliary", "sources", "documents", "evidence"]
    else:
        rows = [[m["speaker"], m["text"], m["first_published"], m["sources"], m["documents"], _evidence(m["evidence"])]
                for m in records]
        columns = ["speaker", "claim", "first published", "sources", "documents", "evidence"]
    emit(columns, rows, fmt, title=f"{len(rows)} merged {kind} with at least {min_sources} independent source(s)")


@app.command()
def consolidate(
    db: str = DbOption,
    config: Optional[Path] = ConfigOption,
    full: bool = typer.Option(False, "--full", help="Forget stored signatures and copy pairs and recompute them."),
) -> None:
    """Update the cross-document tables (copies, stories, merged graph, contradictions) of a store.

    `newsweave run` does this after adding documents; run it yourself after changing thresholds
    (with --full) or on a store made by an older newsweave.

    Example: newsweave consolidate --db newsweave.duckdb --full
    """
    from ..consolidate import consolidate as run_consolidation

    options = options_from(config)
    with open_store(db, read_only=False) as store:
        summary = run_consolidation(store, options, full=full)
    err.print(", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in summary.items()), markup=False)
