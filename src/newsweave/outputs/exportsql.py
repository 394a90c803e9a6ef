"""The graph and PLOVER exports read from the store in chunks, so memory does not grow with it.

PLOVER records: the events in order through their own cursor, :data:`CHUNK` at a time; each chunk reads the
documents, sentences, entities, mentions, claims, figures and merged events it needs by id. Graphs: nodes are
one SQL aggregate (mention counts per merged actor, and the actors of merged events), edges the merged events
read in order a chunk at a time; only the graph itself (the output) is held.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import networkx as nx

from .escape import xml_safe
from .text import sentence_around
from .view import View, _derived, _pending_documents
from .webquery import GROUP_ORDER, by_ids, texts_and_sentences

PLOVER_VERSION = "newsweave-0.1"
CHUNK = 5000  # events or merged events read at a time
EXPORT_MEMORY = "256MB"  # DuckDB's cap while exporting (its sorts spill to disk beyond it)
EVENT_ORDER = "ORDER BY coalesce(date, ''), doc, start, id"
# the merged event an event belongs to: the last in GROUP_ORDER when several hold it (as a dict built in that order)
GROUP_OF_EVENTS = """SELECT ev, id, date, sources FROM (SELECT id, date, sources, event_type, unnest(events) AS ev
    FROM merged_events) WHERE ev IN (SELECT unnest(?::VARCHAR[]))
    QUALIFY row_number() OVER (PARTITION BY ev ORDER BY sources, coalesce(nullif(date, ''), '9999') DESC,
                               event_type DESC, id DESC) = 1"""
FIRST_MENTION = """SELECT m.doc, m.entity, first(m.text ORDER BY m.start, m."end") FROM mentions m
    JOIN (SELECT unnest(?::VARCHAR[]) AS doc, unnest(?::VARCHAR[]) AS entity) p ON m.doc = p.doc AND m.entity = p.entity
    WHERE m.text IS NOT NULL AND m.text <> '' GROUP BY m.doc, m.entity"""
GROUP_MODES = """SELECT g.id, min(e.mode) FROM (SELECT id, unnest(events) AS ev FROM merged_events
    WHERE id IN (SELECT unnest(?::VARCHAR[]))) g JOIN events e ON e.id = g.ev
    WHERE e.mode IS NOT NULL AND e.mode <> '' GROUP BY g.id"""


@dataclass
class StoreState:
    """Which cross-document tables the store has readable, and what the outputs say about the rest
    (the caveats of :class:`~newsweave.outputs.view.View`, without loading it)."""
    derived: set[str] = field(default_factory=set)
    unreadable: set[str] = field(default_factory=set)
    pending: int = 0
    interrupted: bool = False

    @classmethod
    def of(cls, store) -> "StoreState":
        state = cls()
        for table in ("magnitudes", "entity_links", "stories", "merged_events", "contradictions"):
            _derived(state, store, table, lambda t=table: next(store.records(t, "LIMIT 1"), True))
        state.pending = _pending_documents(store)
        state.interrupted = not state.pending and store.consolidation_pending()
        return state

    def caveats(self) -> list[str]:
        return View(pending=self.pending, interrupted=self.interrupted, unreadable=self.unreadable).caveats()


class Naming:
    """Canonical ids and entities of the ids one chunk names, read by id."""

    def __init__(self, store, state: StoreState, ids) -> None:
        ids = sorted({i for i in ids if i is not None})
        self.canonical: dict[str, str] = {}
        if "entity_links" in state.derived and ids:
            self.canonical = dict(store.con.execute(
                "SELECT entity, canonical FROM entity_links WHERE entity IN (SELECT unnest(?::VARCHAR[]))",
                [ids]).fetchall())
        self.entities = by_ids(store, "entities", [*ids, *self.canonical.values()])

    def canon(self, entity_id):
        return None if entity_id is None else self.canonical.get(entity_id, entity_id)

    def entity(self, entity_id):
        return self.entities.get(self.canon(entity_id)) or self.entities.get(entity_id)

    def name(self, entity_id) -> str:
        e = self.entity(entity_id)
        return e.name if e else entity_id


def _chunks(store, table: str, order: str):
    """The records of ``table`` in ``order``, a list of :data:`CHUNK` at a time (through their own cursor)."""
    cur = store.cursor()
    try:
        rows = cur.records(table, order)
        while True:
            chunk = [r for _i, r in zip(range(CHUNK), rows)]
            if not chunk:
                return
            yield chunk
    finally:
        cur.close()


# -- PLOVER JSON Lines ------------------------------------------------------------------------------

def plover_records(store, state: StoreState):
    """One PLOVER/POLECAT-style JSON record per stored event (field names after the PLOVER manual)."""
    today = dt.date.today().isoformat()
    for events in _chunks(store, "events", EVENT_ORDER):
        yield from _plover_chunk(store, state, events, today)


def _plover_chunk(store, state: StoreState, events: list, today: str):
    docs = by_ids(store, "documents", [e.doc for e in events])
    texts, bounds = texts_and_sentences(store, docs)
    group_of = {}
    if "merged_events" in state.derived:
        group_of = {r[0]: r[1:] for r in store.con.execute(GROUP_OF_EVENTS, [[e.id for e in events]]).fetchall()}
    claims = dict(store.con.execute("SELECT id, speaker_text FROM claims WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                                    [[e.claim for e in events if e.claim]]).fetchall())
    quantities = by_ids(store, "quantities", [q for e in events for q in e.quantities])
    naming = Naming(store, state, [i for e in events for i in (*e.actor, *e.recipient, e.reported_by)])
    pairs = sorted({(e.doc, a) for e in events for a in (*e.actor, *e.recipient)})
    first_text = {(d, a): t for d, a, t in store.con.execute(
        FIRST_MENTION, [[d for d, _a in pairs], [a for _d, a in pairs]]).fetchall()} if pairs else {}

    def actor(entity_id: str, doc: str) -> dict:
        e = naming.entity(entity_id)
        text = first_text.get((doc, entity_id))
        return {"actorText": text or (e.name if e else entity_id), "name": e.name if e else entity_id,
                "code": (e.country if e else None) or "", "wikidata": (e.wikidata if e else None) or "",
                "kind": e.kind if e else "", "entity": naming.canon(entity_id)}

    for ev in events:
        doc = docs.get(ev.doc)
        text = texts.get(ev.doc) or ""
        s, e = _sentence(text, bounds.get(ev.doc), ev) if text else (ev.start, ev.end)
        g_id, g_date, g_sources = group_of.get(ev.id, (None, None, None))
        claim_speaker = claims.get(ev.claim) if ev.claim else None
        yield {
            "id": ev.id,
            "date": ev.date or g_date or (doc.published if doc else None),
            "event": ev.event_type,
            "mode": ev.mode or "",
            "context": list(ev.context),
            "actor": [actor(a, ev.doc) for a in ev.actor],
            "recipient": [actor(r, ev.doc) for r in ev.recipient],
            "auxiliary": ev.auxiliary or "",
            "eventText": ev.text,
            "text": " ".join(text[s:e].split()) if text else ev.text,
            "textInfo": {"doc": ev.doc, "start": ev.start, "end": ev.end, "sentenceStart": s, "sentenceEnd": e},
            # where, as POLECAT's Placename / Country / Latitude / Longitude / Feature Type
            "geolocation": ({"placeName": ev.location.name, "country": ev.location.country or "",
                             "latitude": ev.location.lat, "longitude": ev.location.lon,
                             "featureType": ev.location.level} if ev.location else None),
            "quantities": [{"value": q.value, "valueMax": q.value_max, "unit": q.unit, "counted": q.counted,
                            "text": q.text} for qid in ev.quantities if (q := quantities.get(qid))],
            "reportedBy": naming.name(ev.reported_by) if ev.reported_by else claim_speaker,
            "storyDate": doc.published if doc else None,
            "publication": (doc.site or doc.source) if doc else None,
            "url": doc.url if doc else None,
            "title": doc.title if doc else None,
            "language": doc.language if doc else None,
            "mergedEvent": g_id,
            "sources": g_sources if g_id else 1,
            "coder": "newsweave",
            "version": PLOVER_VERSION,
            "dateCoded": today,
        }


def _sentence(text: str, bounds, ev) -> tuple[int, int]:
    return sentence_around(text, ev.start, ev.end, bounds=bounds)


# -- graphs -------------------------------------------------------------------------------------------

def _scalar(v):
    """GraphML and GEXF take only scalar attributes: None becomes an empty string, text loses the
    characters XML cannot hold (a control character from an article would make the file unreadable)."""
    if v is None:
        return ""
    return xml_safe(v) if isinstance(v, str) else v


def _canon_join(state: StoreState, column: str, alias: str) -> tuple[str, str]:
    """(join, expression): ``column``'s merged entity id, through entity_links when the store has it."""
    if "entity_links" not in state.derived:
        return "", column
    return f" LEFT JOIN entity_links {alias} ON {alias}.entity = {column}", f"coalesce({alias}.canonical, {column})"


