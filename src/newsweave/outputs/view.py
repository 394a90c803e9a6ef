"""What the briefing and the exports read: a snapshot of the store with its cross-document tables.

The briefing starts from :func:`load_view` (the web view reads the store per request instead,
:mod:`newsweave.outputs.webquery`, and the graph and PLOVER exports in chunks, :mod:`newsweave.outputs.exportsql`,
with the same orders and the same rules). Event groups,
stories, merged entities and contested numbers come only from the tables the cross-document
stage (:mod:`newsweave.consolidate`) fills, so every output agrees with `newsweave stories`,
`corroboration` and `contradictions`. A store (or some of its documents) that has not been
through that stage yet, or a table written by another version of it, renders without those
parts; :attr:`View.pending` and :attr:`View.unreadable` say so, and the outputs tell the user.
"""
from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable

import duckdb

from ..consolidate.records import CROSSDOC_TABLES, ContradictionSide, MergedEvent
from ..collector import collector_paused
from ..errors import NewsweaveError
from ..queries import ActorIndex, build_actor_index, on_or_after, resolve_actors
from ..model import Claim, Copy, Document, Entity, Evidence, Event, Mention, Quantity
from .text import sentence_around


@dataclass(frozen=True, slots=True)
class EventGroup(MergedEvent):
    """A merged event as shown: evidence filled from its events when the row has none, and the
    ``mode`` of its events (the first in sorted order when they differ)."""
    mode: str | None = None


@dataclass(frozen=True, slots=True)
class Contested:
    """The sides of one contradiction (rows of the ``contradictions`` table sharing an id), in the order of
    their values' numbers; the id, slot and pattern every side carries are read from the first."""
    sides: tuple[ContradictionSide, ...]

    @classmethod
    def of(cls, sides) -> "Contested":
        return cls(tuple(sorted(sides, key=lambda side: (_leading_number(side.value), side.value))))

    @property
    def id(self) -> str:
        return self.sides[0].id

    @property
    def slot(self) -> str:
        return self.sides[0].slot

    @property
    def pattern(self) -> str | None:
        return self.sides[0].pattern


class ActorNaming:
    """How outputs name actors: ``canonical`` (entity id -> merged id) and ``entities`` (id -> Entity) of the
    class it is mixed into, for the store loaded whole (:class:`View`) or read per request (the web view)."""

    def canon(self, entity_id: str | None) -> str | None:
        return None if entity_id is None else self.canonical.get(entity_id, entity_id)

    def name(self, entity_id: str | None) -> str:
        if entity_id is None:
            return "unknown"
        e = self.entities.get(self.canon(entity_id)) or self.entities.get(entity_id)
        return e.name if e else entity_id

    def actor_names(self, ids) -> str:
        return " and ".join(self.name(i) for i in ids) if ids else "unspecified"

    def pair(self, g: EventGroup) -> str:
        """"A → B", or "A (no recipient named)"."""
        if not g.recipient:
            return f"{self.actor_names(g.actor)} (no recipient named)"
        return f"{self.actor_names(g.actor)} → {self.actor_names(g.recipient)}"


