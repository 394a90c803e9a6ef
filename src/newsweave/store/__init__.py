"""Stage 6: the embedded DuckDB store, one table per record type."""
from .duck import DEFAULT_DB, Store

__all__ = ["DEFAULT_DB", "Store"]
