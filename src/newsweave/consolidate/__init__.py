"""Stage 6: cross-document consolidation (copies, merged graph, corroboration, contradictions, timeline).

Kept light on import: the store imports :mod:`.records` for its table definitions, so the
heavier modules (datasketch, rapidfuzz) load only when consolidation runs.
"""
from __future__ import annotations


def consolidate(store, options, *, full: bool = False, processes: int = 1) -> dict:
    """Update the cross-document tables of ``store`` after new documents were stored."""
    from .run import consolidate as _consolidate

    return _consolidate(store, options, full=full, processes=processes)


__all__ = ["consolidate"]
