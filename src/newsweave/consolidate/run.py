"""Entry point of the cross-document stage, called after new documents are stored."""
from __future__ import annotations

from ..config import Options


def consolidate(store, options: Options) -> dict:
    """Update derived cross-document tables in ``store``; returns a summary of what changed."""
    return {}
