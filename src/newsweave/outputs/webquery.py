"""What the web view reads: the store, queried per request, so its memory does not grow with the store.

The app keeps the store's totals and the actors the start page lists, read once when it starts; what pages
show about other actors is read per request too (:mod:`newsweave.outputs.webactors`). Every page opens the store read-only for the time of
the request (so `newsweave run` can write to it between requests) and reads what it shows: one page of a
list by ``LIMIT``/``OFFSET`` in the order the snapshot of :mod:`newsweave.outputs.view` had, the records of
one document, one merged event by id, the texts and sentences of the documents quoted on the page.
"""
from __future__ import annotations

import atexit
import dataclasses
import threading
from collections import defaultdict
from contextlib import contextmanager
from typing import Iterator

import duckdb

from ..consolidate.records import MergedEvent
from ..model import Evidence
from ..store import Store
from .view import Contested, EventGroup, _derived
from .webindex import PAGE_SIZE, Paged

# the snapshot's orders (outputs.view): event groups best corroborated first; documents oldest first
GROUP_ORDER = "ORDER BY sources DESC, coalesce(nullif(date, ''), '9999'), event_type, id"
DOC_ORDER = 'ORDER BY published NULLS LAST, id'
RECORD_ORDER = 'ORDER BY doc, start, "end", id'
# DuckDB's memory, its cache of the file's blocks included (joins and aggregates over millions of rows spill
# to disk beyond it): without a cap a request on a store of 100,000 articles took 0.7 GB for a moment. The cache
# fills up to the cap on a large store, so the cap is what `serve` holds for DuckDB whatever the store's size;
# no page joins millions of rows any more (actor pages read claim_mentions and speaker_figures): 128 MB
QUERY_MEMORY = "128MB"
# seconds without a request after which the web view closes the store (a writer can then open it)
IDLE_SECONDS = 5.0


class StoreView:
    """The store behind the web view: its totals and the start page's actors, kept; everything else, read per
    request through :meth:`open` (names of actors through :class:`~newsweave.outputs.webactors.Naming`)."""

    def __init__(self, store) -> None:
        self.path = store.path
        self._memory = store if store.path == ":memory:" else None  # cannot be opened again: kept open
        self.derived: set[str] = set()
        self.unreadable: set[str] = set()
        self._lock = threading.Lock()
        self._open: Store | None = None  # the store while requests come (closed after IDLE_SECONDS without)
        self._users = 0
        self._closer: threading.Timer | None = None
        if self._memory is None:  # the caller's connection, closed after start-up: the same cap for its reads
            store.con.execute(f"SET memory_limit = '{QUERY_MEMORY}'")
        self._read_actors(store)
        self._read_totals(store)
        atexit.register(self._close)  # a store still open at exit: closed before DuckDB's module goes

    @contextmanager
    def open(self) -> Iterator[Store]:
        """The store, read-only, for one request (raises StoreError while another process writes it).

        The database stays open while requests come, so they share DuckDB's cache of its blocks (a page of
        an actor: 130 ms instead of 220 at 10k), and is closed after :data:`IDLE_SECONDS` without one, so
        `newsweave run` can write to it while nobody browses."""
        if self._memory is not None:
            yield self._memory
            return
        with self._lock:
            if self._open is None:
                self._open = Store(self.path, read_only=True)
                self._open.con.execute(f"SET memory_limit = '{QUERY_MEMORY}'")
            self._users += 1
            s = self._open.cursor()
        try:
            yield s
        finally:
            s.close()
            with self._lock:
                self._users -= 1
                if self._closer is not None:
                    self._closer.cancel()
                self._closer = threading.Timer(IDLE_SECONDS, self._close_when_idle)
                self._closer.daemon = True
                self._closer.start()

    def _close_when_idle(self) -> None:
        with self._lock:
            if self._users == 0:
                self._close()

    def _close(self) -> None:
        if self._open is not None:
            self._open.close()
            self._open = None
        if self._closer is not None:
            self._closer.cancel()

    def has(self, table: str) -> bool:
        """True when the cross-document table ``table`` was present and readable when the app started."""
        return table in self.derived

    def _read_actors(self, s: Store) -> None:
        """The actors the start page lists (the most reported): the app keeps these and nothing else about actors."""
        from .webactors import Naming

        self._check(s, "entity_links")
        rows = s.con.execute(f"SELECT c, n, d FROM ({_MERGED_COUNTS[self.has('entity_links')]}) "
                             "QUALIFY rank() OVER (ORDER BY d DESC, n DESC) <= ?", [TOP_ACTORS]).fetchall()
        naming = Naming(self, s)
        naming.fetch(r[0] for r in rows)
        ranked = sorted(rows, key=lambda r: (-r[2], -r[1], naming.name(r[0])))[:TOP_ACTORS]
        self.top_actors = {k: (n, d) for k, n, d in ranked}  # merged id -> (mentions, documents), best first

    def _read_totals(self, s: Store) -> None:
        for table in ("stories", "merged_events", "contradictions", "magnitudes"):
            self._check(s, table)
        n = {t: s.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
             for t in ("documents", "events", "claims", "quantities")}
        n["groups"] = s.con.execute("SELECT count(*) FROM merged_events").fetchone()[0] if self.has("merged_events") else 0
        self.totals = n
        try:
            self.pending = s.con.execute("SELECT count(*) FROM documents WHERE id NOT IN (SELECT doc FROM signatures)"
                                         ).fetchone()[0]
        except duckdb.Error:
            self.pending = n["documents"]
        self.interrupted = not self.pending and s.consolidation_pending()

    def _check(self, s: Store, table: str) -> bool:
        """Whether a cross-document table is there, not empty and readable by this version (see view._derived)."""
        return _derived(self, s, table, lambda: next(s.records(table, "LIMIT 1"), True)) is not None

    def caveats(self) -> list[str]:
        from .view import View

        return View(pending=self.pending, interrupted=self.interrupted, unreadable=self.unreadable).caveats()


