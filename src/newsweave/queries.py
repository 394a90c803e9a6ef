"""What the listing commands, the briefing and the web view ask of a store, written once.

Every actor filter (``--actor``, ``--speaker``, web search, ``brief --actor``) goes through
:func:`resolve_actors`, so a name means the same entities everywhere.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Iterable

from rapidfuzz import fuzz, process

from .consolidate.contradictions import Owners, readings as slot_readings, slot_words
from .consolidate.figures import estimates
from .consolidate.timeline import timeline as build_timeline
from .errors import NewsweaveError, UnknownActor
from .extract.gazetteer import CONTEXT, load_gazetteer
from .model import Claim, Document, Entity, Event, Mention, Quantity, to_dict
from .outputs.text import sentence_text

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
    return suggest_names(query, index.display_names(), limit)


def suggest_names(query: str, names: dict[str, str], limit: int = MAX_SUGGESTIONS) -> list[str]:
    """The names of ``names`` (folded name or alias -> name to suggest) closest to ``query``, best first."""
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


# -- listings -----------------------------------------------------------------------------------
# Each returns plain dicts, one per record, with every field a program may want; `cli/` picks the
# columns to show and the web view and briefing read the same functions.

def _where(clauses: list[str]) -> str:
    return (" WHERE " + " AND ".join(clauses)) if clauses else ""


def _doc_clause(alias: str, doc: str | None, where: list[str], params: list) -> None:
    """``doc`` is a document id or part of its source path."""
    if doc:
        where.append(f"({alias}.doc = ? OR d.source LIKE ?)")
        params += [doc, f"%{doc}%"]


def source_name(source: str | None, site: str | None = None) -> str:
    """A short name for where a record was read: the outlet and the file or page name."""
    name = PurePath(str(source or "")).name or str(source or "")
    return f"{site}: {name}" if site else name


def list_actors(store, doc: str | None = None, kind: str | None = None, limit: int | None = None) -> list[dict]:
    """Entities with their mention and document counts and surface forms, most mentioned first."""
    where, params = [], []
    _doc_clause("m", doc, where, params)
    if kind:
        where.append("e.kind = ?")
        params.append(kind)
    query = ("SELECT e.id, e.name, e.kind, e.country, e.wikidata, count(*) AS mentions, "
             "count(DISTINCT m.doc) AS documents, list(DISTINCT m.text ORDER BY m.text) AS forms "
             "FROM mentions m JOIN entities e ON e.id = m.entity JOIN documents d ON d.id = m.doc"
             + _where(where) + " GROUP BY e.id, e.name, e.kind, e.country, e.wikidata ORDER BY mentions DESC, e.name"
             + (f" LIMIT {int(limit)}" if limit else ""))
    names, rows = store.sql(query, params)
    return [dict(zip(names, r)) for r in rows]


def list_claims(store, speaker: str | None = None, doc: str | None = None) -> list[dict]:
    """Claims with the speaker's entity name and the sentence they come from, in document order.

    ``speaker`` keeps claims whose speaker entity it resolves to (:func:`resolve_actors`) or whose
    speaker as written holds it as whole words; raises :class:`UnknownActor` when neither finds one.
    """
    where, params = [], []
    _doc_clause("c", doc, where, params)
    if speaker:
        index = actor_index(store)
        try:
            ids = resolve_actors(speaker, index)
        except UnknownActor:
            ids = set()  # the speaker may still be written so ("a senior official") without an entity
        written = rf"(?i)(^|\W){re.escape(' '.join(speaker.split()))}($|\W)"
        where.append("(c.speaker IN (SELECT unnest(?::VARCHAR[])) OR regexp_matches(coalesce(c.speaker_text, ''), ?))")
        params += [sorted(ids), written]
    query = ("SELECT c.id, c.doc, d.source, d.site, c.speaker, e.name AS speaker_name, c.speaker_text, c.kind, "
             "c.cue, c.hedged, c.text, c.start, c.\"end\", d.text AS doc_text FROM claims c "
             "JOIN documents d ON d.id = c.doc LEFT JOIN entities e ON e.id = c.speaker"
             + _where(where) + " ORDER BY d.source, c.start")
    out = _with_sentences(store, query, params, bool_fields=("hedged",))
    if speaker and not out and not ids:
        raise UnknownActor(speaker, suggest_actors(speaker, index))
    return out


def list_quantities(store, counted: str | None = None, doc: str | None = None, unit: str | None = None) -> list[dict]:
    """Quantities, each with its document's source and its sentence, in document order."""
    where, params = [], []
    _doc_clause("q", doc, where, params)
    if counted:
        where.append("(lower(q.counted) LIKE ? OR lower(q.text) LIKE ?)")
        params += [f"%{counted.lower()}%", f"%{counted.lower()}%"]
    if unit:
        where.append("lower(q.unit) = ?")
        params.append(unit.lower())
    query = ("SELECT q.id, q.doc, d.source, d.site, q.value, q.value_max, q.unit, q.per, q.counted, q.approximate, "
             "q.bound, q.claim, q.start, q.\"end\", q.text, d.text AS doc_text FROM quantities q "
             "JOIN documents d ON d.id = q.doc" + _where(where) + " ORDER BY d.source, q.start")
    return _with_sentences(store, query, params, bool_fields=("approximate",))


