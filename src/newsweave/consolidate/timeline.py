"""The timeline: merged events in date order, per actor pair, with their evidence."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .records import MergedEvent


@dataclass(frozen=True)
class TimelineEntry:
    pair: tuple[tuple[str, ...], tuple[str, ...]]
    date: str | None
    # "event" when the text dates the action, "published" when only the reports' date is known
    date_basis: str
    event: MergedEvent


def timeline(merged: Iterable[MergedEvent], actor: set[str] | None = None, min_sources: int = 1) -> list[TimelineEntry]:
    """Events ordered by actor pair, then date (the action's date, else its first report's).

    ``actor``: keep events where one of these entity ids is an actor or a recipient.
    """
    out = []
    for m in merged:
        if m.sources < min_sources:
            continue
        if actor is not None and not (actor & (set(m.actor) | set(m.recipient))):
            continue
        date, basis = (m.date, "event") if m.date else (m.first_published, "published")
        out.append(TimelineEntry((m.actor, m.recipient), date, basis, m))
    out.sort(key=lambda t: (t.pair, t.date or "9999", t.event.event_type, t.event.id))
    return out