# merged entity id, mentions, documents: one aggregate over the mentions (View.mention_counts), by whether
# entities were merged
_MERGED_COUNTS = {
    False: "SELECT entity AS c, count(*) AS n, count(DISTINCT doc) AS d FROM mentions GROUP BY entity",
    True: "SELECT coalesce(l.canonical, m.entity) AS c, count(*) AS n, count(DISTINCT m.doc) AS d "
          "FROM mentions m LEFT JOIN entity_links l ON l.entity = m.entity GROUP BY c"}
# how many actors the start page lists
TOP_ACTORS = 30


# -- reading one page's records -----------------------------------------------------------------

def page_window(page: int) -> tuple[int, int]:
    """LIMIT and OFFSET of page ``page`` (1-based) of a list."""
    return PAGE_SIZE, (max(1, page) - 1) * PAGE_SIZE


def count(s: Store, table: str, where: str = "", params: list | None = None) -> int:
    return s.con.execute(f"SELECT count(*) FROM {table} {where}", params or []).fetchone()[0]


def by_ids(s: Store, table: str, ids, *, blank: tuple[str, ...] = ()) -> dict:
    """The records of ``table`` with these ids, by id (none read when there are none)."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return {}
    return {r.id: r for r in s.records(table, "WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids], blank=blank)}


def doc_heads(s: Store, ids) -> dict:
    """Documents by id without their texts: what a link to them shows."""
    return by_ids(s, "documents", ids, blank=("text",))


def groups(view: StoreView, s: Store, where: str = "", params=None, *, limit: int | None = None,
           offset: int = 0, with_evidence: bool = False) -> list[EventGroup]:
    """Merged events as shown (:class:`EventGroup`), in the snapshot's order; empty without the table.

    Without ``with_evidence`` (a list of groups) their lists of events, documents and stories and their
    evidence are not read: a row shows its type, date, actors, mode and sources."""
    if not view.has("merged_events"):
        return []
    tail = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
    ids = [r[0] for r in s.con.execute(f"SELECT id FROM merged_events {where} {GROUP_ORDER}{tail}",
                                       params or []).fetchall()]
    if with_evidence:
        rows = by_ids(s, "merged_events", ids)
        events = by_ids(s, "events", [e for m in rows.values() for e in m.events])
        modes = {m.id: sorted({events[e].mode for e in m.events if e in events and events[e].mode})
                 for m in rows.values()}
    else:
        rows = by_ids(s, "merged_events", ids, blank=("events", "docs", "stories", "evidence"))
        modes = {gid: [mode] for gid, mode in s.con.execute(
            "SELECT g.id, min(e.mode) FROM (SELECT id, unnest(events) AS ev FROM merged_events "
            "WHERE id IN (SELECT unnest(?::VARCHAR[]))) g JOIN events e ON e.id = g.ev "
            "WHERE e.mode IS NOT NULL AND e.mode <> '' GROUP BY g.id", [ids]).fetchall()} if ids else {}
    out = []
    for m in (rows[i] for i in ids):
        fields = {f.name: getattr(m, f.name) for f in dataclasses.fields(MergedEvent)}
        if with_evidence and not m.evidence:
            fields["evidence"] = evidence_of(events, m.events)
        out.append(EventGroup(**fields, mode=(modes.get(m.id) or [None])[0]))
    return out


def evidence_of(events: dict, event_ids) -> tuple[Evidence, ...]:
    """A merged event's evidence when its row has none: its events' (see view._evidence_of)."""
    ev = []
    for eid in event_ids:
        e = events.get(eid)
        if e is not None:
            ev.extend(e.evidence or (Evidence(e.doc, e.start, e.end),))
    return tuple(dict.fromkeys(ev))


def paged_groups(view: StoreView, s: Store, where: str, params: list, page: int) -> Paged:
    if not view.has("merged_events"):
        return Paged([], page, 0)
    limit, offset = page_window(page)
    return Paged(groups(view, s, where, params, limit=limit, offset=offset), page,
                 count(s, "merged_events", where, params))  # the count reads one column: cheaper than a window


def paged_records(s: Store, table: str, where: str, params: dict, page: int, order: str = RECORD_ORDER) -> Paged:
    """One page of ``table``'s records ``where`` selects (named parameters ``params``) and how many there are."""
    ids, total = page_of_ids(s, table, where, params, order, page)
    found = by_ids(s, table, ids)
    return Paged([found[i] for i in ids], page, total)