def list_magnitudes(store, counted: str | None = None, doc: str | None = None) -> list[dict]:
    """Vague amounts ("thousands of soldiers"), each with its source and sentence."""
    where, params = [], []
    _doc_clause("m", doc, where, params)
    if counted:
        where.append("lower(m.counted) LIKE ?")
        params.append(f"%{counted.lower()}%")
    query = ("SELECT m.id, m.doc, d.source, d.site, m.magnitude, m.unit, m.counted, m.claim, m.start, m.\"end\", "
             "m.text, d.text AS doc_text FROM magnitudes m JOIN documents d ON d.id = m.doc"
             + _where(where) + " ORDER BY d.source, m.start")
    return _with_sentences(store, query, params)


class _SentenceBounds(dict):
    """The stored sentences of each document, read once per document when first asked for."""

    def __init__(self, store) -> None:
        super().__init__()
        self.store = store

    def __missing__(self, doc: str) -> list[tuple[int, int]]:
        self[doc] = self.store.sentence_bounds(doc)
        return self[doc]


def _with_sentences(store, query: str, params: list, bool_fields: tuple[str, ...] = ()) -> list[dict]:
    names, rows = store.sql(query, params)
    out = []
    bounds = _SentenceBounds(store)
    for r in rows:
        row = dict(zip(names, r))
        text = row.pop("doc_text") or ""
        row["sentence"] = sentence_text(text, row["start"], row["end"], bounds[row["doc"]])
        for f in bool_fields:
            row[f] = bool(row[f])
        out.append(row)
    return out


def list_events(store, actor: str | None = None, event_type: str | None = None,
                since: str | None = None) -> list[dict]:
    """Events passing the filters, in date order (undated last), then by document and position.

    ``actor``: events with it as actor or recipient (:func:`resolve_actors`); ``since``: :func:`on_or_after`.
    """
    entities = {e.id: e for e in store.records("entities")}
    ids = resolve_actors(actor, actor_index(store)) if actor else None
    _n, rows = store.sql("SELECT id, source, site, published FROM documents")
    docs = {r[0]: r[1:] for r in rows}
    out = []
    for ev in store.records("events"):
        if event_type and ev.event_type != event_type:
            continue
        if ids is not None and not ids & {*ev.actor, *ev.recipient}:
            continue
        source, site, published = docs.get(ev.doc, (None, None, None))
        if since and not on_or_after(ev.date, published, since):
            continue
        row = to_dict(ev)
        row.update(source=source, site=site,
                   actor_names=[_label(entities.get(i), i) for i in ev.actor],
                   recipient_names=[_label(entities.get(i), i) for i in ev.recipient])
        out.append(row)
    return sorted(out, key=lambda e: (e["date"] is None, e["date"] or "", e["doc"], e["start"]))


def _label(e: Entity | None, entity_id: str) -> str:
    """An actor's name, with its state's code when it is not a state ("Kim Jong Un (PRK)")."""
    if e is None:
        return entity_id
    return f"{e.name} ({e.country})" if e.country and e.kind != "country" else e.name


# -- the cross-document listings ----------------------------------------------------------------

def require_crossdoc(store) -> None:
    """Raise when the cross-document stage has not run on ``store``."""
    _n, rows = store.sql("SELECT count(*) FROM migrations WHERE name = '0002_crossdoc'")
    if not rows[0][0]:
        raise NewsweaveError(f"{store.path}: this store has no cross-document tables yet; "
                             f"run `newsweave consolidate --db {store.path}`")


