"""What the listing commands, the briefing and the web view ask of a store, written once.

Every actor filter (``--actor``, ``--speaker``, web search, ``brief --actor``) goes through
:func:`resolve_actors`, so a name means the same entities everywhere.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from rapidfuzz import fuzz, process

from .errors import UnknownActor
from .extract.gazetteer import CONTEXT, load_gazetteer
from .model import Entity

# how many close names an unknown actor's error offers, and how close they must be (rapidfuzz WRatio, 0-100)
MAX_SUGGESTIONS = 5
MIN_SUGGESTION_SCORE = 60


def _key(text: str) -> str:
    return " ".join(str(text).split()).casefold()


@dataclass
class ActorIndex:
    """Every surface form an actor answers to, folded for lookup.

    Forms: the entity id, its Wikidata QID, name and aliases, the ISO alpha-3 code of a state,
    the gazetteer's listed forms of it (a capital standing for its state, a metonym, a demonym)
    and the texts its stored mentions were written as.
    """
    entities: dict[str, Entity]
    canonical: dict[str, str] = field(default_factory=dict)  # entity id -> merged entity id
    forms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # folded form -> entity ids

    def canon(self, entity_id: str) -> str:
        return self.canonical.get(entity_id, entity_id)

    def members(self, canonical_ids: Iterable[str]) -> set[str]:
        """Every entity id merged into one of ``canonical_ids`` (the ids themselves included)."""
        wanted = set(canonical_ids)
        return wanted | {e for e in self.entities if self.canon(e) in wanted} | {
            e for e, c in self.canonical.items() if c in wanted}

    def display_names(self) -> dict[str, str]:
        """Folded name or alias -> the entity name to suggest for it."""
        out: dict[str, str] = {}
        for e in self.entities.values():
            for n in (e.name, *(e.aliases or ())):
                if n:
                    out.setdefault(_key(n), self.entities.get(self.canon(e.id), e).name)
        return out


def build_actor_index(entities: Iterable[Entity], canonical: dict[str, str] | None = None,
                      mention_forms: Iterable[tuple[str, str]] = (), gazetteer_files: tuple[str, ...] = ()
                      ) -> ActorIndex:
    """An :class:`ActorIndex` over ``entities``; ``mention_forms`` are (text as written, entity id) pairs."""
    index = ActorIndex(entities={e.id: e for e in entities}, canonical=dict(canonical or {}))
    add = index.forms
    for e in index.entities.values():
        for form in (e.id, e.wikidata, e.name, *(e.aliases or ())):
            if form:
                add[_key(form)].add(e.id)
        if e.kind == "country" and e.country:
            add[_key(e.country)].add(e.id)
    gazetteer = load_gazetteer(tuple(gazetteer_files))
    by_gazetteer_id: dict[str, list[str]] = defaultdict(list)
    for e in index.entities.values():
        for key in {e.id, e.wikidata}:
            if key:
                by_gazetteer_id[key].append(e.id)
    for f in gazetteer.forms:
        # context aliases ("the North") only name an actor inside a document that names it otherwise
        if f.form != CONTEXT and f.entry in by_gazetteer_id:
            add[_key(f.text)].update(by_gazetteer_id[f.entry])
    for text, entity_id in mention_forms:
        if text and entity_id in index.entities:
            add[_key(text)].add(entity_id)
    return index


def resolve_actors(query: str, index: ActorIndex) -> set[str]:
    """The entity ids ``query`` names: every member of each merged entity it matches.

    ``query`` is matched (case-insensitively) against every form in the index; when no form equals it,
    against whole words inside forms ("Zelensky" finds "Volodymyr Zelensky"; "NIS" never finds
    "ministry"). Raises :class:`UnknownActor` with the closest names when nothing matches.
    """
    q = _key(query)
    if not q:
        raise UnknownActor(query, [])
    hits = set(index.forms.get(q, ()))
    if not hits:
        word = re.compile(rf"(?<!\w){re.escape(q)}(?!\w)")
        for form, ids in index.forms.items():
            if word.search(form):
                hits |= ids
    if not hits:
        raise UnknownActor(query, suggest_actors(query, index))
    return index.members(index.canon(h) for h in hits)


def suggest_actors(query: str, index: ActorIndex, limit: int = MAX_SUGGESTIONS) -> list[str]:
    """Entity names closest to ``query`` (rapidfuzz), best first, each once."""
    names = index.display_names()
    out: list[str] = []
    for form, score, _ in process.extract(_key(query), list(names), scorer=fuzz.WRatio, limit=limit * 4):
        if score >= MIN_SUGGESTION_SCORE and names[form] not in out:
            out.append(names[form])
        if len(out) >= limit:
            break
    return out


def has_table(store, name: str) -> bool:
    _n, rows = store.sql("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name])
    return bool(rows[0][0])


def actor_index(store) -> ActorIndex:
    """The :class:`ActorIndex` of everything ``store`` holds (merged entities when it has been consolidated)."""
    entities = list(store.records("entities"))
    canonical = {}
    if has_table(store, "entity_links"):
        _n, rows = store.sql("SELECT entity, canonical FROM entity_links")
        canonical = dict(rows)
    _n, forms = store.sql("SELECT DISTINCT text, entity FROM mentions")
    return build_actor_index(entities, canonical, forms)


def on_or_after(date: str | None, published: str | None, since: str) -> bool:
    """The ``--since`` rule, the same in every command and the briefing.

    A dated record counts from its own date, compared at the coarser precision (an event dated
    ``2024`` is on or after ``2024-06``); an undated one from its report's publication date; one with
    neither is left out.
    """
    when = date or published
    if not when:
        return False
    k = min(len(when), len(since))
    return when[:k] >= since[:k]