def _node_rows(store, state: StoreState) -> list[tuple]:
    """(id, name, kind, country, wikidata, mentions, documents) of every merged actor mentioned or in a merged
    event, by id: one aggregate over the mentions and one over the merged events' actors. Documents are counted
    from (actor, document) groups, not by ``count(DISTINCT)``, whose hash tables DuckDB cannot spill to disk
    (at 100,000 documents it ran out of the export's memory cap)."""
    join_m, canon_m = _canon_join(state, "m.entity", "l")
    parts = ["SELECT id FROM counts"]
    if "merged_events" in state.derived:
        join_a, canon_a = _canon_join(state, "a.x", "l")
        parts.append(f"SELECT {canon_a} AS id FROM (SELECT unnest(list_concat(actor, recipient)) AS x "
                     f"FROM merged_events) a{join_a}")
    join_c, canon_c = _canon_join(state, "ids.id", "l2")
    return store.con.execute(f"""
        WITH pairs AS (SELECT {canon_m} AS id, m.doc, count(*) AS k FROM mentions m{join_m} GROUP BY 1, 2),
             counts AS (SELECT id, sum(k)::BIGINT AS n, count(*) AS d FROM pairs GROUP BY id),
             ids AS (SELECT DISTINCT id FROM ({' UNION ALL '.join(parts)}))
        SELECT ids.id,
               CASE WHEN ec.id IS NOT NULL THEN ec.name WHEN er.id IS NOT NULL THEN er.name ELSE ids.id END,
               CASE WHEN er.id IS NULL THEN 'other' ELSE er.kind END,
               coalesce(nullif(er.country, ''), ''), coalesce(nullif(er.wikidata, ''), ''),
               coalesce(c.n, 0), coalesce(c.d, 0)
        FROM ids LEFT JOIN counts c ON c.id = ids.id{join_c}
             LEFT JOIN entities ec ON ec.id = {canon_c} LEFT JOIN entities er ON er.id = ids.id
        ORDER BY ids.id""").fetchall()


