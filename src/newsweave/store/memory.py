"""The store of ``newsweave extract``: a new in-memory store that keeps the records it was handed.

Its tables start empty, so the rows of KEPT_TABLES (those only ``add_documents`` writes, as plain inserts) are
exactly the records it inserted, in that order; the cross-document stage reads them back right after writing them.
Kept, they come back as the very (frozen) records, without a DuckDB query and a record built per row. A table
written any other way (replaced, or a batch whose keys clashed and were filtered by SQL) is read from DuckDB again.
"""
from __future__ import annotations

import itertools
from typing import Any, Iterable, Iterator

from .duck import Store
from .schema import TABLE_OF, TABLES

# (not ``entities``: the aliases of a known entity are updated in place)
KEPT_TABLES = frozenset({"documents", "mentions", "claims", "quantities", "times", "events"})


class MemoryStore(Store):
    """``Store(":memory:")`` whose ``records(table)`` of KEPT_TABLES hands back what it stored."""

    def __init__(self) -> None:
        self._kept: dict[str, list] | None = {t: [] for t in KEPT_TABLES}
        self._writing: list[list] | None = None  # the inserts of the batch being written
        super().__init__(":memory:")

    def _insert(self, records: Iterable[Any], replace: bool = False, *, new_keys: bool = False) -> None:
        records = list(records)
        super()._insert(records, replace, new_keys=new_keys)
        if self._writing is not None:
            self._writing.append(records)

    def _write_documents(self, fresh, new_keys: bool) -> None:
        self._writing = [] if new_keys and self._kept is not None else None
        try:
            super()._write_documents(fresh, new_keys)  # committed when it returns
            writing, self._writing = self._writing, None
        except BaseException:
            self._writing = None
            self._kept = None if not new_keys else self._kept
            raise
        if not new_keys:
            self._kept = None  # a batch whose stored keys SQL left out (add_documents' second try)
        elif self._kept is not None:
            for records in writing:
                self._keep(records)

    def _keep(self, records: list) -> None:
        """The rows ``Store._insert`` inserted of ``records`` (the first of each key), for the kept tables."""
        by_table: dict[str, dict[tuple, Any]] = {}
        for r in records:
            table = TABLE_OF[type(r)]
            if table in self._kept:
                by_table.setdefault(table, {}).setdefault(tuple(getattr(r, k) for k in TABLES[table][1]), r)
        for table, rows in by_table.items():
            self._kept[table].extend(rows.values())

    def replace_records(self, table: str, records: Iterable[Any]) -> None:
        if self._kept is not None and table in self._kept:
            self._kept = None
        super().replace_records(table, records)

    def records(self, table: str, where: str = "", params: list | None = None, *,
                blank: tuple[str, ...] = ()) -> Iterator[Any]:
        if not where and not params and not blank and self._kept is not None and table in self._kept:
            kept = self._kept[table]
            return itertools.islice(kept, len(kept))  # (the rows stored by now, as a query would give)
        return super().records(table, where, params, blank=blank)