@dataclass
class View(ActorNaming):
    """Everything outputs show, keyed by id (document texts included)."""
    documents: dict[str, Document] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    claims: dict[str, Claim] = field(default_factory=dict)
    quantities: dict[str, Quantity] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    copies: list[Copy] = field(default_factory=list)
    canonical: dict[str, str] = field(default_factory=dict)  # entity id -> merged entity id
    story_of: dict[str, str] = field(default_factory=dict)  # doc id -> story id
    groups: list[EventGroup] = field(default_factory=list)
    contested: list[Contested] = field(default_factory=list)
    derived: set[str] = field(default_factory=set)  # which cross-document tables were present
    unreadable: set[str] = field(default_factory=set)  # tables written by another version of the stage
    pending: int = 0  # documents the cross-document stage has not seen yet
    interrupted: bool = False  # every document signed, but the last consolidation did not complete
    copy_docs: set[str] = field(default_factory=set)  # documents that copy or rewrite another one
    magnitudes: list = field(default_factory=list)  # vague amounts ("thousands of soldiers"), when stored
    actor_index: ActorIndex | None = None  # every surface form of every actor, for filters and search
    sentences: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # doc id -> parser's sentences
    settings: str | None = None  # the settings the last run that stored documents recorded (JSON), for explanations
    # how many records the store holds where the view holds only some of them (the briefing's claims)
    totals: dict[str, int] = field(default_factory=dict)
    # a document's sentences from the store, when they were not loaded: read for the documents quoted
    read_sentences: Callable[[str], list[tuple[int, int]]] | None = None

    def sentence_around(self, doc: Document, start: int, end: int) -> tuple[int, int]:
        """The stored sentence(s) of ``doc`` around ``start:end`` (see :func:`outputs.text.sentence_around`)."""
        if doc.id not in self.sentences and self.read_sentences is not None:
            self.sentences[doc.id] = self.read_sentences(doc.id)
        return sentence_around(doc.text, start, end, bounds=self.sentences.get(doc.id))

    def caveats(self) -> list[str]:
        """What the outputs leave out because the cross-document stage has not filled its tables."""
        out = []
        if self.pending:
            out.append(f"{self.pending} stored document(s) have not been through the "
                       "cross-document stage yet, so their events and numbers are not grouped or compared here; "
                       "run `newsweave consolidate`.")
        if self.interrupted:
            out.append("The last cross-document stage was interrupted, so copies, merged events and "
                       "contradictions may be incomplete; run `newsweave consolidate`.")
        if self.unreadable:
            out.append(f"The cross-document table(s) {', '.join(sorted(self.unreadable))} were written by another "
                       "version of newsweave and are left out; run `newsweave consolidate --full`.")
        return out

    # -- lookups (canon, name, actor_names, pair: ActorNaming) ---------------
    def group_of_event(self) -> dict[str, EventGroup]:
        return {e: g for g in self.groups for e in g.events}

    def mention_counts(self) -> dict[str, tuple[int, int]]:
        """Merged entity id -> (mentions, documents)."""
        n: dict[str, int] = defaultdict(int)
        docs: dict[str, set] = defaultdict(set)
        for m in self.mentions:
            c = self.canon(m.entity)
            n[c] += 1
            docs[c].add(m.doc)
        return {k: (n[k], len(docs[k])) for k in n}

    def doc_rank(self, doc_id: str) -> tuple:
        """Which document to cite first: originals before copies, then oldest, then those with a URL."""
        d = self.documents.get(doc_id)
        return (doc_id in self.copy_docs, (d.published if d else None) or "9999", not (d and d.url), doc_id)

    def independent_sources(self, docs) -> int:
        return len({self.story_of.get(d, d) for d in docs})

    def find_entities(self, query: str, counts: dict[str, tuple[int, int]] | None = None) -> list[str]:
        """Merged entity ids ``query`` names (see :func:`newsweave.queries.resolve_actors`), most mentioned first.

        ``counts``: :meth:`mention_counts`, when the caller has them already (they read every mention).
        Raises :class:`~newsweave.errors.UnknownActor`, naming the closest actors, when none matches.
        """
        counts = self.mention_counts() if counts is None else counts
        ids = {self.canon(i) for i in resolve_actors(query, self.actor_index)}
        return sorted(ids, key=lambda i: (-counts.get(i, (0, 0))[0], self.name(i), i))


def _derived(v, store, table: str, read):
    """A cross-document table's content, or None when it is absent, empty or unreadable (noted in ``v``'s
    ``derived`` or ``unreadable``: a :class:`View` or the web view's store).

    Unreadable covers a store written by another version of the cross-document stage (columns
    differ): the outputs then show nothing from that table and say so, instead of failing.
    """
    try:
        if not _has_table(store, table):
            return None
        out = read()
    except (duckdb.Error, NewsweaveError, TypeError, KeyError):
        if table in CROSSDOC_TABLES:
            v.unreadable.add(table)
        return None
    v.derived.add(table)
    return out


