"""What later stages read of the actors stage: :class:`EntityResult`, the entities and mentions of one document."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ...model import Entity, Mention


@dataclass(frozen=True)
class EntityResult:
    """The entities and mentions of one document, plus look-ups later stages need.

    Mentions are sorted by ``start``. A span may carry two mentions when it names two entities
    (e.g. "the Yoon administration": the person and the state).
    """
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    _by_id: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _starts: list = field(default_factory=list, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # look-up indexes (later stages call these per token or per clause)
        object.__setattr__(self, "mentions", tuple(sorted(self.mentions, key=lambda m: (m.start, m.end, m.entity))))
        object.__setattr__(self, "_by_id", {e.id: e for e in self.entities})
        object.__setattr__(self, "_starts", [m.start for m in self.mentions])

    def entity(self, entity_id: str | None) -> Entity | None:
        return self._by_id.get(entity_id)

    def mentions_in(self, start: int, end: int) -> tuple[Mention, ...]:
        """Mentions lying inside the character span [start, end)."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return tuple(m for m in self.mentions[lo:hi] if m.end <= end)

    def last_person_before(self, offset: int) -> Entity | None:
        """The most recent person mentioned before ``offset``: the hook pronoun speakers use."""
        hi = bisect.bisect_left(self._starts, offset)
        for m in reversed(self.mentions[:hi]):
            e = self._by_id.get(m.entity)
            if m.end <= offset and e is not None and e.kind == "person":
                return e
        return None

    def entity_for_span(self, start: int, end: int) -> Entity | None:
        """The entity best naming the span [start, end): persons first, then the longest mention inside
        it, else a mention overlapping it (for speaker words such as "Dumoulin of the ECFR")."""
        inside = self.mentions_in(start, end) or tuple(m for m in self.mentions if m.start < end and m.end > start)
        if not inside:
            return None
        rank = {"person": 0, "organization": 1, "group": 1, "country": 2, "location": 3, "other": 4}

        def key(m: Mention):
            e = self.entity(m.entity)
            return (rank.get(e.kind if e else "other", 4), m.start, -(m.end - m.start))
        return self.entity(min(inside, key=key).entity)

    def country_of(self, entity_id: str | None) -> str | None:
        """ISO alpha-3 of the state an entity is or belongs to (None when unknown)."""
        e = self.entity(entity_id)
        return e.country if e else None