class _Lookup:
    """Names and texts for display, read once per query."""

    def __init__(self, store):
        self.store = store
        _n, rows = store.sql("SELECT id, name FROM entities")
        self.names = dict(rows)
        _n, rows = store.sql("SELECT id, source, title, published, site FROM documents")
        self.docs = {r[0]: r[1:] for r in rows}
        self._texts: dict[str, str] = {}

    def name(self, entity_id: str) -> str:
        return self.names.get(entity_id, entity_id)

    def names_of(self, ids) -> list[str]:
        return [self.name(i) for i in ids]

    def source(self, doc: str) -> str:
        source, _title, _published, site = self.docs.get(doc, (doc, None, None, None))
        return source_name(source, site)

    def evidence(self, evidence) -> list[dict]:
        out = []
        for e in evidence:
            if e.doc not in self._texts:
                _n, rows = self.store.sql("SELECT text FROM documents WHERE id = ?", [e.doc])
                self._texts[e.doc] = rows[0][0] if rows else ""
            out.append({"doc": e.doc, "source": self.source(e.doc), "start": e.start, "end": e.end,
                        "text": " ".join(self._texts[e.doc][e.start:e.end].split())})
        return out


def outlet_label(name: str | None, kind: str | None, credit: str | None = None) -> str:
    """ "Name", "Name (state media)", with the credited origin when the text names one; "unknown"."""
    label = name or "unknown"
    if kind == "state_media":
        label += " (state media)"
    if credit:
        label += f", credits {credit}"
    return label


def list_stories(store, all_stories: bool = False) -> list[dict]:
    """Story members: each story's original and its copies, stories told by one document only with ``all_stories``."""
    require_crossdoc(store)
    names, rows = store.sql(
        """SELECT s.story, s.role, s.doc, d.source, d.site, d.published, c.similarity, c.method, d.title, d.spun,
                  d.outlet->>'name' AS outlet, d.outlet->>'kind' AS outlet_kind,
                  d.outlet->>'country' AS outlet_country, d.credit,
                  count(*) OVER (PARTITION BY s.story) AS size
           FROM stories s JOIN documents d ON d.id = s.doc
           LEFT JOIN copies c ON c.doc = s.doc
           ORDER BY s.story, s.role DESC, d.published NULLS LAST, d.source""")
    out = []
    for r in rows:
        row = dict(zip(names, r))
        if all_stories or row["size"] > 1:
            row["spun"] = json.loads(row["spun"]) if isinstance(row["spun"], str) else row["spun"]
            out.append(row)
    return out


def list_contradictions(store, kind: str | None = None, min_sources: int = 1) -> list[dict]:
    """One row per side of each contradiction whose sides each have ``min_sources`` independent sources."""
    require_crossdoc(store)
    look = _Lookup(store)
    where = "WHERE sources >= ?" + (" AND kind = ?" if kind else "")
    params = [min_sources] + ([kind] if kind else [])
    by_id: dict[str, list] = {}
    for s in store.records("contradictions", where + " ORDER BY kind, slot, id", params):
        by_id.setdefault(s.id, []).append(s)
    out = []
    for cid, group in by_id.items():
        if len(group) < 2:
            continue  # the other side was reported by too few sources
        group.sort(key=lambda s: (s.first_published or "9999", s.value))
        for s in group:
            out.append({"id": cid, "kind": s.kind, "slot": s.slot, "value": s.value, "pattern": s.pattern,
                        "sources": s.sources, "speakers": list(s.speakers), "first_published": s.first_published,
                        "last_published": s.last_published, "docs": [look.source(d) for d in s.docs],
                        "evidence": look.evidence(s.evidence)})
    return out


def list_timeline(store, actor: str | None = None, min_sources: int = 1) -> list[dict]:
    """Merged events by actor pair in date order; ``actor`` as for :func:`list_events`."""
    require_crossdoc(store)
    look = _Lookup(store)
    wanted = None
    if actor:
        index = actor_index(store)
        wanted = {index.canon(i) for i in resolve_actors(actor, index)}
    entries = build_timeline(store.records("merged_events"), wanted, min_sources)
    return [{"id": t.event.id, "actors": look.names_of(t.pair[0]), "recipients": look.names_of(t.pair[1]),
             "date": t.date, "dated_by": t.date_basis, "event_type": t.event.event_type,
             "auxiliary": t.event.auxiliary, "sources": t.event.sources, "documents": len(t.event.docs),
             "evidence": look.evidence(t.event.evidence)} for t in entries]


