"""Step 6, records: one :class:`Entity` per linked entity and one :class:`Mention` per span.

A gazetteer entity keeps its id (a Wikidata QID or a slug of the data file); an entity found in this
text gets a stable slug id (``person:marie-dumoulin``, ``org:fra:foundation-for-strategic-research``,
``place:...``). Offsets point into ``document.text``.
"""
from __future__ import annotations

from ...model import Entity, Mention
from .result import EntityResult
from .state import Reading, Span
from .vocab import slug


def records(r: Reading) -> EntityResult:
    doc_id, text = r.document.id, r.document.text
    entities: dict[str, Entity] = {}
    mentions: dict[tuple, Mention] = {}
    for s in r.spans:
        eid = _entity(r, s, entities)
        mentions[(eid, s.cstart, s.cend)] = Mention(doc=doc_id, entity=eid, start=s.cstart, end=s.cend,
                                                    text=text[s.cstart:s.cend])
    ordered = sorted(mentions.values(), key=lambda m: (m.start, m.end, m.entity))
    used = {m.entity for m in ordered}
    return EntityResult(entities=tuple(e for eid, e in entities.items() if eid in used), mentions=tuple(ordered))


def _entity(r: Reading, s: Span, entities: dict[str, Entity]) -> str:
    """The id of the span's entity, adding or updating its record in ``entities``."""
    if isinstance(s.key, str):
        if s.key not in entities:
            e = r.gaz.entries[s.key]
            entities[s.key] = Entity(id=e.id, name=e.name, kind=e.kind, country=e.country, wikidata=e.wikidata,
                                     aliases=tuple(a for a in e.aliases if a != e.name))
        return s.key
    kind, name = s.key[1], s.key[2]
    extra = r.new_entities.get(s.key, {})
    country = extra.get("country") or s.country
    if kind == "person":
        eid = f"person:{slug(name)}"
    elif kind == "organization":
        eid = f"org:{country.lower() + ':' if country else ''}{slug(name)}"
    else:
        eid = f"place:{slug(name)}"
    aliases = set(extra.get("aliases", ()))
    old = entities.get(eid)
    if old is not None:
        aliases |= set(old.aliases)
        country = old.country or country
    entities[eid] = Entity(id=eid, name=name, kind=kind, country=country, wikidata=None,
                           aliases=tuple(sorted(a for a in aliases if a != name)))
    return eid
