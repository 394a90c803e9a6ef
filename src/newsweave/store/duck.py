"""DuckDB file store: transactional per-document writes, schema version checked on open."""
from __future__ import annotations

import dataclasses
import errno
import json
import re
from pathlib import Path
from typing import Any, Iterable, Iterator

import duckdb

from .. import model
from ..errors import DiskFullError, StoreError
from ..model import SCHEMA_VERSION, DocumentRecords, Entity
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


def _to_row(record) -> list:
    row = []
    for f in dataclasses.fields(record):
        v = getattr(record, f.name)
        if isinstance(v, tuple) and v and dataclasses.is_dataclass(v[0]):
            v = json.dumps([dataclasses.asdict(x) for x in v])
        elif isinstance(v, tuple):
            v = list(v)
        elif isinstance(v, dict):
            v = json.dumps(v)
        elif dataclasses.is_dataclass(v):
            v = json.dumps(dataclasses.asdict(v))
        row.append(v)
    return row


def _from_row(cls: type, names: list[str], row: tuple):
    kwargs = {}
    for name, v in zip(names, row):
        if isinstance(v, list):
            v = tuple(v)
        elif name == "evidence" and isinstance(v, str):
            v = tuple(model.Evidence(**x) for x in json.loads(v))
        elif name == "location" and isinstance(v, str):
            v = model.Location(**json.loads(v))
        elif name == "outlet":
            v = model.Outlet(**json.loads(v)) if isinstance(v, str) else model.UNKNOWN_OUTLET
        kwargs[name] = v
    return cls(**kwargs)


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


class Store:
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

    def _migrate(self) -> None:
        con = self.con
        con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        con.execute("CREATE TABLE IF NOT EXISTS migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is not None and int(row[0]) > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store schema version {row[0]} is newer than this newsweave ({SCHEMA_VERSION})")
        done = {r[0] for r in con.execute("SELECT name FROM migrations").fetchall()}
        for name, statements in MIGRATIONS:
            if name in done:
                continue
            with self.transaction():
                for s in statements:
                    con.execute(s)
                con.execute("INSERT INTO migrations VALUES (?, now())", [name])
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

    def _insert(self, records: Iterable[Any], replace: bool = False) -> None:
        by_table: dict[str, list] = {}
        for r in records:
            by_table.setdefault(TABLE_OF[type(r)], []).append(r)
        verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
        for table, rows in by_table.items():
            names = [c for c, _t in columns(TABLES[table][0])]
            cols = ", ".join(f'"{c}"' for c in names)
            marks = ", ".join("?" for _ in names)
            self.con.executemany(f"{verb} INTO {table} ({cols}) VALUES ({marks})", [_to_row(r) for r in rows])

    def has_document(self, doc_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None

    def add_document_records(self, dr: DocumentRecords) -> bool:
        """Store one document and its records atomically; False if it was already stored."""
        if self.has_document(dr.document.id):
            return False
        with self.transaction():
            self._upsert_entities(dr.entities)
            self._insert([dr.document, *dr.mentions, *dr.claims, *dr.quantities, *dr.times, *dr.events,
                          *dr.magnitudes])
            self.con.execute("DELETE FROM skipped WHERE source = ?", [dr.document.source])
            self.mark_unconsolidated()
        return True

    # -- the cross-document stage's bookmark ------------------------------------------
    def mark_unconsolidated(self) -> None:
        """Record (inside the caller's transaction) that the cross-document tables are out of date."""
        self.con.execute(f"INSERT OR REPLACE INTO meta VALUES ('{CONSOLIDATION_KEY}', 'pending')")

    def mark_consolidated(self) -> None:
        self.con.execute(f"DELETE FROM meta WHERE key = '{CONSOLIDATION_KEY}'")

    def consolidation_pending(self) -> bool:
        """True when documents were added (or a consolidation was cut short) since the last complete one."""
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", [CONSOLIDATION_KEY]).fetchone()
        return row is not None

    def _upsert_entities(self, entities: Iterable[Entity]) -> None:
        for e in entities:
            row = self.con.execute("SELECT aliases FROM entities WHERE id = ?", [e.id]).fetchone()
            if row is None:
                self._insert([e])
            else:
                merged = sorted(set(row[0] or []) | set(e.aliases))
                if merged != sorted(row[0] or []):
                    self.con.execute("UPDATE entities SET aliases = ? WHERE id = ?", [merged, e.id])

    def add_skipped(self, skipped: model.Skipped) -> None:
        with self.transaction():
            self._insert([skipped], replace=True)

    def replace_records(self, table: str, records: Iterable[Any]) -> None:
        """Replace a whole derived table (e.g. copies) atomically."""
        records = list(records)
        with self.transaction():
            self.con.execute(f"DELETE FROM {table}")
            self._insert(records)

    # -- reading ----------------------------------------------------------------
    def records(self, table: str, where: str = "", params: list | None = None) -> Iterator[Any]:
        cls = TABLES[table][0]
        names = [c for c, _t in columns(cls)]
        cols = ", ".join(f'"{c}"' for c in names)
        cur = self.con.execute(f"SELECT {cols} FROM {table} {where}", params or [])
        while batch := cur.fetchmany(1000):
            for row in batch:
                yield _from_row(cls, names, row)

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

    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

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