def _pending_documents(store) -> int:
    """Documents without a copy-detection signature: the cross-document stage has not run on them."""
    try:
        return store.con.execute("SELECT count(*) FROM documents WHERE id NOT IN (SELECT doc FROM signatures)").fetchone()[0]
    except duckdb.Error:  # no signatures table: a store older than the cross-document stage
        return store.con.execute("SELECT count(*) FROM documents").fetchone()[0]


def _has_table(store, name: str) -> bool:
    row = store.con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()
    if not row[0]:
        return False
    return store.con.execute(f"SELECT count(*) FROM (SELECT 1 FROM {name} LIMIT 1)").fetchone()[0] > 0


def format_value(q: Quantity) -> str:
    def num(v: float) -> str:
        return f"{int(v):,}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")

    text = num(q.value) if q.value_max is None else f"{num(q.value)}-{num(q.value_max)}"
    if q.bound == "at_least":
        text = "at least " + text
    elif q.bound == "at_most":
        text = "up to " + text
    elif q.approximate or q.bound == "about":
        text = "about " + text
    return text


def load_view(store, actor: str | None = None, since: str | None = None, claims: bool = True,
              sentences: bool = True) -> View:
    """Read the store into a :class:`View`; ``actor`` and ``since`` narrow what it holds.

    ``actor`` is a name, alias, entity id, QID or country code; the view then keeps the events
    involving it, the claims by it or mentioning it, and contested numbers in documents naming it.
    ``since`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) keeps documents published on or after it
    (undated documents are kept) and events on or after it by :func:`newsweave.queries.on_or_after`
    (an undated event by its first report's date), the rule ``newsweave events --since`` applies.
    An ``actor`` no stored entity answers to raises :class:`~newsweave.errors.UnknownActor`.
    Without ``claims`` (no ``actor`` nor ``since`` then) the view holds no claim: the caller reads those it shows.
    Without ``sentences`` the view reads a document's sentences when it quotes it, from ``store`` (kept open).
    """
    with collector_paused():
        return _load_view(store, actor, since, claims, sentences)


def _load_view(store, actor: str | None, since: str | None, claims: bool = True, sentences: bool = True) -> View:
    v = View()
    v.documents = {d.id: d for d in store.records("documents", "ORDER BY published NULLS LAST, id")}
    v.entities = {e.id: e for e in store.records("entities", "ORDER BY id")}
    v.mentions = list(store.records("mentions", 'ORDER BY doc, start'))
    if claims or actor or since:  # narrowing keeps the claims by or about the actor, in the kept documents
        v.claims = {c.id: c for c in store.records("claims", "ORDER BY doc, start")}
    v.quantities = {q.id: q for q in store.records("quantities", "ORDER BY doc, start")}
    v.events = {e.id: e for e in store.records("events", "ORDER BY doc, start")}
    v.copies = list(store.records("copies"))
    v.copy_docs = {c.doc for c in v.copies}
    if sentences:
        for s in store.records("sentences", "ORDER BY doc, start"):
            v.sentences.setdefault(s.doc, []).append((s.start, s.end))
    else:
        v.read_sentences = lambda doc: store.con.execute(
            'SELECT start, "end" FROM sentences WHERE doc = ? ORDER BY start', [doc]).fetchall()

    v.magnitudes = _derived(v, store, "magnitudes", lambda: list(store.records("magnitudes", "ORDER BY doc, start"))) or []
    links = _derived(v, store, "entity_links", lambda: list(store.records("entity_links")))
    if links:
        v.canonical = {r.entity: r.canonical for r in links}
    members = _derived(v, store, "stories", lambda: list(store.records("stories")))
    if members:
        v.story_of = {r.doc: r.story for r in members}
        v.copy_docs |= {r.doc for r in members if r.role == "copy"}
    v.groups = _derived(v, store, "merged_events", lambda: _groups_from_merged(v, store)) or []
    v.contested = _derived(v, store, "contradictions", lambda: _contested_from_table(v, store)) or []
    v.pending = _pending_documents(store)
    v.interrupted = not v.pending and store.consolidation_pending()
    v.settings = store.meta("settings")
    v.actor_index = build_actor_index(v.entities.values(), v.canonical, {(m.text, m.entity) for m in v.mentions})

    if since:
        _narrow_since(v, since)
    if actor:
        _narrow_actor(v, actor)
    v.groups.sort(key=lambda g: (-g.sources, g.date or "9999", g.event_type, g.id))
    return v


