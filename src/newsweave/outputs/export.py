"""Exports into the tools analysts already use: Gephi/Neo4j graphs, tables, PLOVER JSON Lines."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import networkx as nx

from ..errors import NewsweaveError
from .charts import actor_graph
from .escape import FORMULA_STARTS, xml_safe
from .exportsql import EXPORT_MEMORY, StoreState, actor_graph as sql_actor_graph, plover_records as sql_plover_records
from .view import View, load_view

FORMATS = ("graphml", "gexf", "cytoscape-json", "csv", "parquet", "plover-jsonl")
PLOVER_VERSION = "newsweave-0.1"


def export(store, fmt: str, output: str | Path) -> str:
    """Write the store in ``fmt`` to ``output``; returns a one-line summary."""
    output = Path(output)
    if fmt in ("csv", "parquet"):
        return export_tables(store, fmt, output)
    state = StoreState.of(store)
    caveats = "".join(f"\nnote: {c}" for c in state.caveats())
    store.con.execute(f"SET memory_limit = '{EXPORT_MEMORY}'")
    if fmt in ("graphml", "gexf", "cytoscape-json"):
        g = sql_actor_graph(store, state)
        if fmt == "graphml":
            nx.write_graphml(g, output)
        elif fmt == "gexf":
            nx.write_gexf(g, output)
        else:
            output.write_text(json.dumps(nx.cytoscape_data(g), ensure_ascii=False, indent=1), encoding="utf-8")
        return f"{g.number_of_nodes()} actors, {g.number_of_edges()} event edges written to {output}" + caveats
    if fmt == "plover-jsonl":
        n = 0
        with output.open("w", encoding="utf-8") as fh:
            for rec in sql_plover_records(store, state):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
        return f"{n} PLOVER event records written to {output}" + caveats
    raise NewsweaveError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def _scalar(v):
    """GraphML and GEXF take only scalar attributes: None becomes an empty string, text loses the
    characters XML cannot hold (a control character from an article would make the file unreadable)."""
    if v is None:
        return ""
    return xml_safe(v) if isinstance(v, str) else v


def _flat_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    for n, data in g.nodes(data=True):
        out.add_node(_scalar(n), **{k: _scalar(v) for k, v in data.items()}, label=_scalar(data.get("name", n)))
    for a, b, key, data in g.edges(keys=True, data=True):
        out.add_edge(_scalar(a), _scalar(b), key=_scalar(key), **{k: _scalar(v) for k, v in data.items()},
                     label=_scalar(data.get("event_type", "")))
    return out


def _tables(store) -> list[str]:
    rows = store.con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
                             "ORDER BY table_name").fetchall()
    return [r[0] for r in rows if r[0] not in ("meta", "migrations")]


def _select_list(store, table: str, fmt: str) -> str:
    """Every column; in CSV, text a spreadsheet would run as a formula gets a leading apostrophe."""
    if fmt != "csv":
        return "*"
    cols = store.con.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = "
                             "'main' AND table_name = ? ORDER BY ordinal_position", [table]).fetchall()
    starts = ", ".join(f"chr({ord(c)})" for c in FORMULA_STARTS)
    out = []
    for name, kind in cols:
        q = '"' + name.replace('"', '""') + '"'
        if kind in ("VARCHAR", "JSON"):
            out.append(f"CASE WHEN left({q}::VARCHAR, 1) IN ({starts}) THEN chr(39) || {q}::VARCHAR "
                       f"ELSE {q}::VARCHAR END AS {q}")
        else:
            out.append(q)
    return ", ".join(out)


# events' location object flattened into plain columns, so a spreadsheet or GIS reads it without JSON
LOCATION_COLUMNS = (("location_name", "$.name", "VARCHAR"), ("location_country", "$.country", "VARCHAR"),
                    ("location_lat", "$.lat", "DOUBLE"), ("location_lon", "$.lon", "DOUBLE"),
                    ("location_level", "$.level", "VARCHAR"))


def _table_query(store, table: str, fmt: str) -> str:
    cols = {r[0] for r in store.con.execute("SELECT column_name FROM information_schema.columns "
                                            "WHERE table_name = ?", [table]).fetchall()}
    select = _select_list(store, table, fmt)
    if table == "events" and "location" in cols:
        flat = []
        for name, path, kind in LOCATION_COLUMNS:
            value = f"CAST(json_extract_string(location, '{path}') AS {kind})"
            if fmt == "csv" and kind == "VARCHAR":
                starts = ", ".join(f"chr({ord(c)})" for c in FORMULA_STARTS)
                value = f"CASE WHEN left({value}, 1) IN ({starts}) THEN chr(39) || {value} ELSE {value} END"
            flat.append(f"{value} AS {name}")
        select += ", " + ", ".join(flat)
    return f'SELECT {select} FROM "{table}"'


def export_tables(store, fmt: str, folder: Path) -> str:
    """One file per table in ``folder`` (created), written by DuckDB's COPY."""
    if folder.exists() and not folder.is_dir():
        raise NewsweaveError(f"{folder}: exists and is not a folder; csv and parquet exports write one file per table")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in _tables(store):
        target = folder / f"{table}.{fmt}"
        # COPY takes no bound parameter for its target: quote the path as an SQL string literal
        literal = "'" + str(target).replace("'", "''") + "'"
        options = "(HEADER, DELIMITER ',')" if fmt == "csv" else "(FORMAT PARQUET)"
        store.con.execute(f'COPY ({_table_query(store, table, fmt)}) TO {literal} {options}')
        written.append(target.name)
    return f"{len(written)} tables written to {folder}/: {', '.join(written)}"


