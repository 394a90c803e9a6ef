"""stories, contradictions, timeline, corroboration, consolidate: the cross-document views."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..queries import (list_contradictions, list_corroboration, list_stories, list_timeline, outlet_label,
                       source_name)
from .app import (Column, ConfigOption, DbOption, FormatOption, WideOption, app, check_choice, err,
                  fetch, open_store, options_from, show)

MinSourcesOption = typer.Option(1, "--min-sources", min=1,
                                help="Only what at least N independent sources (stories, not copies) report.")


def _evidence(spans: list[dict]) -> str:
    """The first evidence span as one cell, with how many more there are."""
    if not spans:
        return ""
    more = f" (+{len(spans) - 1} more)" if len(spans) > 1 else ""
    return f'"{spans[0]["text"]}"{more}'


def _pair(r: dict) -> str:
    return f"{', '.join(r['actors']) or '?'} -> {', '.join(r['recipients']) or '?'}"


def _published(r: dict) -> str:
    first, last = r["first_published"], r["last_published"]
    return first if first == last else f"{first}..{last}"


STORY_TABLE = [Column("story", lambda r: r["story"], 12), Column("role", lambda r: r["role"], 8),
               Column("published", lambda r: (r["published"] or "")[:10], 10),
               Column("similarity", lambda r: None if r["similarity"] is None else f"{r['similarity']:.2f}", 10),
               Column("outlet", lambda r: outlet_label(r["outlet"], r["outlet_kind"], r["credit"]), 18),
               Column("source", lambda r: ("[spun] " if r.get("spun") else "") + source_name(r["source"], r["site"]))]
CONTRADICTION_TABLE = [Column("slot", lambda r: r["slot"], 20), Column("value", lambda r: r["value"], 14),
                       Column("sources", lambda r: r["sources"], 7), Column("published", _published, 10),
                       Column("reported by", lambda r: r["docs"])]
TIMELINE_TABLE = [Column("actors", _pair, 22), Column("date", lambda r: r["date"], 10),
                  Column("event", lambda r: r["event_type"], 9), Column("sources", lambda r: r["sources"], 7),
                  Column("evidence", lambda r: _evidence(r["evidence"]))]
EVENTS_TABLE = [Column("event", lambda r: r["event_type"], 9), Column("actors", _pair, 24),
                Column("date", lambda r: r["date"], 10), Column("sources", lambda r: r["sources"], 7),
                Column("evidence", lambda r: _evidence(r["evidence"]))]
CLAIMS_TABLE = [Column("speaker", lambda r: r["speaker"], 18), Column("sources", lambda r: r["sources"], 7),
                Column("published", lambda r: r["first_published"], 10), Column("claim", lambda r: r["text"])]


@app.command()
def stories(
    db: str = DbOption,
    fmt: str = FormatOption,
    wide: bool = WideOption,
    all_stories: bool = typer.Option(False, "--all", help="Also list stories told by one document only."),
) -> None:
    """List stories: an original document and the copies, reposts and rewrites of it.

    A document whose own wording shows synonym spinning is marked "[spun]" (its score and the phrases that
    gave it away are in --wide and -f json).

    Example: newsweave stories --db newsweave.duckdb
    """
    rows = fetch(db, list_stories, all_stories)
    show(rows, STORY_TABLE, fmt, wide, title=f"{len({r['story'] for r in rows})} stories")


@app.command()
def contradictions(
    db: str = DbOption,
    fmt: str = FormatOption,
    wide: bool = WideOption,
    kind: Optional[str] = typer.Option(None, "--kind", help="Only one kind: number, date or polarity."),
    min_sources: int = MinSourcesOption,
) -> None:
    """List slots reported with values that exclude each other, with the sources and dates on each side.

    Example: newsweave contradictions --kind number --min-sources 1
    """
    check_choice("--kind", kind, ("number", "date", "polarity"))
    sides = fetch(db, list_contradictions, kind, min_sources)
    show(sides, CONTRADICTION_TABLE, fmt, wide, title=f"{len({s['id'] for s in sides})} contradiction(s)")


@app.command()
def timeline(
    db: str = DbOption,
    fmt: str = FormatOption,
    wide: bool = WideOption,
    actor: Optional[str] = typer.Option(None, "--actor", help="Only events involving this actor: a name, alias, QID or ISO code."),
    min_sources: int = MinSourcesOption,
) -> None:
    """Events merged across documents, ordered by date within each actor pair, with their evidence.

    Example: newsweave timeline --actor PRK --min-sources 2
    """
    entries = fetch(db, list_timeline, actor, min_sources)
    show(entries, TIMELINE_TABLE, fmt, wide, title=f"{len(entries)} event(s)")


@app.command()
def corroboration(
    db: str = DbOption,
    fmt: str = FormatOption,
    wide: bool = WideOption,
    kind: str = typer.Option("events", "--kind", help="events or claims."),
    min_sources: int = MinSourcesOption,
) -> None:
    """Merged events or claims with the number of independent sources reporting them and their evidence.

    Example: newsweave corroboration --kind claims --min-sources 2
    """
    check_choice("--kind", kind, ("events", "claims"))
    records = fetch(db, list_corroboration, kind, min_sources)
    show(records, EVENTS_TABLE if kind == "events" else CLAIMS_TABLE, fmt, wide,
         title=f"{len(records)} merged {kind} with at least {min_sources} independent source(s)")


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
