"""Step 6, records: one :class:`Entity` per linked entity and one :class:`Mention` per span.

A gazetteer entity keeps its id (a Wikidata QID or a slug of the data file); an entity found in this
text gets a stable slug id (``person:marie-dumoulin``, ``org:fra:foundation-for-strategic-research``,
``place:...``). Offsets point into ``document.text``. Each record names the rule that made it (``rule``).
"""
from __future__ import annotations

import unicodedata
from dataclasses import replace

from ...model import Entity, Mention
from .result import EntityResult
from .state import Reading, Span
from .vocab import slug


def records(r: Reading) -> EntityResult:
    """The records of the spans; a mention's ``rule`` is that of the first span making it, an entity's
    that of its first mention in the text."""
    doc_id, text = r.document.id, r.document.text
    entities: dict[str, Entity] = {}
    mentions: dict[tuple, Mention] = {}
    for s in r.spans:
        eid = _entity(r, s, entities)
        mentions.setdefault((eid, s.cstart, s.cend), Mention(doc=doc_id, entity=eid, start=s.cstart, end=s.cend,
                                                             text=text[s.cstart:s.cend], rule=s.rule or None))
    ordered = sorted(mentions.values(), key=lambda m: (m.start, m.end, m.entity))
    first_rule: dict[str, str | None] = {}
    for m in ordered:
        first_rule.setdefault(m.entity, m.rule)
    return EntityResult(entities=tuple(replace(e, rule=first_rule[eid]) for eid, e in entities.items()
                                       if eid in first_rule), mentions=tuple(ordered))


def _entity(r: Reading, s: Span, entities: dict[str, Entity]) -> str:
    """The id of the span's entity, adding or updating its record in ``entities``."""
    short = _short_form(r, s)
    if isinstance(s.key, str):
        if s.key not in entities:
            e = r.gaz.entries[s.key]
            entities[s.key] = Entity(id=e.id, name=e.name, kind=e.kind, country=e.country, wikidata=e.wikidata,
                                     aliases=tuple(a for a in e.aliases if a != e.name))
        old = entities[s.key]
        if short and short not in old.aliases:
            entities[s.key] = replace(old, aliases=tuple(sorted({*old.aliases, short})))
        return s.key
    kind, name = s.key[1], s.key[2]
    extra = r.new_entities.get(s.key, {})
    country = extra.get("country") or s.country
    if kind == "person":
        eid = f"person:{slug(name)}"
    elif kind == "group" and s.origin == "agent-noun":
        eid = f"group:{slug(name)}"  # "protesters": one group per noun in a document (groups.unnamed_groups)
    elif kind == "organization":
        eid = f"org:{country.lower() + ':' if country else ''}{slug(name)}"
    else:
        eid = f"place:{slug(name)}"
    aliases = set(extra.get("aliases", ())) - {name}
    old = entities.get(eid)
    if old is not None:
        aliases |= set(old.aliases)
        country = old.country or country
    aliases |= spellings_of(name) | ({short} if short else set())
    entities[eid] = Entity(id=eid, name=name, kind=kind, country=country, wikidata=None,
                           aliases=tuple(sorted(aliases)))
    return eid


def _short_form(r: Reading, s: Span) -> str | None:
    """The one word a text calls a person by when the name does not end with it: the first word of names
    shortened so ("Prabowo" of "Prabowo Subianto"), the first of two family names ("Herrera" of "Lucia Herrera
    Castaño"). It becomes an alias, as the text itself uses it; a last name needs none (the name ends with it). A word
    before a common noun ("the Bongo family", "the Castaño government") names a family or a body: no alias."""
    if s.kind != "person" or s.origin != "surname" or s.end - s.start != 1:
        return None
    t = r.doc[s.start]
    if t.dep_ == "compound" and t.head.pos_ == "NOUN":
        return None
    word = r.document.text[s.cstart:s.cend]
    name = s.name or (s.key[2] if isinstance(s.key, tuple) else "")
    if isinstance(s.key, str):
        name = r.gaz.entries[s.key].name
    if not word[:1].isupper() or " " not in name or name.split()[-1] == word or word not in name.split():
        return None
    return word


def spellings_of(name: str) -> set[str]:
    """A name written with diacritics keeps both spellings among its aliases: as written ("Carlos Mazón")
    and in plain letters ("Carlos Mazon"), as other texts write it. Ids fold diacritics, so records of one
    person from several texts merge by id; the merged record keeps the first text's name and the union of
    the aliases, and neither spelling is lost. A plain-letter name adds nothing."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    if plain == name or not plain.isascii():
        return set()  # a letter of its own ("Ł") or another script: no plain-letter spelling to give
    return {name, plain}
