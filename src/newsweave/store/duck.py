"""DuckDB file store: transactional per-document writes, schema version checked on open."""
from __future__ import annotations

import dataclasses
import errno
import json
import re
from contextlib import AbstractContextManager
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

import duckdb
import pyarrow as pa

from .. import model
from ..errors import DiskFullError, StoreError
from ..model import SCHEMA_VERSION, DocumentRecords, Entity
from .actor_records import WRITERS
from .migrations import ACTOR_RECORDS
from .schema import MIGRATIONS, TABLE_OF, TABLES, columns

DEFAULT_DB = "newsweave.duckdb"
# meta key present from the moment documents are added until a consolidation has completed, so an
# interrupted consolidation is finished by the next `run` and reported by `stats`
CONSOLIDATION_KEY = "consolidation"
# `newsweave sql` runs queries only: every other statement kind (COPY, EXPORT, ATTACH, DETACH, SET,
# INSTALL, LOAD, PRAGMA, CREATE, ...) is refused before it reaches DuckDB
QUERY_STATEMENTS = ("SELECT", "EXPLAIN")
# a sandboxed connection reaches no file but the store, loads nothing and cannot be reconfigured
SANDBOX_CONFIG = {"enable_external_access": False, "lock_configuration": True}


def _replace_claim_rows(store, records) -> None:
    from ..consolidate.mergedsql import replace_claim_rows  # (consolidate imports the store)
    replace_claim_rows(store, list(records))


def check_query(query: str) -> None:
    """Raise StoreError with one line unless ``query`` is made of read-only query statements."""
    try:
        statements = duckdb.extract_statements(query)
    except duckdb.Error as e:
        raise StoreError(f"SQL error: {' '.join(str(e).split())}") from e
    for st in statements:
        kind = st.type.name
        if kind not in QUERY_STATEMENTS:
            raise StoreError(f"refused: `sql` is read-only and runs SELECT queries only, not {kind} statements")


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


_SCALARS = (str, int, float, bool, type(None))


def _as_dict(x) -> dict:
    """``dataclasses.asdict`` of a record, without its deep copy when every field is a plain value (evidence
    spans: a merged event of a much-reported act holds thousands)."""
    d = {n: getattr(x, n) for n in _field_names(type(x))}
    return d if all(isinstance(v, _SCALARS) for v in d.values()) else dataclasses.asdict(x)


# the types of a plain value, stored as it is (tested first: most fields hold one)
_SCALAR_TYPES = frozenset(_SCALARS)


def _to_row(record) -> list:
    row = []
    for name in _field_names(type(record)):
        v = getattr(record, name)
        if type(v) in _SCALAR_TYPES:
            pass
        elif isinstance(v, tuple) and v and dataclasses.is_dataclass(v[0]):
            v = json.dumps([_as_dict(x) for x in v])
        elif isinstance(v, tuple):
            v = list(v)
        elif isinstance(v, dict):
            v = json.dumps(v)
        elif dataclasses.is_dataclass(v):
            v = json.dumps(dataclasses.asdict(v))
        row.append(v)
    return row


# Arrow types of the store's SQL column types; DuckDB casts them on insert (JSON from text).
_ARROW_TYPES = {"VARCHAR": pa.string(), "JSON": pa.string(), "VARCHAR[]": pa.list_(pa.string()),
                "BOOLEAN": pa.bool_(), "DOUBLE": pa.float64(), "INTEGER": pa.int64()}
_BATCH_VIEW = "_newsweave_rows"
_POSITION = "_newsweave_position"


def _version_rank(e: Entity) -> tuple:
    """Which of an entity's versions its record keeps (the least): one that knows the state and the Wikidata
    item before one that does not, then by content, never by the order documents arrive in."""
    return (e.country is None, e.wikidata is None, e.kind, e.name, e.country or "", e.wikidata or "", e.rule or "")


