"""Time expressions normalised to YYYY, YYYY-MM or YYYY-MM-DD (issue: quantities and time)."""
from __future__ import annotations

from ..config import Options
from ..model import Document, TimeExpression


def extract_times(document: Document, parsed, options: Options) -> tuple[TimeExpression, ...]:
    return ()
