"""Quantities: numbers with units, bounds, rates and what they count (issue: quantities)."""
from __future__ import annotations

from ..config import Options
from ..model import Claim, Document, Quantity


def extract_quantities(document: Document, parsed, claims: tuple[Claim, ...], options: Options) -> tuple[Quantity, ...]:
    return ()
