"""Events: who did what to whom, coded in PLOVER (issue: events)."""
from __future__ import annotations

from ..config import Options
from ..model import Claim, Document, Event, Quantity, TimeExpression
from .entities import EntityResult


def extract_events(document: Document, parsed, entities: EntityResult, claims: tuple[Claim, ...],
                   quantities: tuple[Quantity, ...], times: tuple[TimeExpression, ...],
                   options: Options) -> tuple[Event, ...]:
    return ()
