"""Parquet shards: what an engine's partitions write, and how the shards become tables again.

Layout of an output folder (one folder per record table, one file per partition)::

    OUT/documents/part-0003.parquet
    OUT/entities/part-0003.parquet   (plus a ``doc`` column: the document that produced the row)
    OUT/mentions/part-0003.parquet
    ...
    OUT/skipped/part-0003.parquet

A partition writes every table (empty ones too, so globs always match) and its ``documents``
shard last, each through a temporary name and a rename: a partition is complete exactly when
its documents shard exists, and readers never see half a file.
"""
from __future__ import annotations

import dataclasses
import json
import re
import typing
from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from .. import model
from ..model import DocumentRecords, Skipped
from ..store.schema import TABLE_OF, TABLES, columns



def _per_document_tables() -> list[tuple[str, str]]:
    """(DocumentRecords field, store table) for every record list a document carries."""
    hints = typing.get_type_hints(DocumentRecords, vars(model))
    out = []
    for f in dataclasses.fields(DocumentRecords):
        if f.name != "document":
            out.append((f.name, TABLE_OF[typing.get_args(hints[f.name])[0]]))
    return out


# per-document record tables (derived, so a new record type gets shards without touching this file)
RECORD_FIELDS = _per_document_tables()
# the tables per-document stages fill, documents last; cross-document tables are made after merging
SHARD_TABLES = tuple(t for _f, t in RECORD_FIELDS) + ("skipped", "documents")
CHILD_TABLES = tuple(t for _f, t in RECORD_FIELDS if t != "entities")
PART_NAME = re.compile(r"^part-(\d+)\.parquet$")
# rows in the order partitions wrote them; for skipped rows the last one written wins, as with
# INSERT OR REPLACE one by one
SHARD_ORDER = "length(filename), filename, file_row_number"
LATEST_FIRST = "length(filename) DESC, filename DESC, file_row_number DESC"
ARROW_TYPES = {"VARCHAR": pa.string(), "VARCHAR[]": pa.list_(pa.string()), "BOOLEAN": pa.bool_(),
               "DOUBLE": pa.float64(), "INTEGER": pa.int32(), "JSON": pa.string()}


def table_schema(table: str) -> pa.Schema:
    fields = [pa.field(name, ARROW_TYPES[sql]) for name, sql in columns(TABLES[table][0])]
    if table == "entities":
        # which document produced the row, so merging can keep the embedded store's rules
        fields.append(pa.field("doc", pa.string()))
    return pa.schema(fields)


def _value(v):
    if isinstance(v, tuple) and v and dataclasses.is_dataclass(v[0]):
        return json.dumps([dataclasses.asdict(x) for x in v])
    if isinstance(v, tuple):
        return list(v)
    if isinstance(v, dict):
        return json.dumps(v)
    if dataclasses.is_dataclass(v):  # an event's location, a document's outlet
        return json.dumps(dataclasses.asdict(v))
    return v


def _row(record) -> dict:
    return {f.name: _value(getattr(record, f.name)) for f in dataclasses.fields(record)}


def rows_by_table(results: Iterable[DocumentRecords | Skipped]) -> dict[str, list[dict]]:
    """Per-document results as rows per shard table, in input order."""
    rows: dict[str, list[dict]] = {t: [] for t in SHARD_TABLES}
    for item in results:
        if isinstance(item, Skipped):
            rows["skipped"].append(_row(item))
            continue
        rows["documents"].append(_row(item.document))
        for name, table in RECORD_FIELDS:
            records = getattr(item, name)
            if table == "entities":
                rows[table].extend({**_row(e), "doc": item.document.id} for e in records)
            else:
                rows[table].extend(_row(r) for r in records)
    return rows


def part_file(out_dir: str | Path, table: str, part: int) -> Path:
    return Path(out_dir) / table / f"part-{part:04d}.parquet"


def write_partition(out_dir: str | Path, part: int, rows: dict[str, list[dict]]) -> None:
    """Write one partition's shards, documents last (its presence marks the partition complete)."""
    for table in SHARD_TABLES:
        target = part_file(out_dir, table, part)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        pq.write_table(pa.Table.from_pylist(rows.get(table, []), schema=table_schema(table)), tmp)
        tmp.replace(target)


def next_part_number(out_dir: str | Path) -> int:
    """The first free partition number, so a second run into the same folder adds shards."""
    numbers = [int(m.group(1)) for p in (Path(out_dir) / "documents").glob("part-*.parquet")
               if (m := PART_NAME.match(p.name))]
    return max(numbers) + 1 if numbers else 0