def actor_graph(store, state: StoreState) -> nx.MultiDiGraph:
    """Merged actors as nodes (by id), merged events as edges (actor -> recipient) in the groups' order,
    attributes ready for GraphML and GEXF (scalars, a ``label``)."""
    g = nx.MultiDiGraph()
    for eid, name, kind, country, wikidata, n, d in _node_rows(store, state):
        data = {"name": name, "kind": kind, "country": country, "wikidata": wikidata, "mentions": n, "documents": d}
        g.add_node(_scalar(eid), **{k: _scalar(v) for k, v in data.items()}, label=_scalar(name))
    if "merged_events" not in state.derived:
        return g
    for groups in _chunks(store, "merged_events", GROUP_ORDER):
        ids = [m.id for m in groups]
        modes = dict(store.con.execute(GROUP_MODES, [ids]).fetchall())
        naming = Naming(store, state, [a for m in groups for a in (*m.actor, *m.recipient)])
        for m in groups:
            data = {"event_type": m.event_type, "date": m.date or "", "auxiliary": m.auxiliary or "",
                    "mode": modes.get(m.id) or "", "sources": m.sources, "events": len(m.events)}
            for a in m.actor:
                for r in m.recipient:
                    g.add_edge(_scalar(naming.canon(a)), _scalar(naming.canon(r)), key=_scalar(m.id),
                               **{k: _scalar(v) for k, v in data.items()}, label=_scalar(m.event_type or ""))
    return g