def _groups_from_merged(v: View, store) -> list[EventGroup]:
    out = []
    for m in store.records("merged_events"):
        modes = sorted({v.events[e].mode for e in m.events if e in v.events and v.events[e].mode})
        fields = {f.name: getattr(m, f.name) for f in dataclasses.fields(MergedEvent)}
        fields.update(actor=tuple(m.actor), recipient=tuple(m.recipient), events=tuple(m.events),
                      docs=tuple(m.docs), stories=tuple(m.stories),
                      evidence=tuple(m.evidence) or _evidence_of(v, m.events))
        out.append(EventGroup(**fields, mode=modes[0] if modes else None))
    return out


def _evidence_of(v: View, event_ids) -> tuple[Evidence, ...]:
    ev = []
    for eid in event_ids:
        e = v.events.get(eid)
        if e is None:
            continue
        ev.extend(e.evidence or (Evidence(e.doc, e.start, e.end),))
    return tuple(dict.fromkeys(ev))


def _contested_from_table(v: View, store) -> list[Contested]:
    by_id: dict[str, list] = defaultdict(list)
    for side in store.records("contradictions", "ORDER BY id, value"):
        by_id[side.id].append(side)
    return [Contested.of(dataclasses.replace(s, records=tuple(s.records), docs=tuple(s.docs), stories=tuple(s.stories),
                                             speakers=tuple(s.speakers),
                                             evidence=tuple(s.evidence) or _record_evidence(v, s.records))
                         for s in sides) for sides in by_id.values()]


def _leading_number(value: str) -> float:
    """The first number in a side's value ("about 12,000" -> 12000.0), to list sides in order."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", value or "")
    return float(m.group(0).replace(",", "")) if m else float("inf")


def _record_evidence(v: View, record_ids) -> tuple[Evidence, ...]:
    ev = []
    for rid in record_ids:
        r = v.quantities.get(rid) or v.claims.get(rid) or v.events.get(rid)
        if r is not None:
            ev.append(Evidence(r.doc, r.start, r.end))
    return tuple(ev)


def _narrow_since(v: View, since: str) -> None:
    keep_docs = {d for d, doc in v.documents.items() if not doc.published or doc.published[:len(since)] >= since}
    v.groups = [g for g in v.groups if on_or_after(g.date, g.first_published, since)
                and any(d in keep_docs for d in g.docs)]
    _keep_docs(v, keep_docs)


def _keep_docs(v: View, keep_docs: set[str]) -> None:
    v.documents = {k: d for k, d in v.documents.items() if k in keep_docs}
    v.mentions = [m for m in v.mentions if m.doc in keep_docs]
    v.claims = {k: c for k, c in v.claims.items() if c.doc in keep_docs}
    v.quantities = {k: q for k, q in v.quantities.items() if q.doc in keep_docs}
    v.events = {k: e for k, e in v.events.items() if e.doc in keep_docs}
    v.contested = [c for c in v.contested if sum(1 for s in c.sides if any(d in keep_docs for d in s.docs)) >= 2]


def _narrow_actor(v: View, actor: str) -> None:
    ids = set(v.find_entities(actor))
    v.groups = [g for g in v.groups if ids & {v.canon(a) for a in (*g.actor, *g.recipient)}]
    mentioned = [m for m in v.mentions if v.canon(m.entity) in ids]
    docs_naming = {m.doc for m in mentioned}
    # key actors of a narrowed briefing are those named alongside it
    v.mentions = [m for m in v.mentions if m.doc in docs_naming]
    v.claims = {k: c for k, c in v.claims.items()
                if v.canon(c.speaker) in ids
                or any(m.doc == c.doc and c.start <= m.start and m.end <= c.end for m in mentioned)}
    v.contested = [c for c in v.contested if any(d in docs_naming for s in c.sides for d in s.docs)]