def complete_parts(out_dir: str | Path) -> list[str]:
    """File names of the partitions whose documents shard exists, in partition order."""
    names = [p.name for p in (Path(out_dir) / "documents").glob("part-*.parquet") if PART_NAME.match(p.name)]
    return sorted(names, key=lambda n: int(PART_NAME.match(n).group(1)))


def _sql_list(paths: Iterable[Path]) -> str:
    return "[" + ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths) + "]"


def _cols(table: str) -> list[str]:
    return [name for name, _t in columns(TABLES[table][0])]


def _q(names: Iterable[str], prefix: str = "") -> str:
    return ", ".join(f'{prefix}"{n}"' for n in names)


def _merged_entities(src: str, where: str = "") -> str:
    """Entity rows of ``src`` merged by id: the first row of each id supplies the fields, aliases are united."""
    picks = ", ".join(f'arg_min("{c}", ({SHARD_ORDER})) AS "{c}"'
                      for c in _cols("entities") if c not in ("id", "aliases"))
    return (f'SELECT "id", {picks}, list_sort(list_distinct(flatten(list("aliases")))) AS "aliases" '
            f'FROM {src} {where} GROUP BY "id"')


def create_views(con, out_dir: str | Path) -> list[str]:
    """Views named like the store's tables over ``OUT/<table>/*.parquet``; returns the view names.

    Rows are deduplicated on each table's key and entities are merged across documents (aliases
    united), so a query sees what the DuckDB store would hold for the same documents.
    """
    made = []
    for table in SHARD_TABLES:
        folder = Path(out_dir) / table
        if not any(folder.glob("part-*.parquet")):
            continue
        glob = "'" + str(folder / "*.parquet").replace("'", "''") + "'"
        src = f"read_parquet({glob}, filename = true, file_row_number = true, union_by_name = true)"
        names = _cols(table)
        key = TABLES[table][1]
        if table == "entities":
            body = f"SELECT {_q(names)} FROM ({_merged_entities(src)})"
        elif table == "skipped":
            # as in the store: a source that later yielded a document is no longer skipped
            docs = "'" + str(Path(out_dir) / "documents" / "*.parquet").replace("'", "''") + "'"
            body = (f"SELECT DISTINCT ON (source) {_q(names)} FROM {src} WHERE source NOT IN "
                    f"(SELECT source FROM read_parquet({docs})) ORDER BY source, {LATEST_FIRST}")
        else:
            body = f"SELECT DISTINCT ON ({_q(key)}) {_q(names)} FROM {src} ORDER BY {_q(key)}, {SHARD_ORDER}"
        con.execute(f'CREATE OR REPLACE VIEW "{table}" AS {body}')
        made.append(table)
    return made


@dataclasses.dataclass
class MergeSummary:
    added: int = 0
    already_stored: int = 0
    skipped: int = 0
    partitions: int = 0


def load_shards(out_dir: str | Path, store) -> MergeSummary:
    """Load the complete partitions under ``out_dir`` into a :class:`~newsweave.store.Store`.

    The same rules as storing documents one by one: a document already in the store is not
    added again (nor its records), an entity seen before gets the new aliases, and a skipped row
    is cleared once its source yields a document. One transaction: all or nothing.
    """
    parts = complete_parts(out_dir)
    summary = MergeSummary(partitions=len(parts))
    if not parts:
        return summary
    con = store.con

    def src(table: str) -> str:
        return _shard_source(out_dir, parts, table)

    with store.transaction():
        summary.added, summary.already_stored = _stage_new_documents(con, src("documents"))
        _merge_entities(con, src("entities"))
        for table in CHILD_TABLES:
            cols = _cols(table)
            key = TABLES[table][1]
            con.execute(f"INSERT OR IGNORE INTO {table} ({_q(cols)}) SELECT {_q(cols)} FROM ("
                        f"SELECT DISTINCT ON ({_q(key)}) * FROM {src(table)} "
                        f"WHERE doc IN (SELECT id FROM nw_new_docs) ORDER BY {_q(key)}, {SHARD_ORDER})")
        cols = _cols("documents")
        con.execute(f"INSERT INTO documents ({_q(cols)}) SELECT {_q(cols)} FROM nw_new_docs")
        summary.skipped = _merge_skipped(con, src("skipped"))
        if summary.added:
            store.mark_unconsolidated()
        con.execute("DROP TABLE nw_new_docs")
        con.execute("DROP TABLE nw_new_entities")
    return summary


