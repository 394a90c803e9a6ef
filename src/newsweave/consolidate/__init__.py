"""Stage 5: cross-document consolidation (copies, merged graph, corroboration, contradictions, timeline)."""
from .run import consolidate

__all__ = ["consolidate"]