def page_of_ids(s: Store, table: str, where: str, params: dict, order: str, page: int) -> tuple[list[str], int]:
    """The ids on page ``page`` of ``table``'s rows ``where`` selects, and how many rows it selects (one pass)."""
    limit, offset = page_window(page)
    rows = s.con.execute(f"SELECT id, count(*) OVER () FROM {table} {where} {order} LIMIT $limit OFFSET $offset",
                         {**params, "limit": limit, "offset": offset}).fetchall()
    total = rows[0][1] if rows else count(s, table, where, params) if page > 1 else 0
    return [r[0] for r in rows], total


def contested(view: StoreView, s: Store, limit: int) -> tuple[list[Contested], int]:
    """The first ``limit`` contradictions (by id) with their sides in order, and how many there are."""
    if not view.has("contradictions"):
        return [], 0
    ids = [r[0] for r in s.con.execute("SELECT DISTINCT id FROM contradictions ORDER BY id LIMIT ?", [limit]).fetchall()]
    total = s.con.execute("SELECT count(DISTINCT id) FROM contradictions").fetchone()[0]
    by_id: dict[str, list] = defaultdict(list)
    for side in s.records("contradictions", "WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY id, value", [ids],
                          blank=("records", "stories", "evidence")):  # the start page shows values and documents
        by_id[side.id].append(side)
    return [Contested.of(sides) for sides in by_id.values()], total