def _shard_source(out_dir: str | Path, parts: list[str], table: str) -> str:
    """The rows of ``table`` in the partitions ``parts``, with the file and row each came from."""
    files = [Path(out_dir) / table / n for n in parts if (Path(out_dir) / table / n).exists()]
    if not files:
        # an empty relation with the table's columns
        doc = ", NULL::VARCHAR AS doc" if table == "entities" else ""
        return f"(SELECT {_q(_cols(table))}{doc}, '' AS filename, 0 AS file_row_number FROM {table} LIMIT 0)"
    return f"read_parquet({_sql_list(files)}, filename = true, file_row_number = true, union_by_name = true)"


def _stage_new_documents(con, documents: str) -> tuple[int, int]:
    """The shards' documents the store does not hold yet, in the temporary table ``nw_new_docs``;
    returns how many are new and how many were stored already."""
    con.execute("DROP TABLE IF EXISTS nw_new_docs")
    con.execute(f"CREATE TEMP TABLE nw_new_docs AS SELECT DISTINCT ON (id) * FROM {documents} "
                f"ORDER BY id, {SHARD_ORDER}")
    total = con.execute("SELECT count(*) FROM nw_new_docs").fetchone()[0]
    con.execute("DELETE FROM nw_new_docs WHERE id IN (SELECT id FROM documents)")
    added = con.execute("SELECT count(*) FROM nw_new_docs").fetchone()[0]
    return added, total - added


def _merge_entities(con, entities: str) -> None:
    """The new documents' entities: stored ones get the new aliases, the others are inserted."""
    con.execute("DROP TABLE IF EXISTS nw_new_entities")
    con.execute(f"CREATE TEMP TABLE nw_new_entities AS "
                f"{_merged_entities(entities, 'WHERE doc IN (SELECT id FROM nw_new_docs)')}")
    con.execute('UPDATE entities SET aliases = list_sort(list_distinct(list_concat(entities.aliases, n.aliases))) '
                'FROM nw_new_entities n WHERE entities.id = n.id')
    cols = _cols("entities")
    con.execute(f"INSERT INTO entities ({_q(cols)}) SELECT {_q(cols)} FROM nw_new_entities "
                f"WHERE id NOT IN (SELECT id FROM entities)")


def _merge_skipped(con, skipped: str) -> int:
    """Skipped rows, the last written per source; a source that now yields a document is cleared.
    Returns how many sources the shards skipped."""
    cols = _cols("skipped")
    con.execute(f"INSERT OR REPLACE INTO skipped ({_q(cols)}) SELECT {_q(cols)} FROM ("
                f"SELECT DISTINCT ON (source) * FROM {skipped} ORDER BY source, {LATEST_FIRST})")
    count = con.execute(f"SELECT count(DISTINCT source) FROM {skipped}").fetchone()[0]
    con.execute("DELETE FROM skipped WHERE source IN (SELECT source FROM nw_new_docs)")
    return count


def query_shards(out_dir: str | Path, query: str | None) -> tuple[list[str], list[tuple]]:
    """Run SQL over the shards under ``out_dir`` through views named like the store's tables.

    With ``query`` None, returns the row count of every view.
    """
    import duckdb

    from ..errors import StoreError

    if not (Path(out_dir) / "documents").is_dir():
        raise StoreError(f"{out_dir}: no Parquet shards here (expected {out_dir}/documents/part-*.parquet); "
                         f"write some with `newsweave run PATH --engine local --output {out_dir}`")
    from ..store.duck import check_query

    if query is not None:
        check_query(query)
    con = duckdb.connect(":memory:")
    try:
        # the same sandbox as `sql` on a store: files under the shard folder only, no settings, no extensions
        folder = str(Path(out_dir).resolve()) + "/"
        con.execute("SET allowed_directories = ?", [[folder]])
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
        views = create_views(con, Path(out_dir).resolve())
        if query is None:
            return ["table", "rows"], [(v, con.execute(f'SELECT count(*) FROM "{v}"').fetchone()[0]) for v in views]
        cur = con.execute(query)
        return [d[0] for d in cur.description or []], cur.fetchall()
    except duckdb.Error as e:
        raise StoreError(f"SQL error: {' '.join(str(e).split())}") from e
    finally:
        con.close()
