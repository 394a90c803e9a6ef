"""Claims: direct quotes and reported speech with speaker and hedging (issue: claims)."""
from __future__ import annotations

from ..config import Options
from ..model import Claim, Document
from .entities import EntityResult


def extract_claims(document: Document, parsed, entities: EntityResult, options: Options) -> tuple[Claim, ...]:
    return ()