def texts_and_sentences(s: Store, doc_ids) -> tuple[dict[str, str], dict[str, list[tuple[int, int]]]]:
    """The texts and stored sentences of the documents quoted on one page."""
    ids = list(dict.fromkeys(doc_ids))
    if not ids:
        return {}, {}
    texts = dict(s.con.execute("SELECT id, text FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                               [ids]).fetchall())
    bounds: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for doc, start, end in s.con.execute('SELECT doc, start, "end" FROM sentences WHERE doc IN '
                                         '(SELECT unnest(?::VARCHAR[])) ORDER BY doc, start', [ids]).fetchall():
        bounds[doc].append((start, end))
    return texts, bounds


# -- an actor's claims and figures ---------------------------------------------------------------

# claims by someone else whose span holds a mention of the actor, in the store's order, and how many there are
# (the actor's ids are spelled out as parameters: DuckDB then filters the mentions as it scans them)
CLAIMS_ABOUT = """WITH hits AS (SELECT DISTINCT claim AS id, doc, start, "end" FROM claim_mentions
    WHERE entity IN ({entities})
      AND NOT coalesce(speaker <> '' AND list_contains($ids::VARCHAR[], speaker), false))
SELECT id, count(*) OVER () FROM hits ORDER BY doc, start, "end", id LIMIT $limit OFFSET $offset"""

def names_one_of(column: str) -> str:
    """SQL: the merged event's ``column`` (``actor`` or ``recipient``) holds one of the entity ids ``$ids``
    (one join over the unnested lists: a merged actor can stand for hundreds of ids, and a list search
    per row costs their number)."""
    return (f"id IN (SELECT id FROM (SELECT id, unnest({column}) AS x FROM merged_events) "
            "WHERE x IN (SELECT unnest($ids::VARCHAR[])))")


# the figures of the actor's event groups (those it carries out first, each in the groups' order, then its
# events' and their figures' own order), then those of its claims in the store's order; each once
ACTOR_FIGURES = f"""WITH o AS (SELECT id AS oid FROM merged_events WHERE {names_one_of("actor")}),
g AS (
    SELECT events, row_number() OVER (ORDER BY o.oid IS NULL, {GROUP_ORDER.removeprefix("ORDER BY ")}) AS k1
    FROM merged_events LEFT JOIN o ON o.oid = merged_events.id
    WHERE o.oid IS NOT NULL OR {names_one_of("recipient")}),
ge AS (SELECT k1, unnest(events) AS ev, unnest(range(len(events))) AS k2 FROM g),
eq AS (SELECT ge.k1, ge.k2, unnest(e.quantities) AS q, unnest(range(len(e.quantities))) AS k3
       FROM ge JOIN events e ON e.id = ge.ev),
a AS (SELECT q AS id, 0 AS part, k1, k2, k3 FROM eq
      UNION ALL
      SELECT quantity, 1, 0, 0, 0 FROM speaker_figures WHERE speaker IN (SELECT unnest($ids::VARCHAR[]))),
firsts AS (SELECT a.id, part, k1, k2, k3, q.doc, q.start, q."end" FROM a JOIN quantities q ON q.id = a.id
           QUALIFY row_number() OVER (PARTITION BY a.id ORDER BY part, k1, k2, k3) = 1)
SELECT id, count(*) OVER () FROM firsts ORDER BY part, k1, k2, k3, doc, start, "end", id
LIMIT $limit OFFSET $offset"""


# one entity id: a claim has one row per entity in claim_mentions, so a page is a top-N and its count an
# aggregate (sorting every hit to number it with a window costs 3x as much for an actor named in every article)
CLAIMS_ABOUT_ONE = """SELECT claim FROM claim_mentions
    WHERE entity = $e0 AND NOT coalesce(speaker <> '' AND list_contains($ids::VARCHAR[], speaker), false)"""


def claims_about(s: Store, ids: list[str], page: int) -> Paged:
    limit, offset = page_window(page)
    entities = {f"e{i}": x for i, x in enumerate(ids)}
    if len(ids) == 1:
        params = {**entities, "ids": ids}
        rows = s.con.execute(f'{CLAIMS_ABOUT_ONE} ORDER BY doc, start, "end", claim LIMIT $limit OFFSET $offset',
                             {**params, "limit": limit, "offset": offset}).fetchall()
        total = s.con.execute(f"SELECT count(*) FROM ({CLAIMS_ABOUT_ONE})", params).fetchone()[0]
        found = by_ids(s, "claims", [r[0] for r in rows])
        return Paged([found[r[0]] for r in rows], page, total)
    sql = CLAIMS_ABOUT.format(entities=", ".join(f"${k}" for k in entities) or "NULL")
    rows = s.con.execute(sql, {**entities, "ids": ids, "limit": limit, "offset": offset}).fetchall()
    total = rows[0][1] if rows else 0
    if not rows and page > 1:  # past the end: the count is not in the rows
        total = _count_of(s, sql, {**entities, "ids": ids})
    found = by_ids(s, "claims", [r[0] for r in rows])
    return Paged([found[r[0]] for r in rows], page, total)


def actor_figures(view: StoreView, s: Store, ids: list[str], page: int) -> Paged:
    if not view.has("merged_events"):
        ids_on_page, total = _page_of_figures(s, ids, page)
        found = by_ids(s, "quantities", ids_on_page)
        return Paged([found[i] for i in ids_on_page], page, total)
    limit, offset = page_window(page)
    rows = s.con.execute(ACTOR_FIGURES, {"ids": ids, "limit": limit, "offset": offset}).fetchall()
    found = by_ids(s, "quantities", [r[0] for r in rows])
    total = rows[0][1] if rows else 0
    if not rows and page > 1:  # past the end: the count is not in the rows
        total = _count_of(s, ACTOR_FIGURES, {"ids": ids})
    return Paged([found[r[0]] for r in rows], page, total)


def _page_of_figures(s: Store, ids: list[str], page: int) -> tuple[list[str], int]:
    """The figures the claims of ``ids`` quote on page ``page``, in the store's order, and how many there are."""
    limit, offset = page_window(page)
    sql = ('SELECT DISTINCT quantity AS id, doc, start, "end" FROM speaker_figures '
           "WHERE speaker IN (SELECT unnest($ids::VARCHAR[]))")
    rows = s.con.execute(f"SELECT id, count(*) OVER () FROM ({sql}) {RECORD_ORDER} LIMIT $limit OFFSET $offset",
                         {"ids": ids, "limit": limit, "offset": offset}).fetchall()
    total = rows[0][1] if rows else s.con.execute(f"SELECT count(*) FROM ({sql})", {"ids": ids}).fetchone()[0] \
        if page > 1 else 0
    return [r[0] for r in rows], total


def _count_of(s: Store, paged_sql: str, params: dict) -> int:
    """How many rows a paged query (ending in ``LIMIT $limit OFFSET $offset``) selects in all."""
    whole = paged_sql.replace("LIMIT $limit OFFSET $offset", "")
    return s.con.execute(f"SELECT count(*) FROM ({whole})", params).fetchone()[0]