def _merge_versions(stored: list[Entity], entities: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """(entities to insert, stored entities to rewrite) once ``entities`` meet the ``stored`` versions."""
    kept: dict[str, Entity] = {e.id: e for e in stored}
    aliases: dict[str, list[str]] = {k: list(v.aliases or []) for k, v in kept.items()}
    new: set[str] = set()
    changed: set[str] = set()
    for e in entities:
        if e.id not in kept:
            kept[e.id] = e
            new.add(e.id)
            aliases[e.id] = list(e.aliases)
            continue
        if _version_rank(e) < _version_rank(kept[e.id]):
            kept[e.id] = e
            changed.add(e.id)
        merged = sorted(set(aliases[e.id]) | set(e.aliases))
        if merged != aliases[e.id]:
            aliases[e.id] = merged
            changed.add(e.id)
    out = {i: dataclasses.replace(kept[i], aliases=tuple(aliases[i])) for i in kept if i in new or i in changed}
    return [out[i] for i in kept if i in new], [out[i] for i in sorted(changed - new)]


def _arrow_table(cls: type, rows: list[list]) -> pa.Table:
    """The rows of ``cls`` records (from :func:`_to_row`) as one Arrow table, column by column."""
    arrays, names = [], []
    for i, (name, sql_type) in enumerate(columns(cls)):
        values = [r[i] for r in rows]
        if sql_type == "JSON":  # an empty tuple of dataclasses comes out of _to_row as a list
            values = [json.dumps(v) if isinstance(v, list) else v for v in values]
        arrays.append(pa.array(values, type=_ARROW_TYPES[sql_type]))
        names.append(name)
    return pa.Table.from_arrays(arrays, names=names)


def _tuple(v):
    return tuple(v) if isinstance(v, list) else v


def _evidence(v):
    if v == "[]":  # none, or a column left unread
        return ()
    return tuple(model.Evidence(**x) for x in json.loads(v)) if isinstance(v, str) else v


def _location(v):
    return _location_of(v) if isinstance(v, str) else v


@lru_cache(maxsize=1 << 14)  # a place is named by many events (a store of 10k reports reads 150,000 per batch)
def _location_of(text: str) -> model.Location:
    return model.Location(**json.loads(text))


def _outlet(v):
    return model.Outlet(**json.loads(v)) if isinstance(v, str) else model.UNKNOWN_OUTLET


def _spin(v):
    if not isinstance(v, str):
        return v
    spin = json.loads(v)
    return model.Spin(score=spin["score"], evidence=tuple(spin.get("evidence") or ()))


_CONVERT_NAMED = {"evidence": _evidence, "location": _location, "outlet": _outlet, "spun": _spin}


@lru_cache(maxsize=None)
def _converters(cls: type) -> tuple[tuple[int, Any], ...]:
    """(position, conversion) of the columns of ``cls`` whose stored value is not the field's value: lists to
    tuples, JSON to records (what reading a row does, worked out once per record class)."""
    return tuple((i, _tuple if sql_type == "VARCHAR[]" else _CONVERT_NAMED[name])
                 for i, (name, sql_type) in enumerate(columns(cls))
                 if sql_type == "VARCHAR[]" or name in _CONVERT_NAMED)


def _from_row(cls: type, row: tuple):
    """The record of a row holding every column of ``cls`` in order (as :meth:`Store.records` selects them)."""
    convert = _converters(cls)
    if convert:
        row = list(row)
        for i, f in convert:
            row[i] = f(row[i])
    return cls(*row)


def _disk_full(e: BaseException) -> bool:
    if isinstance(e, OSError) and e.errno == errno.ENOSPC:
        return True
    return isinstance(e, (duckdb.Error, OSError)) and "no space left on device" in str(e).lower()


def open_error(path: str, e: Exception) -> str:
    """One line for a store that cannot be opened; a store held by a writer names its process."""
    text = " ".join(str(e).split())
    if "lock" in text.lower():
        pid = re.search(r"PID (\d+)", text)
        who = f"by process {pid.group(1)}" if pid else "by another process"
        return f"{path}: the store is being written {who} (a `run` or `merge`?); try again when it ends"
    return f"{path}: cannot open store: {text}"


MEMORY_WRITE_BATCH = 256


class Store(AbstractContextManager):
    """One DuckDB file (or ``:memory:``) holding every record type."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False, sandbox: bool = False) -> None:
        """``sandbox`` (read-only only): the connection cannot reach files outside the store, load
        extensions or change settings, and :meth:`sql` accepts queries only."""
        self.path = str(path)
        self.sandbox = sandbox
        if sandbox and not read_only:
            raise StoreError("a sandboxed store is read-only")
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no store here yet; run `newsweave run PATH...` first")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only, config=SANDBOX_CONFIG if sandbox else {})
        except duckdb.Error as e:
            raise StoreError(open_error(self.path, e)) from e
        # documents a run may hand ``add_documents`` at once: in memory, nothing is lost to a batch cut short
        self.write_batch = MEMORY_WRITE_BATCH if self.path == ":memory:" else 0
        if read_only:
            self._check_version()
        else:
            self._migrate()

    # -- schema ---------------------------------------------------------------
    def _check_version(self) -> None:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.Error as e:
            raise StoreError(f"{self.path}: not a newsweave store") from e
        if row is None or int(row[0]) != SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store schema version {row and row[0]} but this newsweave "
                             f"needs {SCHEMA_VERSION}; re-run with a new --db")
        done = {r[0] for r in self.con.execute("SELECT name FROM migrations").fetchall()}
        missing = [name for name, _statements in MIGRATIONS if name not in done]
        if missing:
            raise StoreError(f"{self.path}: store made by an older newsweave (lacks {', '.join(missing)}); "
                             f"open it once for writing (`newsweave consolidate --db {self.path}`) to upgrade it")

    def _migrate(self) -> None:
        con = self.con
        con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        con.execute("CREATE TABLE IF NOT EXISTS migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is not None and int(row[0]) > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store schema version {row[0]} is newer than this newsweave ({SCHEMA_VERSION})")
        done = {r[0] for r in con.execute("SELECT name FROM migrations").fetchall()}
        missing = [(name, statements) for name, statements in MIGRATIONS if name not in done]
        # a new store: the whole schema in one transaction (a commit per migration costs more); else one each
        for group in ([missing] if not done else [[m] for m in missing]):
            with self.transaction():
                # (all the group's statements in one call: DuckDB runs them in order, and one call costs less)
                con.execute(";\n".join(s for _name, statements in group for s in statements))
                con.execute("INSERT INTO migrations SELECT unnest(?), now()", [[name for name, _s in group]])
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

    # -- writing ----------------------------------------------------------------
    def transaction(self):
        store = self

        class _Tx:
            def __enter__(self):
                store.con.execute("BEGIN TRANSACTION")

            def __exit__(self, exc_type, exc, tb):
                try:
                    store.con.execute("ROLLBACK" if exc_type else "COMMIT")
                except duckdb.Error as e:
                    if exc is None:
                        exc = e
                    elif not _disk_full(exc):
                        raise
                if exc is not None and _disk_full(exc):
                    raise DiskFullError(f"{store.path}: disk full (no space left on device); the store keeps "
                                        f"what was written before: free some space and run again") from exc
                if exc_type is None and exc is not None:
                    raise StoreError(f"{store.path}: could not commit: {' '.join(str(exc).split())}") from exc
                return False

        return _Tx()

    def _insert(self, records: Iterable[Any], replace: bool = False, *, new_keys: bool = False) -> None:
        """One columnar insert per table: the rows go to DuckDB as an Arrow table, not row by row.

        Rows whose key is already stored (or came earlier) are left out, or with ``replace`` they
        replace the stored row, as a per-row ``INSERT OR IGNORE`` (``OR REPLACE``) would. Rows
        keep their order (DuckDB's ``OR IGNORE`` from a query does not, hence the anti-join).
        ``new_keys``: the caller knows no key is stored yet (a new document's records, a table
        just emptied), so a plain ``INSERT`` does without the anti-join's scan of the table; a
        stored key then raises ``duckdb.ConstraintException``.
        """
        by_table: dict[str, dict[tuple, Any]] = {}
        for r in records:
            table = TABLE_OF[type(r)]
            rows = by_table.setdefault(table, {})
            key = tuple(getattr(r, k) for k in TABLES[table][1])
            if replace:
                rows.pop(key, None)
                rows[key] = r
            else:
                rows.setdefault(key, r)
        for table, rows in by_table.items():
            cls, key = TABLES[table]
            cols = ", ".join(f'"{c}"' for c, _t in columns(cls))
            arrow = _arrow_table(cls, [_to_row(r) for r in rows.values()])
            if replace:
                self._with_rows(arrow, f"INSERT OR REPLACE INTO {table} ({cols}) SELECT {cols} FROM {_BATCH_VIEW}")
            elif new_keys:
                self._with_rows(arrow, f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {_BATCH_VIEW}")
            else:
                arrow = arrow.append_column(_POSITION, pa.array(range(len(rows)), pa.int64()))
                same_key = " AND ".join(f't."{k}" = r."{k}"' for k in key)
                self._with_rows(arrow, f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {_BATCH_VIEW} r WHERE NOT "
                                       f"EXISTS (SELECT 1 FROM {table} t WHERE {same_key}) ORDER BY {_POSITION}")

    def _with_rows(self, rows: pa.Table, statement: str) -> None:
        """Run ``statement`` with ``rows`` visible as the view ``_newsweave_rows``."""
        self.con.register(_BATCH_VIEW, rows)
        # not in a finally: after an error the transaction is aborted and refuses the unregister; the
        # next register replaces the view
        self.con.execute(statement)
        self.con.unregister(_BATCH_VIEW)

    def has_document(self, doc_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None

    def add_document_records(self, dr: DocumentRecords) -> bool:
        """Store one document and its records atomically; False if it was already stored."""
        return self.add_documents([dr])[0]

    def add_documents(self, batch: Iterable[DocumentRecords]) -> list[bool]:
        """Store a batch of documents and their records in one transaction, one insert per table.

        Returns, per document, True if it was added and False if it was already stored (or came
        earlier in the batch). The stored rows are those of adding the documents one by one.
        """
        batch = list(batch)
        ids = [dr.document.id for dr in batch]
        seen = {r[0] for r in self.con.execute("SELECT id FROM documents WHERE id IN (SELECT unnest(?))",
                                               [ids]).fetchall()}
        added, fresh = [], []
        for dr in batch:
            added.append(dr.document.id not in seen)
            if added[-1]:
                seen.add(dr.document.id)
                fresh.append(dr)
        if fresh:
            try:
                try:
                    self._write_documents(fresh, new_keys=True)
                except duckdb.ConstraintException:
                    # a record id already stored (ids include the document's, so hardly ever): skip it
                    self._write_documents(fresh, new_keys=False)
            except (duckdb.Error, pa.ArrowException) as e:
                raise StoreError(f"{self.path}: could not store {len(fresh)} document(s): {e}") from e
        return added

    def _write_documents(self, fresh: list[DocumentRecords], new_keys: bool) -> None:
        with self.transaction():
            self._upsert_entities([e for dr in fresh for e in dr.entities])
            self._insert([r for dr in fresh for r in (dr.document, *dr.mentions, *dr.claims, *dr.quantities,
                                                      *dr.times, *dr.events, *dr.magnitudes, *dr.sentences)],
                         new_keys=new_keys)
            self._write_actor_records(fresh)
            # the documents' store sequence: in the batch's order, after every stored one
            self._with_rows(pa.table({"doc": pa.array([dr.document.id for dr in fresh], pa.string()),
                                      "pos": pa.array(range(1, len(fresh) + 1), pa.int64())}),
                            f"INSERT INTO document_sequence SELECT doc, (SELECT coalesce(max(seq), 0) FROM "
                            f"document_sequence) + pos FROM {_BATCH_VIEW}")
            self.con.execute("DELETE FROM skipped WHERE source IN (SELECT unnest(?))",
                             [[dr.document.source for dr in fresh]])
            self.mark_unconsolidated()

    def _write_actor_records(self, fresh: list[DocumentRecords]) -> None:
        """The rows of ``claim_mentions``, ``speaker_figures``, ``mention_forms`` and ``entity_counts`` of new
        documents, from their records (:data:`~newsweave.store.actor_records.WRITERS`)."""
        for rows_of, statement in WRITERS:
            rows = rows_of(fresh)
            if rows.num_rows:
                self._with_rows(rows, statement.format(rows=_BATCH_VIEW))

    def number_documents(self) -> None:
        """Give each stored document without a store sequence number (``document_sequence``: stored by SQL, not by
        :meth:`add_documents`) one after the numbered ones, in id order."""
        with self.transaction():
            self.con.execute("INSERT INTO document_sequence SELECT id, (SELECT coalesce(max(seq), 0) FROM "
                             "document_sequence) + row_number() OVER (ORDER BY id) FROM documents "
                             "WHERE id NOT IN (SELECT doc FROM document_sequence)")

    def index_actor_records(self, docs: list[str]) -> None:
        """Write the rows of the per-actor tables (0012-0014) of the stored documents ``docs`` by SQL
        (for records stored without :meth:`add_documents`, as the synthetic stores of the benchmarks are)."""
        for statement in ACTOR_RECORDS:
            self.con.execute(statement, {"docs": docs})

    # -- the cross-document stage's bookmark ------------------------------------------
    def mark_unconsolidated(self) -> None:
        """Record (inside the caller's transaction) that the cross-document tables are out of date."""
        self.con.execute(f"INSERT OR REPLACE INTO meta VALUES ('{CONSOLIDATION_KEY}', 'pending')")

    def mark_consolidated(self) -> None:
        self.con.execute(f"DELETE FROM meta WHERE key = '{CONSOLIDATION_KEY}'")

    def set_meta(self, key: str, value: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    def meta(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def consolidation_pending(self) -> bool:
        """True when documents were added (or a consolidation was cut short) since the last complete one."""
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", [CONSOLIDATION_KEY]).fetchone()
        return row is not None

    def _upsert_entities(self, entities: Iterable[Entity]) -> None:
        """Insert new entities and merge the versions of known ones, in two statements.

        The record of an entity does not depend on the order its documents arrive in: of its versions (one per
        document naming it) the one of :func:`_version_rank` is kept, and when a second version meets the
        first the aliases become the sorted union of both (one document's alone keep their reading order).
        """
        entities = list(entities)
        if not entities:
            return
        names = [c for c, _t in columns(Entity)]
        quoted = ", ".join(f'"{c}"' for c in names)
        rows = self.con.execute(f"SELECT {quoted} FROM entities WHERE id IN (SELECT unnest(?))",
                                [sorted({e.id for e in entities})]).fetchall()
        new, updates = _merge_versions([Entity(**dict(zip(names, r))) for r in rows], entities)
        self._insert(new, new_keys=True)
        if updates:
            table = pa.table({c: pa.array([getattr(v, c) for v in updates],
                                          pa.list_(pa.string()) if c == "aliases" else pa.string())
                              for c in names})
            sets = ", ".join(f'"{c}" = u."{c}"' for c in names if c != "id")
            self._with_rows(table, f"UPDATE entities SET {sets} FROM {_BATCH_VIEW} u WHERE entities.id = u.id")

    def add_skipped(self, skipped: model.Skipped) -> None:
        with self.transaction():
            self._insert([skipped], replace=True)

    def replace_records(self, table: str, records: Iterable[Any]) -> None:
        """Replace a whole derived table (e.g. copies) atomically."""
        if table == "merged_claims":  # a view over its rows and members (migration 0020)
            return _replace_claim_rows(self, records)
        with self.transaction():
            self.con.execute(f"DELETE FROM {table}")
            self._insert(records, new_keys=True)

    # -- reading ----------------------------------------------------------------
    def records(self, table: str, where: str = "", params: list | None = None, *,
                blank: tuple[str, ...] = ()) -> Iterator[Any]:
        """The records of ``table`` (``where``: the rest of the SELECT); the ``blank`` columns are not read
        (an empty text, list or JSON list in their place), e.g. a document's text where only its title is shown."""
        cls = TABLES[table][0]
        empty = {"VARCHAR[]": "[]::VARCHAR[]", "JSON": "'[]'"}
        cols = ", ".join(f'{empty.get(t, chr(39) * 2)} AS "{c}"' if c in blank else f'"{c}"' for c, t in columns(cls))
        cur = self.con.execute(f"SELECT {cols} FROM {table} {where}", params or [])
        while batch := cur.fetchmany(1000):
            for row in batch:
                yield _from_row(cls, row)

    def sentence_bounds(self, doc: str) -> list[tuple[int, int]]:
        """The stored sentences of one document, in order (empty for a store made before 0010)."""
        return self.con.execute('SELECT start, "end" FROM sentences WHERE doc = ? ORDER BY start', [doc]).fetchall()

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    def sql(self, query: str, params: list | None = None) -> tuple[list[str], list[tuple]]:
        if self.sandbox:
            check_query(query)
        try:
            cur = self.con.execute(query, params or [])
        except duckdb.Error as e:
            raise StoreError(f"SQL error: {' '.join(str(e).split())}") from e
        names = [d[0] for d in cur.description or []]
        return names, cur.fetchall()

    def cursor(self) -> "Store":
        """Another connection to the same open database, for one thread at a time (it shares the cache)."""
        other = object.__new__(Store)
        other.path, other.sandbox, other.con = self.path, self.sandbox, self.con.cursor()
        return other

    def close(self) -> None:
        self.con.close()

    def __exit__(self, *exc):
        self.close()

    def contract_records(self) -> Iterator[Any]:
        """Every stored record in the contract's order (documents first, derived tables last)."""
        for table in ("documents", "entities", "mentions", "claims", "quantities", "times", "events", "copies"):
            names = {c for c, _t in columns(TABLES[table][0])}
            # records of a document in reading order, so "the first event of a type" is the first in the text
            order = ('ORDER BY doc, start, id' if {"doc", "start", "id"} <= names
                     else 'ORDER BY doc, start, "end", entity' if table == "mentions"
                     else "ORDER BY id" if "id" in names else "")
            yield from self.records(table, order)