def _plover_actor(view: View, entity_id: str, doc: str) -> dict:
    e = view.entities.get(view.canon(entity_id)) or view.entities.get(entity_id)
    text = next((m.text for m in view.mentions if m.doc == doc and m.entity == entity_id and m.text), None)
    return {"actorText": text or (e.name if e else entity_id), "name": e.name if e else entity_id,
            "code": (e.country if e else None) or "", "wikidata": (e.wikidata if e else None) or "",
            "kind": e.kind if e else "", "entity": view.canon(entity_id)}


def plover_records(view: View):
    """One PLOVER/POLECAT-style JSON record per stored event (field names after the PLOVER manual)."""
    group_of = view.group_of_event()
    today = dt.date.today().isoformat()
    for ev in sorted(view.events.values(), key=lambda e: (e.date or "", e.doc, e.start)):
        doc = view.documents.get(ev.doc)
        text = doc.text if doc else ""
        s, e = view.sentence_around(doc, ev.start, ev.end) if text else (ev.start, ev.end)
        g = group_of.get(ev.id)
        claim = view.claims.get(ev.claim) if ev.claim else None
        yield {
            "id": ev.id,
            "date": ev.date or (g.date if g else None) or (doc.published if doc else None),
            "event": ev.event_type,
            "mode": ev.mode or "",
            "context": list(ev.context),
            "actor": [_plover_actor(view, a, ev.doc) for a in ev.actor],
            "recipient": [_plover_actor(view, r, ev.doc) for r in ev.recipient],
            "auxiliary": ev.auxiliary or "",
            "eventText": ev.text,
            "text": " ".join(text[s:e].split()) if text else ev.text,
            "textInfo": {"doc": ev.doc, "start": ev.start, "end": ev.end, "sentenceStart": s, "sentenceEnd": e},
            # where, as POLECAT's Placename / Country / Latitude / Longitude / Feature Type
            "geolocation": ({"placeName": ev.location.name, "country": ev.location.country or "",
                             "latitude": ev.location.lat, "longitude": ev.location.lon,
                             "featureType": ev.location.level} if ev.location else None),
            "quantities": [{"value": q.value, "valueMax": q.value_max, "unit": q.unit, "counted": q.counted,
                            "text": q.text} for qid in ev.quantities if (q := view.quantities.get(qid))],
            "reportedBy": view.name(ev.reported_by) if ev.reported_by else (claim.speaker_text if claim else None),
            "storyDate": doc.published if doc else None,
            "publication": (doc.site or doc.source) if doc else None,
            "url": doc.url if doc else None,
            "title": doc.title if doc else None,
            "language": doc.language if doc else None,
            "mergedEvent": g.id if g else None,
            "sources": g.sources if g else 1,
            "coder": "newsweave",
            "version": PLOVER_VERSION,
            "dateCoded": today,
        }
