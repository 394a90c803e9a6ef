"""What the web view needs to know about actors, read from the store per request (nothing kept between them).

A page's actor names, merged ids and mention counts come from indexed lookups of the ids it shows
(:class:`Naming`, filled in bulk before the page is drawn and looked up one by one for anything missed),
the members of a merged actor and its counts from ``entity_links`` and ``mentions`` filtered by those ids,
and a search for an actor from the forms that contain the words asked for: so the memory of `serve` does
not grow with the number of actors the store holds.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from ..errors import UnknownActor
from ..extract.gazetteer import CONTEXT, load_gazetteer
from ..queries import _key, suggest_names
from .view import ActorNaming

# the record fields that hold entity ids (events, merged events, claims, mentions)
ACTOR_FIELDS = ("actor", "recipient", "speaker", "entity")


class _ById:
    """A lazy mapping id -> record read from the store: in bulk by :meth:`fetch`, else one id at a time."""

    def __init__(self, load: Callable[[list[str]], dict]) -> None:
        self._load, self._got = load, {}

    def fetch(self, ids: Iterable) -> None:
        missing = [i for i in dict.fromkeys(ids) if isinstance(i, str) and i not in self._got]
        if missing:
            found = self._load(missing)
            self._got.update({i: found.get(i) for i in missing})

    def get(self, key, default=None):
        if key not in self._got:
            self.fetch([key])
        value = self._got.get(key)
        return default if value is None else value

    def __contains__(self, key) -> bool:
        return self.get(key) is not None

    def __getitem__(self, key):
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value


class Naming(ActorNaming):
    """The naming lookups of :class:`~newsweave.outputs.view.ActorNaming` over the store of one request."""

    def __init__(self, view, s) -> None:
        from .webquery import by_ids

        self.view, self.s = view, s
        self.entities = _ById(lambda ids: by_ids(s, "entities", ids))
        linked = view.has("entity_links")
        self.canonical = _ById(lambda ids: dict(s.con.execute(
            "SELECT entity, canonical FROM entity_links WHERE entity IN (SELECT unnest(?::VARCHAR[]))",
            [ids]).fetchall()) if linked else {})

    def caveats(self) -> list[str]:
        return self.view.caveats()

    def fetch(self, ids: Iterable) -> None:
        """Read the names of ``ids`` and of the merged actors they belong to, in two queries."""
        ids = [i for i in dict.fromkeys(ids) if isinstance(i, str)]
        self.canonical.fetch(ids)
        self.entities.fetch([*ids, *(self.canon(i) for i in ids)])

    def fetch_in(self, values: Iterable) -> None:
        """:meth:`fetch` the entity ids the records in ``values`` name (lists, pages and dicts of them too)."""
        self.fetch(actor_ids(values))

    def ids_of(self, eid: str) -> list[str]:
        """Every entity id whose merged id is ``eid`` (itself included)."""
        members = [r[0] for r in self.s.con.execute("SELECT entity FROM entity_links WHERE canonical = ? ORDER BY entity",
                                                     [eid]).fetchall()] if self.view.has("entity_links") else []
        return list(dict.fromkeys([*members, *([eid] if self.canon(eid) == eid else [])]))

    def counts(self, merged_ids: Iterable[str]) -> dict[str, tuple[int, int]]:
        """Merged entity id -> (mentions, documents) for ``merged_ids`` (those without a mention left out): from
        ``entity_counts`` for an actor of one id, from its members' mentions for a merged one (documents that
        name two of its ids count once)."""
        wanted = list(dict.fromkeys(merged_ids))
        merged = self._merged_members(wanted)
        single = [eid for eid in wanted if eid not in merged]
        out = {k: (n, d) for k, n, d in self.s.con.execute(
            "SELECT entity, mentions, docs FROM entity_counts WHERE entity IN (SELECT unnest(?::VARCHAR[])) "
            "AND mentions > 0", [single]).fetchall()} if single else {}
        if merged:
            members = [m for ids in merged.values() for m in ids]
            out.update({k: (n, d) for k, n, d in self.s.con.execute(
                "SELECT coalesce(l.canonical, m.entity) AS c, count(*), count(DISTINCT m.doc) FROM mentions m "
                "LEFT JOIN entity_links l ON l.entity = m.entity WHERE m.entity IN (SELECT unnest(?::VARCHAR[])) "
                "GROUP BY c", [members]).fetchall() if k in merged})
        return out

    def _merged_members(self, wanted: list[str]) -> dict[str, list[str]]:
        """The ids of ``wanted`` that stand for other ids than themselves (merged actors), with their members."""
        if not self.view.has("entity_links"):
            return {}
        self.canonical.fetch(wanted)
        linked: dict[str, list[str]] = {}
        for canonical, entity in self.s.con.execute(
                "SELECT canonical, entity FROM entity_links WHERE canonical IN (SELECT unnest(?::VARCHAR[])) "
                "ORDER BY entity", [wanted]).fetchall():
            linked.setdefault(canonical, []).append(entity)
        members = {eid: list(dict.fromkeys([*linked.get(eid, []), *([eid] if self.canon(eid) == eid else [])]))
                   for eid in wanted}
        return {eid: m for eid, m in members.items() if m != [eid]}

    def find_entities(self, query: str) -> list[str]:
        """Merged entity ids ``query`` names, most mentioned first (see View.find_entities)."""
        ids = {self.canon(i) for i in resolve_in_store(self, query)}
        self.fetch(ids)
        counts = self.counts(ids)
        return sorted(ids, key=lambda i: (-counts.get(i, (0, 0))[0], self.name(i), i))


def actor_ids(values: Iterable, depth: int = 3) -> list[str]:
    """The entity ids the records in ``values`` name, looking into lists, dicts and pages ``depth`` deep."""
    out: list[str] = []
    for v in values:
        if isinstance(v, str) or v is None:
            continue
        if isinstance(v, dict):
            out += actor_ids(v.values(), depth - 1) if depth else []
        elif isinstance(v, (list, tuple, set)):
            out += actor_ids(v, depth - 1) if depth else []
        elif hasattr(v, "items") and isinstance(getattr(v, "items"), list):  # a Paged list
            out += actor_ids(v.items, depth - 1) if depth else []
        else:
            for name in ACTOR_FIELDS:
                x = getattr(v, name, None)
                out += [x] if isinstance(x, str) else [i for i in x if isinstance(i, str)] if isinstance(x, (list, tuple)) else []
    return out


# -- finding an actor by name -------------------------------------------------------------------

def resolve_in_store(naming: Naming, query: str) -> set[str]:
    """The entity ids ``query`` names, as :func:`newsweave.queries.resolve_actors` finds them in an index of
    every form, reading only the forms that hold every word of ``query`` (raises :class:`UnknownActor`)."""
    q = _key(query)
    if not q:
        raise UnknownActor(query, [])
    forms = _candidate_forms(naming, q)
    hits = set(forms.get(q, ()))
    if not hits:
        word = re.compile(rf"(?<!\w){re.escape(q)}(?!\w)")
        for form, ids in forms.items():
            if word.search(form):
                hits |= ids
    if not hits:
        raise UnknownActor(query, suggest_names(query, _display_names(naming)))
    naming.canonical.fetch(hits)
    wanted = sorted({naming.canon(h) for h in hits})
    members = naming.s.con.execute("SELECT entity FROM entity_links WHERE canonical IN (SELECT unnest(?::VARCHAR[]))",
                                   [wanted]).fetchall() if naming.view.has("entity_links") else []
    return set(wanted) | {r[0] for r in members}


# the entities and mentions' texts (each once: mention_forms) that hold every word of the query ($w: the words,
# lower-cased)
ENTITY_FORMS = """SELECT id, wikidata, name, aliases, kind, country FROM entities
    WHERE list_bool_and([strpos(lower(concat_ws(' ', id, wikidata, name, array_to_string(aliases, ' '),
                                              country)), w) > 0 FOR w IN $w::VARCHAR[]])"""
MENTION_FORMS = """SELECT m.text, m.entity FROM mention_forms m
    WHERE m.entity IN (SELECT id FROM entities) AND list_bool_and([strpos(lower(m.text), w) > 0 FOR w IN $w::VARCHAR[]])
    ORDER BY m.text, m.entity"""


def _candidate_forms(naming: Naming, q: str) -> dict[str, set[str]]:
    """Folded form -> entity ids, for the forms that can equal ``q`` or hold it as a word (the forms of
    :func:`newsweave.queries.build_actor_index`)."""
    s, words = naming.s, q.lower().split()
    forms: dict[str, set[str]] = {}

    def add(form, eid) -> None:
        if form:
            forms.setdefault(_key(form), set()).add(eid)

    for eid, qid, name, aliases, kind, country in s.con.execute(ENTITY_FORMS, {"w": words}).fetchall():
        for form in (eid, qid, name, *(aliases or ())):
            add(form, eid)
        if kind == "country" and country:
            add(country, eid)
    for text, eid in _gazetteer_forms(s, q):
        add(text, eid)
    for text, eid in s.con.execute(MENTION_FORMS, {"w": words}).fetchall():
        add(text, eid)
    return forms


def _may_be(form: str, q: str) -> bool:
    return form == q or re.search(rf"(?<!\w){re.escape(q)}(?!\w)", form) is not None


def _gazetteer_forms(s, q: str) -> list[tuple[str, str]]:
    """(form, entity id) for the gazetteer's forms that equal ``q`` or hold it as a word, for the entities whose
    id or Wikidata QID is the form's entry (context aliases left out, as in the index)."""
    matched = [f for f in load_gazetteer(()).forms if f.form != CONTEXT and _may_be(_key(f.text), q)]
    if not matched:
        return []
    entries = list({f.entry for f in matched})
    rows = s.con.execute("SELECT id, wikidata FROM entities WHERE id IN (SELECT unnest($e::VARCHAR[])) "
                         "OR wikidata IN (SELECT unnest($e::VARCHAR[])) ORDER BY id", {"e": entries}).fetchall()
    by_entry: dict[str, list[str]] = {}
    for eid, qid in rows:
        for key in {eid, qid}:
            if key:
                by_entry.setdefault(key, []).append(eid)
    return [(f.text, eid) for f in matched for eid in by_entry.get(f.entry, ())]


# every entity's name and aliases, in the order of ActorIndex.display_names, with the name of its merged entity
EVERY_NAME = """SELECT n, coalesce(c.name, e.name) FROM (
    SELECT id, name, unnest(list_prepend(name, coalesce(aliases, []::VARCHAR[]))) AS n,
           unnest(range(1 + len(coalesce(aliases, []::VARCHAR[])))) AS k FROM entities) e
    {join} ORDER BY e.id, e.k"""


def _display_names(naming: Naming) -> dict[str, str]:
    """Folded name or alias -> the name to suggest for it (:meth:`ActorIndex.display_names`), read when a search
    finds no actor."""
    join = ("LEFT JOIN entity_links l ON l.entity = e.id LEFT JOIN entities c ON c.id = l.canonical"
            if naming.view.has("entity_links") else "LEFT JOIN (SELECT NULL AS name) c ON false")
    out: dict[str, str] = {}
    for name, shown in naming.s.con.execute(EVERY_NAME.format(join=join)).fetchall():
        if name:
            out.setdefault(_key(name), shown)
    return out
