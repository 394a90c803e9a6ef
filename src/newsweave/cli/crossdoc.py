"""stories, contradictions, timeline, corroboration, consolidate: the cross-document views."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..consolidate.records import MergedEvent
from ..consolidate.timeline import timeline as build_timeline
from ..queries import actor_index, resolve_actors
from ..store import Store
from .app import ConfigOption, DbOption, FormatOption, app, emit, err, fail, open_store, options_from

MinSourcesOption = typer.Option(1, "--min-sources", min=1,
                                help="Only what at least N independent sources (stories, not copies) report.")
SNIPPET_CHARS = 160


def _require_crossdoc(store: Store) -> None:
    _n, rows = store.sql("SELECT count(*) FROM migrations WHERE name = '0002_crossdoc'")
    if not rows[0][0]:
        fail(f"{store.path}: this store has no cross-document tables yet; run `newsweave consolidate --db {store.path}`")


class _Lookup:
    """Names and texts for display, read once per command."""

    def __init__(self, store: Store):
        self.store = store
        _n, rows = store.sql("SELECT id, name FROM entities")
        self.names = dict(rows)
        _n, rows = store.sql("SELECT id, source, title, published, site FROM documents")
        self.docs = {r[0]: r[1:] for r in rows}
        self._texts: dict[str, str] = {}

    def name(self, entity_id: str) -> str:
        return self.names.get(entity_id, entity_id)

    def names_of(self, ids) -> str:
        return ", ".join(self.name(i) for i in ids) or "?"

    def source(self, doc: str) -> str:
        source, _title, _published, site = self.docs.get(doc, (doc, None, None, None))
        return f"{site}: {source}" if site else str(source)

    def snippet(self, doc: str, start: int, end: int) -> str:
        if doc not in self._texts:
            _n, rows = self.store.sql("SELECT text FROM documents WHERE id = ?", [doc])
            self._texts[doc] = rows[0][0] if rows else ""
        text = " ".join(self._texts[doc][start:end].split())
        return text if len(text) <= SNIPPET_CHARS else text[:SNIPPET_CHARS - 1] + "…"

    def evidence(self, evidence, limit: int = 3) -> str:
        spans = [f'"{self.snippet(e.doc, e.start, e.end)}" ({self.source(e.doc)} {e.start}-{e.end})' for e in evidence[:limit]]
        more = len(evidence) - limit
        return " | ".join(spans) + (f" | +{more} more" if more > 0 else "")


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
        _require_crossdoc(store)
        names, rows = store.sql(
            """SELECT s.story, s.role, d.source, d.site, d.published, c.similarity, c.method, d.title,
                      count(*) OVER (PARTITION BY s.story) AS size
               FROM stories s JOIN documents d ON d.id = s.doc
               LEFT JOIN copies c ON c.doc = s.doc
               ORDER BY s.story, s.role DESC, d.published NULLS LAST, d.source""")
    rows = [r[:-1] for r in rows if all_stories or r[-1] > 1]
    emit(["story", "role", "source", "site", "published", "similarity", "method", "title"], rows, fmt,
         title=f"{len({r[0] for r in rows})} stories")


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
        _require_crossdoc(store)
        look = _Lookup(store)
        where = "WHERE sources >= ?" + (" AND kind = ?" if kind else "")
        params = [min_sources] + ([kind] if kind else [])
        sides = list(store.records("contradictions", where + " ORDER BY kind, slot, id", params))
        by_id: dict[str, list] = {}
        for s in sides:
            by_id.setdefault(s.id, []).append(s)
        rows = []
        for cid, group in by_id.items():
            if len(group) < 2:
                continue  # the other side was reported by too few sources
            group.sort(key=lambda s: (s.first_published or "9999", s.value))
            for s in group:
                dates = s.first_published if s.first_published == s.last_published else f"{s.first_published}..{s.last_published}"
                rows.append([s.kind, s.slot, s.value, s.pattern, s.sources, ", ".join(s.speakers),
                             dates, "; ".join(look.source(d) for d in s.docs), look.evidence(s.evidence)])
    emit(["kind", "slot", "value", "pattern", "sources", "said by", "published", "documents", "evidence"], rows, fmt,
         title=f"{len({r[1] for r in rows})} contradiction(s)")


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
        _require_crossdoc(store)
        look = _Lookup(store)
        wanted = None
        if actor:
            index = actor_index(store)
            wanted = {index.canon(i) for i in resolve_actors(actor, index)}
        merged: list[MergedEvent] = list(store.records("merged_events"))
        entries = build_timeline(merged, wanted, min_sources)
        rows = [[f"{look.names_of(t.pair[0])} -> {look.names_of(t.pair[1])}", t.date, t.date_basis,
                 t.event.event_type, t.event.auxiliary, t.event.sources, len(t.event.docs), look.evidence(t.event.evidence)]
                for t in entries]
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
        _require_crossdoc(store)
        look = _Lookup(store)
        if kind == "events":
            records = store.records("merged_events", "WHERE sources >= ? ORDER BY sources DESC, date NULLS LAST, id", [min_sources])
            rows = [[m.event_type, look.names_of(m.actor), look.names_of(m.recipient), m.date, m.auxiliary,
                     m.sources, len(m.docs), look.evidence(m.evidence)] for m in records]
            columns = ["event", "actors", "recipients", "date", "auxiliary", "sources", "documents", "evidence"]
        else:
            records = store.records("merged_claims", "WHERE sources >= ? ORDER BY sources DESC, first_published NULLS LAST, id", [min_sources])
            rows = [[m.speaker_text or (look.name(m.speaker) if m.speaker else None), m.text, m.first_published,
                     m.sources, len(m.docs), look.evidence(m.evidence)] for m in records]
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
