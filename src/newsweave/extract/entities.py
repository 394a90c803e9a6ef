"""Actors: NER spans and gazetteer matches linked to canonical entities (issue: actors)."""
from __future__ import annotations

from dataclasses import dataclass

from ..config import Options
from ..model import Document, Entity, Mention


@dataclass(frozen=True)
class EntityResult:
    """The entities and mentions of one document, plus look-ups later stages need."""
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()

    def entity(self, entity_id: str | None) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def mentions_in(self, start: int, end: int) -> tuple[Mention, ...]:
        """Mentions lying inside the character span [start, end)."""
        return tuple(m for m in self.mentions if m.start >= start and m.end <= end)

    def last_person_before(self, offset: int) -> Entity | None:
        """The most recent person mentioned before ``offset``: the hook pronoun speakers use."""
        best = None
        for m in self.mentions:
            if m.end <= offset:
                e = self.entity(m.entity)
                if e is not None and e.kind == "person" and (best is None or m.start > best[0]):
                    best = (m.start, e)
        return best[1] if best else None


def extract_entities(document: Document, parsed, options: Options) -> EntityResult:
    return EntityResult()