def list_corroboration(store, kind: str = "events", min_sources: int = 1) -> list[dict]:
    """Merged events (or claims) with at least ``min_sources`` independent sources, best corroborated first."""
    require_crossdoc(store)
    look = _Lookup(store)
    if kind == "events":
        records = store.records("merged_events", "WHERE sources >= ? ORDER BY sources DESC, date NULLS LAST, id",
                                [min_sources])
        return [{"id": m.id, "event_type": m.event_type, "actors": look.names_of(m.actor),
                 "recipients": look.names_of(m.recipient), "date": m.date, "auxiliary": m.auxiliary,
                 "sources": m.sources, "documents": len(m.docs), "evidence": look.evidence(m.evidence)}
                for m in records]
    records = store.records("merged_claims", "WHERE sources >= ? ORDER BY sources DESC, first_published NULLS LAST, id",
                            [min_sources])
    return [{"id": m.id, "speaker": m.speaker_text or (look.name(m.speaker) if m.speaker else None), "text": m.text,
             "first_published": m.first_published, "sources": m.sources, "documents": len(m.docs),
             "evidence": look.evidence(m.evidence)} for m in records]


# -- figures over time ----------------------------------------------------------------------------

def figure_rows(quantities: Iterable[Quantity], documents: dict[str, Document], events: Iterable[Event],
                claims: dict[str, Claim], entities: Iterable[Entity], canonical: dict[str, str],
                mentions: Iterable[Mention], story_of: dict[str, str], counted: str | None = None) -> list[dict]:
    """One row per estimate of a count (:mod:`newsweave.consolidate.figures`), in time order.

    ``counted`` keeps the estimates whose counted class ("troops", "killed", "artillery shells") or
    counted phrase as written contains it. The command and the briefing both read these rows.
    """
    entities = list(entities)
    names = {e.id: e.name for e in entities}
    named: dict[str, str] = {}  # folded name or alias -> entity id, for an origin cited by name
    for e in entities:
        for n in (e.name, *(e.aliases or ())):
            named.setdefault(_key(n).removeprefix("the "), e.id)
    owners = Owners(entities, canonical, mentions)
    wanted = " ".join((counted or "").split()).casefold()
    found = [r for r in slot_readings(quantities, documents, events, claims, owners)
             if not wanted or wanted in r.slot.split(" of ")[0].casefold()
             or wanted in (r.quantity.counted or "").casefold()]
    words = slot_words()
    classes = {*words.heads.values(), *words.casualty.values()}  # named classes; other counts as written
    out = []
    for e in estimates(found, documents, story_of, claims,
                       name_of=lambda i: names.get(canonical.get(i, i), names.get(i)),
                       canon=lambda i: canonical.get(i, i),
                       entity_named=lambda n: named.get(_key(n).removeprefix("the "))):
        first = documents[e.first_doc]
        what = e.counted if e.counted in classes else (e.written or e.counted)
        out.append({
            "value": e.label, "what": what + (f" ({e.owner})" if e.owner else ""), "scope": e.scope,
            "projected": e.projected, "source": e.source,
            "first_outlet": e.first_outlet, "first_seen": e.first_seen, "last_seen": e.last_seen,
            "echoes": e.echoes, "reports": len(e.docs), "stories": len(e.stories), "counted": e.counted,
            "owner": e.owner, "unit": e.unit, "written": e.written,
            "first_report": source_name(first.source, first.site),
            "docs": [source_name(documents[d].source, documents[d].site) for d in e.docs],
            "quantities": list(e.quantities),
            "evidence": [{"doc": ev.doc, "start": ev.start, "end": ev.end,
                          "text": documents[ev.doc].text[ev.start:ev.end]} for ev in e.evidence],
            "slot": e.slot,
        })
    return out


def list_figures(store, counted: str | None = None) -> list[dict]:
    """Figures over time (:func:`figure_rows`) from everything ``store`` holds."""
    require_crossdoc(store)
    quantities = list(store.records("quantities", "ORDER BY doc, start"))
    docs = sorted({q.doc for q in quantities})
    documents = {d.id: d for d in store.records("documents", "WHERE id IN (SELECT unnest(?::VARCHAR[]))", [docs])}
    events = list(store.records("events", "WHERE doc IN (SELECT unnest(?::VARCHAR[]))", [docs]))
    claims = {c.id: c for c in store.records("claims", "WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                                             [sorted({q.claim for q in quantities if q.claim})])}
    mentions = list(store.records("mentions", "WHERE doc IN (SELECT unnest(?::VARCHAR[]))", [docs]))
    _n, rows = store.sql("SELECT entity, canonical FROM entity_links")
    canonical = dict(rows)
    _n, rows = store.sql("SELECT doc, story FROM stories")
    return figure_rows(quantities, documents, events, claims, store.records("entities"), canonical, mentions,
                       dict(rows), counted)
