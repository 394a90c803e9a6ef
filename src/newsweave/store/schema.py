"""Table definitions derived from the record dataclasses, so the store mirrors the contract."""
from __future__ import annotations

import dataclasses
import functools
import typing

from .. import model
from ..consolidate.records import CROSSDOC_TABLES  # derived cross-document tables (not contract records)

# one table per record type; the key columns make re-ingesting idempotent
TABLES: dict[str, tuple[type, tuple[str, ...]]] = {
    "documents": (model.Document, ("id",)),
    "entities": (model.Entity, ("id",)),
    "mentions": (model.Mention, ("doc", "entity", "start", "end")),
    "claims": (model.Claim, ("id",)),
    "quantities": (model.Quantity, ("id",)),
    "times": (model.TimeExpression, ("id",)),
    "events": (model.Event, ("id",)),
    "copies": (model.Copy, ("doc", "of")),
    "skipped": (model.Skipped, ("source",)),
}
TABLE_OF: dict[type, str] = {cls: name for name, (cls, _key) in TABLES.items()}


def sql_type(annotation) -> str:
    text = str(annotation)
    if "Evidence" in text or "Location" in text or "Outlet" in text or "Spin" in text:
        return "JSON"
    if "tuple" in text:
        return "VARCHAR[]"
    if "bool" in text:
        return "BOOLEAN"
    if "float" in text:
        return "DOUBLE"
    if "int" in text:
        return "INTEGER"
    if "dict" in text:
        return "JSON"
    return "VARCHAR"


def columns(cls: type) -> list[tuple[str, str]]:
    """The (name, SQL type) of each field of ``cls``, in order (a new list each time)."""
    return list(_columns(cls))


@functools.lru_cache(maxsize=None)
def _columns(cls: type) -> tuple[tuple[str, str], ...]:
    # resolving the type hints costs more than most inserts: once per record class
    hints = typing.get_type_hints(cls, vars(model))
    return tuple((f.name, sql_type(hints[f.name])) for f in dataclasses.fields(cls))


# columns added to a table by a later migration, left out of the statement that first created it
ADDED_LATER: dict[str, tuple[str, ...]] = {
    "documents": ("outlet", "credit", "rule", "spun"), "claims": ("via", "origin", "rule"),
    "quantities": ("via", "origin", "rule"), "entities": ("rule",), "mentions": ("rule",), "times": ("rule",),
    "magnitudes": ("rule",), "copies": ("rule",)}


def create_statements(tables: dict[str, tuple[type, tuple[str, ...]]] | None = None) -> list[str]:
    out = []
    for name, (cls, key) in (TABLES if tables is None else tables).items():
        cols = ", ".join(f'"{c}" {t}' for c, t in columns(cls) if c not in ADDED_LATER.get(name, ()))
        pk = ", ".join(f'"{k}"' for k in key)
        out.append(f"CREATE TABLE IF NOT EXISTS {name} ({cols}, PRIMARY KEY ({pk}))")
    return out


from .migrations import MIGRATIONS  # noqa: E402  (written SQL, frozen once released)

# the cross-document tables and magnitudes are tables of the store too (created by 0002 and 0003)
TABLES.update(CROSSDOC_TABLES)
TABLE_OF.update({cls: name for name, (cls, _key) in CROSSDOC_TABLES.items()})
# vague amounts ("thousands of soldiers"), per document like quantities but not contract records
TABLES["magnitudes"] = (model.MagnitudeHint, ("id",))
TABLE_OF[model.MagnitudeHint] = "magnitudes"
# the parser's sentences of each document (0010)
TABLES["sentences"] = (model.Sentence, ("doc", "start"))
TABLE_OF[model.Sentence] = "sentences"
