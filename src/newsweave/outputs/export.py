"""Exports into the tools analysts already use: Gephi/Neo4j graphs, tables, PLOVER JSON Lines."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from ..consolidate.mergedsql import CLAIM_TABLES
from ..errors import NewsweaveError
from .escape import FORMULA_STARTS
from .exportsql import EXPORT_MEMORY, StoreState, actor_graph, plover_records

FORMATS = ("graphml", "gexf", "cytoscape-json", "csv", "parquet", "plover-jsonl")


def export(store, fmt: str, output: str | Path) -> str:
    """Write the store in ``fmt`` to ``output``; returns a one-line summary."""
    output = Path(output)
    if fmt in ("csv", "parquet"):
        return export_tables(store, fmt, output)
    state = StoreState.of(store)
    caveats = "".join(f"\nnote: {c}" for c in state.caveats())
    limit = store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    store.con.execute(f"SET memory_limit = '{EXPORT_MEMORY}'")
    try:
        return _write(store, state, fmt, output) + caveats
    finally:
        store.con.execute(f"SET memory_limit = '{limit}'")


def _write(store, state: StoreState, fmt: str, output: Path) -> str:
    if fmt in ("graphml", "gexf", "cytoscape-json"):
        g = actor_graph(store, state)
        if fmt == "graphml":
            nx.write_graphml(g, output)
        elif fmt == "gexf":
            nx.write_gexf(g, output)
        else:
            output.write_text(json.dumps(nx.cytoscape_data(g), ensure_ascii=False, indent=1), encoding="utf-8")
        return f"{g.number_of_nodes()} actors, {g.number_of_edges()} event edges written to {output}"
    if fmt == "plover-jsonl":
        n = 0
        with output.open("w", encoding="utf-8") as fh:
            for rec in plover_records(store, state):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
        return f"{n} PLOVER event records written to {output}"
    raise NewsweaveError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def _tables(store) -> list[str]:
    rows = store.con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
                             "ORDER BY table_name").fetchall()
    # (the tables the view merged_claims derives its rows from are exported as that view: the export is as before 0020)
    return [r[0] for r in rows if r[0] not in ("meta", "migrations", *CLAIM_TABLES)]


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
